# Passerelle — public pages, پښتو.
# Plain messages only (no variables or selectors): the server looks them up by id.
# Ids starting with "js-" are also sent to the browser code in the page data.

lang-name = پښتو
site-name = Passerelle

## Layout

quick-exit = ژر وتل
quick-exit-hint = یا ۳ ځله د Shift تڼۍ کېکاږئ
skip-link = اصلي مطلب ته ورشئ
lang-switch-label = ژبه
footer-nav-label = د سایټ پاڼې
nav-home = کور پاڼه
nav-follow-up = د راپور تعقیب
nav-safety = په انټرنیټ کې خوندي پاتې کېدل
footer-firewall = موږ هېڅکله راپورونه د مهاجرت چارواکو ته نه ورکوو.
footer-no-tracking = دا سایټ هېڅ کوکي او هېڅ تعقیبوونکي نه کاروي.
noscript-title = دا پاڼه JavaScript ته اړتیا لري.
noscript-body = ستاسو راپور د لېږلو نه مخکې په خپل ټیلیفون کې قلف (کوډ) کېږي، او د دې لپاره JavaScript پکار دی. بې له هغه هېڅ شی نه شي لېږل کېدای. په Tor Browser کې د امنیت «معیاري» (Standard) کچه وټاکئ، بیا دا پاڼه بیا پرانیزئ.

## Notes repeated on several pages

note-emergency = که تاسو یا بل څوک همدا اوس په خطر کې یاست، د بېړني حالت شمېرې ته زنګ ووهئ (په اروپا کې ۱۱۲). په دې سایټ کې راپورونه سمدستي نه لوستل کېږي.
note-encrypted = هغه څه چې تاسو یې لیکئ د لېږلو نه مخکې ستاسو په ټیلیفون کې قلف (کوډ) کېږي. یوازې د پولیسو هغه څانګه یې پرانیستلای شي چې پرې کار کوي. موږ یې نه شو لوستلای.
note-no-name = موږ ستاسو نوم، پته یا اسناد نه غواړو. اړتیا نشته چې هغه ولیکئ.
note-firewall = ستاسو راپور د مهاجرت چارواکو سره نه شریکېږي. که اسناد هم نه لرئ، بیا هم راپور ورکولای شئ.

## Home page

home-title = په خوندي ډول د جرم راپور ورکړئ
home-intro = د پولیسو یوې ساتونکې څانګې ته ووایاست چې پر تاسو یا پر بل چا څه شوي دي. دا وړیا ده او تاسو کولای شئ بې نومه پاتې شئ.
home-choose = خبره د څه په اړه ده؟
home-how-title = دا څنګه کار کوي
home-how-1 = وټاکئ چې خبره د څه په اړه ده.
home-how-2 = څه چې شوي، په خپلو خبرو او په هره ژبه یې ولیکئ. یوازې هغه څه چې ویل یې غواړئ.
home-how-3 = تاسو ته د تعقیب یو کوډ درکول کېږي. په خوندي ځای کې یې وساتئ: په دې کوډ د څانګې ځواب لوستلای او نور معلومات لېږلای شئ.
home-follow-up-title = مخکې مو راپور لېږلی؟
home-follow-up-text = د خپل تعقیب کوډ وکاروئ ترڅو وګورئ چې ستاسو راپور څه شو او د څانګې پیغامونه ولولئ.
home-follow-up-link = زما د راپور تعقیب
home-safety-link = د دې سایټ کارولو پر وخت څنګه خوندي پاتې شئ

## Categories

category-gbv = پر ښځو تاوتریخوالی، جنسي یا کورنی تاوتریخوالی
category-gbv-desc = جنسي تېری، جنسي حمله، په کور کې یا د مېړه یا ملګري له خوا تاوتریخوالی، په زور واده، ګواښونه.
category-child-protection = یو ماشوم په خطر کې دی
category-child-protection-desc = یو ماشوم ته زیان رسېدلی، ځورول کېږي، ترې ناوړه ګټه اخیستل کېږي، یوازې دی یا ورک دی.
category-trafficking-smuggling = د انسانانو قاچاق، قاچاقبران، په زور کار
category-trafficking-smuggling-desc = څوک په زور کار یا جنسي اړیکې ته اړ کېږي، د خپلې خوښې خلاف ساتل کېږي، یا د قاچاقبرو سره په خطر کې دی.
category-hate-crime = نژادپالنه، کرکه، ستاسو د هویت له امله حملې
category-hate-crime-desc = سپکاوی، ګواښ یا حمله ستاسو د اصل، دین، رنګ، جنسیت یا جنسي تمایل له امله.
category-community-policing = بل جرم یا بله ستونزه
category-community-policing-desc = غلا، ګواښونه، تاوتریخوالی یا ستاسو په سیمه کې یو خطر.
category-police-conduct = د پولیسو په اړه شکایت
category-police-conduct-desc = یو پولیس له تاسو سره بد یا ناعادلانه چلند کړی. دا شکایت یوې خپلواکې څارونکې ادارې ته ځي، نه هغو پولیسو ته چې دا کار یې کړی.
category-unsure = ډاډه نه یم
category-unsure-desc = موږ ته ووایاست چې څه شوي. یوه ډله به یې سمې څانګې ته ولېږي.

## Report page

report-eyebrow = نوی راپور
report-intro = یوازې هغه څه ډک کړئ چې غواړئ یې. په هره ژبه لیکلای شئ.
field-optional = (اختیاري)
field-what-label = څه پېښ شول؟
field-what-hint = په خپلو خبرو یې ووایاست.
field-when-label = کله پېښ شول؟
field-when-hint = یوه نېټه یا وخت، که نږدې هم وي. د بېلګې په توګه: پرون شپه، په مارچ کې.
field-where-label = چېرته پېښ شول؟
field-where-hint = یو ښار، یو سړک، یو کمپ، یو ځای چې تاسو یې پېژنئ.
field-who-label = څوک پکې دخیل دي؟
field-who-hint = که کولای شئ خلک تشریح کړئ: بڼه، نومونه، د ټیلیفون شمېرې، موټرونه.
field-region-label = سیمه
field-region-hint = دا مرسته کوي چې ستاسو راپور سمې ډلې ته ولاړ شي. سیمه نه کوډ کېږي.
field-region-none = نه غواړم ووایم
field-urgent-label = یو څوک همدا اوس په خطر کې دی
field-urgent-hint = که یو څوک په سمدستي خطر کې وي، د بېړني حالت شمېرې ته هم زنګ ووهئ (په اروپا کې ۱۱۲). دا سایټ سمدستي مرسته نه شي لېږلای.
field-referral-label = زه موافق یم چې که مرسته وغواړم، څانګه زما راپور یوه ملاتړي موسسه (پناه ځای، حقوقي مرسته، روغتیا) ته ورکړي
field-referral-hint = تاسو کولای شئ نه ووایاست. وروسته هم په یوه پیغام کې مرسته غوښتلای شئ.
report-metadata-note = سرور یوازې د راپور ډول، سیمه (که مو ټاکلې وي)، د پاڼې ژبه، دا چې بېړنی دی که نه، او دا چې تاسو ملاتړي موسسې ته د لېږلو سره موافق یاست که نه، ویني. هغه څه چې تاسو یې لیکئ نه شي لوستلای.
report-submit = زما راپور په خوندي ډول ولېږئ

## Receipt after sending

receipt-title = ستاسو راپور ولېږل شو
receipt-case-label = د دوسیې شمېره:
receipt-code-label = ستاسو د تعقیب کوډ
receipt-code-warning = دا کوډ همدا اوس ولیکئ یا یې په خوندي ځای کې وساتئ. یوازې یو ځل ښودل کېږي. که ورک مو کړ، هېڅوک یې تاسو ته بېرته نه شي درکولای: نه موږ، نه پولیس.
receipt-code-use = په دې کوډ تاسو د څانګې ځوابونه لوستلای او نور معلومات لېږلای شئ. هر څوک چې دا کوډ ولري ځوابونه لوستلای شي، نو پټ یې وساتئ.
receipt-copy = کوډ کاپي کړئ
receipt-print = چاپ
receipt-copy-hint = که کوډ کاپي کړئ، د دې ټیلیفون نور اپلیکېشنونه یې لیدلای شي. هغه کاغذ چې پټولای یې شئ ښايي خوندي وي.
receipt-next-title = وروسته څه کېږي
receipt-next = څانګه به ستاسو راپور ولولي. څو ورځې وروسته له خپل کوډ سره بېرته راشئ ترڅو د هغوی ځواب وګورئ.
receipt-follow-up-link = د تعقیب پاڼې ته ورشئ

## Follow-up page

follow-up-title = د خپل راپور تعقیب
follow-up-intro = د تعقیب کوډ ولیکئ. کوډ په همدې ټیلیفون کې پاتې کېږي: یوازې هغه کیلي لېږل کېږي چې له کوډ نه جوړېږي.
follow-up-code-label = د تعقیب کوډ (۲۸ عددونه)
follow-up-code-hint = تشې او لیکې مهمې نه دي. عددونه د 123 یا ۱۲۳ په بڼه لیکلای شئ.
follow-up-open = زما راپور پرانیزئ
follow-up-lost = کوډ مو ورک کړی؟ هېڅوک یې بېرته نه شي درکولای، ځکه یوازې تاسو یې لرئ. تاسو کولای شئ نوی راپور ولېږئ.
follow-up-case-title = ستاسو راپور
follow-up-case-label = د دوسیې شمېره
follow-up-status-label = حالت
follow-up-history-title = تر اوسه څه شوي
follow-up-thread-title = پیغامونه
follow-up-thread-note = ستاسو خپل پیغامونه یوازې د څانګې لپاره قلف شوي، نو دلته یې بیا نه شئ لوستلای.
follow-up-closed = دا قضیه تړل شوې ده او نور پیغامونه نه مني.
follow-up-message-label = څانګې ته ولیکئ
follow-up-message-hint = معلومات زیات کړئ یا یوې پوښتنې ته ځواب ورکړئ. ستاسو پیغام هم د راپور په څېر قلف (کوډ) کېږي.
follow-up-send = پیغام ولېږئ
follow-up-forget = دا کوډ په دې پاڼه کې هېر کړئ

## Safety page

safety-title = د دې سایټ کارولو پر وخت خوندي پاتې شئ
safety-intro = څوک چې ستاسو ټیلیفون یا کمپیوټر کاروي، ښايي وګوري چې تاسو دې سایټ ته راغلي یاست. دلته وایو چې دا خطر څنګه کم کړئ.
safety-exit-title = د ژر وتلو تڼۍ
safety-exit-text = د هرې پاڼې په سر کې د ژر وتلو تڼۍ شته. هغه کېکاږئ، یا ۳ ځله د Shift تڼۍ کېکاږئ، دا سایټ بندېږي او یو عادي ویب سایټ پرانیستل کېږي.
safety-exit-warning = ژر وتل ستاسو تاریخچه نه پاکوي. څوک لا هم کولای شي دا سایټ ستاسو د براوزر په تاریخچه کې وویني.
safety-history-title = د براوزر تاریخچه پاکه کړئ
safety-history-text = په ډېرو براوزرونو کې: مینو (⋮ یا ☰) پرانیزئ، بیا History (تاریخچه)، بیا Clear browsing data (د لټون معلومات پاکول).
safety-history-partial = که د ټولې تاریخچې پاکول عجیب ښکاري، یوازې د دې سایټ پاڼې پاکې کړئ.
safety-private-title = شخصي کړکۍ وکاروئ
safety-private-text = شخصي کړکۍ (په Chrome کې Incognito، په Firefox او Safari کې Private window) کله چې یې بنده کړئ، هغه پاڼې هېروي چې تاسو لیدلې.
safety-tor-title = Tor Browser وکاروئ
safety-tor-text = Tor Browser هغه سایټونه چې تاسو یې ګورئ ستاسو د انټرنیټ شرکت نه پټوي، او ستاسو د انټرنیټ پته له موږ نه پټوي. د امنیت «معیاري» (Standard) کچه وکاروئ: دا سایټ ستاسو د راپور قلفولو لپاره JavaScript ته اړتیا لري.
safety-device-title = که څوک ستاسو ټیلیفون ګوري
safety-device-text = که څوک ستاسو ټیلیفون ګوري یا ښايي پرې یې د جاسوسۍ اپلیکېشن لګولی وي، بل ټیلیفون یا کمپیوټر وکاروئ، د بېلګې په توګه د هغه چا یا هغې موسسې چې باور پرې لرئ.
safety-code-title = خپل کوډ خوندي وساتئ
safety-code-text = هر څوک چې ستاسو د تعقیب کوډ ولري د څانګې ځوابونه لوستلای شي. داسې ځای کې یې مه ږدئ چې نور یې وویني: پر یوه کاغذ یې ولیکئ چې پټولای یې شئ، یا یې یاد کړئ.
safety-nothing-stored = دا سایټ هېڅ کوکي نه ږدي او ستاسو په ټیلیفون کې هېڅ شی نه ساتي.

## Not found

not-found-title = پاڼه ونه موندل شوه
not-found-text = دا پاڼه نشته.
not-found-home = کور پاڼې ته ورشئ

## Status and outcomes (server-rendered and in the browser)

status-received = ترلاسه شو
status-under_review = کتل کېږي
status-action_taken = اقدام وشو
status-referred = بل خدمت ته ورکړل شو
status-closed = بند شو
outcome-investigation_opened = تحقیق پیل شو
outcome-protection_measures = د ساتنې ګامونه پورته شول
outcome-referred_to_partner = یوې ملاتړي موسسې ته ورکړل شو
outcome-referred_to_other_authority = بلې ادارې ته ورکړل شو
outcome-no_offence_identified = هېڅ جرم ونه موندل شو
outcome-insufficient_information = د اقدام لپاره بسنه کوونکي معلومات نشته
outcome-resolved = حل شو

## Browser messages

js-status-received = ترلاسه شو
js-status-under_review = کتل کېږي
js-status-action_taken = اقدام وشو
js-status-referred = بل خدمت ته ورکړل شو
js-status-closed = بند شو
js-outcome-investigation_opened = تحقیق پیل شو
js-outcome-protection_measures = د ساتنې ګامونه پورته شول
js-outcome-referred_to_partner = یوې ملاتړي موسسې ته ورکړل شو
js-outcome-referred_to_other_authority = بلې ادارې ته ورکړل شو
js-outcome-no_offence_identified = هېڅ جرم ونه موندل شو
js-outcome-insufficient_information = د اقدام لپاره بسنه کوونکي معلومات نشته
js-outcome-resolved = حل شو
js-progress-protecting = ستاسو راپور خوندي کېږي…
js-progress-checking = د خوندي لېږلو لپاره چمتو کېږي…
js-progress-sending = لېږل کېږي…
js-progress-retrying = اړیکه ورو ده. بیا هڅه کېږي…
js-progress-opening = ستاسو راپور پرانیستل کېږي…
js-error-network = سرور ته ونه رسېدو. خپله اړیکه وګورئ او بیا هڅه وکړئ. ستاسو متن لا دلته دی.
js-error-generic = یوه ستونزه پېښه شوه. مهرباني وکړئ بیا هڅه وکړئ.
js-error-no-unit = دا ډول راپور اوس نه شي ترلاسه کېدای. مهرباني وکړئ وروسته بیا هڅه وکړئ.
js-error-key-log = هېڅ شی ونه لېږل شو. هغه کیلي چې ستاسو راپور پرې کوډ کېده د خدمت له عامه کیلي لړلیک سره سمون نه خوري؛ کېدای شي چا بدل کړي وي چې څوک یې لوستلای شي. مهرباني وکړئ وروسته بیا هڅه وکړئ، یا په بله لاره راپور ورکړئ.
js-error-too-long = ستاسو متن ډېر اوږد دی. مهرباني وکړئ لنډ یې کړئ.
js-error-crypto = دا براوزر ستاسو راپور نه شي قلف (کوډ) کولای. نوی براوزر وکاروئ، یا Tor Browser په «معیاري» (Standard) کچه.
js-error-rate-limited = ډېرې هڅې وشوې. مهرباني وکړئ څو دقیقې صبر وکړئ، بیا هڅه وکړئ.
js-error-not-found = په دې کوډ هېڅ راپور ونه موندل شو. کوډ وګورئ او بیا هڅه وکړئ.
js-code-error-invalid-character = کوډ یوازې عددونه لرلای شي.
js-code-error-wrong-length = کوډ ۲۸ عددونه لري. وګورئ چې کوم عدد کم یا زیات نه وي.
js-code-error-check-digit = په دې کوډ کې تېروتنه ده. هر عدد په پام سره وګورئ.
js-copied = کوډ کاپي شو.
js-copy-manual = کوډ ټاکل شوی. د خپل ټیلیفون په مینو یې کاپي کړئ.
js-thread-unit = د څانګې پیغام
js-thread-yours = ستاسو پیغام
js-thread-your-report = ستاسو راپور
js-thread-sent = ولېږل شو
js-thread-unreadable = دا پیغام په دې وسیله کې نه شي پرانیستل کېدای.
js-thread-empty = تر اوسه هېڅ پیغام نشته.
js-message-sent = ستاسو پیغام ولېږل شو.
js-forgotten = کوډ له دې پاڼې لرې شو. د لا خوندیتوب لپاره، دا ټب هم بند کړئ.
js-time-unknown = نامعلوم وخت

## Officer console (page)

console-title = د افسرانو کنسول
console-noscript-body = د افسرانو کنسول دوسیې په همدې کمپیوټر کې له کوډ نه راباسي او JavaScript ته اړتیا لري. دې سایټ ته یې فعال کړئ، بیا پاڼه بیا پورته کړئ.
console-footer-restricted = یوازې د ساتونکو څانګو او څارونکې ادارې د اجازه لرونکو افسرانو لپاره.
console-footer-audit = هر ننوتل او هره دوسیه چې تاسو یې پرانیزئ د څار په ثبت (audit) کې لیکل کېږي.
console-cancel = لغوه
console-continue = دوام
console-signin-title = د افسرانو ننوتل
console-signin-intro = په خپل شخصي حساب ننوځئ. هېڅکله خپل پټنوم، د تصدیق اپلیکېشن یا د کیلي پټه جمله له چا سره مه شریکوئ.
console-signin-login = کارن نوم
console-signin-password = پټنوم
console-signin-totp = د تصدیق کوډ
console-signin-totp-hint = ستاسو د تصدیق اپلیکېشن ۶ عددي کوډ. لومړی ځل چې ننوځئ، دا خالي پرېږدئ: له تاسو به وغوښتل شي چې اپلیکېشن تنظیم کړئ.
console-signin-submit = ننوتل
console-signin-wait = بیا هڅې ته پاتې وخت:
console-enrol-title = دوه ګامیز تصدیق تنظیم کړئ
console-enrol-intro = ستاسو حساب ستاسو د کار په ټیلیفون کې د تصدیق یو اپلیکېشن ته اړتیا لري (د بېلګې په توګه FreeOTP، Aegis یا Google Authenticator).
console-enrol-step-1 = د تصدیق اپلیکېشن پرانیزئ او نوی حساب زیات کړئ.
console-enrol-step-2 = د QR کوډ سکین کړئ، یا د تنظیم هغه کیلي ولیکئ چې لاندې ښودل شوې.
console-enrol-step-3 = هغه ۶ عددي کوډ ولیکئ چې اپلیکېشن یې اوس ښيي.
console-enrol-secret-label = د تنظیم کیلي (که کوډ سکین نه شئ کولای):
console-enrol-code = د اپلیکېشن کوډ
console-enrol-submit = تایید او ننوتل
console-keysetup-title = د کوډ پرانیستلو خپله کیلي جوړه کړئ
console-keysetup-intro = راپورونه ستاسو د څانګې د کیليګانو لپاره کوډ کېږي. ستاسو شخصي کیلي همدا اوس په دې کمپیوټر کې جوړېږي. سرور یوازې د هغې عامه برخه او یوه نسخه ترلاسه کوي چې ستاسو په پټه جمله قلف شوې؛ هېڅکله ستاسو دوسیې نه شي لوستلای.
console-keysetup-passphrase-note = هر ځل چې ننوځئ پټې جملې ته اړتیا لرئ. که مو هېره کړه، هېڅوک ستاسو کیلي بېرته نه شي راګرځولای: باید نوې کیلي جوړه کړئ، او یو سرپرست باید بیا یې څانګې ته زیاته کړي.
console-keysetup-replace-warning = د نوې کیلي جوړول ستاسو اوسنۍ کیلي بدلوي. تر هغه چې سرپرست نوې کیلي ستاسو څانګې ته زیاته کړي، دوسیې نه شئ لوستلای، او هغه پیغامونه چې یوازې زړې کیلي ته لېږل شوي یوازې په زړه کیلي لوستل کېږي.
console-passphrase-new = د کیلي نوې پټه جمله
console-passphrase-new-hint = لږ تر لږه ۱۲ توري. یوه جمله یا څو بې اړیکې کلمې وکاروئ، له ننوتلو پټنوم نه توپیر ولري.
console-passphrase-repeat = پټه جمله تکرار کړئ
console-keysetup-submit = زما کیلي جوړه کړئ
console-keysetup-done = ستاسو کیلي جوړه او خوندي شوه.
console-key-recipient = ستاسو عامه کیلي:
console-keysetup-next = اوس باید ستاسو د څانګې یو سرپرست دا کیلي د څانګې د کیليګانو ټولګې ته زیاته کړي. تر هغه وخته دوسیې نه شئ پرانیستلای. خپل سرپرست ته د کیلي لومړي او وروستي توري ووایاست ترڅو یې وګوري.
console-unlock-title = خپله کیلي خلاصه کړئ
console-unlock-intro = د کیلي پټه جمله ولیکئ. ستاسو کیلي یوازې په دې کمپیوټر کې خلاصېږي او کله چې ووځئ، کنسول قلف کړئ یا دا ټب بند کړئ، هېرېږي.
console-passphrase = د کیلي پټه جمله
console-unlock-submit = خلاصول
console-unlock-forgot-title = پټه جمله مو هېره کړې؟
console-unlock-forgot = تاسو کولای شئ نوې کیلي جوړه کړئ. بیا به یو سرپرست دا ستاسو څانګې ته زیاته کړي ترڅو بیا دوسیې ولولئ.
console-unlock-replace = نوې کیلي جوړه کړئ
console-signed-in-as = ننوتلی یاست د دې نوم سره
console-nav-label = د کنسول برخې
console-tab-queue = دوسیې
console-tab-supervisor = د څانګې کیليګانې او غړي
console-tab-oversight = د څار ثبت
console-tab-me = زما حساب
console-lock = قلف
console-signout = وتل
console-signout-all = له ټولو وسیلو وتل
console-queue-title = دوسیې
console-queue-key-warning = ستاسو کیلي لا د دې څانګو د کیليګانو په ټولګه کې نه ده. له یوه سرپرست وغواړئ چې زیاته یې کړي؛ تر هغه وخته د هغوی نوې دوسیې نه شئ لوستلای:
console-filters = فلټرونه
console-filter-unit = څانګه
console-filter-unit-all = زما ټولې څانګې
console-filter-status = حالت
console-filter-any = هر یو
console-filter-urgent = بېړني توب
console-filter-urgent-only = یوازې بېړني
console-filter-urgent-not = نا بېړني
console-filter-assigned = سپارل شوې
console-filter-assigned-me = ما ته
console-filter-assigned-none = هېچا ته
console-filter-sort = ترتیب د
console-filter-sort-updated = وروستی فعالیت
console-filter-sort-created = د ترلاسه کېدو نېټه
console-filter-urgent-first = لومړی بېړنۍ دوسیې
console-queue-refresh = تازه کول
console-queue-empty = هېڅ دوسیه له دې فلټرونو سره سمون نه لري.
console-queue-more = نورې دوسیې راوړئ
console-urgent = بېړنی
console-case-back = دوسیو ته بېرته
console-case-title = دوسیه
console-case-status = حالت
console-case-unit = څانګه
console-case-category = ډول
console-case-region = سیمه
console-case-language = د راپور ورکوونکي ژبه
console-case-created = ترلاسه شوې
console-case-assigned = سپارل شوې
console-case-history = د حالت تاریخچه
console-case-thread = راپور او پیغامونه
console-reply-title = راپور ورکوونکي ته ځواب
console-reply-hint = په دې کمپیوټر کې د راپور ورکوونکي او ستاسو د څانګې لپاره کوډ کېږي. راپور ورکوونکی یې د خپل تعقیب کوډ سره لولي. د هغه نوم یا پته مه غواړئ، مګر دا چې اړین وي.
console-reply-label = ستاسو ځواب
console-reply-submit = ځواب ولېږئ
console-note-title = کورنی یادښت
console-note-hint = یوازې ستاسو د څانګې لپاره کوډ کېږي. راپور ورکوونکی یې هېڅکله نه ویني.
console-note-label = یادښت
console-note-submit = یادښت خوندي کړئ
console-status-title = حالت بدل کړئ
console-status-hint = راپور ورکوونکی په راتلونکي ځل حالت او پایله ویني (خو هېڅ متن نه).
console-status-label = نوی حالت
console-outcome-label = پایله
console-outcome-none = بې پایلې
console-status-submit = حالت خوندي کړئ
console-assign-title = سپارنه
console-assign-label = مسؤل افسر
console-assign-submit = سپارنه خوندي کړئ
console-supervisor-title = د څانګې کیليګانې او غړي
console-supervisor-intro = راپورونه د څانګې د اوسنۍ ټولګې د هرې کیلي لپاره کوډ کېږي. د هر نوي افسر کیلي زیاته کړئ، او د هغه چا کیلي لغوه کړئ چې ځي یا یې کیلي ورکه کړې.
console-supervisor-unit = څانګه
console-members-title = غړي
console-col-name = نوم
console-col-role = رول
console-col-key = کیلي
console-col-in-set = د کیليګانو په ټولګه کې
console-col-action = کړنه
console-keys-title = د کیليګانو تاریخچه
console-keys-intro = هره کیلي چې کله هم د څانګې په ټولګه کې وه. د کیلي لغوه کول پر نویو راپورونو اغېز کوي؛ زاړه پیغامونه لا هم د هغې لپاره کوډ پاتې کېږي.
console-keys-set = د کیليګانو د ټولګې نسخه:
console-col-holder = لرونکی
console-col-state = حالت
console-col-added = زیاته شوې
console-col-revoked = لغوه شوې
console-oversight-title = د څار ثبت
console-oversight-intro = دوسیې ته هر لاسرسی او هره اداري کړنه، تر ټولو نوې لومړی. ثبت زنځیري دی: په تېرو لیکو کې هر بدلون معلومېږي.
console-col-seq = شمېره
console-col-time = وخت
console-col-actor = کوونکی
console-col-audit-action = کړنه
console-col-subject = موضوع
console-audit-more = زړې لیکې راوړئ
console-me-title = زما حساب
console-me-units = زما څانګې
console-me-key = زما کیلي
console-me-key-intro = ستاسو عامه کیلي. مخکې له دې چې سرپرست یې زیاته کړي، له هغه څه سره یې پرتله کړئ چې هغه یې ویني.
console-me-sessions = ناستې
console-me-sessions-intro = که مو په داسې کمپیوټر کې ننوتلي یاست چې نور یې نه کاروئ، یا فکر کوئ چې بل څوک ښايي ننوتلی وي، له ټولو وسیلو ووځئ.

## Officer console (browser messages)

js-console-status-received = ترلاسه شوې
js-console-status-under_review = کتل کېږي
js-console-status-action_taken = اقدام شوی
js-console-status-referred = ور لېږل شوې
js-console-status-closed = بنده
js-console-outcome-investigation_opened = تحقیق پیل شو
js-console-outcome-protection_measures = د ساتنې ګامونه پورته شول
js-console-outcome-referred_to_partner = همکارې موسسې ته ور لېږل شوې
js-console-outcome-referred_to_other_authority = بلې ادارې ته ور لېږل شوې
js-console-outcome-no_offence_identified = هېڅ جرم ونه پېژندل شو
js-console-outcome-insufficient_information = ناکافي معلومات
js-console-outcome-resolved = حل شوې
js-console-category-gbv = د جنسیت پر بنسټ تاوتریخوالی
js-console-category-child-protection = د ماشومانو ساتنه
js-console-category-trafficking-smuggling = د انسانانو قاچاق او د مهاجرو قاچاق
js-console-category-hate-crime = د کرکې جرم
js-console-category-community-policing = ټولنیز پولیس
js-console-category-police-conduct = د پولیسو چلند
js-console-category-unsure = نا ډلبندي شوې (راپور ورکوونکی ډاډه نه دی)
js-console-role-member = غړی
js-console-role-supervisor = سرپرست
js-console-key-kind-officer = افسر
js-console-key-kind-recovery = د بېرته راګرځولو کیلي
js-console-language-en = انګلیسي
js-console-language-fr = فرانسوي
js-console-language-ar = عربي
js-console-urgent = بېړنی
js-console-unread = نوی پیغام
js-console-received = ترلاسه شوې
js-console-updated = تازه شوې
js-console-assigned-to = سپارل شوې
js-console-unassigned = نه ده سپارل شوې
js-console-none = هېڅ
js-console-yes = هو
js-console-no = نه
js-console-inactive = غیر فعال
js-console-thread-report = راپور
js-console-thread-reporter = د راپور ورکوونکي پیغام
js-console-thread-reply = راپور ورکوونکي ته ځواب
js-console-thread-note = کورنی یادښت
js-console-thread-unknown = د نامعلومې سرچینې پیغام
js-console-thread-unreadable = دا پیغام ستاسو په کیلي نه پرانیستل کېږي. ښايي ستاسو کیلي هغه وخت لا د څانګې په ټولګه کې نه وه چې پیغام ولېږل شو.
js-console-thread-invalid = د دې پیغام محتوا په تمه شوې بڼه نه ده.
js-console-thread-mismatch = پاملرنه: د دې پیغام محتوا له لېږونکي سره سمون نه لري. په احتیاط ورسره چلند وکړئ.
js-console-thread-empty = هېڅ پیغام نشته.
js-console-thread-some-locked = ځینې پیغامونه ستاسو په کیلي ونه پرانیستل شول.
js-console-field-what = څه پېښ شول
js-console-field-when = کله
js-console-field-where = چېرته
js-console-field-who = دخیل کسان
js-console-field-consent = ملاتړي موسسې ته د لېږلو سره موافق دی
js-console-field-empty = نه دي ویل شوي
js-console-assign-nobody = هېڅوک
js-console-assign-me = زه
js-console-assign-saved = سپارنه خوندي شوه.
js-console-status-saved = حالت خوندي شو.
js-console-reply-sent = ځواب ولېږل شو.
js-console-note-saved = یادښت خوندي شو.
js-console-add-to-set = د کیليګانو ټولګې ته زیاته کړئ
js-console-revoke = لغوه کول
js-console-revoke-confirm = لغوه کول تایید کړئ
js-console-key-active = فعاله
js-console-key-revoked = لغوه شوې
js-console-key-in-set = ستاسو کیلي د کیليګانو په ټولګه کې ده
js-console-key-not-in-set = ستاسو کیلي لا د کیليګانو په ټولګه کې نه ده
js-console-set-updated = د کیليګانو ټولګه تازه شوه. نوې نسخه:
js-console-audit-verified = د څار د ثبت زنځیر روغ دی.
js-console-audit-broken = پاملرنه: د څار د ثبت زنځیر مات دی. سمدستي څارونکې ادارې ته خبر ورکړئ. جزئیات:
js-console-enrol-qr = د QR کوډ چې د تصدیق اپلیکېشن سره یې سکین کړئ
js-console-progress-signin = ننوتل کېږي…
js-console-progress-key = ستاسو کیلي جوړېږي او قلفېږي. څو ثانیې نیسي…
js-console-progress-unlock = ستاسو کیلي خلاصېږي. څو ثانیې نیسي…
js-console-progress-loading = راوړل کېږي…
js-console-progress-decrypting = دوسیه راوړل کېږي او له کوډ نه راوځي…
js-console-progress-sending = کوډ کېږي او لېږل کېږي…
js-console-progress-saving = خوندي کېږي…
js-console-signed-out = تاسو ووتلئ.
js-console-signed-out-all = تاسو له ټولو وسیلو ووتلئ.
js-console-signed-out-locally = د ناستې پای ته رسولو لپاره سرور ته ونه رسېدو. هر څه له دې پاڼې لرې شول؛ وروسته بیا ووځئ، یا له ټولو وسیلو ووځئ.
js-console-locked = کنسول قلف دی. د دوام لپاره خپله پټه جمله ولیکئ.
js-console-locked-idle = کنسول د یو څه وخت بې کارۍ وروسته قلف شو.
js-console-error-generic = یوه ستونزه پېښه شوه. مهرباني وکړئ بیا هڅه وکړئ.
js-console-error-network = سرور ته نه رسېږو. خپله اړیکه وګورئ او بیا هڅه وکړئ.
js-console-error-invalid_credentials = کارن نوم، پټنوم یا کوډ ونه منل شو.
js-console-error-totp_required = د خپل تصدیق اپلیکېشن ۶ عددي کوډ ولیکئ.
js-console-error-totp_replayed = دا کوډ مخکې کارول شوی. په اپلیکېشن کې راتلونکي کوډ ته انتظار وکړئ، بیا هڅه وکړئ.
js-console-error-totp_format = کوډ باید ۶ عددونه ولري.
js-console-error-enrol_code = دا کوډ ونه منل شو. وګورئ چې ستاسو د ټیلیفون وخت سم دی، بیا اوسنی کوډ ولیکئ.
js-console-error-officer_disabled = دا حساب غیر فعال دی. له خپل مدیر سره اړیکه ونیسئ.
js-console-error-too_many_attempts = له دې وسیلې یا شبکې ډېرې هڅې. ښودل شوی وخت انتظار وباسئ، بیا هڅه وکړئ.
js-console-error-session_expired = ستاسو ناسته پای ته ورسېده. بیا ننوځئ.
js-console-error-csrf_failed = غوښتنه د امنیتي دلیلونو له امله رد شوه. پاڼه بیا پورته کړئ او بیا هڅه وکړئ.
js-console-error-forbidden = تاسو د دې کار اجازه نه لرئ.
js-console-error-not_found = دا دوسیه نشته یا ستاسو د څانګو نه ده.
js-console-error-no_key = دې غړي لا کیلي نه ده جوړه کړې.
js-console-error-keys_changed = ستاسو د لیکلو پر وخت د څانګې د کیليګانو ټولګه بدله شوه. مهرباني وکړئ بیا یې ولېږئ.
js-console-error-thread_full = دې دوسیې د پیغامونو اعظمي شمېر ته رسېدلې.
js-console-error-too_long = متن ډېر اوږد دی. مهرباني وکړئ لنډ یې کړئ.
js-console-error-no_unit_keys = دا څانګه هېڅ فعاله کیلي نه لري: د هغې لپاره هېڅ شی نه شي کوډ کېدای.
js-console-error-no_reply_recipient = دا دوسیه د ځواب کیلي نه لري: راپور ورکوونکی ځوابونه نه شي ترلاسه کولای.
js-console-error-unavailable = خدمت بوخت دی یا شتون نه لري. هېڅ شی خوندي نه شو؛ یو څه وروسته بیا هڅه وکړئ.
js-console-error-unsure_sent = د لېږلو پر وخت اړیکه پرې شوه. مخکې له دې چې بیا یې ولېږئ، لاندې پیغامونه وګورئ: ښايي خوندي شوی وي.
js-console-error-passphrase_too_short = پټه جمله باید لږ تر لږه ۱۲ توري ولري.
js-console-error-passphrase_mismatch = دواړه پټې جملې یو شان نه دي.
js-console-error-wrong_passphrase = پټه جمله غلطه ده.
js-console-error-key_malformed = ستاسو خوندي شوې کیلي خرابه ده. نوې کیلي جوړه کړئ.
js-console-error-key_mismatch = خوندي شوې کیلي ستاسو له ثبت شوې عامه کیلي سره سمون نه لري. نوې کیلي جوړه کړئ او خپل سرپرست ته خبر ورکړئ.
js-console-error-crypto = دا براوزر د کنسول کوډ کول نه شي چلولای. نوی براوزر وکاروئ.

## Officer console: referral, transfer, re-key, notifications (page)

console-case-consent = د لېږلو رضایت
console-case-referrals = لېږنې
console-refer-title = همکارې موسسې ته لېږل
console-refer-hint = نسخه په دې کمپیوټر کې یوازې د همکارې موسسې د کیليګانو لپاره کوډ کېږي: نه ستاسو څانګه او نه راپور ورکوونکی یې پرانیستلای شي. یوازې هغه څه شریک کړئ چې همکارې موسسې ته اړین دي. راپور ورکوونکی به «ور لېږل شوې» حالت ویني.
console-refer-no-consent = راپور ورکوونکی ملاتړي موسسې ته د لېږلو سره موافق نه دی. لېږنه نه شي کېدای.
console-refer-partner = همکاره موسسه
console-refer-text = همکارې موسسې ته پیغام
console-refer-text-hint = هغه څه چې همکاره موسسه یې د مرستې لپاره باید وپوهېږي، او که کس موافق وي، څنګه ورسره اړیکه نیول کېدای شي.
console-refer-include-report = راپور هماغسې ورسره کړئ لکه څنګه چې راپور ورکوونکي لیکلی
console-refer-submit = لېږنه ولېږئ
console-transfer-title = بلې څانګې ته لېږد
console-transfer-hint = ټوله دوسیه په دې کمپیوټر کې د بلې څانګې لپاره بیا کوډ کېږي. ستاسو څانګه سمدستي لاسرسی له لاسه ورکوي، او سپارنه پاکېږي. د راپور ورکوونکي تعقیب کار کوي.
console-transfer-unit = ترلاسه کوونکې څانګه
console-transfer-submit = دوسیه ولېږدوئ
console-rekey-title = زړې دوسیې بیا کوډ کړئ
console-rekey-intro = کله چې کیلي ټولګې ته زیاته یا لغوه شي، پرانیستې دوسیې لا هم د مخکنۍ ټولګې لپاره کوډ وي. په دې کمپیوټر کې یې بیا کوډ کول نویو غړو ته د لوستلو اجازه ورکوي او لغوه شوې کیلي د خوندي شویو نسخو له پرانیستلو منع کوي. مخکې اخیستل شوې نسخې نه بدلېږي.
console-rekey-remaining = پرانیستې دوسیې چې لا د مخکنۍ کیليګانو ټولګې لپاره کوډ دي:
console-rekey-start = همدا اوس بیا کوډ کړئ
console-notify-title = خبرتیاوې
console-notify-intro = د کنسول برېښنالیکونه هېڅکله د راپور په اړه څه نه وایي: نه شمېره، نه ډول، نه سیمه، نه وخت. بېړني راپورونه سمدستي خبرول کېږي، مګر دا چې خبرتیاوې بندې وي.
console-notify-mode = ما خبر کړئ
console-notify-each = زما په څانګو کې په هره نوې پېښه
console-notify-digest = په ورځني لنډیز کې
console-notify-off = هېڅکله
console-notify-email = د برېښنالیک پته
console-notify-email-hint = غوره ده چې د کار پته وي. که خبرتیاوې بندې وي، اړتیا نشته.
console-notify-submit = زما غوره توبونه خوندي کړئ

## Officer console: referral, transfer, re-key, notifications (browser messages)

js-console-consent-yes = راپور ورکوونکی ملاتړي موسسې ته د لېږلو سره موافق دی
js-console-consent-no = د لېږلو رضایت نشته
js-console-transfer-submit = دوسیه ولېږدوئ
js-console-transfer-confirm = لېږد تایید کړئ
js-console-transfer-done = دوسیه ولېږدول شوه دې ته:
js-console-progress-reencrypting = دوسیه په دې کمپیوټر کې بیا کوډ کېږي…
js-console-refer-done = لېږنه ولېږل شوه.
js-console-rekey-progress = دوسیه بیا کوډ کېږي
js-console-rekey-done = بیا کوډ شوې دوسیې:
js-console-rekey-skipped = پرېښودل شوې دوسیې (د هرې یوې لامل لاندې لیکل شوی):
js-console-notify-saved = ستاسو غوره توبونه خوندي شول.
js-console-error-thread_changed = دوسیه ستاسو د کار پر وخت بدله شوه. بیا هڅه وکړئ.
js-console-error-undecryptable = د دې دوسیې ځینې پیغامونه ستاسو په کیلي نه پرانیستل کېږي، نو بیا نه شي کوډ کېدای. یو همکار چې کیلي یې هغه پرانیزي دا کار کولای شي.
js-console-error-no_consent = راپور ورکوونکی لېږنې ته موافق نه دی.
js-console-error-unknown_partner = دا همکاره موسسه شتون نه لري.
js-console-error-unknown_unit = دا څانګه شتون نه لري.
js-console-error-not_a_member = دا افسر د دې څانګې غړی نه دی.
js-console-error-cannot_revoke = دا کیلي اوس نه شي لغوه کېدای: څانګه باید لږ تر لږه یوه فعاله کیلي ولري.
js-console-error-invalid_email = سمه برېښنالیک پته ولیکئ، یا وټاکئ چې خبر نه شئ.
js-console-error-invalid_query = دا فلټرونه یو ځای نه شي کارېدای. بدل یې کړئ او بیا هڅه وکړئ.

## Officer console: security key (passkey) and attachments

console-unlock-passkey-intro = تاسو د خپلې کیلي یوه نسخه په امنیتي کیلي یا passkey کې ساتئ. د خلاصولو لپاره یې وکاروئ.
console-unlock-passkey = په امنیتي کیلي خلاصول
console-unlock-or-passphrase = یا په خپله پټه جمله یې خلاصه کړئ:
console-passkey-title = امنیتي کیلي یا passkey
console-passkey-intro = تاسو کولای شئ د پټې جملې لیکلو پر ځای خپله کیلي په امنیتي کیلي یا د دې وسیلې په passkey هم خلاصه کړئ. ستاسو پټه جمله لا هم کار کوي: که امنیتي کیلي ورکه شي، د بېرته راتګ لاره همدا ده.
console-passkey-add = امنیتي کیلي یا passkey زیاته کړئ
console-passkey-remove = امنیتي کیلي لرې کړئ
console-passkey-hint = ستاسو براوزر به تر درې ځله له تاسو وغواړي چې امنیتي کیلي لمس کړئ یا په دې وسیله تایید کړئ: د جوړولو لپاره، په هغې د خپلې کیلي د یوې نسخې قلفولو لپاره، او د هغې نسخې کتلو لپاره.
js-console-passkey-state-on = یوه امنیتي کیلي ستاسو کیلي خلاصولای شي.
js-console-passkey-state-off = لا امنیتي کیلي نشته: تاسو په پټه جمله خلاصوئ.
js-console-passkey-remove = امنیتي کیلي لرې کړئ
js-console-passkey-remove-confirm = لرې کول تایید کړئ
js-console-passkey-progress-add = د براوزر لارښوونې تعقیب کړئ: امنیتي کیلي لمس کړئ یا په دې وسیله تایید کړئ…
js-console-passkey-progress-unlock = خپله امنیتي کیلي لمس کړئ یا په دې وسیله تایید کړئ…
js-console-passkey-added = امنیتي کیلي زیاته شوه. بل ځل یې په مرسته خلاصولای شئ.
js-console-passkey-removed = امنیتي کیلي لرې شوه. له دې وروسته په پټه جمله خلاص کړئ.
js-console-passkey-error-unsupported = دا براوزر دلته امنیتي کیلي نه شي کارولای. خپله پټه جمله وکاروئ.
js-console-passkey-error-no_prf = دا امنیتي کیلي یا براوزر کیلي نه شي ساتلای (د PRF وړتیا نه لري). پټه جمله وکاروئ، یا بله امنیتي کیلي یا نوی براوزر وازمویئ.
js-console-passkey-error-cancelled = امنیتي کیلي ونه کارول شوه (لغوه شوه یا وخت تېر شو). هېڅ بدلون رانغی؛ بیا هڅه وکړئ یا پټه جمله وکاروئ.
js-console-passkey-error-exists = دا امنیتي کیلي مخکې ثبت شوې ده. بله وکاروئ، یا لومړی زوړ ثبت لرې کړئ.
js-console-passkey-error-wrong_key = دا هغه امنیتي کیلي نه ده چې ستاسو کیلي ساتي. بله وازمویئ، یا پټه جمله وکاروئ.
js-console-passkey-error-failed = امنیتي کیلي کار ونه کړ. هېڅ بدلون رانغی؛ بیا هڅه وکړئ یا پټه جمله وکاروئ.
js-console-passkey-error-no_key = لومړی خپله کیلي په یوې پټې جملې جوړه کړئ.
js-console-passkey-error-verify = هغه نسخه چې په امنیتي کیلي جوړه شوه ونه کتل شوه، نو خوندي نه شوه. بیا هڅه وکړئ.
js-console-attachments-title = ضمیمې:
js-console-attachments-mismatch = پاملرنه: د ضمیمو شمېر له هغه څه سره سمون نه لري چې د راپور ورکوونکي پیغام یې بیانوي.
js-console-attachment-kind-photo = انځور
js-console-attachment-kind-document = سند
js-console-attachment-kind-voice = غږیز ثبت
js-console-attachment-kind-other = فایل
js-console-attachment-encrypted-size = کوډ شوې اندازه
js-console-attachment-metadata-removed = د ځای او کمرې معلومات د راپور ورکوونکي په وسیله کې لرې شول.
js-console-attachment-metadata-kept = راپور ورکوونکي د ځای او کمرې معلومات د شاهد په توګه ساتلي: د دې انځور له شریکولو مخکې پام وکړئ.
js-console-attachment-locked = دا ضمیمه ستاسو په کیلي نه پرانیستل کېږي.
js-console-attachment-download = ښکته کول
js-console-attachment-play = ثبت غږول
js-console-attachment-progress = ضمیمه له کوډ نه راایستل کېږي…
js-console-attachment-saved = پرانیستل او وکتل شوه. خوندي شوه په دې نوم:
js-console-attachment-error-undecryptable = دا ضمیمه ستاسو په کیلي نه پرانیستل کېږي.
js-console-attachment-error-undescribed = د راپور ورکوونکي پیغام دا ضمیمه نه بیانوي، نو نه شي کتل کېدای. خوندي نه شوه.
js-console-attachment-error-size = دا ضمیمه له بیان شوي لنډه ده: ښايي پرې شوې وي. خوندي نه شوه.
js-console-attachment-error-sha256_mismatch = پاملرنه: دا ضمیمه د راپور ورکوونکي په پیغام کې له ګوتې نښې (fingerprint) سره سمون نه لري. ښايي بدله شوې وي. خوندي نه شوه.
js-console-rekey-items = پیغامونه او ضمیمې

## Files, voice messages and the "before you send" reminder (report and follow-up pages)

attach-legend = انځورونه، اسناد یا غږیز پیغام
attach-hint = تاسو کولای شئ انځورونه، اسناد یا غږیز پیغام زیات کړئ. دا هم ستاسو د متن په څېر قلف (کوډ) کېږي. هغه پټ معلومات چې ښيي انځور چېرته اخیستل شوی، لومړی لرې کېږي.
attach-add-photo = انځور زیات کړئ
attach-add-file = سند زیات کړئ
attach-record-voice = غږیز پیغام ثبت کړئ
attach-list-label = هغه فایلونه چې تاسو زیات کړي
voice-recording = ثبتېږي
voice-stop = ثبت ودروئ
identify-title = له لېږلو مخکې: دا ښايي وښيي چې تاسو څوک یاست
identify-body = داسې ښکاري چې ستاسو په متن کې هغه معلومات شته چې پورته لیکل شوي. که غواړئ څانګه یې ولري، کومه ستونزه نشته: یوازې څانګه ستاسو راپور لوستلای شي. که اړین نه وي، یا تاسو یا بل څوک په خطر کې اچولای شي، بېرته ولاړ شئ او لرې یې کړئ.
identify-edit = بېرته ولاړ شئ او سم یې کړئ
identify-send = بیا هم یې ولېږئ

## Files, voice messages and the "before you send" reminder (browser messages)

js-unit-kb = KB
js-unit-mb = MB
js-attach-kind-photo = انځور
js-attach-kind-document = سند
js-attach-kind-voice = غږیز پیغام
js-attach-remove = لرې کول
js-attach-cleaned = پټ معلومات (ځای، وخت، د ټیلیفون ماډل) له دې انځور لرې شول.
js-attach-kept = دا انځور به له خپلو پټو معلوماتو (ځای، وخت، د ټیلیفون ماډل) سره ولېږل شي.
js-attach-keep-details = د ځای او کمرې معلومات د شاهد په توګه وساتئ
js-attach-keep-details-hint = یوازې که پولیس باید وګوري چې انځور چېرته او کله اخیستل شوی. دا معلومات دا هم ښودلای شي چې تاسو چېرته وئ او کوم ټیلیفون کاروئ.
js-attach-uncleanable = موږ د دې ډول انځور پټ معلومات (لکه هغه ځای چې اخیستل شوی) نه شو لرې کولای. هماغسې به د سند په توګه ولېږل شي. که تاسو په خطر کې اچولای شي، لرې یې کړئ.
js-attach-document-as-is = دا فایل به هماغسې ولېږل شي. سندونه او ویډیوګانې کېدای شي پټ معلومات ولري، لکه نوم یا ځای. که تاسو په خطر کې اچولای شي، لرې یې کړئ.
js-attach-send-as-photo = دا انځور دی: د انځور په توګه یې له معلوماتو سره ولېږئ
js-attach-error-too-many = نور فایلونه نه شئ زیاتولای. تر ټولو ډېر چې یو ځای لېږلای شئ:
js-attach-error-too-large = دا فایل ډېر لوی دی. تر ټولو لوی فایل چې لېږلای یې شئ:
js-attach-error-total = دا فایلونه یو ځای ډېر لوی دي. تر ټولو ډېر چې یو ځای لېږلای شئ:
js-attach-error-read = دا فایل ونه لوستل شو. بل وازمویئ.
js-voice-recording = ثبتېږي… کله چې مو پای ته ورساوه «ثبت ودروئ» کېکاږئ.
js-voice-done = ستاسو غږیز پیغام چمتو دی. له لېږلو مخکې یې اورېدلای شئ.
js-voice-denied = مایکروفون ونه کارول شو. تاسو کولای شئ پر ځای یې ولیکئ، یا د براوزر په تنظیماتو کې مایکروفون ته اجازه ورکړئ.
js-voice-preview = خپل غږیز پیغام واورئ
js-voice-rerecord = بیا ثبت کړئ
js-progress-encrypting-files = ستاسو فایلونه قلفېږي (کوډ کېږي)…
js-error-too-many-attachments = فایلونه ډېر دي. ځینې لرې کړئ او بیا هڅه وکړئ.
js-error-attachment-too-large = یو فایل ډېر لوی دی. لرې یې کړئ یا کوچنی وټاکئ.
js-error-attachments-too-large = فایلونه یو ځای ډېر لوی دي. ځینې لرې کړئ او بیا هڅه وکړئ.
js-identify-phone = د ټیلیفون شمېره
js-identify-email = د برېښنالیک پته
js-identify-id = د تذکرې، پاسپورټ یا بله اوږده شمېره
js-identify-iban = د بانکي حساب شمېره (IBAN)
js-identify-address = د کور یا سړک پته
js-thread-files = فایلونه:
js-message-empty = یو پیغام ولیکئ یا یو فایل زیات کړئ.

## Guided questions, emergency numbers and simpler words (home and report pages)

home-simple-link = اسانې کلمې (د ماشومانو او ځوانانو لپاره)
simple-toggle-on = اسانې کلمې
simple-toggle-off = عادي کلمې
emergency-title = هغه شمېرې چې همدا اوس ورته زنګ وهلای شئ
emergency-hint = دا زنګونه وړیا دي. که څوک په خطر کې وي، یوې ته یې زنګ ووهئ: دا سایټ سمدستي مرسته نه شي لېږلای.
field-child-label = یو ماشوم پکې شامل دی
field-child-hint = که د ۱۸ کالو څخه کم عمر لرونکي چا ته زیان رسېدلی، دا یې لیدلي یا په خطر کې وي، دا نښه کړئ. څانګه به ډېر پام وکړي.
field-contact-label = څانګه له ما سره اړیکه نیولای شي
field-contact-hint = یوازې که تاسو یې غواړئ. که دا نښه نه کړئ، څانګه به یوازې ستاسو د تعقیب کوډ له لارې ځواب درکړي.
field-contact-how-label = څنګه او کله له تاسو سره اړیکه نیول خوندي دي؟
field-contact-how-hint = د بېلګې په توګه: د ټیلیفون شمېره او هغه وختونه چې یوازې یاست، یا یو څوک چې باور پرې لرئ.
field-contact-caution = تر ټولو خوندي لاره دا ده چې د څانګې ځوابونه په خپل تعقیب کوډ ولولئ. ښايي بل څوک یو زنګ یا پیغام وویني یا واوري.
js-emergency-shown = هغه شمېرې چې همدا اوس ورته زنګ وهلای شئ له دې پوښتنې لاندې ښودل شوې.

## Simpler words for children and young people (report page, ?simple=1)

report-intro-simple = یوازې هغه څه راته ووایه چې ویل یې غواړې. په هره ژبه لیکلای شې. د دې له امله به په ستونزه کې نه شې.
field-what-label-simple = څه وشول؟
field-what-hint-simple = په خپلو خبرو یې ولیکه. لنډ هم ښه دی.
field-when-label-simple = کله وشول؟
field-when-hint-simple = د بېلګې په توګه: نن، پرون شپه، تېره اونۍ. اټکل کولای شې.
field-where-label-simple = چېرته وشول؟
field-where-hint-simple = د بېلګې په توګه: په کور کې، په ښوونځي کې، په سړک کې، په کمپ کې.
field-who-label-simple = چا وکړل، یا څوک هلته وو؟
field-who-hint-simple = نومونه لیکلای شې، یا دا چې خلک څنګه ښکاري.
field-region-label-simple = سیمه
field-region-hint-simple = دا له موږ سره مرسته کوي چې سمه ډله پیدا کړو. اړتیا نشته چې وټاکې.
field-urgent-label-simple = یو څوک همدا اوس په خطر کې دی
field-urgent-hint-simple = که یو څوک همدا اوس ټپي کېدای شي، یوې هغې شمېرې ته زنګ ووهه چې دلته به ښکاره شي. دا سایټ سمدستي مرسته نه شي لېږلای.
field-child-label-simple = یو ماشوم پکې شته
field-child-hint-simple = که دا ستا یا د بل ماشوم (له ۱۸ کالو کم) په اړه وي، دا نښه کړه.
field-contact-label-simple = له ما سره اړیکه نیولای شئ
field-contact-hint-simple = یوازې که ته یې غواړې. که نه، زموږ ځواب په خپل پټ کوډ لوستلای شې.
field-contact-how-label-simple = څنګه او کله له تا سره اړیکه نیول خوندي دي؟
field-contact-how-hint-simple = د بېلګې په توګه: د ټیلیفون شمېره او هغه وخت چې یوازې یې، یا یو لوی کس چې باور پرې لرې.
field-contact-caution-simple = زموږ ځواب په خپل پټ کوډ لوستل تر ټولو خوندي دي. ښايي بل څوک یو زنګ یا پیغام وویني.
field-referral-label-simple = تاسو کولای شئ له هغو خلکو چې دنده یې مرسته ده (د اوسېدو خوندي ځای، ډاکټر، وکیل) وغواړئ چې له ما سره مرسته وکړي
field-referral-hint-simple = نه هم ویلای شې. وروسته هم مرسته غوښتلای شې.

# Console: guided answers of a report
js-console-field-child = یو ماشوم پکې ښکیل دی
js-console-field-contact = واحد کولای شي اړیکه ونیسي

# Receipt: the code as a small file
receipt-save = په فایل کې خوندي کول
js-saved-file = د «note.txt» په نوم خوندي شو. داسې ځای کې یې وساتئ چې بل څوک ورته نه ګوري، یا یې د کوډ له لیکلو وروسته ړنګ کړئ.
receipt-save-hint = خوندي شوی فایل په دې ټیلیفون او د براوزر د ډاونلوډونو په لیست کې پاتې کېږي: کله چې نور ورته اړتیا نه لرئ، له دواړو ځایونو یې ړنګ کړئ.
js-console-error-key_changed = ستاسو کیلي په بله کړکۍ کې بدله شوه. بیا یې خلاصه کړئ، بیا د امنیت کیلي بیا ورزیاته کړئ.

# Transfer and re-key: the earlier copies are kept until a supervisor checks
console-reencryption-title = بیا کوډ شو: د یو څارونکي د کتنې په تمه
console-reencryption-hint = نه دا کمپیوټر او نه سرور پوهېدای شي چې نوې کاپۍ سمې دي که نه. تر هغه چې یو څارونکی وګوري چې هره یوه خلاصېږي، پخوانۍ کاپۍ ساتل کېږي او بېرته راګرځېدای شي. که څوک یې ونه ګوري، په ښودل شوې نېټه ړنګېږي.
console-reencryption-confirm = وګورئ او تایید یې کړئ
console-reencryption-restore = پخوانۍ کاپۍ بېرته راوګرځوئ
console-reencryption-supervisors = یوازې د واحد څارونکي کولای شي یوه دوسیه ولېږدوي یا بیا کوډ کړي، او تایید یا بېرته یې کړي.
console-rekey-unconfirmed = بیا کوډ شوې دوسیې چې د کتنې په تمه دي:
console-rekey-check = هغه وګورئ او تایید یې کړئ
js-console-reencryption-by = بیا کوډ شوی د
js-console-reencryption-from = له
js-console-reencryption-until = پخوانۍ کاپۍ ساتل کېږي تر
js-console-reencryption-restore = پخوانۍ کاپۍ بېرته راوګرځوئ
js-console-reencryption-restore-confirm = تایید: پخوانۍ کاپۍ بېرته راوګرځوئ
js-console-reencryption-confirmed = وکتل شو: هره کاپي خلاصېږي. پخوانۍ کاپۍ ړنګې شوې.
js-console-reencryption-shut = ځینې کاپۍ ستاسو په کیلي نه خلاصېږي. پخوانۍ کاپۍ بېرته راوګرځوئ، یا له هغه همکار وغواړئ چې کیلي یې هغه خلاصوي چې وګوري.
js-console-reencryption-restored = پخوانۍ کاپۍ بېرته راغلې.
js-console-progress-checking = کتل کېږي چې هره کاپي خلاصېږي…
js-console-rekey-checked = کتل شوې او تایید شوې دوسیې:
js-console-rekey-check-skipped = نا تایید شوې دوسیې:
js-console-error-reencryption_pending = د دې دوسیې وروستی بیا کوډ کول لا نه دي کتل شوي. لومړی دوسیه خلاصه کړئ او تایید یا بېرته یې راوګرځوئ.
js-console-error-not_pending = په دې دوسیه کې نور څه د کتنې په تمه نه دي.
js-console-error-added_since_transfer = له لېږد وروسته پیغامونه زیات شوي چې په پخوانۍ څانګه کې به نه خلاصېږي، نو پخوانۍ کاپۍ بېرته نه شي راګرځېدای. پر ځای یې نوې کاپۍ تایید کړئ؛ وروسته دوسیه بېرته لېږدول کېدای شي.

# د سپام یا ناوړه ګټې اخیستنې نښې، او هغه دوسیې چې منځپانګه یې ړنګه شوې.
console-case-purged = د دې دوسیې راپور، پیغامونه او ضمیمې د ساتنې د مودې په پای کې ړنګ شول. یوازې یې ثبت پاتې دی: د حالت تاریخچه او د څار د ثبت لیکنې. د ړنګېدو نېټه:
console-reencryption-not-restorable = له لېږد وروسته پیغامونه زیات شوي، نو پخوانۍ کاپۍ نور بېرته نه شي راګرځېدای. وګورئ چې نوې کاپۍ خلاصېږي او تایید یې کړئ.
console-flag-title = سپام یا ناوړه ګټه اخیستنه
console-flag-hint = هغه دوسیه چې د سپام یا ناوړه ګټې اخیستنې نښه ولګول شي تړل کېږي. راپور ورکوونکی یې لا هم د خپل تعقیب کوډ سره لوستلای شي، خو نور لیکلای نه شي، او دا دوسیه له نورو دوسیو مخکې ړنګېږي. د دوسیې بیا پرانیستل نښه لرې کوي.
console-flag-supervisors = یوازې د څانګې سرپرستان کولای شي یوې دوسیې ته د سپام یا ناوړه ګټې اخیستنې نښه ولګوي، یا نښه لرې کړي.
console-flag-kind = د نښې ډول
console-flag-spam = سپام (ناغوښتي پیغامونه)
console-flag-abuse = له خدمت څخه ناوړه ګټه اخیستنه
console-flag-submit = دوسیې ته نښه ولګوئ
js-console-flag-submit = دوسیې ته نښه ولګوئ
js-console-flag-confirm = تایید: دوسیه وتړئ او نښه یې ولګوئ
js-console-flag-remove = نښه لرې کړئ
js-console-flag-current = نښه:
js-console-flag-purge-after = له دې نېټې وروسته ړنګېږي:
js-console-flag-saved = دوسیې ته نښه ولګېده او وتړل شوه. راپور ورکوونکی نور پکې نه شي لیکلای.
js-console-flag-removed = نښه لرې شوه. دوسیه تړلې پاتې کېږي تر هغه چې څوک یې بیا پرانیزي.
js-console-flag-spam = سپام
js-console-flag-abuse = ناوړه ګټه اخیستنه
js-console-error-check_failed = د دې دوسیې لږ تر لږه یو پیغام یا ضمیمه ستاسو په کیلي نه خلاصېږي، نو تایید نه شوه. یو همکار چې کیلي یې هغه خلاصوي کولای شي وې ګوري، یا یو سرپرست کولای شي پخوانۍ کاپۍ له دوسیې بېرته راوګرځوي.
js-console-error-case_purged = د دې دوسیې منځپانګه ړنګه شوې؛ یوازې یې ثبت پاتې دی.
