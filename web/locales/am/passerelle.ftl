# Passerelle — public pages, አማርኛ.
# Plain messages only (no variables or selectors): the server looks them up by id.
# Ids starting with "js-" are also sent to the browser code in the page data.

lang-name = አማርኛ
site-name = Passerelle

## Layout

quick-exit = በፍጥነት ውጣ
quick-exit-hint = ወይም የShift ቁልፍን 3 ጊዜ ይጫኑ
skip-link = ወደ ዋናው ይዘት ይሂዱ
lang-switch-label = ቋንቋ
footer-nav-label = የድረ-ገጹ ገጾች
nav-home = መነሻ ገጽ
nav-follow-up = ሪፖርትን መከታተል
nav-safety = በኢንተርኔት ላይ ደህንነትዎን መጠበቅ
footer-firewall = ሪፖርቶችን ለኢሚግሬሽን ባለሥልጣናት በጭራሽ አናጋራም።
footer-no-tracking = ይህ ድረ-ገጽ ኩኪዎችን ወይም መከታተያዎችን አይጠቀምም።
noscript-title = ይህ ገጽ JavaScript ያስፈልገዋል።
noscript-body = ሪፖርትዎ ከመላኩ በፊት በራስዎ ስልክ ላይ ይቆለፋል (ይመሰጠራል)፤ ለዚህም JavaScript ያስፈልጋል። ያለ እሱ ምንም ነገር መላክ አይቻልም። በTor Browser ውስጥ «መደበኛ» (Standard) የደህንነት ደረጃን ይምረጡ፣ ከዚያ ይህን ገጽ እንደገና ይክፈቱ።

## Notes repeated on several pages

note-emergency = እርስዎ ወይም ሌላ ሰው አሁን አደጋ ላይ ከሆናችሁ፣ ወደ ድንገተኛ አደጋ ቁጥር ይደውሉ (በአውሮፓ 112)። በዚህ ድረ-ገጽ የሚላኩ ሪፖርቶች ወዲያውኑ አይነበቡም።
note-encrypted = የሚጽፉት ከመላኩ በፊት በስልክዎ ላይ ይቆለፋል (ይመሰጠራል)። ጉዳዩን የሚይዘው የፖሊስ ክፍል ብቻ ሊከፍተው ይችላል። እኛ ልናነበው አንችልም።
note-no-name = ስምዎን፣ አድራሻዎን ወይም ሰነዶችዎን አንጠይቅም። እነሱን መጻፍ አያስፈልግዎትም።
note-firewall = ሪፖርትዎ ለኢሚግሬሽን ባለሥልጣናት አይሰጥም። ሰነድ ባይኖርዎትም ሪፖርት ማድረግ ይችላሉ።

## Home page

home-title = ወንጀልን በደህንነት ሪፖርት ያድርጉ
home-intro = በእርስዎ ወይም በሌላ ሰው ላይ የደረሰውን ለፖሊስ የጥበቃ ክፍል ይንገሩ። ነፃ ነው፤ ማንነትዎን ሳይገልጹም መቆየት ይችላሉ።
home-choose = ስለ ምንድን ነው?
home-how-title = እንዴት እንደሚሠራ
home-how-1 = ስለ ምን እንደሆነ ይምረጡ።
home-how-2 = የሆነውን በራስዎ ቃላትና በማንኛውም ቋንቋ ይጻፉ። ማለት የሚፈልጉትን ብቻ።
home-how-3 = የክትትል ኮድ ይሰጥዎታል። በደህና ቦታ ያስቀምጡት፦ በእሱ የክፍሉን መልስ ማንበብና ተጨማሪ መረጃ መላክ ይችላሉ።
home-follow-up-title = ቀደም ብለው ሪፖርት ልከዋል?
home-follow-up-text = ሪፖርትዎ ምን እንደደረሰ ለማየትና የክፍሉን መልዕክቶች ለማንበብ የክትትል ኮድዎን ይጠቀሙ።
home-follow-up-link = ሪፖርቴን ልከታተል
home-safety-link = ይህን ድረ-ገጽ ሲጠቀሙ ደህንነትዎን እንዴት እንደሚጠብቁ

## Categories

category-gbv = በሴቶች ላይ የሚደርስ ጥቃት፣ ወሲባዊ ወይም የቤት ውስጥ ጥቃት
category-gbv-desc = አስገድዶ መድፈር፣ ወሲባዊ ጥቃት፣ በቤት ውስጥ ወይም ከባል ወይም ከትዳር አጋር የሚደርስ ጥቃት፣ የግዳጅ ጋብቻ፣ ማስፈራራት።
category-child-protection = አንድ ልጅ አደጋ ላይ ነው
category-child-protection-desc = አንድ ልጅ ተጎድቷል፣ ይበደላል፣ ይበዘበዛል፣ ብቻውን ነው ወይም ጠፍቷል።
category-trafficking-smuggling = የሰዎች ዝውውር፣ የሰዎች ኮንትሮባንድ፣ የግዳጅ ሥራ
category-trafficking-smuggling-desc = አንድ ሰው በግዳጅ እንዲሠራ ወይም ወሲብ እንዲፈጽም ይገደዳል፣ ያለፍላጎቱ ተይዟል፣ ወይም ከአዘዋዋሪዎች ጋር አደጋ ላይ ነው።
category-hate-crime = ዘረኝነት፣ ጥላቻ፣ በማንነትዎ ምክንያት የሚደርስ ጥቃት
category-hate-crime-desc = በትውልድዎ፣ በሃይማኖትዎ፣ በቆዳ ቀለምዎ፣ በጾታዎ ወይም በጾታዊ ዝንባሌዎ ምክንያት የሚደርስ ስድብ፣ ማስፈራራት ወይም ጥቃት።
category-community-policing = ሌላ ወንጀል ወይም ችግር
category-community-policing-desc = ስርቆት፣ ማስፈራራት፣ ጥቃት ወይም በአካባቢዎ ያለ አደጋ።
category-police-conduct = ስለ ፖሊስ የሚቀርብ ቅሬታ
category-police-conduct-desc = አንድ ፖሊስ በመጥፎ ወይም ፍትሐዊ ባልሆነ መንገድ ያዘዎት። ይህ ወደ ገለልተኛ የቁጥጥር አካል ይሄዳል እንጂ ድርጊቱን ወደፈጸመው ፖሊስ አይደለም።
category-unsure = እርግጠኛ አይደለሁም
category-unsure-desc = የሆነውን ይንገሩን። አንድ ቡድን ወደ ትክክለኛው ክፍል ይልከዋል።

## Report page

report-eyebrow = አዲስ ሪፖርት
report-intro = የሚፈልጉትን ብቻ ይሙሉ። በማንኛውም ቋንቋ መጻፍ ይችላሉ።
field-optional = (አማራጭ)
field-what-label = ምን ሆነ?
field-what-hint = በራስዎ ቃላት ይንገሩ።
field-when-label = መቼ ሆነ?
field-when-hint = ቀን ወይም ሰዓት፣ በግምትም ቢሆን። ለምሳሌ፦ ትናንት ማታ፣ በመጋቢት።
field-where-label = የት ሆነ?
field-where-hint = ከተማ፣ መንገድ፣ መጠለያ ካምፕ፣ የሚያውቁት ቦታ።
field-who-label = እነማን ይመለከታቸዋል?
field-who-hint = ከቻሉ ሰዎቹን ይግለጹ፦ መልካቸውን፣ ስሞችን፣ የስልክ ቁጥሮችን፣ ተሽከርካሪዎችን።
field-region-label = አካባቢ
field-region-hint = ይህ ሪፖርትዎ ወደ ትክክለኛው ቡድን እንዲደርስ ይረዳል። አካባቢው አይመሰጠርም።
field-region-none = መናገር አልፈልግም
field-urgent-label = አንድ ሰው አሁን አደጋ ላይ ነው
field-urgent-hint = አንድ ሰው አፋጣኝ አደጋ ላይ ከሆነ፣ ወደ ድንገተኛ አደጋ ቁጥርም ይደውሉ (በአውሮፓ 112)። ይህ ድረ-ገጽ ወዲያውኑ እርዳታ መላክ አይችልም።
field-referral-label = እርዳታ ከፈለግሁ፣ ክፍሉ ሪፖርቴን ለድጋፍ ሰጪ ድርጅት (መጠለያ፣ የሕግ ድጋፍ፣ ጤና) እንዲያስተላልፍ እስማማለሁ
field-referral-hint = አይሆንም ማለት ይችላሉ። በኋላም በመልዕክት እርዳታ መጠየቅ ይችላሉ።
report-metadata-note = ሰርቨሩ የሚያየው የሪፖርቱን ዓይነት፣ አካባቢ (ከመረጡ)፣ የገጹን ቋንቋ፣ አስቸኳይ መሆኑን እና ወደ ድጋፍ ሰጪ ድርጅት እንዲተላለፍ መስማማትዎን ብቻ ነው። የሚጽፉትን ማንበብ አይችልም።
report-submit = ሪፖርቴን በደህንነት ላክ

## Receipt after sending

receipt-title = ሪፖርትዎ ተልኳል
receipt-case-label = የጉዳይ ቁጥር፦
receipt-code-label = የክትትል ኮድዎ
receipt-code-warning = ይህን ኮድ አሁኑኑ ይጻፉት ወይም በደህና ቦታ ያስቀምጡት። የሚታየው አንድ ጊዜ ብቻ ነው። ከጠፋብዎ ማንም ሊመልስልዎ አይችልም፦ እኛም ሆንን ፖሊስ።
receipt-code-use = በዚህ ኮድ የክፍሉን መልሶች ማንበብና ተጨማሪ መረጃ መላክ ይችላሉ። ኮዱ ያለው ማንኛውም ሰው መልሶቹን ማንበብ ይችላል፤ ስለዚህ ደብቀው ያስቀምጡት።
receipt-copy = ኮዱን ቅዳ
receipt-print = አትም
receipt-copy-hint = ኮዱን ከቀዱት በዚህ ስልክ ላይ ያሉ ሌሎች መተግበሪያዎች ሊያዩት ይችላሉ። ሊደብቁት የሚችሉት ወረቀት የበለጠ ደህንነቱ የተጠበቀ ሊሆን ይችላል።
receipt-next-title = ቀጥሎ ምን ይሆናል
receipt-next = ክፍሉ ሪፖርትዎን ያነባል። መልሳቸውን ለማየት ከጥቂት ቀናት በኋላ ከኮድዎ ጋር ይመለሱ።
receipt-follow-up-link = ወደ ክትትል ገጽ ይሂዱ

## Follow-up page

follow-up-title = ሪፖርትዎን ይከታተሉ
follow-up-intro = የክትትል ኮድዎን ያስገቡ። ኮዱ በዚህ ስልክ ላይ ይቀራል፦ የሚላከው ከእሱ የተሠራ ቁልፍ ብቻ ነው።
follow-up-code-label = የክትትል ኮድ (28 ቁጥሮች)
follow-up-code-hint = ክፍተቶችና ሰረዞች ችግር የላቸውም። ቁጥሮቹን እንደ 123 ወይም ١٢٣ መጻፍ ይችላሉ።
follow-up-open = ሪፖርቴን ክፈት
follow-up-lost = ኮድዎ ጠፍቶብዎታል? ያለው እርስዎ ብቻ ስለሆነ ማንም ሊመልስልዎ አይችልም። አዲስ ሪፖርት መላክ ይችላሉ።
follow-up-case-title = ሪፖርትዎ
follow-up-case-label = የጉዳይ ቁጥር
follow-up-status-label = ሁኔታ
follow-up-history-title = እስካሁን የተደረገው
follow-up-thread-title = መልዕክቶች
follow-up-thread-note = የራስዎ መልዕክቶች ለክፍሉ ብቻ የተቆለፉ ስለሆኑ እዚህ እንደገና ሊያነቧቸው አይችሉም።
follow-up-closed = ይህ ጉዳይ ተዘግቷል፤ ተጨማሪ መልዕክቶችን አይቀበልም።
follow-up-message-label = ለክፍሉ ይጻፉ
follow-up-message-hint = መረጃ ይጨምሩ ወይም ለጥያቄ መልስ ይስጡ። መልዕክትዎ እንደ ሪፖርትዎ ይቆለፋል (ይመሰጠራል)።
follow-up-send = መልዕክት ላክ
follow-up-forget = ይህን ኮድ በዚህ ገጽ ላይ እርሳ

## Safety page

safety-title = ይህን ድረ-ገጽ ሲጠቀሙ ደህንነትዎን ይጠብቁ
safety-intro = ስልክዎን ወይም ኮምፒውተርዎን የሚጠቀም ሰው ወደዚህ ድረ-ገጽ እንደመጡ ሊያይ ይችላል። ይህን አደጋ ለመቀነስ የሚከተለውን ያድርጉ።
safety-exit-title = የ«በፍጥነት ውጣ» ቁልፍ
safety-exit-text = በእያንዳንዱ ገጽ አናት ላይ የ«በፍጥነት ውጣ» ቁልፍ አለ። ይጫኑት፣ ወይም የShift ቁልፍን 3 ጊዜ ይጫኑ፤ ይህ ድረ-ገጽ ይዘጋና ሌላ ተራ ድረ-ገጽ ይከፈታል።
safety-exit-warning = «በፍጥነት ውጣ» የአሳሽ ታሪክዎን አያጠፋም። አንድ ሰው አሁንም ይህን ድረ-ገጽ በአሳሽዎ ታሪክ ውስጥ ሊያየው ይችላል።
safety-history-title = የአሳሽ ታሪክዎን ያጥፉ
safety-history-text = በአብዛኞቹ አሳሾች፦ ምናሌውን (⋮ ወይም ☰) ይክፈቱ፣ ከዚያ History (ታሪክ)፣ ከዚያ Clear browsing data (የአሰሳ መረጃ አጥፋ)።
safety-history-partial = ሁሉንም ታሪክ ማጥፋት እንግዳ ሊመስል ከቻለ፣ የዚህን ድረ-ገጽ ገጾች ብቻ ያጥፉ።
safety-private-title = የግል መስኮት ይጠቀሙ
safety-private-text = የግል መስኮት (በChrome Incognito፣ በFirefox እና በSafari Private window) ሲዘጉት የጎበኟቸውን ገጾች ይረሳል።
safety-tor-title = Tor Browser ይጠቀሙ
safety-tor-text = Tor Browser የሚጎበኟቸውን ድረ-ገጾች ከኢንተርኔት አቅራቢዎ ይደብቃል፤ የኢንተርኔት አድራሻዎንም ከእኛ ይደብቃል። «መደበኛ» (Standard) የደህንነት ደረጃን ይጠቀሙ፦ ይህ ድረ-ገጽ ሪፖርትዎን ለመቆለፍ JavaScript ያስፈልገዋል።
safety-device-title = አንድ ሰው ስልክዎን የሚፈትሽ ከሆነ
safety-device-text = አንድ ሰው ስልክዎን የሚያይ ከሆነ ወይም የስለላ መተግበሪያ ጭኖበት ሊሆን ከቻለ፣ ሌላ ስልክ ወይም ኮምፒውተር ይጠቀሙ፤ ለምሳሌ የሚያምኑት ሰው ወይም ድርጅት።
safety-code-title = ኮድዎን በደህና ያስቀምጡ
safety-code-text = የክትትል ኮድዎ ያለው ማንኛውም ሰው የክፍሉን መልሶች ማንበብ ይችላል። ሌሎች በሚያዩት ቦታ አያስቀምጡት፦ ሊደብቁት በሚችሉት ወረቀት ላይ ይጻፉት፣ ወይም በቃልዎ ይያዙት።
safety-nothing-stored = ይህ ድረ-ገጽ ኩኪ አያስቀምጥም፤ በስልክዎ ላይም ምንም ነገር አያስቀምጥም።

## Not found

not-found-title = ገጹ አልተገኘም
not-found-text = ይህ ገጽ የለም።
not-found-home = ወደ መነሻ ገጽ ይሂዱ

## Status and outcomes (server-rendered and in the browser)

status-received = ደርሷል
status-under_review = እየታየ ነው
status-action_taken = እርምጃ ተወስዷል
status-referred = ለሌላ አገልግሎት ተላልፏል
status-closed = ተዘግቷል
outcome-investigation_opened = ምርመራ ተከፍቷል
outcome-protection_measures = የጥበቃ እርምጃዎች ተወስደዋል
outcome-referred_to_partner = ለድጋፍ ሰጪ ድርጅት ተላልፏል
outcome-referred_to_other_authority = ለሌላ ባለሥልጣን ተላልፏል
outcome-no_offence_identified = ምንም ወንጀል አልተገኘም
outcome-insufficient_information = እርምጃ ለመውሰድ በቂ መረጃ የለም
outcome-resolved = ተፈትቷል

## Browser messages

js-status-received = ደርሷል
js-status-under_review = እየታየ ነው
js-status-action_taken = እርምጃ ተወስዷል
js-status-referred = ለሌላ አገልግሎት ተላልፏል
js-status-closed = ተዘግቷል
js-outcome-investigation_opened = ምርመራ ተከፍቷል
js-outcome-protection_measures = የጥበቃ እርምጃዎች ተወስደዋል
js-outcome-referred_to_partner = ለድጋፍ ሰጪ ድርጅት ተላልፏል
js-outcome-referred_to_other_authority = ለሌላ ባለሥልጣን ተላልፏል
js-outcome-no_offence_identified = ምንም ወንጀል አልተገኘም
js-outcome-insufficient_information = እርምጃ ለመውሰድ በቂ መረጃ የለም
js-outcome-resolved = ተፈትቷል
js-progress-protecting = ሪፖርትዎ እየተጠበቀ ነው…
js-progress-checking = በደህንነት ለመላክ እየተዘጋጀ ነው…
js-progress-sending = እየተላከ ነው…
js-progress-retrying = ግንኙነቱ ቀርፋፋ ነው። እንደገና እየሞከርን ነው…
js-progress-opening = ሪፖርትዎ እየተከፈተ ነው…
js-error-network = ሰርቨሩን ማግኘት አልቻልንም። ግንኙነትዎን ያረጋግጡና እንደገና ይሞክሩ። ጽሑፍዎ አሁንም እዚህ አለ።
js-error-generic = የሆነ ችግር ተፈጥሯል። እባክዎ እንደገና ይሞክሩ።
js-error-no-unit = ይህ ዓይነት ሪፖርት አሁን መቀበል አይቻልም። እባክዎ ቆይተው ይሞክሩ።
js-error-key-log = ምንም አልተላከም። ሊመሰጠርባቸው የነበሩት ቁልፎች ከአገልግሎቱ ይፋዊ የቁልፍ መዝገብ ጋር አይመሳሰሉም፤ ማን ሊያነበው እንደሚችል አንድ ሰው ቀይሮት ሊሆን ይችላል። እባክዎ ቆይተው እንደገና ይሞክሩ፣ ወይም በሌላ መንገድ ያሳውቁ።
js-error-too-long = ጽሑፍዎ በጣም ረጅም ነው። እባክዎ ያሳጥሩት።
js-error-crypto = ይህ አሳሽ ሪፖርትዎን መቆለፍ (መመስጠር) አይችልም። የዘመነ አሳሽ ይጠቀሙ፣ ወይም Tor Browser በ«መደበኛ» (Standard) ደረጃ።
js-error-rate-limited = በጣም ብዙ ሙከራዎች። እባክዎ ጥቂት ደቂቃዎች ይጠብቁ፣ ከዚያ እንደገና ይሞክሩ።
js-error-not-found = በዚህ ኮድ ምንም ሪፖርት አልተገኘም። ኮዱን ያረጋግጡና እንደገና ይሞክሩ።
js-code-error-invalid-character = ኮዱ ቁጥሮችን ብቻ ነው የሚይዘው።
js-code-error-wrong-length = ኮዱ 28 ቁጥሮች አሉት። የጎደለ ወይም የተጨመረ ቁጥር አለመኖሩን ያረጋግጡ።
js-code-error-check-digit = ይህ ኮድ ስህተት አለበት። እያንዳንዱን ቁጥር በጥንቃቄ ያረጋግጡ።
js-copied = ኮዱ ተቀድቷል።
js-copy-manual = ኮዱ ተመርጧል። በስልክዎ ምናሌ ይቅዱት።
js-thread-unit = ከክፍሉ የመጣ መልዕክት
js-thread-yours = የእርስዎ መልዕክት
js-thread-your-report = ሪፖርትዎ
js-thread-sent = ተልኳል
js-thread-unreadable = ይህ መልዕክት በዚህ መሣሪያ ላይ ሊከፈት አይችልም።
js-thread-empty = እስካሁን ምንም መልዕክት የለም።
js-message-sent = መልዕክትዎ ተልኳል።
js-forgotten = ኮዱ ከዚህ ገጽ ተወግዷል። ለበለጠ ደህንነት ይህን ትር ደግሞ ይዝጉ።
js-time-unknown = ያልታወቀ ሰዓት

## Officer console (page)

console-title = የፖሊስ መኮንኖች መሥሪያ
console-noscript-body = የመኮንኖች መሥሪያው ጉዳዮችን በዚህ ኮምፒውተር ላይ ይፈታል (ምስጠራውን ይከፍታል)፤ JavaScript ያስፈልገዋል። ለዚህ ድረ-ገጽ ያብሩት፣ ከዚያ ገጹን እንደገና ይጫኑ።
console-footer-restricted = ለጥበቃ ክፍሎችና ለቁጥጥር አካሉ ፈቃድ ላላቸው መኮንኖች ብቻ።
console-footer-audit = እያንዳንዱ መግቢያና የሚከፍቱት እያንዳንዱ ጉዳይ በኦዲት መዝገብ ውስጥ ይመዘገባል።
console-cancel = ሰርዝ
console-continue = ቀጥል
console-signin-title = የመኮንኖች መግቢያ
console-signin-intro = በግል መለያዎ ይግቡ። የይለፍ ቃልዎን፣ የማረጋገጫ መተግበሪያዎን ወይም የቁልፍዎን የይለፍ ሐረግ ለማንም በጭራሽ አያጋሩ።
console-signin-login = የተጠቃሚ ስም
console-signin-password = የይለፍ ቃል
console-signin-totp = የማረጋገጫ ኮድ
console-signin-totp-hint = ከማረጋገጫ መተግበሪያዎ የሚመጣው ባለ 6 አሃዝ ኮድ። ለመጀመሪያ ጊዜ ሲገቡ ባዶ ይተዉት፦ መተግበሪያውን እንዲያዘጋጁ ይጠየቃሉ።
console-signin-submit = ግባ
console-signin-wait = እንደገና ለመሞከር የቀረው ጊዜ፦
console-enrol-title = ባለ ሁለት ደረጃ ማረጋገጫ ያዘጋጁ
console-enrol-intro = መለያዎ በሥራ ስልክዎ ላይ የማረጋገጫ መተግበሪያ ያስፈልገዋል (ለምሳሌ FreeOTP፣ Aegis ወይም Google Authenticator)።
console-enrol-step-1 = የማረጋገጫ መተግበሪያውን ይክፈቱና አዲስ መለያ ያክሉ።
console-enrol-step-2 = የQR ኮዱን ይቃኙ፣ ወይም ከሥሩ የሚታየውን የማዘጋጃ ቁልፍ ይጻፉ።
console-enrol-step-3 = መተግበሪያው አሁን የሚያሳየውን ባለ 6 አሃዝ ኮድ ያስገቡ።
console-enrol-secret-label = የማዘጋጃ ቁልፍ (ኮዱን መቃኘት ካልቻሉ)፦
console-enrol-code = ከመተግበሪያው የመጣ ኮድ
console-enrol-submit = አረጋግጥና ግባ
console-keysetup-title = የምስጠራ መፍቻ ቁልፍዎን ይፍጠሩ
console-keysetup-intro = ሪፖርቶች ለክፍልዎ ቁልፎች ይመሰጠራሉ። የግል ቁልፍዎ አሁን በዚህ ኮምፒውተር ላይ ይፈጠራል። ሰርቨሩ የሚቀበለው የሕዝብ ክፍሉንና በይለፍ ሐረግዎ የተቆለፈ ቅጂ ብቻ ነው፤ ጉዳዮችዎን በጭራሽ ማንበብ አይችልም።
console-keysetup-passphrase-note = በገቡ ቁጥር የይለፍ ሐረጉ ያስፈልግዎታል። ከረሱት ማንም ቁልፍዎን መመለስ አይችልም፦ አዲስ መፍጠር አለብዎት፣ ተቆጣጣሪም እንደገና ወደ ክፍሉ ማከል አለበት።
console-keysetup-replace-warning = አዲስ ቁልፍ መፍጠር የአሁኑን ቁልፍዎን ይተካል። ተቆጣጣሪ አዲሱን ቁልፍ ወደ ክፍልዎ እስኪያክል ድረስ ጉዳዮችን ማንበብ አይችሉም፤ ወደ አሮጌው ቁልፍ ብቻ የተላኩ መልዕክቶችም በአሮጌው ቁልፍ ብቻ ይነበባሉ።
console-passphrase-new = አዲስ የቁልፍ የይለፍ ሐረግ
console-passphrase-new-hint = ቢያንስ 12 ቁምፊዎች። ዓረፍተ ነገር ወይም የማይገናኙ በርካታ ቃላትን ይጠቀሙ፤ ከመግቢያ የይለፍ ቃልዎ የተለየ ይሁን።
console-passphrase-repeat = የይለፍ ሐረጉን ይድገሙ
console-keysetup-submit = ቁልፌን ፍጠር
console-keysetup-done = ቁልፍዎ ተፈጥሮ ተቀምጧል።
console-key-recipient = የሕዝብ ቁልፍዎ፦
console-keysetup-next = አሁን የክፍልዎ ተቆጣጣሪ ይህን ቁልፍ ወደ ክፍሉ የቁልፎች ስብስብ ማከል አለበት። እስከዚያ ድረስ ጉዳዮችን መክፈት አይችሉም። ተቆጣጣሪዎ እንዲያረጋግጠው የቁልፉን የመጀመሪያና የመጨረሻ ቁምፊዎች ይንገሩት።
console-unlock-title = ቁልፍዎን ይክፈቱ
console-unlock-intro = የቁልፍዎን የይለፍ ሐረግ ያስገቡ። ቁልፍዎ የሚከፈተው በዚህ ኮምፒውተር ላይ ብቻ ነው፤ ሲወጡ፣ መሥሪያውን ሲቆልፉ ወይም ይህን ትር ሲዘጉ ይረሳል።
console-passphrase = የቁልፍ የይለፍ ሐረግ
console-unlock-submit = ክፈት
console-unlock-forgot-title = የይለፍ ሐረግዎን ረሱት?
console-unlock-forgot = አዲስ ቁልፍ መፍጠር ይችላሉ። ከዚያ ጉዳዮችን እንደገና ከማንበብዎ በፊት ተቆጣጣሪ ወደ ክፍልዎ ማከል አለበት።
console-unlock-replace = አዲስ ቁልፍ ፍጠር
console-signed-in-as = የገቡት እንደ
console-nav-label = የመሥሪያው ክፍሎች
console-tab-queue = ጉዳዮች
console-tab-supervisor = የክፍሉ ቁልፎችና አባላት
console-tab-oversight = የኦዲት መዝገብ
console-tab-me = መለያዬ
console-lock = ቆልፍ
console-signout = ውጣ
console-signout-all = ከሁሉም መሣሪያዎች ውጣ
console-queue-title = ጉዳዮች
console-queue-key-warning = ቁልፍዎ ገና በእነዚህ ክፍሎች የቁልፎች ስብስብ ውስጥ የለም። ተቆጣጣሪ እንዲያክለው ይጠይቁ፤ እስከዚያ አዳዲስ ጉዳዮቻቸውን ማንበብ አይችሉም፦
console-filters = ማጣሪያዎች
console-filter-unit = ክፍል
console-filter-unit-all = ሁሉም ክፍሎቼ
console-filter-status = ሁኔታ
console-filter-any = ማንኛውም
console-filter-urgent = አስቸኳይነት
console-filter-urgent-only = አስቸኳይ ብቻ
console-filter-urgent-not = አስቸኳይ ያልሆኑ
console-filter-assigned = የተመደበለት
console-filter-assigned-me = እኔ
console-filter-assigned-none = ማንም
console-filter-sort = ደርድር በ
console-filter-sort-updated = የመጨረሻ እንቅስቃሴ
console-filter-sort-created = የደረሰበት ቀን
console-filter-urgent-first = አስቸኳይ ጉዳዮች መጀመሪያ
console-queue-refresh = አድስ
console-queue-empty = ከእነዚህ ማጣሪያዎች ጋር የሚስማማ ጉዳይ የለም።
console-queue-more = ተጨማሪ ጉዳዮችን ጫን
console-urgent = አስቸኳይ
console-case-back = ወደ ጉዳዮች ተመለስ
console-case-title = ጉዳይ
console-case-status = ሁኔታ
console-case-unit = ክፍል
console-case-category = ምድብ
console-case-region = አካባቢ
console-case-language = የሪፖርት አቅራቢው ቋንቋ
console-case-created = የደረሰበት
console-case-assigned = የተመደበለት
console-case-history = የሁኔታ ታሪክ
console-case-thread = ሪፖርትና መልዕክቶች
console-reply-title = ለሪፖርት አቅራቢው መልስ
console-reply-hint = በዚህ ኮምፒውተር ላይ ለሪፖርት አቅራቢውና ለክፍልዎ ይመሰጠራል። ሪፖርት አቅራቢው በክትትል ኮዱ ያነበዋል። አስፈላጊ ካልሆነ በስተቀር ስሙን ወይም አድራሻውን አይጠይቁ።
console-reply-label = መልስዎ
console-reply-submit = መልሱን ላክ
console-note-title = የውስጥ ማስታወሻ
console-note-hint = ለክፍልዎ ብቻ ይመሰጠራል። ሪፖርት አቅራቢው በጭራሽ አያየውም።
console-note-label = ማስታወሻ
console-note-submit = ማስታወሻውን አስቀምጥ
console-status-title = ሁኔታውን ቀይር
console-status-hint = ሪፖርት አቅራቢው በሚቀጥለው ጉብኝቱ ሁኔታውንና ውጤቱን ያያል (ምንም ጽሑፍ ግን አያይም)።
console-status-label = አዲስ ሁኔታ
console-outcome-label = ውጤት
console-outcome-none = ውጤት የለም
console-status-submit = ሁኔታውን አስቀምጥ
console-assign-title = ምደባ
console-assign-label = ኃላፊ መኮንን
console-assign-submit = ምደባውን አስቀምጥ
console-supervisor-title = የክፍሉ ቁልፎችና አባላት
console-supervisor-intro = ሪፖርቶች በክፍሉ የአሁኑ ስብስብ ውስጥ ላለ እያንዳንዱ ቁልፍ ይመሰጠራሉ። የእያንዳንዱን አዲስ መኮንን ቁልፍ ያክሉ፤ የሚለቅን ወይም ቁልፉን ያጣን ሰው ቁልፍ ይሰርዙ።
console-supervisor-unit = ክፍል
console-members-title = አባላት
console-col-name = ስም
console-col-role = ሚና
console-col-key = ቁልፍ
console-col-in-set = በቁልፎች ስብስብ ውስጥ
console-col-action = እርምጃ
console-keys-title = የቁልፎች ታሪክ
console-keys-intro = በክፍሉ ስብስብ ውስጥ ኖሮ የሚያውቅ እያንዳንዱ ቁልፍ። ቁልፍን መሰረዝ በአዳዲስ ሪፖርቶች ላይ ይሠራል፤ የቆዩ መልዕክቶች ግን ለእሱ እንደተመሰጠሩ ይቆያሉ።
console-keys-set = የቁልፎች ስብስብ ስሪት፦
console-col-holder = ባለቤት
console-col-state = ሁኔታ
console-col-added = የታከለበት
console-col-revoked = የተሰረዘበት
console-oversight-title = የኦዲት መዝገብ
console-oversight-intro = እያንዳንዱ ጉዳይ የመክፈት ድርጊትና እያንዳንዱ አስተዳደራዊ እርምጃ፣ አዲሱ መጀመሪያ። መዝገቡ በሰንሰለት የተያያዘ ነው፦ በቀደሙ መዝገቦች ላይ የሚደረግ ማንኛውም ለውጥ ይታወቃል።
console-col-seq = ቁ.
console-col-time = ሰዓት
console-col-actor = ፈጻሚ
console-col-audit-action = እርምጃ
console-col-subject = ጉዳይ
console-audit-more = የቆዩ መዝገቦችን ጫን
console-me-title = መለያዬ
console-me-units = ክፍሎቼ
console-me-key = ቁልፌ
console-me-key-intro = የሕዝብ ቁልፍዎ። ተቆጣጣሪዎ ከማከሉ በፊት እሱ ከሚያየው ጋር ያወዳድሩት።
console-me-sessions = ክፍለ ጊዜዎች
console-me-sessions-intro = ከአሁን በኋላ በማይጠቀሙበት ኮምፒውተር ላይ ገብተው ከነበረ፣ ወይም ሌላ ሰው ገብቶ ሊሆን ይችላል ብለው ካሰቡ፣ ከሁሉም መሣሪያዎች ይውጡ።

## Officer console (browser messages)

js-console-status-received = ደርሷል
js-console-status-under_review = በግምገማ ላይ
js-console-status-action_taken = እርምጃ ተወስዷል
js-console-status-referred = ተላልፏል
js-console-status-closed = ተዘግቷል
js-console-outcome-investigation_opened = ምርመራ ተከፍቷል
js-console-outcome-protection_measures = የጥበቃ እርምጃዎች ተወስደዋል
js-console-outcome-referred_to_partner = ለአጋር ድርጅት ተላልፏል
js-console-outcome-referred_to_other_authority = ለሌላ ባለሥልጣን ተላልፏል
js-console-outcome-no_offence_identified = ወንጀል አልተለየም
js-console-outcome-insufficient_information = በቂ ያልሆነ መረጃ
js-console-outcome-resolved = ተፈትቷል
js-console-category-gbv = ጾታን መሠረት ያደረገ ጥቃት
js-console-category-child-protection = የሕፃናት ጥበቃ
js-console-category-trafficking-smuggling = የሰዎች ዝውውርና ኮንትሮባንድ
js-console-category-hate-crime = የጥላቻ ወንጀል
js-console-category-community-policing = የማኅበረሰብ ፖሊስ
js-console-category-police-conduct = የፖሊስ ሥነ ምግባር
js-console-category-unsure = ያልተመደበ (ሪፖርት አቅራቢው እርግጠኛ አይደለም)
js-console-role-member = አባል
js-console-role-supervisor = ተቆጣጣሪ
js-console-key-kind-officer = መኮንን
js-console-key-kind-recovery = የመመለሻ ቁልፍ
js-console-language-en = እንግሊዝኛ
js-console-language-fr = ፈረንሳይኛ
js-console-language-ar = ዓረብኛ
js-console-urgent = አስቸኳይ
js-console-unread = አዲስ መልዕክት
js-console-received = የደረሰበት
js-console-updated = የዘመነ
js-console-assigned-to = የተመደበለት
js-console-unassigned = ያልተመደበ
js-console-none = የለም
js-console-yes = አዎ
js-console-no = አይ
js-console-inactive = ንቁ ያልሆነ
js-console-thread-report = ሪፖርት
js-console-thread-reporter = ከሪፖርት አቅራቢው የመጣ መልዕክት
js-console-thread-reply = ለሪፖርት አቅራቢው የተሰጠ መልስ
js-console-thread-note = የውስጥ ማስታወሻ
js-console-thread-unknown = ምንጩ ያልታወቀ መልዕክት
js-console-thread-unreadable = ይህ መልዕክት በቁልፍዎ ሊፈታ አይችልም። ሲላክ ቁልፍዎ ምናልባት ገና በክፍሉ ስብስብ ውስጥ አልነበረም።
js-console-thread-invalid = የዚህ መልዕክት ይዘት በሚጠበቀው ቅርጸት አይደለም።
js-console-thread-mismatch = ማስጠንቀቂያ፦ የዚህ መልዕክት ይዘት ከላኪው ጋር አይጣጣምም። በጥንቃቄ ይያዙት።
js-console-thread-empty = መልዕክት የለም።
js-console-thread-some-locked = አንዳንድ መልዕክቶች በቁልፍዎ ሊፈቱ አልቻሉም።
js-console-field-what = ምን ሆነ
js-console-field-when = መቼ
js-console-field-where = የት
js-console-field-who = የሚመለከታቸው ሰዎች
js-console-field-consent = ለድጋፍ ሰጪ ድርጅት እንዲተላለፍ ይስማማል
js-console-field-empty = አልተገለጸም
js-console-assign-nobody = ማንም
js-console-assign-me = እኔ
js-console-assign-saved = ምደባው ተቀምጧል።
js-console-status-saved = ሁኔታው ተቀምጧል።
js-console-reply-sent = መልሱ ተልኳል።
js-console-note-saved = ማስታወሻው ተቀምጧል።
js-console-add-to-set = ወደ ቁልፎች ስብስብ አክል
js-console-revoke = ሰርዝ
js-console-revoke-confirm = መሰረዙን አረጋግጥ
js-console-key-active = ንቁ
js-console-key-revoked = ተሰርዟል
js-console-key-in-set = ቁልፍዎ በቁልፎች ስብስብ ውስጥ አለ
js-console-key-not-in-set = ቁልፍዎ ገና በቁልፎች ስብስብ ውስጥ የለም
js-console-set-updated = የቁልፎች ስብስብ ዘምኗል። አዲሱ ስሪት፦
js-console-audit-verified = የኦዲት መዝገቡ ሰንሰለት ያልተነካ ነው።
js-console-audit-broken = ማስጠንቀቂያ፦ የኦዲት መዝገቡ ሰንሰለት ተሰብሯል። ወዲያውኑ ለቁጥጥር አካሉ ያሳውቁ። ዝርዝር፦
js-console-enrol-qr = በማረጋገጫ መተግበሪያዎ የሚቃኝ የQR ኮድ
js-console-progress-signin = በመግባት ላይ…
js-console-progress-key = ቁልፍዎ እየተፈጠረና እየተቆለፈ ነው። ጥቂት ሰከንዶች ይወስዳል…
js-console-progress-unlock = ቁልፍዎ እየተከፈተ ነው። ጥቂት ሰከንዶች ይወስዳል…
js-console-progress-loading = በመጫን ላይ…
js-console-progress-decrypting = ጉዳዩ እየተጫነና እየተፈታ ነው…
js-console-progress-sending = እየተመሰጠረና እየተላከ ነው…
js-console-progress-saving = በማስቀመጥ ላይ…
js-console-signed-out = ወጥተዋል።
js-console-signed-out-all = ከሁሉም መሣሪያዎች ወጥተዋል።
js-console-signed-out-locally = ክፍለ ጊዜዎን ለማቋረጥ ሰርቨሩን ማግኘት አልተቻለም። ሁሉም ነገር ከዚህ ገጽ ተወግዷል፤ በኋላ እንደገና ይውጡ፣ ወይም ከሁሉም መሣሪያዎች ይውጡ።
js-console-locked = መሥሪያው ተቆልፏል። ለመቀጠል የይለፍ ሐረግዎን ያስገቡ።
js-console-locked-idle = መሥሪያው ለተወሰነ ጊዜ እንቅስቃሴ ስላልነበረ ተቆልፏል።
js-console-error-generic = የሆነ ችግር ተፈጥሯል። እባክዎ እንደገና ይሞክሩ።
js-console-error-network = ሰርቨሩን ማግኘት አይቻልም። ግንኙነትዎን ያረጋግጡና እንደገና ይሞክሩ።
js-console-error-invalid_credentials = የተጠቃሚ ስም፣ የይለፍ ቃል ወይም ኮድ ተቀባይነት አላገኘም።
js-console-error-totp_required = ከማረጋገጫ መተግበሪያዎ ባለ 6 አሃዝ ኮዱን ያስገቡ።
js-console-error-totp_replayed = ይህ ኮድ ቀደም ሲል ጥቅም ላይ ውሏል። በመተግበሪያዎ ውስጥ ቀጣዩን ኮድ ይጠብቁ፣ ከዚያ እንደገና ይሞክሩ።
js-console-error-totp_format = ኮዱ 6 አሃዞች ሊኖሩት ይገባል።
js-console-error-enrol_code = ይህ ኮድ ተቀባይነት አላገኘም። የስልክዎ ሰዓት ትክክል መሆኑን ያረጋግጡ፣ ከዚያ የአሁኑን ኮድ ያስገቡ።
js-console-error-officer_disabled = ይህ መለያ ታግዷል። አስተዳዳሪዎን ያነጋግሩ።
js-console-error-too_many_attempts = ከዚህ መሣሪያ ወይም አውታረ መረብ በጣም ብዙ ሙከራዎች። የሚታየውን ጊዜ ይጠብቁ፣ ከዚያ እንደገና ይሞክሩ።
js-console-error-session_expired = ክፍለ ጊዜዎ አብቅቷል። እንደገና ይግቡ።
js-console-error-csrf_failed = ጥያቄው በደህንነት ምክንያት ውድቅ ሆኗል። ገጹን እንደገና ይጫኑና ይሞክሩ።
js-console-error-forbidden = ይህን ለማድረግ ፈቃድ የለዎትም።
js-console-error-not_found = ይህ ጉዳይ የለም ወይም የክፍሎችዎ አይደለም።
js-console-error-no_key = ይህ አባል ገና ቁልፍ አልፈጠረም።
js-console-error-keys_changed = እየጻፉ ሳሉ የክፍሉ የቁልፎች ስብስብ ተቀይሯል። እባክዎ እንደገና ይላኩ።
js-console-error-thread_full = ይህ ጉዳይ ከፍተኛውን የመልዕክቶች ብዛት ደርሷል።
js-console-error-too_long = ጽሑፉ በጣም ረጅም ነው። እባክዎ ያሳጥሩት።
js-console-error-no_unit_keys = ይህ ክፍል ንቁ ቁልፍ የለውም፦ ለእሱ ምንም ነገር መመስጠር አይቻልም።
js-console-error-no_reply_recipient = ይህ ጉዳይ የመልስ ቁልፍ የለውም፦ ሪፖርት አቅራቢው መልስ መቀበል አይችልም።
js-console-error-unavailable = አገልግሎቱ ተጨናንቋል ወይም አይገኝም። ምንም አልተቀመጠም፤ ከትንሽ ቆይታ በኋላ እንደገና ይሞክሩ።
js-console-error-unsure_sent = በመላክ ላይ ሳለ ግንኙነቱ ተቋርጧል። እንደገና ከመላክዎ በፊት ከታች ያሉትን መልዕክቶች ይመልከቱ፦ ተቀምጦ ሊሆን ይችላል።
js-console-error-passphrase_too_short = የይለፍ ሐረጉ ቢያንስ 12 ቁምፊዎች ሊኖሩት ይገባል።
js-console-error-passphrase_mismatch = ሁለቱ የይለፍ ሐረጎች አንድ አይደሉም።
js-console-error-wrong_passphrase = የተሳሳተ የይለፍ ሐረግ።
js-console-error-key_malformed = የተቀመጠው ቁልፍዎ ተበላሽቷል። አዲስ ቁልፍ ይፍጠሩ።
js-console-error-key_mismatch = የተቀመጠው ቁልፍ ከተመዘገበው የሕዝብ ቁልፍዎ ጋር አይጣጣምም። አዲስ ቁልፍ ይፍጠሩና ለተቆጣጣሪዎ ያሳውቁ።
js-console-error-crypto = ይህ አሳሽ የመሥሪያውን ምስጠራ ማካሄድ አይችልም። የዘመነ አሳሽ ይጠቀሙ።

## Officer console: referral, transfer, re-key, notifications (page)

console-case-consent = የማስተላለፍ ስምምነት
console-case-referrals = ማስተላለፎች
console-refer-title = ለአጋር ድርጅት አስተላልፍ
console-refer-hint = ቅጂው በዚህ ኮምፒውተር ላይ ለአጋሩ ቁልፎች ብቻ ይመሰጠራል፦ ክፍልዎም ሆነ ሪፖርት አቅራቢው ሊከፍቱት አይችሉም። አጋሩ የሚያስፈልገውን ብቻ ያጋሩ። ሪፖርት አቅራቢው «ተላልፏል» የሚለውን ሁኔታ ያያል።
console-refer-no-consent = ሪፖርት አቅራቢው ለድጋፍ ሰጪ ድርጅት እንዲተላለፍ አልተስማማም። ማስተላለፍ አይቻልም።
console-refer-partner = አጋር ድርጅት
console-refer-text = ለአጋሩ መልዕክት
console-refer-text-hint = አጋሩ ለመርዳት ማወቅ ያለበት፣ ሰውየው ከተስማማም እንዴት ሊገኝ እንደሚችል።
console-refer-include-report = ሪፖርቱን ሪፖርት አቅራቢው እንደጻፈው አካትት
console-refer-submit = ማስተላለፉን ላክ
console-transfer-title = ወደ ሌላ ክፍል አዛውር
console-transfer-hint = ጉዳዩ በሙሉ በዚህ ኮምፒውተር ላይ ለሌላው ክፍል እንደገና ይመሰጠራል። ክፍልዎ ወዲያውኑ መዳረሻውን ያጣል፤ ምደባውም ይጠፋል። የሪፖርት አቅራቢው ክትትል መሥራቱን ይቀጥላል።
console-transfer-unit = ተቀባይ ክፍል
console-transfer-submit = ጉዳዩን አዛውር
console-rekey-title = የቆዩ ጉዳዮችን እንደገና መመስጠር
console-rekey-intro = አንድ ቁልፍ ወደ ስብስቡ ከታከለ ወይም ከተሰረዘ በኋላ ክፍት ጉዳዮች ለቀድሞው ስብስብ እንደተመሰጠሩ ይቆያሉ። በዚህ ኮምፒውተር ላይ እንደገና መመስጠራቸው አዳዲስ አባላት እንዲያነቧቸው ያስችላል፣ የተሰረዙ ቁልፎች የተቀመጡትን ቅጂዎች እንዳይከፍቱ ያግዳል። ቀደም ብለው የተወሰዱ ቅጂዎች አይነኩም።
console-rekey-remaining = አሁንም ለቀድሞ የቁልፎች ስብስብ የተመሰጠሩ ክፍት ጉዳዮች፦
console-rekey-start = አሁን እንደገና መስጥር
console-notify-title = ማሳወቂያዎች
console-notify-intro = ከመሥሪያው የሚላኩ ኢሜይሎች ስለ ሪፖርት ምንም አይናገሩም፦ ቁጥር፣ ምድብ፣ አካባቢ ወይም ሰዓት የለም። ማሳወቂያዎች ካልጠፉ በስተቀር አስቸኳይ ሪፖርቶች ወዲያውኑ ይነገራሉ።
console-notify-mode = አሳውቀኝ
console-notify-each = በክፍሎቼ ውስጥ በእያንዳንዱ አዲስ ክስተት
console-notify-digest = በዕለታዊ ማጠቃለያ
console-notify-off = በጭራሽ
console-notify-email = የኢሜይል አድራሻ
console-notify-email-hint = የሥራ አድራሻ ቢሆን ይመረጣል። ማሳወቂያዎች ከጠፉ አያስፈልግም።
console-notify-submit = ምርጫዎቼን አስቀምጥ

## Officer console: referral, transfer, re-key, notifications (browser messages)

js-console-consent-yes = ሪፖርት አቅራቢው ለድጋፍ ሰጪ ድርጅት እንዲተላለፍ ተስማምቷል
js-console-consent-no = ለማስተላለፍ ስምምነት የለም
js-console-transfer-submit = ጉዳዩን አዛውር
js-console-transfer-confirm = ዝውውሩን አረጋግጥ
js-console-transfer-done = ጉዳዩ የተዛወረው ወደ፦
js-console-progress-reencrypting = ጉዳዩ በዚህ ኮምፒውተር ላይ እንደገና እየተመሰጠረ ነው…
js-console-refer-done = ማስተላለፉ ተልኳል።
js-console-rekey-progress = ጉዳዩ እንደገና እየተመሰጠረ ነው
js-console-rekey-done = እንደገና የተመሰጠሩ ጉዳዮች፦
js-console-rekey-skipped = የተዘለሉ ጉዳዮች (የእያንዳንዳቸው ምክንያት ከታች ተዘርዝሯል)፦
js-console-notify-saved = ምርጫዎችዎ ተቀምጠዋል።
js-console-error-thread_changed = እየሠሩበት ሳሉ ጉዳዩ ተቀይሯል። እንደገና ይሞክሩ።
js-console-error-undecryptable = የዚህ ጉዳይ አንዳንድ መልዕክቶች በቁልፍዎ ሊፈቱ አይችሉም፤ ስለዚህ እንደገና ሊመሰጠር አይችልም። ቁልፉ የሚከፍታቸው ባልደረባ ሊያደርገው ይችላል።
js-console-error-no_consent = ሪፖርት አቅራቢው ለማስተላለፍ አልተስማማም።
js-console-error-unknown_partner = ይህ አጋር ድርጅት አይገኝም።
js-console-error-unknown_unit = ይህ ክፍል አይገኝም።
js-console-error-not_a_member = ይህ መኮንን የክፍሉ አባል አይደለም።
js-console-error-cannot_revoke = ይህ ቁልፍ አሁን ሊሰረዝ አይችልም፦ ክፍሉ ቢያንስ አንድ ንቁ ቁልፍ መያዝ አለበት።
js-console-error-invalid_email = ትክክለኛ የኢሜይል አድራሻ ያስገቡ፣ ወይም ማሳወቂያ ላለመቀበል ይምረጡ።
js-console-error-invalid_query = እነዚህ ማጣሪያዎች አብረው መጠቀም አይቻልም። ይቀይሯቸውና እንደገና ይሞክሩ።

## Officer console: security key (passkey) and attachments

console-unlock-passkey-intro = የቁልፍዎን ቅጂ በደህንነት ቁልፍ ወይም በpasskey ላይ ይዘዋል። ለመክፈት ይጠቀሙበት።
console-unlock-passkey = በደህንነት ቁልፍ ክፈት
console-unlock-or-passphrase = ወይም በይለፍ ሐረግዎ ይክፈቱ፦
console-passkey-title = የደህንነት ቁልፍ ወይም passkey
console-passkey-intro = የይለፍ ሐረግዎን ከመጻፍ ይልቅ ቁልፍዎን በደህንነት ቁልፍ ወይም በዚህ መሣሪያ passkey መክፈትም ይችላሉ። የይለፍ ሐረግዎ መሥራቱን ይቀጥላል፦ የደህንነት ቁልፉ ቢጠፋ የመመለሻ መንገዱ እሱ ነው።
console-passkey-add = የደህንነት ቁልፍ ወይም passkey አክል
console-passkey-remove = የደህንነት ቁልፉን አስወግድ
console-passkey-hint = አሳሽዎ የደህንነት ቁልፉን እንዲነኩ ወይም በዚህ መሣሪያ እንዲያረጋግጡ እስከ ሦስት ጊዜ ይጠይቅዎታል፦ ለመፍጠር፣ የቁልፍዎን ቅጂ በእሱ ለመቆለፍ እና ያንን ቅጂ ለማረጋገጥ።
js-console-passkey-state-on = የደህንነት ቁልፍ ቁልፍዎን መክፈት ይችላል።
js-console-passkey-state-off = ገና የደህንነት ቁልፍ የለም፦ በይለፍ ሐረግዎ ይከፍታሉ።
js-console-passkey-remove = የደህንነት ቁልፉን አስወግድ
js-console-passkey-remove-confirm = ማስወገዱን አረጋግጥ
js-console-passkey-progress-add = የአሳሽዎን መመሪያዎች ይከተሉ፦ የደህንነት ቁልፉን ይንኩ ወይም በዚህ መሣሪያ ያረጋግጡ…
js-console-passkey-progress-unlock = የደህንነት ቁልፍዎን ይንኩ ወይም በዚህ መሣሪያ ያረጋግጡ…
js-console-passkey-added = የደህንነት ቁልፉ ታክሏል። በሚቀጥለው ጊዜ በእሱ መክፈት ይችላሉ።
js-console-passkey-removed = የደህንነት ቁልፉ ተወግዷል። ከአሁን በኋላ በይለፍ ሐረግዎ ይክፈቱ።
js-console-passkey-error-unsupported = ይህ አሳሽ እዚህ የደህንነት ቁልፍ መጠቀም አይችልም። የይለፍ ሐረግዎን ይጠቀሙ።
js-console-passkey-error-no_prf = ይህ የደህንነት ቁልፍ ወይም አሳሽ ቁልፍን መጠበቅ አይችልም (የPRF ተግባር የለውም)። የይለፍ ሐረግዎን ይጠቀሙ፣ ወይም ሌላ የደህንነት ቁልፍ ወይም የዘመነ አሳሽ ይሞክሩ።
js-console-passkey-error-cancelled = የደህንነት ቁልፉ ጥቅም ላይ አልዋለም (ተሰርዟል ወይም ጊዜው አልፏል)። ምንም አልተቀየረም፤ እንደገና ይሞክሩ ወይም የይለፍ ሐረግዎን ይጠቀሙ።
js-console-passkey-error-exists = ይህ የደህንነት ቁልፍ ቀደም ብሎ ተመዝግቧል። ሌላ ይጠቀሙ፣ ወይም መጀመሪያ የቀድሞውን ምዝገባ ያስወግዱ።
js-console-passkey-error-wrong_key = ይህ ቁልፍዎን የያዘው የደህንነት ቁልፍ አይደለም። ሌላ ይሞክሩ፣ ወይም የይለፍ ሐረግዎን ይጠቀሙ።
js-console-passkey-error-failed = የደህንነት ቁልፉ አልሠራም። ምንም አልተቀየረም፤ እንደገና ይሞክሩ ወይም የይለፍ ሐረግዎን ይጠቀሙ።
js-console-passkey-error-no_key = መጀመሪያ ቁልፍዎን በይለፍ ሐረግ ይፍጠሩ።
js-console-passkey-error-verify = በደህንነት ቁልፉ የተሠራው ቅጂ ሊረጋገጥ ስላልቻለ አልተቀመጠም። እንደገና ይሞክሩ።
js-console-attachments-title = አባሪዎች፦
js-console-attachments-mismatch = ማስጠንቀቂያ፦ የአባሪዎቹ ብዛት የሪፖርት አቅራቢው መልዕክት ከሚገልጸው ጋር አይጣጣምም።
js-console-attachment-kind-photo = ፎቶግራፍ
js-console-attachment-kind-document = ሰነድ
js-console-attachment-kind-voice = የድምፅ ቅጂ
js-console-attachment-kind-other = ፋይል
js-console-attachment-encrypted-size = የተመሰጠረ መጠን
js-console-attachment-metadata-removed = የቦታና የካሜራ መረጃ በሪፖርት አቅራቢው መሣሪያ ላይ ተወግዷል።
js-console-attachment-metadata-kept = ሪፖርት አቅራቢው የቦታና የካሜራ መረጃውን እንደ ማስረጃ አስቀምጧል፦ ይህን ፎቶ ከማጋራትዎ በፊት ይጠንቀቁ።
js-console-attachment-locked = ይህ አባሪ በቁልፍዎ ሊፈታ አይችልም።
js-console-attachment-download = አውርድ
js-console-attachment-play = ቅጂውን አጫውት
js-console-attachment-progress = አባሪው እየተፈታ ነው…
js-console-attachment-saved = ተፈቷል፣ ተረጋግጧል። የተቀመጠው እንደ፦
js-console-attachment-error-undecryptable = ይህ አባሪ በቁልፍዎ ሊፈታ አይችልም።
js-console-attachment-error-undescribed = የሪፖርት አቅራቢው መልዕክት ይህን አባሪ አይገልጸውም፤ ስለዚህ ሊረጋገጥ አይችልም። አልተቀመጠም።
js-console-attachment-error-size = ይህ አባሪ ከተገለጸው ያጥራል፦ ተቆርጦ ሊሆን ይችላል። አልተቀመጠም።
js-console-attachment-error-sha256_mismatch = ማስጠንቀቂያ፦ ይህ አባሪ በሪፖርት አቅራቢው መልዕክት ውስጥ ካለው የጣት አሻራ (fingerprint) ጋር አይጣጣምም። ተቀይሮ ሊሆን ይችላል። አልተቀመጠም።
js-console-rekey-items = መልዕክቶችና አባሪዎች

## Files, voice messages and the "before you send" reminder (report and follow-up pages)

attach-legend = ፎቶዎች፣ ሰነዶች ወይም የድምፅ መልዕክት
attach-hint = ፎቶዎችን፣ ሰነዶችን ወይም የድምፅ መልዕክት ማከል ይችላሉ። እንደ ጽሑፍዎ ይቆለፋሉ (ይመሰጠራሉ)። ፎቶ የት እንደተነሳ የሚያሳይ የተደበቀ መረጃ መጀመሪያ ይወገዳል።
attach-add-photo = ፎቶ አክል
attach-add-file = ሰነድ አክል
attach-record-voice = የድምፅ መልዕክት ቅዳ
attach-list-label = ያከሏቸው ፋይሎች
voice-recording = እየተቀዳ ነው
voice-stop = መቅዳቱን አቁም
identify-title = ከመላክዎ በፊት፦ ይህ ማንነትዎን ሊያሳይ ይችላል
identify-body = ጽሑፍዎ ከላይ የተዘረዘሩትን መረጃዎች የያዘ ይመስላል። ክፍሉ እንዲኖረው ከፈለጉ ችግር የለውም፦ ሪፖርትዎን ማንበብ የሚችለው ክፍሉ ብቻ ነው። አስፈላጊ ካልሆኑ፣ ወይም እርስዎን ወይም ሌላ ሰውን አደጋ ላይ ሊጥሉ ከቻሉ፣ ተመልሰው ያስወግዷቸው።
identify-edit = ተመለስና አስተካክል
identify-send = ቢሆንም ላክ

## Files, voice messages and the "before you send" reminder (browser messages)

js-unit-kb = KB
js-unit-mb = MB
js-attach-kind-photo = ፎቶ
js-attach-kind-document = ሰነድ
js-attach-kind-voice = የድምፅ መልዕክት
js-attach-remove = አስወግድ
js-attach-cleaned = የተደበቀ መረጃ (ቦታ፣ ሰዓት፣ የስልክ ሞዴል) ከዚህ ፎቶ ተወግዷል።
js-attach-kept = ይህ ፎቶ ከተደበቀ መረጃው (ቦታ፣ ሰዓት፣ የስልክ ሞዴል) ጋር ይላካል።
js-attach-keep-details = የቦታና የካሜራ መረጃን እንደ ማስረጃ አቆይ
js-attach-keep-details-hint = ፖሊስ ፎቶው የት እና መቼ እንደተነሳ ማየት ካለበት ብቻ። ይህ መረጃ እርስዎ የት እንደነበሩና የትኛውን ስልክ እንደሚጠቀሙም ሊያሳይ ይችላል።
js-attach-uncleanable = ከዚህ ዓይነት ፎቶ የተደበቀ መረጃን (እንደ የተነሳበት ቦታ) ማስወገድ አንችልም። እንዳለ እንደ ሰነድ ይላካል። ይህ አደጋ ላይ ሊጥልዎ ከቻለ ያስወግዱት።
js-attach-document-as-is = ይህ ፋይል እንዳለ ይላካል። ሰነዶችና ቪዲዮዎች የተደበቀ መረጃ (እንደ ስም ወይም ቦታ) ሊይዙ ይችላሉ። ይህ አደጋ ላይ ሊጥልዎ ከቻለ ያስወግዱት።
js-attach-send-as-photo = ይህ ፎቶ ነው፦ ከመረጃው ጋር እንደ ፎቶ ላከው
js-attach-error-too-many = ተጨማሪ ፋይሎች ማከል አይችሉም። በአንድ ጊዜ መላክ የሚችሉት ከፍተኛ፦
js-attach-error-too-large = ይህ ፋይል በጣም ትልቅ ነው። መላክ የሚችሉት ትልቁ ፋይል፦
js-attach-error-total = እነዚህ ፋይሎች በአንድ ላይ በጣም ትልቅ ናቸው። በአንድ ጊዜ መላክ የሚችሉት ከፍተኛ፦
js-attach-error-read = ይህ ፋይል ሊነበብ አልቻለም። ሌላ ይሞክሩ።
js-voice-recording = እየተቀዳ ነው… ሲጨርሱ «መቅዳቱን አቁም» ይጫኑ።
js-voice-done = የድምፅ መልዕክትዎ ዝግጁ ነው። ከመላክዎ በፊት ሊያዳምጡት ይችላሉ።
js-voice-denied = ማይክሮፎኑን መጠቀም አልተቻለም። በምትኩ መጻፍ ይችላሉ፣ ወይም በአሳሽዎ ቅንብሮች ውስጥ ማይክሮፎኑን ይፍቀዱ።
js-voice-preview = የድምፅ መልዕክትዎን ያዳምጡ
js-voice-rerecord = እንደገና ቅዳ
js-progress-encrypting-files = ፋይሎችዎ እየተቆለፉ (እየተመሰጠሩ) ነው…
js-error-too-many-attachments = በጣም ብዙ ፋይሎች። አንዳንዶቹን ያስወግዱና እንደገና ይሞክሩ።
js-error-attachment-too-large = ከፋይሎቹ አንዱ በጣም ትልቅ ነው። ያስወግዱት ወይም ያነሰ ይምረጡ።
js-error-attachments-too-large = ፋይሎቹ በአንድ ላይ በጣም ትልቅ ናቸው። አንዳንዶቹን ያስወግዱና እንደገና ይሞክሩ።
js-identify-phone = የስልክ ቁጥር
js-identify-email = የኢሜይል አድራሻ
js-identify-id = የመታወቂያ፣ የፓስፖርት ወይም ሌላ ረጅም ቁጥር
js-identify-iban = የባንክ ሒሳብ ቁጥር (IBAN)
js-identify-address = የመኖሪያ ወይም የመንገድ አድራሻ
js-thread-files = ፋይሎች፦
js-message-empty = መልዕክት ይጻፉ ወይም ፋይል ያክሉ።

## Guided questions, emergency numbers and simpler words (home and report pages)

home-simple-link = ቀላል ቃላት (ለልጆችና ለወጣቶች)
simple-toggle-on = ቀላል ቃላት
simple-toggle-off = የተለመዱ ቃላት
emergency-title = አሁን የሚደውሉባቸው ቁጥሮች
emergency-hint = እነዚህ ጥሪዎች ነፃ ናቸው። አንድ ሰው አደጋ ላይ ከሆነ ወደ አንዳቸው ይደውሉ፦ ይህ ድረ-ገጽ ወዲያውኑ እርዳታ መላክ አይችልም።
field-child-label = ልጅ ይመለከተዋል
field-child-hint = ከ18 ዓመት በታች የሆነ ሰው ከተጎዳ፣ ሲፈጸም ካየ ወይም አደጋ ላይ ከሆነ ይህን ምልክት ያድርጉ። ክፍሉ ልዩ ጥንቃቄ ያደርጋል።
field-contact-label = ክፍሉ ሊያገኘኝ ይችላል
field-contact-hint = ከፈለጉ ብቻ። ይህን ምልክት ካላደረጉ፣ ክፍሉ የሚመልስልዎ በክትትል ኮድዎ በኩል ብቻ ነው።
field-contact-how-label = እርስዎን እንዴትና መቼ ማግኘት ደህንነቱ የተጠበቀ ነው?
field-contact-how-hint = ለምሳሌ፦ የስልክ ቁጥርና ብቻዎን የሚሆኑባቸው ሰዓቶች፣ ወይም የሚያምኑት ሰው።
field-contact-caution = በጣም አስተማማኙ መንገድ የክፍሉን መልሶች በክትትል ኮድዎ ማንበብ ነው። ጥሪ ወይም መልዕክት ሌላ ሰው ሊያየው ወይም ሊሰማው ይችላል።
js-emergency-shown = አሁን የሚደውሉባቸው ቁጥሮች ከዚህ ጥያቄ በታች ታይተዋል።

## Simpler words for children and young people (report page, ?simple=1)

report-intro-simple = መናገር የምትፈልገውን ብቻ ንገረን። በማንኛውም ቋንቋ መጻፍ ትችላለህ። በዚህ ምክንያት ችግር ውስጥ አትገባም።
field-what-label-simple = ምን ሆነ?
field-what-hint-simple = በራስህ ቃላት ጻፈው። አጭር መሆኑ ችግር የለውም።
field-when-label-simple = መቼ ሆነ?
field-when-hint-simple = ለምሳሌ፦ ዛሬ፣ ትናንት ማታ፣ ባለፈው ሳምንት። መገመት ትችላለህ።
field-where-label-simple = የት ሆነ?
field-where-hint-simple = ለምሳሌ፦ ቤት ውስጥ፣ ትምህርት ቤት፣ መንገድ ላይ፣ መጠለያ ካምፕ ውስጥ።
field-who-label-simple = ማን አደረገው፣ ወይም ማን ነበረ?
field-who-hint-simple = ስሞችን መጻፍ ትችላለህ፣ ወይም ሰዎቹ ምን እንደሚመስሉ።
field-region-label-simple = አካባቢ
field-region-hint-simple = ይህ ትክክለኛውን ቡድን ለማግኘት ይረዳናል። መምረጥ ግዴታ አይደለም።
field-urgent-label-simple = አንድ ሰው አሁን አደጋ ላይ ነው
field-urgent-hint-simple = አንድ ሰው አሁን ሊጎዳ የሚችል ከሆነ፣ እዚህ ከሚታዩት ቁጥሮች ወደ አንዱ ደውል። ይህ ድረ-ገጽ ወዲያውኑ እርዳታ መላክ አይችልም።
field-child-label-simple = ልጅ አለበት
field-child-hint-simple = ስለ አንተ ወይም ስለ ሌላ ልጅ (ከ18 ዓመት በታች) ከሆነ ይህን ምልክት አድርግ።
field-contact-label-simple = ልታገኙኝ ትችላላችሁ
field-contact-hint-simple = ከፈለግህ ብቻ። ካልሆነ፣ መልሳችንን በሚስጥር ኮድህ ማንበብ ትችላለህ።
field-contact-how-label-simple = አንተን እንዴትና መቼ ማግኘት ደህንነቱ የተጠበቀ ነው?
field-contact-how-hint-simple = ለምሳሌ፦ የስልክ ቁጥርና ብቻህን የምትሆንበት ሰዓት፣ ወይም የምታምነው ትልቅ ሰው።
field-contact-caution-simple = መልሳችንን በሚስጥር ኮድህ ማንበብ በጣም አስተማማኙ ነው። ጥሪ ወይም መልዕክት ሌላ ሰው ሊያየው ይችላል።
field-referral-label-simple = ሥራቸው መርዳት የሆነ ሰዎችን (ደህንነቱ የተጠበቀ መቆያ ቦታ፣ ሐኪም፣ ጠበቃ) እንዲረዱኝ መጠየቅ ትችላላችሁ
field-referral-hint-simple = አይሆንም ማለት ትችላለህ። በኋላም እርዳታ መጠየቅ ትችላለህ።

# Console: guided answers of a report
js-console-field-child = ልጅ ይመለከተዋል
js-console-field-contact = ክፍሉ ሊያገኛቸው ይችላል

# Receipt: the code as a small file
receipt-save = በፋይል አስቀምጥ
js-saved-file = «note.txt» በሚል ስም ተቀምጧል። ሌላ ሰው በማያይበት ቦታ ያስቀምጡት፣ ወይም ኮዱን ከጻፉ በኋላ ይሰርዙት።
receipt-save-hint = የተቀመጠ ፋይል በዚህ ስልክ ላይ እና በአሳሹ የወረዱ ፋይሎች ዝርዝር ውስጥ ይቀራል፤ ከእንግዲህ ሳያስፈልግዎ ሲቀር ከሁለቱም ይሰርዙት።
js-console-error-key_changed = ቁልፍዎ በሌላ መስኮት ተቀይሯል። እንደገና ይክፈቱ፣ ከዚያ የደህንነት ቁልፉን እንደገና ያክሉ።

# Transfer and re-key: the earlier copies are kept until a supervisor checks
console-reencryption-title = እንደገና ተመስጥሯል፦ የተቆጣጣሪ ማረጋገጫ እየጠበቀ ነው
console-reencryption-hint = ይህ ኮምፒውተርም ሆነ አገልጋዩ አዲሶቹ ቅጂዎች ትክክል መሆናቸውን ማወቅ አይችሉም። ተቆጣጣሪ እያንዳንዱ እንደሚከፈት እስኪያረጋግጥ ድረስ የቀድሞዎቹ ቅጂዎች ይቀመጣሉ፤ ሊመለሱም ይችላሉ። ማንም ካላረጋገጠ በተጠቀሰው ቀን ይሰረዛሉ።
console-reencryption-confirm = አረጋግጥና አጽድቅ
console-reencryption-restore = የቀድሞዎቹን ቅጂዎች መልስ
console-reencryption-supervisors = ጉዳይን ማስተላለፍ ወይም እንደገና መመስጠር፣ ከዚያም ማጽደቅ ወይም መቀልበስ የሚችሉት የክፍሉ ተቆጣጣሪዎች ብቻ ናቸው።
console-rekey-unconfirmed = ማረጋገጫ የሚጠብቁ እንደገና የተመሰጠሩ ጉዳዮች፦
console-rekey-check = አረጋግጣቸውና አጽድቃቸው
js-console-reencryption-by = እንደገና የመሰጠረው
js-console-reencryption-from = ከ
js-console-reencryption-until = የቀድሞ ቅጂዎች የሚቀመጡት እስከ
js-console-reencryption-restore = የቀድሞዎቹን ቅጂዎች መልስ
js-console-reencryption-restore-confirm = አረጋግጥ፦ የቀድሞዎቹን ቅጂዎች መልስ
js-console-reencryption-confirmed = ተረጋግጧል፦ እያንዳንዱ ቅጂ ይከፈታል። የቀድሞዎቹ ቅጂዎች ተሰርዘዋል።
js-console-reencryption-shut = አንዳንድ ቅጂዎች በቁልፍዎ አይከፈቱም። የቀድሞዎቹን ቅጂዎች ይመልሱ፣ ወይም ቁልፉ የሚከፍታቸውን ባልደረባ እንዲያረጋግጥ ይጠይቁ።
js-console-reencryption-restored = የቀድሞዎቹ ቅጂዎች ተመልሰዋል።
js-console-progress-checking = እያንዳንዱ ቅጂ መከፈቱ እየተረጋገጠ ነው…
js-console-rekey-checked = የተረጋገጡና የጸደቁ ጉዳዮች፦
js-console-rekey-check-skipped = ያልጸደቁ ጉዳዮች፦
js-console-error-reencryption_pending = የዚህ ጉዳይ የመጨረሻ እንደገና መመስጠር ገና አልተረጋገጠም። መጀመሪያ ጉዳዩን ከፍተው ያጽድቁ ወይም ይመልሱ።
js-console-error-not_pending = በዚህ ጉዳይ ውስጥ ማረጋገጫ የሚጠብቅ ነገር የለም።
js-console-error-added_since_transfer = ከማስተላለፉ በኋላ መልዕክቶች ተጨምረዋል፤ በቀድሞው ክፍል አይከፈቱም፤ ስለዚህ የቀድሞዎቹ ቅጂዎች ሊመለሱ አይችሉም። በምትኩ አዲሶቹን ቅጂዎች ያጽድቁ፤ ከዚያ በኋላ ጉዳዩ መልሶ ሊተላለፍ ይችላል።

# የአይፈለጌ መልዕክት ወይም አላግባብ የመጠቀም ምልክቶች፣ እና ይዘታቸው የተሰረዘ ጉዳዮች።
console-case-purged = የዚህ ጉዳይ ሪፖርት፣ መልዕክቶችና ፋይሎች የማቆያ ጊዜው ሲያበቃ ተሰርዘዋል። የቀረው መዝገቡ ብቻ ነው፦ የሁኔታ ታሪክና የኦዲት መዝገብ ግቤቶች። የተሰረዘበት ቀን፦
console-reencryption-not-restorable = ከማስተላለፉ በኋላ መልዕክቶች ስለተጨመሩ የቀድሞዎቹ ቅጂዎች ከእንግዲህ ሊመለሱ አይችሉም። አዲሶቹ ቅጂዎች እንደሚከፈቱ አረጋግጠው ያጽድቋቸው።
console-flag-title = አይፈለጌ መልዕክት ወይም አላግባብ መጠቀም
console-flag-hint = አይፈለጌ መልዕክት ወይም አላግባብ መጠቀም ተብሎ ምልክት የተደረገበት ጉዳይ ይዘጋል። ሪፖርት አቅራቢው በክትትል ኮዱ አሁንም ሊያነበው ይችላል፤ ነገር ግን ከእንግዲህ መጻፍ አይችልም፤ ጉዳዩም ከሌሎች ጉዳዮች ቀድሞ ይሰረዛል። ጉዳዩን እንደገና መክፈት ምልክቱን ያስወግዳል።
console-flag-supervisors = ጉዳይን አይፈለጌ መልዕክት ወይም አላግባብ መጠቀም ብሎ ምልክት ማድረግ ወይም ምልክቱን ማስወገድ የሚችሉት የክፍሉ ተቆጣጣሪዎች ብቻ ናቸው።
console-flag-kind = የምልክቱ ዓይነት
console-flag-spam = አይፈለጌ መልዕክት (ስፓም)
console-flag-abuse = አገልግሎቱን አላግባብ መጠቀም
console-flag-submit = ጉዳዩን ምልክት አድርግ
js-console-flag-submit = ጉዳዩን ምልክት አድርግ
js-console-flag-confirm = አረጋግጥ፦ ጉዳዩን ዝጋና ምልክት አድርግበት
js-console-flag-remove = ምልክቱን አስወግድ
js-console-flag-current = ምልክት፦
js-console-flag-purge-after = ከዚህ ቀን በኋላ ይሰረዛል፦
js-console-flag-saved = ጉዳዩ ምልክት ተደርጎበት ተዘግቷል። ሪፖርት አቅራቢው ከእንግዲህ ሊጽፍበት አይችልም።
js-console-flag-removed = ምልክቱ ተወግዷል። አንድ ሰው እንደገና እስኪከፍተው ድረስ ጉዳዩ ተዘግቶ ይቆያል።
js-console-flag-spam = አይፈለጌ መልዕክት
js-console-flag-abuse = አላግባብ መጠቀም
js-console-error-check_failed = የዚህ ጉዳይ ቢያንስ አንድ መልዕክት ወይም ፋይል በቁልፍዎ አይከፈትም፤ ስለዚህ አልጸደቀም። ቁልፉ የሚከፍተው ባልደረባ ሊያረጋግጠው ይችላል፤ ወይም ተቆጣጣሪ የቀድሞዎቹን ቅጂዎች ከጉዳዩ ሊመልስ ይችላል።
js-console-error-case_purged = የዚህ ጉዳይ ይዘት ተሰርዟል፤ የቀረው መዝገቡ ብቻ ነው።
