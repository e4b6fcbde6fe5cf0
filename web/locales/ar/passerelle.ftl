# Passerelle — الصفحات العامة، العربية الفصحى.
# رسائل بسيطة فقط (بلا متغيرات ولا محددات): يبحث عنها الخادم بالمعرّف.
# المعرّفات التي تبدأ بـ "js-" تُرسل أيضاً إلى شيفرة المتصفح.

lang-name = العربية
site-name = Passerelle

## التخطيط

quick-exit = خروج سريع
quick-exit-hint = أو اضغط زر Shift ثلاث مرات
skip-link = انتقل إلى المحتوى
lang-switch-label = اللغة
footer-nav-label = صفحات الموقع
nav-home = الصفحة الرئيسية
nav-follow-up = متابعة بلاغ
nav-safety = ابقَ آمناً على الإنترنت
footer-firewall = لا نشارك البلاغات أبداً مع سلطات الهجرة.
footer-no-tracking = لا يستخدم هذا الموقع ملفات تعريف الارتباط (كوكيز) ولا أدوات تتبّع.
noscript-title = هذه الصفحة تحتاج إلى JavaScript.
noscript-body = يُقفَل بلاغك (يُشفَّر) على هاتفك أنت قبل إرساله، وهذا يحتاج إلى JavaScript. لا يمكن إرسال أي شيء بدونه. في متصفح Tor اختر مستوى الأمان «عادي» (Standard)، ثم افتح هذه الصفحة من جديد.

## ملاحظات تتكرر في عدة صفحات

note-emergency = إذا كنت أنت أو شخص آخر في خطر الآن، فاتصل برقم الطوارئ (112 في أوروبا). البلاغات على هذا الموقع لا تُقرأ فوراً.
note-encrypted = ما تكتبه يُقفَل (يُشفَّر) على هاتفك قبل إرساله. وحدها وحدة الشرطة المسؤولة عنه تستطيع فتحه. نحن لا نستطيع قراءته.
note-no-name = لا نطلب اسمك ولا عنوانك ولا أوراقك. لا حاجة إلى كتابتها.
note-firewall = لا يُرسَل بلاغك إلى سلطات الهجرة. يمكنك الإبلاغ حتى لو لم تكن لديك أوراق.

## الصفحة الرئيسية

home-title = أبلِغ عن جريمة بأمان
home-intro = أخبِر وحدة حماية في الشرطة بما حدث لك أو لشخص آخر. الخدمة مجانية ويمكنك أن تبقى مجهول الهوية.
home-choose = بماذا يتعلق الأمر؟
home-how-title = كيف يعمل
home-how-1 = اختر موضوع البلاغ.
home-how-2 = اكتب ما حدث بكلماتك وبأي لغة. فقط ما تريد أن تقوله.
home-how-3 = ستحصل على رمز متابعة. احفظه جيداً: به تقرأ ردّ الوحدة وترسل معلومات أخرى.
home-follow-up-title = هل أرسلت بلاغاً من قبل؟
home-follow-up-text = استخدم رمز المتابعة لترى ما حدث لبلاغك ولتقرأ رسائل الوحدة.
home-follow-up-link = متابعة بلاغي
home-safety-link = كيف تبقى آمناً عند استخدام هذا الموقع

## الفئات

category-gbv = العنف ضد النساء، العنف الجنسي أو الأسري
category-gbv-desc = اغتصاب، اعتداء جنسي، عنف في البيت أو من الشريك، زواج بالإكراه، تهديدات.
category-child-protection = طفل في خطر
category-child-protection-desc = طفل مصاب أو يتعرّض للإساءة أو الاستغلال، أو وحيد أو مفقود.
category-trafficking-smuggling = الاتجار بالبشر، التهريب، العمل القسري
category-trafficking-smuggling-desc = شخص يُجبَر على العمل أو على الجنس، أو محتجز رغماً عنه، أو في خطر مع المهرّبين.
category-hate-crime = العنصرية والكراهية والاعتداء بسبب هويتك
category-hate-crime-desc = شتائم أو تهديدات أو اعتداءات بسبب أصلك أو دينك أو لونك أو جنسك أو ميولك الجنسية.
category-community-policing = جريمة أو مشكلة أخرى
category-community-policing-desc = سرقة، تهديدات، عنف، أو خطر في منطقتك.
category-police-conduct = شكوى ضد الشرطة
category-police-conduct-desc = عاملك شرطي بسوء أو بظلم. تذهب الشكوى إلى هيئة رقابة مستقلة، لا إلى الشرطة المعنية.
category-unsure = لست متأكداً
category-unsure-desc = أخبِرنا بما حدث. سيرسله فريق إلى الوحدة المناسبة.

## صفحة البلاغ

report-eyebrow = بلاغ جديد
report-intro = املأ فقط ما تريد. يمكنك الكتابة بأي لغة.
field-optional = (اختياري)
field-what-label = ماذا حدث؟
field-what-hint = احكِ ما حدث بكلماتك.
field-when-label = متى حدث ذلك؟
field-when-hint = تاريخ أو وقت، ولو تقريباً. مثلاً: الليلة الماضية، في شهر مارس.
field-where-label = أين حدث ذلك؟
field-where-hint = مدينة، شارع، مخيّم، مكان تعرفه.
field-who-label = من هم الأشخاص المعنيون؟
field-who-hint = صِف الأشخاص إن استطعت: شكلهم، أسماؤهم، أرقام هواتفهم، سياراتهم.
field-region-label = المنطقة
field-region-hint = يساعد هذا على إرسال بلاغك إلى الفريق المناسب. المنطقة غير مشفّرة.
field-region-none = أفضّل ألا أقول
field-urgent-label = شخص ما في خطر الآن
field-urgent-hint = إذا كان شخص في خطر مباشر، فاتصل أيضاً برقم الطوارئ (112 في أوروبا). هذا الموقع لا يستطيع إرسال المساعدة فوراً.
field-referral-label = أوافق على أن تُحيل الوحدة بلاغي إلى منظمة دعم (مأوى، مساعدة قانونية، رعاية صحية) إذا أردت المساعدة
field-referral-hint = يمكنك أن ترفض. ويمكنك أيضاً أن تطلب المساعدة لاحقاً في رسالة.
report-metadata-note = لا يرى الخادم إلا نوع البلاغ، والمنطقة إن اخترتها، ولغة الصفحة، وهل الأمر عاجل، وهل توافق على إحالتك إلى منظمة دعم. لا يستطيع قراءة ما تكتبه.
report-submit = أرسِل بلاغي بأمان

## الإيصال بعد الإرسال

receipt-title = تم إرسال بلاغك
receipt-case-label = رقم الملف:
receipt-code-label = رمز المتابعة الخاص بك
receipt-code-warning = اكتب هذا الرمز الآن أو احفظه في مكان آمن. لن يظهر إلا مرة واحدة. إذا فقدته فلا أحد يستطيع أن يعيده إليك: لا نحن ولا الشرطة.
receipt-code-use = بهذا الرمز تقرأ ردود الوحدة وترسل معلومات أخرى. كل من يملك الرمز يستطيع قراءة الردود، فأخفِه جيداً.
receipt-copy = انسخ الرمز
receipt-print = اطبع
receipt-copy-hint = إذا نسخت الرمز فقد تراه تطبيقات أخرى على هذا الهاتف. الورقة التي يمكنك إخفاؤها قد تكون أكثر أماناً.
receipt-next-title = ماذا بعد؟
receipt-next = ستقرأ الوحدة بلاغك. عُد بعد بضعة أيام مع رمزك لترى ردّها.
receipt-follow-up-link = اذهب إلى صفحة المتابعة

## صفحة المتابعة

follow-up-title = متابعة بلاغك
follow-up-intro = أدخِل رمز المتابعة. يبقى الرمز على هذا الهاتف: لا يُرسَل إلا مفتاح مصنوع منه.
follow-up-code-label = رمز المتابعة (28 رقماً)
follow-up-code-hint = المسافات والشرطات لا تهمّ. يمكنك كتابة الأرقام هكذا ١٢٣ أو هكذا 123.
follow-up-open = افتح بلاغي
follow-up-lost = هل فقدت رمزك؟ لا أحد يستطيع أن يعيده إليك، لأنه عندك وحدك. يمكنك إرسال بلاغ جديد.
follow-up-case-title = بلاغك
follow-up-case-label = رقم الملف
follow-up-status-label = الحالة
follow-up-history-title = ما حدث حتى الآن
follow-up-thread-title = الرسائل
follow-up-thread-note = رسائلك مقفلة للوحدة وحدها، لذلك لا يمكنك قراءتها مرة أخرى هنا.
follow-up-closed = هذه القضية مغلقة ولم تعد تستقبل رسائل.
follow-up-message-label = اكتب إلى الوحدة
follow-up-message-hint = أضِف معلومة أو أجِب عن سؤال. رسالتك تُقفَل (تُشفَّر) مثل بلاغك.
follow-up-send = أرسِل الرسالة
follow-up-forget = انسَ هذا الرمز في هذه الصفحة

## صفحة الأمان

safety-title = ابقَ آمناً عند استخدام هذا الموقع
safety-intro = قد يرى من يستخدم هاتفك أو حاسوبك أنك زرت هذا الموقع. إليك كيف تقلّل هذا الخطر.
safety-exit-title = زر «خروج سريع»
safety-exit-text = في أعلى كل صفحة يوجد زر «خروج سريع». اضغط عليه، أو اضغط زر Shift ثلاث مرات، فيُغلَق هذا الموقع ويُفتح موقع عادي.
safety-exit-warning = «خروج سريع» لا يمسح سجل التصفح. قد يرى أحدٌ هذا الموقع في سجل متصفحك.
safety-history-title = امسح سجل التصفح
safety-history-text = في معظم المتصفحات: افتح القائمة (⋮ أو ☰)، ثم السجل، ثم محو بيانات التصفح.
safety-history-partial = إذا كان مسح السجل كله سيبدو غريباً، فامسح صفحات هذا الموقع فقط.
safety-private-title = استخدم نافذة خاصة
safety-private-text = النافذة الخاصة (التصفح المتخفي في Chrome، النافذة الخاصة في Firefox وSafari) تنسى الصفحات التي زرتها عندما تغلقها.
safety-tor-title = استخدم متصفح Tor
safety-tor-text = يخفي متصفح Tor المواقع التي تزورها عن مزوّد الإنترنت، ويخفي عنّا عنوانك على الإنترنت. اختر مستوى الأمان «عادي» (Standard): هذا الموقع يحتاج إلى JavaScript ليقفل بلاغك.
safety-device-title = إذا كان أحد يفتّش هاتفك
safety-device-text = إذا كان أحد ينظر في هاتفك أو ربما وضع فيه تطبيق تجسّس، فاستخدم هاتفاً أو حاسوباً آخر، مثلاً جهاز شخص أو منظمة تثق بها.
safety-code-title = احفظ رمزك بأمان
safety-code-text = كل من يملك رمز المتابعة يستطيع قراءة ردود الوحدة. لا تتركه حيث يراه الآخرون: اكتبه على ورقة يمكنك إخفاؤها، أو احفظه عن ظهر قلب.
safety-nothing-stored = لا يضع هذا الموقع ملفات كوكيز ولا يحفظ أي شيء على هاتفك.

## الصفحة غير موجودة

not-found-title = الصفحة غير موجودة
not-found-text = هذه الصفحة غير موجودة.
not-found-home = اذهب إلى الصفحة الرئيسية

## الحالات والنتائج (الصفحات والمتصفح)

status-received = تم الاستلام
status-under_review = قيد الدراسة
status-action_taken = اتُّخذت إجراءات
status-referred = أُحيل إلى جهة أخرى
status-closed = مُغلق
outcome-investigation_opened = فُتح تحقيق
outcome-protection_measures = اتُّخذت إجراءات حماية
outcome-referred_to_partner = أُحيل إلى منظمة دعم
outcome-referred_to_other_authority = أُحيل إلى سلطة أخرى
outcome-no_offence_identified = لم تُثبت أي جريمة
outcome-insufficient_information = المعلومات غير كافية للتحرك
outcome-resolved = تمت المعالجة

## رسائل المتصفح

js-status-received = تم الاستلام
js-status-under_review = قيد الدراسة
js-status-action_taken = اتُّخذت إجراءات
js-status-referred = أُحيل إلى جهة أخرى
js-status-closed = مُغلق
js-outcome-investigation_opened = فُتح تحقيق
js-outcome-protection_measures = اتُّخذت إجراءات حماية
js-outcome-referred_to_partner = أُحيل إلى منظمة دعم
js-outcome-referred_to_other_authority = أُحيل إلى سلطة أخرى
js-outcome-no_offence_identified = لم تُثبت أي جريمة
js-outcome-insufficient_information = المعلومات غير كافية للتحرك
js-outcome-resolved = تمت المعالجة
js-progress-protecting = جارٍ حماية بلاغك…
js-progress-checking = جارٍ التحضير للإرسال الآمن…
js-progress-sending = جارٍ الإرسال…
js-progress-retrying = الاتصال بطيء. نحاول مرة أخرى…
js-progress-opening = جارٍ فتح بلاغك…
js-error-network = تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى. نصّك ما زال هنا.
js-error-generic = حدث خطأ. يُرجى المحاولة مرة أخرى.
js-error-no-unit = لا يمكن استلام هذا النوع من البلاغات الآن. حاول لاحقاً.
js-error-key-log = لم يُرسَل أي شيء. المفاتيح التي كان بلاغك سيُشفَّر بها لا تطابق السجل العلني لمفاتيح الخدمة، فربما غيّر أحدهم من يستطيع قراءته. حاول لاحقاً، أو أبلغ بطريقة أخرى.
js-error-too-long = نصّك طويل جداً. يُرجى تقصيره.
js-error-crypto = هذا المتصفح لا يستطيع قفل (تشفير) بلاغك. استخدم متصفحاً محدَّثاً، أو متصفح Tor على المستوى «عادي» (Standard).
js-error-rate-limited = محاولات كثيرة جداً. انتظر بضع دقائق ثم حاول مرة أخرى.
js-error-not-found = لم نجد أي بلاغ بهذا الرمز. تحقّق من الرمز وحاول مرة أخرى.
js-code-error-invalid-character = يجب أن يحتوي الرمز على أرقام فقط.
js-code-error-wrong-length = يتكوّن الرمز من 28 رقماً. تأكّد أنه لا ينقص رقم ولا يزيد.
js-code-error-check-digit = في هذا الرمز خطأ. راجِع كل رقم بعناية.
js-copied = تم نسخ الرمز.
js-copy-manual = الرمز محدَّد. انسخه من قائمة هاتفك.
js-thread-unit = رسالة من الوحدة
js-thread-yours = رسالتك
js-thread-your-report = بلاغك
js-thread-sent = تاريخ الإرسال:
js-thread-unreadable = لا يمكن فتح هذه الرسالة على هذا الجهاز.
js-thread-empty = لا توجد رسائل بعد.
js-message-sent = تم إرسال رسالتك.
js-forgotten = أُزيل الرمز من هذه الصفحة. لمزيد من الأمان، أغلق هذا التبويب أيضاً.
js-time-unknown = وقت غير معروف

## واجهة الضباط (الصفحة)

console-title = واجهة الضباط
console-noscript-body = تفك واجهة الضباط تشفير الملفات على هذا الحاسوب وتحتاج إلى JavaScript. فعّله لهذا الموقع ثم أعد تحميل الصفحة.
console-footer-restricted = مخصصة للضباط المأذون لهم في وحدات الحماية وهيئة الرقابة.
console-footer-audit = يُسجَّل كل دخول وكل ملف تفتحه في سجل التدقيق.
console-cancel = إلغاء
console-continue = متابعة
console-signin-title = دخول الضباط
console-signin-intro = سجّل الدخول بحسابك الشخصي. لا تُطلع أحدًا أبدًا على كلمة المرور أو تطبيق المصادقة أو عبارة المرور الخاصة بمفتاحك.
console-signin-login = اسم المستخدم
console-signin-password = كلمة المرور
console-signin-totp = رمز المصادقة
console-signin-totp-hint = الرمز المكوّن من 6 أرقام في تطبيق المصادقة. عند دخولك أول مرة اترك هذا الحقل فارغًا، وسيُطلب منك إعداد التطبيق.
console-signin-submit = تسجيل الدخول
console-signin-wait = الوقت المتبقي قبل المحاولة مجددًا:
console-enrol-title = إعداد التحقق بخطوتين
console-enrol-intro = يحتاج حسابك إلى تطبيق مصادقة (مثل FreeOTP أو Aegis أو Google Authenticator) على هاتف العمل.
console-enrol-step-1 = افتح تطبيق المصادقة وأضف حسابًا جديدًا.
console-enrol-step-2 = امسح رمز QR، أو اكتب مفتاح الإعداد الظاهر أسفله.
console-enrol-step-3 = أدخل الرمز المكوّن من 6 أرقام الذي يعرضه التطبيق الآن.
console-enrol-secret-label = مفتاح الإعداد (إن تعذّر عليك مسح الرمز):
console-enrol-code = الرمز من التطبيق
console-enrol-submit = تأكيد وتسجيل الدخول
console-keysetup-title = إنشاء مفتاح فك التشفير الخاص بك
console-keysetup-intro = تُشفَّر البلاغات لمفاتيح وحدتك. يُنشأ مفتاحك الشخصي الآن على هذا الحاسوب. لا يتلقى الخادم إلا جزأه العام ونسخة مقفلة بعبارة المرور الخاصة بك، ولا يستطيع أبدًا قراءة ملفاتك.
console-keysetup-passphrase-note = ستحتاج إلى عبارة المرور عند كل تسجيل دخول. إن نسيتها فلن يستطيع أحد استعادة مفتاحك: سيتعين عليك إنشاء مفتاح جديد، وعلى أحد المشرفين إضافته إلى الوحدة من جديد.
console-keysetup-replace-warning = إنشاء مفتاح جديد يحل محل مفتاحك الحالي. إلى أن يضيف مشرف المفتاح الجديد إلى وحدتك لن تتمكن من قراءة الملفات، وتبقى الرسائل المشفرة لمفتاحك القديم وحده مقروءة به فقط.
console-passphrase-new = عبارة مرور جديدة للمفتاح
console-passphrase-new-hint = 12 حرفًا على الأقل. استخدم جملة أو عدة كلمات لا رابط بينها، مختلفة عن كلمة مرور الدخول.
console-passphrase-repeat = أعد كتابة عبارة المرور
console-keysetup-submit = إنشاء مفتاحي
console-keysetup-done = أُنشئ مفتاحك وحُفظ.
console-key-recipient = مفتاحك العام:
console-keysetup-next = على أحد مشرفي وحدتك الآن إضافة هذا المفتاح إلى مجموعة مفاتيح الوحدة. لن تتمكن من فتح الملفات قبل ذلك. أخبر مشرفك بالأحرف الأولى والأخيرة من المفتاح ليتحقق منه.
console-unlock-title = فتح قفل مفتاحك
console-unlock-intro = أدخل عبارة المرور الخاصة بمفتاحك. يُفتح المفتاح على هذا الحاسوب فقط ويُنسى عند تسجيل الخروج أو قفل الواجهة أو إغلاق هذه النافذة.
console-passphrase = عبارة مرور المفتاح
console-unlock-submit = فتح القفل
console-unlock-forgot-title = نسيت عبارة المرور؟
console-unlock-forgot = يمكنك إنشاء مفتاح جديد. وسيتعين على أحد المشرفين بعد ذلك إضافته إلى وحدتك قبل أن تتمكن من قراءة الملفات مجددًا.
console-unlock-replace = إنشاء مفتاح جديد
console-signed-in-as = متصل باسم
console-nav-label = أقسام الواجهة
console-tab-queue = الملفات
console-tab-supervisor = مفاتيح الوحدة وأعضاؤها
console-tab-oversight = سجل التدقيق
console-tab-me = حسابي
console-lock = قفل
console-signout = تسجيل الخروج
console-signout-all = تسجيل الخروج من جميع الأجهزة
console-queue-title = الملفات
console-queue-key-warning = مفتاحك ليس بعد ضمن مجموعة مفاتيح هذه الوحدات. اطلب من أحد المشرفين إضافته، ولن تتمكن قبل ذلك من قراءة ملفاتها الجديدة:
console-filters = عوامل التصفية
console-filter-unit = الوحدة
console-filter-unit-all = جميع وحداتي
console-filter-status = الحالة
console-filter-any = الكل
console-filter-urgent = الاستعجال
console-filter-urgent-only = العاجلة فقط
console-filter-urgent-not = غير العاجلة
console-filter-assigned = المكلَّف
console-filter-assigned-me = أنا
console-filter-assigned-none = لا أحد
console-filter-sort = الترتيب حسب
console-filter-sort-updated = آخر نشاط
console-filter-sort-created = تاريخ الاستلام
console-filter-urgent-first = الملفات العاجلة أولًا
console-queue-refresh = تحديث
console-queue-empty = لا توجد ملفات تطابق عوامل التصفية هذه.
console-queue-more = عرض مزيد من الملفات
console-urgent = عاجل
console-case-back = العودة إلى الملفات
console-case-title = الملف
console-case-status = الحالة
console-case-unit = الوحدة
console-case-category = الفئة
console-case-region = المنطقة
console-case-language = لغة المبلِّغ
console-case-created = تاريخ الاستلام
console-case-assigned = المكلَّف
console-case-history = سجل الحالات
console-case-thread = البلاغ والرسائل
console-reply-title = الرد على المبلِّغ
console-reply-hint = يُشفَّر على هذا الحاسوب للمبلِّغ ولوحدتك. يقرؤه المبلِّغ برمز المتابعة الخاص به. لا تطلب اسمه أو عنوانه إلا عند الضرورة.
console-reply-label = ردك
console-reply-submit = إرسال الرد
console-note-title = ملاحظة داخلية
console-note-hint = تُشفَّر لوحدتك فقط. لا يراها المبلِّغ أبدًا.
console-note-label = نص الملاحظة
console-note-submit = حفظ الملاحظة
console-status-title = تغيير الحالة
console-status-hint = يرى المبلِّغ الحالة والنتيجة (دون أي نص) في زيارته القادمة.
console-status-label = الحالة الجديدة
console-outcome-label = النتيجة
console-outcome-none = دون نتيجة
console-status-submit = حفظ الحالة
console-assign-title = التكليف
console-assign-label = الضابط المكلَّف بالملف
console-assign-submit = حفظ التكليف
console-supervisor-title = مفاتيح الوحدة وأعضاؤها
console-supervisor-intro = تُشفَّر البلاغات لكل مفتاح في المجموعة الحالية للوحدة. أضف مفتاح كل ضابط جديد، وألغِ مفتاح كل من يغادر أو يفقد مفتاحه.
console-supervisor-unit = الوحدة
console-members-title = الأعضاء
console-col-name = الاسم
console-col-role = الدور
console-col-key = المفتاح
console-col-in-set = ضمن مجموعة المفاتيح
console-col-action = الإجراء
console-keys-title = سجل المفاتيح
console-keys-intro = كل مفتاح كان يومًا ضمن مجموعة الوحدة. يسري الإلغاء على البلاغات الجديدة، وتبقى الرسائل الأقدم مشفرة للمفتاح الملغى.
console-keys-set = إصدار مجموعة المفاتيح:
console-col-holder = الحائز
console-col-state = الوضع
console-col-added = تاريخ الإضافة
console-col-revoked = تاريخ الإلغاء
console-oversight-title = سجل التدقيق
console-oversight-intro = كل اطلاع على ملف وكل إجراء إداري، من الأحدث إلى الأقدم. السجل متسلسل: يُكشف أي تعديل على القيود السابقة.
console-col-seq = الرقم
console-col-time = الوقت
console-col-actor = المنفِّذ
console-col-audit-action = العملية
console-col-subject = الموضوع
console-audit-more = عرض القيود الأقدم
console-me-title = حسابي
console-me-units = وحداتي
console-me-key = مفتاحي
console-me-key-intro = مفتاحك العام. قارنه بما يراه مشرفك قبل أن يضيفه.
console-me-sessions = الجلسات
console-me-sessions-intro = إن كنت قد سجلت الدخول على حاسوب لم تعد تستخدمه، أو تظن أن شخصًا آخر قد فعل ذلك، فسجّل الخروج من جميع الأجهزة.

## واجهة الضباط (رسائل المتصفح)

js-console-status-received = مستلَم
js-console-status-under_review = قيد الدراسة
js-console-status-action_taken = اتُّخذ إجراء
js-console-status-referred = محال
js-console-status-closed = مغلق
js-console-outcome-investigation_opened = فُتح تحقيق
js-console-outcome-protection_measures = اتُّخذت تدابير حماية
js-console-outcome-referred_to_partner = أُحيل إلى جهة شريكة
js-console-outcome-referred_to_other_authority = أُحيل إلى سلطة أخرى
js-console-outcome-no_offence_identified = لم تُثبت أي مخالفة
js-console-outcome-insufficient_information = معلومات غير كافية
js-console-outcome-resolved = حُلّ
js-console-category-gbv = العنف القائم على النوع الاجتماعي
js-console-category-child-protection = حماية الطفل
js-console-category-trafficking-smuggling = الاتجار بالبشر وتهريب المهاجرين
js-console-category-hate-crime = جرائم الكراهية
js-console-category-community-policing = الشرطة المجتمعية
js-console-category-police-conduct = سلوك الشرطة
js-console-category-unsure = غير مصنف (المبلِّغ غير متأكد)
js-console-role-member = عضو
js-console-role-supervisor = مشرف
js-console-key-kind-officer = ضابط
js-console-key-kind-recovery = مفتاح الاسترداد
js-console-language-en = الإنجليزية
js-console-language-fr = الفرنسية
js-console-language-ar = العربية
js-console-urgent = عاجل
js-console-unread = رسالة جديدة
js-console-received = استُلم
js-console-updated = آخر تحديث
js-console-assigned-to = المكلَّف:
js-console-unassigned = غير مكلَّف
js-console-none = لا شيء
js-console-yes = نعم
js-console-no = لا
js-console-inactive = غير نشط
js-console-thread-report = البلاغ
js-console-thread-reporter = رسالة من المبلِّغ
js-console-thread-reply = رد على المبلِّغ
js-console-thread-note = ملاحظة داخلية
js-console-thread-unknown = رسالة مجهولة المصدر
js-console-thread-unreadable = لا يمكن فك تشفير هذه الرسالة بمفتاحك. على الأرجح لم يكن مفتاحك ضمن مجموعة الوحدة عند إرسالها.
js-console-thread-invalid = محتوى هذه الرسالة ليس بالصيغة المتوقعة.
js-console-thread-mismatch = تنبيه: محتوى هذه الرسالة لا يطابق مُرسِلها. تعامل معها بحذر.
js-console-thread-empty = لا توجد رسائل.
js-console-thread-some-locked = تعذّر فك تشفير بعض الرسائل بمفتاحك.
js-console-field-what = الوقائع
js-console-field-when = متى
js-console-field-where = أين
js-console-field-who = الأشخاص المعنيون
js-console-field-consent = يوافق على الإحالة إلى جهة دعم
js-console-field-empty = لم يُذكر
js-console-assign-nobody = لا أحد
js-console-assign-me = أنا
js-console-assign-saved = حُفظ التكليف.
js-console-status-saved = حُفظت الحالة.
js-console-reply-sent = أُرسل الرد.
js-console-note-saved = حُفظت الملاحظة.
js-console-add-to-set = إضافة إلى مجموعة المفاتيح
js-console-revoke = إلغاء
js-console-revoke-confirm = تأكيد الإلغاء
js-console-key-active = نافذ
js-console-key-revoked = ملغى
js-console-key-in-set = مفتاحك ضمن مجموعة المفاتيح
js-console-key-not-in-set = مفتاحك ليس بعد ضمن مجموعة المفاتيح
js-console-set-updated = حُدّثت مجموعة المفاتيح. الإصدار الجديد:
js-console-audit-verified = سلسلة سجل التدقيق سليمة.
js-console-audit-broken = تنبيه: سلسلة سجل التدقيق مكسورة. أبلغ هيئة الرقابة بذلك فورًا. التفاصيل:
js-console-enrol-qr = رمز QR لمسحه بتطبيق المصادقة
js-console-progress-signin = جارٍ تسجيل الدخول…
js-console-progress-key = جارٍ إنشاء مفتاحك وقفله. يستغرق ذلك بضع ثوانٍ…
js-console-progress-unlock = جارٍ فتح قفل مفتاحك. يستغرق ذلك بضع ثوانٍ…
js-console-progress-loading = جارٍ التحميل…
js-console-progress-decrypting = جارٍ تحميل الملف وفك تشفيره…
js-console-progress-sending = جارٍ التشفير والإرسال…
js-console-progress-saving = جارٍ الحفظ…
js-console-signed-out = سُجّل خروجك.
js-console-signed-out-all = سُجّل خروجك من جميع الأجهزة.
js-console-signed-out-locally = تعذّر الاتصال بالخادم لإنهاء جلستك. حُذف كل شيء من هذه الصفحة؛ سجّل الخروج مجددًا لاحقًا، أو سجّل الخروج من جميع الأجهزة.
js-console-locked = الواجهة مقفلة. أدخل عبارة المرور للمتابعة.
js-console-locked-idle = قُفلت الواجهة بعد فترة من عدم النشاط.
js-console-error-generic = حدث خطأ. يرجى المحاولة مجددًا.
js-console-error-network = تعذّر الاتصال بالخادم. تحقق من اتصالك وحاول مجددًا.
js-console-error-invalid_credentials = اسم المستخدم أو كلمة المرور أو الرمز غير مقبول.
js-console-error-totp_required = أدخل الرمز المكوّن من 6 أرقام من تطبيق المصادقة.
js-console-error-totp_replayed = سبق استخدام هذا الرمز. انتظر الرمز التالي في تطبيقك ثم حاول مجددًا.
js-console-error-totp_format = يجب أن يتكون الرمز من 6 أرقام.
js-console-error-enrol_code = لم يُقبل هذا الرمز. تأكد من صحة الوقت في هاتفك، ثم أدخل الرمز الحالي.
js-console-error-officer_disabled = هذا الحساب معطّل. اتصل بالمسؤول.
js-console-error-too_many_attempts = محاولات كثيرة من هذا الجهاز أو هذه الشبكة. انتظر الوقت المبيَّن، ثم حاول مجددًا.
js-console-error-session_expired = انتهت جلستك. سجّل الدخول مجددًا.
js-console-error-csrf_failed = رُفض الطلب لأسباب أمنية. أعد تحميل الصفحة وحاول مجددًا.
js-console-error-forbidden = لا تملك صلاحية القيام بهذا.
js-console-error-not_found = هذا الملف غير موجود أو لا يتبع وحداتك.
js-console-error-no_key = لم ينشئ هذا العضو مفتاحًا بعد.
js-console-error-keys_changed = تغيّرت مجموعة مفاتيح الوحدة أثناء كتابتك. يرجى الإرسال مجددًا.
js-console-error-thread_full = بلغ هذا الملف الحد الأقصى لعدد الرسائل.
js-console-error-too_long = النص طويل جدًا. يرجى اختصاره.
js-console-error-no_unit_keys = ليس لهذه الوحدة أي مفتاح نافذ: لا يمكن تشفير أي شيء لها.
js-console-error-no_reply_recipient = ليس لهذا الملف مفتاح رد: لا يمكن للمبلِّغ تلقي الردود.
js-console-error-unavailable = الخدمة مشغولة أو غير متاحة. لم يُحفظ شيء؛ حاول مجددًا بعد قليل.
js-console-error-unsure_sent = انقطع الاتصال أثناء الإرسال. راجع سلسلة الرسائل أدناه قبل الإرسال مجددًا: ربما حُفظت الرسالة.
js-console-error-passphrase_too_short = يجب أن تتكون عبارة المرور من 12 حرفًا على الأقل.
js-console-error-passphrase_mismatch = عبارتا المرور غير متطابقتين.
js-console-error-wrong_passphrase = عبارة المرور غير صحيحة.
js-console-error-key_malformed = مفتاحك المحفوظ تالف. أنشئ مفتاحًا جديدًا.
js-console-error-key_mismatch = المفتاح المحفوظ لا يطابق مفتاحك العام المسجل. أنشئ مفتاحًا جديدًا وأبلغ مشرفك.
js-console-error-crypto = لا يستطيع هذا المتصفح تشغيل تشفير الواجهة. استخدم متصفحًا حديثًا.

## واجهة الضباط: الإحالة والنقل وإعادة التشفير والإشعارات (الصفحة)

console-case-consent = الموافقة على الإحالة
console-case-referrals = الإحالات
console-refer-title = الإحالة إلى جهة شريكة
console-refer-hint = تُشفَّر النسخة على هذا الحاسوب لمفاتيح الجهة الشريكة وحدها: لا تستطيع وحدتك ولا المبلِّغ فتحها. لا تشارك إلا ما تحتاجه الجهة الشريكة. سيرى المبلِّغ الحالة «محال».
console-refer-no-consent = لم يوافق المبلِّغ على إحالته إلى جهة دعم. لا يمكن إجراء أي إحالة.
console-refer-partner = الجهة الشريكة
console-refer-text = رسالة إلى الجهة الشريكة
console-refer-text-hint = ما تحتاج الجهة الشريكة إلى معرفته لتقديم المساعدة، وكيفية التواصل مع الشخص إن وافق على ذلك.
console-refer-include-report = إرفاق البلاغ كما كتبه المبلِّغ
console-refer-submit = إرسال الإحالة
console-transfer-title = النقل إلى وحدة أخرى
console-transfer-hint = يُعاد تشفير الملف كاملًا على هذا الحاسوب للوحدة الأخرى. تفقد وحدتك الوصول إليه فورًا ويُلغى التكليف. تبقى متابعة المبلِّغ سارية.
console-transfer-unit = الوحدة المستقبِلة
console-transfer-submit = نقل الملف
console-rekey-title = إعادة تشفير الملفات الأقدم
console-rekey-intro = بعد إضافة مفتاح إلى المجموعة أو إلغائه، تبقى الملفات المفتوحة مشفرة للمجموعة السابقة. إعادة تشفيرها على هذا الحاسوب تتيح للأعضاء الجدد قراءتها وتمنع المفاتيح الملغاة من فتح النسخ المحفوظة. لا تتأثر النسخ المأخوذة قبل ذلك.
console-rekey-remaining = ملفات مفتوحة ما زالت مشفرة لمجموعة مفاتيح سابقة:
console-rekey-start = إعادة التشفير الآن
console-notify-title = الإشعارات
console-notify-intro = لا تذكر رسائل البريد الإلكتروني الصادرة عن الواجهة أي شيء عن البلاغات: لا مرجع ولا فئة ولا منطقة ولا وقت. يُشعَر بالبلاغات العاجلة فورًا ما لم تكن الإشعارات معطلة.
console-notify-mode = أشعرني
console-notify-each = عند كل حدث جديد في وحداتي
console-notify-digest = في ملخص يومي
console-notify-off = أبدًا
console-notify-email = عنوان البريد الإلكتروني
console-notify-email-hint = يُفضَّل عنوان العمل. لا حاجة إليه إن كانت الإشعارات معطلة.
console-notify-submit = حفظ تفضيلاتي

## واجهة الضباط: الإحالة والنقل وإعادة التشفير والإشعارات (رسائل المتصفح)

js-console-consent-yes = يوافق المبلِّغ على إحالته إلى جهة دعم
js-console-consent-no = لا موافقة على الإحالة
js-console-transfer-submit = نقل الملف
js-console-transfer-confirm = تأكيد النقل
js-console-transfer-done = نُقل الملف إلى:
js-console-progress-reencrypting = جارٍ إعادة تشفير الملف على هذا الحاسوب…
js-console-refer-done = أُرسلت الإحالة.
js-console-rekey-progress = جارٍ إعادة تشفير الملف
js-console-rekey-done = الملفات المعاد تشفيرها:
js-console-rekey-skipped = ملفات متروكة (سبب كل منها مذكور أدناه):
js-console-notify-saved = حُفظت تفضيلاتك.
js-console-error-thread_changed = تغيّر الملف أثناء عملك عليه. حاول مجددًا.
js-console-error-undecryptable = لا يمكن فك تشفير بعض رسائل هذا الملف بمفتاحك، لذا لا يمكن إعادة تشفيره. يستطيع ذلك زميل يفتحها مفتاحه.
js-console-error-no_consent = لم يوافق المبلِّغ على الإحالة.
js-console-error-unknown_partner = هذه الجهة الشريكة غير متاحة.
js-console-error-unknown_unit = هذه الوحدة غير متاحة.
js-console-error-not_a_member = هذا الضابط ليس عضوًا في الوحدة.
js-console-error-cannot_revoke = لا يمكن إلغاء هذا المفتاح الآن: يجب أن تحتفظ الوحدة بمفتاح نافذ واحد على الأقل.
js-console-error-invalid_email = أدخل عنوان بريد إلكتروني صحيحًا، أو اختر عدم تلقي الإشعارات.
js-console-error-invalid_query = لا يمكن استخدام عوامل التصفية هذه معًا. عدّلها وحاول مجددًا.

## لوحة الضباط: مفتاح الأمان (مفتاح المرور) والمرفقات

console-unlock-passkey-intro = تحتفظ بنسخة من مفتاحك على مفتاح أمان أو مفتاح مرور. استخدمه لفتح القفل.
console-unlock-passkey = فتح القفل بمفتاح الأمان
console-unlock-or-passphrase = أو افتح القفل بعبارة المرور الخاصة بك:
console-passkey-title = مفتاح أمان أو مفتاح مرور
console-passkey-intro = يمكنك أيضًا فتح مفتاحك بمفتاح أمان أو بمفتاح مرور على هذا الجهاز بدلًا من كتابة عبارة المرور. تبقى عبارة المرور صالحة: فهي طريق العودة إذا ضاع مفتاح الأمان.
console-passkey-add = إضافة مفتاح أمان أو مفتاح مرور
console-passkey-remove = إزالة مفتاح الأمان
console-passkey-hint = سيطلب منك المتصفح حتى ثلاث مرات أن تلمس مفتاح الأمان أو أن تؤكد على هذا الجهاز: لإنشائه، ثم لقفل نسخة من مفتاحك به، ثم للتحقق من هذه النسخة.
js-console-passkey-state-on = يمكن لمفتاح أمان أن يفتح مفتاحك.
js-console-passkey-state-off = لا يوجد مفتاح أمان بعد: تفتح القفل بعبارة المرور.
js-console-passkey-remove = إزالة مفتاح الأمان
js-console-passkey-remove-confirm = تأكيد الإزالة
js-console-passkey-progress-add = اتبع تعليمات المتصفح: المس مفتاح الأمان أو أكّد على هذا الجهاز…
js-console-passkey-progress-unlock = المس مفتاح الأمان أو أكّد على هذا الجهاز…
js-console-passkey-added = أُضيف مفتاح الأمان. يمكنك في المرة القادمة فتح القفل به.
js-console-passkey-removed = أُزيل مفتاح الأمان. افتح القفل بعبارة المرور من الآن فصاعدًا.
js-console-passkey-error-unsupported = لا يستطيع هذا المتصفح استخدام مفتاح أمان هنا. استخدم عبارة المرور.
js-console-passkey-error-no_prf = لا يستطيع مفتاح الأمان هذا أو هذا المتصفح حماية مفتاح (تنقصه وظيفة PRF). استخدم عبارة المرور، أو جرّب مفتاح أمان آخر أو متصفحًا محدّثًا.
js-console-passkey-error-cancelled = لم يُستخدم مفتاح الأمان (أُلغي الطلب أو انتهت المهلة). لم يتغير شيء؛ حاول مجددًا أو استخدم عبارة المرور.
js-console-passkey-error-exists = مفتاح الأمان هذا مسجّل من قبل. استخدم مفتاحًا آخر، أو أزل التسجيل القديم أولًا.
js-console-passkey-error-wrong_key = ليس هذا مفتاح الأمان الذي يحمل مفتاحك. جرّب مفتاحًا آخر، أو استخدم عبارة المرور.
js-console-passkey-error-failed = لم يعمل مفتاح الأمان. لم يتغير شيء؛ حاول مجددًا أو استخدم عبارة المرور.
js-console-passkey-error-no_key = أنشئ مفتاحك بعبارة مرور أولًا.
js-console-passkey-error-verify = تعذّر التحقق من النسخة المصنوعة بمفتاح الأمان، لذلك لم تُحفظ. حاول مجددًا.
js-console-attachments-title = المرفقات:
js-console-attachments-mismatch = تنبيه: عدد المرفقات لا يطابق ما تصفه رسالة المُبلِّغ.
js-console-attachment-kind-photo = صورة
js-console-attachment-kind-document = مستند
js-console-attachment-kind-voice = تسجيل صوتي
js-console-attachment-kind-other = ملف
js-console-attachment-encrypted-size = الحجم المشفّر
js-console-attachment-metadata-removed = أُزيلت بيانات الموقع والكاميرا على جهاز المُبلِّغ.
js-console-attachment-metadata-kept = احتفظ المُبلِّغ ببيانات الموقع والكاميرا كدليل: احذر قبل مشاركة هذه الصورة.
js-console-attachment-locked = لا يمكن فك تشفير هذا المرفق بمفتاحك.
js-console-attachment-download = تنزيل
js-console-attachment-play = الاستماع إلى التسجيل
js-console-attachment-progress = جارٍ فك تشفير المرفق…
js-console-attachment-saved = فُكّ تشفيره وتم التحقق منه. حُفظ باسم:
js-console-attachment-error-undecryptable = لا يمكن فك تشفير هذا المرفق بمفتاحك.
js-console-attachment-error-undescribed = رسالة المُبلِّغ لا تصف هذا المرفق، فلا يمكن التحقق منه، ولم يُحفظ.
js-console-attachment-error-size = هذا المرفق أقصر مما هو موصوف: ربما اقتُطع جزء منه. لم يُحفظ.
js-console-attachment-error-sha256_mismatch = تنبيه: هذا المرفق لا يطابق البصمة المذكورة في رسالة المُبلِّغ. ربما عُدّل. لم يُحفظ.
js-console-rekey-items = الرسائل والمرفقات

## الملفات والرسائل الصوتية وتنبيه «قبل الإرسال» (صفحة البلاغ وصفحة المتابعة)

attach-legend = صور أو مستندات أو رسالة صوتية
attach-hint = يمكنك إضافة صور أو مستندات أو رسالة صوتية. تُقفَل (تُشفَّر) مثل نصّك. نزيل أولاً التفاصيل المخفية التي تُظهر مكان التقاط الصورة.
attach-add-photo = إضافة صورة
attach-add-file = إضافة مستند
attach-record-voice = تسجيل رسالة صوتية
attach-list-label = الملفات التي أضفتها
voice-recording = جارٍ التسجيل
voice-stop = إيقاف التسجيل
identify-title = قبل الإرسال: قد يكشف هذا هويتك
identify-body = يبدو أن نصّك يحتوي على التفاصيل المذكورة أعلاه. لا بأس إن أردت أن تعرفها الوحدة: الوحدة وحدها تستطيع قراءة بلاغك. إن لم تكن ضرورية، أو قد تعرّضك أنت أو شخصاً آخر للخطر، فارجع واحذفها.
identify-edit = الرجوع والتعديل
identify-send = الإرسال رغم ذلك

## الملفات والرسائل الصوتية وتنبيه «قبل الإرسال» (رسائل المتصفح)

js-unit-kb = كيلوبايت
js-unit-mb = ميغابايت
js-attach-kind-photo = صورة
js-attach-kind-document = مستند
js-attach-kind-voice = رسالة صوتية
js-attach-remove = حذف
js-attach-cleaned = أُزيلت التفاصيل المخفية (المكان والوقت وطراز الهاتف) من هذه الصورة.
js-attach-kept = ستُرسَل هذه الصورة مع تفاصيلها المخفية (المكان والوقت وطراز الهاتف).
js-attach-keep-details = الاحتفاظ بالموقع وتفاصيل الكاميرا كدليل
js-attach-keep-details-hint = فقط إن كان على الشرطة أن ترى أين ومتى التُقطت الصورة. قد تكشف هذه التفاصيل أيضاً أين كنت وأي هاتف تستخدم.
js-attach-uncleanable = لا نستطيع إزالة التفاصيل المخفية (مثل مكان التقاط الصورة) من هذا النوع من الصور. ستُرسَل كمستند كما هي تماماً. احذفها إن كان ذلك قد يعرّضك للخطر.
js-attach-document-as-is = سيُرسَل هذا الملف كما هو تماماً. قد تحتوي المستندات ومقاطع الفيديو على تفاصيل مخفية، مثل اسم أو مكان. احذفه إن كان ذلك قد يعرّضك للخطر.
js-attach-send-as-photo = هذه صورة: أرسِلها كصورة مع تفاصيلها
js-attach-error-too-many = لا يمكنك إضافة ملفات أخرى. الحد الأقصى لعدد الملفات في الإرسال الواحد:
js-attach-error-too-large = هذا الملف كبير جداً. أكبر حجم مسموح للملف الواحد:
js-attach-error-total = هذه الملفات كبيرة جداً معاً. الحد الأقصى في الإرسال الواحد:
js-attach-error-read = تعذّرت قراءة هذا الملف. جرّب ملفاً آخر.
js-voice-recording = جارٍ التسجيل… اضغط «إيقاف التسجيل» عندما تنتهي.
js-voice-done = رسالتك الصوتية جاهزة. يمكنك الاستماع إليها قبل الإرسال.
js-voice-denied = تعذّر استخدام الميكروفون. يمكنك الكتابة بدلاً من ذلك، أو السماح بالميكروفون في إعدادات متصفحك.
js-voice-preview = الاستماع إلى رسالتك الصوتية
js-voice-rerecord = التسجيل من جديد
js-progress-encrypting-files = جارٍ قفل (تشفير) ملفاتك…
js-error-too-many-attachments = عدد الملفات كبير جداً. احذف بعضها وحاول مرة أخرى.
js-error-attachment-too-large = أحد الملفات كبير جداً. احذفه أو اختر ملفاً أصغر.
js-error-attachments-too-large = الملفات كبيرة جداً معاً. احذف بعضها وحاول مرة أخرى.
js-identify-phone = رقم هاتف
js-identify-email = عنوان بريد إلكتروني
js-identify-id = رقم بطاقة هوية أو جواز سفر أو رقم طويل آخر
js-identify-iban = رقم حساب مصرفي (IBAN)
js-identify-address = عنوان شارع
js-thread-files = الملفات:
js-message-empty = اكتب رسالة أو أضِف ملفاً.

## الأسئلة الموجّهة وأرقام الطوارئ والكلمات الأبسط (الصفحة الرئيسية وصفحة البلاغ)

home-simple-link = كلمات أبسط (للأطفال والشباب)
simple-toggle-on = كلمات أبسط
simple-toggle-off = الكلمات المعتادة
emergency-title = أرقام للاتصال الآن
emergency-hint = اتصل بأحدها إذا كان شخص في خطر: هذا الموقع لا يستطيع إرسال المساعدة فوراً.
field-child-label = هناك طفل معنيّ بالأمر
field-child-hint = ضع علامة إذا تعرّض شخص دون 18 سنة للأذى، أو رأى ما حدث، أو كان في خطر. ستهتم الوحدة بذلك بعناية خاصة.
field-contact-label = يمكن للوحدة أن تتواصل معي
field-contact-hint = فقط إذا أردت ذلك. إذا لم تضع علامة، فلن ترد الوحدة إلا عبر رمز المتابعة الخاص بك.
field-contact-how-label = كيف ومتى يكون التواصل معك آمناً؟
field-contact-how-hint = مثلاً: رقم هاتف والأوقات التي تكون فيها وحدك، أو شخص تثق به.
field-contact-caution = الطريقة الأكثر أماناً هي قراءة ردود الوحدة برمز المتابعة. قد يرى شخص آخر رسالة أو يسمع مكالمة.
js-emergency-shown = تظهر أرقام للاتصال الآن تحت هذا السؤال.

## كلمات أبسط للأطفال والشباب (صفحة البلاغ، ?simple=1)

report-intro-simple = أخبرنا فقط بما تريد أن تقوله. يمكنك الكتابة بأي لغة. لن تقع في مشكلة.
field-what-label-simple = ماذا حدث؟
field-what-hint-simple = اكتب بكلماتك. لا بأس إن كان الكلام قصيراً.
field-when-label-simple = متى حدث ذلك؟
field-when-hint-simple = مثلاً: اليوم، البارحة في الليل، الأسبوع الماضي. يمكنك أن تخمّن.
field-where-label-simple = أين حدث ذلك؟
field-where-hint-simple = مثلاً: في البيت، في المدرسة، في الشارع، في المخيّم.
field-who-label-simple = من فعل ذلك، أو من كان هناك؟
field-who-hint-simple = يمكنك كتابة أسماء، أو كيف يبدو الأشخاص.
field-region-label-simple = المكان
field-region-hint-simple = هذا يساعدنا على إيجاد الفريق المناسب. لست مضطراً للاختيار.
field-urgent-label-simple = شخص ما في خطر الآن
field-urgent-hint-simple = إذا كان شخص قد يتأذى الآن، فاتصل بأحد الأرقام التي ستظهر هنا. هذا الموقع لا يستطيع إرسال المساعدة فوراً.
field-child-label-simple = الأمر يخصّ طفلاً
field-child-hint-simple = ضع علامة إذا كان الأمر عنك أو عن طفل آخر (دون 18 سنة).
field-contact-label-simple = يمكنكم التواصل معي
field-contact-hint-simple = فقط إذا أردت. وإلا يمكنك قراءة ردّنا برمزك السري.
field-contact-how-label-simple = كيف ومتى يمكننا الوصول إليك بأمان؟
field-contact-how-hint-simple = مثلاً: رقم هاتف ووقت تكون فيه وحدك، أو شخص كبير تثق به.
field-contact-caution-simple = قراءة ردّنا برمزك السري هي الأكثر أماناً. قد يرى شخص آخر مكالمة أو رسالة.
field-referral-label-simple = يمكنكم أن تطلبوا من أشخاص عملهم هو المساعدة (مكان آمن للنوم، طبيب، محامٍ) أن يساعدوني
field-referral-hint-simple = يمكنك أن ترفض. ويمكنك أيضاً أن تطلب المساعدة لاحقاً.

# Console: guided answers of a report
js-console-field-child = طفل معني بالأمر
js-console-field-contact = يمكن للوحدة التواصل معه

# Receipt: the code as a small file
receipt-save = حفظ في ملف
js-saved-file = حُفظ باسم «note.txt». احتفظ به في مكان لا يطّلع عليه أحد غيرك، أو احذفه بعد أن تكتب الرمز.
receipt-save-hint = الملف المحفوظ يبقى على هذا الهاتف وفي قائمة التنزيلات في المتصفح: احذفه من المكانين عندما لا تحتاج إليه.
js-console-error-key_changed = تم تغيير مفتاحك في نافذة أخرى. افتح القفل من جديد، ثم أضف مفتاح الأمان مرة أخرى.

# Transfer and re-key: the earlier copies are kept until a supervisor checks
console-reencryption-title = أُعيد تشفيره: بانتظار تحقّق أحد المشرفين
console-reencryption-hint = لا يستطيع هذا الحاسوب ولا الخادم معرفة ما إذا كانت النسخ الجديدة سليمة. إلى أن يتحقق مشرف من أن كل نسخة تُفتح، تُحفظ النسخ السابقة ويمكن استعادتها. وإن لم يتحقق أحد، تُحذف في التاريخ المبيَّن.
console-reencryption-confirm = تحقّق وأكِّد
console-reencryption-restore = استعادة النسخ السابقة
console-reencryption-supervisors = لا يستطيع نقل ملف أو إعادة تشفيره، ثم تأكيد ذلك أو التراجع عنه، إلا مشرفو الوحدة.
console-rekey-unconfirmed = ملفات أُعيد تشفيرها بانتظار التحقق:
console-rekey-check = تحقّق منها وأكِّدها
js-console-reencryption-by = أعاد تشفيره
js-console-reencryption-from = من
js-console-reencryption-until = النسخ السابقة محفوظة حتى
js-console-reencryption-restore = استعادة النسخ السابقة
js-console-reencryption-restore-confirm = تأكيد: استعادة النسخ السابقة
js-console-reencryption-confirmed = تم التحقق: كل نسخة تُفتح. حُذفت النسخ السابقة.
js-console-reencryption-shut = بعض النسخ لا تُفتح بمفتاحك. استعد النسخ السابقة، أو اطلب من زميل يفتحها مفتاحُه أن يتحقق.
js-console-reencryption-restored = عادت النسخ السابقة.
js-console-progress-checking = جارٍ التحقق من أن كل نسخة تُفتح…
js-console-rekey-checked = ملفات تم التحقق منها وتأكيدها:
js-console-rekey-check-skipped = ملفات لم تُؤكَّد:
js-console-error-reencryption_pending = لم يُتحقَّق بعد من آخر إعادة تشفير لهذا الملف. افتح الملف وأكِّدها أو استعد النسخ السابقة أولًا.
js-console-error-not_pending = لم يعد في هذا الملف ما ينتظر التحقق.
js-console-error-added_since_transfer = أُضيفت رسائل بعد النقل، ولن تُفتح في الوحدة السابقة، لذا لا يمكن استعادة النسخ السابقة. أكِّد النسخ الجديدة بدلًا من ذلك، وبعدها يمكن نقل الملف إليها من جديد.

# علامات الرسائل المزعجة أو إساءة الاستخدام، والملفات التي حُذف محتواها.
console-case-purged = حُذف البلاغ والرسائل والمرفقات في هذا الملف عند انتهاء مدة الاحتفاظ به. لم يبقَ إلا سجله: سجل الحالات وقيود سجل التدقيق. تاريخ الحذف:
console-reencryption-not-restorable = أُضيفت رسائل بعد النقل، لذا لم يعد ممكنًا استعادة النسخ السابقة. تحقّق من أن النسخ الجديدة تُفتح ثم أكِّدها.
console-flag-title = رسائل مزعجة أو إساءة استخدام
console-flag-hint = يُغلق الملف الذي توضع عليه علامة «رسائل مزعجة» أو «إساءة استخدام». يظل المبلِّغ قادرًا على قراءته برمز المتابعة الخاص به، لكنه لا يستطيع الكتابة فيه بعد الآن، ويُحذف الملف قبل غيره من الملفات. إعادة فتح الملف تزيل العلامة.
console-flag-supervisors = لا يستطيع وضع علامة «رسائل مزعجة» أو «إساءة استخدام» على ملف، أو إزالتها، إلا مشرفو الوحدة.
console-flag-kind = نوع العلامة
console-flag-spam = رسائل مزعجة (سبام)
console-flag-abuse = إساءة استخدام الخدمة
console-flag-submit = وضع العلامة على الملف
js-console-flag-submit = وضع العلامة على الملف
js-console-flag-confirm = تأكيد: إغلاق الملف ووضع العلامة
js-console-flag-remove = إزالة العلامة
js-console-flag-current = العلامة:
js-console-flag-purge-after = يُحذف بعد
js-console-flag-saved = وُضعت العلامة على الملف وأُغلق. لم يعد بإمكان المبلِّغ الكتابة فيه.
js-console-flag-removed = أُزيلت العلامة. يبقى الملف مغلقًا إلى أن يعيد أحد فتحه.
js-console-flag-spam = رسائل مزعجة
js-console-flag-abuse = إساءة استخدام
js-console-error-check_failed = رسالة أو مرفق واحد على الأقل في هذا الملف لا يُفتح بمفتاحك، لذا لم يُؤكَّد. يستطيع زميل يفتحه مفتاحُه أن يتحقق منه، أو يستطيع مشرف استعادة النسخ السابقة من الملف.
js-console-error-case_purged = حُذف محتوى هذا الملف؛ لم يبقَ إلا سجله.
