### نصوص الواجهة بالعربية. ما ينقص هنا يظهر بالإنجليزية.
# unreviewed
language-name = العربية

# How numbers are written (Arabic as written in the Mashriq: Arabic-Indic digits): ten digits, the mark between groups of three,
# and the fewest digits a number has before it is grouped.
-numerals-digits = ٠١٢٣٤٥٦٧٨٩
-numerals-group = ٬
-numerals-grouped-from = 4

# unreviewed
skip-to-content = انتقل إلى المحتوى
# unreviewed
search-label = ابحث في المركز
# unreviewed
search-button = بحث
# unreviewed
language-label = اللغة
# unreviewed
language-button = تغيير
# unreviewed
nav-account = الحساب
# unreviewed
nav-sign-in = تسجيل الدخول
# unreviewed
nav-home = الرئيسية
# unreviewed
nav-site = الموقع
# unreviewed
nav-wiki = الويكي
# unreviewed
nav-members = الأعضاء
# unreviewed
nav-notifications = الإشعارات
# unreviewed
nav-review = المراجعة
# unreviewed
nav-admin = الإدارة
# unreviewed
breadcrumbs-label = أنت هنا
# unreviewed
footer-licence = ما لم تذكر الصفحة غير ذلك، يُشارَك محتواها بموجب رخصة
# unreviewed
footer-powered = يعمل على «برايد»، برنامج حر لمجتمعات الممارسة.

# unreviewed
home-lede = مركز معرفة مشترك للأمن التنظيمي الشامل: الرقمي والجسدي والقانوني والرفاه معًا. يكتبه ممارسون وممارسات، من أجل الأشخاص والمنظمات الذين يرافقونهم.
# unreviewed
home-empty = لا توجد أقسام في هذا المركز بعد.
# unreviewed
group-phase = مراحل الدعم
# unreviewed
group-practice = في كل المراحل
# unreviewed
group-community = مجتمعنا

# unreviewed
section-no-pages = لم تُكتب أي صفحات في هذا القسم بعد.
# unreviewed
sections-title = الأقسام
# unreviewed
sections-lede = الأقسام هي المستوى الأعلى في المركز. ترتيبها هنا هو ترتيبها في الصفحة الرئيسية داخل كل مجموعة. يبقى عنوان القسم كما هو عند إعادة تسميته.
# unreviewed
sections-move-up = انقل لأعلى
# unreviewed
sections-move-down = انقل لأسفل
# unreviewed
sections-remove = أزل
# unreviewed
sections-describe = العنوان والوصف والمجموعة
# unreviewed
sections-field-summary = الوصف
# unreviewed
sections-field-group = يُدرج تحت
# unreviewed
sections-new = قسم جديد
# unreviewed
sections-add = أضف القسم
# unreviewed
sections-manage = إدارة الأقسام
# unreviewed
problem-section-not-empty = ما زال هذا القسم يضم صفحات. انقلها إلى قسم آخر أولًا، واستعد ما في سلة المحذوفات منها.
# unreviewed
pager-label = أقسام أخرى
# unreviewed
pager-previous = السابق:
# unreviewed
pager-next = التالي:

# unreviewed
search-title = بحث
# unreviewed
search-hint = اكتب كلمة أو كلمتين في مربع البحث أعلاه.
# unreviewed
search-result-count = { $count ->
    [0] لم يُعثر على شيء.
    [one] نتيجة واحدة.
    [two] نتيجتان.
    [few] { $count } نتائج.
    [many] { $count } نتيجة.
   *[other] { $count } نتيجة.
}

# unreviewed
sign-in-title = تسجيل الدخول
# unreviewed
sign-in-invitation-only = العضوية في هذا المركز بالدعوة: يزكّي أحد الأعضاء كل قادم جديد.

# unreviewed
error-reference = مرجع للمشغّلين:
# unreviewed
error-status = الحالة
# unreviewed
error-home = اذهب إلى الصفحة الرئيسية
# unreviewed
error-400-title = تعذّر فهم هذا الطلب
# unreviewed
error-400-text = هناك شيء ناقص أو غير سليم في الطلب. ارجع وتحقق مما أدخلته ثم حاول مجددًا.
# unreviewed
error-403-title = غير مسموح
# unreviewed
error-403-text = لا يمكنك فعل ذلك هنا. إن وصلت من رابط في موقع آخر، فادخل إلى هذا المركز مباشرة وحاول مجددًا.
# unreviewed
error-403-pending-text = عضويتك بانتظار الموافقة. إلى أن تتم الموافقة عليها (أو يزكّيك عضو ثانٍ حيث يطلب المجتمع ذلك)، يمكنك القراءة دون تغيير أي شيء.
# unreviewed
error-403-second-factor-text = أحد أدوارك يتطلب عاملًا ثانيًا. أعدّ تطبيق مصادقة من صفحة حسابك، ثم حاول مجددًا.
# unreviewed
error-403-role-text = دورك لا يسمح بهذا. إن رأيت أنه ينبغي أن يسمح، فاسأل أحد المسؤولين.
# unreviewed
error-404-title = الصفحة غير موجودة
# unreviewed
error-404-text = لا يوجد شيء على هذا العنوان. ربما نُقل، أو أن الرابط مكتوب بشكل خاطئ.
# unreviewed
error-405-title = غير ممكن هنا
# unreviewed
error-405-text = هذا العنوان لا يقبل هذا النوع من الطلبات.
# unreviewed
error-409-title = تغيّر في الأثناء
# unreviewed
error-409-text = غيّر أحدهم هذا بينما كنت تعمل عليه. ارجع وأعد تحميل الصفحة لترى أحدث نسخة، ثم حاول مرة أخرى.
# unreviewed
error-413-title = أكبر من اللازم
# unreviewed
error-413-text = ما أرسلته أكبر مما يقبله هذا المركز.
# unreviewed
error-422-title = تعذّر فهم هذا الطلب
# unreviewed
error-422-text = هناك شيء ناقص أو غير سليم في النموذج. ارجع وتحقق مما أدخلته ثم حاول مجددًا.
# unreviewed
error-500-title = حدث خطأ من جهتنا
# unreviewed
error-500-text = ليس الخطأ خطأك. حاول مجددًا بعد قليل؛ وإن تكرر ذلك، فأعطِ المشغّلين المرجع أدناه.
# unreviewed
error-503-title = غير متاح مؤقتًا
# unreviewed
error-503-text = لا يستطيع المركز الرد الآن. حاول مجددًا بعد بضع دقائق.

# unreviewed
nav-sign-out = تسجيل الخروج
# unreviewed
field-handle = الاسم المستعار
# unreviewed
field-password = كلمة المرور
# unreviewed
field-display-name = الاسم المعروض
# unreviewed
field-pronouns = الضمائر
# unreviewed
field-languages = اللغات التي تتحدثها
# unreviewed
field-region = المنطقة
# unreviewed
sign-in-button = تسجيل الدخول
# unreviewed
sign-in-failed = لم ينجح ذلك. تحقق من اسمك المستعار وكلمة المرور. بعد عدة محاولات فاشلة، ينتظر تسجيل الدخول بضع دقائق قبل المحاولة مجددًا.

# unreviewed
join-title = انضم إلى المجتمع
# unreviewed
join-invited-by = دعاك { $handle } وهو يزكّيك.
# unreviewed
join-invited = لقد تلقيت دعوة للانضمام.
# unreviewed
join-handle-hint = الاسم الذي يراه الآخرون. الاسم المستعار مرحّب به. حروف وأرقام من أبجدية واحدة، بينها . أو _ أو -.
# unreviewed
join-password-hint = ‏15 حرفًا على الأقل. بضع كلمات عادية تصنع كلمة مرور قوية يسهل تذكرها.
# unreviewed
join-optional = اختياري: شارك فقط ما تريد أن يراه الآخرون
# unreviewed
join-accept = قرأت وأقبل
# unreviewed
join-guidelines-link = إرشادات المجتمع ومدونة السلوك
# unreviewed
join-button = انضم
# unreviewed
join-handle-taken = هذا الاسم المستعار مستخدم. اختر اسمًا آخر من فضلك.
# unreviewed
join-closed-title = لا يمكن استخدام هذه الدعوة
# unreviewed
join-closed-used = استُخدمت من قبل. كل دعوة تقبل شخصًا واحدًا.
# unreviewed
join-closed-expired = انتهت صلاحيتها، أو سحبها العضو الذي أرسلها.
# unreviewed
join-closed-unknown = لا توجد دعوة على هذا العنوان. تأكد من نسخ الرابط كاملًا.
# unreviewed
join-closed-next = اطلب دعوة جديدة من العضو الذي دعاك.

# unreviewed
welcome-title = أهلًا بك
# unreviewed
welcome-lede = أصبحت الآن عضوًا. خذ وقتك في التعرف على المكان؛ لا أحد ينتظر منك أن تساهم فورًا.
# unreviewed
welcome-guidelines = اقرأ كيف نعمل معًا
# unreviewed
welcome-explore = استكشف المركز
# unreviewed
welcome-account = حسابك وأمانه

# unreviewed
account-title = حسابك
# unreviewed
profile-title = ملفك الشخصي
# unreviewed
profile-lede = ما يراه الأعضاء الآخرون بجانب اسمك في قائمة الأعضاء. كل جزء اختياري: شارك فقط ما ترتاح لمشاركته.
# unreviewed
profile-saved = حُفظ ملفك الشخصي.
# unreviewed
invite-open-title = دعوات ما زالت مفتوحة
# unreviewed
invite-open-none = لا توجد دعوة تنتظر الاستخدام.
# unreviewed
invite-open-expires = صالحة حتى
# unreviewed
invite-open-by = أنشأها { $handle }
# unreviewed
invite-withdraw = اسحب
# unreviewed
account-handle = مسجّل الدخول باسم
# unreviewed
account-roles = الأدوار:
# unreviewed
account-sessions-link = أين سجّلت الدخول
# unreviewed
account-invite-link = ادعُ شخصًا تثق به
# unreviewed
account-events = أحداث الأمان الأخيرة
# unreviewed
column-when = متى
# unreviewed
column-event = الحدث
# unreviewed
column-detail = التفاصيل
# unreviewed
column-device = المتصفح
# unreviewed
column-opened = سُجّل الدخول
# unreviewed
column-last-seen = آخر نشاط
# unreviewed
column-actions = إجراءات

# unreviewed
sessions-title = أين سجّلت الدخول
# unreviewed
sessions-lede = إن لم تتعرف على جلسة، فأنهِها وغيّر كلمة المرور.
# unreviewed
sessions-this-one = هذه
# unreviewed
sessions-revoke = إنهاء
# unreviewed
sessions-revoke-others = سجّل الخروج من كل مكان آخر

# unreviewed
invite-title = ادعُ شخصًا
# unreviewed
invite-lede = الدعوة تزكية منك: لا تدعُ إلا من تعرفهم وتثق بهم للعمل مع المعرضين للخطر. يعمل الرابط مرة واحدة، لمدة سبعة أيام.
# unreviewed
invite-note = من هذا الشخص، ولماذا تدعوه؟ (تُحفظ في السجل)
# unreviewed
invite-role = الدور عند الانضمام
# unreviewed
invite-button = أنشئ الدعوة
# unreviewed
invite-too-many = لديك أكبر عدد مسموح به من الدعوات المفتوحة. انتظر حتى تُستخدم إحداها أو تنتهي صلاحيتها.
# unreviewed
invite-created-title = أُنشئت الدعوة
# unreviewed
invite-created-lede = أرسل هذا الرابط إلى الشخص عبر قناة تثق بها. لن يظهر إلا مرة واحدة.
# unreviewed
invite-link = رابط الدعوة
# unreviewed
invite-expires = يعمل حتى { $date }.

# unreviewed
account-two-factor-link = العامل الثاني (تطبيق المصادقة، مفاتيح المرور)
# unreviewed
field-code = الرمز
# unreviewed
field-current-password = كلمة المرور الحالية
# unreviewed
sign-in-code-title = خطوة أخيرة
# unreviewed
sign-in-code-lede = أدخل الرمز المكوّن من ستة أرقام من تطبيق المصادقة.
# unreviewed
sign-in-code-hint = فقدت جهازك؟ أدخل أحد رموز الاسترداد بدلًا منه.
# unreviewed
sign-in-code-wrong = { $tries ->
    [zero] لم ينجح هذا الرمز. لم تبقَ محاولات، وستحتاج إلى كلمة المرور من جديد.
    [one] لم ينجح هذا الرمز. بقيت محاولة واحدة، ثم ستحتاج إلى كلمة المرور من جديد.
    [two] لم ينجح هذا الرمز. بقيت محاولتان، ثم ستحتاج إلى كلمة المرور من جديد.
    [few] لم ينجح هذا الرمز. بقيت { $tries } محاولات، ثم ستحتاج إلى كلمة المرور من جديد.
    [many] لم ينجح هذا الرمز. بقيت { $tries } محاولة، ثم ستحتاج إلى كلمة المرور من جديد.
   *[other] لم ينجح هذا الرمز. بقيت { $tries } محاولة، ثم ستحتاج إلى كلمة المرور من جديد.
}
# unreviewed
sign-in-code-wait = { $minutes ->
    [zero] رموز خاطئة كثيرة لهذا الحساب. انتظر { $minutes } دقيقة، ثم حاول مجددًا.
    [one] رموز خاطئة كثيرة لهذا الحساب. انتظر دقيقة، ثم حاول مجددًا.
    [two] رموز خاطئة كثيرة لهذا الحساب. انتظر دقيقتين، ثم حاول مجددًا.
    [few] رموز خاطئة كثيرة لهذا الحساب. انتظر { $minutes } دقائق، ثم حاول مجددًا.
    [many] رموز خاطئة كثيرة لهذا الحساب. انتظر { $minutes } دقيقة، ثم حاول مجددًا.
   *[other] رموز خاطئة كثيرة لهذا الحساب. انتظر { $minutes } دقيقة، ثم حاول مجددًا.
}
# unreviewed
sign-in-code-recovery-lede = أو أدخل أحد رموز الاسترداد الخاصة بك.
# unreviewed
sign-in-code-passkey = استخدم مفتاح المرور
# unreviewed
sign-in-code-or-code = أو استخدم رمزًا
# unreviewed
passkey-use-button = استخدم مفتاح المرور الخاص بي
# unreviewed
passkey-browser-failed = لم يستجب مفتاح المرور، أو أُلغي الطلب. اضغط الزر للمحاولة مرة أخرى.
# unreviewed
passkey-wrong-address = تعمل مفاتيح المرور على العنوان العام لهذا المركز فقط، { $address }، وهذه الصفحة مفتوحة على عنوان آخر. افتح المركز على { $address } لاستخدام مفتاح مرور.
# unreviewed
passkey-needs-javascript = تحتاج مفاتيح المرور إلى جافاسكربت في هذا المتصفح. كلمة المرور والرموز تعمل بدونها.
# unreviewed
passkey-sign-in-button = تسجيل الدخول بمفتاح مرور
# unreviewed
passkey-sign-in-title = تسجيل الدخول بمفتاح مرور
# unreviewed
passkey-sign-in-lede = اضغط الزر واختر مفتاح المرور الخاص بهذا المركز. سيطلب جهازك رقم التعريف الشخصي أو البصمة أو الوجه.
# unreviewed
passkey-add-title = إضافة مفتاح مرور
# unreviewed
passkey-add-lede = اضغط الزر واتبع متصفحك: سينشئ مفتاح مرور على هذا الجهاز أو على مفتاح أمان، محميًا برقم التعريف الشخصي أو البصمة أو الوجه.
# unreviewed
passkey-already-registered = مفتاح المرور هذا مسجّل من قبل.
# unreviewed
passkeys-title = مفاتيح المرور
# unreviewed
passkeys-lede = يتيح لك مفتاح المرور تسجيل الدخول بقفل شاشة هذا الجهاز أو بمفتاح أمان دون كلمة المرور، ويصلح أيضًا خطوةً ثانية بعد كلمة المرور. لا تستطيع مواقع التصيّد استخدامه.
# unreviewed
passkeys-name = الاسم
# unreviewed
passkeys-name-hint = لتميّز بين مفاتيح المرور، مثل «الحاسوب المحمول» أو «المفتاح الأزرق».
# unreviewed
passkeys-added = أُضيف
# unreviewed
passkeys-last-used = آخر استخدام
# unreviewed
passkeys-never = أبدًا
# unreviewed
passkeys-remove-title = إزالة مفتاح مرور
# unreviewed
passkeys-add-title = إضافة مفتاح مرور
# unreviewed
passkeys-add-button = إضافة مفتاح مرور
# unreviewed
passkeys-unavailable = تحتاج مفاتيح المرور إلى الوصول إلى هذا المركز باسم (عنوانه العام عنوان IP).
# unreviewed
problem-passkey-failed = لم يستجب مفتاح المرور كما هو متوقع. حاول مرة أخرى.
# unreviewed
problem-passkey-wrong-address = فُتحت هذه الصفحة على عنوان غير العنوان العام للمركز، لذا لا تعمل مفاتيح المرور هنا. افتح المركز على عنوانه العام (يضبطه المشغّل في ⁨public_url⁩) وحاول مرة أخرى.
# unreviewed
problem-passkeys-unavailable = تحتاج مفاتيح المرور إلى الوصول إلى هذا المركز باسم، لا بعنوان IP.
# unreviewed
two-factor-title = العامل الثاني
# unreviewed
two-factor-on = يحمي تطبيق مصادقة حسابك: يتطلب تسجيل الدخول كلمة المرور ورمزًا من التطبيق.
# unreviewed
two-factor-off = أضف تطبيق مصادقة (مثل Aegis أو FreeOTP أو أي تطبيق يقرأ رموز TOTP) كي لا تكفي كلمة مرور مسروقة وحدها لفتح حسابك.
# unreviewed
two-factor-codes-left = { $count ->
    [zero] لا توجد رموز استرداد غير مستخدمة.
    [one] بقي رمز استرداد واحد غير مستخدم.
    [two] بقي رمزا استرداد غير مستخدمين.
    [few] بقيت { $count } رموز استرداد غير مستخدمة.
    [many] بقي { $count } رمز استرداد غير مستخدم.
   *[other] بقي { $count } رمز استرداد غير مستخدم.
}
# unreviewed
two-factor-start-button = أضف تطبيق مصادقة
# unreviewed
two-factor-remove-title = أزل تطبيق المصادقة
# unreviewed
two-factor-remove-button = إزالة
# unreviewed
two-factor-enrol-title = أضف تطبيق المصادقة
# unreviewed
two-factor-enrol-scan = امسح هذا الرمز بالتطبيق:
# unreviewed
two-factor-qr-alt = رمز QR يحمل سرّ المصادقة الخاص بك
# unreviewed
two-factor-enrol-type = أو اكتب هذا السرّ في التطبيق:
# unreviewed
two-factor-enrol-confirm = أدخل الرمز الذي يظهره التطبيق الآن، للتأكيد.
# unreviewed
two-factor-confirm-button = تأكيد
# unreviewed
two-factor-codes-title = رموز الاسترداد
# unreviewed
two-factor-codes-lede = كل رمز يتيح لك تسجيل الدخول مرة واحدة إن فقدت جهازك. اكتبها أو اطبعها الآن واحفظها في مكان آمن: لن تظهر مرة أخرى.

# unreviewed
members-title = دليل الأعضاء
# unreviewed
members-lede = لا يظهر الأعضاء هنا إلا ما اختاروا مشاركته عند الانضمام.
# unreviewed
members-filter-language = اللغة
# unreviewed
members-filter-region = المنطقة
# unreviewed
members-filter-button = تصفية
# unreviewed
members-none = لا يوجد عضو مطابق.
# unreviewed
admin-members-title = إدارة الأعضاء
# unreviewed
admin-members-lede = تُسجَّل تغييرات الأدوار والإيقافات في سجل التدقيق وتُنهي جلسات العضو.
# unreviewed
column-member = العضو
# unreviewed
column-status = الحالة
# unreviewed
column-roles = الأدوار
# unreviewed
admin-role-label = الدور
# unreviewed
admin-until-label = اليوم الأخير (اختياري)
# unreviewed
admin-role-button = عيّن الدور
# unreviewed
admin-reason-label = السبب (يُحفظ في السجل)
# unreviewed
admin-suspend-button = إيقاف
# unreviewed
admin-reinstate-button = إعادة التفعيل

# unreviewed
password-title = غيّر كلمة المرور
# unreviewed
field-new-password = كلمة المرور الجديدة
# unreviewed
password-sign-out-elsewhere = سجّل الخروج من كل مكان آخر
# unreviewed
password-button = غيّر كلمة المرور
# unreviewed
password-changed = تم تغيير كلمة المرور.

# unreviewed
admin-approve-button = موافقة
# unreviewed
admin-audit-title = أحداث الأمان لكل الأعضاء
# unreviewed
account-pending = عضويتك بانتظار الموافقة. يمكنك قراءة كل ما يقرؤه الأعضاء، وستتمكن من الكتابة والتعليق والدعوة بعد الموافقة.
# unreviewed
role-member = عضو
# unreviewed
role-editor = محرر
# unreviewed
role-facilitator = ميسّر
# unreviewed
role-response_team = فريق الاستجابة
# unreviewed
role-admin = مسؤول
# unreviewed
account-failed-attempts = { $count ->
    [zero] لم تكن هناك محاولات فاشلة لتسجيل الدخول إلى حسابك منذ آخر مرة سجّلت فيها الدخول.
    [one] كانت هناك محاولة فاشلة واحدة لتسجيل الدخول إلى حسابك منذ آخر مرة سجّلت فيها الدخول. إن لم تكن أنت، فربما يحاول أحدهم تخمين كلمة المرور: أضف عاملًا ثانيًا.
    [two] كانت هناك محاولتان فاشلتان لتسجيل الدخول إلى حسابك منذ آخر مرة سجّلت فيها الدخول. إن لم تكن أنت، فربما يحاول أحدهم تخمين كلمة المرور: أضف عاملًا ثانيًا.
    [few] كانت هناك { $count } محاولات فاشلة لتسجيل الدخول إلى حسابك منذ آخر مرة سجّلت فيها الدخول. إن لم تكن أنت، فربما يحاول أحدهم تخمين كلمة المرور: أضف عاملًا ثانيًا.
    [many] كانت هناك { $count } محاولةً فاشلة لتسجيل الدخول إلى حسابك منذ آخر مرة سجّلت فيها الدخول. إن لم تكن أنت، فربما يحاول أحدهم تخمين كلمة المرور: أضف عاملًا ثانيًا.
   *[other] كانت هناك { $count } محاولة فاشلة لتسجيل الدخول إلى حسابك منذ آخر مرة سجّلت فيها الدخول. إن لم تكن أنت، فربما يحاول أحدهم تخمين كلمة المرور: أضف عاملًا ثانيًا.
}
# unreviewed
account-failed-second-factor = { $count ->
    [zero] منذ آخر مرة سجّلت فيها الدخول، أُدخلت كلمة مرورك صحيحةً وتلاها رمز عامل ثانٍ خاطئ { $count } مرات. إن لم تكن أنت، فكلمة مرورك معروفة لشخص ما: غيّرها الآن.
    [one] منذ آخر مرة سجّلت فيها الدخول، أُدخلت كلمة مرورك صحيحةً مرة واحدة وتلاها رمز عامل ثانٍ خاطئ. إن لم تكن أنت، فكلمة مرورك معروفة لشخص ما: غيّرها الآن.
    [two] منذ آخر مرة سجّلت فيها الدخول، أُدخلت كلمة مرورك صحيحةً مرتين وتلا كلًّا منهما رمز عامل ثانٍ خاطئ. إن لم تكن أنت، فكلمة مرورك معروفة لشخص ما: غيّرها الآن.
    [few] منذ آخر مرة سجّلت فيها الدخول، أُدخلت كلمة مرورك صحيحةً وتلاها رمز عامل ثانٍ خاطئ { $count } مرات. إن لم تكن أنت، فكلمة مرورك معروفة لشخص ما: غيّرها الآن.
    [many] منذ آخر مرة سجّلت فيها الدخول، أُدخلت كلمة مرورك صحيحةً وتلاها رمز عامل ثانٍ خاطئ { $count } مرةً. إن لم تكن أنت، فكلمة مرورك معروفة لشخص ما: غيّرها الآن.
   *[other] منذ آخر مرة سجّلت فيها الدخول، أُدخلت كلمة مرورك صحيحةً وتلاها رمز عامل ثانٍ خاطئ { $count } مرة. إن لم تكن أنت، فكلمة مرورك معروفة لشخص ما: غيّرها الآن.
}
# unreviewed
column-actor = بواسطة

# unreviewed
export-link = نزّل بياناتك (JSON)
# unreviewed
delete-title = احذف حسابك
# unreviewed
delete-lede = تُحذف ملفك الشخصي وجلساتك وعواملك الثانية وسجل الأمان الخاص بك. ما كتبته للمجتمع يبقى منسوبًا إلى «عضو سابق». لا يمكن التراجع عن هذا.
# unreviewed
delete-understood = أفهم أنه لا يمكن التراجع عن هذا
# unreviewed
delete-confirm-needed = ضع علامة في المربع للتأكيد.
# unreviewed
delete-button = احذف حسابي

# unreviewed
admin-second-factor-legend = اشترط عاملًا ثانيًا لـ
# unreviewed
admin-second-factor-button = حفظ
# unreviewed
admin-second-factor-confirm-title = سيُلزمك هذا أنت أيضًا
# unreviewed
admin-second-factor-confirm-text = ليس لديك عامل ثانٍ بعد. بعد الحفظ، لن تستطيع فعل شيء بهذه الأدوار التي تحملها حتى تضيف واحدًا:
# unreviewed
admin-second-factor-confirm-button = اشترطه على أي حال
# unreviewed
admin-second-factor-set-up-first = أعدّ عاملي الثاني أولًا
# unreviewed
admin-role-until = حتى { $date }
# unreviewed
member-status-active = نشط
# unreviewed
member-status-pending = بانتظار الموافقة
# unreviewed
member-status-suspended = موقوف
# unreviewed
account-second-factor-required = يتطلب دورك عاملًا ثانيًا. إلى أن تضيفه، لا يمكنك إلا إدارة حسابك.

# unreviewed
members-pending-title = بانتظار تزكية ثانية
# unreviewed
members-pending-lede = تلقّى هؤلاء القادمون الجدد دعوات وينتظرون أن يزكّيهم عضو آخر. لا تزكِّ إلا من تعرفه وتثق به.
# unreviewed
members-vouched-by = زكّاه
# unreviewed
members-vouch-button = أزكّيه

# unreviewed
problem-empty = يرجى ملء { $field }.
# unreviewed
problem-too-long = { $field } طويل جدًا: { $max } حرفًا على الأكثر.
# unreviewed
problem-guidelines-not-accepted = اقبل إرشادات المجتمع ومدونة السلوك للانضمام.
# unreviewed
problem-password-is-handle = لا تستخدم اسمك المستعار كلمةً للمرور.
# unreviewed
problem-control-characters = أزل أحرف التحكم وأحرف تجاوز الاتجاه.
# unreviewed
problem-code-mismatch = هذا الرمز غير مطابق. تحقق من الوقت على جهازك وجرّب الرمز التالي.
# unreviewed
problem-wrong-current-password = هذه ليست كلمة المرور الحالية.
# unreviewed
problem-review-state-unknown = حالة المراجعة هذه ليست مما يعرفه Braid.
# unreviewed
problem-handle-reserved = هذا الاسم المستعار محجوز لاستخدام الموقع نفسه، حتى لا ينتحل أحد صفة القائمين عليه. اختر اسمًا آخر.
# unreviewed
problem-handle-lookalike = هذا الاسم يشبه اسم عضو آخر. اختر اسمًا يُقرأ بشكل مختلف.
# unreviewed
problem-current-password-wait = كلمات مرور خاطئة كثيرة لهذا الحساب. انتظر بضع دقائق، ثم حاول مجددًا.
# unreviewed
problem-password-common = كلمة المرور هذه من أكثر الكلمات شيوعًا، وهي أول ما يجرّبه المهاجمون. اختر غيرها.
# unreviewed
problem-password-guessable = كلمة المرور هذه سهلة التخمين.
# unreviewed
problem-term-in-past = يجب أن تكون نهاية المدة في المستقبل.
# unreviewed
problem-password-short = استخدم 15 حرفًا على الأقل. بضع كلمات عادية تصنع كلمة مرور جيدة.
# unreviewed
problem-handle-short = استخدم حرفين على الأقل.
# unreviewed
problem-password-short-with-second-factor = استخدم 8 أحرف على الأقل.
# unreviewed
problem-handle-characters = استخدم حروفًا وأرقامًا، بينها . أو _ أو - مفردة.
# unreviewed
problem-handle-one-script = استخدم حروفًا من أبجدية واحدة فقط.
# unreviewed
problem-unknown-role = اختر دور عضو أو محرر أو ميسّر أو فريق الاستجابة أو مسؤول.
# unreviewed
problem-cannot-suspend-self = لا يمكنك إيقاف نفسك.
# unreviewed
field-note = الملاحظة
# unreviewed
field-reason = السبب
# unreviewed
problem-unknown-group = مجموعة أقسام غير معروفة.
# unreviewed
problem-unknown-status = حالة حساب غير معروفة.
# unreviewed
problem-slug-characters = استخدم حروفًا صغيرة وأرقامًا تفصل بينها شرطات مفردة.
# unreviewed
problem-job-kind-characters = استخدم حروفًا صغيرة وأرقامًا وشرطات سفلية.

# unreviewed
section-pages = الصفحات
# unreviewed
section-parts = أجزاء قائمة هذا القسم
# unreviewed
section-part = الصفحات من { $from } إلى { $to } من أصل { $total }
# unreviewed
section-earlier = صفحات سابقة
# unreviewed
section-later = صفحات لاحقة
# unreviewed
page-new = صفحة جديدة
# unreviewed
page-tree-label = صفحات هذا القسم
# unreviewed
page-tree-more = { $count ->
    [zero] { $count } صفحة أخرى…
    [one] صفحة أخرى…
    [two] صفحتان أخريان…
    [few] { $count } صفحات أخرى…
    [many] { $count } صفحة أخرى…
   *[other] { $count } صفحة أخرى…
}
# unreviewed
page-old-revision = أنت تقرأ المراجعة { $number }، وليست الأحدث.
# unreviewed
page-see-latest = اعرض الأحدث.
# unreviewed
revision-suppressed-notice = هذه النسخة محجوبة: لا يراها إلا المشرفون، في أي مكان.
# unreviewed
revision-suppress = احجب هذه النسخة
# unreviewed
revision-suppress-lede = استخدم هذا حين يكشف هذا النص شيئًا (عنوانًا أو اسمًا). لن يرى هذه النسخة بعد الآن إلا المشرفون: لا في السجل ولا في الفروقات ولا في أحدث التغييرات ولا في الخلاصات ولا في التصديرات. لا يمكن حجب النص المنشور: احذف الجزء المكشوف بتعديل أولًا، ثم احجب كل نسخة أقدم ما زالت تحتويه.
# unreviewed
revision-suppress-reason = السبب (يُحفظ في سجل التدقيق)
# unreviewed
revision-suppress-button = احجب
# unreviewed
problem-revision-is-published = هذا هو النص الذي يراه القرّاء. احذف الجزء المكشوف بتعديل أولًا، ثم احجب هذه النسخة.
# unreviewed
event-revision_suppressed = حُجبت نسخة
# unreviewed
visibility-public = عامة: يستطيع أي أحد قراءتها
# unreviewed
visibility-members = للأعضاء فقط
# unreviewed
visibility-editors = للمحرّرين فقط
# unreviewed
page-edit = تحرير
# unreviewed
page-history = السجل
# unreviewed
page-more-actions = المزيد
# unreviewed
page-toc = المحتويات
# unreviewed
page-licence = هذا النص منشور بموجب
# unreviewed
page-contributors = كتبه
# unreviewed
links-here-title = ما يربط إلى هنا
# unreviewed
links-here-none = لا توجد صفحة تربط إلى هذه الصفحة بعد.
# unreviewed
export-source = أحدث نسخة موجودة على
# unreviewed
page-revision-line = المراجعة
# unreviewed
page-conflict = حفظ شخص آخر هذه الصفحة بينما كنت تحرّرها، وبعض تغييراتك تمسّ الأسطر نفسها. لم يُحفظ شيء. النسختان كلتاهما في النص أدناه بين العلامات <<<<<<< yours و======= و>>>>>>> saved meanwhile: أبقِ ما يلزم، واحذف العلامات، ثم احفظ مجددًا.
# unreviewed
page-conflict-title = وغيّروا العنوان أيضًا إلى:
# unreviewed
page-preview = معاينة
# unreviewed
field-title = العنوان
# unreviewed
field-text = النص
# unreviewed
page-markdown-hint = ماركداون: # للعناوين، **عريض**، *مائل*، [روابط](https://…)، [[عنوان صفحة]] لصفحة أخرى، - للقوائم، | للجداول |، وحواشٍ[^1].
# unreviewed
field-summary = ملخّص تغييرك
# unreviewed
field-visibility = من يستطيع قراءتها
# unreviewed
page-visibility-button = غيّر من يمكنه قراءتها
# unreviewed
page-preview-button = معاينة
# unreviewed
page-save-button = حفظ
# unreviewed
page-exists = توجد صفحة بهذا العنوان في هذا القسم. اختر عنوانًا آخر، أو حرّر تلك الصفحة.
# unreviewed
history-caption = المراجعات، الأحدث أولًا. اختر اثنتين للمقارنة.
# unreviewed
history-from = من
# unreviewed
history-to = إلى
# unreviewed
history-revision = المراجعة
# unreviewed
history-when = حُفظت
# unreviewed
history-who = بواسطة
# unreviewed
history-lines = الأسطر
# unreviewed
history-actions = إجراءات
# unreviewed
history-restore = استعادة
# unreviewed
history-suppressed = محجوبة
# unreviewed
history-compare = قارن
# unreviewed
history-compare-side = قارن جنبًا إلى جنب
# unreviewed
diff-title = التغييرات
# unreviewed
diff-between = بين المراجعتين
# unreviewed
diff-inline = اعرض في عمود واحد
# unreviewed
diff-side = اعرض جنبًا إلى جنب
# unreviewed
diff-title-changed = تغيّر العنوان:
# unreviewed
diff-none = للمراجعتين النص نفسه.
# unreviewed
diff-removed = محذوف:
# unreviewed
diff-added = مضاف:
# unreviewed
diff-line = السطر
# unreviewed
problem-unknown-visibility = اختر من يستطيع القراءة: العامة أو الأعضاء أو المحرّرون.
# unreviewed
problem-title-needs-letters = استخدم حرفًا أو رقمًا واحدًا على الأقل في العنوان.
# unreviewed
problem-conflict-markers = ما زالت في النص علامات تعارض (<<<<<<< و======= و>>>>>>>). أبقِ ما يلزم واحذفها.

# unreviewed
recent-title = أحدث التغييرات
# unreviewed
recent-feed = موجز التغييرات العامة (Atom)
# unreviewed
recent-section = القسم
# unreviewed
recent-all-sections = كل الأقسام
# unreviewed
recent-person = العضو
# unreviewed
recent-filter = اعرض
# unreviewed
recent-none = لا تغييرات مطابقة.
# unreviewed
recent-diff = التغييرات
# unreviewed
recent-new = صفحة جديدة
# unreviewed
nav-recent = أحدث التغييرات

# unreviewed
page-delete = انقل إلى سلة المحذوفات
# unreviewed
page-deleted-while-editing = نقل أحد المحرّرين هذه الصفحة إلى سلة المحذوفات بينما كنت تحرّرها. لم يُحفظ شيء؛ نصّك أدناه لتنسخه أو تطلب من محرّر استعادة الصفحة.
# unreviewed
bin-title = سلة المحذوفات
# unreviewed
bin-lede = صفحات حذفها المحرّرون. استعادة صفحة تعيدها بكامل سجلّها.
# unreviewed
bin-empty = سلة المحذوفات فارغة.
# unreviewed
bin-deleted = حُذفت
# unreviewed
problem-page-has-children = انقل صفحاتها الفرعية أو احذفها أولًا.
# unreviewed
problem-page-parent-deleted = استعد الصفحة التي تقع تحتها أولًا.

# unreviewed
comments-title = النقاش
# unreviewed
comments-none = لا تعليقات بعد.
# unreviewed
comment-edited = عُدّل
# unreviewed
comment-resolved = محلول
# unreviewed
comment-deleted = حُذف هذا التعليق.
# unreviewed
comment-reply = ردّ
# unreviewed
comment-reply-button = ردّ
# unreviewed
comment-edit = تعديل التعليق
# unreviewed
comment-text = التعليق (ماركداون)
# unreviewed
comment-save = احفظ التعليق
# unreviewed
comment-delete = احذف
# unreviewed
comment-resolve = اعتبره محلولًا
# unreviewed
comment-reopen = أعد فتحه
# unreviewed
comment-new = أضف تعليقًا (ماركداون)
# unreviewed
comment-add-button = علّق

# unreviewed
page-move = انقل
# unreviewed
page-move-lede = تنتقل الصفحة مع صفحاتها الفرعية. ويبقى عنوانها القديم صالحًا.
# unreviewed
page-move-parent = تحت أي صفحة
# unreviewed
page-move-top = في أعلى القسم
# unreviewed
page-move-parent-hint = صفحات القسم الحالي لهذه الصفحة؛ لوضعها تحت صفحة من قسم آخر، انقلها إلى ذلك القسم أولًا.
# unreviewed
page-move-taken = توجد في ذلك القسم صفحة بالعنوان نفسه.
# unreviewed
page-earlier = انقل إلى الأعلى
# unreviewed
page-later = انقل إلى الأسفل
# unreviewed
problem-page-under-itself = لا يمكن وضع صفحة تحت نفسها أو تحت صفحاتها الفرعية.

# unreviewed
page-export-markdown = ماركداون
# unreviewed
page-export-html = ملف HTML

# unreviewed
review-title = قائمة المراجعة
# unreviewed
review-lede = تنتظر هنا تعديلات الأعضاء غير الموثوقين بعد؛ ويرى القرّاء آخر نص معتمد حتى يعتمد محرّر التعديل.
# unreviewed
review-empty = لا شيء ينتظر المراجعة.
# unreviewed
review-trust = ثق بهذا العضو أيضًا: لن تحتاج تعديلاته اللاحقة إلى مراجعة
# unreviewed
review-approve = اعتمد
# unreviewed
review-note = سبب الإعادة (يراه الكاتب في السجل)
# unreviewed
review-send-back = أعد إلى الكاتب
# unreviewed
review-superseded = تغيّرت الصفحة في الأثناء؛ راجع أحدث مراجعاتها مجددًا.
# unreviewed
page-pending = مراجعة أحدث تنتظر الاعتماد.
# unreviewed
page-pending-see = اعرضها.
# unreviewed
page-pending-this = هذه المراجعة تنتظر الاعتماد: لا يراها القرّاء بعد.

# unreviewed
labels-title = الوسوم
# unreviewed
labels-none = لا وسوم على أي صفحة بعد.
# unreviewed
field-labels = الوسوم
# unreviewed
field-labels-hint = تفصل بينها فواصل، مثل: تحتاج مراجعة، تمرين، دليل أداة.
# unreviewed
recent-label = الوسم
# unreviewed
page-template = ابدأ من قالب
# unreviewed
page-template-use = استخدمه
# unreviewed
templates-title = القوالب
# unreviewed
templates-lede = يمكن أن تبدأ الصفحات الجديدة من هذه القوالب. ويحدّثها المحرّرون.
# unreviewed
templates-new = قالب جديد
# unreviewed
template-exists = يوجد قالب بهذا الاسم.
# unreviewed
problem-label-characters = استخدم في الوسوم حروفًا وأرقامًا ومسافات وشرطات، مع فواصل بينها.
# unreviewed
problem-too-many-labels = استخدم 12 وسمًا على الأكثر.

# unreviewed
attachments-title = الملفات
# unreviewed
attachment-waiting = بانتظار المراجعة
# unreviewed
attachment-snippet = نص Markdown لعرضه في الصفحة
# unreviewed
review-files = ملفات بانتظار المراجعة
# unreviewed
review-files-page = صفحته
# unreviewed
attachment-file = أرفق ملفًا
# unreviewed
attachment-hint = صور أو PDF أو مستندات مكتبية أو نصوص، حتى { $mib } ميغابايت. تفقد الصور معلومات الموقع والكاميرا والتعليقات وكل ما يُخفى بعد الصورة. تفقد ملفات PDF اسم المؤلف والمنشئ والبرنامج، حتى حين تكون مضغوطة (إلا في ترميزات نادرة). تفقد المستندات المكتبية خصائصها (المؤلف وآخر من عدّلها والمؤسسة والقالب والأوقات)، لكن الأسماء في التعديلات المتعقَّبة والتعليقات داخل النص تبقى: احذفها في برنامجك المكتبي أولًا.
# unreviewed
attachment-upload = أرفق
# unreviewed
attachment-choose = اختر ملفًا لإرفاقه.
# unreviewed
problem-file-kind = أرفق صورًا (PNG وJPEG وGIF وWebP) أو PDF أو مستندات مكتبية أو نصوصًا.
# unreviewed
problem-file-damaged = هذه الصورة تالفة.

# unreviewed
page-watch = تابع
# unreviewed
page-unwatch = أوقف المتابعة
# unreviewed
section-watch = تابع القسم
# unreviewed
section-unwatch = أوقف متابعة القسم
# unreviewed
page-review-by = راجِع هذه النصيحة قبل
# unreviewed
page-review-by-field = المراجعة قبل
# unreviewed
notifications-title = الإشعارات
# unreviewed
notifications-none = لا جديد.
# unreviewed
notifications-read = علِّم الكل كمقروء
# unreviewed
notifications-new = جديد
# unreviewed
notification-page-changed = تغيّرت:
# unreviewed
notification-comment = تعليق جديد على
# unreviewed
notification-review-due = حان وقت مراجعة:
# unreviewed
notification-second-factor-guessing = أدخل أحدهم كلمة مرورك صحيحةً، ثم عدة رموز خاطئة للعامل الثاني. إن لم تكن أنت، فكلمة مرورك معروفة لشخص ما: غيّرها الآن. لن تُفحص الرموز التالية إلا بعد انتظار يطول.
# unreviewed
due-title = صفحات حان وقت مراجعتها
# unreviewed
due-lede = النصائح الأمنية تتقادم. ينبغي مراجعة هذه الصفحات قريبًا، أو كان ينبغي ذلك.
# unreviewed
due-none = لا صفحة يحين وقت مراجعتها خلال الثلاثين يومًا القادمة.
# unreviewed
due-overdue = متأخرة
# unreviewed
problem-date-format = استخدم تاريخًا مثل 2027-03-31.

# unreviewed
page-how-to-contribute = كيف تساهم
# unreviewed
section-licence = ترخيص صفحات هذا القسم
# unreviewed
problem-unknown-licence = اختر CC BY-SA 4.0 أو CC BY 4.0 أو CC0.

# unreviewed
wanted-title = صفحات مطلوبة
# unreviewed
wanted-lede = صفحات يُشار إليها ولم تُكتب بعد. اكتب إحداها: تعمل الروابط فورًا.
# unreviewed
wanted-none = كل الصفحات المشار إليها موجودة.
# unreviewed
wanted-from = مشار إليها من
# unreviewed
wanted-more-pages = { $count ->
    [zero] و{ $count } صفحة أخرى
    [one] وصفحة واحدة أخرى
    [two] وصفحتان أخريان
    [few] و{ $count } صفحات أخرى
    [many] و{ $count } صفحة أخرى
   *[other] و{ $count } صفحة أخرى
}
# unreviewed
wanted-more-titles = { $count ->
    [zero] { $count } صفحة مطلوبة أخرى، مرتبطة من صفحات أقل، غير مدرجة.
    [one] صفحة مطلوبة أخرى، مرتبطة من صفحات أقل، غير مدرجة.
    [two] صفحتان مطلوبتان أخريان، مرتبطتان من صفحات أقل، غير مدرجتين.
    [few] { $count } صفحات مطلوبة أخرى، مرتبطة من صفحات أقل، غير مدرجة.
    [many] { $count } صفحة مطلوبة أخرى، مرتبطة من صفحات أقل، غير مدرجة.
   *[other] { $count } صفحة مطلوبة أخرى، مرتبطة من صفحات أقل، غير مدرجة.
}
# unreviewed
field-language = لغة النص
# unreviewed
problem-unknown-language = اختر إحدى اللغات المدرجة.
# unreviewed
search-syntax = استخدم "علامتي التنصيص" لعبارة، ونجمة لبداية كلمة (secur*)، وعلامة الطرح لاستبعاد كلمة (-android).
# unreviewed
search-facets = تضييق النتائج
# unreviewed
search-incomplete = لا يزال فهرس البحث قيد إعادة البناء بعد ترقية أو استعادة نسخة احتياطية، لذا قد تغيب بعض الصفحات عن هذه النتائج لبضع دقائق.
# unreviewed
search-facet-language = اللغة
# unreviewed
search-facet-section = القسم
# unreviewed
search-facet-label = الوسم
# unreviewed
search-facet-kind = النوع
# unreviewed
search-facet-any = الكل
# unreviewed
search-kind-page = صفحة
# unreviewed
search-kind-comment = تعليق
# unreviewed
search-pages = مزيد من النتائج
# unreviewed
search-previous = النتائج السابقة
# unreviewed
search-next = النتائج التالية
# unreviewed
search-sections = الأقسام
# unreviewed
search-suggestions = اقتراحات

# Security events, by their stable names.
# unreviewed
event-other = حدث أمني
# unreviewed
event-account_created = أُنشئ الحساب
# unreviewed
event-account_deleted = حُذف الحساب
# unreviewed
event-activated = صار عضوًا كامل العضوية
# unreviewed
event-invitation_created = أُنشئت دعوة
# unreviewed
event-invitation_withdrawn = سُحبت دعوة
# unreviewed
event-joined = انضم
# unreviewed
event-passkey_added = أُضيف مفتاح مرور
# unreviewed
event-passkey_removed = أُزيل مفتاح مرور
# unreviewed
event-password_changed = تغيّرت كلمة المرور
# unreviewed
event-password_check_failed = كلمة المرور الحالية خاطئة
# unreviewed
event-policy_changed = تغيّرت السياسة
# unreviewed
event-profile_changed = تغيّر الملف الشخصي
# unreviewed
event-reinstated = أُعيد تفعيله
# unreviewed
event-role_changed = تغيّر الدور
# unreviewed
event-role_lapsed = انتهت مدة الدور
# unreviewed
event-sealing_key_recorded = سُجّل مفتاح الأسرار
# unreviewed
event-second_factor_failed = رمز عامل ثانٍ خاطئ
# unreviewed
event-second_factor_refused = رُفض العامل الثاني
# unreviewed
event-session_revoked = أُنهيت جلسة
# unreviewed
event-sign_in_failed = فشل تسجيل الدخول
# unreviewed
event-sign_in_refused = رُفض تسجيل الدخول
# unreviewed
event-signed_in = سجّل الدخول
# unreviewed
event-signed_in_with_recovery_code = سجّل الدخول برمز استرداد
# unreviewed
event-signed_out = سجّل الخروج
# unreviewed
event-signed_out_everywhere = سجّل الخروج من كل مكان
# unreviewed
event-suspended = أُوقف
# unreviewed
event-totp_enabled = أُضيف تطبيق مصادقة
# unreviewed
event-totp_removed = أُزيل تطبيق مصادقة
# unreviewed
event-vouched = زكّى عضوًا

# Security event details, by their stable names; $role and $roles are already in words.
# unreviewed
event-detail-account_created = أنشأه المشغّل، بدور { $role }
# unreviewed
event-detail-invitation_created = لانضمام { $role } واحد؛ ملاحظة: { $note }
# unreviewed
event-detail-invitation_withdrawn = كانت لانضمام { $role } واحد
# unreviewed
event-detail-joined = انضم بدعوة، بدور { $role }
# unreviewed
event-detail-sign_in_refused = { $why ->
    [locked] أُوقف تسجيل الدخول بكلمة المرور بعد محاولات فاشلة كثيرة
    [suspended] الحساب موقوف
    [passkey] رُفض مفتاح المرور «{ $name }»
   *[waiting] محاولة أثناء الانتظار بعد محاولات فاشلة
  }
# unreviewed
event-detail-sign_in_failed = كلمة مرور خاطئة ({ $count } على التوالي)
# unreviewed
event-detail-second_factor_failed = { $how ->
    [recovery] رمز استرداد خاطئ
   *[code] رمز تطبيق مصادقة خاطئ
  }
# unreviewed
event-detail-second_factor_refused = محاولة أثناء الانتظار بعد رموز خاطئة
# unreviewed
event-detail-password_check_failed = قبل تغيير أمني ({ $count } على التوالي)
# unreviewed
event-detail-signed_in = { $how ->
    [passkey] بمفتاح المرور «{ $name }»
    [code] بكلمة المرور ورمز تطبيق المصادقة
    [recovery] بكلمة المرور ورمز استرداد
    [passkey-second] بكلمة المرور ومفتاح مرور
   *[password] بكلمة المرور
  }
# unreviewed
event-detail-totp_enabled = صدرت { $codes } رموز استرداد
# unreviewed
event-detail-passkey_added = «{ $name }»{ $codes ->
    [none] {""}
   *[other] ؛ صدرت { $codes } رموز استرداد
  }
# unreviewed
event-detail-passkey_removed = «{ $name }»
# unreviewed
event-detail-policy_changed = العامل الثاني مطلوب لـ: { $roles }
# unreviewed
event-detail-nobody = لا أحد
# unreviewed
event-detail-signed_out_everywhere = { $which ->
    [others] كل الجلسات الأخرى
   *[all] كل الجلسات
  }
# unreviewed
event-detail-role_changed = { $until ->
    [none] { $role }
   *[other] { $role } حتى { $until }
  }
# unreviewed
event-detail-role_lapsed = انتهى دور { $role } في { $until }
# unreviewed
event-detail-reinstated = { $how ->
    [role] وافق عليه المشغّل بإعطائه دورًا
   *[other] أُعيد تفعيله
  }
# unreviewed
event-detail-suspended = السبب: { $reason }
# unreviewed
event-detail-vouched = زكّاه { $handle }
# unreviewed
event-detail-activated = { $count } تزكيات
# unreviewed
event-detail-sealing_key_recorded = الأسرار مختومة بمفتاح محفوظ خارج قاعدة البيانات
# unreviewed
event-detail-account_deleted = حذف عضو حسابه
# unreviewed
event-detail-revision_suppressed = النسخة { $revision } من { $page }: { $reason }

# The hub's status page (administrators): followers of the change log and failed jobs.
# unreviewed
admin-status-title = العمل الجاري في الخلفية
# unreviewed
admin-status-lede = بعد كل تغيير، يحدّث المركز فهرس البحث ويُعلم المتابعين في الخلفية. هنا ترى إلى أين وصل كل منهما وهل فشل شيء.
# unreviewed
admin-status-followers = أعمال تتبع كل تغيير
# unreviewed
admin-status-failed-jobs = مهام فشلت نهائيًا
# unreviewed
admin-status-no-failed-jobs = لم تفشل أي مهمة.
# unreviewed
admin-status-no-error = لا شيء
# unreviewed
column-follower = العمل
# unreviewed
column-applied-up-to = أُنجز حتى التغيير
# unreviewed
column-behind = تغييرات تنتظر
# unreviewed
column-last-error = آخر خطأ
# unreviewed
column-job = المهمة
# unreviewed
column-attempts = المحاولات
# unreviewed
follower-search = فهرس البحث
# unreviewed
follower-notifications = إشعارات المتابعين
# unreviewed
job-prune_finished_jobs = تنظيف المهام المنتهية وخطوات الدخول المنتهية الصلاحية
# unreviewed
job-lapse_role_terms = إنهاء الأدوار التي انتهت مدتها
# unreviewed
job-remind_reviews = تذكير المتابعين بالصفحات التي حان وقت مراجعتها
# unreviewed
job-unknown = مهمة لا يعرفها هذا الإصدار

# unreviewed
month-1 = يناير
# unreviewed
month-2 = فبراير
# unreviewed
month-3 = مارس
# unreviewed
month-4 = أبريل
# unreviewed
month-5 = مايو
# unreviewed
month-6 = يونيو
# unreviewed
month-7 = يوليو
# unreviewed
month-8 = أغسطس
# unreviewed
month-9 = سبتمبر
# unreviewed
month-10 = أكتوبر
# unreviewed
month-11 = نوفمبر
# unreviewed
month-12 = ديسمبر
# unreviewed
date-time = { $day } { $month } { $year }، { $time } (UTC)

# unreviewed
page-translate = ترجمة
# unreviewed
page-languages = هذه الصفحة بلغات أخرى
# unreviewed
translation-of = ترجمة لصفحة
# unreviewed
translation-update = حدّث الترجمة
# unreviewed
translation-review-button = علّمها كمراجَعة من مترجم ثانٍ
# unreviewed
translation-state-missing = غير موجودة
# unreviewed
translation-state-draft = مسودة
# unreviewed
translation-state-outdated = قديمة
# unreviewed
translation-state-up-to-date = محدّثة
# unreviewed
translation-state-reviewed = مراجَعة
# unreviewed
translate-choose-lede = اختر اللغة التي تترجم إليها هذه الصفحة. تبقى ترجمتك مرتبطة بها: عندما تتغير، تُعلَّم لك الفقرات التي تغيرت.
# unreviewed
translate-lede = كل فقرة من الأصل بجانب ترجمتها. ترجم ما تستطيع: الفقرة التي تُترك فارغة تُظهر للقراء كلمات الأصل حتى يترجمها أحد.
# unreviewed
translate-changed-count = { $count ->
    [zero] لم تتغير أي فقرة من الأصل منذ إعداد هذه الترجمة.
    [one] تغيّرت فقرة واحدة من الأصل منذ إعداد هذه الترجمة: إنها معلَّمة.
    [two] تغيّرت فقرتان من الأصل منذ إعداد هذه الترجمة: إنهما معلَّمتان.
    [few] تغيّرت { $count } فقرات من الأصل منذ إعداد هذه الترجمة: إنها معلَّمة.
    [many] تغيّرت { $count } فقرة من الأصل منذ إعداد هذه الترجمة: إنها معلَّمة.
   *[other] تغيّرت { $count } فقرة من الأصل منذ إعداد هذه الترجمة: إنها معلَّمة.
}
# unreviewed
translate-changed = تغيّرت في الأصل
# unreviewed
translate-was = ما كانت تقوله من قبل
# unreviewed
translate-paragraph-label = ترجمة الفقرة { $number }
# unreviewed
translate-empty-hint = أبقِ صياغة Markdown كما في الأصل: # العناوين، **الخط العريض**، [الروابط](…) و[[عناوين الصفحات]] (اكتب عنوان الصفحة بلغتك إن وُجدت).
# unreviewed
translate-draft = لم تكتمل بعد: أبقها مسودة
# unreviewed
translate-save = احفظ الترجمة
# unreviewed
translations-title = الترجمات
# unreviewed
translations-lede = إلى أين وصلت كل لغة: صفحات تنتظر الترجمة، وترجمات يجب تحديثها بعد تغيّر أصلها، وتلك التي راجعها مترجم ثانٍ.
# unreviewed
translations-language = اللغة
# unreviewed
translations-show = اعرض
# unreviewed
translations-none = لا توجد بعد صفحات يمكن ترجمتها إلى هذه اللغة.
# unreviewed
translations-done = مترجمة ومحدّثة:
# unreviewed
translations-by-section = الترجمات حسب القسم
# unreviewed
translations-done-column = أُنجز
# unreviewed
translations-next = للترجمة تاليًا
# unreviewed
translations-next-none = لا شيء ينتظر: كل الصفحات مترجمة ومحدّثة.
# unreviewed
translations-behind = { $count ->
    [zero] لم يتغير الأصل منذئذ
    [one] تغيّر الأصل مرة واحدة منذئذ
    [two] تغيّر الأصل مرتين منذئذ
    [few] تغيّر الأصل { $count } مرات منذئذ
    [many] تغيّر الأصل { $count } مرة منذئذ
   *[other] تغيّر الأصل { $count } مرة منذئذ
}
# unreviewed
translations-linked-from = { $count ->
    [zero] لا ترتبط بها أي صفحة
    [one] ترتبط بها صفحة واحدة
    [two] ترتبط بها صفحتان
    [few] ترتبط بها { $count } صفحات
    [many] ترتبط بها { $count } صفحة
   *[other] ترتبط بها { $count } صفحة
}
# unreviewed
problem-translation-own-review = يراجع الترجمةَ مترجمٌ ثانٍ، لا من كتبها.
# unreviewed
problem-translation-same-language = لا تُترجم الصفحة إلى اللغة المكتوبة بها.
# unreviewed
percent = { $value }٪
# unreviewed
translations-done-figure = { $done } من { $total } ({ $percent })

# unreviewed
glossary-title = المسرد
# unreviewed
glossary-lede = الكلمات التي يترجمها هذا المجتمع بطريقة واحدة، كي تقولها كل الصفحات بالشكل نفسه. يعرض محرر الترجمة بجانب كل فقرة المصطلحات التي تحتويها.
# unreviewed
glossary-none = لا توجد مصطلحات بعد.
# unreviewed
glossary-add-title = أضف مصطلحًا أو غيّره
# unreviewed
glossary-keep = أبقه كما هو (اسم، أداة)
# unreviewed
glossary-kept = يبقى كما هو
# unreviewed
glossary-save = احفظ المصطلح
# unreviewed
glossary-remove = أزل
# unreviewed
field-term = المصطلح
# unreviewed
field-translation = الترجمة
# unreviewed
translate-terms = من المسرد
# unreviewed
translate-suggestions = تُرجم من قبل
# unreviewed
translate-claim = أنا أترجم هذه الصفحة (ليومين)
# unreviewed
translate-release = توقفت عن ترجمة هذه الصفحة
# unreviewed
translate-claimed-by = يترجم { $handle } هذه الصفحة حتى { $date }.
# unreviewed
translate-claimed-you = أنت تترجم هذه الصفحة حتى { $date }.
# unreviewed
sections-translations = العنوان والوصف بلغات أخرى
# unreviewed
sections-translations-hint = يرى قراء كل لغة عنوانها ووصفها بدلًا من عنوان القسم ووصفه الأصليين. اترك العنوان فارغًا لإزالتهما.
# unreviewed
translate-use = استخدمها

# unreviewed
nav-discussion = النقاش
# unreviewed
discussion-title = النقاش
# unreviewed
discussion-lede = مواضيع مرتبة في فئات: اقرأها واكتب فيها هنا، وقريبًا بالبريد أيضًا.
# unreviewed
discussion-none = لا توجد فئة مفتوحة لك بعد.
# unreviewed
discussion-threads = { $count ->
    [zero] لا مواضيع
    [one] موضوع واحد
    [two] موضوعان
    [few] { $count } مواضيع
    [many] { $count } موضوعًا
   *[other] { $count } موضوع
}
# unreviewed
discussion-latest = آخر مشاركة
# unreviewed
discussion-older = مواضيع أقدم
# unreviewed
former-member = عضو سابق
# unreviewed
category-new = فئة جديدة
# unreviewed
category-settings = إعدادات الفئة
# unreviewed
category-save = احفظ الفئة
# unreviewed
category-watch = تابع هذه الفئة
# unreviewed
category-unwatch = أوقف المتابعة
# unreviewed
category-no-threads = لا يوجد موضوع بعد.
# unreviewed
category-readers-public = يستطيع أي شخص قراءتها، سواء سجّل دخوله أم لا.
# unreviewed
category-readers-members = يستطيع الأعضاء قراءتها.
# unreviewed
category-readers-roles = لا يقرؤها إلا: { $roles }.
# unreviewed
category-readers-chosen-roles = الأدوار المحددة أدناه فقط
# unreviewed
category-slug-hint = جزء من عنوانها، ولاحقًا من عنوان بريدها: حروف صغيرة وأرقام تفصل بينها شرطات، مثل ask-the-community.
# unreviewed
category-starters-readers = كل من يقرؤها
# unreviewed
category-starters-facilitators = الميسّرون فقط (إعلانات)
# unreviewed
category-moderation-first-posts = تنتظر أول مشاركة للعضو ميسّرًا
# unreviewed
category-moderation-all = تنتظر كل مشاركة ميسّرًا
# unreviewed
category-moderation-none = لا تنتظر أي مشاركة
# unreviewed
field-category-name = الاسم
# unreviewed
field-category-slug = الاسم المختصر
# unreviewed
field-category-description = الغرض منها
# unreviewed
field-category-readers = من يستطيع قراءتها
# unreviewed
field-starters = من يستطيع بدء المواضيع
# unreviewed
field-moderation = الإشراف
# unreviewed
field-moderation-note = ملاحظة
# unreviewed
field-thread-title = العنوان
# unreviewed
field-post = مشاركتك (Markdown)
# unreviewed
thread-new = ابدأ موضوعًا
# unreviewed
thread-start = ابدأ الموضوع
# unreviewed
thread-posts = { $count ->
    [zero] لا مشاركات
    [one] مشاركة واحدة
    [two] مشاركتان
    [few] { $count } مشاركات
    [many] { $count } مشاركة
   *[other] { $count } مشاركة
}
# unreviewed
thread-solved = محلول
# unreviewed
thread-locked = مقفل
# unreviewed
thread-mute = اكتم هذا الموضوع
# unreviewed
thread-unmute = ألغِ الكتم
# unreviewed
thread-lock = أقفل
# unreviewed
thread-unlock = افتح
# unreviewed
thread-reply = ردّ
# unreviewed
thread-reply-button = انشر الرد
# unreviewed
thread-locked-notice = هذا الموضوع مقفل: لا يكتب فيه إلا الميسّرون.
# unreviewed
post-held = بانتظار ميسّر
# unreviewed
post-rejected = لم تُنشر
# unreviewed
post-rejected-note = ملاحظة من ميسّر:
# unreviewed
post-edited = معدّلة
# unreviewed
post-solution = الإجابة
# unreviewed
post-quoting = ردًا على
# unreviewed
post-deleted = حُذفت هذه المشاركة.
# unreviewed
post-quote = اقتبس وردّ
# unreviewed
post-edit = عدّل المشاركة
# unreviewed
post-edit-hint = يستطيع القرّاء رؤية ما كانت تقوله المشاركة قبل كل تعديل.
# unreviewed
post-back = عد إلى الموضوع
# unreviewed
post-mark-solution = حدّدها إجابةً
# unreviewed
post-unmark-solution = ليست الإجابة
# unreviewed
post-history = نسخ سابقة من مشاركة
# unreviewed
post-history-now = الآن
# unreviewed
post-history-until = حتى
# unreviewed
moderation-title = مشاركات بانتظار ميسّر
# unreviewed
moderation-lede = وافق على مشاركة لنشرها، أو ارفضها مع ملاحظة لا يراها إلا كاتبها. يُسجَّل كل قرار.
# unreviewed
moderation-none = لا شيء بالانتظار.
# unreviewed
moderation-starts = يبدأ
# unreviewed
moderation-replies = يردّ في
# unreviewed
moderation-note = ملاحظة للكاتب (اختيارية)
# unreviewed
moderation-approve = وافق
# unreviewed
moderation-reject = ارفض
# unreviewed
notification-post = مشاركة جديدة في
# unreviewed
problem-category-no-roles = حدّد دورًا واحدًا على الأقل يستطيع قراءة الفئة.
# unreviewed
problem-category-readers = اختر من يستطيع قراءة الفئة.
# unreviewed
problem-category-slug-taken = هذا الاسم المختصر لفئة أخرى.
# unreviewed
problem-unknown-starters = اختر من يستطيع بدء المواضيع.
# unreviewed
problem-unknown-moderation = اختر طريقة الإشراف على المشاركات.

# unreviewed
field-delivery = بالبريد
# unreviewed
delivery-every = كل مشاركة
# unreviewed
delivery-web = لا شيء: أقرأ على الويب
# unreviewed
delivery-save = احفظ
# unreviewed
delivery-to = يذهب البريد إلى
# unreviewed
delivery-no-address = ليس في حسابك عنوان بريد مؤكد بعد، لذلك لا يُرسل إليك شيء بالبريد.
# unreviewed
unsubscribe-title = إيقاف بريد فئة
# unreviewed
unsubscribe-lede = هل تريد التوقف عن تلقي مشاركات «{ $category }» بالبريد؟ يمكنك متابعة قراءتها على الويب، واختيار البريد مجددًا من صفحة الفئة.
# unreviewed
unsubscribe-button = أوقف البريد
# unreviewed
unsubscribe-done = تم: لم تعد مشاركات «{ $category }» تُرسل إليك بالبريد.
# unreviewed
mail-read-on-web = اقرأ الموضوع وردّ على الويب
# unreviewed
mail-stop = أوقف هذه الرسائل
# unreviewed
follower-mail = البريد إلى الأعضاء الذين يتابعون بالبريد
# unreviewed
job-deliver_post = إرسال مشاركة إلى عضو بالبريد
# unreviewed
job-confirm_address = إرسال رابط لتأكيد عنوان
# unreviewed
field-email = عنوان البريد
# unreviewed
problem-unknown-delivery = اختر كل مشاركة، أو ملخصًا يوميًا، أو لا شيء بالبريد.
# unreviewed
problem-email-address = استخدم عنوانًا مثل name@example.org.

# unreviewed
email-title = عنوان البريد
# unreviewed
email-lede = حيث يرسل المركز مشاركات النقاش التي تتابعها بالبريد. لا يراه غيرك وغير المركز؛ ولا يراه الأعضاء الآخرون أبدًا.
# unreviewed
email-current = يذهب البريد إلى
# unreviewed
email-none = ليس لديك عنوان بريد هنا.
# unreviewed
email-requested = أُرسل رابط إلى { $address }: يصبح العنوان لك حين تفتحه.
# unreviewed
email-sent = أرسلنا رابطًا إلى { $address }. افتحه خلال يومين لتأكيد العنوان.
# unreviewed
email-hub-sends-none = لا يرسل هذا المركز بريدًا: نقاشه على الويب فقط.
# unreviewed
email-hint = اتركه فارغًا لإزالة عنوانك.
# unreviewed
email-button = احفظ العنوان
# unreviewed
email-confirm-title = تأكيد عنوان بريد
# unreviewed
email-confirm-lede = اضغط الزر لتأكيد أن هذا العنوان لك.
# unreviewed
email-confirm-button = أكّد العنوان
# unreviewed
email-confirmed = تم التأكيد: يذهب البريد الآن إلى { $address }.
# unreviewed
mail-confirm-subject = أكّد عنوانك في { $community }
# unreviewed
mail-confirm-body = طلب شخص مسجّل الدخول باسم { $handle } أن يتلقى هذا العنوان بريد المركز. افتح هذا الرابط لتأكيده (يعمل يومين):
# unreviewed
mail-confirm-not-you = إن لم تكن أنت، فلا تفعل شيئًا: بدون الرابط لا يصل شيء إلى هذا العنوان.
# unreviewed
event-email_changed = تأكيد عنوان البريد
# unreviewed
event-email_removed = إزالة عنوان البريد
# unreviewed
problem-email-unusable = لا يمكن استخدام هذا العنوان. اختر غيره.
# unreviewed
post-folded = النص المقتبس والتوقيع
# unreviewed
delivery-digest = ملخص واحد يوميًا
# unreviewed
mail-digest-author = الملخص اليومي
# unreviewed
mail-digest-subject = ملخص { $date }
# unreviewed
job-send_digests = إعداد الملخصات اليومية
# unreviewed
job-deliver_digest = إرسال ملخص يومي إلى عضو
# unreviewed
email-stopped = عاد البريد إلى هذا العنوان دون تسليم ثلاث مرات متتالية، فتوقف المركز عن الإرسال إليه. احفظ العنوان مجددًا (أو غيره) وافتح الرابط الذي نرسله لتستأنف.
# unreviewed
notification-mail-stopped = يعود البريد إلى عنوانك دون تسليم مرة بعد مرة، فتوقف المركز عن الإرسال إليه.
