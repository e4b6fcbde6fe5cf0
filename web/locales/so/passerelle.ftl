# Passerelle — public pages, Soomaali.
# Plain messages only (no variables or selectors): the server looks them up by id.
# Ids starting with "js-" are also sent to the browser code in the page data.

lang-name = Soomaali
site-name = Passerelle

## Layout

quick-exit = Ka bax degdeg
quick-exit-hint = Ama riix furaha Shift 3 jeer
skip-link = U gudub qoraalka ugu muhiimsan
lang-switch-label = Luqadda
footer-nav-label = Bogagga goobta
nav-home = Bogga hore
nav-follow-up = La soco warbixin
nav-safety = Ku ammaan ahow internetka
footer-firewall = Weligeed warbixinada lama siiyo hay'adaha socdaalka (immigration).
footer-no-tracking = Goobtan ma isticmaasho cookies ama wax lagu raad-raaco.
noscript-title = Boggan wuxuu u baahan yahay JavaScript.
noscript-body = Warbixintaada waxaa lagu quflaa (la sir-gareeyaa) taleefankaaga ka hor inta aan la dirin, taasna waxay u baahan tahay JavaScript. La'aanteed waxba lama diri karo. Tor Browser-ka ku dooro heerka ammaanka «Caadi» (Standard), kadibna mar kale fur boggan.

## Notes repeated on several pages

note-emergency = Haddii adiga ama qof kale aad hadda khatar ku jirtaan, wac lambarka gurmadka degdegga ah (112 gudaha Yurub). Warbixinada goobtan isla markiiba lama akhriyo.
note-encrypted = Waxa aad qorto waxaa lagu quflaa (la sir-gareeyaa) taleefankaaga ka hor inta aan la dirin. Kaliya qaybta booliska ee ka shaqaynaysa ayaa furi karta. Annagu ma akhrin karno.
note-no-name = Ma weydiinno magacaaga, cinwaankaaga ama dukumentiyadaada. Uma baahnid inaad qorto.
note-firewall = Warbixintaada lama siiyo hay'adaha socdaalka (immigration). Waad soo sheegi kartaa xitaa haddii aadan haysan dukumenti.

## Home page

home-title = Si ammaan ah u soo sheeg dembi
home-intro = U sheeg qayb ilaalineed oo booliska ah waxa kugu dhacay adiga ama qof kale. Waa lacag la'aan, waxaadna ku sii jiri kartaa qarsoodi, magac la'aan.
home-choose = Maxay ku saabsan tahay?
home-how-title = Sida ay u shaqayso
home-how-1 = Dooro waxa ay ku saabsan tahay.
home-how-2 = Qor waxa dhacay, erayadaada iyo luqad kasta. Kaliya waxa aad rabto inaad sheegto.
home-how-3 = Waxaad heli doontaa koodh la-socod. Meel ammaan ah ku hay: wuxuu kuu oggolaanayaa inaad akhrido jawaabta qaybta oo aad dirto macluumaad dheeraad ah.
home-follow-up-title = Horay ma u dirtay warbixin?
home-follow-up-text = Isticmaal koodhkaaga la-socodka si aad u ogaato waxa ka dhacay warbixintaada oo aad u akhrido fariimaha qaybta.
home-follow-up-link = La soco warbixintayda
home-safety-link = Sida aad ammaan ugu ahaan karto marka aad isticmaalayso goobtan

## Categories

category-gbv = Rabshad ka dhan ah haweenka, xadgudub galmo ama rabshad guri
category-gbv-desc = Kufsi, faradhaaf galmo, rabshad guriga ka dhacda ama lammaanaha ka timaadda, guur qasab ah, hanjabaad.
category-child-protection = Ilmo khatar ku jira
category-child-protection-desc = Ilmo la dhaawacay, la xadgudbay, laga faa'iidaysanayo, kaligii ah ama lumay.
category-trafficking-smuggling = Ka ganacsiga dadka, tahriibinta, shaqo qasab ah
category-trafficking-smuggling-desc = Qof lagu qasbay inuu shaqeeyo ama galmo sameeyo, lagu hayo ka soo horjeed rabitaankiisa, ama khatar kula jira mukhalasiin (tahriibiyayaal).
category-hate-crime = Midab-takoor, nacayb, weeraro sababtoo ah qofka aad tahay
category-hate-crime-desc = Caay, hanjabaad ama weerar sababtoo ah asalkaaga, diintaada, midabkaaga, jinsigaaga ama dabeecaddaada galmo.
category-community-policing = Dembi kale ama dhibaato kale
category-community-policing-desc = Xatooyo, hanjabaad, rabshad ama khatar xaafaddaada ah.
category-police-conduct = Cabasho ku saabsan booliska
category-police-conduct-desc = Sarkaal boolis ah ayaa si xun ama si aan caddaalad ahayn kuula dhaqmay. Tani waxay u socotaa hay'ad kormeer oo madax-bannaan, ee uma socoto booliska sameeyay.
category-unsure = Ma hubo
category-unsure-desc = Noo sheeg waxa dhacay. Koox ayaa u diri doonta qaybta saxda ah.

## Report page

report-eyebrow = Warbixin cusub
report-intro = Buuxi kaliya waxa aad rabto. Waxaad ku qori kartaa luqad kasta.
field-optional = (ikhtiyaari)
field-what-label = Maxaa dhacay?
field-what-hint = Ku sheeg erayadaada.
field-when-label = Goorma ayay dhacday?
field-when-hint = Taariikh ama waqti, xitaa qiyaas ahaan. Tusaale: xalay, bishii Maarso.
field-where-label = Halkee ayay ka dhacday?
field-where-hint = Magaalo, waddo, xero, meel aad taqaanno.
field-who-label = Yaa ku lug leh?
field-who-hint = Haddii aad karto, sharax dadka: muuqaalkooda, magacyo, lambarro taleefan, gaadiid.
field-region-label = Deegaan
field-region-hint = Tani waxay caawisaa in warbixintaada loo diro kooxda saxda ah. Deegaanka lama sir-gareeyo.
field-region-none = Doorbidi maayo inaan sheego
field-urgent-label = Qof ayaa hadda khatar ku jira
field-urgent-hint = Haddii qof ku jiro khatar degdeg ah, sidoo kale wac lambarka gurmadka degdegga ah (112 gudaha Yurub). Goobtani isla markiiba ma soo diri karto caawimo.
field-referral-label = Waan oggolahay in qaybtu warbixintayda u gudbiso hay'ad taageero (hoy, caawimo sharci, caafimaad) haddii aan rabo caawimo
field-referral-hint = Waad diidi kartaa. Sidoo kale hadhow fariin ku codsan kartaa caawimo.
report-metadata-note = Server-ku wuxuu arkaa kaliya nooca warbixinta, deegaanka haddii aad mid dooratay, luqadda bogga, in ay degdeg tahay iyo in aad oggolaatay in laguu gudbiyo hay'ad taageero. Ma akhrin karo waxa aad qorto.
report-submit = Si ammaan ah u dir warbixintayda

## Receipt after sending

receipt-title = Warbixintaada waa la diray
receipt-case-label = Lambarka kiiska:
receipt-code-label = Koodhkaaga la-socodka
receipt-code-warning = Hadda qor koodhkan ama meel ammaan ah ku hay. Hal mar kaliya ayaa la tusayaa. Haddii aad lumiso, cidna kuuma soo celin karto: annaga iyo booliskaba.
receipt-code-use = Koodhkan waxaad ku akhrin kartaa jawaabaha qaybta oo aad ku diri kartaa macluumaad dheeraad ah. Qof kasta oo haysta koodhka wuu akhrin karaa jawaabaha, markaa qarsoodi ku hay.
receipt-copy = Koobiyee koodhka
receipt-print = Daabac
receipt-copy-hint = Haddii aad koobiyeyso koodhka, barnaamijyada kale ee taleefankan ayaa arki kara. Warqad aad qarin karto ayaa laga yaabaa inay ammaan badan tahay.
receipt-next-title = Maxaa xiga
receipt-next = Qaybtu way akhrin doontaa warbixintaada. Dhowr maalmood kadib ku soo noqo koodhkaaga si aad u aragto jawaabtooda.
receipt-follow-up-link = Tag bogga la-socodka

## Follow-up page

follow-up-title = La soco warbixintaada
follow-up-intro = Geli koodhkaaga la-socodka. Koodhku wuxuu ku harayaa taleefankan: waxaa la diraa kaliya fure laga sameeyay.
follow-up-code-label = Koodhka la-socodka (28 lambar)
follow-up-code-hint = Meelaha bannaan iyo xarriiqyadu muhiim ma aha. Lambarrada waxaad u qori kartaa sida 123 ama ١٢٣.
follow-up-open = Fur warbixintayda
follow-up-lost = Koodhkaaga ma lumisay? Cidna kuuma soo celin karto, sababtoo ah kaliya adiga ayaa haysta. Waxaad diri kartaa warbixin cusub.
follow-up-case-title = Warbixintaada
follow-up-case-label = Lambarka kiiska
follow-up-status-label = Xaaladda
follow-up-history-title = Waxa dhacay ilaa hadda
follow-up-thread-title = Fariimaha
follow-up-thread-note = Fariimahaaga waxaa loo quflay qaybta kaliya, markaa halkan mar kale kuma akhrin kartid.
follow-up-closed = Kiiskan waa la xiray, mana aqbalayo fariimo kale.
follow-up-message-label = U qor qaybta
follow-up-message-hint = Ku dar macluumaad ama ka jawaab su'aal. Fariintaada waa la quflaa (la sir-gareeyaa) sida warbixintaada oo kale.
follow-up-send = Dir fariinta
follow-up-forget = Ka illow koodhkan boggan

## Safety page

safety-title = Ammaan ahow marka aad isticmaalayso goobtan
safety-intro = Qof isticmaala taleefankaaga ama kombiyuutarkaaga ayaa arki kara inaad timid goobtan. Waa kan sida loo yareeyo khatartaas.
safety-exit-title = Badhanka Ka bax degdeg
safety-exit-text = Bog kasta korkiisa waxaa ku yaal badhanka Ka bax degdeg. Riix, ama riix furaha Shift 3 jeer, goobtanna way xirmaysaa oo goob caadi ah ayaa furmaysa.
safety-exit-warning = Ka bax degdeg ma tirtirto taariikhda. Qof ayaa weli goobtan ku arki kara taariikhda browser-kaaga.
safety-history-title = Tirtir taariikhda browser-ka
safety-history-text = Browser-yada badankood: fur liiska (⋮ ama ☰), kadib History (taariikhda), kadib Clear browsing data (tirtir xogta).
safety-history-partial = Haddii tirtiridda taariikhda oo dhan ay yaab leh u ekaan karto, tirtir kaliya bogagga goobtan.
safety-private-title = Isticmaal daaqad gaar ah
safety-private-text = Daaqad gaar ah (Incognito ee Chrome, Private window ee Firefox iyo Safari) way illowdaa bogagga aad booqatay marka aad xirto.
safety-tor-title = Isticmaal Tor Browser
safety-tor-text = Tor Browser wuxuu ka qariyaa shirkadda internetkaaga goobaha aad booqato, annagana wuxuu naga qariyaa cinwaankaaga internetka. Isticmaal heerka ammaanka «Caadi» (Standard): goobtan waxay u baahan tahay JavaScript si ay u qufusho warbixintaada.
safety-device-title = Haddii qof baaro taleefankaaga
safety-device-text = Haddii qof eego taleefankaaga ama laga yaabo inuu ku rakibay barnaamij basaasid, isticmaal taleefan ama kombiyuutar kale, tusaale ahaan mid qof ama hay'ad aad aamminsan tahay.
safety-code-title = Koodhkaaga ammaan ku hay
safety-code-text = Qof kasta oo haysta koodhkaaga la-socodka wuu akhrin karaa jawaabaha qaybta. Ha dhigin meel ay dadka kale arki karaan: ku qor warqad aad qarin karto, ama xafid.
safety-nothing-stored = Goobtan ma dhigto cookies, waxbana kuma kaydiso taleefankaaga.

## Not found

not-found-title = Bogga lama helin
not-found-text = Boggan ma jiro.
not-found-home = Tag bogga hore

## Status and outcomes (server-rendered and in the browser)

status-received = La helay
status-under_review = Waa la eegayaa
status-action_taken = Tallaabo ayaa la qaaday
status-referred = Loo gudbiyay adeeg kale
status-closed = La xiray
outcome-investigation_opened = Baaritaan ayaa la furay
outcome-protection_measures = Tallaabooyin ilaalin ah ayaa la qaaday
outcome-referred_to_partner = Loo gudbiyay hay'ad taageero
outcome-referred_to_other_authority = Loo gudbiyay hay'ad dawladeed oo kale
outcome-no_offence_identified = Dembi lama helin
outcome-insufficient_information = Macluumaad ku filan oo tallaabo lagu qaado ma jiro
outcome-resolved = Waa la xalliyay

## Browser messages

js-status-received = La helay
js-status-under_review = Waa la eegayaa
js-status-action_taken = Tallaabo ayaa la qaaday
js-status-referred = Loo gudbiyay adeeg kale
js-status-closed = La xiray
js-outcome-investigation_opened = Baaritaan ayaa la furay
js-outcome-protection_measures = Tallaabooyin ilaalin ah ayaa la qaaday
js-outcome-referred_to_partner = Loo gudbiyay hay'ad taageero
js-outcome-referred_to_other_authority = Loo gudbiyay hay'ad dawladeed oo kale
js-outcome-no_offence_identified = Dembi lama helin
js-outcome-insufficient_information = Macluumaad ku filan oo tallaabo lagu qaado ma jiro
js-outcome-resolved = Waa la xalliyay
js-progress-protecting = Warbixintaada waa la ilaalinayaa…
js-progress-checking = Waxaa loo diyaarinayaa dir ammaan ah…
js-progress-sending = Waa la dirayaa…
js-progress-retrying = Isku xirku waa gaabis. Mar kale ayaa la isku dayayaa…
js-progress-opening = Warbixintaada waa la furayaa…
js-error-network = Server-ka lama gaari karin. Hubi isku xirkaaga oo mar kale isku day. Qoraalkaagu weli halkan ayuu yaal.
js-error-generic = Wax ayaa qaldamay. Fadlan mar kale isku day.
js-error-no-unit = Warbixin noocan ah hadda lama heli karo. Fadlan hadhow isku day.
js-error-key-log = Waxba lama dirin. Furayaasha warbixintaada lagu sir-gareyn lahaa kuma eka diiwaanka furayaasha ee adeegga ee dadweynaha: qof ayaa laga yaabaa inuu beddelay cidda akhrin karta. Fadlan hadhow isku day, ama si kale u soo sheeg.
js-error-too-long = Qoraalkaagu aad buu u dheer yahay. Fadlan gaabi.
js-error-crypto = Browser-kan ma qufuli karo (ma sir-gareyn karo) warbixintaada. Isticmaal browser cusub, ama Tor Browser heerka «Caadi» (Standard).
js-error-rate-limited = Isku day aad u badan. Fadlan sug dhowr daqiiqo, kadibna mar kale isku day.
js-error-not-found = Warbixin lagama helin koodhkan. Hubi koodhka oo mar kale isku day.
js-code-error-invalid-character = Koodhku wuxuu ka koobnaan karaa lambarro kaliya.
js-code-error-wrong-length = Koodhku wuxuu leeyahay 28 lambar. Hubi inaan mid ka maqnayn ama lagu darin.
js-code-error-check-digit = Koodhkan qalad ayaa ku jira. Si taxaddar leh u hubi lambar kasta.
js-copied = Koodhka waa la koobiyeeyay.
js-copy-manual = Koodhka waa la doortay. Ku koobiyee liiska taleefankaaga.
js-thread-unit = Fariin ka timid qaybta
js-thread-yours = Fariintaada
js-thread-your-report = Warbixintaada
js-thread-sent = la diray
js-thread-unreadable = Fariintan laguma furi karo qalabkan.
js-thread-empty = Weli fariin ma jirto.
js-message-sent = Fariintaada waa la diray.
js-forgotten = Koodhka waa laga saaray boggan. Si aad u ammaan badnaato, sidoo kale xir tab-kan.
js-time-unknown = waqti aan la garanayn

## Officer console (page)

console-title = Shaashadda saraakiisha
console-noscript-body = Shaashadda saraakiishu waxay kiisaska ku furtaa (sirta ka qaaddaa) kombiyuutarkan, waxayna u baahan tahay JavaScript. U shid goobtan, kadibna dib u soo geli bogga.
console-footer-restricted = Waxaa loogu talagalay kaliya saraakiisha la oggolaaday ee qaybaha ilaalinta iyo hay'adda kormeerka.
console-footer-audit = Gal kasta iyo kiis kasta oo aad furto waxaa lagu diiwaangeliyaa diiwaanka hubinta (audit).
console-cancel = Jooji
console-continue = Sii wad
console-signin-title = Galitaanka saraakiisha
console-signin-intro = Ku gal akoonkaaga gaarka ah. Weligaa cidna ha la wadaagin furaha sirta ah, barnaamijka xaqiijinta ama weedha sirta ah ee furahaaga.
console-signin-login = Magaca isticmaalaha
console-signin-password = Furaha sirta ah
console-signin-totp = Koodhka xaqiijinta
console-signin-totp-hint = Koodhka 6 lambar ah ee barnaamijkaaga xaqiijinta. Marka ugu horreysa ee aad gasho, banneyn: waxaa lagu weydiin doonaa inaad diyaariso barnaamijka.
console-signin-submit = Gal
console-signin-wait = Waqtiga ka hor inta aadan mar kale isku dayin:
console-enrol-title = Diyaari xaqiijinta laba-tallaabo ah
console-enrol-intro = Akoonkaagu wuxuu u baahan yahay barnaamij xaqiijin (tusaale FreeOTP, Aegis ama Google Authenticator) taleefankaaga shaqada.
console-enrol-step-1 = Fur barnaamijka xaqiijinta oo ku dar akoon cusub.
console-enrol-step-2 = Sawir (scan) koodhka QR, ama qor furaha diyaarinta ee hoostiisa ku qoran.
console-enrol-step-3 = Geli koodhka 6 lambar ah ee barnaamijku hadda muujinayo.
console-enrol-secret-label = Furaha diyaarinta (haddii aadan sawiri karin koodhka):
console-enrol-code = Koodhka barnaamijka
console-enrol-submit = Xaqiiji oo gal
console-keysetup-title = Samee furahaaga sir-furidda
console-keysetup-intro = Warbixinada waxaa loo sir-gareeyaa furayaasha qaybtaada. Furahaaga gaarka ah hadda ayaa lagu samaynayaa kombiyuutarkan. Server-ku wuxuu helaa kaliya qaybtiisa guud iyo nuqul lagu quflay weedhaada sirta ah; weligii ma akhrin karo kiisaskaaga.
console-keysetup-passphrase-note = Mar kasta oo aad gasho waxaad u baahan doontaa weedha sirta ah. Haddii aad illowdo, cidna ma soo celin karto furahaaga: waa inaad samaysaa mid cusub, kormeeruhuna waa inuu mar kale ku daraa qaybta.
console-keysetup-replace-warning = Samaynta fure cusub waxay beddeshaa furahaaga hadda. Ilaa kormeeruhu ku daro furaha cusub qaybtaada, ma akhrin kartid kiisaska, fariimaha loo diray kaliya furahaaga hore waxaa lagu akhriyaa kaliya furaha hore.
console-passphrase-new = Weedha sirta ah ee cusub ee furaha
console-passphrase-new-hint = Ugu yaraan 12 xaraf. Isticmaal jumlad ama dhowr eray oo aan xiriir lahayn, kana duwan furaha sirta ah ee galitaanka.
console-passphrase-repeat = Ku celi weedha sirta ah
console-keysetup-submit = Samee furahayga
console-keysetup-done = Furahaaga waa la sameeyay oo la kaydiyay.
console-key-recipient = Furahaaga guud:
console-keysetup-next = Hadda kormeeraha qaybtaada waa inuu furahan ku daraa kooxda furayaasha qaybta. Ilaa markaas ma furi kartid kiisaska. U sheeg kormeerahaaga xarfaha ugu horreeya iyo kuwa ugu dambeeya ee furaha si uu u hubiyo.
console-unlock-title = Fur furahaaga
console-unlock-intro = Geli weedha sirta ah ee furahaaga. Furahaaga waxaa lagu furaa kaliya kombiyuutarkan, waana la illoobaa marka aad baxdo, aad qufusho shaashadda ama aad xirto tab-kan.
console-passphrase = Weedha sirta ah ee furaha
console-unlock-submit = Fur
console-unlock-forgot-title = Ma illowday weedha sirta ah?
console-unlock-forgot = Waxaad samayn kartaa fure cusub. Kadib kormeeruhu waa inuu ku daraa qaybtaada ka hor inta aadan mar kale akhrin kiisaska.
console-unlock-replace = Samee fure cusub
console-signed-in-as = Waxaad u gashay sida
console-nav-label = Qaybaha shaashadda
console-tab-queue = Kiisaska
console-tab-supervisor = Furayaasha iyo xubnaha qaybta
console-tab-oversight = Diiwaanka hubinta
console-tab-me = Akoonkayga
console-lock = Quful
console-signout = Ka bax
console-signout-all = Ka bax dhammaan qalabka
console-queue-title = Kiisaska
console-queue-key-warning = Furahaagu weli kuma jiro kooxda furayaasha qaybahan. Weydii kormeere inuu ku daro; ilaa markaas ma akhrin kartid kiisaskooda cusub:
console-filters = Shaandhayn
console-filter-unit = Qaybta
console-filter-unit-all = Dhammaan qaybahayga
console-filter-status = Xaaladda
console-filter-any = Mid kasta
console-filter-urgent = Degdegnimo
console-filter-urgent-only = Degdeg kaliya
console-filter-urgent-not = Aan degdeg ahayn
console-filter-assigned = Loo xilsaaray
console-filter-assigned-me = Aniga
console-filter-assigned-none = Cidna
console-filter-sort = U kala horreysii
console-filter-sort-updated = Dhaqdhaqaaqa ugu dambeeyay
console-filter-sort-created = Taariikhda la helay
console-filter-urgent-first = Kiisaska degdegga ah marka hore
console-queue-refresh = Cusboonaysii
console-queue-empty = Kiis ku habboon shaandhayntan ma jiro.
console-queue-more = Soo deji kiisas kale
console-urgent = Degdeg
console-case-back = Ku noqo kiisaska
console-case-title = Kiis
console-case-status = Xaaladda
console-case-unit = Qaybta
console-case-category = Nooca
console-case-region = Deegaanka
console-case-language = Luqadda qofka soo sheegay
console-case-created = La helay
console-case-assigned = Loo xilsaaray
console-case-history = Taariikhda xaaladda
console-case-thread = Warbixinta iyo fariimaha
console-reply-title = Ka jawaab qofka soo sheegay
console-reply-hint = Waxaa lagu sir-gareeyaa kombiyuutarkan, loona sameeyaa qofka soo sheegay iyo qaybtaada. Qofku wuxuu ku akhriyaa koodhkiisa la-socodka. Ha weydiin magaciisa ama cinwaankiisa haddii aan loo baahnayn.
console-reply-label = Jawaabtaada
console-reply-submit = Dir jawaabta
console-note-title = Qoraal gudaha ah
console-note-hint = Waxaa loo sir-gareeyaa qaybtaada kaliya. Qofka soo sheegay weligii ma arko.
console-note-label = Qoraal
console-note-submit = Kaydi qoraalka
console-status-title = Beddel xaaladda
console-status-hint = Qofka soo sheegay wuxuu arkaa xaaladda iyo natiijada (laakiin qoraal ma arko) booqashadiisa xigta.
console-status-label = Xaalad cusub
console-outcome-label = Natiijada
console-outcome-none = Natiijo ma jirto
console-status-submit = Kaydi xaaladda
console-assign-title = Xilsaarid
console-assign-label = Sarkaalka mas'uulka ah
console-assign-submit = Kaydi xilsaarida
console-supervisor-title = Furayaasha iyo xubnaha qaybta
console-supervisor-intro = Warbixinada waxaa loo sir-gareeyaa fure kasta oo ku jira kooxda hadda ee qaybta. Ku dar furaha sarkaal kasta oo cusub, oo buri furaha qof kasta oo taga ama lumiya.
console-supervisor-unit = Qaybta
console-members-title = Xubnaha
console-col-name = Magac
console-col-role = Door
console-col-key = Fure
console-col-in-set = Kooxda furayaasha ku jira
console-col-action = Tallaabo
console-keys-title = Taariikhda furayaasha
console-keys-intro = Fure kasta oo abid ku jiray kooxda qaybta. Burinta fure waxay saamaysaa warbixinada cusub; fariimaha hore weli iyaga loo sir-gareeyay.
console-keys-set = Nuqulka kooxda furayaasha:
console-col-holder = Haystaha
console-col-state = Xaaladda
console-col-added = La daray
console-col-revoked = La buriyay
console-oversight-title = Diiwaanka hubinta
console-oversight-intro = Gelitaan kasta oo kiis iyo tallaabo maamul kasta, kuwa ugu dambeeyay marka hore. Diiwaanku waa silsilad: isbeddel kasta oo lagu sameeyo qoraalladii hore waa la ogaanayaa.
console-col-seq = Lam.
console-col-time = Waqti
console-col-actor = Sameeyaha
console-col-audit-action = Tallaabo
console-col-subject = Mawduuc
console-audit-more = Soo deji qoraallo hore
console-me-title = Akoonkayga
console-me-units = Qaybahayga
console-me-key = Furahayga
console-me-key-intro = Furahaaga guud. Isbarbardhig waxa kormeerahaagu arko ka hor inta uusan ku darin.
console-me-sessions = Fadhiyada
console-me-sessions-intro = Haddii aad ku gashay kombiyuutar aadan hadda isticmaalin, ama aad u malaynayso in qof kale galay, ka bax dhammaan qalabka.

## Officer console (browser messages)

js-console-status-received = La helay
js-console-status-under_review = Dib-u-eegis ku jira
js-console-status-action_taken = Tallaabo la qaaday
js-console-status-referred = La gudbiyay
js-console-status-closed = La xiray
js-console-outcome-investigation_opened = Baaritaan la furay
js-console-outcome-protection_measures = Tallaabooyin ilaalin la qaaday
js-console-outcome-referred_to_partner = Loo gudbiyay hay'ad la-shaqeeye ah
js-console-outcome-referred_to_other_authority = Loo gudbiyay hay'ad kale
js-console-outcome-no_offence_identified = Dembi lama aqoonsan
js-console-outcome-insufficient_information = Macluumaad aan ku filnayn
js-console-outcome-resolved = La xalliyay
js-console-category-gbv = Rabshadda ku salaysan jinsiga
js-console-category-child-protection = Ilaalinta carruurta
js-console-category-trafficking-smuggling = Ka ganacsiga dadka iyo tahriibinta
js-console-category-hate-crime = Dembiga nacaybka
js-console-category-community-policing = Booliska bulshada
js-console-category-police-conduct = Dhaqanka booliska
js-console-category-unsure = Aan la kala saarin (qofka soo sheegay ma hubo)
js-console-role-member = Xubin
js-console-role-supervisor = Kormeere
js-console-key-kind-officer = Sarkaal
js-console-key-kind-recovery = Furaha soo celinta
js-console-language-en = Ingiriis
js-console-language-fr = Faransiis
js-console-language-ar = Carabi
js-console-urgent = Degdeg
js-console-unread = Fariin cusub
js-console-received = La helay
js-console-updated = la cusboonaysiiyay
js-console-assigned-to = Loo xilsaaray
js-console-unassigned = Aan loo xilsaarin
js-console-none = Midna
js-console-yes = Haa
js-console-no = Maya
js-console-inactive = Aan firfircoonayn
js-console-thread-report = Warbixin
js-console-thread-reporter = Fariin ka timid qofka soo sheegay
js-console-thread-reply = Jawaab loo diray qofka soo sheegay
js-console-thread-note = Qoraal gudaha ah
js-console-thread-unknown = Fariin aan isha laga garanayn
js-console-thread-unreadable = Fariintan laguma furi karo furahaaga. Waxaa suurtogal ah in furahaagu weli uusan ku jirin kooxda qaybta markii la diray.
js-console-thread-invalid = Waxa ku jira fariintan ma aha qaabkii la filayay.
js-console-thread-mismatch = Digniin: waxa ku jira fariintan ma waafaqsana qofka diray. Si taxaddar leh ula dhaqan.
js-console-thread-empty = Fariin ma jirto.
js-console-thread-some-locked = Fariimo qaar laguma furi karin furahaaga.
js-console-field-what = Waxa dhacay
js-console-field-when = Goorma
js-console-field-where = Halkee
js-console-field-who = Dadka ku lug leh
js-console-field-consent = Wuxuu oggol yahay in loo gudbiyo hay'ad taageero
js-console-field-empty = Lama sheegin
js-console-assign-nobody = Cidna
js-console-assign-me = Aniga
js-console-assign-saved = Xilsaarida waa la kaydiyay.
js-console-status-saved = Xaaladda waa la kaydiyay.
js-console-reply-sent = Jawaabta waa la diray.
js-console-note-saved = Qoraalka waa la kaydiyay.
js-console-add-to-set = Ku dar kooxda furayaasha
js-console-revoke = Buri
js-console-revoke-confirm = Xaqiiji burinta
js-console-key-active = Firfircoon
js-console-key-revoked = La buriyay
js-console-key-in-set = furahaagu wuxuu ku jiraa kooxda furayaasha
js-console-key-not-in-set = furahaagu weli kuma jiro kooxda furayaasha
js-console-set-updated = Kooxda furayaasha waa la cusboonaysiiyay. Nuqulka cusub:
js-console-audit-verified = Silsiladda diiwaanka hubintu waa dhammaystiran tahay.
js-console-audit-broken = Digniin: silsiladda diiwaanka hubinta way jabtay. Isla markiiba u sheeg hay'adda kormeerka. Faahfaahin:
js-console-enrol-qr = Koodh QR oo aad ku sawirayso barnaamijka xaqiijinta
js-console-progress-signin = Waa la galayaa…
js-console-progress-key = Furahaaga waa la samaynayaa oo la quflayaa. Dhowr ilbiriqsi ayay qaadanaysaa…
js-console-progress-unlock = Furahaaga waa la furayaa. Dhowr ilbiriqsi ayay qaadanaysaa…
js-console-progress-loading = Waa la soo dejinayaa…
js-console-progress-decrypting = Kiiska waa la soo dejinayaa oo sirta ayaa laga qaadayaa…
js-console-progress-sending = Waa la sir-gareynayaa oo la dirayaa…
js-console-progress-saving = Waa la kaydinayaa…
js-console-signed-out = Waad baxday.
js-console-signed-out-all = Waad ka baxday dhammaan qalabka.
js-console-signed-out-locally = Server-ka lama gaari karin si loo dhammeeyo fadhigaaga. Wax walba waa laga saaray boggan; hadhow mar kale ka bax, ama ka bax dhammaan qalabka.
js-console-locked = Shaashadda waa la quflay. Geli weedhaada sirta ah si aad u sii wadato.
js-console-locked-idle = Shaashadda waa la quflay kadib waqti aan wax la qaban.
js-console-error-generic = Wax ayaa qaldamay. Fadlan mar kale isku day.
js-console-error-network = Server-ka lama gaari karo. Hubi isku xirkaaga oo mar kale isku day.
js-console-error-invalid_credentials = Magaca isticmaalaha, furaha sirta ah ama koodhka lama aqbalin.
js-console-error-totp_required = Geli koodhka 6 lambar ah ee barnaamijkaaga xaqiijinta.
js-console-error-totp_replayed = Koodhkan horay ayaa loo isticmaalay. Sug koodhka xiga ee barnaamijkaaga, kadibna mar kale isku day.
js-console-error-totp_format = Koodhku waa inuu noqdaa 6 lambar.
js-console-error-enrol_code = Koodhkan lama aqbalin. Hubi in saacadda taleefankaagu sax tahay, kadibna geli koodhka hadda.
js-console-error-officer_disabled = Akoonkan waa la joojiyay. La xiriir maamulahaaga.
js-console-error-too_many_attempts = Isku day aad u badan oo ka yimid qalabkan ama shabakaddan. Sug waqtiga la muujiyey, kadibna mar kale isku day.
js-console-error-session_expired = Fadhigaagu wuu dhammaaday. Mar kale gal.
js-console-error-csrf_failed = Codsiga waa la diiday sababo ammaan awgood. Dib u soo geli bogga oo mar kale isku day.
js-console-error-forbidden = Ma lihid xaq aad tan ku samayso.
js-console-error-not_found = Kiiskan ma jiro ama ma aha mid qaybahaaga ka tirsan.
js-console-error-no_key = Xubintan weli ma samaysan fure.
js-console-error-keys_changed = Kooxda furayaasha qaybta ayaa isbeddeshay intii aad qorayso. Fadlan mar kale dir.
js-console-error-thread_full = Kiiskan wuxuu gaaray tirada ugu badan ee fariimaha.
js-console-error-too_long = Qoraalku aad buu u dheer yahay. Fadlan gaabi.
js-console-error-no_unit_keys = Qaybtan ma laha fure firfircoon: waxba looma sir-gareyn karo.
js-console-error-no_reply_recipient = Kiiskan ma laha fure jawaab: qofka soo sheegay ma heli karo jawaabo.
js-console-error-unavailable = Adeeggu waa mashquul ama lama heli karo. Waxba lama kaydin; wax yar kadib mar kale isku day.
js-console-error-unsure_sent = Isku xirku wuu go'ay intii la dirayay. Hubi fariimaha hoose ka hor inta aadan mar kale dirin: waxaa laga yaabaa in la kaydiyay.
js-console-error-passphrase_too_short = Weedha sirta ahi waa inay lahaataa ugu yaraan 12 xaraf.
js-console-error-passphrase_mismatch = Labada weedhood ee sirta ah isku mid ma aha.
js-console-error-wrong_passphrase = Weedha sirta ah waa khalad.
js-console-error-key_malformed = Furahaaga kaydsan wuu xumaaday. Samee fure cusub.
js-console-error-key_mismatch = Furaha kaydsan kuma aha furahaaga guud ee diiwaangashan. Samee fure cusub oo u sheeg kormeerahaaga.
js-console-error-crypto = Browser-kan ma socodsiin karo sir-gareynta shaashadda. Isticmaal browser cusub.

## Officer console: referral, transfer, re-key, notifications (page)

console-case-consent = Oggolaanshaha gudbinta
console-case-referrals = Gudbinta
console-refer-title = U gudbi hay'ad la-shaqeeye ah
console-refer-hint = Nuqulka waxaa lagu sir-gareeyaa kombiyuutarkan, loona sameeyaa furayaasha la-shaqeeyaha kaliya: qaybtaada iyo qofka soo sheegayba ma furi karaan. La wadaag kaliya waxa la-shaqeeyuhu u baahan yahay. Qofka soo sheegay wuxuu arki doonaa xaaladda La gudbiyay.
console-refer-no-consent = Qofka soo sheegay ma oggolaan in loo gudbiyo hay'ad taageero. Gudbin lama samayn karo.
console-refer-partner = Hay'adda la-shaqeeyaha ah
console-refer-text = Fariin loogu talagalay la-shaqeeyaha
console-refer-text-hint = Waxa la-shaqeeyuhu u baahan yahay inuu ogaado si uu u caawiyo, iyo sida qofka loola xiriiri karo haddii uu oggolaaday.
console-refer-include-report = Ku dar warbixinta sidii qofku u qoray
console-refer-submit = Dir gudbinta
console-transfer-title = U wareeji qayb kale
console-transfer-hint = Kiiska oo dhan waxaa mar kale lagu sir-gareeyaa kombiyuutarkan, loona sameeyaa qaybta kale. Qaybtaadu isla markiiba way waysaa gelitaanka, xilsaaridana waa la tirtiraa. La-socodka qofka soo sheegay wuu sii shaqaynayaa.
console-transfer-unit = Qaybta qaadanaysa
console-transfer-submit = Wareeji kiiska
console-rekey-title = Mar kale sir-gareey kiisaska hore
console-rekey-intro = Kadib marka fure lagu daro ama laga buriyo kooxda, kiisaska furan weli waxaa loo sir-gareeyay kooxdii hore. Mar kale sir-gareyntooda kombiyuutarkan waxay u oggolaanaysaa xubnaha cusub inay akhriyaan, waxayna ka hortagtaa in furayaasha la buriyay ay furaan nuqullada kaydsan. Nuqullada hore loo qaaday ma saameeyaan.
console-rekey-remaining = Kiisas furan oo weli loo sir-gareeyay koox fure oo hore:
console-rekey-start = Hadda mar kale sir-gareey
console-notify-title = Ogeysiisyada
console-notify-intro = Iimaylada shaashaddu weligood waxba kama sheegaan warbixin: lambar, nooc, deegaan ama waqti midna. Warbixinada degdegga ah isla markiiba waa la ogeysiiyaa, haddii aan ogeysiisyada la damin.
console-notify-mode = I ogeysii
console-notify-each = Dhacdo kasta oo cusub oo qaybahayga ka dhacda
console-notify-digest = Soo koobid maalinle ah
console-notify-off = Marnaba
console-notify-email = Cinwaanka iimaylka
console-notify-email-hint = Waxaa la doorbidaa cinwaan shaqo. Looma baahna haddii ogeysiisyada la damiyay.
console-notify-submit = Kaydi doorashooyinkayga

## Officer console: referral, transfer, re-key, notifications (browser messages)

js-console-consent-yes = Qofka soo sheegay wuxuu oggolaaday in loo gudbiyo hay'ad taageero
js-console-consent-no = Oggolaansho gudbin ma jiro
js-console-transfer-submit = Wareeji kiiska
js-console-transfer-confirm = Xaqiiji wareejinta
js-console-transfer-done = Kiiska waxaa loo wareejiyay:
js-console-progress-reencrypting = Kiiska waxaa mar kale lagu sir-gareynayaa kombiyuutarkan…
js-console-refer-done = Gudbinta waa la diray.
js-console-rekey-progress = Kiiska ayaa mar kale la sir-gareynayaa
js-console-rekey-done = Kiisaska mar kale la sir-gareeyay:
js-console-rekey-skipped = kiisas laga booday (sababta mid kasta hoos ayaa lagu qoray):
js-console-notify-saved = Doorashooyinkaaga waa la kaydiyay.
js-console-error-thread_changed = Kiisku wuu isbeddelay intii aad ka shaqaynaysay. Mar kale isku day.
js-console-error-undecryptable = Fariimo qaar oo kiiskan ka mid ah laguma furi karo furahaaga, markaa mar kale lama sir-gareyn karo. Saaxiib shaqo oo furihiisu furo ayaa samayn kara.
js-console-error-no_consent = Qofka soo sheegay ma oggolaan gudbin.
js-console-error-unknown_partner = Hay'addan la-shaqeeyaha ah lama heli karo.
js-console-error-unknown_unit = Qaybtan lama heli karo.
js-console-error-not_a_member = Sarkaalkan ma aha xubin qaybta ka mid ah.
js-console-error-cannot_revoke = Furahan hadda lama burin karo: qaybtu waa inay haysataa ugu yaraan hal fure oo firfircoon.
js-console-error-invalid_email = Geli cinwaan iimayl oo sax ah, ama dooro inaan lagu ogeysiin.
js-console-error-invalid_query = Shaandhayntan si wadajir ah looma isticmaali karo. Beddel oo mar kale isku day.

## Officer console: security key (passkey) and attachments

console-unlock-passkey-intro = Nuqul furahaaga ah ayaad ku haysaa fure ammaan (security key) ama passkey. U isticmaal furitaanka.
console-unlock-passkey = Ku fur furaha ammaanka
console-unlock-or-passphrase = Ama ku fur weedhaada sirta ah:
console-passkey-title = Furaha ammaanka ama passkey
console-passkey-intro = Waxaad sidoo kale furahaaga ku furi kartaa fure ammaan ama passkey qalabkan ku jira, halkii aad qori lahayd weedha sirta ah. Weedha sirta ahi way sii shaqaynaysaa: waa waddada dib loogu soo noqdo haddii furaha ammaanku lumo.
console-passkey-add = Ku dar fure ammaan ama passkey
console-passkey-remove = Ka saar furaha ammaanka
console-passkey-hint = Browser-kaagu wuxuu kaa codsan doonaa inaad taabato furaha ammaanka ama aad ku xaqiijiso qalabkan ilaa saddex jeer: si loo sameeyo, si nuqul furahaaga ah loogu quflo, iyo si nuqulkaas loo hubiyo.
js-console-passkey-state-on = Fure ammaan ayaa furi kara furahaaga.
js-console-passkey-state-off = Weli fure ammaan ma jiro: waxaad ku furtaa weedha sirta ah.
js-console-passkey-remove = Ka saar furaha ammaanka
js-console-passkey-remove-confirm = Xaqiiji ka saaridda
js-console-passkey-progress-add = Raac tilmaamaha browser-ka: taabo furaha ammaanka ama ku xaqiiji qalabkan…
js-console-passkey-progress-unlock = Taabo furahaaga ammaanka ama ku xaqiiji qalabkan…
js-console-passkey-added = Furaha ammaanka waa lagu daray. Marka xigta waad ku furi kartaa.
js-console-passkey-removed = Furaha ammaanka waa la saaray. Hadda kadib ku fur weedha sirta ah.
js-console-passkey-error-unsupported = Browser-kan halkan ma isticmaali karo fure ammaan. Isticmaal weedhaada sirta ah.
js-console-passkey-error-no_prf = Furahan ammaanka ama browser-kan ma ilaalin karo fure (ma laha shaqada PRF). Isticmaal weedha sirta ah, ama isku day fure ammaan kale ama browser cusub.
js-console-passkey-error-cancelled = Furaha ammaanka lama isticmaalin (waa la joojiyay ama waqtigii baa dhammaaday). Waxba isma beddelin; mar kale isku day ama isticmaal weedha sirta ah.
js-console-passkey-error-exists = Furahan ammaanka horay ayaa loo diiwaangeliyay. Isticmaal mid kale, ama marka hore ka saar diiwaangelintii hore.
js-console-passkey-error-wrong_key = Kani ma aha furaha ammaanka ee haya furahaaga. Isku day mid kale, ama isticmaal weedha sirta ah.
js-console-passkey-error-failed = Furaha ammaanka ma shaqayn. Waxba isma beddelin; mar kale isku day ama isticmaal weedha sirta ah.
js-console-passkey-error-no_key = Marka hore furahaaga ku samee weedh sir ah.
js-console-passkey-error-verify = Nuqulka lagu sameeyay furaha ammaanka lama hubin karin, markaa lama kaydin. Mar kale isku day.
js-console-attachments-title = Lifaaqyada:
js-console-attachments-mismatch = Digniin: tirada lifaaqyadu kuma habboona waxa fariinta qofka soo sheegay sharraxayso.
js-console-attachment-kind-photo = Sawir
js-console-attachment-kind-document = Dukumenti
js-console-attachment-kind-voice = Cod la duubay
js-console-attachment-kind-other = Fayl
js-console-attachment-encrypted-size = cabbirka sir-gareysan
js-console-attachment-metadata-removed = Xogta goobta iyo kamaradda waxaa laga saaray qalabka qofka soo sheegay.
js-console-attachment-metadata-kept = Qofka soo sheegay wuxuu xogta goobta iyo kamaradda u hayay caddayn ahaan: taxaddar ka hor inta aadan wadaagin sawirkan.
js-console-attachment-locked = Lifaaqan laguma furi karo furahaaga.
js-console-attachment-download = Soo deji
js-console-attachment-play = Shid codka la duubay
js-console-attachment-progress = Lifaaqa sirta ayaa laga qaadayaa…
js-console-attachment-saved = Sirta waa laga qaaday waana la hubiyay. Waxaa lagu kaydiyay:
js-console-attachment-error-undecryptable = Lifaaqan laguma furi karo furahaaga.
js-console-attachment-error-undescribed = Fariinta qofka soo sheegay ma sharraxdo lifaaqan, markaa lama hubin karo. Lama kaydin.
js-console-attachment-error-size = Lifaaqan wuu ka gaaban yahay sidii lagu sharraxay: waxaa laga yaabaa in la gooyay. Lama kaydin.
js-console-attachment-error-sha256_mismatch = Digniin: lifaaqan kuma habboona raad-faraha (fingerprint) ku jira fariinta qofka soo sheegay. Waxaa laga yaabaa in la beddelay. Lama kaydin.
js-console-rekey-items = fariimo iyo lifaaqyo

## Files, voice messages and the "before you send" reminder (report and follow-up pages)

attach-legend = Sawirro, dukumentiyo ama fariin cod ah
attach-hint = Waxaad ku dari kartaa sawirro, dukumentiyo ama fariin cod ah. Waa la quflaa (la sir-gareeyaa) sida qoraalkaaga oo kale. Xogta qarsoon ee muujinaysa halka sawirka laga qaaday marka hore ayaa la saaraa.
attach-add-photo = Ku dar sawir
attach-add-file = Ku dar dukumenti
attach-record-voice = Duub fariin cod ah
attach-list-label = Faylasha aad ku dartay
voice-recording = Waa la duubayaa
voice-stop = Jooji duubista
identify-title = Ka hor intaadan dirin: tani waxay muujin kartaa qofka aad tahay
identify-body = Qoraalkaagu wuxuu u muuqdaa inuu leeyahay xogta kor ku qoran. Waa caadi haddii aad rabto in qaybtu hesho: kaliya qaybta ayaa akhrin karta warbixintaada. Haddii aan loo baahnayn, ama ay adiga ama qof kale khatar gelin karto, dib u noqo oo ka saar.
identify-edit = Dib u noqo oo wax ka beddel
identify-send = Hadana dir

## Files, voice messages and the "before you send" reminder (browser messages)

js-unit-kb = KB
js-unit-mb = MB
js-attach-kind-photo = Sawir
js-attach-kind-document = Dukumenti
js-attach-kind-voice = Fariin cod ah
js-attach-remove = Ka saar
js-attach-cleaned = Xogta qarsoon (goobta, waqtiga, nooca taleefanka) waa laga saaray sawirkan.
js-attach-kept = Sawirkan waxaa lala diri doonaa xogtiisa qarsoon (goobta, waqtiga, nooca taleefanka).
js-attach-keep-details = U hay xogta goobta iyo kamaradda caddayn ahaan
js-attach-keep-details-hint = Kaliya haddii ay booliisku u baahan yihiin inay arkaan halka iyo goorta sawirka laga qaaday. Xogtani waxay sidoo kale muujin kartaa halka aad joogtay iyo taleefanka aad isticmaasho.
js-attach-uncleanable = Kama saari karno xogta qarsoon (sida halka laga qaaday) sawir noocan ah. Sidiisa ayaa loo diri doonaa dukumenti ahaan. Ka saar haddii ay khatar ku gelin karto.
js-attach-document-as-is = Faylkan sidiisa ayaa loo diri doonaa. Dukumentiyada iyo muuqaallada waxaa ku jiri kara xog qarsoon, sida magac ama meel. Ka saar haddii ay khatar ku gelin karto.
js-attach-send-as-photo = Kani waa sawir: u dir sawir ahaan, xogtiisa la socoto
js-attach-error-too-many = Ma ku dari kartid faylal kale. Inta ugu badan ee aad mar qur ah diri karto:
js-attach-error-too-large = Faylkani aad buu u weyn yahay. Faylka ugu weyn ee aad diri karto:
js-attach-error-total = Faylashan wadajir ahaan aad bay u weyn yihiin. Inta ugu badan ee aad mar qur ah diri karto:
js-attach-error-read = Faylkan lama akhrin karin. Isku day mid kale.
js-voice-recording = Waa la duubayaa… Riix «Jooji duubista» markaad dhammayso.
js-voice-done = Fariintaada codku diyaar bay tahay. Waad dhageysan kartaa ka hor intaadan dirin.
js-voice-denied = Makarafoonka lama isticmaali karin. Taa beddelkeeda waad qori kartaa, ama u oggolow makarafoonka dejinta browser-kaaga.
js-voice-preview = Dhageyso fariintaada codka
js-voice-rerecord = Mar kale duub
js-progress-encrypting-files = Faylashaada waa la quflayaa (la sir-gareynayaa)…
js-error-too-many-attachments = Faylal aad u badan. Qaar ka saar oo mar kale isku day.
js-error-attachment-too-large = Mid ka mid ah faylasha aad buu u weyn yahay. Ka saar ama dooro mid ka yar.
js-error-attachments-too-large = Faylasha wadajir ahaan aad bay u weyn yihiin. Qaar ka saar oo mar kale isku day.
js-identify-phone = lambar taleefan
js-identify-email = cinwaan iimayl
js-identify-id = aqoonsi, baasaboor ama lambar kale oo dheer
js-identify-iban = lambar akoon bangi (IBAN)
js-identify-address = cinwaan guri ama waddo
js-thread-files = Faylasha:
js-message-empty = Qor fariin ama ku dar fayl.

## Guided questions, emergency numbers and simpler words (home and report pages)

home-simple-link = Erayo fudud (carruurta iyo dhallinyarada)
simple-toggle-on = Erayo fudud
simple-toggle-off = Erayada caadiga ah
emergency-title = Lambarro aad hadda wici karto
emergency-hint = Wicitaannadani waa bilaash. Wac mid ka mid ah haddii qof khatar ku jiro: goobtani isla markiiba ma soo diri karto caawimo.
field-child-label = Ilmo ayaa ku lug leh
field-child-hint = Calaamadee tan haddii qof ka yar 18 sano waxyeello loo geystay, arkay markay dhacaysay ama khatar ku jiro. Qaybtu si gaar ah ayay u taxaddari doontaa.
field-contact-label = Qaybtu way ila soo xiriiri kartaa
field-contact-hint = Kaliya haddii aad rabto. Haddii aadan calaamadeyn, qaybtu waxay kaaga jawaabi doontaa kaliya koodhkaaga la-socodka.
field-contact-how-label = Sidee iyo goorma ayay ammaan tahay in laguula soo xiriiro?
field-contact-how-hint = Tusaale: lambar taleefan iyo saacadaha aad kaligaa tahay, ama qof aad aamminsan tahay.
field-contact-caution = Habka ugu ammaansan waa inaad jawaabaha qaybta ku akhrido koodhkaaga la-socodka. Wicitaan ama fariin waxaa arki ama maqli kara qof kale.
js-emergency-shown = Lambarrada aad hadda wici karto waxaa lagu muujiyay su'aashan hoosteeda.

## Simpler words for children and young people (report page, ?simple=1)

report-intro-simple = Noo sheeg kaliya waxa aad rabto inaad sheegto. Waxaad ku qori kartaa luqad kasta. Dhib kuma gelaysid tan awgeed.
field-what-label-simple = Maxaa dhacay?
field-what-hint-simple = Ku qor erayadaada. Gaaban waa caadi.
field-when-label-simple = Goorma ayay dhacday?
field-when-hint-simple = Tusaale: maanta, xalay, toddobaadkii hore. Waad qiyaasi kartaa.
field-where-label-simple = Halkee ayay ka dhacday?
field-where-hint-simple = Tusaale: guriga, dugsiga, waddada, xerada.
field-who-label-simple = Yaa sameeyay, ama yaa joogay?
field-who-hint-simple = Waxaad qori kartaa magacyo, ama sida dadku u eg yihiin.
field-region-label-simple = Deegaan
field-region-hint-simple = Tani waxay naga caawisaa inaan helno kooxda saxda ah. Uma baahnid inaad doorato.
field-urgent-label-simple = Qof ayaa hadda khatar ku jira
field-urgent-hint-simple = Haddii qof hadda la dhaawici karo, wac mid ka mid ah lambarrada halkan ka soo muuqan doona. Goobtani isla markiiba ma soo diri karto caawimo.
field-child-label-simple = Ilmo ayaa ku jira arrintan
field-child-hint-simple = Calaamadee tan haddii ay adiga ku saabsan tahay ama ilmo kale (ka yar 18 sano).
field-contact-label-simple = Waad ila soo xiriiri kartaan
field-contact-hint-simple = Kaliya haddii aad rabto. Haddii kale, jawaabtayada waxaad ku akhrin kartaa koodhkaaga sirta ah.
field-contact-how-label-simple = Sidee iyo goorma ayay ammaan tahay in lagula xiriiro?
field-contact-how-hint-simple = Tusaale: lambar taleefan iyo waqti aad kaligaa tahay, ama qof weyn oo aad aamminsan tahay.
field-contact-caution-simple = In jawaabtayada aad ku akhrido koodhkaaga sirta ah ayaa ugu ammaansan. Qof kale ayaa arki kara wicitaan ama fariin.
field-referral-label-simple = Waxaad weydiisan kartaan dadka shaqadoodu tahay caawinta (meel ammaan ah oo la joogo, dhakhtar, qareen) inay i caawiyaan
field-referral-hint-simple = Waad diidi kartaa. Sidoo kale hadhow waad codsan kartaa caawimo.

# Console: guided answers of a report
js-console-field-child = Ilmo ayaa ku lug leh
js-console-field-contact = Qaybtu way la xiriiri kartaa

# Receipt: the code as a small file
receipt-save = Ku kaydi fayl
js-saved-file = Waxaa loo kaydiyay «note.txt». Ku hay meel aan cid kale eegin, ama tirtir marka aad koodka qorato.
receipt-save-hint = Faylka la kaydiyay wuxuu ku harayaa taleefankan iyo liiska waxyaabaha la soo dejiyay ee biraawsarka: tirtir labadaba marka aadan u baahnayn.
js-console-error-key_changed = Furahaaga waxaa lagu beddelay daaqad kale. Mar kale fur, kadibna mar kale ku dar furaha amniga.

# Transfer and re-key: the earlier copies are kept until a supervisor checks
console-reencryption-title = Mar kale ayaa la sir-gareeyay: waxay sugaysaa hubinta kormeere
console-reencryption-hint = Kombiyuutarkan iyo server-ku midkoodna ma ogaan karo in nuqullada cusubi sax yihiin. Ilaa kormeere hubiyo in mid kastaa furmayo, nuqulladii hore waa la hayaa waana la soo celin karaa. Haddii aan cidna hubin, waxaa la tirtirayaa taariikhda la muujiyay.
console-reencryption-confirm = Hubi oo xaqiiji
console-reencryption-restore = Soo celi nuqulladii hore
console-reencryption-supervisors = Kaliya kormeerayaasha unugga ayaa u wareejin kara ama mar kale sir-gareyn kara kiis, kadibna xaqiijin ama ka noqon kara.
console-rekey-unconfirmed = Kiisaska mar kale la sir-gareeyay ee sugaya hubin:
console-rekey-check = Hubi oo xaqiiji
js-console-reencryption-by = Waxaa mar kale sir-gareeyay
js-console-reencryption-from = laga keenay
js-console-reencryption-until = nuqulladii hore waa la hayaa ilaa
js-console-reencryption-restore = Soo celi nuqulladii hore
js-console-reencryption-restore-confirm = Xaqiiji: soo celi nuqulladii hore
js-console-reencryption-confirmed = Waa la hubiyay: nuqul kastaa wuu furmayaa. Nuqulladii hore waa la tirtiray.
js-console-reencryption-shut = Nuqullada qaar furahaaga kuma furmaan. Soo celi nuqulladii hore, ama weydii saaxiib shaqo oo furihiisu furo inuu hubiyo.
js-console-reencryption-restored = Nuqulladii hore way soo noqdeen.
js-console-progress-checking = Waxaa la hubinayaa in nuqul kastaa furmayo…
js-console-rekey-checked = Kiisaska la hubiyay oo la xaqiijiyay:
js-console-rekey-check-skipped = kiisas aan la xaqiijin:
js-console-error-reencryption_pending = Sir-gareyntii ugu dambaysay ee kiiskan weli lama hubin. Marka hore fur kiiska oo xaqiiji ama soo celi.
js-console-error-not_pending = Kiiskan wax hubin sugaya ma jiraan mar dambe.
js-console-error-added_since_transfer = Fariimo ayaa lagu daray wareejinta kadib; kuma furmi doonaan qaybtii hore, markaa nuqulladii hore lama soo celin karo. Taa beddelkeeda xaqiiji nuqullada cusub; kadib kiiska dib ayaa loo wareejin karaa.

# Calaamadaha qashinka ama si xun u isticmaalidda, iyo kiisaska waxa ku jiray la tirtiray.
console-case-purged = Warbixinta, fariimaha iyo faylasha kiiskan waa la tirtiray markii muddadii kaydintiisu dhammaatay. Waxaa kaliya hadhay diiwaankiisa: taariikhda xaaladda iyo qoraallada diiwaanka hubinta. La tirtiray:
console-reencryption-not-restorable = Fariimo ayaa lagu daray wareejinta kadib, markaa nuqulladii hore mar dambe lama soo celin karo. Hubi in nuqullada cusubi furmayaan, kadibna xaqiiji.
console-flag-title = Qashin ama si xun u isticmaalid
console-flag-hint = Kiis lagu calaamadeeyay qashin ama si xun u isticmaalid waa la xiraa. Qofka soo sheegay wuu akhrin karaa isagoo isticmaalaya koodhkiisa la-socodka, laakiin wax kuma qori karo mar dambe, kiiskana waa la tirtiraa ka hor kiisaska kale. Dib u furidda kiiska waxay ka saartaa calaamadda.
console-flag-supervisors = Kaliya kormeerayaasha qaybta ayaa kiis ku calaamadeyn kara qashin ama si xun u isticmaalid, ama ka saari kara calaamadda.
console-flag-kind = Ku calaamadee
console-flag-spam = Qashin (spam)
console-flag-abuse = Si xun u isticmaalidda adeegga
console-flag-submit = Calaamadee kiiska
js-console-flag-submit = Calaamadee kiiska
js-console-flag-confirm = Xaqiiji: xir kiiska oo calaamadee
js-console-flag-remove = Ka saar calaamadda
js-console-flag-current = Waxaa lagu calaamadeeyay
js-console-flag-purge-after = waxaa la tirtiri karaa laga bilaabo
js-console-flag-saved = Kiiska waa la calaamadeeyay waana la xiray. Qofka soo sheegay wax kuma qori karo mar dambe.
js-console-flag-removed = Calaamadda waa laga saaray. Kiisku wuu xirnaanayaa ilaa qof dib u furo.
js-console-flag-spam = Qashin
js-console-flag-abuse = Si xun u isticmaal
js-console-error-check_failed = Ugu yaraan hal fariin ama fayl oo kiiskan ka mid ah kuma furmo furahaaga, markaa lama xaqiijin. Saaxiib shaqo oo furihiisu furo ayaa hubin kara, ama kormeere ayaa nuqulladii hore ka soo celin kara kiiska.
js-console-error-case_purged = Waxa ku jiray kiiskan waa la tirtiray; kaliya diiwaankiisa ayaa hadhay.
