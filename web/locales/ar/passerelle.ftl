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
report-metadata-note = لا يرى الخادم إلا نوع البلاغ، والمنطقة إن اخترتها، ولغة الصفحة، وهل الأمر عاجل. لا يستطيع قراءة ما تكتبه.
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
js-progress-sending = جارٍ الإرسال…
js-progress-retrying = الاتصال بطيء. نحاول مرة أخرى…
js-progress-opening = جارٍ فتح بلاغك…
js-error-network = تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى. نصّك ما زال هنا.
js-error-generic = حدث خطأ. يُرجى المحاولة مرة أخرى.
js-error-no-unit = لا يمكن استلام هذا النوع من البلاغات الآن. حاول لاحقاً.
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
