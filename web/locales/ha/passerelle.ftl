# Passerelle — public pages, Hausa.
# Plain messages only (no variables or selectors): the server looks them up by id.
# Ids starting with "js-" are also sent to the browser code in the page data.

lang-name = Hausa
site-name = Passerelle

## Layout

quick-exit = Fita da sauri
quick-exit-hint = Ko ku danna maɓallin Shift sau 3
skip-link = Tsallaka zuwa babban abun ciki
lang-switch-label = Harshe
footer-nav-label = Shafukan shafin
nav-home = Gida
nav-follow-up = Bibiyar rahoto
nav-safety = Tsaro a intanet
footer-firewall = Ba mu taɓa ba hukumomin shige da fice rahotanni ba.
footer-no-tracking = Wannan shafin ba ya amfani da kukis (cookies) ko masu bin diddigi.
noscript-title = Wannan shafin yana buƙatar JavaScript.
noscript-body = Ana kulle rahotonku (a ɓoye shi da sirri) a wayarku kafin a aika shi, kuma wannan yana buƙatar JavaScript. Ba tare da shi ba ba za a iya aika komai ba. A cikin Tor Browser, ku zaɓi matakin tsaro «Na yau da kullum» (Standard), sannan ku sake buɗe wannan shafin.

## Notes repeated on several pages

note-emergency = Idan ku ko wani yana cikin haɗari yanzu, ku kira lambar gaggawa (112 a Turai). Ba a karanta rahotannin wannan shafin nan take.
note-encrypted = Abin da kuka rubuta ana kulle shi (a ɓoye shi da sirri) a wayarku kafin a aika shi. Sashen 'yan sanda da ke kula da shi ne kaɗai zai iya buɗe shi. Mu ba za mu iya karanta shi ba.
note-no-name = Ba ma tambayar sunanku, adireshinku ko takardunku. Ba sai kun rubuta su ba.
note-firewall = Ba a ba hukumomin shige da fice rahotonku. Kuna iya kai rahoto ko da ba ku da takardu.

## Home page

home-title = Kai rahoton laifi cikin tsaro
home-intro = Ku gaya wa sashen kariya na 'yan sanda abin da ya same ku ko ya sami wani. Kyauta ne, kuma kuna iya ɓoye sunanku.
home-choose = Game da me ne?
home-how-title = Yadda yake aiki
home-how-1 = Ku zaɓi abin da ya shafa.
home-how-2 = Ku rubuta abin da ya faru, da kalmominku da kowane harshe. Abin da kuke so ku faɗa kawai.
home-how-3 = Za ku sami lambar bibiya. Ku ajiye ta a wuri mai tsaro: da ita za ku iya karanta amsar sashen kuma ku aika ƙarin bayani.
home-follow-up-title = Kun riga kun aika rahoto?
home-follow-up-text = Ku yi amfani da lambar bibiyarku don ganin abin da ya faru da rahotonku da kuma karanta saƙonnin sashen.
home-follow-up-link = Bibiyar rahotona
home-safety-link = Yadda za ku kasance cikin tsaro yayin amfani da wannan shafin

## Categories

category-gbv = Cin zarafin mata, cin zarafi ta hanyar jima'i ko a gida
category-gbv-desc = Fyaɗe, cin zarafi ta hanyar jima'i, tashin hankali a gida ko daga abokin zama, auren dole, barazana.
category-child-protection = Yaro yana cikin haɗari
category-child-protection-desc = An cutar da yaro, ana cin zarafinsa, ana amfani da shi ba bisa ka'ida ba, yana shi kaɗai ko ya ɓace.
category-trafficking-smuggling = Fataucin mutane, safarar mutane, aikin dole
category-trafficking-smuggling-desc = Ana tilasta wa wani yin aiki ko jima'i, ana riƙe shi ba da son ransa ba, ko yana cikin haɗari tare da masu safara.
category-hate-crime = Wariyar launin fata, ƙiyayya, hari saboda ko wanene ku
category-hate-crime-desc = Zagi, barazana ko hari saboda asalinku, addininku, launin fatarku, jinsinku ko sha'awarku ta jima'i.
category-community-policing = Wani laifi ko wata matsala
category-community-policing-desc = Sata, barazana, tashin hankali ko haɗari a yankinku.
category-police-conduct = Ƙorafi game da 'yan sanda
category-police-conduct-desc = Wani ɗan sanda ya wulaƙanta ku ko ya yi muku rashin adalci. Wannan yana zuwa ga hukumar sa ido mai zaman kanta, ba ga 'yan sandan da suka aikata ba.
category-unsure = Ban tabbata ba
category-unsure-desc = Ku gaya mana abin da ya faru. Wata ƙungiya za ta aika shi ga sashen da ya dace.

## Report page

report-eyebrow = Sabon rahoto
report-intro = Ku cika abin da kuke so kawai. Kuna iya rubutu da kowane harshe.
field-optional = (ba dole ba)
field-what-label = Me ya faru?
field-what-hint = Ku faɗa da kalmominku.
field-when-label = Yaushe ya faru?
field-when-hint = Kwanan wata ko lokaci, ko da kusan ne. Misali: jiya da dare, a watan Maris.
field-where-label = A ina ya faru?
field-where-hint = Gari, titi, sansani, wurin da kuka sani.
field-who-label = Su wanene abin ya shafa?
field-who-hint = Ku bayyana mutanen idan za ku iya: kamanninsu, sunaye, lambobin waya, motoci.
field-region-label = Yanki
field-region-hint = Wannan yana taimakawa a aika rahotonku ga ƙungiyar da ta dace. Ba a ɓoye yankin da sirri.
field-region-none = Na fi son kada in faɗa
field-urgent-label = Wani yana cikin haɗari yanzu
field-urgent-hint = Idan wani yana cikin haɗari nan take, ku kira lambar gaggawa ma (112 a Turai). Wannan shafin ba zai iya aika taimako nan take ba.
field-referral-label = Na yarda sashen ya miƙa rahotona ga ƙungiyar tallafi (matsuguni, taimakon shari'a, lafiya) idan ina son taimako
field-referral-hint = Kuna iya cewa a'a. Kuna iya neman taimako daga baya ta saƙo.
report-metadata-note = Sabar tana ganin nau'in rahoto kawai, yankin idan kun zaɓi ɗaya, harshen shafin, ko gaggawa ne, da ko kun yarda a miƙa ku ga ƙungiyar tallafi. Ba za ta iya karanta abin da kuka rubuta ba.
report-submit = Aika rahotona cikin tsaro

## Receipt after sending

receipt-title = An aika rahotonku
receipt-case-label = Lambar shari'a:
receipt-code-label = Lambar bibiyarku
receipt-code-warning = Ku rubuta wannan lambar yanzu ko ku ajiye ta a wuri mai tsaro. Ana nuna ta sau ɗaya kawai. Idan ta ɓace muku, babu wanda zai iya mayar muku da ita: ba mu ba, ba 'yan sanda ba.
receipt-code-use = Da wannan lambar za ku iya karanta amsoshin sashen kuma ku aika ƙarin bayani. Duk wanda yake da lambar zai iya karanta amsoshin, don haka ku ɓoye ta.
receipt-copy = Kwafi lambar
receipt-print = Buga
receipt-copy-hint = Idan kun kwafi lambar, wasu manhajoji a wannan wayar za su iya ganinta. Takarda da za ku iya ɓoyewa na iya fi tsaro.
receipt-next-title = Me zai biyo baya
receipt-next = Sashen zai karanta rahotonku. Ku dawo bayan 'yan kwanaki da lambarku don ganin amsarsu.
receipt-follow-up-link = Je zuwa shafin bibiya

## Follow-up page

follow-up-title = Bibiyar rahotonku
follow-up-intro = Ku shigar da lambar bibiyarku. Lambar tana zama a wannan wayar: maɓallin da aka yi daga gare ta kawai ake aikawa.
follow-up-code-label = Lambar bibiya (lambobi 28)
follow-up-code-hint = Wurare marasa komai da layuka ba su da matsala. Kuna iya rubuta lambobin kamar 123 ko ١٢٣.
follow-up-open = Buɗe rahotona
follow-up-lost = Lambarku ta ɓace? Babu wanda zai iya mayar muku da ita, domin ku kaɗai kuke da ita. Kuna iya aika sabon rahoto.
follow-up-case-title = Rahotonku
follow-up-case-label = Lambar shari'a
follow-up-status-label = Matsayi
follow-up-history-title = Abin da ya faru zuwa yanzu
follow-up-thread-title = Saƙonni
follow-up-thread-note = An kulle saƙonninku don sashen kawai, don haka ba za ku iya sake karanta su a nan ba.
follow-up-closed = An rufe wannan ƙara, ba ta karɓar ƙarin saƙonni.
follow-up-message-label = Rubuta wa sashen
follow-up-message-hint = Ku ƙara bayani ko ku amsa tambaya. Ana kulle saƙonku (a ɓoye shi da sirri) kamar rahotonku.
follow-up-send = Aika saƙo
follow-up-forget = Manta da wannan lambar a wannan shafin

## Safety page

safety-title = Ku kasance cikin tsaro yayin amfani da wannan shafin
safety-intro = Wanda yake amfani da wayarku ko kwamfutarku zai iya ganin cewa kun zo wannan shafin. Ga yadda za ku rage wannan haɗarin.
safety-exit-title = Maɓallin Fita da sauri
safety-exit-text = A saman kowane shafi akwai maɓallin Fita da sauri. Ku danna shi, ko ku danna maɓallin Shift sau 3, sai wannan shafin ya rufe kuma wani shafi na yau da kullum ya buɗe.
safety-exit-warning = Fita da sauri ba ya share tarihinku. Wani zai iya ganin wannan shafin a tarihin burauzarku.
safety-history-title = Share tarihin burauza
safety-history-text = A yawancin burauzoji: ku buɗe menu (⋮ ko ☰), sannan History (tarihi), sannan Clear browsing data (share bayanan bincike).
safety-history-partial = Idan share duk tarihi zai yi kama da abin mamaki, ku share shafukan wannan shafin kawai.
safety-private-title = Yi amfani da taga ta sirri
safety-private-text = Taga ta sirri (Incognito a Chrome, Private window a Firefox da Safari) tana manta shafukan da kuka ziyarta idan kun rufe ta.
safety-tor-title = Yi amfani da Tor Browser
safety-tor-text = Tor Browser yana ɓoye shafukan da kuke ziyarta daga kamfanin intanet ɗinku, kuma yana ɓoye adireshin intanet ɗinku daga gare mu. Ku yi amfani da matakin tsaro «Na yau da kullum» (Standard): wannan shafin yana buƙatar JavaScript don kulle rahotonku.
safety-device-title = Idan wani yana duba wayarku
safety-device-text = Idan wani yana duba wayarku ko watakila ya sanya manhajar leƙen asiri a ciki, ku yi amfani da wata waya ko kwamfuta, misali ta wani mutum ko ƙungiya da kuka amince da ita.
safety-code-title = Ku ajiye lambarku cikin tsaro
safety-code-text = Duk wanda yake da lambar bibiyarku zai iya karanta amsoshin sashen. Kada ku bar ta inda wasu za su gani: ku rubuta ta a takardar da za ku iya ɓoyewa, ko ku haddace ta.
safety-nothing-stored = Wannan shafin ba ya saka kukis kuma ba ya adana komai a wayarku.

## Not found

not-found-title = Ba a sami shafin ba
not-found-text = Wannan shafin babu shi.
not-found-home = Je zuwa shafin farko

## Status and outcomes (server-rendered and in the browser)

status-received = An karɓa
status-under_review = Ana dubawa
status-action_taken = An ɗauki mataki
status-referred = An miƙa ga wani sabis
status-closed = An rufe
outcome-investigation_opened = An buɗe bincike
outcome-protection_measures = An ɗauki matakan kariya
outcome-referred_to_partner = An miƙa ga ƙungiyar tallafi
outcome-referred_to_other_authority = An miƙa ga wata hukuma
outcome-no_offence_identified = Ba a sami wani laifi ba
outcome-insufficient_information = Babu isasshen bayani don ɗaukar mataki
outcome-resolved = An warware

## Browser messages

js-status-received = An karɓa
js-status-under_review = Ana dubawa
js-status-action_taken = An ɗauki mataki
js-status-referred = An miƙa ga wani sabis
js-status-closed = An rufe
js-outcome-investigation_opened = An buɗe bincike
js-outcome-protection_measures = An ɗauki matakan kariya
js-outcome-referred_to_partner = An miƙa ga ƙungiyar tallafi
js-outcome-referred_to_other_authority = An miƙa ga wata hukuma
js-outcome-no_offence_identified = Ba a sami wani laifi ba
js-outcome-insufficient_information = Babu isasshen bayani don ɗaukar mataki
js-outcome-resolved = An warware
js-progress-protecting = Ana kare rahotonku…
js-progress-checking = Ana shirin aikawa cikin tsaro…
js-progress-sending = Ana aikawa…
js-progress-retrying = Haɗin yana da jinkiri. Ana sake gwadawa…
js-progress-opening = Ana buɗe rahotonku…
js-error-network = Ba mu iya isa ga sabar ba. Ku duba haɗinku kuma ku sake gwadawa. Rubutunku yana nan har yanzu.
js-error-generic = Wani abu ya lalace. Don Allah ku sake gwadawa.
js-error-no-unit = Ba za a iya karɓar irin wannan rahoton yanzu ba. Don Allah ku sake gwadawa daga baya.
js-error-key-log = Ba a aika komai ba. Maɓallan da za a ɓoye rahotonku da su ba su dace da jerin maɓallan sabis ɗin na jama'a ba; wataƙila wani ya canza wanda zai iya karanta shi. Don Allah ku sake gwadawa daga baya, ko ku kai rahoto ta wata hanya.
js-error-too-long = Rubutunku ya yi tsayi da yawa. Don Allah ku taƙaita shi.
js-error-crypto = Wannan burauzar ba za ta iya kulle (ɓoye da sirri) rahotonku ba. Ku yi amfani da sabuwar burauza, ko Tor Browser a matakin «Na yau da kullum» (Standard).
js-error-rate-limited = Ƙoƙari ya yi yawa. Don Allah ku jira 'yan mintuna, sannan ku sake gwadawa.
js-error-not-found = Ba a sami rahoto da wannan lambar ba. Ku duba lambar kuma ku sake gwadawa.
js-code-error-invalid-character = Lambar za ta iya ƙunsar lambobi kawai.
js-code-error-wrong-length = Lambar tana da lambobi 28. Ku tabbatar babu wanda ya ɓace ko aka ƙara.
js-code-error-check-digit = Wannan lambar tana da kuskure. Ku duba kowace lamba a hankali.
js-copied = An kwafi lambar.
js-copy-manual = An zaɓi lambar. Ku kwafe ta da menu na wayarku.
js-thread-unit = Saƙo daga sashen
js-thread-yours = Saƙonku
js-thread-your-report = Rahotonku
js-thread-sent = an aika
js-thread-unreadable = Ba za a iya buɗe wannan saƙon a wannan na'urar ba.
js-thread-empty = Babu saƙo tukuna.
js-message-sent = An aika saƙonku.
js-forgotten = An cire lambar daga wannan shafin. Don ƙarin tsaro, ku rufe wannan shafin (tab) ma.
js-time-unknown = lokaci ba a sani ba

## Officer console (page)

console-title = Allon jami'ai
console-noscript-body = Allon jami'ai yana buɗe sirrin shari'o'i a wannan kwamfutar kuma yana buƙatar JavaScript. Ku kunna shi don wannan shafin, sannan ku sake loda shafin.
console-footer-restricted = Na jami'an sassan kariya da hukumar sa ido da aka ba izini kawai.
console-footer-audit = Ana rubuta kowace shiga da kowace shari'a da kuka buɗe a littafin bincike (audit).
console-cancel = Soke
console-continue = Ci gaba
console-signin-title = Shigar jami'ai
console-signin-intro = Ku shiga da asusunku na kanku. Kada ku taɓa raba kalmar sirrinku, manhajar tabbatarwa ko jimlar sirrin maɓallinku da kowa.
console-signin-login = Sunan mai amfani
console-signin-password = Kalmar sirri
console-signin-totp = Lambar tabbatarwa
console-signin-totp-hint = Lambar mai lambobi 6 daga manhajar tabbatarwarku. A karo na farko da kuka shiga, ku bar wannan babu komai: za a ce ku saita manhajar.
console-signin-submit = Shiga
console-signin-wait = Lokaci kafin ku sake gwadawa:
console-enrol-title = Saita tabbatarwa ta matakai biyu
console-enrol-intro = Asusunku yana buƙatar manhajar tabbatarwa (misali FreeOTP, Aegis ko Google Authenticator) a wayarku ta aiki.
console-enrol-step-1 = Ku buɗe manhajar tabbatarwa kuma ku ƙara sabon asusu.
console-enrol-step-2 = Ku duba (scan) lambar QR, ko ku rubuta maɓallin saitawa da aka nuna a ƙasanta.
console-enrol-step-3 = Ku shigar da lambar mai lambobi 6 da manhajar ke nunawa yanzu.
console-enrol-secret-label = Maɓallin saitawa (idan ba za ku iya duba lambar ba):
console-enrol-code = Lamba daga manhajar
console-enrol-submit = Tabbatar kuma shiga
console-keysetup-title = Ƙirƙiri maɓallinku na buɗe sirri
console-keysetup-intro = Ana ɓoye rahotanni da sirri don maɓallan sashenku. Ana ƙirƙirar maɓallinku na kanku yanzu, a wannan kwamfutar. Sabar tana karɓar ɓangarensa na jama'a kawai da kwafi da aka kulle da jimlar sirrinku; ba za ta taɓa iya karanta shari'o'inku ba.
console-keysetup-passphrase-note = Za ku buƙaci jimlar sirrin duk lokacin da kuka shiga. Idan kun manta ta, babu wanda zai iya dawo da maɓallinku: dole ku ƙirƙiri sabo, kuma mai kulawa zai sake ƙara shi ga sashen.
console-keysetup-replace-warning = Ƙirƙirar sabon maɓalli yana maye gurbin na yanzu. Har sai mai kulawa ya ƙara sabon maɓallin ga sashenku, ba za ku iya karanta shari'o'i ba, kuma saƙonnin da aka aika ga tsohon maɓallinku kawai ana iya karanta su da tsohon maɓallin kawai.
console-passphrase-new = Sabuwar jimlar sirrin maɓalli
console-passphrase-new-hint = Aƙalla haruffa 12. Ku yi amfani da jimla ko kalmomi da dama marasa alaƙa, daban da kalmar sirrin shiga.
console-passphrase-repeat = Maimaita jimlar sirrin
console-keysetup-submit = Ƙirƙiri maɓallina
console-keysetup-done = An ƙirƙiri maɓallinku kuma an adana shi.
console-key-recipient = Maɓallinku na jama'a:
console-keysetup-next = Yanzu dole mai kula da sashenku ya ƙara wannan maɓallin ga rukunin maɓallan sashen. Kafin nan ba za ku iya buɗe shari'o'i ba. Ku gaya wa mai kula da ku haruffan farko da na ƙarshe na maɓallin domin ya duba shi.
console-unlock-title = Buɗe maɓallinku
console-unlock-intro = Ku shigar da jimlar sirrin maɓallinku. Ana buɗe maɓallinku a wannan kwamfutar kawai kuma ana manta shi idan kun fita, kun kulle allon ko kun rufe wannan shafin (tab).
console-passphrase = Jimlar sirrin maɓalli
console-unlock-submit = Buɗe
console-unlock-forgot-title = Kun manta jimlar sirrinku?
console-unlock-forgot = Kuna iya ƙirƙirar sabon maɓalli. Sannan mai kulawa zai ƙara shi ga sashenku kafin ku iya sake karanta shari'o'i.
console-unlock-replace = Ƙirƙiri sabon maɓalli
console-signed-in-as = Kun shiga a matsayin
console-nav-label = Sassan allon
console-tab-queue = Shari'o'i
console-tab-supervisor = Maɓallai da membobin sashe
console-tab-oversight = Littafin bincike
console-tab-me = Asusuna
console-lock = Kulle
console-signout = Fita
console-signout-all = Fita daga dukkan na'urori
console-queue-title = Shari'o'i
console-queue-key-warning = Maɓallinku bai shiga rukunin maɓallan waɗannan sassan ba tukuna. Ku roƙi mai kulawa ya ƙara shi; kafin nan ba za ku iya karanta sababbin shari'o'insu ba:
console-filters = Matatu
console-filter-unit = Sashe
console-filter-unit-all = Dukkan sassana
console-filter-status = Matsayi
console-filter-any = Kowane
console-filter-urgent = Gaggawa
console-filter-urgent-only = Na gaggawa kawai
console-filter-urgent-not = Ba na gaggawa ba
console-filter-assigned = An ba wa
console-filter-assigned-me = Ni
console-filter-assigned-none = Babu kowa
console-filter-sort = Tsara ta
console-filter-sort-updated = Aiki na ƙarshe
console-filter-sort-created = Ranar karɓa
console-filter-urgent-first = Shari'o'in gaggawa da farko
console-queue-refresh = Sabunta
console-queue-empty = Babu shari'ar da ta dace da waɗannan matatun.
console-queue-more = Loda ƙarin shari'o'i
console-urgent = Gaggawa
console-case-back = Koma zuwa shari'o'i
console-case-title = Shari'a
console-case-status = Matsayi
console-case-unit = Sashe
console-case-category = Nau'i
console-case-region = Yanki
console-case-language = Harshen mai kai rahoto
console-case-created = An karɓa
console-case-assigned = An ba wa
console-case-history = Tarihin matsayi
console-case-thread = Rahoto da saƙonni
console-reply-title = Amsa wa mai kai rahoto
console-reply-hint = Ana ɓoye shi da sirri a wannan kwamfutar don mai kai rahoto da sashenku. Mai kai rahoto yana karanta shi da lambar bibiyarsa. Kada ku tambayi sunansa ko adireshinsa sai idan ya zama dole.
console-reply-label = Amsarku
console-reply-submit = Aika amsar
console-note-title = Bayanin cikin gida
console-note-hint = Ana ɓoye shi da sirri don sashenku kawai. Mai kai rahoto ba zai taɓa ganinsa ba.
console-note-label = Bayani
console-note-submit = Adana bayanin
console-status-title = Canza matsayi
console-status-hint = Mai kai rahoto yana ganin matsayi da sakamako (amma ba rubutu ba) a ziyararsa ta gaba.
console-status-label = Sabon matsayi
console-outcome-label = Sakamako
console-outcome-none = Babu sakamako
console-status-submit = Adana matsayi
console-assign-title = Bayar da aiki
console-assign-label = Jami'in da ke kula
console-assign-submit = Adana bayar da aiki
console-supervisor-title = Maɓallai da membobin sashe
console-supervisor-intro = Ana ɓoye rahotanni da sirri don kowane maɓalli a rukunin sashen na yanzu. Ku ƙara maɓallin kowane sabon jami'i, kuma ku soke maɓallin duk wanda ya tafi ko ya rasa shi.
console-supervisor-unit = Sashe
console-members-title = Membobi
console-col-name = Suna
console-col-role = Matsayi a aiki
console-col-key = Maɓalli
console-col-in-set = A rukunin maɓallai
console-col-action = Aiki
console-keys-title = Tarihin maɓallai
console-keys-intro = Kowane maɓalli da ya taɓa kasancewa a rukunin sashen. Soke maɓalli yana shafar sababbin rahotanni; tsofaffin saƙonni suna nan a ɓoye da sirri don shi.
console-keys-set = Sigar rukunin maɓallai:
console-col-holder = Mai shi
console-col-state = Yanayi
console-col-added = An ƙara
console-col-revoked = An soke
console-oversight-title = Littafin bincike
console-oversight-intro = Kowace shiga cikin shari'a da kowane aikin gudanarwa, sabo da farko. Littafin yana da sarƙa: duk wani canji ga tsofaffin shigarwa za a gano shi.
console-col-seq = Lamba
console-col-time = Lokaci
console-col-actor = Mai aiki
console-col-audit-action = Aiki
console-col-subject = Abin da ya shafa
console-audit-more = Loda tsofaffin shigarwa
console-me-title = Asusuna
console-me-units = Sassana
console-me-key = Maɓallina
console-me-key-intro = Maɓallinku na jama'a. Ku kwatanta shi da abin da mai kula da ku yake gani kafin ya ƙara shi.
console-me-sessions = Zama
console-me-sessions-intro = Idan kun shiga a kwamfutar da ba ku amfani da ita yanzu, ko kuna tsammanin wani ya shiga, ku fita daga dukkan na'urori.

## Officer console (browser messages)

js-console-status-received = An karɓa
js-console-status-under_review = Ana bita
js-console-status-action_taken = An ɗauki mataki
js-console-status-referred = An miƙa
js-console-status-closed = An rufe
js-console-outcome-investigation_opened = An buɗe bincike
js-console-outcome-protection_measures = An ɗauki matakan kariya
js-console-outcome-referred_to_partner = An miƙa ga ƙungiyar abokan hulɗa
js-console-outcome-referred_to_other_authority = An miƙa ga wata hukuma
js-console-outcome-no_offence_identified = Ba a gano laifi ba
js-console-outcome-insufficient_information = Bayani bai isa ba
js-console-outcome-resolved = An warware
js-console-category-gbv = Cin zarafi saboda jinsi
js-console-category-child-protection = Kare yara
js-console-category-trafficking-smuggling = Fataucin mutane da safarar mutane
js-console-category-hate-crime = Laifin ƙiyayya
js-console-category-community-policing = 'Yan sandan al'umma
js-console-category-police-conduct = Halayen 'yan sanda
js-console-category-unsure = Ba a rarraba ba (mai kai rahoto bai tabbata ba)
js-console-role-member = Memba
js-console-role-supervisor = Mai kulawa
js-console-key-kind-officer = Jami'i
js-console-key-kind-recovery = Maɓallin dawowa
js-console-language-en = Turanci
js-console-language-fr = Faransanci
js-console-language-ar = Larabci
js-console-urgent = Gaggawa
js-console-unread = Sabon saƙo
js-console-received = An karɓa
js-console-updated = an sabunta
js-console-assigned-to = An ba wa
js-console-unassigned = Ba a ba kowa ba
js-console-none = Babu
js-console-yes = Ee
js-console-no = A'a
js-console-inactive = Ba ya aiki
js-console-thread-report = Rahoto
js-console-thread-reporter = Saƙo daga mai kai rahoto
js-console-thread-reply = Amsa ga mai kai rahoto
js-console-thread-note = Bayanin cikin gida
js-console-thread-unknown = Saƙo daga tushen da ba a sani ba
js-console-thread-unreadable = Ba za a iya buɗe wannan saƙon da maɓallinku ba. Wataƙila maɓallinku bai shiga rukunin sashen ba tukuna lokacin da aka aika shi.
js-console-thread-invalid = Abun cikin wannan saƙon ba a tsarin da ake tsammani ba ne.
js-console-thread-mismatch = Gargaɗi: abun cikin wannan saƙon bai dace da wanda ya aiko shi ba. Ku yi hankali da shi.
js-console-thread-empty = Babu saƙonni.
js-console-thread-some-locked = Ba a iya buɗe wasu saƙonni da maɓallinku ba.
js-console-field-what = Abin da ya faru
js-console-field-when = Yaushe
js-console-field-where = A ina
js-console-field-who = Mutanen da abin ya shafa
js-console-field-consent = Ya yarda a miƙa shi ga ƙungiyar tallafi
js-console-field-empty = Ba a bayar ba
js-console-assign-nobody = Babu kowa
js-console-assign-me = Ni
js-console-assign-saved = An adana bayar da aikin.
js-console-status-saved = An adana matsayin.
js-console-reply-sent = An aika amsar.
js-console-note-saved = An adana bayanin.
js-console-add-to-set = Ƙara ga rukunin maɓallai
js-console-revoke = Soke
js-console-revoke-confirm = Tabbatar da sokewa
js-console-key-active = Yana aiki
js-console-key-revoked = An soke
js-console-key-in-set = maɓallinku yana cikin rukunin maɓallai
js-console-key-not-in-set = maɓallinku bai shiga rukunin maɓallai ba tukuna
js-console-set-updated = An sabunta rukunin maɓallai. Sabuwar siga:
js-console-audit-verified = Sarƙar littafin bincike cikakkiya ce.
js-console-audit-broken = Gargaɗi: sarƙar littafin bincike ta karye. Ku sanar da hukumar sa ido nan take. Cikakken bayani:
js-console-enrol-qr = Lambar QR da za a duba da manhajar tabbatarwarku
js-console-progress-signin = Ana shiga…
js-console-progress-key = Ana ƙirƙira da kulle maɓallinku. Yana ɗaukar 'yan daƙiƙoƙi…
js-console-progress-unlock = Ana buɗe maɓallinku. Yana ɗaukar 'yan daƙiƙoƙi…
js-console-progress-loading = Ana lodawa…
js-console-progress-decrypting = Ana loda shari'ar da buɗe sirrinta…
js-console-progress-sending = Ana ɓoyewa da sirri da aikawa…
js-console-progress-saving = Ana adanawa…
js-console-signed-out = Kun fita.
js-console-signed-out-all = Kun fita daga dukkan na'urori.
js-console-signed-out-locally = Ba a iya isa ga sabar don kawo ƙarshen zamanku ba. An cire komai daga wannan shafin; ku sake fita daga baya, ko ku fita daga dukkan na'urori.
js-console-locked = An kulle allon. Ku shigar da jimlar sirrinku don ci gaba.
js-console-locked-idle = An kulle allon bayan ɗan lokaci ba tare da aiki ba.
js-console-error-generic = Wani abu ya lalace. Don Allah ku sake gwadawa.
js-console-error-network = Ba a iya isa ga sabar. Ku duba haɗinku kuma ku sake gwadawa.
js-console-error-invalid_credentials = Ba a karɓi sunan mai amfani, kalmar sirri ko lambar ba.
js-console-error-totp_required = Ku shigar da lambar mai lambobi 6 daga manhajar tabbatarwarku.
js-console-error-totp_replayed = An riga an yi amfani da wannan lambar. Ku jira lamba ta gaba a manhajarku, sannan ku sake gwadawa.
js-console-error-totp_format = Dole lambar ta kasance lambobi 6.
js-console-error-enrol_code = Ba a karɓi wannan lambar ba. Ku tabbatar lokacin wayarku daidai ne, sannan ku shigar da lambar yanzu.
js-console-error-officer_disabled = An dakatar da wannan asusun. Ku tuntuɓi mai gudanarwarku.
js-console-error-too_many_attempts = Ƙoƙari ya yi yawa daga wannan na'ura ko hanyar sadarwa. Ku jira lokacin da aka nuna, sannan ku sake gwadawa.
js-console-error-session_expired = Zamanku ya ƙare. Ku sake shiga.
js-console-error-csrf_failed = An ƙi buƙatar saboda dalilan tsaro. Ku sake loda shafin kuma ku sake gwadawa.
js-console-error-forbidden = Ba ku da izinin yin wannan.
js-console-error-not_found = Wannan shari'ar babu ita ko ba ta sassanku ba ce.
js-console-error-no_key = Wannan memba bai ƙirƙiri maɓalli ba tukuna.
js-console-error-keys_changed = Rukunin maɓallan sashen ya canza yayin da kuke rubutu. Don Allah ku sake aikawa.
js-console-error-thread_full = Wannan shari'ar ta kai iyakar adadin saƙonni.
js-console-error-too_long = Rubutun ya yi tsayi da yawa. Don Allah ku taƙaita shi.
js-console-error-no_unit_keys = Wannan sashen ba shi da maɓallai masu aiki: ba za a iya ɓoye komai da sirri dominsa ba.
js-console-error-no_reply_recipient = Wannan shari'ar ba ta da maɓallin amsa: mai kai rahoto ba zai iya karɓar amsoshi ba.
js-console-error-unavailable = Sabis ɗin yana da aiki da yawa ko babu shi. Ba a adana komai ba; ku sake gwadawa nan ba da jimawa ba.
js-console-error-unsure_sent = Haɗin ya yanke yayin aikawa. Ku duba saƙonnin da ke ƙasa kafin ku sake aikawa: wataƙila an adana shi.
js-console-error-passphrase_too_short = Dole jimlar sirrin ta kasance aƙalla haruffa 12.
js-console-error-passphrase_mismatch = Jimlolin sirrin biyu ba iri ɗaya ba ne.
js-console-error-wrong_passphrase = Jimlar sirrin ba daidai ba ce.
js-console-error-key_malformed = Maɓallinku da aka adana ya lalace. Ku ƙirƙiri sabon maɓalli.
js-console-error-key_mismatch = Maɓallin da aka adana bai dace da maɓallinku na jama'a da aka yi rajista ba. Ku ƙirƙiri sabon maɓalli kuma ku sanar da mai kula da ku.
js-console-error-crypto = Wannan burauzar ba za ta iya gudanar da ɓoyewar sirri ta allon ba. Ku yi amfani da sabuwar burauza.

## Officer console: referral, transfer, re-key, notifications (page)

console-case-consent = Yardar miƙawa
console-case-referrals = Miƙawa
console-refer-title = Miƙa ga ƙungiyar abokan hulɗa
console-refer-hint = Ana ɓoye kwafin da sirri a wannan kwamfutar don maɓallan abokin hulɗa kawai: sashenku ko mai kai rahoto ba za su iya buɗe shi ba. Ku raba abin da abokin hulɗa yake buƙata kawai. Mai kai rahoto zai ga matsayin An miƙa.
console-refer-no-consent = Mai kai rahoto bai yarda a miƙa shi ga ƙungiyar tallafi ba. Ba za a iya miƙawa ba.
console-refer-partner = Ƙungiyar abokan hulɗa
console-refer-text = Saƙo ga abokin hulɗa
console-refer-text-hint = Abin da abokin hulɗa yake buƙatar sani don taimakawa, da yadda za a iya samun mutumin idan ya yarda.
console-refer-include-report = Haɗa rahoton kamar yadda mai kai rahoto ya rubuta shi
console-refer-submit = Aika miƙawar
console-transfer-title = Mayar zuwa wani sashe
console-transfer-hint = Ana sake ɓoye dukkan shari'ar da sirri a wannan kwamfutar don ɗayan sashen. Sashenku zai rasa damar shiga nan take, kuma za a share bayar da aikin. Bibiyar mai kai rahoto tana ci gaba da aiki.
console-transfer-unit = Sashen da zai karɓa
console-transfer-submit = Mayar da shari'ar
console-rekey-title = Sake ɓoye tsofaffin shari'o'i da sirri
console-rekey-intro = Bayan an ƙara ko an soke maɓalli a rukunin, shari'o'in da ke buɗe suna nan a ɓoye don rukunin da ya gabata. Sake ɓoye su a wannan kwamfutar yana ba sababbin membobi damar karanta su kuma yana hana maɓallan da aka soke buɗe kwafin da aka adana. Kwafin da aka ɗauka a baya ba su shafu ba.
console-rekey-remaining = Shari'o'in da ke buɗe da har yanzu ke ɓoye don rukunin maɓallai na baya:
console-rekey-start = Sake ɓoyewa yanzu
console-notify-title = Sanarwa
console-notify-intro = Imel daga allon ba su taɓa faɗin komai game da rahoto ba: babu lamba, nau'i, yanki ko lokaci. Ana sanar da rahotannin gaggawa nan take sai dai idan an kashe sanarwa.
console-notify-mode = Sanar da ni
console-notify-each = A kowane sabon abu a sassana
console-notify-digest = A taƙaitawa ta yau da kullum
console-notify-off = Ba taɓa ba
console-notify-email = Adireshin imel
console-notify-email-hint = Zai fi kyau adireshin aiki. Ba a buƙata idan an kashe sanarwa.
console-notify-submit = Adana zaɓuɓɓukana

## Officer console: referral, transfer, re-key, notifications (browser messages)

js-console-consent-yes = Mai kai rahoto ya yarda a miƙa shi ga ƙungiyar tallafi
js-console-consent-no = Babu yardar miƙawa
js-console-transfer-submit = Mayar da shari'ar
js-console-transfer-confirm = Tabbatar da mayarwa
js-console-transfer-done = An mayar da shari'ar zuwa:
js-console-progress-reencrypting = Ana sake ɓoye shari'ar da sirri a wannan kwamfutar…
js-console-refer-done = An aika miƙawar.
js-console-rekey-progress = Ana sake ɓoye shari'a
js-console-rekey-done = Shari'o'in da aka sake ɓoyewa:
js-console-rekey-skipped = shari'o'in da aka tsallake (an jera dalilin kowacce a ƙasa):
js-console-notify-saved = An adana zaɓuɓɓukanku.
js-console-error-thread_changed = Shari'ar ta canza yayin da kuke aiki a kanta. Ku sake gwadawa.
js-console-error-undecryptable = Ba za a iya buɗe wasu saƙonnin wannan shari'ar da maɓallinku ba, don haka ba za a iya sake ɓoye ta ba. Abokin aiki wanda maɓallinsa ke buɗe su zai iya yin haka.
js-console-error-no_consent = Mai kai rahoto bai yarda da miƙawa ba.
js-console-error-unknown_partner = Wannan ƙungiyar abokan hulɗa babu ita.
js-console-error-unknown_unit = Wannan sashen babu shi.
js-console-error-not_a_member = Wannan jami'in ba memban sashen ba ne.
js-console-error-cannot_revoke = Ba za a iya soke wannan maɓallin yanzu ba: dole sashen ya riƙe aƙalla maɓalli ɗaya mai aiki.
js-console-error-invalid_email = Ku shigar da ingantaccen adireshin imel, ko ku zaɓi kada a sanar da ku.
js-console-error-invalid_query = Ba za a iya amfani da waɗannan matatun tare ba. Ku canza su kuma ku sake gwadawa.

## Officer console: security key (passkey) and attachments

console-unlock-passkey-intro = Kuna ajiye kwafin maɓallinku a maɓallin tsaro ko passkey. Ku yi amfani da shi don buɗewa.
console-unlock-passkey = Buɗe da maɓallin tsaro
console-unlock-or-passphrase = Ko ku buɗe da jimlar sirrinku:
console-passkey-title = Maɓallin tsaro ko passkey
console-passkey-intro = Kuna iya buɗe maɓallinku da maɓallin tsaro ko passkey a wannan na'urar, maimakon rubuta jimlar sirrinku. Jimlar sirrinku tana ci gaba da aiki: ita ce hanyar dawowa idan maɓallin tsaro ya ɓace.
console-passkey-add = Ƙara maɓallin tsaro ko passkey
console-passkey-remove = Cire maɓallin tsaro
console-passkey-hint = Burauzarku za ta ce ku taɓa maɓallin tsaro ko ku tabbatar da wannan na'urar har sau uku: don ƙirƙira shi, don kulle kwafin maɓallinku da shi, da kuma don duba wannan kwafin.
js-console-passkey-state-on = Maɓallin tsaro zai iya buɗe maɓallinku.
js-console-passkey-state-off = Babu maɓallin tsaro tukuna: kuna buɗewa da jimlar sirrinku.
js-console-passkey-remove = Cire maɓallin tsaro
js-console-passkey-remove-confirm = Tabbatar da cirewa
js-console-passkey-progress-add = Ku bi umarnin burauzarku: ku taɓa maɓallin tsaro ko ku tabbatar a wannan na'urar…
js-console-passkey-progress-unlock = Ku taɓa maɓallin tsaronku ko ku tabbatar a wannan na'urar…
js-console-passkey-added = An ƙara maɓallin tsaro. A gaba za ku iya buɗewa da shi.
js-console-passkey-removed = An cire maɓallin tsaro. Daga yanzu ku buɗe da jimlar sirrinku.
js-console-passkey-error-unsupported = Wannan burauzar ba za ta iya amfani da maɓallin tsaro a nan ba. Ku yi amfani da jimlar sirrinku.
js-console-passkey-error-no_prf = Wannan maɓallin tsaro ko burauza ba zai iya kare maɓalli ba (ba shi da aikin PRF). Ku yi amfani da jimlar sirrinku, ko ku gwada wani maɓallin tsaro ko sabuwar burauza.
js-console-passkey-error-cancelled = Ba a yi amfani da maɓallin tsaro ba (an soke ko lokaci ya ƙare). Babu abin da ya canza; ku sake gwadawa ko ku yi amfani da jimlar sirrinku.
js-console-passkey-error-exists = An riga an yi rajistar wannan maɓallin tsaro. Ku yi amfani da wani, ko ku cire tsohuwar rajistar da farko.
js-console-passkey-error-wrong_key = Wannan ba maɓallin tsaron da ke riƙe da maɓallinku ba ne. Ku gwada wani, ko ku yi amfani da jimlar sirrinku.
js-console-passkey-error-failed = Maɓallin tsaro bai yi aiki ba. Babu abin da ya canza; ku sake gwadawa ko ku yi amfani da jimlar sirrinku.
js-console-passkey-error-no_key = Ku ƙirƙiri maɓallinku da jimlar sirri da farko.
js-console-passkey-error-verify = Ba a iya duba kwafin da aka yi da maɓallin tsaro ba, don haka ba a adana shi ba. Ku sake gwadawa.
js-console-attachments-title = Abubuwan da aka haɗa:
js-console-attachments-mismatch = Gargaɗi: adadin abubuwan da aka haɗa bai dace da abin da saƙon mai kai rahoto ya bayyana ba.
js-console-attachment-kind-photo = Hoto
js-console-attachment-kind-document = Takarda
js-console-attachment-kind-voice = Rikodin murya
js-console-attachment-kind-other = Fayil
js-console-attachment-encrypted-size = girman da aka ɓoye
js-console-attachment-metadata-removed = An cire bayanan wuri da na kyamara a na'urar mai kai rahoto.
js-console-attachment-metadata-kept = Mai kai rahoto ya ajiye bayanan wuri da na kyamara a matsayin shaida: ku yi hankali kafin ku raba wannan hoton.
js-console-attachment-locked = Ba za a iya buɗe wannan abin da aka haɗa da maɓallinku ba.
js-console-attachment-download = Sauke
js-console-attachment-play = Kunna rikodin
js-console-attachment-progress = Ana buɗe sirrin abin da aka haɗa…
js-console-attachment-saved = An buɗe kuma an duba. An adana a matsayin:
js-console-attachment-error-undecryptable = Ba za a iya buɗe wannan abin da aka haɗa da maɓallinku ba.
js-console-attachment-error-undescribed = Saƙon mai kai rahoto bai bayyana wannan abin da aka haɗa ba, don haka ba za a iya duba shi ba. Ba a adana shi ba.
js-console-attachment-error-size = Wannan abin da aka haɗa ya fi gajarta fiye da yadda aka bayyana: wataƙila an yanke shi. Ba a adana shi ba.
js-console-attachment-error-sha256_mismatch = Gargaɗi: wannan abin da aka haɗa bai dace da sawun yatsa (fingerprint) a saƙon mai kai rahoto ba. Wataƙila an canza shi. Ba a adana shi ba.
js-console-rekey-items = saƙonni da abubuwan da aka haɗa

## Files, voice messages and the "before you send" reminder (report and follow-up pages)

attach-legend = Hotuna, takardu ko saƙon murya
attach-hint = Kuna iya ƙara hotuna, takardu ko saƙon murya. Ana kulle su (a ɓoye su da sirri) kamar rubutunku. Ana fara cire ɓoyayyun bayanan da ke nuna inda aka ɗauki hoto.
attach-add-photo = Ƙara hoto
attach-add-file = Ƙara takarda
attach-record-voice = Naɗi saƙon murya
attach-list-label = Fayilolin da kuka ƙara
voice-recording = Ana naɗi
voice-stop = Dakatar da naɗi
identify-title = Kafin ku aika: wannan zai iya nuna ko wanene ku
identify-body = Da alama rubutunku yana ƙunshe da bayanan da aka jera a sama. Ba laifi idan kuna so sashen ya samu su: sashen kaɗai ne zai iya karanta rahotonku. Idan ba a buƙata ba, ko za su iya jefa ku ko wani cikin haɗari, ku koma ku cire su.
identify-edit = Koma ku gyara
identify-send = Aika duk da haka

## Files, voice messages and the "before you send" reminder (browser messages)

js-unit-kb = KB
js-unit-mb = MB
js-attach-kind-photo = Hoto
js-attach-kind-document = Takarda
js-attach-kind-voice = Saƙon murya
js-attach-remove = Cire
js-attach-cleaned = An cire ɓoyayyun bayanai (wuri, lokaci, samfurin waya) daga wannan hoton.
js-attach-kept = Za a aika wannan hoton tare da ɓoyayyun bayanansa (wuri, lokaci, samfurin waya).
js-attach-keep-details = Ajiye bayanan wuri da na kyamara a matsayin shaida
js-attach-keep-details-hint = Sai dai idan 'yan sanda suna buƙatar ganin inda da lokacin da aka ɗauki hoton. Waɗannan bayanan kuma za su iya nuna inda kuke da wace waya kuke amfani da ita.
js-attach-uncleanable = Ba za mu iya cire ɓoyayyun bayanai (kamar wurin da aka ɗauka) daga irin wannan hoton ba. Za a aika shi a matsayin takarda, kamar yadda yake. Ku cire shi idan hakan zai iya jefa ku cikin haɗari.
js-attach-document-as-is = Za a aika wannan fayil ɗin kamar yadda yake. Takardu da bidiyo na iya ƙunsar ɓoyayyun bayanai, kamar suna ko wuri. Ku cire shi idan hakan zai iya jefa ku cikin haɗari.
js-attach-send-as-photo = Wannan hoto ne: aika shi a matsayin hoto, tare da bayanansa
js-attach-error-too-many = Ba za ku iya ƙara fayiloli ba. Mafi yawan da za ku iya aikawa a lokaci ɗaya:
js-attach-error-too-large = Wannan fayil ɗin ya yi girma da yawa. Fayil mafi girma da za ku iya aikawa:
js-attach-error-total = Waɗannan fayilolin sun yi girma da yawa a haɗe. Mafi yawan da za ku iya aikawa a lokaci ɗaya:
js-attach-error-read = Ba a iya karanta wannan fayil ɗin ba. Ku gwada wani.
js-voice-recording = Ana naɗi… Ku danna «Dakatar da naɗi» idan kun gama.
js-voice-done = Saƙon muryarku ya shirya. Kuna iya sauraron sa kafin ku aika.
js-voice-denied = Ba a iya amfani da makirufo ba. Kuna iya rubutu maimakon haka, ko ku ba makirufo izini a saitunan burauzarku.
js-voice-preview = Saurari saƙon muryarku
js-voice-rerecord = Sake naɗi
js-progress-encrypting-files = Ana kulle (ɓoye da sirri) fayilolinku…
js-error-too-many-attachments = Fayiloli sun yi yawa. Ku cire wasu kuma ku sake gwadawa.
js-error-attachment-too-large = Ɗaya daga cikin fayilolin ya yi girma da yawa. Ku cire shi ko ku zaɓi ƙarami.
js-error-attachments-too-large = Fayilolin sun yi girma da yawa a haɗe. Ku cire wasu kuma ku sake gwadawa.
js-identify-phone = lambar waya
js-identify-email = adireshin imel
js-identify-id = katin shaida, fasfo ko wata doguwar lamba
js-identify-iban = lambar asusun banki (IBAN)
js-identify-address = adireshin gida ko titi
js-thread-files = Fayiloli:
js-message-empty = Ku rubuta saƙo ko ku ƙara fayil.

## Guided questions, emergency numbers and simpler words (home and report pages)

home-simple-link = Kalmomi masu sauƙi (don yara da matasa)
simple-toggle-on = Kalmomi masu sauƙi
simple-toggle-off = Kalmomin da aka saba
emergency-title = Lambobin da za ku kira yanzu
emergency-hint = Waɗannan kiran kyauta ne. Ku kira ɗaya daga cikinsu idan wani yana cikin haɗari: wannan shafin ba zai iya aika taimako nan take ba.
field-child-label = Akwai yaro a ciki
field-child-hint = Ku yi alama a nan idan wani ƙasa da shekara 18 an cutar da shi, ya ga abin ya faru ko yana cikin haɗari. Sashen zai ƙara kulawa.
field-contact-label = Sashen zai iya tuntuɓa ta
field-contact-hint = Sai idan kuna so. Idan ba ku yi alama ba, sashen zai amsa ta lambar bibiyarku kawai.
field-contact-how-label = Ta yaya kuma yaushe ne ya fi tsaro a tuntuɓe ku?
field-contact-how-hint = Misali: lambar waya da lokutan da kuke ku kaɗai, ko wani da kuka amince da shi.
field-contact-caution = Hanya mafi tsaro ita ce karanta amsoshin sashen da lambar bibiyarku. Wani zai iya gani ko jin kira ko saƙo.
js-emergency-shown = Ana nuna lambobin da za ku kira yanzu a ƙasan wannan tambayar.

## Simpler words for children and young people (report page, ?simple=1)

report-intro-simple = Ku gaya mana abin da kuke so ku faɗa kawai. Kuna iya rubutu da kowane harshe. Ba za ku shiga matsala saboda wannan ba.
field-what-label-simple = Me ya faru?
field-what-hint-simple = Ku rubuta shi da kalmominku. Gajere ma ya yi.
field-when-label-simple = Yaushe ya faru?
field-when-hint-simple = Misali: yau, jiya da dare, makon da ya wuce. Kuna iya yin kiyasi.
field-where-label-simple = A ina ya faru?
field-where-hint-simple = Misali: a gida, a makaranta, a titi, a sansani.
field-who-label-simple = Wa ya yi shi, ko wa yake wurin?
field-who-hint-simple = Kuna iya rubuta sunaye, ko yadda mutanen suke kama.
field-region-label-simple = Yanki
field-region-hint-simple = Wannan yana taimaka mana mu sami ƙungiyar da ta dace. Ba dole ba ne ku zaɓa.
field-urgent-label-simple = Wani yana cikin haɗari yanzu
field-urgent-hint-simple = Idan wani zai iya jin rauni yanzu, ku kira ɗaya daga cikin lambobin da za su bayyana a nan. Wannan shafin ba zai iya aika taimako nan take ba.
field-child-label-simple = Akwai yaro a cikin wannan
field-child-hint-simple = Ku yi alama a nan idan game da ku ne ko wani yaro (ƙasa da shekara 18).
field-contact-label-simple = Kuna iya tuntuɓa ta
field-contact-hint-simple = Sai idan kuna so. Idan ba haka ba, kuna iya karanta amsarmu da lambarku ta sirri.
field-contact-how-label-simple = Ta yaya kuma yaushe ne ya fi tsaro a same ku?
field-contact-how-hint-simple = Misali: lambar waya da lokacin da kuke ku kaɗai, ko wani babba da kuka amince da shi.
field-contact-caution-simple = Karanta amsarmu da lambarku ta sirri shi ne mafi tsaro. Wani zai iya ganin kira ko saƙo.
field-referral-label-simple = Kuna iya roƙon mutanen da aikinsu taimako ne (wurin zama mai tsaro, likita, lauya) su taimake ni
field-referral-hint-simple = Kuna iya cewa a'a. Kuna iya neman taimako daga baya ma.

# Console: guided answers of a report
js-console-field-child = Akwai yaro ko yarinya a ciki
js-console-field-contact = Sashen zai iya tuntuɓarsa

# Receipt: the code as a small file
receipt-save = Ajiye a matsayin fayil
js-saved-file = An ajiye da suna «note.txt». Ajiye shi inda babu wani da zai duba, ko ka goge shi bayan ka rubuta lambar.
receipt-save-hint = Fayil ɗin da aka ajiye yana zama a wannan wayar da kuma cikin jerin abubuwan da aka sauke a burauza: ka goge duka biyun idan ba ka buƙatar su kuma.
js-console-error-key_changed = An canza maɓallinka a wata taga. Sake buɗewa, sannan ka sake ƙara maɓallin tsaro.

# Transfer and re-key: the earlier copies are kept until a supervisor checks
console-reencryption-title = An sake ɓoye shi: yana jiran binciken mai kulawa
console-reencryption-hint = Wannan kwamfuta ko sabar ba za su iya sanin ko sababbin kwafe-kwafen suna da kyau ba. Har sai mai kulawa ya tabbatar cewa kowanne yana buɗewa, ana ajiye kwafe-kwafen da suka gabata kuma ana iya dawo da su. Idan ba wanda ya bincika, za a goge su a ranar da aka nuna.
console-reencryption-confirm = Bincika ka tabbatar
console-reencryption-restore = Dawo da kwafe-kwafen da suka gabata
console-reencryption-supervisors = Masu kula da sashen ne kaɗai za su iya tura ko sake ɓoye shari'a, sannan su tabbatar ko su soke.
console-rekey-unconfirmed = Shari'o'in da aka sake ɓoyewa masu jiran bincike:
console-rekey-check = Bincika su ka tabbatar
js-console-reencryption-by = Wanda ya sake ɓoyewa:
js-console-reencryption-from = daga
js-console-reencryption-until = ana ajiye kwafe-kwafen da suka gabata har zuwa
js-console-reencryption-restore = Dawo da kwafe-kwafen da suka gabata
js-console-reencryption-restore-confirm = Tabbatar: dawo da kwafe-kwafen da suka gabata
js-console-reencryption-confirmed = An bincika: kowane kwafi yana buɗewa. An goge kwafe-kwafen da suka gabata.
js-console-reencryption-shut = Wasu kwafe-kwafe ba sa buɗewa da makullinka. Dawo da kwafe-kwafen da suka gabata, ko ka roƙi abokin aiki wanda makullinsa ke buɗe su ya bincika.
js-console-reencryption-restored = Kwafe-kwafen da suka gabata sun dawo.
js-console-progress-checking = Ana bincika ko kowane kwafi yana buɗewa…
js-console-rekey-checked = Shari'o'in da aka bincika aka tabbatar:
js-console-rekey-check-skipped = shari'o'in da ba a tabbatar ba:
js-console-error-reencryption_pending = Ba a bincika sake ɓoyewar ƙarshe ta wannan shari'a ba tukuna. Da farko ka buɗe shari'ar ka tabbatar ko ka dawo da ita.
js-console-error-not_pending = Babu wani abu da ke jiran bincike a wannan shari'a yanzu.
js-console-error-added_since_transfer = An ƙara saƙonni bayan turawa; ba za su buɗe a sashen da ya gabata ba, don haka ba za a iya dawo da kwafe-kwafen da suka gabata ba. Maimakon haka ku tabbatar da sababbin kwafe-kwafen; daga nan za a iya mayar da shari'ar.

# Alamar saƙon banza ko amfani mara kyau, da shari'o'in da aka goge abubuwan cikinsu.
console-case-purged = An goge rahoto, saƙonni da fayilolin wannan shari'a lokacin da wa'adin ajiyewarta ya ƙare. Bayananta kawai suka rage: tarihin matsayi da rubuce-rubucen littafin bincike. An goge a ranar:
console-reencryption-not-restorable = An ƙara saƙonni bayan turawa, don haka ba za a iya dawo da kwafe-kwafen da suka gabata ba yanzu. Ku bincika cewa sababbin kwafe-kwafen suna buɗewa, sannan ku tabbatar da su.
console-flag-title = Saƙon banza ko amfani mara kyau
console-flag-hint = Shari'ar da aka yi wa alamar saƙon banza ko amfani mara kyau ana rufe ta. Mai kai rahoto yana iya karanta ta da lambar bibiyarsa, amma ba zai iya ƙara rubutu ba, kuma za a goge ta kafin sauran shari'o'i. Sake buɗe shari'ar yana cire alamar.
console-flag-supervisors = Masu kula da sashen ne kaɗai za su iya yi wa shari'a alamar saƙon banza ko amfani mara kyau, ko su cire alamar.
console-flag-kind = Irin alama
console-flag-spam = Saƙon banza (spam)
console-flag-abuse = Amfani da sabis ba daidai ba
console-flag-submit = Yi wa shari'ar alama
js-console-flag-submit = Yi wa shari'ar alama
js-console-flag-confirm = Tabbatar: rufe shari'ar kuma yi mata alama
js-console-flag-remove = Cire alamar
js-console-flag-current = Alama:
js-console-flag-purge-after = za a goge bayan
js-console-flag-saved = An yi wa shari'ar alama kuma an rufe ta. Mai kai rahoto ba zai iya ƙara rubutu a cikinta ba.
js-console-flag-removed = An cire alamar. Shari'ar za ta kasance a rufe har sai wani ya sake buɗe ta.
js-console-flag-spam = Saƙon banza
js-console-flag-abuse = Amfani mara kyau
js-console-error-check_failed = Aƙalla saƙo ɗaya ko fayil ɗaya na wannan shari'a ba ya buɗewa da maɓallinku, don haka ba a tabbatar da ita ba. Abokin aiki wanda maɓallinsa ke buɗe shi zai iya bincika, ko kuma mai kulawa ya dawo da kwafe-kwafen da suka gabata daga shari'ar.
js-console-error-case_purged = An goge abubuwan cikin wannan shari'a; bayananta kawai suka rage.
