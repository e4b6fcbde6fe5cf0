# Passerelle — public pages, Kiswahili.
# Plain messages only (no variables or selectors): the server looks them up by id.
# Ids starting with "js-" are also sent to the browser code in the page data.

lang-name = Kiswahili
site-name = Passerelle

## Layout

quick-exit = Toka haraka
quick-exit-hint = Au bonyeza Shift mara 3
skip-link = Ruka hadi maudhui makuu
lang-switch-label = Lugha
footer-nav-label = Kurasa za tovuti
nav-home = Mwanzo
nav-follow-up = Fuatilia ripoti
nav-safety = Kaa salama mtandaoni
footer-firewall = Hatushiriki kamwe ripoti na mamlaka za uhamiaji.
footer-no-tracking = Tovuti hii haitumii vidakuzi (cookies) wala vifuatiliaji.
noscript-title = Ukurasa huu unahitaji JavaScript.
noscript-body = Ripoti yako inafungwa (inasimbwa kwa siri) kwenye simu yako mwenyewe kabla ya kutumwa, na hilo linahitaji JavaScript. Bila hiyo hakuna kinachoweza kutumwa. Katika Tor Browser, chagua kiwango cha usalama «Kawaida» (Standard), kisha fungua ukurasa huu tena.

## Notes repeated on several pages

note-emergency = Ikiwa wewe au mtu mwingine yuko hatarini sasa hivi, piga simu nambari ya dharura (112 barani Ulaya). Ripoti za tovuti hii hazisomwi papo hapo.
note-encrypted = Unachoandika kinafungwa (kinasimbwa kwa siri) kwenye simu yako kabla ya kutumwa. Ni kitengo cha polisi kinachoshughulikia jambo hilo pekee kinachoweza kukifungua. Sisi hatuwezi kukisoma.
note-no-name = Hatukuulizi jina lako, anwani yako wala vibali vyako. Huhitaji kuviandika.
note-firewall = Ripoti yako haishirikiwi na mamlaka za uhamiaji. Unaweza kuripoti hata kama huna vibali.

## Home page

home-title = Ripoti uhalifu kwa usalama
home-intro = Eleza kitengo cha ulinzi cha polisi kilichokupata wewe au mtu mwingine. Ni bure na unaweza kubaki bila kujulikana.
home-choose = Inahusu nini?
home-how-title = Jinsi inavyofanya kazi
home-how-1 = Chagua inahusu nini.
home-how-2 = Andika kilichotokea, kwa maneno yako mwenyewe na kwa lugha yoyote. Kile tu unachotaka kusema.
home-how-3 = Utapata msimbo wa ufuatiliaji. Uweke mahali salama: kwa msimbo huo unaweza kusoma jibu la kitengo na kutuma taarifa zaidi.
home-follow-up-title = Tayari umetuma ripoti?
home-follow-up-text = Tumia msimbo wako wa ufuatiliaji kuona kilichotokea kwa ripoti yako na kusoma ujumbe kutoka kwa kitengo.
home-follow-up-link = Fuatilia ripoti yangu
home-safety-link = Jinsi ya kukaa salama unapotumia tovuti hii

## Categories

category-gbv = Ukatili dhidi ya wanawake, ukatili wa kingono au wa nyumbani
category-gbv-desc = Ubakaji, shambulio la kingono, ukatili nyumbani au kutoka kwa mwenzi, ndoa ya kulazimishwa, vitisho.
category-child-protection = Mtoto yuko hatarini
category-child-protection-desc = Mtoto ameumizwa, ananyanyaswa, anatumiwa vibaya, yuko peke yake au amepotea.
category-trafficking-smuggling = Usafirishaji haramu wa binadamu, magendo, kazi ya kulazimishwa
category-trafficking-smuggling-desc = Mtu analazimishwa kufanya kazi au kufanya ngono, anashikiliwa kinyume na matakwa yake, au yuko hatarini na wasafirishaji.
category-hate-crime = Ubaguzi wa rangi, chuki, mashambulizi kwa sababu ya wewe ni nani
category-hate-crime-desc = Matusi, vitisho au mashambulizi kwa sababu ya asili yako, dini, rangi, jinsia au mwelekeo wako wa kingono.
category-community-policing = Uhalifu mwingine au tatizo jingine
category-community-policing-desc = Wizi, vitisho, ukatili au hatari katika eneo lako.
category-police-conduct = Malalamiko kuhusu polisi
category-police-conduct-desc = Afisa wa polisi alikutendea vibaya au bila haki. Hili linaenda kwa chombo huru cha usimamizi, si kwa polisi waliofanya hivyo.
category-unsure = Sina uhakika
category-unsure-desc = Tueleze kilichotokea. Timu itaituma kwa kitengo sahihi.

## Report page

report-eyebrow = Ripoti mpya
report-intro = Jaza tu kile unachotaka. Unaweza kuandika kwa lugha yoyote.
field-optional = (si lazima)
field-what-label = Nini kilitokea?
field-what-hint = Eleza kwa maneno yako mwenyewe.
field-when-label = Kilitokea lini?
field-when-hint = Tarehe au saa, hata kwa kukadiria. Kwa mfano: jana usiku, mwezi Machi.
field-where-label = Kilitokea wapi?
field-where-hint = Mji, mtaa, kambi, mahali unapopajua.
field-who-label = Nani anahusika?
field-who-hint = Waeleze watu ikiwa unaweza: sura zao, majina, nambari za simu, magari.
field-region-label = Eneo
field-region-hint = Hili husaidia kutuma ripoti yako kwa timu sahihi. Eneo halisimbwi kwa siri.
field-region-none = Napendelea kutosema
field-urgent-label = Mtu yuko hatarini sasa hivi
field-urgent-hint = Ikiwa mtu yuko katika hatari ya papo hapo, piga simu pia nambari ya dharura (112 barani Ulaya). Tovuti hii haiwezi kutuma msaada papo hapo.
field-referral-label = Ninakubali kitengo kipeleke ripoti yangu kwa shirika la msaada (makazi salama, msaada wa kisheria, afya) ikiwa nataka msaada
field-referral-hint = Unaweza kukataa. Unaweza pia kuomba msaada baadaye kwa ujumbe.
report-metadata-note = Seva inaona tu aina ya ripoti, eneo ikiwa ulichagua moja, lugha ya ukurasa, kama ni ya dharura na kama unakubali kupelekwa kwa shirika la msaada. Haiwezi kusoma unachoandika.
report-submit = Tuma ripoti yangu kwa usalama

## Receipt after sending

receipt-title = Ripoti yako imetumwa
receipt-case-label = Nambari ya kesi:
receipt-code-label = Msimbo wako wa ufuatiliaji
receipt-code-warning = Andika msimbo huu sasa au uweke mahali salama. Unaonyeshwa mara moja tu. Ukiupoteza, hakuna anayeweza kukurudishia: si sisi, si polisi.
receipt-code-use = Kwa msimbo huu unaweza kusoma majibu ya kitengo na kutuma taarifa zaidi. Yeyote mwenye msimbo anaweza kusoma majibu, kwa hiyo uufiche.
receipt-copy = Nakili msimbo
receipt-print = Chapisha
receipt-copy-hint = Ukinakili msimbo, programu nyingine kwenye simu hii zinaweza kuuona. Karatasi unayoweza kuficha inaweza kuwa salama zaidi.
receipt-next-title = Nini kitafuata
receipt-next = Kitengo kitasoma ripoti yako. Rudi baada ya siku chache na msimbo wako kuona jibu lao.
receipt-follow-up-link = Nenda kwenye ukurasa wa ufuatiliaji

## Follow-up page

follow-up-title = Fuatilia ripoti yako
follow-up-intro = Weka msimbo wako wa ufuatiliaji. Msimbo unabaki kwenye simu hii: ni ufunguo uliotengenezwa kutoka kwake tu unaotumwa.
follow-up-code-label = Msimbo wa ufuatiliaji (tarakimu 28)
follow-up-code-hint = Nafasi na vistari havijalishi. Unaweza kuandika tarakimu kama 123 au ١٢٣.
follow-up-open = Fungua ripoti yangu
follow-up-lost = Umepoteza msimbo wako? Hakuna anayeweza kuurudisha, kwa sababu ni wewe tu unayeumiliki. Unaweza kutuma ripoti mpya.
follow-up-case-title = Ripoti yako
follow-up-case-label = Nambari ya kesi
follow-up-status-label = Hali
follow-up-history-title = Kilichotokea hadi sasa
follow-up-thread-title = Ujumbe
follow-up-thread-note = Ujumbe wako mwenyewe umefungwa kwa ajili ya kitengo pekee, kwa hiyo huwezi kuusoma tena hapa.
follow-up-closed = Kesi hii imefungwa na haipokei ujumbe zaidi.
follow-up-message-label = Andikia kitengo
follow-up-message-hint = Ongeza taarifa au jibu swali. Ujumbe wako unafungwa (unasimbwa kwa siri) kama ripoti yako.
follow-up-send = Tuma ujumbe
follow-up-forget = Sahau msimbo huu kwenye ukurasa huu

## Safety page

safety-title = Kaa salama unapotumia tovuti hii
safety-intro = Mtu anayetumia simu yako au kompyuta yako anaweza kuona kwamba ulikuja kwenye tovuti hii. Hivi ndivyo unavyoweza kupunguza hatari hiyo.
safety-exit-title = Kitufe cha Toka haraka
safety-exit-text = Juu ya kila ukurasa kuna kitufe cha Toka haraka. Kibonyeze, au bonyeza kitufe cha Shift mara 3, na tovuti hii inafungwa na tovuti ya kawaida inafunguka.
safety-exit-warning = Toka haraka haifuti historia yako. Mtu bado anaweza kuona tovuti hii katika historia ya kivinjari chako.
safety-history-title = Futa historia ya kuvinjari
safety-history-text = Katika vivinjari vingi: fungua menyu (⋮ au ☰), kisha History (historia), kisha Clear browsing data (futa data ya kuvinjari).
safety-history-partial = Ikiwa kufuta historia yote kungeonekana ajabu, futa kurasa za tovuti hii pekee.
safety-private-title = Tumia dirisha la faragha
safety-private-text = Dirisha la faragha (Incognito katika Chrome, Private window katika Firefox na Safari) husahau kurasa ulizotembelea unapolifunga.
safety-tor-title = Tumia Tor Browser
safety-tor-text = Tor Browser huficha tovuti unazotembelea kutoka kwa mtoa huduma wako wa intaneti, na huficha anwani yako ya intaneti kutoka kwetu. Tumia kiwango cha usalama «Kawaida» (Standard): tovuti hii inahitaji JavaScript kufunga ripoti yako.
safety-device-title = Ikiwa mtu anakagua simu yako
safety-device-text = Ikiwa mtu anaangalia simu yako au huenda ameweka programu ya kupeleleza ndani yake, tumia simu au kompyuta nyingine, kwa mfano ya mtu au shirika unaloliamini.
safety-code-title = Weka msimbo wako salama
safety-code-text = Yeyote mwenye msimbo wako wa ufuatiliaji anaweza kusoma majibu ya kitengo. Usiuweke mahali ambapo wengine wanaweza kuuona: uandike kwenye karatasi unayoweza kuficha, au uukariri.
safety-nothing-stored = Tovuti hii haiweki vidakuzi na haihifadhi chochote kwenye simu yako.

## Not found

not-found-title = Ukurasa haukupatikana
not-found-text = Ukurasa huu haupo.
not-found-home = Nenda kwenye ukurasa wa mwanzo

## Status and outcomes (server-rendered and in the browser)

status-received = Imepokelewa
status-under_review = Inaangaliwa
status-action_taken = Hatua imechukuliwa
status-referred = Imepelekwa kwa huduma nyingine
status-closed = Imefungwa
outcome-investigation_opened = Uchunguzi umefunguliwa
outcome-protection_measures = Hatua za ulinzi zimechukuliwa
outcome-referred_to_partner = Imepelekwa kwa shirika la msaada
outcome-referred_to_other_authority = Imepelekwa kwa mamlaka nyingine
outcome-no_offence_identified = Hakuna uhalifu uliopatikana
outcome-insufficient_information = Hakuna taarifa za kutosha kuchukua hatua
outcome-resolved = Imetatuliwa

## Browser messages

js-status-received = Imepokelewa
js-status-under_review = Inaangaliwa
js-status-action_taken = Hatua imechukuliwa
js-status-referred = Imepelekwa kwa huduma nyingine
js-status-closed = Imefungwa
js-outcome-investigation_opened = Uchunguzi umefunguliwa
js-outcome-protection_measures = Hatua za ulinzi zimechukuliwa
js-outcome-referred_to_partner = Imepelekwa kwa shirika la msaada
js-outcome-referred_to_other_authority = Imepelekwa kwa mamlaka nyingine
js-outcome-no_offence_identified = Hakuna uhalifu uliopatikana
js-outcome-insufficient_information = Hakuna taarifa za kutosha kuchukua hatua
js-outcome-resolved = Imetatuliwa
js-progress-protecting = Tunalinda ripoti yako…
js-progress-checking = Tunajiandaa kutuma kwa usalama…
js-progress-sending = Inatumwa…
js-progress-retrying = Muunganisho ni wa polepole. Tunajaribu tena…
js-progress-opening = Tunafungua ripoti yako…
js-error-network = Hatukuweza kufikia seva. Angalia muunganisho wako na ujaribu tena. Maandishi yako bado yako hapa.
js-error-generic = Kuna kitu kimeharibika. Tafadhali jaribu tena.
js-error-no-unit = Aina hii ya ripoti haiwezi kupokelewa sasa. Tafadhali jaribu tena baadaye.
js-error-key-log = Hakuna kilichotumwa. Funguo ambazo ripoti yako ingesimbwa kwazo hazilingani na orodha ya umma ya funguo za huduma hii; huenda mtu amebadilisha nani anayeweza kuisoma. Tafadhali jaribu tena baadaye, au ripoti kwa njia nyingine.
js-error-too-long = Maandishi yako ni marefu mno. Tafadhali yafupishe.
js-error-crypto = Kivinjari hiki hakiwezi kufunga (kusimba kwa siri) ripoti yako. Tumia kivinjari kilichosasishwa, au Tor Browser katika kiwango cha «Kawaida» (Standard).
js-error-rate-limited = Majaribio mengi mno. Tafadhali subiri dakika chache, kisha ujaribu tena.
js-error-not-found = Hakuna ripoti iliyopatikana kwa msimbo huu. Angalia msimbo na ujaribu tena.
js-code-error-invalid-character = Msimbo unaweza kuwa na tarakimu pekee.
js-code-error-wrong-length = Msimbo una tarakimu 28. Hakikisha hakuna iliyokosekana au iliyoongezwa.
js-code-error-check-digit = Msimbo huu una kosa. Angalia kila tarakimu kwa makini.
js-copied = Msimbo umenakiliwa.
js-copy-manual = Msimbo umechaguliwa. Unakili kwa menyu ya simu yako.
js-thread-unit = Ujumbe kutoka kwa kitengo
js-thread-yours = Ujumbe wako
js-thread-your-report = Ripoti yako
js-thread-sent = umetumwa
js-thread-unreadable = Ujumbe huu hauwezi kufunguliwa kwenye kifaa hiki.
js-thread-empty = Bado hakuna ujumbe.
js-message-sent = Ujumbe wako umetumwa.
js-forgotten = Msimbo umeondolewa kwenye ukurasa huu. Kwa usalama zaidi, funga pia kichupo hiki.
js-time-unknown = wakati haujulikani

## Officer console (page)

console-title = Dashibodi ya maafisa
console-noscript-body = Dashibodi ya maafisa hufungua kesi zilizosimbwa kwenye kompyuta hii na inahitaji JavaScript. Iwashe kwa tovuti hii, kisha pakia ukurasa upya.
console-footer-restricted = Ni kwa maafisa walioidhinishwa wa vitengo vya ulinzi na chombo cha usimamizi pekee.
console-footer-audit = Kila kuingia na kila kesi unayofungua vinarekodiwa kwenye kumbukumbu ya ukaguzi.
console-cancel = Ghairi
console-continue = Endelea
console-signin-title = Kuingia kwa maafisa
console-signin-intro = Ingia kwa akaunti yako binafsi. Usishiriki kamwe nenosiri lako, programu yako ya uthibitishaji wala kaulisiri ya ufunguo wako.
console-signin-login = Jina la mtumiaji
console-signin-password = Nenosiri
console-signin-totp = Msimbo wa uthibitishaji
console-signin-totp-hint = Msimbo wa tarakimu 6 kutoka kwa programu yako ya uthibitishaji. Mara ya kwanza unapoingia, acha wazi: utaombwa kuweka programu.
console-signin-submit = Ingia
console-signin-wait = Muda kabla ya kujaribu tena:
console-enrol-title = Weka uthibitishaji wa hatua mbili
console-enrol-intro = Akaunti yako inahitaji programu ya uthibitishaji (kwa mfano FreeOTP, Aegis au Google Authenticator) kwenye simu yako ya kazi.
console-enrol-step-1 = Fungua programu ya uthibitishaji na uongeze akaunti mpya.
console-enrol-step-2 = Changanua msimbo wa QR, au andika ufunguo wa kuweka ulioonyeshwa chini yake.
console-enrol-step-3 = Weka msimbo wa tarakimu 6 ambao programu inaonyesha sasa.
console-enrol-secret-label = Ufunguo wa kuweka (ikiwa huwezi kuchanganua msimbo):
console-enrol-code = Msimbo kutoka kwa programu
console-enrol-submit = Thibitisha na uingie
console-keysetup-title = Tengeneza ufunguo wako wa kufungua siri
console-keysetup-intro = Ripoti husimbwa kwa siri kwa ajili ya funguo za kitengo chako. Ufunguo wako binafsi unatengenezwa sasa, kwenye kompyuta hii. Seva inapokea tu sehemu yake ya umma na nakala iliyofungwa kwa kaulisiri yako; haiwezi kamwe kusoma kesi zako.
console-keysetup-passphrase-note = Utahitaji kaulisiri kila unapoingia. Ukiisahau, hakuna anayeweza kurejesha ufunguo wako: utalazimika kutengeneza mpya, na msimamizi atalazimika kuuongeza tena kwenye kitengo.
console-keysetup-replace-warning = Kutengeneza ufunguo mpya kunachukua nafasi ya ufunguo wako wa sasa. Hadi msimamizi aongeze ufunguo mpya kwenye kitengo chako, huwezi kusoma kesi, na ujumbe uliotumwa kwa ufunguo wako wa zamani pekee unasomeka kwa ufunguo wa zamani pekee.
console-passphrase-new = Kaulisiri mpya ya ufunguo
console-passphrase-new-hint = Angalau herufi 12. Tumia sentensi au maneno kadhaa yasiyohusiana, tofauti na nenosiri lako la kuingia.
console-passphrase-repeat = Rudia kaulisiri
console-keysetup-submit = Tengeneza ufunguo wangu
console-keysetup-done = Ufunguo wako umetengenezwa na kuhifadhiwa.
console-key-recipient = Ufunguo wako wa umma:
console-keysetup-next = Sasa msimamizi wa kitengo chako lazima aongeze ufunguo huu kwenye seti ya funguo za kitengo. Hadi hapo huwezi kufungua kesi. Mweleze msimamizi wako herufi za kwanza na za mwisho za ufunguo ili aukague.
console-unlock-title = Fungua ufunguo wako
console-unlock-intro = Weka kaulisiri ya ufunguo wako. Ufunguo wako unafunguliwa kwenye kompyuta hii pekee na unasahaulika unapotoka, unapofunga dashibodi au unapofunga kichupo hiki.
console-passphrase = Kaulisiri ya ufunguo
console-unlock-submit = Fungua
console-unlock-forgot-title = Umesahau kaulisiri yako?
console-unlock-forgot = Unaweza kutengeneza ufunguo mpya. Kisha msimamizi atalazimika kuuongeza kwenye kitengo chako kabla hujaweza kusoma kesi tena.
console-unlock-replace = Tengeneza ufunguo mpya
console-signed-in-as = Umeingia kama
console-nav-label = Sehemu za dashibodi
console-tab-queue = Kesi
console-tab-supervisor = Funguo na wanachama wa kitengo
console-tab-oversight = Kumbukumbu ya ukaguzi
console-tab-me = Akaunti yangu
console-lock = Funga
console-signout = Toka
console-signout-all = Toka kwenye vifaa vyote
console-queue-title = Kesi
console-queue-key-warning = Ufunguo wako bado haumo kwenye seti ya funguo za vitengo hivi. Mwombe msimamizi auongeze; hadi hapo huwezi kusoma kesi zao mpya:
console-filters = Vichujio
console-filter-unit = Kitengo
console-filter-unit-all = Vitengo vyangu vyote
console-filter-status = Hali
console-filter-any = Yoyote
console-filter-urgent = Dharura
console-filter-urgent-only = Za dharura pekee
console-filter-urgent-not = Zisizo za dharura
console-filter-assigned = Amekabidhiwa
console-filter-assigned-me = Mimi
console-filter-assigned-none = Hakuna
console-filter-sort = Panga kwa
console-filter-sort-updated = Shughuli ya karibuni
console-filter-sort-created = Tarehe ya kupokelewa
console-filter-urgent-first = Kesi za dharura kwanza
console-queue-refresh = Onyesha upya
console-queue-empty = Hakuna kesi inayolingana na vichujio hivi.
console-queue-more = Pakia kesi zaidi
console-urgent = Dharura
console-case-back = Rudi kwenye kesi
console-case-title = Kesi
console-case-status = Hali
console-case-unit = Kitengo
console-case-category = Aina
console-case-region = Eneo
console-case-language = Lugha ya mtoa ripoti
console-case-created = Imepokelewa
console-case-assigned = Amekabidhiwa
console-case-history = Historia ya hali
console-case-thread = Ripoti na ujumbe
console-reply-title = Jibu mtoa ripoti
console-reply-hint = Inasimbwa kwa siri kwenye kompyuta hii kwa ajili ya mtoa ripoti na kitengo chako. Mtoa ripoti anaisoma kwa msimbo wake wa ufuatiliaji. Usiulize jina au anwani yake isipokuwa ni lazima.
console-reply-label = Jibu lako
console-reply-submit = Tuma jibu
console-note-title = Dokezo la ndani
console-note-hint = Linasimbwa kwa siri kwa ajili ya kitengo chako pekee. Mtoa ripoti halioni kamwe.
console-note-label = Dokezo
console-note-submit = Hifadhi dokezo
console-status-title = Badilisha hali
console-status-hint = Mtoa ripoti anaona hali na matokeo (lakini si maandishi) katika ziara yake ijayo.
console-status-label = Hali mpya
console-outcome-label = Matokeo
console-outcome-none = Hakuna matokeo
console-status-submit = Hifadhi hali
console-assign-title = Ukabidhi
console-assign-label = Afisa anayehusika
console-assign-submit = Hifadhi ukabidhi
console-supervisor-title = Funguo na wanachama wa kitengo
console-supervisor-intro = Ripoti husimbwa kwa siri kwa kila ufunguo ulio kwenye seti ya sasa ya kitengo. Ongeza ufunguo wa kila afisa mpya, na ubatilishe ufunguo wa yeyote anayeondoka au anayeupoteza.
console-supervisor-unit = Kitengo
console-members-title = Wanachama
console-col-name = Jina
console-col-role = Jukumu
console-col-key = Ufunguo
console-col-in-set = Katika seti ya funguo
console-col-action = Kitendo
console-keys-title = Historia ya funguo
console-keys-intro = Kila ufunguo uliowahi kuwa kwenye seti ya kitengo. Kubatilisha ufunguo kunahusu ripoti mpya; ujumbe wa zamani unabaki umesimbwa kwa ajili yake.
console-keys-set = Toleo la seti ya funguo:
console-col-holder = Mmiliki
console-col-state = Hali
console-col-added = Umeongezwa
console-col-revoked = Umebatilishwa
console-oversight-title = Kumbukumbu ya ukaguzi
console-oversight-intro = Kila ufikiaji wa kesi na kila kitendo cha kiutawala, vipya kwanza. Kumbukumbu imeunganishwa kama mnyororo: mabadiliko yoyote kwenye maingizo ya zamani yanagunduliwa.
console-col-seq = Na.
console-col-time = Saa
console-col-actor = Mtendaji
console-col-audit-action = Kitendo
console-col-subject = Mhusika
console-audit-more = Pakia maingizo ya zamani
console-me-title = Akaunti yangu
console-me-units = Vitengo vyangu
console-me-key = Ufunguo wangu
console-me-key-intro = Ufunguo wako wa umma. Ulinganishe na kile msimamizi wako anachoona kabla hajauongeza.
console-me-sessions = Vipindi
console-me-sessions-intro = Ikiwa uliingia kwenye kompyuta usiyoitumia tena, au unadhani mtu mwingine huenda aliingia, toka kwenye vifaa vyote.

## Officer console (browser messages)

js-console-status-received = Imepokelewa
js-console-status-under_review = Inakaguliwa
js-console-status-action_taken = Hatua imechukuliwa
js-console-status-referred = Imepelekwa
js-console-status-closed = Imefungwa
js-console-outcome-investigation_opened = Uchunguzi umefunguliwa
js-console-outcome-protection_measures = Hatua za ulinzi zimechukuliwa
js-console-outcome-referred_to_partner = Imepelekwa kwa shirika mshirika
js-console-outcome-referred_to_other_authority = Imepelekwa kwa mamlaka nyingine
js-console-outcome-no_offence_identified = Hakuna kosa lililobainika
js-console-outcome-insufficient_information = Taarifa hazitoshi
js-console-outcome-resolved = Imetatuliwa
js-console-category-gbv = Ukatili wa kijinsia
js-console-category-child-protection = Ulinzi wa mtoto
js-console-category-trafficking-smuggling = Usafirishaji haramu wa binadamu na magendo
js-console-category-hate-crime = Uhalifu wa chuki
js-console-category-community-policing = Polisi jamii
js-console-category-police-conduct = Mwenendo wa polisi
js-console-category-unsure = Haijaainishwa (mtoa ripoti hana uhakika)
js-console-role-member = Mwanachama
js-console-role-supervisor = Msimamizi
js-console-key-kind-officer = Afisa
js-console-key-kind-recovery = Ufunguo wa kurejesha
js-console-language-en = Kiingereza
js-console-language-fr = Kifaransa
js-console-language-ar = Kiarabu
js-console-urgent = Dharura
js-console-unread = Ujumbe mpya
js-console-received = Imepokelewa
js-console-updated = imesasishwa
js-console-assigned-to = Amekabidhiwa
js-console-unassigned = Haijakabidhiwa
js-console-none = Hakuna
js-console-yes = Ndiyo
js-console-no = Hapana
js-console-inactive = Haitumiki
js-console-thread-report = Ripoti
js-console-thread-reporter = Ujumbe kutoka kwa mtoa ripoti
js-console-thread-reply = Jibu kwa mtoa ripoti
js-console-thread-note = Dokezo la ndani
js-console-thread-unknown = Ujumbe wa chanzo kisichojulikana
js-console-thread-unreadable = Ujumbe huu hauwezi kufunguliwa kwa ufunguo wako. Huenda ufunguo wako haukuwa bado kwenye seti ya kitengo ulipotumwa.
js-console-thread-invalid = Maudhui ya ujumbe huu hayako katika muundo unaotarajiwa.
js-console-thread-mismatch = Onyo: maudhui ya ujumbe huu hayalingani na mtumaji wake. Yashughulikie kwa tahadhari.
js-console-thread-empty = Hakuna ujumbe.
js-console-thread-some-locked = Baadhi ya ujumbe haukuweza kufunguliwa kwa ufunguo wako.
js-console-field-what = Kilichotokea
js-console-field-when = Lini
js-console-field-where = Wapi
js-console-field-who = Watu wanaohusika
js-console-field-consent = Anakubali kupelekwa kwa shirika la msaada
js-console-field-empty = Haikutolewa
js-console-assign-nobody = Hakuna
js-console-assign-me = Mimi
js-console-assign-saved = Ukabidhi umehifadhiwa.
js-console-status-saved = Hali imehifadhiwa.
js-console-reply-sent = Jibu limetumwa.
js-console-note-saved = Dokezo limehifadhiwa.
js-console-add-to-set = Ongeza kwenye seti ya funguo
js-console-revoke = Batilisha
js-console-revoke-confirm = Thibitisha kubatilisha
js-console-key-active = Unatumika
js-console-key-revoked = Umebatilishwa
js-console-key-in-set = ufunguo wako umo kwenye seti ya funguo
js-console-key-not-in-set = ufunguo wako bado haumo kwenye seti ya funguo
js-console-set-updated = Seti ya funguo imesasishwa. Toleo jipya:
js-console-audit-verified = Mnyororo wa kumbukumbu ya ukaguzi uko kamili.
js-console-audit-broken = Onyo: mnyororo wa kumbukumbu ya ukaguzi umekatika. Ripoti hili kwa chombo cha usimamizi mara moja. Maelezo:
js-console-enrol-qr = Msimbo wa QR wa kuchanganua kwa programu yako ya uthibitishaji
js-console-progress-signin = Inaingia…
js-console-progress-key = Inatengeneza na kufunga ufunguo wako. Inachukua sekunde chache…
js-console-progress-unlock = Inafungua ufunguo wako. Inachukua sekunde chache…
js-console-progress-loading = Inapakia…
js-console-progress-decrypting = Inapakia na kufungua kesi…
js-console-progress-sending = Inasimba kwa siri na kutuma…
js-console-progress-saving = Inahifadhi…
js-console-signed-out = Umetoka.
js-console-signed-out-all = Umetoka kwenye vifaa vyote.
js-console-signed-out-locally = Seva haikuweza kufikiwa ili kumaliza kipindi chako. Kila kitu kimeondolewa kwenye ukurasa huu; toka tena baadaye, au toka kwenye vifaa vyote.
js-console-locked = Dashibodi imefungwa. Weka kaulisiri yako ili kuendelea.
js-console-locked-idle = Dashibodi ilifungwa baada ya muda bila shughuli.
js-console-error-generic = Kuna kitu kimeharibika. Tafadhali jaribu tena.
js-console-error-network = Seva haifikiki. Angalia muunganisho wako na ujaribu tena.
js-console-error-invalid_credentials = Jina la mtumiaji, nenosiri au msimbo haukukubaliwa.
js-console-error-totp_required = Weka msimbo wa tarakimu 6 kutoka kwa programu yako ya uthibitishaji.
js-console-error-totp_replayed = Msimbo huu umeshatumika. Subiri msimbo unaofuata kwenye programu yako, kisha ujaribu tena.
js-console-error-totp_format = Msimbo lazima uwe na tarakimu 6.
js-console-error-enrol_code = Msimbo huu haukukubaliwa. Hakikisha saa ya simu yako ni sahihi, kisha weka msimbo wa sasa.
js-console-error-officer_disabled = Akaunti hii imezimwa. Wasiliana na msimamizi wa mfumo.
js-console-error-too_many_attempts = Majaribio mengi mno kutoka kifaa au mtandao huu. Subiri muda ulioonyeshwa, kisha ujaribu tena.
js-console-error-session_expired = Kipindi chako kimeisha. Ingia tena.
js-console-error-csrf_failed = Ombi limekataliwa kwa sababu za usalama. Pakia ukurasa upya na ujaribu tena.
js-console-error-forbidden = Huna ruhusa ya kufanya hivi.
js-console-error-not_found = Kesi hii haipo au si ya vitengo vyako.
js-console-error-no_key = Mwanachama huyu bado hajatengeneza ufunguo.
js-console-error-keys_changed = Seti ya funguo za kitengo ilibadilika ulipokuwa ukiandika. Tafadhali tuma tena.
js-console-error-thread_full = Kesi hii imefikia idadi ya juu ya ujumbe.
js-console-error-too_long = Maandishi ni marefu mno. Tafadhali yafupishe.
js-console-error-no_unit_keys = Kitengo hiki hakina funguo zinazotumika: hakuna kinachoweza kusimbwa kwa siri kwa ajili yake.
js-console-error-no_reply_recipient = Kesi hii haina ufunguo wa majibu: mtoa ripoti hawezi kupokea majibu.
js-console-error-unavailable = Huduma ina shughuli nyingi au haipatikani. Hakuna kilichohifadhiwa; jaribu tena baada ya muda mfupi.
js-console-error-unsure_sent = Muunganisho ulikatika wakati wa kutuma. Angalia ujumbe ulio hapa chini kabla ya kutuma tena: huenda ulihifadhiwa.
js-console-error-passphrase_too_short = Kaulisiri lazima iwe na angalau herufi 12.
js-console-error-passphrase_mismatch = Kaulisiri hizo mbili hazifanani.
js-console-error-wrong_passphrase = Kaulisiri si sahihi.
js-console-error-key_malformed = Ufunguo wako uliohifadhiwa umeharibika. Tengeneza ufunguo mpya.
js-console-error-key_mismatch = Ufunguo uliohifadhiwa haulingani na ufunguo wako wa umma uliosajiliwa. Tengeneza ufunguo mpya na umjulishe msimamizi wako.
js-console-error-crypto = Kivinjari hiki hakiwezi kuendesha usimbaji wa siri wa dashibodi. Tumia kivinjari kilichosasishwa.

## Officer console: referral, transfer, re-key, notifications (page)

console-case-consent = Ridhaa ya kupelekwa
console-case-referrals = Rufaa
console-refer-title = Peleka kwa shirika mshirika
console-refer-hint = Nakala inasimbwa kwa siri kwenye kompyuta hii kwa ajili ya funguo za mshirika pekee: kitengo chako wala mtoa ripoti hawawezi kuifungua. Shiriki tu kile mshirika anachohitaji. Mtoa ripoti ataona hali Imepelekwa.
console-refer-no-consent = Mtoa ripoti hakukubali kupelekwa kwa shirika la msaada. Rufaa haiwezi kufanywa.
console-refer-partner = Shirika mshirika
console-refer-text = Ujumbe kwa mshirika
console-refer-text-hint = Kile mshirika anachohitaji kujua ili kusaidia, na jinsi mtu huyo anavyoweza kufikiwa ikiwa alikubali.
console-refer-include-report = Jumuisha ripoti kama mtoa ripoti alivyoiandika
console-refer-submit = Tuma rufaa
console-transfer-title = Hamisha kwa kitengo kingine
console-transfer-hint = Kesi nzima inasimbwa upya kwenye kompyuta hii kwa ajili ya kitengo kingine. Kitengo chako kinapoteza ufikiaji mara moja, na ukabidhi unafutwa. Ufuatiliaji wa mtoa ripoti unaendelea kufanya kazi.
console-transfer-unit = Kitengo kinachopokea
console-transfer-submit = Hamisha kesi
console-rekey-title = Simba upya kesi za zamani
console-rekey-intro = Baada ya ufunguo kuongezwa au kubatilishwa kwenye seti, kesi zilizo wazi bado zimesimbwa kwa seti ya awali. Kuzisimba upya kwenye kompyuta hii kunawaruhusu wanachama wapya kuzisoma na kuzuia funguo zilizobatilishwa kufungua nakala zilizohifadhiwa. Nakala zilizochukuliwa awali haziathiriwi.
console-rekey-remaining = Kesi zilizo wazi ambazo bado zimesimbwa kwa seti ya funguo ya awali:
console-rekey-start = Simba upya sasa
console-notify-title = Arifa
console-notify-intro = Barua pepe kutoka kwa dashibodi kamwe hazisemi chochote kuhusu ripoti: hakuna namba, aina, eneo wala saa. Ripoti za dharura zinaarifiwa mara moja isipokuwa arifa zimezimwa.
console-notify-mode = Niarifu
console-notify-each = Kila tukio jipya katika vitengo vyangu
console-notify-digest = Kwa muhtasari wa kila siku
console-notify-off = Kamwe
console-notify-email = Anwani ya barua pepe
console-notify-email-hint = Ikiwezekana anwani ya kazini. Haihitajiki ikiwa arifa zimezimwa.
console-notify-submit = Hifadhi mapendeleo yangu

## Officer console: referral, transfer, re-key, notifications (browser messages)

js-console-consent-yes = Mtoa ripoti alikubali kupelekwa kwa shirika la msaada
js-console-consent-no = Hakuna ridhaa ya kupelekwa
js-console-transfer-submit = Hamisha kesi
js-console-transfer-confirm = Thibitisha uhamisho
js-console-transfer-done = Kesi imehamishiwa:
js-console-progress-reencrypting = Inasimba upya kesi kwenye kompyuta hii…
js-console-refer-done = Rufaa imetumwa.
js-console-rekey-progress = Inasimba upya kesi
js-console-rekey-done = Kesi zilizosimbwa upya:
js-console-rekey-skipped = kesi zilizorukwa (sababu ya kila moja imeorodheshwa hapa chini):
js-console-notify-saved = Mapendeleo yako yamehifadhiwa.
js-console-error-thread_changed = Kesi ilibadilika ulipokuwa ukiifanyia kazi. Jaribu tena.
js-console-error-undecryptable = Baadhi ya ujumbe wa kesi hii hauwezi kufunguliwa kwa ufunguo wako, kwa hiyo haiwezi kusimbwa upya. Mwenzako ambaye ufunguo wake unaufungua anaweza kufanya hivyo.
js-console-error-no_consent = Mtoa ripoti hakukubali rufaa.
js-console-error-unknown_partner = Shirika mshirika hili halipatikani.
js-console-error-unknown_unit = Kitengo hiki hakipatikani.
js-console-error-not_a_member = Afisa huyu si mwanachama wa kitengo.
js-console-error-cannot_revoke = Ufunguo huu hauwezi kubatilishwa sasa: kitengo lazima kibaki na angalau ufunguo mmoja unaotumika.
js-console-error-invalid_email = Weka anwani sahihi ya barua pepe, au chagua kutoarifiwa.
js-console-error-invalid_query = Vichujio hivi haviwezi kutumika pamoja. Vibadilishe na ujaribu tena.

## Officer console: security key (passkey) and attachments

console-unlock-passkey-intro = Unaweka nakala ya ufunguo wako kwenye ufunguo wa usalama au passkey. Itumie kufungua.
console-unlock-passkey = Fungua kwa ufunguo wa usalama
console-unlock-or-passphrase = Au fungua kwa kaulisiri yako:
console-passkey-title = Ufunguo wa usalama au passkey
console-passkey-intro = Unaweza pia kufungua ufunguo wako kwa ufunguo wa usalama au passkey kwenye kifaa hiki, badala ya kuandika kaulisiri yako. Kaulisiri yako inaendelea kufanya kazi: ndiyo njia ya kurudi ikiwa ufunguo wa usalama utapotea.
console-passkey-add = Ongeza ufunguo wa usalama au passkey
console-passkey-remove = Ondoa ufunguo wa usalama
console-passkey-hint = Kivinjari chako kitakuomba uguse ufunguo wa usalama au uthibitishe kwa kifaa hiki hadi mara tatu: kuuunda, kufunga nakala ya ufunguo wako kwa huo, na kukagua nakala hiyo.
js-console-passkey-state-on = Ufunguo wa usalama unaweza kufungua ufunguo wako.
js-console-passkey-state-off = Bado hakuna ufunguo wa usalama: unafungua kwa kaulisiri yako.
js-console-passkey-remove = Ondoa ufunguo wa usalama
js-console-passkey-remove-confirm = Thibitisha kuondoa
js-console-passkey-progress-add = Fuata maelekezo ya kivinjari chako: gusa ufunguo wa usalama au thibitisha kwenye kifaa hiki…
js-console-passkey-progress-unlock = Gusa ufunguo wako wa usalama au thibitisha kwenye kifaa hiki…
js-console-passkey-added = Ufunguo wa usalama umeongezwa. Wakati ujao unaweza kufungua kwa huo.
js-console-passkey-removed = Ufunguo wa usalama umeondolewa. Kuanzia sasa fungua kwa kaulisiri yako.
js-console-passkey-error-unsupported = Kivinjari hiki hakiwezi kutumia ufunguo wa usalama hapa. Tumia kaulisiri yako.
js-console-passkey-error-no_prf = Ufunguo huu wa usalama au kivinjari hiki hakiwezi kulinda ufunguo (hakina kipengele cha PRF). Tumia kaulisiri yako, au jaribu ufunguo mwingine wa usalama au kivinjari kilichosasishwa.
js-console-passkey-error-cancelled = Ufunguo wa usalama haukutumika (ulighairiwa au muda uliisha). Hakuna kilichobadilika; jaribu tena au tumia kaulisiri yako.
js-console-passkey-error-exists = Ufunguo huu wa usalama tayari umesajiliwa. Tumia mwingine, au ondoa kwanza usajili wa zamani.
js-console-passkey-error-wrong_key = Huu si ufunguo wa usalama unaoshikilia ufunguo wako. Jaribu mwingine, au tumia kaulisiri yako.
js-console-passkey-error-failed = Ufunguo wa usalama haukufanya kazi. Hakuna kilichobadilika; jaribu tena au tumia kaulisiri yako.
js-console-passkey-error-no_key = Kwanza tengeneza ufunguo wako kwa kaulisiri.
js-console-passkey-error-verify = Nakala iliyotengenezwa kwa ufunguo wa usalama haikuweza kukaguliwa, kwa hiyo haikuhifadhiwa. Jaribu tena.
js-console-attachments-title = Viambatisho:
js-console-attachments-mismatch = Onyo: idadi ya viambatisho hailingani na kile ujumbe wa mtoa ripoti unachoeleza.
js-console-attachment-kind-photo = Picha
js-console-attachment-kind-document = Hati
js-console-attachment-kind-voice = Rekodi ya sauti
js-console-attachment-kind-other = Faili
js-console-attachment-encrypted-size = ukubwa uliosimbwa
js-console-attachment-metadata-removed = Data za mahali na kamera ziliondolewa kwenye kifaa cha mtoa ripoti.
js-console-attachment-metadata-kept = Mtoa ripoti aliweka data za mahali na kamera kama ushahidi: kuwa mwangalifu kabla ya kushiriki picha hii.
js-console-attachment-locked = Kiambatisho hiki hakiwezi kufunguliwa kwa ufunguo wako.
js-console-attachment-download = Pakua
js-console-attachment-play = Cheza rekodi
js-console-attachment-progress = Inafungua kiambatisho…
js-console-attachment-saved = Kimefunguliwa na kukaguliwa. Kimehifadhiwa kama:
js-console-attachment-error-undecryptable = Kiambatisho hiki hakiwezi kufunguliwa kwa ufunguo wako.
js-console-attachment-error-undescribed = Ujumbe wa mtoa ripoti haukielezi kiambatisho hiki, kwa hiyo hakiwezi kukaguliwa. Hakikuhifadhiwa.
js-console-attachment-error-size = Kiambatisho hiki ni kifupi kuliko kilivyoelezwa: huenda kilikatwa. Hakikuhifadhiwa.
js-console-attachment-error-sha256_mismatch = Onyo: kiambatisho hiki hakilingani na alama ya kidole (fingerprint) iliyo kwenye ujumbe wa mtoa ripoti. Huenda kilibadilishwa. Hakikuhifadhiwa.
js-console-rekey-items = ujumbe na viambatisho

## Files, voice messages and the "before you send" reminder (report and follow-up pages)

attach-legend = Picha, hati au ujumbe wa sauti
attach-hint = Unaweza kuongeza picha, hati au ujumbe wa sauti. Zinafungwa (zinasimbwa kwa siri) kama maandishi yako. Maelezo yaliyofichwa yanayoonyesha mahali picha ilipopigwa yanaondolewa kwanza.
attach-add-photo = Ongeza picha
attach-add-file = Ongeza hati
attach-record-voice = Rekodi ujumbe wa sauti
attach-list-label = Faili ulizoongeza
voice-recording = Inarekodi
voice-stop = Acha kurekodi
identify-title = Kabla ya kutuma: hii inaweza kuonyesha wewe ni nani
identify-body = Maandishi yako yanaonekana kuwa na taarifa zilizoorodheshwa hapo juu. Ni sawa ikiwa unataka kitengo kiwe nazo: ni kitengo pekee kinachoweza kusoma ripoti yako. Ikiwa hazihitajiki, au zinaweza kukuweka wewe au mtu mwingine hatarini, rudi nyuma uziondoe.
identify-edit = Rudi nyuma uhariri
identify-send = Tuma hata hivyo

## Files, voice messages and the "before you send" reminder (browser messages)

js-unit-kb = KB
js-unit-mb = MB
js-attach-kind-photo = Picha
js-attach-kind-document = Hati
js-attach-kind-voice = Ujumbe wa sauti
js-attach-remove = Ondoa
js-attach-cleaned = Maelezo yaliyofichwa (mahali, saa, aina ya simu) yameondolewa kwenye picha hii.
js-attach-kept = Picha hii itatumwa pamoja na maelezo yake yaliyofichwa (mahali, saa, aina ya simu).
js-attach-keep-details = Weka maelezo ya mahali na kamera kama ushahidi
js-attach-keep-details-hint = Ikiwa tu polisi wanapaswa kuona picha ilipigwa wapi na lini. Maelezo haya yanaweza pia kuonyesha ulikuwa wapi na unatumia simu gani.
js-attach-uncleanable = Hatuwezi kuondoa maelezo yaliyofichwa (kama mahali ilipopigwa) kwenye aina hii ya picha. Itatumwa kama hati, jinsi ilivyo. Iondoe ikiwa hilo linaweza kukuweka hatarini.
js-attach-document-as-is = Faili hii itatumwa jinsi ilivyo. Hati na video zinaweza kuwa na maelezo yaliyofichwa, kama jina au mahali. Iondoe ikiwa hilo linaweza kukuweka hatarini.
js-attach-send-as-photo = Hii ni picha: itume kama picha, pamoja na maelezo yake
js-attach-error-too-many = Huwezi kuongeza faili zaidi. Kiwango cha juu unachoweza kutuma kwa mara moja:
js-attach-error-too-large = Faili hii ni kubwa mno. Faili kubwa zaidi unayoweza kutuma:
js-attach-error-total = Faili hizi ni kubwa mno kwa pamoja. Kiwango cha juu unachoweza kutuma kwa mara moja:
js-attach-error-read = Faili hii haikuweza kusomwa. Jaribu nyingine.
js-voice-recording = Inarekodi… Bonyeza «Acha kurekodi» ukimaliza.
js-voice-done = Ujumbe wako wa sauti uko tayari. Unaweza kuusikiliza kabla ya kutuma.
js-voice-denied = Maikrofoni haikuweza kutumika. Unaweza kuandika badala yake, au kuruhusu maikrofoni katika mipangilio ya kivinjari chako.
js-voice-preview = Sikiliza ujumbe wako wa sauti
js-voice-rerecord = Rekodi tena
js-progress-encrypting-files = Inafunga (inasimba kwa siri) faili zako…
js-error-too-many-attachments = Faili ni nyingi mno. Ondoa baadhi na ujaribu tena.
js-error-attachment-too-large = Mojawapo ya faili ni kubwa mno. Iondoe au uchague ndogo zaidi.
js-error-attachments-too-large = Faili ni kubwa mno kwa pamoja. Ondoa baadhi na ujaribu tena.
js-identify-phone = nambari ya simu
js-identify-email = anwani ya barua pepe
js-identify-id = kitambulisho, pasipoti au nambari nyingine ndefu
js-identify-iban = nambari ya akaunti ya benki (IBAN)
js-identify-address = anwani ya mtaa
js-thread-files = Faili:
js-message-empty = Andika ujumbe au ongeza faili.

## Guided questions, emergency numbers and simpler words (home and report pages)

home-simple-link = Maneno rahisi zaidi (kwa watoto na vijana)
simple-toggle-on = Maneno rahisi zaidi
simple-toggle-off = Maneno ya kawaida
emergency-title = Nambari za kupiga sasa
emergency-hint = Simu hizi ni bure. Piga mojawapo ikiwa mtu yuko hatarini: tovuti hii haiwezi kutuma msaada papo hapo.
field-child-label = Mtoto anahusika
field-child-hint = Weka alama hapa ikiwa mtu aliye chini ya miaka 18 aliumizwa, aliona likitokea au yuko hatarini. Kitengo kitakuwa makini zaidi.
field-contact-label = Kitengo kinaweza kuwasiliana nami
field-contact-hint = Ikiwa tu unataka. Usipoweka alama, kitengo kitajibu kupitia msimbo wako wa ufuatiliaji pekee.
field-contact-how-label = Ni vipi na lini ni salama kuwasiliana nawe?
field-contact-how-hint = Kwa mfano: nambari ya simu na saa ambazo uko peke yako, au mtu unayemwamini.
field-contact-caution = Njia salama zaidi ni kusoma majibu ya kitengo kwa msimbo wako wa ufuatiliaji. Simu au ujumbe unaweza kuonwa au kusikiwa na mtu mwingine.
js-emergency-shown = Nambari za kupiga sasa zinaonyeshwa chini ya swali hili.

## Simpler words for children and young people (report page, ?simple=1)

report-intro-simple = Tueleze tu kile unachotaka kusema. Unaweza kuandika kwa lugha yoyote. Hutapata matatizo kwa sababu ya hili.
field-what-label-simple = Nini kilitokea?
field-what-hint-simple = Kiandike kwa maneno yako. Kifupi ni sawa.
field-when-label-simple = Kilitokea lini?
field-when-hint-simple = Kwa mfano: leo, jana usiku, wiki iliyopita. Unaweza kukisia.
field-where-label-simple = Kilitokea wapi?
field-where-hint-simple = Kwa mfano: nyumbani, shuleni, mtaani, kambini.
field-who-label-simple = Nani alifanya hivyo, au nani alikuwepo?
field-who-hint-simple = Unaweza kuandika majina, au jinsi watu hao wanavyoonekana.
field-region-label-simple = Eneo
field-region-hint-simple = Hili hutusaidia kupata timu sahihi. Si lazima uchague.
field-urgent-label-simple = Mtu yuko hatarini sasa
field-urgent-hint-simple = Ikiwa mtu anaweza kuumizwa sasa, piga mojawapo ya nambari zitakazoonekana hapa. Tovuti hii haiwezi kutuma msaada papo hapo.
field-child-label-simple = Kuna mtoto katika hili
field-child-hint-simple = Weka alama hapa ikiwa ni kuhusu wewe au mtoto mwingine (chini ya miaka 18).
field-contact-label-simple = Mnaweza kuwasiliana nami
field-contact-hint-simple = Ikiwa tu unataka. Kama sivyo, unaweza kusoma jibu letu kwa msimbo wako wa siri.
field-contact-how-label-simple = Ni vipi na lini ni salama kukufikia?
field-contact-how-hint-simple = Kwa mfano: nambari ya simu na wakati uko peke yako, au mtu mzima unayemwamini.
field-contact-caution-simple = Kusoma jibu letu kwa msimbo wako wa siri ndiyo njia salama zaidi. Mtu mwingine anaweza kuona simu au ujumbe.
field-referral-label-simple = Mnaweza kuwaomba watu ambao kazi yao ni kusaidia (mahali salama pa kukaa, daktari, mwanasheria) wanisaidie
field-referral-hint-simple = Unaweza kukataa. Unaweza pia kuomba msaada baadaye.

# Console: guided answers of a report
js-console-field-child = Mtoto anahusika
js-console-field-contact = Kitengo kinaweza kuwasiliana naye

# Receipt: the code as a small file
receipt-save = Hifadhi kama faili
js-saved-file = Imehifadhiwa kama «note.txt». Iweke mahali ambapo hakuna mtu mwingine anaangalia, au ifute baada ya kuandika msimbo.
receipt-save-hint = Faili iliyohifadhiwa inabaki kwenye simu hii na kwenye orodha ya vipakuliwa vya kivinjari: futa vyote viwili usipovihitaji tena.
js-console-error-key_changed = Ufunguo wako ulibadilishwa kwenye dirisha jingine. Fungua tena, kisha ongeza tena ufunguo wa usalama.

# Transfer and re-key: the earlier copies are kept until a supervisor checks
console-reencryption-title = Imesimbwa upya: inasubiri ukaguzi wa msimamizi
console-reencryption-hint = Kompyuta hii wala seva haziwezi kujua kama nakala mpya ziko salama. Hadi msimamizi akague kwamba kila moja inafunguka, nakala za awali zinahifadhiwa na zinaweza kurejeshwa. Mtu asipokagua, zinafutwa tarehe iliyoonyeshwa.
console-reencryption-confirm = Kagua na uthibitishe
console-reencryption-restore = Rejesha nakala za awali
console-reencryption-supervisors = Wasimamizi wa kitengo pekee ndio wanaoweza kuhamisha au kusimba upya kesi, na kuthibitisha au kutengua.
console-rekey-unconfirmed = Kesi zilizosimbwa upya zinazosubiri ukaguzi:
console-rekey-check = Zikague na uzithibitishe
js-console-reencryption-by = Imesimbwa upya na
js-console-reencryption-from = kutoka
js-console-reencryption-until = nakala za awali zinahifadhiwa hadi
js-console-reencryption-restore = Rejesha nakala za awali
js-console-reencryption-restore-confirm = Thibitisha: rejesha nakala za awali
js-console-reencryption-confirmed = Imekaguliwa: kila nakala inafunguka. Nakala za awali zimefutwa.
js-console-reencryption-shut = Baadhi ya nakala hazifunguki kwa ufunguo wako. Rejesha nakala za awali, au mwombe mwenzako ambaye ufunguo wake unazifungua akague.
js-console-reencryption-restored = Nakala za awali zimerudi.
js-console-progress-checking = Inakagua kwamba kila nakala inafunguka…
js-console-rekey-checked = Kesi zilizokaguliwa na kuthibitishwa:
js-console-rekey-check-skipped = kesi ambazo hazijathibitishwa:
js-console-error-reencryption_pending = Usimbaji upya wa mwisho wa kesi hii bado haujakaguliwa. Kwanza fungua kesi na uuthibitishe au urejeshe.
js-console-error-not_pending = Hakuna tena kinachosubiri ukaguzi katika kesi hii.
js-console-error-added_since_transfer = Ujumbe uliongezwa baada ya uhamisho; haungefunguka katika kitengo cha awali, kwa hiyo nakala za awali haziwezi kurejeshwa. Badala yake thibitisha nakala mpya; kisha kesi inaweza kuhamishwa kurudi.

# Alama za ujumbe taka au matumizi mabaya, na kesi ambazo maudhui yake yamefutwa.
console-case-purged = Ripoti, ujumbe na faili za kesi hii zilifutwa muda wake wa kuhifadhiwa ulipoisha. Ni rekodi yake tu iliyobaki: historia ya hali na maingizo ya kumbukumbu ya ukaguzi. Ilifutwa:
console-reencryption-not-restorable = Ujumbe uliongezwa baada ya uhamisho, kwa hiyo nakala za awali haziwezi kurejeshwa tena. Kagua kwamba nakala mpya zinafunguka kisha uzithibitishe.
console-flag-title = Ujumbe taka au matumizi mabaya
console-flag-hint = Kesi iliyowekwa alama ya ujumbe taka au matumizi mabaya inafungwa. Mtoa ripoti bado anaweza kuisoma kwa msimbo wake wa ufuatiliaji lakini hawezi kuandika tena, na kesi inafutwa mapema kuliko kesi nyingine. Kuifungua kesi tena kunaondoa alama.
console-flag-supervisors = Wasimamizi wa kitengo pekee ndio wanaoweza kuweka alama ya ujumbe taka au matumizi mabaya kwenye kesi, au kuiondoa.
console-flag-kind = Weka alama kama
console-flag-spam = Ujumbe taka (spam)
console-flag-abuse = Matumizi mabaya ya huduma
console-flag-submit = Weka alama kwenye kesi
js-console-flag-submit = Weka alama kwenye kesi
js-console-flag-confirm = Thibitisha: funga kesi na uiwekee alama
js-console-flag-remove = Ondoa alama
js-console-flag-current = Imewekwa alama:
js-console-flag-purge-after = itafutwa baada ya
js-console-flag-saved = Kesi imewekwa alama na imefungwa. Mtoa ripoti hawezi tena kuiandikia.
js-console-flag-removed = Alama imeondolewa. Kesi inabaki imefungwa hadi mtu aifungue tena.
js-console-flag-spam = Ujumbe taka
js-console-flag-abuse = Matumizi mabaya
js-console-error-check_failed = Angalau kipengee kimoja (ujumbe au faili) cha kesi hii hakifunguki kwa ufunguo wako, kwa hiyo kesi haikuthibitishwa. Mwenzako ambaye ufunguo wake unakifungua anaweza kukikagua, au msimamizi anaweza kurejesha nakala za awali kutoka kwenye kesi.
js-console-error-case_purged = Maudhui ya kesi hii yamefutwa; ni rekodi yake tu iliyobaki.
