# Passerelle — public pages, ትግርኛ.
# Plain messages only (no variables or selectors): the server looks them up by id.
# Ids starting with "js-" are also sent to the browser code in the page data.

lang-name = ትግርኛ
site-name = Passerelle

## Layout

quick-exit = ቅልጡፍ መውጽኢ
quick-exit-hint = ወይ ናይ Shift መጠወቒ 3 ግዜ ጠውቑ
skip-link = ናብቲ ቀንዲ ትሕዝቶ ኺዱ
lang-switch-label = ቋንቋ
footer-nav-label = ገጻት ናይዚ መርበብ
nav-home = መበገሲ ገጽ
nav-follow-up = ጸብጻብ ምክትታል
nav-safety = ኣብ ኢንተርነት ውሑስ ምዃን
footer-firewall = ጸብጻባት ንሰብ መዚ ስደትን ኢሚግሬሽንን ፈጺምና ኣይነካፍሎን ኢና።
footer-no-tracking = እዚ መርበብ ኩኪ ወይ መከታተሊ ኣይጥቀምን እዩ።
noscript-title = እዚ ገጽ JavaScript የድልዮ።
noscript-body = ጸብጻብኩም ቅድሚ ምልኣኹ ኣብ ናይ ባዕልኹም ተሌፎን ይዕጾ (ይምስጠር)፣ ንዚ ድማ JavaScript የድሊ። ብዘይኡ ዋላ ሓንቲ ክለኣኽ ኣይከኣልን። ኣብ Tor Browser ደረጃ ድሕነት «ንቡር» (Standard) ምረጹ፣ ድሕሪኡ እዚ ገጽ እንደገና ክፈቱ።

## Notes repeated on several pages

note-emergency = ንስኹም ወይ ካልእ ሰብ ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ናብ ቁጽሪ ህጹጽ ረድኤት ደውሉ (ኣብ ኤውሮጳ 112)። ኣብዚ መርበብ ዝለኣኹ ጸብጻባት ብቕጽበት ኣይንበቡን እዮም።
note-encrypted = እትጽሕፍዎ ቅድሚ ምልኣኹ ኣብ ተሌፎንኩም ይዕጾ (ይምስጠር)። እቲ ጉዳይ ዝሕዝ ክፍሊ ፖሊስ ጥራይ እዩ ኪኸፍቶ ዚኽእል። ንሕና ከነንብቦ ኣይንኽእልን።
note-no-name = ስምኩም፣ ኣድራሻኹም ወይ ሰነዳትኩም ኣይንሓትትን ኢና። ክትጽሕፍዎም ኣየድልን።
note-firewall = ጸብጻብኩም ንሰብ መዚ ስደትን ኢሚግሬሽንን ኣይወሃብን። ሰነዳት እንተዘይብልኩም እውን ክትሕብሩ ትኽእሉ ኢኹም።

## Home page

home-title = ገበን ብውሑስ መገዲ ሕበሩ
home-intro = ኣባኹም ወይ ኣብ ካልእ ሰብ ዝወረደ ንክፍሊ ሓለዋ ፖሊስ ንገሩ። ብነጻ እዩ፣ ስምኩም ከይገለጽኩም ድማ ክትሓልፉ ትኽእሉ ኢኹም።
home-choose = ብዛዕባ እንታይ እዩ?
home-how-title = ከመይ ይሰርሕ
home-how-1 = ብዛዕባ እንታይ ምዃኑ ምረጹ።
home-how-2 = ዝተፈጸመ ብናይ ባዕልኹም ቃላትን ብዝኾነ ቋንቋን ጽሓፉ። ክትብሉዎ እትደልዩ ጥራይ።
home-how-3 = ናይ ክትትል ኮድ ክወሃበኩም እዩ። ኣብ ውሑስ ቦታ ሓልውዎ፦ ብኡ መልሲ ናይቲ ክፍሊ ከተንብቡን ተወሳኺ ሓበሬታ ክትሰዱን ትኽእሉ።
home-follow-up-title = ድሮ ጸብጻብ ሰዲድኩም ዲኹም?
home-follow-up-text = ጸብጻብኩም ናበይ ከም ዝበጽሐ ንምርኣይን መልእኽትታት ናይቲ ክፍሊ ንምንባብን ናይ ክትትል ኮድኩም ተጠቐሙ።
home-follow-up-link = ጸብጻበይ ክከታተል
home-safety-link = ነዚ መርበብ ክትጥቀሙ ከለኹም ከመይ ውሑሳት ክትኾኑ ከም ትኽእሉ

## Categories

category-gbv = ኣብ ልዕሊ ደቂ ኣንስትዮ ዝበጽሕ ዓመጽ፣ ጾታዊ ወይ ናይ ስድራ ዓመጽ
category-gbv-desc = ምዕማጽ (ብግዲ ጾታዊ ርክብ)፣ ጾታዊ መጥቃዕቲ፣ ኣብ ገዛ ወይ ካብ በዓል ቤት ወይ መጻምድቲ ዝበጽሕ ዓመጽ፣ ብግዲ መርዓ፣ ምፍርራሕ።
category-child-protection = ቆልዓ ኣብ ሓደጋ ኣሎ
category-child-protection-desc = ቆልዓ ተሃስዩ፣ ይበደል፣ ይብዝበዝ፣ በይኑ እዩ ወይ ጠፊኡ።
category-trafficking-smuggling = ዘውቲ ደቂ ሰብ፣ ኮንትሮባንድ፣ ብግዲ ዕዮ
category-trafficking-smuggling-desc = ሓደ ሰብ ብግዲ ክሰርሕ ወይ ጾታዊ ርክብ ክገብር ይግደድ፣ ኣንጻር ድሌቱ ተታሒዙ ኣሎ፣ ወይ ምስ ኮንትሮባንዲስታት ኣብ ሓደጋ ኣሎ።
category-hate-crime = ዓሌትነት፣ ጽልኢ፣ ብሰንኪ መንነትኩም ዝበጽሕ መጥቃዕቲ
category-hate-crime-desc = ብሰንኪ መበቆልኩም፣ ሃይማኖትኩም፣ ሕብሪ ቆርበትኩም፣ ጾታኹም ወይ ጾታዊ ዝንባሌኹም ዝበጽሕ ጸርፊ፣ ምፍርራሕ ወይ መጥቃዕቲ።
category-community-policing = ካልእ ገበን ወይ ጸገም
category-community-policing-desc = ስርቂ፣ ምፍርራሕ፣ ዓመጽ ወይ ኣብ ከባቢኹም ዘሎ ሓደጋ።
category-police-conduct = ብዛዕባ ፖሊስ ዝቐርብ ጥርዓን
category-police-conduct-desc = ሓደ ፖሊስ ብሕማቕ ወይ ብዘይ ፍትሒ ተሓዚኩም። እዚ ናብ ናጻ ኣካል ቁጽጽር እዩ ዝኸይድ፣ ናብቲ ዝገበሮ ፖሊስ ኣይኮነን።
category-unsure = ርግጸኛ ኣይኮንኩን
category-unsure-desc = ዝተፈጸመ ንገሩና። ሓደ ጉጅለ ናብቲ ቅኑዕ ክፍሊ ክሰዶ እዩ።

## Report page

report-eyebrow = ሓድሽ ጸብጻብ
report-intro = እትደልይዎ ጥራይ መልኡ። ብዝኾነ ቋንቋ ክትጽሕፉ ትኽእሉ ኢኹም።
field-optional = (ኣማራጺ)
field-what-label = እንታይ ተፈጸመ?
field-what-hint = ብናይ ባዕልኹም ቃላት ንገሩ።
field-when-label = መዓስ ተፈጸመ?
field-when-hint = ዕለት ወይ ሰዓት፣ ብግምት እውን ይኹን። ንኣብነት፦ ትማሊ ምሸት፣ ኣብ መጋቢት።
field-where-label = ኣበይ ተፈጸመ?
field-where-hint = ከተማ፣ ጎደና፣ መዓስከር፣ እትፈልጥዎ ቦታ።
field-who-label = መን ይምልከቶ?
field-who-hint = እንተኽኢልኩም ነቶም ሰባት ግለጹ፦ ትርኢቶም፣ ኣስማት፣ ቁጽሪ ተሌፎን፣ ተሽከርከርቲ።
field-region-label = ከባቢ
field-region-hint = እዚ ጸብጻብኩም ናብቲ ቅኑዕ ጉጅለ ንኽበጽሕ ይሕግዝ። እቲ ከባቢ ኣይምስጠርን እዩ።
field-region-none = ክገልጽ ኣይደልን
field-urgent-label = ሓደ ሰብ ሕጂ ኣብ ሓደጋ ኣሎ
field-urgent-hint = ሓደ ሰብ ኣብ ቅጽበታዊ ሓደጋ እንተሃሊዩ፣ ናብ ቁጽሪ ህጹጽ ረድኤት እውን ደውሉ (ኣብ ኤውሮጳ 112)። እዚ መርበብ ብቕጽበት ሓገዝ ክሰድድ ኣይኽእልን።
field-referral-label = ሓገዝ እንተደልየ፣ እቲ ክፍሊ ጸብጻበይ ናብ ትካል ደገፍ (መዕቆቢ፣ ሕጋዊ ሓገዝ፣ ጥዕና) ከመሓላልፎ እሰማማዕ
field-referral-hint = ኣይፋል ክትብሉ ትኽእሉ ኢኹም። ጸኒሕኩም እውን ብመልእኽቲ ሓገዝ ክትሓቱ ትኽእሉ።
report-metadata-note = እቲ ሰርቨር ዝርእዮ ዓይነት ጸብጻብ፣ ከባቢ (እንተመሪጽኩም)፣ ቋንቋ ናይቲ ገጽ፣ ህጹጽ ምዃኑን ዘይምዃኑን፣ ናብ ትካል ደገፍ ንኽመሓላለፍ ምስምማዕኩምን ጥራይ እዩ። እትጽሕፍዎ ከንብብ ኣይኽእልን።
report-submit = ጸብጻበይ ብውሑስ ስደድ

## Receipt after sending

receipt-title = ጸብጻብኩም ተላኢኹ ኣሎ
receipt-case-label = ቁጽሪ ጉዳይ፦
receipt-code-label = ናይ ክትትል ኮድኩም
receipt-code-warning = ነዚ ኮድ ሕጂ ጽሓፍዎ ወይ ኣብ ውሑስ ቦታ ሓልውዎ። ሓንሳብ ጥራይ እዩ ዝርአ። እንተጠፊኡኩም፣ ዝኾነ ሰብ ክመልሰልኩም ኣይኽእልን፦ ንሕና ይኹን ፖሊስ።
receipt-code-use = ብዚ ኮድ መልስታት ናይቲ ክፍሊ ከተንብቡን ተወሳኺ ሓበሬታ ክትሰዱን ትኽእሉ። እቲ ኮድ ዘለዎ ዝኾነ ሰብ ነቲ መልስታት ከንብቦ ይኽእል፣ ስለዚ ሕቡእ ጌርኩም ሓልውዎ።
receipt-copy = ኮድ ቅዳሕ
receipt-print = ሕተም
receipt-copy-hint = ነቲ ኮድ እንተቐዳሕኩምዎ፣ ካልኦት ኣፕሊኬሽናት ናይዚ ተሌፎን ክርእይዎ ይኽእሉ። እትሓብእዎ ወረቐት ዝያዳ ውሑስ ክኸውን ይኽእል።
receipt-next-title = ቀጺሉ እንታይ ይኸውን
receipt-next = እቲ ክፍሊ ጸብጻብኩም ከንብቦ እዩ። መልሶም ንምርኣይ ድሕሪ ውሑዳት መዓልታት ምስ ኮድኩም ተመለሱ።
receipt-follow-up-link = ናብ ገጽ ክትትል ኺዱ

## Follow-up page

follow-up-title = ጸብጻብኩም ተኸታተሉ
follow-up-intro = ናይ ክትትል ኮድኩም ኣእትዉ። እቲ ኮድ ኣብዚ ተሌፎን ይተርፍ፦ ካብኡ ዝተሰርሐ መፍትሕ ጥራይ እዩ ዝለኣኽ።
follow-up-code-label = ናይ ክትትል ኮድ (28 ቁጽርታት)
follow-up-code-hint = ባዶ ቦታታትን ሰረዝን ኣየገድሱን። ነቶም ቁጽርታት ከም 123 ወይ ١٢٣ ክትጽሕፍዎም ትኽእሉ።
follow-up-open = ጸብጻበይ ክፈት
follow-up-lost = ኮድኩም ጠፊኡኩም ድዩ? ንስኹም ጥራይ ስለ ዘለኩም፣ ዝኾነ ሰብ ክመልሰልኩም ኣይኽእልን። ሓድሽ ጸብጻብ ክትሰዱ ትኽእሉ ኢኹም።
follow-up-case-title = ጸብጻብኩም
follow-up-case-label = ቁጽሪ ጉዳይ
follow-up-status-label = ኩነታት
follow-up-history-title = ክሳብ ሕጂ ዝተገብረ
follow-up-thread-title = መልእኽትታት
follow-up-thread-note = ናይ ባዕልኹም መልእኽትታት ንክፍሊ ጥራይ ተዓጽዮም ስለ ዘለዉ፣ ኣብዚ ደጊምኩም ከተንብብዎም ኣይትኽእሉን።
follow-up-closed = እዚ ጉዳይ ተዓጽዩ ኣሎ፤ ተወሳኺ መልእኽቲ ኣይቅበልን።
follow-up-message-label = ናብቲ ክፍሊ ጽሓፉ
follow-up-message-hint = ሓበሬታ ወስኹ ወይ ንሕቶ መልሱ። መልእኽትኹም ከም ጸብጻብኩም ይዕጾ (ይምስጠር)።
follow-up-send = መልእኽቲ ስደድ
follow-up-forget = ነዚ ኮድ ኣብዚ ገጽ ረስዖ

## Safety page

safety-title = ነዚ መርበብ ክትጥቀሙ ከለኹም ውሑሳት ኩኑ
safety-intro = ተሌፎንኩም ወይ ኮምፒተርኩም ዝጥቀም ሰብ ናብዚ መርበብ ከም ዝመጻእኩም ክርኢ ይኽእል። ነዚ ሓደጋ ንምንካይ እዚ ዝስዕብ ግበሩ።
safety-exit-title = መጠወቒ ቅልጡፍ መውጽኢ
safety-exit-text = ኣብ ላዕሊ ናይ ነፍሲ ወከፍ ገጽ መጠወቒ ቅልጡፍ መውጽኢ ኣሎ። ጠውቕዎ፣ ወይ ናይ Shift መጠወቒ 3 ግዜ ጠውቑ፣ እዚ መርበብ ይዕጾ እሞ ካልእ ንቡር መርበብ ይኽፈት።
safety-exit-warning = ቅልጡፍ መውጽኢ ታሪኽ ብራውዘርኩም ኣይድምስስን። ሓደ ሰብ ነዚ መርበብ ኣብ ታሪኽ ብራውዘርኩም ክርእዮ ይኽእል እዩ።
safety-history-title = ታሪኽ ብራውዘርኩም ደምስሱ
safety-history-text = ኣብ መብዛሕትኦም ብራውዘራት፦ ዝርዝር (⋮ ወይ ☰) ክፈቱ፣ ድሕሪኡ History (ታሪኽ)፣ ድሕሪኡ Clear browsing data (ሓበሬታ ምድምሳስ)።
safety-history-partial = ኩሉ ታሪኽ ምድምሳስ ዘገርም እንተመሲሉ፣ ገጻት ናይዚ መርበብ ጥራይ ደምስሱ።
safety-private-title = ብሕታዊ መስኮት ተጠቐሙ
safety-private-text = ብሕታዊ መስኮት (ኣብ Chrome Incognito፣ ኣብ Firefox ከምኡ’ውን Safari Private window) ምስ ዓጸኹሞ ዝረኣኹምዎም ገጻት ይርስዖም።
safety-tor-title = Tor Browser ተጠቐሙ
safety-tor-text = Tor Browser እትበጽሕዎም መርበባት ካብ ናይ ኢንተርነት ኣቕራቢኹም ይሓብእ፣ ናይ ኢንተርነት ኣድራሻኹም ድማ ካባና ይሓብእ። ደረጃ ድሕነት «ንቡር» (Standard) ተጠቐሙ፦ እዚ መርበብ ጸብጻብኩም ንምዕጻው JavaScript የድልዮ።
safety-device-title = ሓደ ሰብ ተሌፎንኩም እንተፈቲሹ
safety-device-text = ሓደ ሰብ ተሌፎንኩም ዝርኢ እንተኾይኑ ወይ ናይ ስለያ ኣፕሊኬሽን ኣብኡ ኣእትዩ ክኸውን ዚኽእል እንተኾይኑ፣ ካልእ ተሌፎን ወይ ኮምፒተር ተጠቐሙ፣ ንኣብነት ናይ እትኣምንዎ ሰብ ወይ ትካል።
safety-code-title = ኮድኩም ብውሑስ ሓልዉ
safety-code-text = ናይ ክትትል ኮድኩም ዘለዎ ዝኾነ ሰብ መልስታት ናይቲ ክፍሊ ከንብብ ይኽእል። ካልኦት ኣብ ዝርእይዎ ቦታ ኣይተቐምጥዎ፦ ኣብ እትሓብእዎ ወረቐት ጽሓፍዎ፣ ወይ ብልብኹም ሓዝዎ።
safety-nothing-stored = እዚ መርበብ ኩኪ ኣየቐምጥን፣ ኣብ ተሌፎንኩም ድማ ዋላ ሓንቲ ኣይዕቅብን።

## Not found

not-found-title = ገጽ ኣይተረኽበን
not-found-text = እዚ ገጽ የለን።
not-found-home = ናብ መበገሲ ገጽ ኺዱ

## Status and outcomes (server-rendered and in the browser)

status-received = ተቐቢልናዮ
status-under_review = ይረአ ኣሎ
status-action_taken = ስጉምቲ ተወሲዱ
status-referred = ናብ ካልእ ኣገልግሎት ተመሓላሊፉ
status-closed = ተዓጽዩ
outcome-investigation_opened = መጽናዕቲ ተኸፊቱ
outcome-protection_measures = ናይ ሓለዋ ስጉምትታት ተወሲዶም
outcome-referred_to_partner = ናብ ትካል ደገፍ ተመሓላሊፉ
outcome-referred_to_other_authority = ናብ ካልእ ኣካል መንግስቲ ተመሓላሊፉ
outcome-no_offence_identified = ገበን ኣይተረኽበን
outcome-insufficient_information = ስጉምቲ ንምውሳድ እኹል ሓበሬታ የለን
outcome-resolved = ተፈቲሑ

## Browser messages

js-status-received = ተቐቢልናዮ
js-status-under_review = ይረአ ኣሎ
js-status-action_taken = ስጉምቲ ተወሲዱ
js-status-referred = ናብ ካልእ ኣገልግሎት ተመሓላሊፉ
js-status-closed = ተዓጽዩ
js-outcome-investigation_opened = መጽናዕቲ ተኸፊቱ
js-outcome-protection_measures = ናይ ሓለዋ ስጉምትታት ተወሲዶም
js-outcome-referred_to_partner = ናብ ትካል ደገፍ ተመሓላሊፉ
js-outcome-referred_to_other_authority = ናብ ካልእ ኣካል መንግስቲ ተመሓላሊፉ
js-outcome-no_offence_identified = ገበን ኣይተረኽበን
js-outcome-insufficient_information = ስጉምቲ ንምውሳድ እኹል ሓበሬታ የለን
js-outcome-resolved = ተፈቲሑ
js-progress-protecting = ጸብጻብኩም ይሕሎ ኣሎ…
js-progress-checking = ብውሑስ ንምልኣኽ ይዳሎ ኣሎ…
js-progress-sending = ይለኣኽ ኣሎ…
js-progress-retrying = እቲ መስመር ደንጉዩ ኣሎ። እንደገና ንፍትን ኣለና…
js-progress-opening = ጸብጻብኩም ይኽፈት ኣሎ…
js-error-network = ናብቲ ሰርቨር ክንበጽሕ ኣይከኣልናን። መስመርኩም ፈትሹ እሞ እንደገና ፈትኑ። ጽሑፍኩም ኣብዚ ኣሎ።
js-error-generic = ጌጋ ኣጋጢሙ። በጃኹም እንደገና ፈትኑ።
js-error-no-unit = እዚ ዓይነት ጸብጻብ ሕጂ ክቕበል ኣይከኣልን። በጃኹም ጸኒሕኩም ፈትኑ።
js-error-key-log = ዋላ ሓንቲ ኣይተላእከን። እቶም ክምስጥሩሉ ዝነበሩ መፍትሕታት ምስቲ ህዝባዊ መዝገብ መፍትሕታት ናይዚ ኣገልግሎት ኣይሰማምዑን፤ ሓደ ሰብ ነዚ መን ከንብቦ ከም ዝኽእል ቀይሩ ክኸውን ይኽእል። በጃኹም ጸኒሕኩም ፈትኑ፣ ወይ ብኻልእ መንገዲ ሓብሩ።
js-error-too-long = ጽሑፍኩም ኣዝዩ ነዊሕ እዩ። በጃኹም ኣሕጽርዎ።
js-error-crypto = እዚ ብራውዘር ጸብጻብኩም ክዓጽዎ (ክምስጥሮ) ኣይኽእልን። ሓድሽ ብራውዘር ተጠቐሙ፣ ወይ Tor Browser ብደረጃ «ንቡር» (Standard)።
js-error-rate-limited = ብዙሕ ፈተነታት ተገይሩ። በጃኹም ውሑዳት ደቓይቕ ተጸበዩ፣ ድሕሪኡ እንደገና ፈትኑ።
js-error-not-found = በዚ ኮድ ዝተረኽበ ጸብጻብ የለን። ነቲ ኮድ ፈትሹ እሞ እንደገና ፈትኑ።
js-code-error-invalid-character = እቲ ኮድ ቁጽርታት ጥራይ እዩ ዝሕዝ።
js-code-error-wrong-length = እቲ ኮድ 28 ቁጽርታት ኣለዎ። ዝጎደለ ወይ ዝበዝሐ ከም ዘየለ ፈትሹ።
js-code-error-check-digit = እዚ ኮድ ጌጋ ኣለዎ። ነፍሲ ወከፍ ቁጽሪ ብጥንቃቐ ፈትሹ።
js-copied = እቲ ኮድ ተቐዲሑ።
js-copy-manual = እቲ ኮድ ተመሪጹ ኣሎ። ብዝርዝር ተሌፎንኩም ቅድሕዎ።
js-thread-unit = መልእኽቲ ካብቲ ክፍሊ
js-thread-yours = መልእኽትኹም
js-thread-your-report = ጸብጻብኩም
js-thread-sent = ተላኢኹ
js-thread-unreadable = እዚ መልእኽቲ ኣብዚ መሳርሒ ክኽፈት ኣይኽእልን።
js-thread-empty = ክሳብ ሕጂ መልእኽቲ የለን።
js-message-sent = መልእኽትኹም ተላኢኹ።
js-forgotten = እቲ ኮድ ካብዚ ገጽ ተኣልዩ። ዝያዳ ንድሕነትኩም፣ ነዚ ታብ እውን ዕጸውዎ።
js-time-unknown = ዘይፍለጥ ግዜ

## Officer console (page)

console-title = መስርሕ ሰራሕተኛታት ፖሊስ
console-noscript-body = መስርሕ ሰራሕተኛታት ፖሊስ ነቶም ጉዳያት ኣብዚ ኮምፒተር ይፈትሖም (ምስጢሮም ይኸፍት)፣ JavaScript ድማ የድልዮ። ነዚ መርበብ ኣንቕሕዎ፣ ድሕሪኡ ነቲ ገጽ ደጊምኩም ጽዓንዎ።
console-footer-restricted = ንፍቑዳት ሰራሕተኛታት ክፍልታት ሓለዋን ኣካል ቁጽጽርን ጥራይ።
console-footer-audit = ነፍሲ ወከፍ ምእታውን እትኸፍትዎ ነፍሲ ወከፍ ጉዳይን ኣብ መዝገብ ምርመራ (audit) ይምዝገብ።
console-cancel = ሰርዝ
console-continue = ቀጽል
console-signin-title = ምእታው ሰራሕተኛታት
console-signin-intro = ብናይ ባዕልኹም ሕሳብ እተዉ። ቃል ምሕላፍኩም፣ ኣፕሊኬሽን ምርግጋጽኩም ወይ ሓረግ ምሕላፍ መፍትሕኩም ንዝኾነ ሰብ ፈጺምኩም ኣይተካፍሉ።
console-signin-login = ስም ተጠቃሚ
console-signin-password = ቃል ምሕላፍ
console-signin-totp = ኮድ ምርግጋጽ
console-signin-totp-hint = ካብ ኣፕሊኬሽን ምርግጋጽኩም ዝመጽእ 6 ቁጽሪ ዘለዎ ኮድ። ንመጀመርታ ግዜ ክትኣትዉ ከለኹም ባዶ ግደፍዎ፦ ነቲ ኣፕሊኬሽን ከተዳልውዎ ክሕተቱ ኢኹም።
console-signin-submit = እቶ
console-signin-wait = እንደገና ክትፍትኑ ዝተረፈ ግዜ፦
console-enrol-title = ክልተ ስጉምቲ ዘለዎ ምርግጋጽ ኣዳልዉ
console-enrol-intro = ሕሳብኩም ኣብ ናይ ስራሕ ተሌፎንኩም ኣፕሊኬሽን ምርግጋጽ የድልዮ (ንኣብነት FreeOTP፣ Aegis ወይ Google Authenticator)።
console-enrol-step-1 = ኣፕሊኬሽን ምርግጋጽ ክፈቱ እሞ ሓድሽ ሕሳብ ወስኹ።
console-enrol-step-2 = ነቲ QR ኮድ ስካን ግበርዎ፣ ወይ ኣብ ትሕቲኡ ዘሎ መፍትሕ ምድላው ጽሓፍዎ።
console-enrol-step-3 = እቲ ኣፕሊኬሽን ሕጂ ዘርእዮ 6 ቁጽሪ ዘለዎ ኮድ ኣእትዉ።
console-enrol-secret-label = መፍትሕ ምድላው (ነቲ ኮድ ስካን ክትገብሩ እንተዘይክኢልኩም)፦
console-enrol-code = ኮድ ካብቲ ኣፕሊኬሽን
console-enrol-submit = ኣረጋግጽ እሞ እቶ
console-keysetup-title = መፍትሕ ምስጢርኩም ፍጠሩ
console-keysetup-intro = ጸብጻባት ንመፍትሕታት ክፍልኹም ይምስጠሩ። ናይ ውልቅኹም መፍትሕ ሕጂ ኣብዚ ኮምፒተር ይፍጠር። እቲ ሰርቨር ህዝባዊ ክፋሉን ብሓረግ ምሕላፍኩም ዝተዓጸወ ቅዳሕን ጥራይ ይቕበል፤ ጉዳያትኩም ፈጺሙ ከንብብ ኣይኽእልን።
console-keysetup-passphrase-note = ኣብ ነፍሲ ወከፍ ምእታው ሓረግ ምሕላፍ የድልየኩም። እንተረሲዕኩምዎ፣ ዝኾነ ሰብ መፍትሕኩም ክመልሶ ኣይኽእልን፦ ሓድሽ ክትፈጥሩ ኣለኩም፣ ሓላፊ ድማ ናብቲ ክፍሊ ደጊሙ ክውስኾ ኣለዎ።
console-keysetup-replace-warning = ሓድሽ መፍትሕ ምፍጣር ነቲ ሕጂ ዘሎ ይትክኦ። ሓላፊ ነቲ ሓድሽ መፍትሕ ናብ ክፍልኹም ክሳብ ዝውስኾ ጉዳያት ከተንብቡ ኣይትኽእሉን፣ ናብቲ ኣረጊት መፍትሕ ጥራይ ዝተላእኩ መልእኽትታት ድማ ብኣረጊት መፍትሕ ጥራይ ይንበቡ።
console-passphrase-new = ሓድሽ ሓረግ ምሕላፍ መፍትሕ
console-passphrase-new-hint = እንተወሓደ 12 ፊደላት። ሓንቲ ምሉእ ሓረግ ወይ ዘይተተሓሓዙ ቃላት ተጠቐሙ፣ ካብ ቃል ምሕላፍ ምእታው ዝተፈልየ።
console-passphrase-repeat = ሓረግ ምሕላፍ ድገምዎ
console-keysetup-submit = መፍትሐይ ፍጠር
console-keysetup-done = መፍትሕኩም ተፈጢሩን ተዓቂቡን ኣሎ።
console-key-recipient = ህዝባዊ መፍትሕኩም፦
console-keysetup-next = ሕጂ ሓላፊ ክፍልኹም ነዚ መፍትሕ ናብ ጉጅለ መፍትሕታት ናይቲ ክፍሊ ክውስኾ ኣለዎ። ክሳብ ሽዑ ጉዳያት ክትከፍቱ ኣይትኽእሉን። ክፍትሾ ምእንቲ፣ ቀዳሞትን ዳሕሮትን ፊደላት ናይቲ መፍትሕ ንሓላፊኹም ንገርዎ።
console-unlock-title = መፍትሕኩም ክፈቱ
console-unlock-intro = ሓረግ ምሕላፍ መፍትሕኩም ኣእትዉ። መፍትሕኩም ኣብዚ ኮምፒተር ጥራይ ይኽፈት፣ ክትወጹ፣ ነቲ መስርሕ ክትዓጽዉ ወይ ነዚ ታብ ክትዓጽዉ ከለኹም ድማ ይርሳዕ።
console-passphrase = ሓረግ ምሕላፍ መፍትሕ
console-unlock-submit = ክፈት
console-unlock-forgot-title = ሓረግ ምሕላፍኩም ረሲዕኩም?
console-unlock-forgot = ሓድሽ መፍትሕ ክትፈጥሩ ትኽእሉ። ደጊምኩም ጉዳያት ቅድሚ ምንባብኩም ሓላፊ ናብ ክፍልኹም ክውስኾ ኣለዎ።
console-unlock-replace = ሓድሽ መፍትሕ ፍጠር
console-signed-in-as = ኣቲኹም ኣለኹም ከም
console-nav-label = ክፍልታት ናይቲ መስርሕ
console-tab-queue = ጉዳያት
console-tab-supervisor = መፍትሕታትን ኣባላትን ክፍሊ
console-tab-oversight = መዝገብ ምርመራ
console-tab-me = ሕሳበይ
console-lock = ዕጾ
console-signout = ውጻእ
console-signout-all = ካብ ኩሎም መሳርሒታት ውጻእ
console-queue-title = ጉዳያት
console-queue-key-warning = መፍትሕኩም ገና ኣብ ጉጅለ መፍትሕታት ናይዞም ክፍልታት የለን። ሓላፊ ክውስኾ ሕተቱ፤ ክሳብ ሽዑ ሓደሽቲ ጉዳያቶም ከተንብቡ ኣይትኽእሉን፦
console-filters = መጻረዪታት
console-filter-unit = ክፍሊ
console-filter-unit-all = ኩሎም ክፍልታተይ
console-filter-status = ኩነታት
console-filter-any = ዝኾነ
console-filter-urgent = ህጹጽነት
console-filter-urgent-only = ህጹጽ ጥራይ
console-filter-urgent-not = ዘይህጹጽ
console-filter-assigned = ዝተመደበሉ
console-filter-assigned-me = ኣነ
console-filter-assigned-none = ሓደ እኳ
console-filter-sort = ብ... ስርዓ
console-filter-sort-updated = ናይ መወዳእታ ንጥፈት
console-filter-sort-created = ዝተቐበልናሉ ዕለት
console-filter-urgent-first = ህጹጻት ጉዳያት ቀዳምነት
console-queue-refresh = ኣሐድስ
console-queue-empty = ምስዞም መጻረዪታት ዝሰማማዕ ጉዳይ የለን።
console-queue-more = ተወሳኺ ጉዳያት ጽዓን
console-urgent = ህጹጽ
console-case-back = ናብ ጉዳያት ተመለስ
console-case-title = ጉዳይ
console-case-status = ኩነታት
console-case-unit = ክፍሊ
console-case-category = ዓይነት
console-case-region = ከባቢ
console-case-language = ቋንቋ ናይቲ ዝሓበረ
console-case-created = ዝተቐበልናሉ
console-case-assigned = ዝተመደበሉ
console-case-history = ታሪኽ ኩነታት
console-case-thread = ጸብጻብን መልእኽትታትን
console-reply-title = ንዝሓበረ መልሲ
console-reply-hint = ኣብዚ ኮምፒተር ንዝሓበረን ንክፍልኹምን ይምስጠር። እቲ ዝሓበረ ብናይ ክትትል ኮዱ የንብቦ። እንተዘየድሊ ስሙ ወይ ኣድራሻኡ ኣይትሕተቱ።
console-reply-label = መልስኹም
console-reply-submit = መልሲ ስደድ
console-note-title = ውሽጣዊ መዘኻኸሪ
console-note-hint = ንክፍልኹም ጥራይ ይምስጠር። እቲ ዝሓበረ ፈጺሙ ኣይርእዮን።
console-note-label = መዘኻኸሪ
console-note-submit = መዘኻኸሪ ዕቀብ
console-status-title = ኩነታት ቀይር
console-status-hint = እቲ ዝሓበረ ኣብ ዝቕጽል ምብጻሑ ኩነታትን ውጽኢትን ይርኢ (ጽሑፍ ግን ኣይርእን)።
console-status-label = ሓድሽ ኩነታት
console-outcome-label = ውጽኢት
console-outcome-none = ውጽኢት የለን
console-status-submit = ኩነታት ዕቀብ
console-assign-title = ምምዳብ
console-assign-label = ሓላፊ ሰራሕተኛ
console-assign-submit = ምምዳብ ዕቀብ
console-supervisor-title = መፍትሕታትን ኣባላትን ክፍሊ
console-supervisor-intro = ጸብጻባት ንነፍሲ ወከፍ መፍትሕ ኣብቲ ህሉው ጉጅለ ክፍሊ ይምስጠሩ። መፍትሕ ናይ ነፍሲ ወከፍ ሓድሽ ሰራሕተኛ ወስኹ፣ ናይ ዝወጸ ወይ መፍትሑ ዘጥፍአ ሰብ ድማ ሰርዙ።
console-supervisor-unit = ክፍሊ
console-members-title = ኣባላት
console-col-name = ስም
console-col-role = ተራ
console-col-key = መፍትሕ
console-col-in-set = ኣብ ጉጅለ መፍትሕታት
console-col-action = ስጉምቲ
console-keys-title = ታሪኽ መፍትሕታት
console-keys-intro = ኣብ ጉጅለ ናይቲ ክፍሊ ዝነበረ ኩሉ መፍትሕ። መፍትሕ ምስራዝ ንሓደሽቲ ጸብጻባት ይምልከት፤ ኣረጊት መልእኽትታት ግን ንዑኡ ተምሲጦም ይጸንሑ።
console-keys-set = ስሪት ጉጅለ መፍትሕታት፦
console-col-holder = ዋና
console-col-state = ኩነታት
console-col-added = ተወሲኹ
console-col-revoked = ተሰሪዙ
console-oversight-title = መዝገብ ምርመራ
console-oversight-intro = ነፍሲ ወከፍ ምእታው ናብ ጉዳይን ነፍሲ ወከፍ ምምሕዳራዊ ስጉምትን፣ እቲ ሓድሽ ቀዲሙ። እቲ መዝገብ ብሰንሰለት እዩ ተተሓሒዙ፦ ኣብ ዝሓለፉ መእተዊታት ዝግበር ዝኾነ ለውጢ ይፍለጥ።
console-col-seq = ቁ.
console-col-time = ግዜ
console-col-actor = ፈጻሚ
console-col-audit-action = ስጉምቲ
console-col-subject = ጉዳይ
console-audit-more = ዝኣረጉ መእተዊታት ጽዓን
console-me-title = ሕሳበይ
console-me-units = ክፍልታተይ
console-me-key = መፍትሐይ
console-me-key-intro = ህዝባዊ መፍትሕኩም። ሓላፊኹም ቅድሚ ምውሳኹ፣ ምስቲ ንሱ ዝርእዮ ኣነጻጽርዎ።
console-me-sessions = ክፍለ ግዜታት
console-me-sessions-intro = ኣብ ዘይትጥቀምሉ ኮምፒተር ኣቲኹም እንተኔርኩም፣ ወይ ካልእ ሰብ ኣትዩ ክኸውን ይኽእል ኢልኩም እንተሓሲብኩም፣ ካብ ኩሎም መሳርሒታት ውጹ።

## Officer console (browser messages)

js-console-status-received = ተቐቢልናዮ
js-console-status-under_review = ይረአ ኣሎ
js-console-status-action_taken = ስጉምቲ ተወሲዱ
js-console-status-referred = ተመሓላሊፉ
js-console-status-closed = ተዓጽዩ
js-console-outcome-investigation_opened = መጽናዕቲ ተኸፊቱ
js-console-outcome-protection_measures = ናይ ሓለዋ ስጉምትታት ተወሲዶም
js-console-outcome-referred_to_partner = ናብ መሻርኽቲ ትካል ተመሓላሊፉ
js-console-outcome-referred_to_other_authority = ናብ ካልእ ኣካል ተመሓላሊፉ
js-console-outcome-no_offence_identified = ገበን ኣይተለለየን
js-console-outcome-insufficient_information = እኹል ሓበሬታ የለን
js-console-outcome-resolved = ተፈቲሑ
js-console-category-gbv = ጾታዊ ዓመጽ
js-console-category-child-protection = ሓለዋ ቆልዑ
js-console-category-trafficking-smuggling = ዘውቲ ደቂ ሰብን ኮንትሮባንድን
js-console-category-hate-crime = ገበን ጽልኢ
js-console-category-community-policing = ማሕበረሰባዊ ፖሊስ
js-console-category-police-conduct = ጠባይ ፖሊስ
js-console-category-unsure = ዘይተመደበ (እቲ ዝሓበረ ርግጸኛ ኣይኮነን)
js-console-role-member = ኣባል
js-console-role-supervisor = ሓላፊ
js-console-key-kind-officer = ሰራሕተኛ
js-console-key-kind-recovery = መፍትሕ ምምላስ
js-console-language-en = እንግሊዝኛ
js-console-language-fr = ፈረንሳይኛ
js-console-language-ar = ዓረብኛ
js-console-urgent = ህጹጽ
js-console-unread = ሓድሽ መልእኽቲ
js-console-received = ዝተቐበልናሉ
js-console-updated = ዝተሓደሰ
js-console-assigned-to = ዝተመደበሉ
js-console-unassigned = ዘይተመደበ
js-console-none = የለን
js-console-yes = እወ
js-console-no = ኣይፋል
js-console-inactive = ዘይንጡፍ
js-console-thread-report = ጸብጻብ
js-console-thread-reporter = መልእኽቲ ካብቲ ዝሓበረ
js-console-thread-reply = ንዝሓበረ መልሲ
js-console-thread-note = ውሽጣዊ መዘኻኸሪ
js-console-thread-unknown = ምንጩ ዘይፍለጥ መልእኽቲ
js-console-thread-unreadable = እዚ መልእኽቲ ብመፍትሕኩም ክኽፈት ኣይከኣለን። ምናልባት ክለኣኽ ከሎ መፍትሕኩም ገና ኣብ ጉጅለ ናይቲ ክፍሊ ኣይነበረን።
js-console-thread-invalid = ትሕዝቶ ናይዚ መልእኽቲ ብዝተጸበናዮ ቅርጺ ኣይኮነን።
js-console-thread-mismatch = ጥንቃቐ፦ ትሕዝቶ ናይዚ መልእኽቲ ምስ ለኣኺኡ ኣይሰማማዕን። ብጥንቃቐ ተሓዝዎ።
js-console-thread-empty = መልእኽቲ የለን።
js-console-thread-some-locked = ገለ መልእኽትታት ብመፍትሕኩም ክኽፈቱ ኣይከኣሉን።
js-console-field-what = እንታይ ተፈጸመ
js-console-field-when = መዓስ
js-console-field-where = ኣበይ
js-console-field-who = ዝምልከቶም ሰባት
js-console-field-consent = ናብ ትካል ደገፍ ምምሕልላፍ ይሰማማዕ
js-console-field-empty = ኣይተገልጸን
js-console-assign-nobody = ሓደ እኳ
js-console-assign-me = ኣነ
js-console-assign-saved = ምምዳብ ተዓቂቡ።
js-console-status-saved = ኩነታት ተዓቂቡ።
js-console-reply-sent = መልሲ ተላኢኹ።
js-console-note-saved = መዘኻኸሪ ተዓቂቡ።
js-console-add-to-set = ናብ ጉጅለ መፍትሕታት ወስኽ
js-console-revoke = ሰርዝ
js-console-revoke-confirm = ምስራዝ ኣረጋግጽ
js-console-key-active = ንጡፍ
js-console-key-revoked = ተሰሪዙ
js-console-key-in-set = መፍትሕኩም ኣብ ጉጅለ መፍትሕታት ኣሎ
js-console-key-not-in-set = መፍትሕኩም ገና ኣብ ጉጅለ መፍትሕታት የለን
js-console-set-updated = ጉጅለ መፍትሕታት ተሓዲሱ። ሓድሽ ስሪት፦
js-console-audit-verified = ሰንሰለት መዝገብ ምርመራ ምሉእ እዩ።
js-console-audit-broken = ጥንቃቐ፦ ሰንሰለት መዝገብ ምርመራ ተሰቢሩ ኣሎ። ብቕጽበት ንኣካል ቁጽጽር ሕበሩ። ዝርዝር፦
js-console-enrol-qr = ብኣፕሊኬሽን ምርግጋጽ ዝስካን QR ኮድ
js-console-progress-signin = ይኣቱ ኣሎ…
js-console-progress-key = መፍትሕኩም ይፍጠርን ይዕጾን ኣሎ። ውሑዳት ካልኢታት ይወስድ…
js-console-progress-unlock = መፍትሕኩም ይኽፈት ኣሎ። ውሑዳት ካልኢታት ይወስድ…
js-console-progress-loading = ይጽዕን ኣሎ…
js-console-progress-decrypting = እቲ ጉዳይ ይጽዕንን ይፍታሕን ኣሎ…
js-console-progress-sending = ይምስጠርን ይለኣኽን ኣሎ…
js-console-progress-saving = ይዕቀብ ኣሎ…
js-console-signed-out = ወጺእኩም ኣለኹም።
js-console-signed-out-all = ካብ ኩሎም መሳርሒታት ወጺእኩም ኣለኹም።
js-console-signed-out-locally = ክፍለ ግዜኹም ንምዝዛም ናብ ሰርቨር ክበጽሕ ኣይከኣለን። ኩሉ ካብዚ ገጽ ተኣልዩ፤ ጸኒሕኩም ደጊምኩም ውጹ፣ ወይ ካብ ኩሎም መሳርሒታት ውጹ።
js-console-locked = እቲ መስርሕ ተዓጽዩ ኣሎ። ንምቕጻል ሓረግ ምሕላፍኩም ኣእትዉ።
js-console-locked-idle = እቲ መስርሕ ድሕሪ ዝተወሰነ ግዜ ዘይምንቅስቓስ ተዓጽዩ።
js-console-error-generic = ጌጋ ኣጋጢሙ። በጃኹም እንደገና ፈትኑ።
js-console-error-network = ናብቲ ሰርቨር ክብጻሕ ኣይከኣለን። መስመርኩም ፈትሹ እሞ እንደገና ፈትኑ።
js-console-error-invalid_credentials = ስም ተጠቃሚ፣ ቃል ምሕላፍ ወይ ኮድ ኣይተቐበለን።
js-console-error-totp_required = ካብ ኣፕሊኬሽን ምርግጋጽኩም ዝመጽእ 6 ቁጽሪ ዘለዎ ኮድ ኣእትዉ።
js-console-error-totp_replayed = እዚ ኮድ ድሮ ተሰሪሑሉ እዩ። ኣብ ኣፕሊኬሽንኩም ንዝቕጽል ኮድ ተጸበዩ፣ ድሕሪኡ እንደገና ፈትኑ።
js-console-error-totp_format = እቲ ኮድ 6 ቁጽርታት ክህልዎ ኣለዎ።
js-console-error-enrol_code = እዚ ኮድ ኣይተቐበለን። ሰዓት ተሌፎንኩም ቅኑዕ ምዃኑ ፈትሹ፣ ድሕሪኡ ናይ ሕጂ ኮድ ኣእትዉ።
js-console-error-officer_disabled = እዚ ሕሳብ ደው ኢሉ ኣሎ። ንኣመሓዳሪኹም ተወከሱ።
js-console-error-too_many_attempts = ካብዚ መሳርሒ ወይ መርበብ ብዙሓት ፈተነታት። ዝተራእየ ግዜ ተጸበዩ፣ ድሕሪኡ እንደገና ፈትኑ።
js-console-error-session_expired = ክፍለ ግዜኹም ተወዲኡ። ደጊምኩም እተዉ።
js-console-error-csrf_failed = እቲ ሕቶ ብምኽንያት ድሕነት ተነጺጉ። ነቲ ገጽ ደጊምኩም ጽዓንዎ እሞ እንደገና ፈትኑ።
js-console-error-forbidden = ነዚ ንምግባር ፍቓድ የብልኩምን።
js-console-error-not_found = እዚ ጉዳይ የለን ወይ ናይ ክፍልታትኩም ኣይኮነን።
js-console-error-no_key = እዚ ኣባል ገና መፍትሕ ኣይፈጠረን።
js-console-error-keys_changed = ክትጽሕፉ ከለኹም ጉጅለ መፍትሕታት ናይቲ ክፍሊ ተቐይሩ። በጃኹም ደጊምኩም ስደዱ።
js-console-error-thread_full = እዚ ጉዳይ ናብ ዝለዓለ ቁጽሪ መልእኽትታት በጺሑ።
js-console-error-too_long = እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ። በጃኹም ኣሕጽርዎ።
js-console-error-no_unit_keys = እዚ ክፍሊ ንጡፍ መፍትሕ የብሉን፦ ንዑኡ ዝኾነ ነገር ክምስጠር ኣይኽእልን።
js-console-error-no_reply_recipient = እዚ ጉዳይ መፍትሕ መልሲ የብሉን፦ እቲ ዝሓበረ መልሲ ክቕበል ኣይኽእልን።
js-console-error-unavailable = እቲ ኣገልግሎት ተጸሚዱ ወይ ኣይርከብን። ዋላ ሓንቲ ኣይተዓቀበን፤ ድሕሪ ቁሩብ ግዜ እንደገና ፈትኑ።
js-console-error-unsure_sent = ኣብ ግዜ ምልኣኽ እቲ መስመር ተቋሪጹ። ቅድሚ ደጊምኩም ምልኣኽኩም ኣብ ታሕቲ ዘለዉ መልእኽትታት ፈትሹ፦ ተዓቂቡ ክኸውን ይኽእል።
js-console-error-passphrase_too_short = ሓረግ ምሕላፍ እንተወሓደ 12 ፊደላት ክህልዎ ኣለዎ።
js-console-error-passphrase_mismatch = እቶም ክልተ ሓረጋት ምሕላፍ ሓደ ኣይኮኑን።
js-console-error-wrong_passphrase = ጌጋ ሓረግ ምሕላፍ።
js-console-error-key_malformed = እቲ ዝተዓቀበ መፍትሕኩም ተበላሽዩ ኣሎ። ሓድሽ መፍትሕ ፍጠሩ።
js-console-error-key_mismatch = እቲ ዝተዓቀበ መፍትሕ ምስ ዝተመዝገበ ህዝባዊ መፍትሕኩም ኣይሰማማዕን። ሓድሽ መፍትሕ ፍጠሩ እሞ ንሓላፊኹም ሕበሩ።
js-console-error-crypto = እዚ ብራውዘር ምስጢራዊ ስርሓት ናይቲ መስርሕ ከካይድ ኣይኽእልን። ሓድሽ ብራውዘር ተጠቐሙ።

## Officer console: referral, transfer, re-key, notifications (page)

console-case-consent = ፍቓድ ንምምሕልላፍ
console-case-referrals = ምምሕልላፋት
console-refer-title = ናብ መሻርኽቲ ትካል ኣመሓላልፍ
console-refer-hint = እቲ ቅዳሕ ኣብዚ ኮምፒተር ንመፍትሕታት ናይቲ መሻርኽቲ ጥራይ ይምስጠር፦ ክፍልኹም ይኹን እቲ ዝሓበረ ክኸፍትዎ ኣይኽእሉን። እቲ መሻርኽቲ ዘድልዮ ጥራይ ኣካፍሉ። እቲ ዝሓበረ ኩነታት «ተመሓላሊፉ» ክርኢ እዩ።
console-refer-no-consent = እቲ ዝሓበረ ናብ ትካል ደገፍ ንኽመሓላለፍ ኣይተሰማምዐን። ምምሕልላፍ ክግበር ኣይከኣልን።
console-refer-partner = መሻርኽቲ ትካል
console-refer-text = መልእኽቲ ንመሻርኽቲ
console-refer-text-hint = እቲ መሻርኽቲ ንምሕጋዝ ክፈልጦ ዘለዎ፣ እቲ ሰብ እንተተሰማሚዑ ድማ ከመይ ክርከብ ከም ዝኽእል።
console-refer-include-report = ነቲ ጸብጻብ ከም ዝጸሓፎ ሓውስ
console-refer-submit = ምምሕልላፍ ስደድ
console-transfer-title = ናብ ካልእ ክፍሊ ኣሰጋግር
console-transfer-hint = ምሉእ እቲ ጉዳይ ኣብዚ ኮምፒተር ንኻልእ ክፍሊ ደጊሙ ይምስጠር። ክፍልኹም ብቕጽበት ምብጻሕ የጥፍእ፣ ምምዳብ ድማ ይድምሰስ። ክትትል ናይቲ ዝሓበረ ይቕጽል።
console-transfer-unit = ተቐባሊ ክፍሊ
console-transfer-submit = ጉዳይ ኣሰጋግር
console-rekey-title = ኣረጊት ጉዳያት ደጊምካ ምምስጣር
console-rekey-intro = መፍትሕ ናብ ጉጅለ ምስ ተወሰኸ ወይ ምስ ተሰረዘ፣ ክፉታት ጉዳያት ንቐዳማይ ጉጅለ ተምሲጦም ይጸንሑ። ኣብዚ ኮምፒተር ደጊምካ ምምስጣሮም ሓደሽቲ ኣባላት ከንብብዎም የኽእሎም፣ ዝተሰረዙ መፍትሕታት ድማ ነቶም ዝተዓቀቡ ቅዳሓት ከይኸፍትዎም ይኽልክል። ቅድሚኡ ዝተወስዱ ቅዳሓት ኣይጸልዎምን።
console-rekey-remaining = ገና ንቐዳማይ ጉጅለ መፍትሕታት ተምሲጦም ዘለዉ ክፉታት ጉዳያት፦
console-rekey-start = ሕጂ ደጊምካ ምስጥር
console-notify-title = መተሓሳሰቢታት
console-notify-intro = ኢመይላት ካብቲ መስርሕ ብዛዕባ ጸብጻብ ዋላ ሓንቲ ኣይገልጹን፦ ቁጽሪ፣ ዓይነት፣ ከባቢ ወይ ግዜ የለን። መተሓሳሰቢታት ዝተዓጽዉ እንተዘይኮይኖም፣ ህጹጻት ጸብጻባት ብቕጽበት ይሕበሩ።
console-notify-mode = ሕበሩኒ
console-notify-each = ኣብ ክፍልታተይ ኣብ ነፍሲ ወከፍ ሓድሽ ፍጻመ
console-notify-digest = ብመዓልታዊ ጽማቕ
console-notify-off = ፈጺሙ
console-notify-email = ኣድራሻ ኢመይል
console-notify-email-hint = ናይ ስራሕ ኣድራሻ ይምረጽ። መተሓሳሰቢታት እንተተዓጽዮም ኣየድልን።
console-notify-submit = ምርጫታተይ ዕቀብ

## Officer console: referral, transfer, re-key, notifications (browser messages)

js-console-consent-yes = እቲ ዝሓበረ ናብ ትካል ደገፍ ንኽመሓላለፍ ተሰማሚዑ
js-console-consent-no = ንምምሕልላፍ ፍቓድ የለን
js-console-transfer-submit = ጉዳይ ኣሰጋግር
js-console-transfer-confirm = ምስግጋር ኣረጋግጽ
js-console-transfer-done = እቲ ጉዳይ ተሰጋጊሩ ናብ፦
js-console-progress-reencrypting = እቲ ጉዳይ ኣብዚ ኮምፒተር ደጊሙ ይምስጠር ኣሎ…
js-console-refer-done = ምምሕልላፍ ተላኢኹ።
js-console-rekey-progress = ጉዳይ ደጊሙ ይምስጠር ኣሎ
js-console-rekey-done = ደጊሞም ዝተምስጠሩ ጉዳያት፦
js-console-rekey-skipped = ዝተሰግሩ ጉዳያት (ምኽንያት ነፍሲ ወከፍ ኣብ ታሕቲ ተዘርዚሩ ኣሎ)፦
js-console-notify-saved = ምርጫታትኩም ተዓቂቦም።
js-console-error-thread_changed = ኣብኡ ክትሰርሑ ከለኹም እቲ ጉዳይ ተቐይሩ። እንደገና ፈትኑ።
js-console-error-undecryptable = ገለ መልእኽትታት ናይዚ ጉዳይ ብመፍትሕኩም ክኽፈቱ ኣይኽእሉን፣ ስለዚ ደጊሙ ክምስጠር ኣይኽእልን። መፍትሑ ዝኸፍቶም መሳርሕቲ ክገብሮ ይኽእል።
js-console-error-no_consent = እቲ ዝሓበረ ንምምሕልላፍ ኣይተሰማምዐን።
js-console-error-unknown_partner = እዚ መሻርኽቲ ትካል ኣይርከብን።
js-console-error-unknown_unit = እዚ ክፍሊ ኣይርከብን።
js-console-error-not_a_member = እዚ ሰራሕተኛ ኣባል ናይቲ ክፍሊ ኣይኮነን።
js-console-error-cannot_revoke = እዚ መፍትሕ ሕጂ ክሰረዝ ኣይከኣልን፦ እቲ ክፍሊ እንተወሓደ ሓደ ንጡፍ መፍትሕ ክሕዝ ኣለዎ።
js-console-error-invalid_email = ቅኑዕ ኣድራሻ ኢመይል ኣእትዉ፣ ወይ ከይሕበሩ ምረጹ።
js-console-error-invalid_query = እዞም መጻረዪታት ብሓባር ክጥቀሙ ኣይኽእሉን። ቀይርዎም እሞ እንደገና ፈትኑ።

## Officer console: security key (passkey) and attachments

console-unlock-passkey-intro = ቅዳሕ መፍትሕኩም ኣብ መፍትሕ ድሕነት ወይ passkey ትሕዙ ኢኹም። ንምኽፋት ተጠቐምሉ።
console-unlock-passkey = ብመፍትሕ ድሕነት ክፈት
console-unlock-or-passphrase = ወይ ብሓረግ ምሕላፍኩም ክፈቱ፦
console-passkey-title = መፍትሕ ድሕነት ወይ passkey
console-passkey-intro = ሓረግ ምሕላፍ ኣብ ክንዲ ምጽሓፍ፣ መፍትሕኩም ብመፍትሕ ድሕነት ወይ ብpasskey ናይዚ መሳርሒ እውን ክትከፍትዎ ትኽእሉ። ሓረግ ምሕላፍኩም ይሰርሕ ኣሎ፦ መፍትሕ ድሕነት እንተጠፊኡ መመለሲ መገዲ ንሱ እዩ።
console-passkey-add = መፍትሕ ድሕነት ወይ passkey ወስኽ
console-passkey-remove = መፍትሕ ድሕነት ኣልግስ
console-passkey-hint = ብራውዘርኩም ክሳብ ሰለስተ ግዜ ነቲ መፍትሕ ድሕነት ክትትንክፍዎ ወይ በዚ መሳርሒ ከተረጋግጹ ክሓተኩም እዩ፦ ንምፍጣሩ፣ ቅዳሕ መፍትሕኩም ብኡ ንምዕጻው፣ ነቲ ቅዳሕ ንምፍታሽ።
js-console-passkey-state-on = መፍትሕ ድሕነት መፍትሕኩም ክኸፍቶ ይኽእል።
js-console-passkey-state-off = ገና መፍትሕ ድሕነት የለን፦ ብሓረግ ምሕላፍ ትኸፍቱ።
js-console-passkey-remove = መፍትሕ ድሕነት ኣልግስ
js-console-passkey-remove-confirm = ምእላይ ኣረጋግጽ
js-console-passkey-progress-add = መምርሒታት ብራውዘርኩም ስዓቡ፦ መፍትሕ ድሕነት ተንክፉ ወይ ኣብዚ መሳርሒ ኣረጋግጹ…
js-console-passkey-progress-unlock = መፍትሕ ድሕነትኩም ተንክፉ ወይ ኣብዚ መሳርሒ ኣረጋግጹ…
js-console-passkey-added = መፍትሕ ድሕነት ተወሲኹ። ኣብ ዝቕጽል ብኡ ክትከፍቱ ትኽእሉ።
js-console-passkey-removed = መፍትሕ ድሕነት ተኣልዩ። ካብ ሕጂ ብሓረግ ምሕላፍ ክፈቱ።
js-console-passkey-error-unsupported = እዚ ብራውዘር ኣብዚ መፍትሕ ድሕነት ክጥቀም ኣይኽእልን። ሓረግ ምሕላፍኩም ተጠቐሙ።
js-console-passkey-error-no_prf = እዚ መፍትሕ ድሕነት ወይ ብራውዘር መፍትሕ ክሕሉ ኣይኽእልን (ተግባር PRF የብሉን)። ሓረግ ምሕላፍ ተጠቐሙ፣ ወይ ካልእ መፍትሕ ድሕነት ወይ ሓድሽ ብራውዘር ፈትኑ።
js-console-passkey-error-cancelled = መፍትሕ ድሕነት ኣይተጠቕመሉን (ተሰሪዙ ወይ ግዜ ሓሊፉ)። ዋላ ሓንቲ ኣይተቐየረን፤ እንደገና ፈትኑ ወይ ሓረግ ምሕላፍ ተጠቐሙ።
js-console-passkey-error-exists = እዚ መፍትሕ ድሕነት ድሮ ተመዝጊቡ እዩ። ካልእ ተጠቐሙ፣ ወይ ቅድም ነቲ ኣረጊት ምዝገባ ኣልግሱ።
js-console-passkey-error-wrong_key = እዚ እቲ መፍትሕኩም ዝሓዘ መፍትሕ ድሕነት ኣይኮነን። ካልእ ፈትኑ፣ ወይ ሓረግ ምሕላፍ ተጠቐሙ።
js-console-passkey-error-failed = መፍትሕ ድሕነት ኣይሰርሐን። ዋላ ሓንቲ ኣይተቐየረን፤ እንደገና ፈትኑ ወይ ሓረግ ምሕላፍ ተጠቐሙ።
js-console-passkey-error-no_key = ቅድም መፍትሕኩም ብሓረግ ምሕላፍ ፍጠሩ።
js-console-passkey-error-verify = ብመፍትሕ ድሕነት ዝተሰርሐ ቅዳሕ ክፍተሽ ስለ ዘይከኣለ ኣይተዓቀበን። እንደገና ፈትኑ።
js-console-attachments-title = ተተሓሒዞም ዘለዉ ፋይላት፦
js-console-attachments-mismatch = ጥንቃቐ፦ ቁጽሪ ተተሓሒዞም ዘለዉ ፋይላት ምስቲ መልእኽቲ ናይቲ ዝሓበረ ዝገልጾ ኣይሰማማዕን።
js-console-attachment-kind-photo = ስእሊ
js-console-attachment-kind-document = ሰነድ
js-console-attachment-kind-voice = ዝተቐድሐ ድምጺ
js-console-attachment-kind-other = ፋይል
js-console-attachment-encrypted-size = ዝተምስጠረ ዓቐን
js-console-attachment-metadata-removed = ሓበሬታ ቦታን ካሜራን ኣብ መሳርሒ ናይቲ ዝሓበረ ተኣልዩ።
js-console-attachment-metadata-kept = እቲ ዝሓበረ ሓበሬታ ቦታን ካሜራን ከም መርትዖ ሓልዩዎ፦ ነዚ ስእሊ ቅድሚ ምክፋልኩም ተጠንቀቑ።
js-console-attachment-locked = እዚ ፋይል ብመፍትሕኩም ክኽፈት ኣይኽእልን።
js-console-attachment-download = ኣውርድ
js-console-attachment-play = ነቲ ድምጺ ኣጻውት
js-console-attachment-progress = እቲ ፋይል ይፍታሕ ኣሎ…
js-console-attachment-saved = ተፈቲሑን ተፈቲሹን። ተዓቂቡ ከም፦
js-console-attachment-error-undecryptable = እዚ ፋይል ብመፍትሕኩም ክኽፈት ኣይኽእልን።
js-console-attachment-error-undescribed = መልእኽቲ ናይቲ ዝሓበረ ነዚ ፋይል ኣይገልጾን፣ ስለዚ ክፍተሽ ኣይከኣልን። ኣይተዓቀበን።
js-console-attachment-error-size = እዚ ፋይል ካብቲ ዝተገልጸ ይሓጽር፦ ተቘሪጹ ክኸውን ይኽእል። ኣይተዓቀበን።
js-console-attachment-error-sha256_mismatch = ጥንቃቐ፦ እዚ ፋይል ምስቲ ኣብ መልእኽቲ ናይቲ ዝሓበረ ዘሎ ኣሻራ (fingerprint) ኣይሰማማዕን። ተቐይሩ ክኸውን ይኽእል። ኣይተዓቀበን።
js-console-rekey-items = መልእኽትታትን ፋይላትን

## Files, voice messages and the "before you send" reminder (report and follow-up pages)

attach-legend = ስእልታት፣ ሰነዳት ወይ ናይ ድምጺ መልእኽቲ
attach-hint = ስእልታት፣ ሰነዳት ወይ ናይ ድምጺ መልእኽቲ ክትውስኹ ትኽእሉ። ከም ጽሑፍኩም ይዕጸዉ (ይምስጠሩ)። ስእሊ ኣበይ ከም ዝተሳእለ ዘርኢ ሕቡእ ሓበሬታ ቅድም ይእለ።
attach-add-photo = ስእሊ ወስኹ
attach-add-file = ሰነድ ወስኹ
attach-record-voice = ናይ ድምጺ መልእኽቲ ቅድሑ
attach-list-label = ዝወሰኽኩምዎም ፋይላት
voice-recording = ይቕዳሕ ኣሎ
voice-stop = ምቕዳሕ ኣቋርጽ
identify-title = ቅድሚ ምልኣኽኩም፦ እዚ መን ምዃንኩም ከርኢ ይኽእል
identify-body = ጽሑፍኩም ኣብ ላዕሊ ዝተዘርዘረ ሓበሬታ ዝሓዘ ይመስል። እቲ ክፍሊ ክሕዞ እንተደሊኹም ጸገም የብሉን፦ ጸብጻብኩም ዘንብቦ እቲ ክፍሊ ጥራይ እዩ። እንተዘየድሊ፣ ወይ ንስኹም ወይ ካልእ ሰብ ኣብ ሓደጋ ከእቱ እንተኽኢሉ፣ ተመሊስኩም ኣልግስዎ።
identify-edit = ተመለስ እሞ ኣርም
identify-send = ብዘየገድስ ስደድ

## Files, voice messages and the "before you send" reminder (browser messages)

js-unit-kb = KB
js-unit-mb = MB
js-attach-kind-photo = ስእሊ
js-attach-kind-document = ሰነድ
js-attach-kind-voice = ናይ ድምጺ መልእኽቲ
js-attach-remove = ኣልግስ
js-attach-cleaned = ሕቡእ ሓበሬታ (ቦታ፣ ግዜ፣ ዓይነት ተሌፎን) ካብዚ ስእሊ ተኣልዩ።
js-attach-kept = እዚ ስእሊ ምስ ሕቡእ ሓበሬታኡ (ቦታ፣ ግዜ፣ ዓይነት ተሌፎን) ክለኣኽ እዩ።
js-attach-keep-details = ሓበሬታ ቦታን ካሜራን ከም መርትዖ ሓልው
js-attach-keep-details-hint = ፖሊስ እቲ ስእሊ ኣበይን መዓስን ከም ዝተሳእለ ክርኢ እንተድኣ ኣድልዩ ጥራይ። እዚ ሓበሬታ ኣበይ ከም ዝነበርኩምን እንታይ ተሌፎን ከም እትጥቀሙን እውን ከርኢ ይኽእል።
js-attach-uncleanable = ካብዚ ዓይነት ስእሊ ሕቡእ ሓበሬታ (ከም ዝተሳእለሉ ቦታ) ከነልግስ ኣይንኽእልን። ከምቲ ዘለዎ ከም ሰነድ ክለኣኽ እዩ። ኣብ ሓደጋ ከእትወኩም እንተኽኢሉ ኣልግስዎ።
js-attach-document-as-is = እዚ ፋይል ከምቲ ዘለዎ ክለኣኽ እዩ። ሰነዳትን ቪድዮታትን ሕቡእ ሓበሬታ (ከም ስም ወይ ቦታ) ክሕዙ ይኽእሉ እዮም። ኣብ ሓደጋ ከእትወኩም እንተኽኢሉ ኣልግስዎ።
js-attach-send-as-photo = እዚ ስእሊ እዩ፦ ምስ ሓበሬታኡ ከም ስእሊ ስደዶ
js-attach-error-too-many = ተወሳኺ ፋይላት ክትውስኹ ኣይትኽእሉን። ብሓንሳብ ክትሰድዎ እትኽእሉ ዝለዓለ፦
js-attach-error-too-large = እዚ ፋይል ኣዝዩ ዓቢ እዩ። ክትሰድዎ እትኽእሉ ዝዓበየ ፋይል፦
js-attach-error-total = እዞም ፋይላት ብሓባር ኣዝዮም ዓበይቲ እዮም። ብሓንሳብ ክትሰድዎ እትኽእሉ ዝለዓለ፦
js-attach-error-read = እዚ ፋይል ክንበብ ኣይከኣለን። ካልእ ፈትኑ።
js-voice-recording = ይቕዳሕ ኣሎ… ምስ ወዳእኩም «ምቕዳሕ ኣቋርጽ» ጠውቑ።
js-voice-done = ናይ ድምጺ መልእኽትኹም ድሉው እዩ። ቅድሚ ምልኣኹ ክትሰምዕዎ ትኽእሉ።
js-voice-denied = ማይክሮፎን ክጥቀም ኣይከኣለን። ኣብ ክንድኡ ክትጽሕፉ ትኽእሉ፣ ወይ ኣብ ቅጥዕታት ብራውዘርኩም ንማይክሮፎን ፍቐዱ።
js-voice-preview = ናይ ድምጺ መልእኽትኹም ስምዑ
js-voice-rerecord = ደጊምካ ቅዳሕ
js-progress-encrypting-files = ፋይላትኩም ይዕጸዉ (ይምስጠሩ) ኣለዉ…
js-error-too-many-attachments = ፋይላት ኣዝዮም በዚሖም። ገሊኦም ኣልግሱ እሞ እንደገና ፈትኑ።
js-error-attachment-too-large = ሓደ ካብቶም ፋይላት ኣዝዩ ዓቢ እዩ። ኣልግስዎ ወይ ዝነኣሰ ምረጹ።
js-error-attachments-too-large = እቶም ፋይላት ብሓባር ኣዝዮም ዓበይቲ እዮም። ገሊኦም ኣልግሱ እሞ እንደገና ፈትኑ።
js-identify-phone = ቁጽሪ ተሌፎን
js-identify-email = ኣድራሻ ኢመይል
js-identify-id = ቁጽሪ መንነት፣ ፓስፖርት ወይ ካልእ ነዊሕ ቁጽሪ
js-identify-iban = ቁጽሪ ሕሳብ ባንኪ (IBAN)
js-identify-address = ኣድራሻ ገዛ ወይ ጎደና
js-thread-files = ፋይላት፦
js-message-empty = መልእኽቲ ጽሓፉ ወይ ፋይል ወስኹ።

## Guided questions, emergency numbers and simpler words (home and report pages)

home-simple-link = ቀለልቲ ቃላት (ንቖልዑን መንእሰያትን)
simple-toggle-on = ቀለልቲ ቃላት
simple-toggle-off = ልሙዳት ቃላት
emergency-title = ሕጂ እትድውልሎም ቁጽርታት
emergency-hint = እዚኦም ጻውዒታት ብነጻ እዮም። ሓደ ሰብ ኣብ ሓደጋ እንተሎ ናብ ሓደ ካብኣቶም ደውሉ፦ እዚ መርበብ ብቕጽበት ሓገዝ ክሰድድ ኣይኽእልን።
field-child-label = ቆልዓ ይምልከቶ
field-child-hint = ትሕቲ 18 ዓመት ዝዕድሚኡ ሰብ እንተተሃስዩ፣ ክፍጸም እንተርእዩ ወይ ኣብ ሓደጋ እንተሃልዩ ነዚ ምልክት ግበሩ። እቲ ክፍሊ ፍሉይ ጥንቃቐ ክገብር እዩ።
field-contact-label = እቲ ክፍሊ ክረኽበኒ ይኽእል
field-contact-hint = እንተደሊኹም ጥራይ። ነዚ ምልክት እንተዘይገበርኩም፣ እቲ ክፍሊ ብናይ ክትትል ኮድኩም ጥራይ እዩ ዝምልሰልኩም።
field-contact-how-label = ብኸመይን መዓስን ክትርከቡ ውሑስ እዩ?
field-contact-how-hint = ንኣብነት፦ ቁጽሪ ተሌፎንን በይንኹም እትህልውሉ ሰዓታትን፣ ወይ እትኣምንዎ ሰብ።
field-contact-caution = እቲ ዝበለጸ ውሑስ መገዲ መልስታት ናይቲ ክፍሊ ብናይ ክትትል ኮድኩም ምንባብ እዩ። ጻውዒት ወይ መልእኽቲ ካልእ ሰብ ክርእዮ ወይ ክሰምዖ ይኽእል።
js-emergency-shown = ሕጂ እትድውልሎም ቁጽርታት ኣብ ትሕቲ እዚ ሕቶ ተራእዮም ኣለዉ።

## Simpler words for children and young people (report page, ?simple=1)

report-intro-simple = ክትነግረና እትደልዮ ጥራይ ንገረና። ብዝኾነ ቋንቋ ክትጽሕፍ ትኽእል ኢኻ። ብሰንኪ እዚ ኣብ ጸገም ኣይትኣቱን ኢኻ።
field-what-label-simple = እንታይ ኮነ?
field-what-hint-simple = ብናይ ባዕልኻ ቃላት ጽሓፎ። ሓጺር እውን ጽቡቕ እዩ።
field-when-label-simple = መዓስ ኮነ?
field-when-hint-simple = ንኣብነት፦ ሎሚ፣ ትማሊ ምሸት፣ ዝሓለፈ ሰሙን። ክትግምት ትኽእል ኢኻ።
field-where-label-simple = ኣበይ ኮነ?
field-where-hint-simple = ንኣብነት፦ ኣብ ገዛ፣ ኣብ ቤት ትምህርቲ፣ ኣብ ጎደና፣ ኣብ መዓስከር።
field-who-label-simple = መን ገበሮ፣ ወይ መን ነይሩ?
field-who-hint-simple = ኣስማት ክትጽሕፍ ትኽእል ኢኻ፣ ወይ እቶም ሰባት ከመይ ከም ዝመስሉ።
field-region-label-simple = ከባቢ
field-region-hint-simple = እዚ ነቲ ቅኑዕ ጉጅለ ንምርካብ ይሕግዘና። ክትመርጽ ግዴታ የብልካን።
field-urgent-label-simple = ሓደ ሰብ ሕጂ ኣብ ሓደጋ ኣሎ
field-urgent-hint-simple = ሓደ ሰብ ሕጂ ክጉዳእ ዝኽእል እንተኾይኑ፣ ናብ ሓደ ካብቶም ኣብዚ ዝረኣዩ ቁጽርታት ደውል። እዚ መርበብ ብቕጽበት ሓገዝ ክሰድድ ኣይኽእልን።
field-child-label-simple = ቆልዓ ኣብዚ ኣሎ
field-child-hint-simple = ብዛዕባኻ ወይ ብዛዕባ ካልእ ቆልዓ (ትሕቲ 18 ዓመት) እንተኾይኑ ነዚ ምልክት ግበር።
field-contact-label-simple = ክትረኽቡኒ ትኽእሉ ኢኹም
field-contact-hint-simple = እንተደሊኻ ጥራይ። እንተዘይኮይኑ፣ መልስና ብምስጢራዊ ኮድካ ከተንብቦ ትኽእል ኢኻ።
field-contact-how-label-simple = ብኸመይን መዓስን ክትርከብ ውሑስ እዩ?
field-contact-how-hint-simple = ንኣብነት፦ ቁጽሪ ተሌፎንን በይንኻ እትህልወሉ ግዜን፣ ወይ እትኣምኖ ዓቢ ሰብ።
field-contact-caution-simple = መልስና ብምስጢራዊ ኮድካ ምንባብ እቲ ዝበለጸ ውሑስ እዩ። ካልእ ሰብ ጻውዒት ወይ መልእኽቲ ክርኢ ይኽእል።
field-referral-label-simple = ስርሖም ምሕጋዝ ዝኾነ ሰባት (ውሑስ መዕቆቢ፣ ሓኪም፣ ጠበቓ) ክሕግዙኒ ክትሓቱ ትኽእሉ ኢኹም
field-referral-hint-simple = ኣይፋል ክትብል ትኽእል ኢኻ። ድሒርካ እውን ሓገዝ ክትሓትት ትኽእል ኢኻ።

# Console: guided answers of a report
js-console-field-child = ሓደ ቆልዓ ይምልከቶ እዩ
js-console-field-contact = እታ ክፍሊ ክትራኸብ ትኽእል እያ

# Receipt: the code as a small file
receipt-save = ኣብ ፋይል ዓቅብ
js-saved-file = ብ «note.txt» ተዓቂቡ። ካልእ ሰብ ዘይርእዮ ቦታ ኣቐምጦ፡ ወይ ነቲ ኮድ ምስ ጸሓፍካዮ ደምስሶ።
receipt-save-hint = ዝተዓቀበ ፋይል ኣብዚ ተሌፎንን ኣብ ዝርዝር ዝወረዱ ናይ መርበብ ሓበሬታን ይተርፍ። ምስ ዘየድልየካ ካብ ክልቲኡ ደምስሶ።
js-console-error-key_changed = መፍትሕካ ኣብ ካልእ መስኮት ተቐይሩ እዩ። እንደገና ክፈቶ፡ ድሕሪኡ ነቲ መፍትሕ ድሕንነት እንደገና ወስኾ።

# Transfer and re-key: the earlier copies are kept until a supervisor checks
console-reencryption-title = ደጊሙ ተመስጢሩ፦ ምርግጋጽ ሓላፊ ይጽበ ኣሎ
console-reencryption-hint = እዚ ኮምፒዩተር ኮነ እቲ ሰርቨር እቶም ሓደስቲ ቅዳሓት ጥዑያት ምዃኖም ክፈልጡ ኣይክእሉን። ሓላፊ ነፍሲ ወከፍ ከም ዝኽፈት ክሳብ ዘረጋግጽ፣ እቶም ዝሓለፉ ቅዳሓት ይዕቀቡ፣ ክምለሱ እውን ይኽእሉ። ዝኾነ ሰብ እንተዘየረጋገጸ ኣብቲ ዝተጠቕሰ ዕለት ይድምሰሱ።
console-reencryption-confirm = ኣረጋግጽን ኣጽድቕን
console-reencryption-restore = ነቶም ዝሓለፉ ቅዳሓት ምለስ
console-reencryption-supervisors = ጉዳይ ከሰጋግሩ ወይ ደጊሞም ክምስጥሩ፣ ድሕሪኡ ከጽድቁ ወይ ክስርዙ ዝኽእሉ ሓለፍቲ እቲ ኣሃዱ ጥራይ እዮም።
console-rekey-unconfirmed = ምርግጋጽ ዝጽበዩ ደጊሞም ዝተመስጠሩ ጉዳያት፦
console-rekey-check = ኣረጋግጽን ኣጽድቕን
js-console-reencryption-by = ደጊሙ ዝመስጠሮ
js-console-reencryption-from = ካብ
js-console-reencryption-until = ዝሓለፉ ቅዳሓት ክሳብ ዝዕቀቡ
js-console-reencryption-restore = ነቶም ዝሓለፉ ቅዳሓት ምለስ
js-console-reencryption-restore-confirm = ኣረጋግጽ፦ ነቶም ዝሓለፉ ቅዳሓት ምለስ
js-console-reencryption-confirmed = ተረጋጊጹ፦ ነፍሲ ወከፍ ቅዳሕ ይኽፈት። እቶም ዝሓለፉ ቅዳሓት ተደምሲሶም።
js-console-reencryption-shut = ገለ ቅዳሓት ብመፍትሕኹም ኣይኽፈቱን። ነቶም ዝሓለፉ ቅዳሓት ምለሱ፣ ወይ መፍትሑ ዝኸፍቶም መሳርሕቲ ከረጋግጽ ሕተቱ።
js-console-reencryption-restored = እቶም ዝሓለፉ ቅዳሓት ተመሊሶም።
js-console-progress-checking = ነፍሲ ወከፍ ቅዳሕ ከም ዝኽፈት ይረጋገጽ ኣሎ…
js-console-rekey-checked = ዝተረጋገጹን ዝጸደቑን ጉዳያት፦
js-console-rekey-check-skipped = ዘይጸደቑ ጉዳያት፦
js-console-error-reencryption_pending = ናይዚ ጉዳይ ናይ መወዳእታ ደጊምካ ምምስጣር ገና ኣይተረጋገጸን። ቅድም ነቲ ጉዳይ ከፊትኩም ኣጽድቑ ወይ ምለሱ።
js-console-error-not_pending = ኣብዚ ጉዳይ ምርግጋጽ ዝጽበ ነገር የለን።
js-console-error-added_since_transfer = ድሕሪ ምስግጋር መልእኽትታት ተወሲኾም፤ ኣብቲ ዝነበረ ክፍሊ ኣይኽፈቱን፣ ስለዚ እቶም ዝሓለፉ ቅዳሓት ክምለሱ ኣይኽእሉን። ኣብ ክንዲኡ ነቶም ሓደስቲ ቅዳሓት ኣጽድቑ፤ ድሕሪኡ እቲ ጉዳይ ተመሊሱ ክሰጋገር ይኽእል።

# ምልክት ስፓም ወይ ብዘይግቡእ ምጥቃም፣ ከምኡ እውን ትሕዝቶኦም ዝተደምሰሰ ጉዳያት።
console-case-purged = ጸብጻብ፣ መልእኽትታትን ፋይላትን ናይዚ ጉዳይ ግዜ ምዕቃቡ ምስ ተወደአ ተደምሲሶም። ዝተረፈ መዝገቡ ጥራይ እዩ፦ ታሪኽ ኩነታትን ናይ መዝገብ ምርመራ ምዝገባታትን። ዝተደምሰሰሉ ዕለት፦
console-reencryption-not-restorable = ድሕሪ ምስግጋር መልእኽትታት ስለ ዝተወሰኹ፣ እቶም ዝሓለፉ ቅዳሓት ደጊም ክምለሱ ኣይኽእሉን። እቶም ሓደስቲ ቅዳሓት ከም ዝኽፈቱ ኣረጋግጹ እሞ ኣጽድቕዎም።
console-flag-title = ስፓም ወይ ብዘይግቡእ ምጥቃም
console-flag-hint = ስፓም ወይ ብዘይግቡእ ምጥቃም ተባሂሉ ምልክት ዝተገብረሉ ጉዳይ ይዕጾ። እቲ ዝሓበረ ብናይ ክትትል ኮዱ ገና ከንብቦ ይኽእል፣ ግን ደጊም ክጽሕፍ ኣይኽእልን፣ እቲ ጉዳይ ድማ ካብ ካልኦት ጉዳያት ቀዲሙ ይድምሰስ። ነቲ ጉዳይ ደጊምካ ምኽፋት ነቲ ምልክት የልግሶ።
console-flag-supervisors = ንጉዳይ ስፓም ወይ ብዘይግቡእ ምጥቃም ኢሎም ምልክት ክገብሩ ወይ ነቲ ምልክት ከልግሱ ዝኽእሉ ሓለፍቲ እቲ ክፍሊ ጥራይ እዮም።
console-flag-kind = ዓይነት ምልክት
console-flag-spam = ስፓም (ዘይተደልየ መልእኽቲ)
console-flag-abuse = ነቲ ኣገልግሎት ብዘይግቡእ ምጥቃም
console-flag-submit = ነቲ ጉዳይ ምልክት ግበረሉ
js-console-flag-submit = ነቲ ጉዳይ ምልክት ግበረሉ
js-console-flag-confirm = ኣረጋግጽ፦ ነቲ ጉዳይ ዕጸዎን ምልክት ግበረሉን
js-console-flag-remove = ነቲ ምልክት ኣልግስ
js-console-flag-current = ምልክት፦
js-console-flag-purge-after = ድሕሪ እዚ ዕለት ይድምሰስ፦
js-console-flag-saved = እቲ ጉዳይ ምልክት ተገይሩሉ ተዓጽዩ። እቲ ዝሓበረ ደጊም ክጽሕፈሉ ኣይኽእልን።
js-console-flag-removed = እቲ ምልክት ተላጊሱ። ሓደ ሰብ ደጊሙ ክሳብ ዝኸፍቶ እቲ ጉዳይ ዕጹው ኮይኑ ይጸንሕ።
js-console-flag-spam = ስፓም
js-console-flag-abuse = ብዘይግቡእ ምጥቃም
js-console-error-check_failed = ብውሑዱ ሓደ መልእኽቲ ወይ ፋይል ናይዚ ጉዳይ ብመፍትሕኹም ኣይኽፈትን፣ ስለዚ ኣይጸደቐን። መፍትሑ ዝኸፍቶ መሳርሕቲ ከረጋግጾ ይኽእል፣ ወይ ሓላፊ ነቶም ዝሓለፉ ቅዳሓት ካብቲ ጉዳይ ክመልሶም ይኽእል።
js-console-error-case_purged = ትሕዝቶ ናይዚ ጉዳይ ተደምሲሱ፤ ዝተረፈ መዝገቡ ጥራይ እዩ።
