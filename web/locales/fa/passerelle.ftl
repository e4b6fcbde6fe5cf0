# Passerelle — public pages, فارسی.
# Plain messages only (no variables or selectors): the server looks them up by id.
# Ids starting with "js-" are also sent to the browser code in the page data.

lang-name = فارسی
site-name = Passerelle

## Layout

quick-exit = خروج سریع
quick-exit-hint = یا ۳ بار کلید Shift را بزنید
skip-link = رفتن به محتوای اصلی
lang-switch-label = زبان
footer-nav-label = صفحه‌های سایت
nav-home = صفحهٔ اصلی
nav-follow-up = پیگیری گزارش
nav-safety = امنیت در اینترنت
footer-firewall = ما هرگز گزارش‌ها را به ادارهٔ مهاجرت نمی‌دهیم.
footer-no-tracking = این سایت هیچ کوکی و هیچ ردیابی ندارد.
noscript-title = این صفحه به JavaScript نیاز دارد.
noscript-body = گزارش شما پیش از فرستادن، روی تلفن خودتان قفل (رمزگذاری) می‌شود و برای این کار JavaScript لازم است. بدون آن هیچ چیزی فرستاده نمی‌شود. در Tor Browser سطح امنیتی «استاندارد» (Standard) را انتخاب کنید و دوباره این صفحه را باز کنید.

## Notes repeated on several pages

note-emergency = اگر شما یا کس دیگری همین حالا در خطر هستید، به شمارهٔ اضطراری زنگ بزنید (در اروپا ۱۱۲). گزارش‌های این سایت فوراً خوانده نمی‌شوند.
note-encrypted = آنچه می‌نویسید پیش از فرستادن، روی تلفن شما قفل (رمزگذاری) می‌شود. فقط واحد پلیسی که به آن رسیدگی می‌کند می‌تواند آن را باز کند. ما نمی‌توانیم آن را بخوانیم.
note-no-name = ما نام، نشانی یا مدارک شما را نمی‌پرسیم. لازم نیست آن‌ها را بنویسید.
note-firewall = گزارش شما به ادارهٔ مهاجرت داده نمی‌شود. حتی اگر مدرک ندارید، می‌توانید گزارش بدهید.

## Home page

home-title = گزارش امن یک جرم
home-intro = به یک واحد حمایتی پلیس بگویید چه بر سر شما یا کس دیگری آمده است. رایگان است و می‌توانید ناشناس بمانید.
home-choose = موضوع چیست؟
home-how-title = چطور کار می‌کند
home-how-1 = موضوع را انتخاب کنید.
home-how-2 = آنچه اتفاق افتاده را با کلمات خودتان و به هر زبانی بنویسید. فقط آنچه می‌خواهید بگویید.
home-how-3 = یک کد پیگیری می‌گیرید. آن را جای امنی نگه دارید: با آن می‌توانید پاسخ واحد را بخوانید و اطلاعات بیشتری بفرستید.
home-follow-up-title = قبلاً گزارش فرستاده‌اید؟
home-follow-up-text = با کد پیگیری خود ببینید گزارش‌تان به کجا رسیده و پیام‌های واحد را بخوانید.
home-follow-up-link = پیگیری گزارش من
home-safety-link = چطور هنگام استفاده از این سایت امن بمانید

## Categories

category-gbv = خشونت علیه زنان، خشونت جنسی یا خانگی
category-gbv-desc = تجاوز، آزار جنسی، خشونت در خانه یا از طرف همسر یا شریک زندگی، ازدواج اجباری، تهدید.
category-child-protection = کودکی در خطر است
category-child-protection-desc = کودکی آسیب دیده، آزار یا بهره‌کشی می‌شود، تنهاست یا گم شده است.
category-trafficking-smuggling = قاچاق انسان، قاچاقچیان، کار اجباری
category-trafficking-smuggling-desc = کسی مجبور به کار یا رابطهٔ جنسی است، برخلاف میلش نگه داشته می‌شود، یا با قاچاقچیان در خطر است.
category-hate-crime = نژادپرستی، نفرت، حمله به خاطر اینکه چه کسی هستید
category-hate-crime-desc = توهین، تهدید یا حمله به خاطر اصل و تبار، دین، رنگ پوست، جنسیت یا گرایش جنسی شما.
category-community-policing = جرم یا مشکل دیگر
category-community-policing-desc = دزدی، تهدید، خشونت یا خطری در محلهٔ شما.
category-police-conduct = شکایت از پلیس
category-police-conduct-desc = یک مأمور پلیس با شما بد یا ناعادلانه رفتار کرده است. این شکایت به یک نهاد نظارتی مستقل می‌رود، نه به پلیسی که این کار را کرده است.
category-unsure = مطمئن نیستم
category-unsure-desc = به ما بگویید چه اتفاقی افتاده است. یک تیم آن را به واحد درست می‌فرستد.

## Report page

report-eyebrow = گزارش تازه
report-intro = فقط آنچه را می‌خواهید پر کنید. به هر زبانی می‌توانید بنویسید.
field-optional = (اختیاری)
field-what-label = چه اتفاقی افتاد؟
field-what-hint = با کلمات خودتان بگویید.
field-when-label = کی اتفاق افتاد؟
field-when-hint = یک تاریخ یا ساعت، حتی تقریبی. مثلاً: دیشب، در ماه مارچ.
field-where-label = کجا اتفاق افتاد؟
field-where-hint = یک شهر، یک خیابان، یک کمپ، جایی که می‌شناسید.
field-who-label = چه کسانی در آن دست دارند؟
field-who-hint = اگر می‌توانید آدم‌ها را توصیف کنید: ظاهرشان، نام‌ها، شماره‌های تلفن، وسیله‌های نقلیه.
field-region-label = منطقه
field-region-hint = این کمک می‌کند گزارش شما به تیم درست برسد. منطقه رمزگذاری نمی‌شود.
field-region-none = ترجیح می‌دهم نگویم
field-urgent-label = کسی همین حالا در خطر است
field-urgent-hint = اگر کسی در خطر فوری است، به شمارهٔ اضطراری هم زنگ بزنید (در اروپا ۱۱۲). این سایت نمی‌تواند فوراً کمک بفرستد.
field-referral-label = موافقم که اگر کمک بخواهم، واحد گزارش مرا به یک سازمان حمایتی (پناهگاه، کمک حقوقی، بهداشت و درمان) بدهد
field-referral-hint = می‌توانید نه بگویید. بعداً هم می‌توانید در یک پیام کمک بخواهید.
report-metadata-note = سرور فقط نوع گزارش، منطقه (اگر انتخاب کرده باشید)، زبان صفحه، فوری بودن یا نبودن، و موافقت یا عدم موافقت شما با معرفی به یک سازمان حمایتی را می‌بیند. نمی‌تواند آنچه را می‌نویسید بخواند.
report-submit = فرستادن امن گزارش من

## Receipt after sending

receipt-title = گزارش شما فرستاده شد
receipt-case-label = شمارهٔ پرونده:
receipt-code-label = کد پیگیری شما
receipt-code-warning = همین حالا این کد را یادداشت کنید یا جای امنی نگه دارید. فقط یک بار نشان داده می‌شود. اگر آن را گم کنید، هیچ‌کس نمی‌تواند آن را به شما برگرداند: نه ما، نه پلیس.
receipt-code-use = با این کد می‌توانید پاسخ‌های واحد را بخوانید و اطلاعات بیشتری بفرستید. هر کسی این کد را داشته باشد می‌تواند پاسخ‌ها را بخواند، پس آن را پنهان نگه دارید.
receipt-copy = کپی کد
receipt-print = چاپ
receipt-copy-hint = اگر کد را کپی کنید، برنامه‌های دیگر این تلفن ممکن است آن را ببینند. کاغذی که بتوانید پنهانش کنید شاید امن‌تر باشد.
receipt-next-title = بعد چه می‌شود
receipt-next = واحد گزارش شما را می‌خواند. چند روز دیگر با کدتان برگردید تا پاسخ آن‌ها را ببینید.
receipt-follow-up-link = رفتن به صفحهٔ پیگیری

## Follow-up page

follow-up-title = پیگیری گزارش شما
follow-up-intro = کد پیگیری خود را وارد کنید. کد روی همین تلفن می‌ماند: فقط کلیدی که از آن ساخته می‌شود فرستاده می‌شود.
follow-up-code-label = کد پیگیری (۲۸ رقم)
follow-up-code-hint = فاصله و خط تیره مهم نیست. می‌توانید رقم‌ها را به شکل 123 یا ۱۲۳ بنویسید.
follow-up-open = باز کردن گزارش من
follow-up-lost = کدتان را گم کرده‌اید؟ هیچ‌کس نمی‌تواند آن را برگرداند، چون فقط شما آن را دارید. می‌توانید گزارش تازه‌ای بفرستید.
follow-up-case-title = گزارش شما
follow-up-case-label = شمارهٔ پرونده
follow-up-status-label = وضعیت
follow-up-history-title = آنچه تا حالا انجام شده
follow-up-thread-title = پیام‌ها
follow-up-thread-note = پیام‌های خود شما فقط برای واحد قفل شده‌اند، پس نمی‌توانید دوباره آن‌ها را اینجا بخوانید.
follow-up-closed = این پرونده بسته شده است و دیگر پیامی نمی‌پذیرد.
follow-up-message-label = نوشتن به واحد
follow-up-message-hint = اطلاعاتی اضافه کنید یا به پرسشی پاسخ دهید. پیام شما مانند گزارش‌تان قفل (رمزگذاری) می‌شود.
follow-up-send = فرستادن پیام
follow-up-forget = فراموش کردن این کد در این صفحه

## Safety page

safety-title = هنگام استفاده از این سایت امن بمانید
safety-intro = کسی که از تلفن یا کامپیوتر شما استفاده می‌کند ممکن است ببیند که به این سایت آمده‌اید. اینجا می‌گوییم چطور این خطر را کم کنید.
safety-exit-title = دکمهٔ خروج سریع
safety-exit-text = بالای هر صفحه یک دکمهٔ خروج سریع هست. آن را بزنید، یا ۳ بار کلید Shift را بزنید؛ این سایت بسته می‌شود و یک سایت بی‌طرف باز می‌شود.
safety-exit-warning = خروج سریع تاریخچهٔ شما را پاک نمی‌کند. کسی هنوز می‌تواند این سایت را در تاریخچهٔ مرورگر شما ببیند.
safety-history-title = تاریخچهٔ مرور را پاک کنید
safety-history-text = در بیشتر مرورگرها: منو (⋮ یا ☰) را باز کنید، سپس History (تاریخچه)، سپس Clear browsing data (پاک کردن داده‌های مرور).
safety-history-partial = اگر پاک کردن همهٔ تاریخچه عجیب به نظر برسد، فقط صفحه‌های این سایت را پاک کنید.
safety-private-title = از پنجرهٔ خصوصی استفاده کنید
safety-private-text = پنجرهٔ خصوصی (Incognito در Chrome، Private window در Firefox و Safari) وقتی آن را می‌بندید صفحه‌هایی را که دیده‌اید فراموش می‌کند.
safety-tor-title = از Tor Browser استفاده کنید
safety-tor-text = Tor Browser سایت‌هایی را که می‌بینید از شرکت اینترنت شما پنهان می‌کند و نشانی اینترنتی شما را از ما پنهان می‌کند. سطح امنیتی «استاندارد» (Standard) را انتخاب کنید: این سایت برای قفل کردن گزارش شما به JavaScript نیاز دارد.
safety-device-title = اگر کسی تلفن شما را وارسی می‌کند
safety-device-text = اگر کسی به تلفن شما نگاه می‌کند یا شاید یک برنامهٔ جاسوسی روی آن گذاشته باشد، از تلفن یا کامپیوتر دیگری استفاده کنید، مثلاً مال کسی یا سازمانی که به آن اعتماد دارید.
safety-code-title = کدتان را امن نگه دارید
safety-code-text = هر کسی کد پیگیری شما را داشته باشد می‌تواند پاسخ‌های واحد را بخواند. آن را جایی نگذارید که دیگران ببینند: روی کاغذی بنویسید که بتوانید پنهان کنید، یا آن را از بر کنید.
safety-nothing-stored = این سایت هیچ کوکی نمی‌گذارد و هیچ چیزی روی تلفن شما ذخیره نمی‌کند.

## Not found

not-found-title = صفحه پیدا نشد
not-found-text = این صفحه وجود ندارد.
not-found-home = رفتن به صفحهٔ اصلی

## Status and outcomes (server-rendered and in the browser)

status-received = دریافت شد
status-under_review = در حال بررسی
status-action_taken = اقدام انجام شد
status-referred = به خدمت دیگری سپرده شد
status-closed = بسته شد
outcome-investigation_opened = تحقیقات آغاز شد
outcome-protection_measures = اقدامات حمایتی انجام شد
outcome-referred_to_partner = به یک سازمان حمایتی سپرده شد
outcome-referred_to_other_authority = به مرجع دیگری سپرده شد
outcome-no_offence_identified = جرمی پیدا نشد
outcome-insufficient_information = اطلاعات برای اقدام کافی نیست
outcome-resolved = حل شد

## Browser messages

js-status-received = دریافت شد
js-status-under_review = در حال بررسی
js-status-action_taken = اقدام انجام شد
js-status-referred = به خدمت دیگری سپرده شد
js-status-closed = بسته شد
js-outcome-investigation_opened = تحقیقات آغاز شد
js-outcome-protection_measures = اقدامات حمایتی انجام شد
js-outcome-referred_to_partner = به یک سازمان حمایتی سپرده شد
js-outcome-referred_to_other_authority = به مرجع دیگری سپرده شد
js-outcome-no_offence_identified = جرمی پیدا نشد
js-outcome-insufficient_information = اطلاعات برای اقدام کافی نیست
js-outcome-resolved = حل شد
js-progress-protecting = در حال محافظت از گزارش شما…
js-progress-checking = در حال آماده‌سازی برای ارسال امن…
js-progress-sending = در حال فرستادن…
js-progress-retrying = اتصال کند است. دوباره تلاش می‌کنیم…
js-progress-opening = در حال باز کردن گزارش شما…
js-error-network = نتوانستیم به سرور برسیم. اتصال خود را بررسی کنید و دوباره تلاش کنید. متن شما هنوز اینجاست.
js-error-generic = مشکلی پیش آمد. لطفاً دوباره تلاش کنید.
js-error-no-unit = این نوع گزارش فعلاً دریافت نمی‌شود. لطفاً بعداً دوباره تلاش کنید.
js-error-key-log = چیزی فرستاده نشد. کلیدهایی که قرار بود گزارش شما با آن‌ها رمزگذاری شود با فهرست عمومی کلیدهای این سرویس یکی نیستند؛ ممکن است کسی تغییر داده باشد که چه کسی می‌تواند آن را بخواند. لطفاً بعداً دوباره تلاش کنید یا از راه دیگری گزارش دهید.
js-error-too-long = متن شما خیلی طولانی است. لطفاً آن را کوتاه‌تر کنید.
js-error-crypto = این مرورگر نمی‌تواند گزارش شما را قفل (رمزگذاری) کند. از یک مرورگر به‌روز استفاده کنید، یا از Tor Browser با سطح «استاندارد» (Standard).
js-error-rate-limited = تلاش‌ها بیش از حد بود. لطفاً چند دقیقه صبر کنید و دوباره تلاش کنید.
js-error-not-found = هیچ گزارشی با این کد پیدا نشد. کد را بررسی کنید و دوباره تلاش کنید.
js-code-error-invalid-character = کد فقط می‌تواند رقم داشته باشد.
js-code-error-wrong-length = کد ۲۸ رقم دارد. بررسی کنید که رقمی کم یا زیاد نباشد.
js-code-error-check-digit = این کد اشتباهی دارد. تک‌تک رقم‌ها را با دقت بررسی کنید.
js-copied = کد کپی شد.
js-copy-manual = کد انتخاب شده است. آن را با منوی تلفن خود کپی کنید.
js-thread-unit = پیام از واحد
js-thread-yours = پیام شما
js-thread-your-report = گزارش شما
js-thread-sent = فرستاده شد
js-thread-unreadable = این پیام روی این دستگاه باز نمی‌شود.
js-thread-empty = هنوز پیامی نیست.
js-message-sent = پیام شما فرستاده شد.
js-forgotten = کد از این صفحه پاک شد. برای امنیت بیشتر، این زبانه را هم ببندید.
js-time-unknown = زمان نامعلوم

## Officer console (page)

console-title = میز کار مأموران
console-noscript-body = میز کار مأموران پرونده‌ها را روی همین کامپیوتر رمزگشایی می‌کند و به JavaScript نیاز دارد. آن را برای این سایت فعال کنید و صفحه را دوباره بارگذاری کنید.
console-footer-restricted = فقط برای مأموران مجاز واحدهای حمایتی و نهاد نظارتی.
console-footer-audit = هر ورود و هر پرونده‌ای که باز می‌کنید در دفتر ثبت رویدادها (audit) ثبت می‌شود.
console-cancel = لغو
console-continue = ادامه
console-signin-title = ورود مأموران
console-signin-intro = با حساب شخصی خود وارد شوید. هرگز رمز عبور، برنامهٔ احراز هویت یا عبارت عبور کلید خود را به کسی ندهید.
console-signin-login = نام کاربری
console-signin-password = رمز عبور
console-signin-totp = کد احراز هویت
console-signin-totp-hint = کد ۶ رقمی برنامهٔ احراز هویت شما. بار اولی که وارد می‌شوید، این را خالی بگذارید: از شما خواسته می‌شود برنامه را راه‌اندازی کنید.
console-signin-submit = ورود
console-signin-wait = زمان تا تلاش دوباره:
console-enrol-title = راه‌اندازی تأیید دو مرحله‌ای
console-enrol-intro = حساب شما به یک برنامهٔ احراز هویت (مثلاً FreeOTP، Aegis یا Google Authenticator) روی تلفن کاری‌تان نیاز دارد.
console-enrol-step-1 = برنامهٔ احراز هویت را باز کنید و یک حساب تازه اضافه کنید.
console-enrol-step-2 = کد QR را اسکن کنید، یا کلید راه‌اندازی زیر آن را تایپ کنید.
console-enrol-step-3 = کد ۶ رقمی‌ای را که برنامه اکنون نشان می‌دهد وارد کنید.
console-enrol-secret-label = کلید راه‌اندازی (اگر نمی‌توانید کد را اسکن کنید):
console-enrol-code = کد برنامه
console-enrol-submit = تأیید و ورود
console-keysetup-title = کلید رمزگشایی خود را بسازید
console-keysetup-intro = گزارش‌ها برای کلیدهای واحد شما رمزگذاری می‌شوند. کلید شخصی شما اکنون روی همین کامپیوتر ساخته می‌شود. سرور فقط بخش عمومی آن و یک نسخهٔ قفل‌شده با عبارت عبور شما را می‌گیرد؛ هرگز نمی‌تواند پرونده‌های شما را بخواند.
console-keysetup-passphrase-note = هر بار که وارد می‌شوید به عبارت عبور نیاز دارید. اگر آن را فراموش کنید، هیچ‌کس نمی‌تواند کلید شما را بازیابی کند: باید کلید تازه‌ای بسازید و یک سرپرست باید دوباره آن را به واحد اضافه کند.
console-keysetup-replace-warning = ساختن کلید تازه جای کلید فعلی شما را می‌گیرد. تا وقتی سرپرست کلید تازه را به واحد شما اضافه نکند، نمی‌توانید پرونده‌ها را بخوانید، و پیام‌هایی که فقط برای کلید قدیمی فرستاده شده‌اند فقط با کلید قدیمی خوانده می‌شوند.
console-passphrase-new = عبارت عبور تازهٔ کلید
console-passphrase-new-hint = دست‌کم ۱۲ نویسه. یک جمله یا چند کلمهٔ بی‌ربط به هم به کار ببرید، متفاوت با رمز عبور ورود.
console-passphrase-repeat = عبارت عبور را تکرار کنید
console-keysetup-submit = ساختن کلید من
console-keysetup-done = کلید شما ساخته و ذخیره شد.
console-key-recipient = کلید عمومی شما:
console-keysetup-next = اکنون یک سرپرست واحد شما باید این کلید را به مجموعهٔ کلیدهای واحد اضافه کند. تا آن وقت نمی‌توانید پرونده‌ها را باز کنید. چند نویسهٔ اول و آخر کلید را به سرپرست خود بگویید تا آن را بررسی کند.
console-unlock-title = باز کردن قفل کلید
console-unlock-intro = عبارت عبور کلید خود را وارد کنید. کلید شما فقط روی همین کامپیوتر باز می‌شود و وقتی خارج می‌شوید، میز کار را قفل می‌کنید یا این زبانه را می‌بندید فراموش می‌شود.
console-passphrase = عبارت عبور کلید
console-unlock-submit = باز کردن قفل
console-unlock-forgot-title = عبارت عبور را فراموش کرده‌اید؟
console-unlock-forgot = می‌توانید کلید تازه‌ای بسازید. سپس یک سرپرست باید آن را به واحد شما اضافه کند تا دوباره بتوانید پرونده‌ها را بخوانید.
console-unlock-replace = ساختن کلید تازه
console-signed-in-as = وارد شده با نام
console-nav-label = بخش‌های میز کار
console-tab-queue = پرونده‌ها
console-tab-supervisor = کلیدها و اعضای واحد
console-tab-oversight = دفتر ثبت رویدادها
console-tab-me = حساب من
console-lock = قفل
console-signout = خروج
console-signout-all = خروج از همهٔ دستگاه‌ها
console-queue-title = پرونده‌ها
console-queue-key-warning = کلید شما هنوز در مجموعهٔ کلیدهای این واحدها نیست. از یک سرپرست بخواهید آن را اضافه کند؛ تا آن وقت نمی‌توانید پرونده‌های تازهٔ آن‌ها را بخوانید:
console-filters = فیلترها
console-filter-unit = واحد
console-filter-unit-all = همهٔ واحدهای من
console-filter-status = وضعیت
console-filter-any = همه
console-filter-urgent = فوریت
console-filter-urgent-only = فقط فوری
console-filter-urgent-not = غیرفوری
console-filter-assigned = سپرده به
console-filter-assigned-me = من
console-filter-assigned-none = هیچ‌کس
console-filter-sort = مرتب‌سازی بر اساس
console-filter-sort-updated = آخرین فعالیت
console-filter-sort-created = تاریخ دریافت
console-filter-urgent-first = اول پرونده‌های فوری
console-queue-refresh = تازه‌سازی
console-queue-empty = هیچ پرونده‌ای با این فیلترها جور نیست.
console-queue-more = پرونده‌های بیشتر
console-urgent = فوری
console-case-back = بازگشت به پرونده‌ها
console-case-title = پرونده
console-case-status = وضعیت
console-case-unit = واحد
console-case-category = دسته
console-case-region = منطقه
console-case-language = زبان گزارش‌دهنده
console-case-created = دریافت شده
console-case-assigned = سپرده به
console-case-history = تاریخچهٔ وضعیت
console-case-thread = گزارش و پیام‌ها
console-reply-title = پاسخ به گزارش‌دهنده
console-reply-hint = روی همین کامپیوتر برای گزارش‌دهنده و واحد شما رمزگذاری می‌شود. گزارش‌دهنده آن را با کد پیگیری خود می‌خواند. نام یا نشانی او را نپرسید مگر اینکه لازم باشد.
console-reply-label = پاسخ شما
console-reply-submit = فرستادن پاسخ
console-note-title = یادداشت داخلی
console-note-hint = فقط برای واحد شما رمزگذاری می‌شود. گزارش‌دهنده هرگز آن را نمی‌بیند.
console-note-label = یادداشت
console-note-submit = ذخیرهٔ یادداشت
console-status-title = تغییر وضعیت
console-status-hint = گزارش‌دهنده در مراجعهٔ بعدی وضعیت و نتیجه را می‌بیند (اما هیچ متنی را نه).
console-status-label = وضعیت تازه
console-outcome-label = نتیجه
console-outcome-none = بدون نتیجه
console-status-submit = ذخیرهٔ وضعیت
console-assign-title = سپردن پرونده
console-assign-label = مأمور مسئول
console-assign-submit = ذخیرهٔ سپردن
console-supervisor-title = کلیدها و اعضای واحد
console-supervisor-intro = گزارش‌ها برای همهٔ کلیدهای مجموعهٔ فعلی واحد رمزگذاری می‌شوند. کلید هر مأمور تازه را اضافه کنید و کلید هر کسی را که می‌رود یا کلیدش را گم می‌کند باطل کنید.
console-supervisor-unit = واحد
console-members-title = اعضا
console-col-name = نام
console-col-role = نقش
console-col-key = کلید
console-col-in-set = در مجموعهٔ کلیدها
console-col-action = اقدام
console-keys-title = تاریخچهٔ کلیدها
console-keys-intro = همهٔ کلیدهایی که تا حالا در مجموعهٔ واحد بوده‌اند. باطل کردن یک کلید برای گزارش‌های تازه اثر دارد؛ پیام‌های قدیمی‌تر همچنان برای آن رمزگذاری شده می‌مانند.
console-keys-set = نسخهٔ مجموعهٔ کلیدها:
console-col-holder = دارنده
console-col-state = حالت
console-col-added = اضافه شده
console-col-revoked = باطل شده
console-oversight-title = دفتر ثبت رویدادها
console-oversight-intro = هر دسترسی به یک پرونده و هر اقدام اداری، تازه‌ترین در بالا. دفتر زنجیره‌ای است: هر تغییری در ردیف‌های گذشته آشکار می‌شود.
console-col-seq = شماره
console-col-time = زمان
console-col-actor = انجام‌دهنده
console-col-audit-action = اقدام
console-col-subject = موضوع
console-audit-more = بارگذاری ردیف‌های قدیمی‌تر
console-me-title = حساب من
console-me-units = واحدهای من
console-me-key = کلید من
console-me-key-intro = کلید عمومی شما. پیش از آنکه سرپرست آن را اضافه کند، آن را با آنچه او می‌بیند مقایسه کنید.
console-me-sessions = نشست‌ها
console-me-sessions-intro = اگر روی کامپیوتری وارد شده‌اید که دیگر از آن استفاده نمی‌کنید، یا فکر می‌کنید کس دیگری شاید وارد شده باشد، از همهٔ دستگاه‌ها خارج شوید.

## Officer console (browser messages)

js-console-status-received = دریافت شده
js-console-status-under_review = در حال بررسی
js-console-status-action_taken = اقدام انجام شده
js-console-status-referred = ارجاع شده
js-console-status-closed = بسته
js-console-outcome-investigation_opened = تحقیقات آغاز شد
js-console-outcome-protection_measures = اقدامات حمایتی انجام شد
js-console-outcome-referred_to_partner = ارجاع به سازمان همکار
js-console-outcome-referred_to_other_authority = ارجاع به مرجع دیگر
js-console-outcome-no_offence_identified = جرمی شناسایی نشد
js-console-outcome-insufficient_information = اطلاعات ناکافی
js-console-outcome-resolved = حل شده
js-console-category-gbv = خشونت مبتنی بر جنسیت
js-console-category-child-protection = حمایت از کودکان
js-console-category-trafficking-smuggling = قاچاق انسان و قاچاق مهاجران
js-console-category-hate-crime = جرم ناشی از نفرت
js-console-category-community-policing = پلیس محلی
js-console-category-police-conduct = رفتار پلیس
js-console-category-unsure = دسته‌بندی نشده (گزارش‌دهنده مطمئن نیست)
js-console-role-member = عضو
js-console-role-supervisor = سرپرست
js-console-key-kind-officer = مأمور
js-console-key-kind-recovery = کلید بازیابی
js-console-language-en = انگلیسی
js-console-language-fr = فرانسوی
js-console-language-ar = عربی
js-console-urgent = فوری
js-console-unread = پیام تازه
js-console-received = دریافت شده
js-console-updated = به‌روز شده
js-console-assigned-to = سپرده به
js-console-unassigned = سپرده نشده
js-console-none = هیچ
js-console-yes = بله
js-console-no = نه
js-console-inactive = غیرفعال
js-console-thread-report = گزارش
js-console-thread-reporter = پیام از گزارش‌دهنده
js-console-thread-reply = پاسخ به گزارش‌دهنده
js-console-thread-note = یادداشت داخلی
js-console-thread-unknown = پیام با منبع نامعلوم
js-console-thread-unreadable = این پیام با کلید شما رمزگشایی نمی‌شود. احتمالاً وقتی فرستاده شد، کلید شما هنوز در مجموعهٔ واحد نبود.
js-console-thread-invalid = محتوای این پیام در قالب مورد انتظار نیست.
js-console-thread-mismatch = هشدار: محتوای این پیام با فرستنده‌اش جور نیست. با احتیاط با آن برخورد کنید.
js-console-thread-empty = پیامی نیست.
js-console-thread-some-locked = برخی پیام‌ها با کلید شما رمزگشایی نشدند.
js-console-field-what = چه اتفاقی افتاد
js-console-field-when = کی
js-console-field-where = کجا
js-console-field-who = افراد درگیر
js-console-field-consent = با ارجاع به سازمان حمایتی موافق است
js-console-field-empty = گفته نشده
js-console-assign-nobody = هیچ‌کس
js-console-assign-me = من
js-console-assign-saved = سپردن پرونده ذخیره شد.
js-console-status-saved = وضعیت ذخیره شد.
js-console-reply-sent = پاسخ فرستاده شد.
js-console-note-saved = یادداشت ذخیره شد.
js-console-add-to-set = افزودن به مجموعهٔ کلیدها
js-console-revoke = باطل کردن
js-console-revoke-confirm = تأیید باطل کردن
js-console-key-active = فعال
js-console-key-revoked = باطل شده
js-console-key-in-set = کلید شما در مجموعهٔ کلیدها هست
js-console-key-not-in-set = کلید شما هنوز در مجموعهٔ کلیدها نیست
js-console-set-updated = مجموعهٔ کلیدها به‌روز شد. نسخهٔ تازه:
js-console-audit-verified = زنجیرهٔ دفتر ثبت رویدادها سالم است.
js-console-audit-broken = هشدار: زنجیرهٔ دفتر ثبت رویدادها شکسته است. فوراً به نهاد نظارتی گزارش دهید. جزئیات:
js-console-enrol-qr = کد QR برای اسکن با برنامهٔ احراز هویت
js-console-progress-signin = در حال ورود…
js-console-progress-key = در حال ساختن و قفل کردن کلید شما. چند ثانیه طول می‌کشد…
js-console-progress-unlock = در حال باز کردن قفل کلید شما. چند ثانیه طول می‌کشد…
js-console-progress-loading = در حال بارگذاری…
js-console-progress-decrypting = در حال بارگذاری و رمزگشایی پرونده…
js-console-progress-sending = در حال رمزگذاری و فرستادن…
js-console-progress-saving = در حال ذخیره…
js-console-signed-out = شما خارج شدید.
js-console-signed-out-all = شما از همهٔ دستگاه‌ها خارج شدید.
js-console-signed-out-locally = برای پایان دادن به نشست شما به سرور دسترسی نبود. همه چیز از این صفحه پاک شد؛ بعداً دوباره خارج شوید، یا از همهٔ دستگاه‌ها خارج شوید.
js-console-locked = میز کار قفل است. برای ادامه عبارت عبور خود را وارد کنید.
js-console-locked-idle = میز کار پس از مدتی بی‌کاری قفل شد.
js-console-error-generic = مشکلی پیش آمد. لطفاً دوباره تلاش کنید.
js-console-error-network = به سرور دسترسی نیست. اتصال خود را بررسی کنید و دوباره تلاش کنید.
js-console-error-invalid_credentials = نام کاربری، رمز عبور یا کد پذیرفته نشد.
js-console-error-totp_required = کد ۶ رقمی برنامهٔ احراز هویت خود را وارد کنید.
js-console-error-totp_replayed = این کد قبلاً استفاده شده است. منتظر کد بعدی در برنامه بمانید و دوباره تلاش کنید.
js-console-error-totp_format = کد باید ۶ رقم باشد.
js-console-error-enrol_code = این کد پذیرفته نشد. بررسی کنید که ساعت تلفن شما درست باشد، سپس کد فعلی را وارد کنید.
js-console-error-officer_disabled = این حساب غیرفعال است. با مدیر سیستم تماس بگیرید.
js-console-error-too_many_attempts = تلاش‌های بیش از حد از این دستگاه یا شبکه. زمان نشان‌داده‌شده را صبر کنید، سپس دوباره تلاش کنید.
js-console-error-session_expired = نشست شما تمام شده است. دوباره وارد شوید.
js-console-error-csrf_failed = درخواست به دلایل امنیتی رد شد. صفحه را دوباره بارگذاری کنید و دوباره تلاش کنید.
js-console-error-forbidden = شما اجازهٔ این کار را ندارید.
js-console-error-not_found = این پرونده وجود ندارد یا به واحدهای شما تعلق ندارد.
js-console-error-no_key = این عضو هنوز کلیدی نساخته است.
js-console-error-keys_changed = مجموعهٔ کلیدهای واحد هنگام نوشتن شما تغییر کرد. لطفاً دوباره بفرستید.
js-console-error-thread_full = این پرونده به بیشترین تعداد پیام رسیده است.
js-console-error-too_long = متن خیلی طولانی است. لطفاً کوتاهش کنید.
js-console-error-no_unit_keys = این واحد هیچ کلید فعالی ندارد: هیچ چیزی نمی‌تواند برای آن رمزگذاری شود.
js-console-error-no_reply_recipient = این پرونده کلید پاسخ ندارد: گزارش‌دهنده نمی‌تواند پاسخ دریافت کند.
js-console-error-unavailable = سرویس شلوغ است یا در دسترس نیست. چیزی ذخیره نشد؛ کمی بعد دوباره تلاش کنید.
js-console-error-unsure_sent = اتصال هنگام فرستادن قطع شد. پیش از فرستادن دوباره، گفتگوی پایین را بررسی کنید: شاید ذخیره شده باشد.
js-console-error-passphrase_too_short = عبارت عبور باید دست‌کم ۱۲ نویسه داشته باشد.
js-console-error-passphrase_mismatch = دو عبارت عبور یکی نیستند.
js-console-error-wrong_passphrase = عبارت عبور اشتباه است.
js-console-error-key_malformed = کلید ذخیره‌شدهٔ شما خراب است. کلید تازه‌ای بسازید.
js-console-error-key_mismatch = کلید ذخیره‌شده با کلید عمومی ثبت‌شدهٔ شما جور نیست. کلید تازه‌ای بسازید و به سرپرست خود خبر دهید.
js-console-error-crypto = این مرورگر نمی‌تواند رمزگذاری میز کار را اجرا کند. از یک مرورگر به‌روز استفاده کنید.

## Officer console: referral, transfer, re-key, notifications (page)

console-case-consent = رضایت برای ارجاع
console-case-referrals = ارجاع‌ها
console-refer-title = ارجاع به سازمان همکار
console-refer-hint = نسخه روی همین کامپیوتر فقط برای کلیدهای سازمان همکار رمزگذاری می‌شود: نه واحد شما و نه گزارش‌دهنده نمی‌توانند آن را باز کنند. فقط آنچه سازمان همکار لازم دارد را بدهید. گزارش‌دهنده وضعیت «ارجاع شده» را می‌بیند.
console-refer-no-consent = گزارش‌دهنده با ارجاع به سازمان حمایتی موافقت نکرده است. ارجاع ممکن نیست.
console-refer-partner = سازمان همکار
console-refer-text = پیام برای سازمان همکار
console-refer-text-hint = آنچه سازمان همکار برای کمک باید بداند، و اگر شخص موافقت کرده، چطور می‌توان به او دسترسی داشت.
console-refer-include-report = گزارش را همان‌طور که گزارش‌دهنده نوشته ضمیمه کنید
console-refer-submit = فرستادن ارجاع
console-transfer-title = انتقال به واحد دیگر
console-transfer-hint = کل پرونده روی همین کامپیوتر برای واحد دیگر دوباره رمزگذاری می‌شود. واحد شما فوراً دسترسی را از دست می‌دهد و سپردن پرونده پاک می‌شود. پیگیری گزارش‌دهنده همچنان کار می‌کند.
console-transfer-unit = واحد گیرنده
console-transfer-submit = انتقال پرونده
console-rekey-title = رمزگذاری دوبارهٔ پرونده‌های قدیمی‌تر
console-rekey-intro = پس از افزودن یا باطل کردن یک کلید، پرونده‌های باز همچنان برای مجموعهٔ قبلی رمزگذاری شده‌اند. رمزگذاری دوبارهٔ آن‌ها روی همین کامپیوتر به اعضای تازه اجازهٔ خواندن می‌دهد و جلوی باز کردن نسخه‌های ذخیره‌شده با کلیدهای باطل‌شده را می‌گیرد. نسخه‌هایی که پیش‌تر برداشته شده‌اند تغییری نمی‌کنند.
console-rekey-remaining = پرونده‌های بازی که هنوز برای مجموعهٔ کلیدهای قبلی رمزگذاری شده‌اند:
console-rekey-start = همین حالا دوباره رمزگذاری کن
console-notify-title = اعلان‌ها
console-notify-intro = ایمیل‌های میز کار هرگز چیزی دربارهٔ یک گزارش نمی‌گویند: نه شماره، نه دسته، نه منطقه، نه زمان. گزارش‌های فوری فوراً اعلام می‌شوند، مگر اینکه اعلان‌ها خاموش باشند.
console-notify-mode = به من خبر بده
console-notify-each = در هر رویداد تازه در واحدهای من
console-notify-digest = در یک خلاصهٔ روزانه
console-notify-off = هرگز
console-notify-email = نشانی ایمیل
console-notify-email-hint = بهتر است نشانی کاری باشد. اگر اعلان‌ها خاموش باشند لازم نیست.
console-notify-submit = ذخیرهٔ ترجیحات من

## Officer console: referral, transfer, re-key, notifications (browser messages)

js-console-consent-yes = گزارش‌دهنده با ارجاع به سازمان حمایتی موافقت کرده است
js-console-consent-no = بدون رضایت برای ارجاع
js-console-transfer-submit = انتقال پرونده
js-console-transfer-confirm = تأیید انتقال
js-console-transfer-done = پرونده منتقل شد به:
js-console-progress-reencrypting = در حال رمزگذاری دوبارهٔ پرونده روی همین کامپیوتر…
js-console-refer-done = ارجاع فرستاده شد.
js-console-rekey-progress = در حال رمزگذاری دوبارهٔ پرونده
js-console-rekey-done = پرونده‌های دوباره رمزگذاری‌شده:
js-console-rekey-skipped = پرونده‌های رد شده (دلیل هر کدام در پایین آمده است):
js-console-notify-saved = ترجیحات شما ذخیره شد.
js-console-error-thread_changed = پرونده هنگام کار شما روی آن تغییر کرد. دوباره تلاش کنید.
js-console-error-undecryptable = برخی پیام‌های این پرونده با کلید شما رمزگشایی نمی‌شوند، پس نمی‌توان آن را دوباره رمزگذاری کرد. همکاری که کلیدش آن‌ها را باز می‌کند می‌تواند این کار را بکند.
js-console-error-no_consent = گزارش‌دهنده با ارجاع موافقت نکرده است.
js-console-error-unknown_partner = این سازمان همکار در دسترس نیست.
js-console-error-unknown_unit = این واحد در دسترس نیست.
js-console-error-not_a_member = این مأمور عضو این واحد نیست.
js-console-error-cannot_revoke = این کلید را اکنون نمی‌توان باطل کرد: واحد باید دست‌کم یک کلید فعال داشته باشد.
js-console-error-invalid_email = یک نشانی ایمیل درست وارد کنید، یا انتخاب کنید که خبر نگیرید.
js-console-error-invalid_query = این فیلترها را نمی‌توان با هم به کار برد. آن‌ها را تغییر دهید و دوباره تلاش کنید.

## Officer console: security key (passkey) and attachments

console-unlock-passkey-intro = یک نسخه از کلید شما روی یک کلید امنیتی یا passkey است. برای باز کردن قفل از آن استفاده کنید.
console-unlock-passkey = باز کردن با کلید امنیتی
console-unlock-or-passphrase = یا با عبارت عبور خود باز کنید:
console-passkey-title = کلید امنیتی یا passkey
console-passkey-intro = می‌توانید به‌جای تایپ عبارت عبور، کلید خود را با یک کلید امنیتی یا یک passkey روی همین دستگاه باز کنید. عبارت عبور شما همچنان کار می‌کند: اگر کلید امنیتی گم شود، راه بازگشت همان است.
console-passkey-add = افزودن کلید امنیتی یا passkey
console-passkey-remove = برداشتن کلید امنیتی
console-passkey-hint = مرورگر تا سه بار از شما می‌خواهد کلید امنیتی را لمس کنید یا با این دستگاه تأیید کنید: برای ساختن آن، برای قفل کردن یک نسخه از کلیدتان با آن، و برای بررسی آن نسخه.
js-console-passkey-state-on = یک کلید امنیتی می‌تواند کلید شما را باز کند.
js-console-passkey-state-off = هنوز کلید امنیتی ندارید: با عبارت عبور باز می‌کنید.
js-console-passkey-remove = برداشتن کلید امنیتی
js-console-passkey-remove-confirm = تأیید برداشتن
js-console-passkey-progress-add = دستورهای مرورگر را دنبال کنید: کلید امنیتی را لمس کنید یا روی این دستگاه تأیید کنید…
js-console-passkey-progress-unlock = کلید امنیتی را لمس کنید یا روی این دستگاه تأیید کنید…
js-console-passkey-added = کلید امنیتی اضافه شد. دفعهٔ بعد می‌توانید با آن باز کنید.
js-console-passkey-removed = کلید امنیتی برداشته شد. از این پس با عبارت عبور باز کنید.
js-console-passkey-error-unsupported = این مرورگر اینجا نمی‌تواند از کلید امنیتی استفاده کند. از عبارت عبور استفاده کنید.
js-console-passkey-error-no_prf = این کلید امنیتی یا مرورگر نمی‌تواند از کلید محافظت کند (قابلیت PRF را ندارد). از عبارت عبور استفاده کنید، یا کلید امنیتی دیگر یا مرورگری به‌روز را امتحان کنید.
js-console-passkey-error-cancelled = از کلید امنیتی استفاده نشد (لغو شد یا وقت تمام شد). چیزی تغییر نکرد؛ دوباره تلاش کنید یا از عبارت عبور استفاده کنید.
js-console-passkey-error-exists = این کلید امنیتی قبلاً ثبت شده است. از کلید دیگری استفاده کنید یا اول ثبت قدیمی را بردارید.
js-console-passkey-error-wrong_key = این آن کلید امنیتی نیست که کلید شما را نگه می‌دارد. کلید دیگری را امتحان کنید یا از عبارت عبور استفاده کنید.
js-console-passkey-error-failed = کلید امنیتی کار نکرد. چیزی تغییر نکرد؛ دوباره تلاش کنید یا از عبارت عبور استفاده کنید.
js-console-passkey-error-no_key = اول کلید خود را با یک عبارت عبور بسازید.
js-console-passkey-error-verify = نسخه‌ای که با کلید امنیتی ساخته شد بررسی نشد، پس ذخیره نشد. دوباره تلاش کنید.
js-console-attachments-title = پیوست‌ها:
js-console-attachments-mismatch = هشدار: تعداد پیوست‌ها با آنچه پیام گزارش‌دهنده توصیف می‌کند جور نیست.
js-console-attachment-kind-photo = عکس
js-console-attachment-kind-document = سند
js-console-attachment-kind-voice = ضبط صدا
js-console-attachment-kind-other = فایل
js-console-attachment-encrypted-size = اندازهٔ رمزگذاری‌شده
js-console-attachment-metadata-removed = اطلاعات مکان و دوربین روی دستگاه گزارش‌دهنده پاک شد.
js-console-attachment-metadata-kept = گزارش‌دهنده اطلاعات مکان و دوربین را به‌عنوان مدرک نگه داشته است: پیش از به اشتراک گذاشتن این عکس احتیاط کنید.
js-console-attachment-locked = این پیوست با کلید شما رمزگشایی نمی‌شود.
js-console-attachment-download = دانلود
js-console-attachment-play = پخش ضبط
js-console-attachment-progress = در حال رمزگشایی پیوست…
js-console-attachment-saved = رمزگشایی و بررسی شد. ذخیره شد با نام:
js-console-attachment-error-undecryptable = این پیوست با کلید شما رمزگشایی نمی‌شود.
js-console-attachment-error-undescribed = پیام گزارش‌دهنده این پیوست را توصیف نمی‌کند، پس نمی‌توان آن را بررسی کرد. ذخیره نشد.
js-console-attachment-error-size = این پیوست کوتاه‌تر از توصیف است: شاید بریده شده باشد. ذخیره نشد.
js-console-attachment-error-sha256_mismatch = هشدار: این پیوست با اثر انگشت (fingerprint) در پیام گزارش‌دهنده جور نیست. شاید تغییر داده شده باشد. ذخیره نشد.
js-console-rekey-items = پیام‌ها و پیوست‌ها

## Files, voice messages and the "before you send" reminder (report and follow-up pages)

attach-legend = عکس، سند یا پیام صوتی
attach-hint = می‌توانید عکس، سند یا پیام صوتی اضافه کنید. این‌ها هم مانند متن شما قفل (رمزگذاری) می‌شوند. اطلاعات پنهانی که نشان می‌دهد عکس کجا گرفته شده، اول پاک می‌شود.
attach-add-photo = افزودن عکس
attach-add-file = افزودن سند
attach-record-voice = ضبط پیام صوتی
attach-list-label = فایل‌هایی که اضافه کرده‌اید
voice-recording = در حال ضبط
voice-stop = توقف ضبط
identify-title = پیش از فرستادن: این ممکن است نشان دهد شما کی هستید
identify-body = به نظر می‌رسد متن شما اطلاعاتی را دارد که در بالا آمده است. اگر می‌خواهید واحد آن‌ها را داشته باشد، اشکالی ندارد: فقط واحد می‌تواند گزارش شما را بخواند. اگر لازم نیستند، یا ممکن است شما یا کس دیگری را در خطر بیندازند، برگردید و آن‌ها را پاک کنید.
identify-edit = برگشت و ویرایش
identify-send = با این حال بفرست

## Files, voice messages and the "before you send" reminder (browser messages)

js-unit-kb = KB
js-unit-mb = MB
js-attach-kind-photo = عکس
js-attach-kind-document = سند
js-attach-kind-voice = پیام صوتی
js-attach-remove = برداشتن
js-attach-cleaned = اطلاعات پنهان (مکان، زمان، مدل تلفن) از این عکس پاک شد.
js-attach-kept = این عکس با اطلاعات پنهانش (مکان، زمان، مدل تلفن) فرستاده می‌شود.
js-attach-keep-details = نگه داشتن اطلاعات مکان و دوربین به‌عنوان مدرک
js-attach-keep-details-hint = فقط اگر پلیس باید ببیند عکس کجا و کی گرفته شده است. این اطلاعات همچنین می‌تواند نشان دهد شما کجا بوده‌اید و از چه تلفنی استفاده می‌کنید.
js-attach-uncleanable = نمی‌توانیم اطلاعات پنهان (مثل جایی که عکس گرفته شده) را از این نوع عکس پاک کنیم. همان‌طور که هست، به‌عنوان سند فرستاده می‌شود. اگر ممکن است شما را در خطر بیندازد، آن را بردارید.
js-attach-document-as-is = این فایل همان‌طور که هست فرستاده می‌شود. سندها و ویدیوها ممکن است اطلاعات پنهان داشته باشند، مثل یک نام یا یک مکان. اگر ممکن است شما را در خطر بیندازد، آن را بردارید.
js-attach-send-as-photo = این یک عکس است: آن را به‌عنوان عکس، با اطلاعاتش بفرست
js-attach-error-too-many = نمی‌توانید فایل بیشتری اضافه کنید. بیشترین تعدادی که می‌توانید یک‌جا بفرستید:
js-attach-error-too-large = این فایل خیلی بزرگ است. بزرگ‌ترین فایلی که می‌توانید بفرستید:
js-attach-error-total = این فایل‌ها با هم خیلی بزرگ‌اند. بیشترین حجمی که می‌توانید یک‌جا بفرستید:
js-attach-error-read = این فایل خوانده نشد. فایل دیگری را امتحان کنید.
js-voice-recording = در حال ضبط… وقتی تمام شد «توقف ضبط» را بزنید.
js-voice-done = پیام صوتی شما آماده است. پیش از فرستادن می‌توانید به آن گوش دهید.
js-voice-denied = از میکروفون نمی‌شود استفاده کرد. می‌توانید به‌جای آن بنویسید، یا در تنظیمات مرورگر به میکروفون اجازه دهید.
js-voice-preview = گوش دادن به پیام صوتی
js-voice-rerecord = ضبط دوباره
js-progress-encrypting-files = در حال قفل کردن (رمزگذاری) فایل‌های شما…
js-error-too-many-attachments = فایل‌ها خیلی زیادند. چندتا را بردارید و دوباره تلاش کنید.
js-error-attachment-too-large = یکی از فایل‌ها خیلی بزرگ است. آن را بردارید یا فایل کوچک‌تری انتخاب کنید.
js-error-attachments-too-large = فایل‌ها با هم خیلی بزرگ‌اند. چندتا را بردارید و دوباره تلاش کنید.
js-identify-phone = یک شمارهٔ تلفن
js-identify-email = یک نشانی ایمیل
js-identify-id = یک شمارهٔ شناسایی، گذرنامه یا شمارهٔ طولانی دیگر
js-identify-iban = یک شمارهٔ حساب بانکی (IBAN)
js-identify-address = یک نشانی خیابان
js-thread-files = فایل‌ها:
js-message-empty = یک پیام بنویسید یا فایلی اضافه کنید.

## Guided questions, emergency numbers and simpler words (home and report pages)

home-simple-link = کلمه‌های ساده‌تر (برای کودکان و نوجوانان)
simple-toggle-on = کلمه‌های ساده‌تر
simple-toggle-off = کلمه‌های معمولی
emergency-title = شماره‌هایی که همین حالا می‌توانید زنگ بزنید
emergency-hint = این تماس‌ها رایگان‌اند. اگر کسی در خطر است به یکی از آن‌ها زنگ بزنید: این سایت نمی‌تواند فوراً کمک بفرستد.
field-child-label = پای یک کودک در میان است
field-child-hint = اگر کسی زیر ۱۸ سال آسیب دیده، آن را دیده یا در خطر است، این را علامت بزنید. واحد با دقت بیشتری رسیدگی می‌کند.
field-contact-label = واحد می‌تواند با من تماس بگیرد
field-contact-hint = فقط اگر بخواهید. اگر علامت نزنید، واحد فقط از راه کد پیگیری شما پاسخ می‌دهد.
field-contact-how-label = چطور و کی تماس با شما امن است؟
field-contact-how-hint = مثلاً: یک شمارهٔ تلفن و ساعت‌هایی که تنها هستید، یا کسی که به او اعتماد دارید.
field-contact-caution = امن‌ترین راه خواندن پاسخ‌های واحد با کد پیگیری شماست. ممکن است کس دیگری تماس یا پیامی را ببیند یا بشنود.
js-emergency-shown = شماره‌هایی که همین حالا می‌توانید زنگ بزنید زیر این پرسش نشان داده شده‌اند.

## Simpler words for children and young people (report page, ?simple=1)

report-intro-simple = فقط آنچه را می‌خواهی بگویی به ما بگو. به هر زبانی می‌توانی بنویسی. به خاطر این کار به دردسر نمی‌افتی.
field-what-label-simple = چه اتفاقی افتاد؟
field-what-hint-simple = با کلمه‌های خودت بنویس. کوتاه هم خوب است.
field-when-label-simple = کی اتفاق افتاد؟
field-when-hint-simple = مثلاً: امروز، دیشب، هفتهٔ پیش. می‌توانی حدس بزنی.
field-where-label-simple = کجا اتفاق افتاد؟
field-where-hint-simple = مثلاً: در خانه، در مدرسه، در خیابان، در کمپ.
field-who-label-simple = چه کسی این کار را کرد، یا چه کسی آنجا بود؟
field-who-hint-simple = می‌توانی نام‌ها را بنویسی، یا بگویی آن آدم‌ها چه شکلی‌اند.
field-region-label-simple = منطقه
field-region-hint-simple = این به ما کمک می‌کند تیم درست را پیدا کنیم. لازم نیست انتخاب کنی.
field-urgent-label-simple = کسی همین حالا در خطر است
field-urgent-hint-simple = اگر ممکن است کسی همین حالا آسیب ببیند، به یکی از شماره‌هایی که اینجا نشان داده می‌شود زنگ بزن. این سایت نمی‌تواند فوراً کمک بفرستد.
field-child-label-simple = پای یک کودک در میان است
field-child-hint-simple = اگر دربارهٔ خودت یا کودک دیگری (زیر ۱۸ سال) است، این را علامت بزن.
field-contact-label-simple = می‌توانید با من تماس بگیرید
field-contact-hint-simple = فقط اگر بخواهی. اگر نه، می‌توانی پاسخ ما را با کد مخفی‌ات بخوانی.
field-contact-how-label-simple = چطور و کی می‌شود با خیال راحت با تو تماس گرفت؟
field-contact-how-hint-simple = مثلاً: یک شمارهٔ تلفن و ساعتی که تنها هستی، یا یک بزرگسال که به او اعتماد داری.
field-contact-caution-simple = خواندن پاسخ ما با کد مخفی‌ات امن‌ترین راه است. ممکن است کس دیگری تماس یا پیامی را ببیند.
field-referral-label-simple = می‌توانید از کسانی که کارشان کمک کردن است (جای امن برای ماندن، دکتر، وکیل) بخواهید به من کمک کنند
field-referral-hint-simple = می‌توانی نه بگویی. بعداً هم می‌توانی کمک بخواهی.

# Console: guided answers of a report
js-console-field-child = یک کودک درگیر است
js-console-field-contact = واحد می‌تواند تماس بگیرد

# Receipt: the code as a small file
receipt-save = ذخیره در یک فایل
js-saved-file = با نام «note.txt» ذخیره شد. آن را جایی نگه دارید که کس دیگری نگاه نمی‌کند، یا پس از یادداشت کردن رمز پاکش کنید.
receipt-save-hint = فایل ذخیره‌شده روی این گوشی و در فهرست دانلودهای مرورگر می‌ماند: وقتی دیگر لازمش ندارید، از هر دو جا پاکش کنید.
js-console-error-key_changed = کلید شما در پنجرهٔ دیگری تغییر کرد. دوباره قفل را باز کنید و سپس کلید امنیتی را دوباره اضافه کنید.

# Transfer and re-key: the earlier copies are kept until a supervisor checks
console-reencryption-title = دوباره رمزگذاری شد: در انتظار بررسی یک سرپرست
console-reencryption-hint = نه این رایانه و نه سرور نمی‌توانند بفهمند نسخه‌های تازه سالم‌اند یا نه. تا وقتی سرپرستی بررسی نکند که همه باز می‌شوند، نسخه‌های قبلی نگه داشته می‌شوند و می‌توان آن‌ها را بازگرداند. اگر کسی بررسی نکند، در تاریخ نشان‌داده‌شده پاک می‌شوند.
console-reencryption-confirm = بررسی و تأیید
console-reencryption-restore = بازگرداندن نسخه‌های قبلی
console-reencryption-supervisors = فقط سرپرستان واحد می‌توانند پرونده‌ای را انتقال دهند یا دوباره رمزگذاری کنند و آن را تأیید یا لغو کنند.
console-rekey-unconfirmed = پرونده‌های دوباره رمزگذاری‌شده در انتظار بررسی:
console-rekey-check = بررسی و تأیید آن‌ها
js-console-reencryption-by = دوباره رمزگذاری‌شده توسط
js-console-reencryption-from = از
js-console-reencryption-until = نسخه‌های قبلی نگه داشته می‌شوند تا
js-console-reencryption-restore = بازگرداندن نسخه‌های قبلی
js-console-reencryption-restore-confirm = تأیید: بازگرداندن نسخه‌های قبلی
js-console-reencryption-confirmed = بررسی شد: همه نسخه‌ها باز می‌شوند. نسخه‌های قبلی پاک شدند.
js-console-reencryption-shut = برخی نسخه‌ها با کلید شما باز نمی‌شوند. نسخه‌های قبلی را بازگردانید یا از همکاری که کلیدش آن‌ها را باز می‌کند بخواهید بررسی کند.
js-console-reencryption-restored = نسخه‌های قبلی بازگشتند.
js-console-progress-checking = در حال بررسی اینکه همه نسخه‌ها باز می‌شوند…
js-console-rekey-checked = پرونده‌های بررسی و تأییدشده:
js-console-rekey-check-skipped = پرونده‌های تأییدنشده:
js-console-error-reencryption_pending = آخرین رمزگذاری دوبارهٔ این پرونده هنوز بررسی نشده است. ابتدا پرونده را باز کنید و آن را تأیید یا بازگردانی کنید.
js-console-error-not_pending = دیگر چیزی در این پرونده در انتظار بررسی نیست.
js-console-error-added_since_transfer = پس از انتقال پیام‌هایی افزوده شده که در واحد قبلی باز نمی‌شوند، پس نسخه‌های قبلی را نمی‌توان بازگرداند. به جای آن نسخه‌های تازه را تأیید کنید؛ پس از آن می‌توان پرونده را دوباره به آن واحد انتقال داد.

# علامت پیام ناخواسته یا سوءاستفاده، و پرونده‌هایی که محتوایشان پاک شده است.
console-case-purged = گزارش، پیام‌ها و پیوست‌های این پرونده در پایان مدت نگهداری‌اش پاک شدند. فقط سابقهٔ آن باقی مانده است: تاریخچهٔ وضعیت و ورودی‌های دفتر ثبت رویدادها. تاریخ پاک شدن:
console-reencryption-not-restorable = پس از انتقال پیام‌هایی افزوده شده است، پس دیگر نمی‌توان نسخه‌های قبلی را بازگرداند. بررسی کنید که نسخه‌های تازه باز می‌شوند و آن‌ها را تأیید کنید.
console-flag-title = پیام ناخواسته یا سوءاستفاده
console-flag-hint = پرونده‌ای که علامت «پیام ناخواسته» یا «سوءاستفاده» بخورد بسته می‌شود. گزارش‌دهنده همچنان می‌تواند آن را با کد پیگیری خود بخواند اما دیگر نمی‌تواند چیزی بنویسد، و این پرونده زودتر از پرونده‌های دیگر پاک می‌شود. باز کردن دوبارهٔ پرونده علامت را برمی‌دارد.
console-flag-supervisors = فقط سرپرستان واحد می‌توانند به پرونده‌ای علامت «پیام ناخواسته» یا «سوءاستفاده» بزنند یا علامت را بردارند.
console-flag-kind = نوع علامت
console-flag-spam = پیام ناخواسته (اسپم)
console-flag-abuse = سوءاستفاده از سرویس
console-flag-submit = علامت زدن پرونده
js-console-flag-submit = علامت زدن پرونده
js-console-flag-confirm = تأیید: بستن پرونده و علامت زدن آن
js-console-flag-remove = برداشتن علامت
js-console-flag-current = علامت:
js-console-flag-purge-after = پس از این تاریخ پاک می‌شود:
js-console-flag-saved = پرونده علامت خورد و بسته شد. گزارش‌دهنده دیگر نمی‌تواند در آن بنویسد.
js-console-flag-removed = علامت برداشته شد. پرونده تا وقتی کسی دوباره آن را باز کند بسته می‌ماند.
js-console-flag-spam = پیام ناخواسته
js-console-flag-abuse = سوءاستفاده
js-console-error-check_failed = دست‌کم یک پیام یا پیوست این پرونده با کلید شما باز نمی‌شود، پس تأیید نشد. همکاری که کلیدش آن را باز می‌کند می‌تواند بررسی‌اش کند، یا یک سرپرست می‌تواند نسخه‌های قبلی را از خود پرونده بازگرداند.
js-console-error-case_purged = محتوای این پرونده پاک شده است؛ فقط سابقهٔ آن باقی مانده است.
