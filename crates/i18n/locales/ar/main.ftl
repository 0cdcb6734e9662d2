# نصوص الواجهة بالعربية. ما ينقص هنا يظهر بالإنجليزية.
language-name = العربية

skip-to-content = انتقل إلى المحتوى
search-label = ابحث في المركز
search-button = بحث
language-label = اللغة
language-button = تغيير
nav-account = الحساب
nav-sign-in = تسجيل الدخول
nav-home = الرئيسية
nav-site = الموقع
nav-wiki = الويكي
nav-members = الأعضاء
nav-notifications = الإشعارات
nav-review = المراجعة
nav-admin = الإدارة
breadcrumbs-label = أنت هنا
footer-licence = ما لم تذكر الصفحة غير ذلك، يُشارَك محتواها بموجب رخصة
footer-powered = يعمل على «برايد»، برنامج حر لمجتمعات الممارسة.

home-lede = مركز معرفة مشترك للأمن التنظيمي الشامل: الرقمي والجسدي والقانوني والرفاه معًا. يكتبه ممارسون وممارسات، من أجل الأشخاص والمنظمات الذين يرافقونهم.
home-empty = لا توجد أقسام في هذا المركز بعد.
group-phase = مراحل الدعم
group-practice = في كل المراحل
group-community = مجتمعنا

section-no-pages = لم تُكتب أي صفحات في هذا القسم بعد.
sections-title = الأقسام
sections-lede = الأقسام هي المستوى الأعلى في المركز. ترتيبها هنا هو ترتيبها في الصفحة الرئيسية داخل كل مجموعة. يبقى عنوان القسم كما هو عند إعادة تسميته.
sections-move-up = انقل لأعلى
sections-move-down = انقل لأسفل
sections-remove = أزل
sections-describe = العنوان والوصف والمجموعة
sections-field-summary = الوصف
sections-field-group = يُدرج تحت
sections-new = قسم جديد
sections-add = أضف القسم
sections-manage = إدارة الأقسام
problem-section-not-empty = ما زال هذا القسم يضم صفحات. انقلها إلى قسم آخر أولًا، واستعد ما في سلة المحذوفات منها.
pager-label = أقسام أخرى
pager-previous = السابق:
pager-next = التالي:

search-title = بحث
search-hint = اكتب كلمة أو كلمتين في مربع البحث أعلاه.
search-result-count = { $count ->
    [0] لم يُعثر على شيء.
    [one] نتيجة واحدة.
    [two] نتيجتان.
    [few] { $count } نتائج.
   *[other] { $count } نتيجة.
}

sign-in-title = تسجيل الدخول
sign-in-invitation-only = العضوية في هذا المركز بالدعوة: يزكّي أحد الأعضاء كل قادم جديد.

error-reference = مرجع للمشغّلين:
error-status = الحالة
error-home = اذهب إلى الصفحة الرئيسية
error-400-title = تعذّر فهم هذا الطلب
error-400-text = هناك شيء ناقص أو غير سليم في الطلب. ارجع وتحقق مما أدخلته ثم حاول مجددًا.
error-403-title = غير مسموح
error-403-text = لا يمكنك فعل ذلك هنا. إن وصلت من رابط في موقع آخر، فادخل إلى هذا المركز مباشرة وحاول مجددًا.
error-403-pending-text = عضويتك بانتظار الموافقة. إلى أن تتم الموافقة عليها (أو يزكّيك عضو ثانٍ حيث يطلب المجتمع ذلك)، يمكنك القراءة دون تغيير أي شيء.
error-403-second-factor-text = أحد أدوارك يتطلب عاملًا ثانيًا. أعدّ تطبيق مصادقة من صفحة حسابك، ثم حاول مجددًا.
error-403-role-text = دورك لا يسمح بهذا. إن رأيت أنه ينبغي أن يسمح، فاسأل أحد المسؤولين.
error-404-title = الصفحة غير موجودة
error-404-text = لا يوجد شيء على هذا العنوان. ربما نُقل، أو أن الرابط مكتوب بشكل خاطئ.
error-405-title = غير ممكن هنا
error-405-text = هذا العنوان لا يقبل هذا النوع من الطلبات.
error-409-title = تغيّر في الأثناء
error-409-text = غيّر أحدهم هذا بينما كنت تعمل عليه. ارجع وأعد تحميل الصفحة لترى أحدث نسخة، ثم حاول مرة أخرى.
error-413-title = أكبر من اللازم
error-413-text = ما أرسلته أكبر مما يقبله هذا المركز.
error-422-title = تعذّر فهم هذا الطلب
error-422-text = هناك شيء ناقص أو غير سليم في النموذج. ارجع وتحقق مما أدخلته ثم حاول مجددًا.
error-500-title = حدث خطأ من جهتنا
error-500-text = ليس الخطأ خطأك. حاول مجددًا بعد قليل؛ وإن تكرر ذلك، فأعطِ المشغّلين المرجع أدناه.
error-503-title = غير متاح مؤقتًا
error-503-text = لا يستطيع المركز الرد الآن. حاول مجددًا بعد بضع دقائق.

nav-sign-out = تسجيل الخروج
field-handle = الاسم المستعار
field-password = كلمة المرور
field-display-name = الاسم المعروض
field-pronouns = الضمائر
field-languages = اللغات التي تتحدثها
field-region = المنطقة
sign-in-button = تسجيل الدخول
sign-in-failed = لم ينجح ذلك. تحقق من اسمك المستعار وكلمة المرور. بعد عدة محاولات فاشلة، ينتظر تسجيل الدخول بضع دقائق قبل المحاولة مجددًا.

join-title = انضم إلى المجتمع
join-invited-by = دعاك { $handle } وهو يزكّيك.
join-invited = لقد تلقيت دعوة للانضمام.
join-handle-hint = الاسم الذي يراه الآخرون. الاسم المستعار مرحّب به. حروف وأرقام من أبجدية واحدة، بينها . أو _ أو -.
join-password-hint = ‏15 حرفًا على الأقل. بضع كلمات عادية تصنع كلمة مرور قوية يسهل تذكرها.
join-optional = اختياري: شارك فقط ما تريد أن يراه الآخرون
join-accept = قرأت وأقبل
join-guidelines-link = إرشادات المجتمع ومدونة السلوك
join-button = انضم
join-handle-taken = هذا الاسم المستعار مستخدم. اختر اسمًا آخر من فضلك.
join-closed-title = لا يمكن استخدام هذه الدعوة
join-closed-used = استُخدمت من قبل. كل دعوة تقبل شخصًا واحدًا.
join-closed-expired = انتهت صلاحيتها، أو سحبها العضو الذي أرسلها.
join-closed-unknown = لا توجد دعوة على هذا العنوان. تأكد من نسخ الرابط كاملًا.
join-closed-next = اطلب دعوة جديدة من العضو الذي دعاك.

welcome-title = أهلًا بك
welcome-lede = أصبحت الآن عضوًا. خذ وقتك في التعرف على المكان؛ لا أحد ينتظر منك أن تساهم فورًا.
welcome-guidelines = اقرأ كيف نعمل معًا
welcome-explore = استكشف المركز
welcome-account = حسابك وأمانه

account-title = حسابك
profile-title = ملفك الشخصي
profile-lede = ما يراه الأعضاء الآخرون بجانب اسمك في قائمة الأعضاء. كل جزء اختياري: شارك فقط ما ترتاح لمشاركته.
profile-saved = حُفظ ملفك الشخصي.
invite-open-title = دعوات ما زالت مفتوحة
invite-open-none = لا توجد دعوة تنتظر الاستخدام.
invite-open-expires = صالحة حتى
invite-open-by = أنشأها { $handle }
invite-withdraw = اسحب
account-handle = مسجّل الدخول باسم
account-roles = الأدوار:
account-sessions-link = أين سجّلت الدخول
account-invite-link = ادعُ شخصًا تثق به
account-events = أحداث الأمان الأخيرة
column-when = متى
column-event = الحدث
column-detail = التفاصيل
column-device = المتصفح
column-opened = سُجّل الدخول
column-last-seen = آخر نشاط
column-actions = إجراءات

sessions-title = أين سجّلت الدخول
sessions-lede = إن لم تتعرف على جلسة، فأنهِها وغيّر كلمة المرور.
sessions-this-one = هذه
sessions-revoke = إنهاء
sessions-revoke-others = سجّل الخروج من كل مكان آخر

invite-title = ادعُ شخصًا
invite-lede = الدعوة تزكية منك: لا تدعُ إلا من تعرفهم وتثق بهم للعمل مع المعرضين للخطر. يعمل الرابط مرة واحدة، لمدة سبعة أيام.
invite-note = من هذا الشخص، ولماذا تدعوه؟ (تُحفظ في السجل)
invite-role = الدور عند الانضمام
invite-button = أنشئ الدعوة
invite-too-many = لديك أكبر عدد مسموح به من الدعوات المفتوحة. انتظر حتى تُستخدم إحداها أو تنتهي صلاحيتها.
invite-created-title = أُنشئت الدعوة
invite-created-lede = أرسل هذا الرابط إلى الشخص عبر قناة تثق بها. لن يظهر إلا مرة واحدة.
invite-link = رابط الدعوة
invite-expires = يعمل حتى { $date }.

account-two-factor-link = العامل الثاني (تطبيق المصادقة، مفاتيح المرور)
field-code = الرمز
field-current-password = كلمة المرور الحالية
sign-in-code-title = خطوة أخيرة
sign-in-code-lede = أدخل الرمز المكوّن من ستة أرقام من تطبيق المصادقة.
sign-in-code-hint = فقدت جهازك؟ أدخل أحد رموز الاسترداد بدلًا منه.
sign-in-code-wrong = { $tries ->
    [one] لم ينجح هذا الرمز. بقيت محاولة واحدة، ثم ستحتاج إلى كلمة المرور من جديد.
    [two] لم ينجح هذا الرمز. بقيت محاولتان، ثم ستحتاج إلى كلمة المرور من جديد.
   *[other] لم ينجح هذا الرمز. بقيت { $tries } محاولات، ثم ستحتاج إلى كلمة المرور من جديد.
}
sign-in-code-wait = { $minutes ->
    [one] رموز خاطئة كثيرة لهذا الحساب. انتظر دقيقة، ثم حاول مجددًا.
    [two] رموز خاطئة كثيرة لهذا الحساب. انتظر دقيقتين، ثم حاول مجددًا.
    [few] رموز خاطئة كثيرة لهذا الحساب. انتظر { $minutes } دقائق، ثم حاول مجددًا.
   *[other] رموز خاطئة كثيرة لهذا الحساب. انتظر { $minutes } دقيقة، ثم حاول مجددًا.
}
sign-in-code-recovery-lede = أو أدخل أحد رموز الاسترداد الخاصة بك.
sign-in-code-passkey = استخدم مفتاح المرور
sign-in-code-or-code = أو استخدم رمزًا
passkey-use-button = استخدم مفتاح المرور الخاص بي
passkey-browser-failed = لم يستجب مفتاح المرور، أو أُلغي الطلب. اضغط الزر للمحاولة مرة أخرى.
passkey-wrong-address = تعمل مفاتيح المرور على العنوان العام لهذا المركز فقط، { $address }، وهذه الصفحة مفتوحة على عنوان آخر. افتح المركز على { $address } لاستخدام مفتاح مرور.
passkey-needs-javascript = تحتاج مفاتيح المرور إلى جافاسكربت في هذا المتصفح. كلمة المرور والرموز تعمل بدونها.
passkey-sign-in-button = تسجيل الدخول بمفتاح مرور
passkey-sign-in-title = تسجيل الدخول بمفتاح مرور
passkey-sign-in-lede = اضغط الزر واختر مفتاح المرور الخاص بهذا المركز. سيطلب جهازك رقم التعريف الشخصي أو البصمة أو الوجه.
passkey-add-title = إضافة مفتاح مرور
passkey-add-lede = اضغط الزر واتبع متصفحك: سينشئ مفتاح مرور على هذا الجهاز أو على مفتاح أمان، محميًا برقم التعريف الشخصي أو البصمة أو الوجه.
passkey-already-registered = مفتاح المرور هذا مسجّل من قبل.
passkeys-title = مفاتيح المرور
passkeys-lede = يتيح لك مفتاح المرور تسجيل الدخول بقفل شاشة هذا الجهاز أو بمفتاح أمان دون كلمة المرور، ويصلح أيضًا خطوةً ثانية بعد كلمة المرور. لا تستطيع مواقع التصيّد استخدامه.
passkeys-name = الاسم
passkeys-name-hint = لتميّز بين مفاتيح المرور، مثل «الحاسوب المحمول» أو «المفتاح الأزرق».
passkeys-added = أُضيف
passkeys-last-used = آخر استخدام
passkeys-never = أبدًا
passkeys-remove-title = إزالة مفتاح مرور
passkeys-add-title = إضافة مفتاح مرور
passkeys-add-button = إضافة مفتاح مرور
passkeys-unavailable = تحتاج مفاتيح المرور إلى الوصول إلى هذا المركز باسم (عنوانه العام عنوان IP).
problem-passkey-failed = لم يستجب مفتاح المرور كما هو متوقع. حاول مرة أخرى.
problem-passkey-wrong-address = فُتحت هذه الصفحة على عنوان غير العنوان العام للمركز، لذا لا تعمل مفاتيح المرور هنا. افتح المركز على عنوانه العام (يضبطه المشغّل في ⁨public_url⁩) وحاول مرة أخرى.
problem-passkeys-unavailable = تحتاج مفاتيح المرور إلى الوصول إلى هذا المركز باسم، لا بعنوان IP.
two-factor-title = العامل الثاني
two-factor-on = يحمي تطبيق مصادقة حسابك: يتطلب تسجيل الدخول كلمة المرور ورمزًا من التطبيق.
two-factor-off = أضف تطبيق مصادقة (مثل Aegis أو FreeOTP أو أي تطبيق يقرأ رموز TOTP) كي لا تكفي كلمة مرور مسروقة وحدها لفتح حسابك.
two-factor-codes-left = { $count ->
    [zero] لا توجد رموز استرداد غير مستخدمة.
    [one] بقي رمز استرداد واحد غير مستخدم.
    [two] بقي رمزا استرداد غير مستخدمين.
    [few] بقيت { $count } رموز استرداد غير مستخدمة.
   *[other] بقي { $count } رمز استرداد غير مستخدم.
}
two-factor-start-button = أضف تطبيق مصادقة
two-factor-remove-title = أزل تطبيق المصادقة
two-factor-remove-button = إزالة
two-factor-enrol-title = أضف تطبيق المصادقة
two-factor-enrol-scan = امسح هذا الرمز بالتطبيق:
two-factor-qr-alt = رمز QR يحمل سرّ المصادقة الخاص بك
two-factor-enrol-type = أو اكتب هذا السرّ في التطبيق:
two-factor-enrol-confirm = أدخل الرمز الذي يظهره التطبيق الآن، للتأكيد.
two-factor-confirm-button = تأكيد
two-factor-codes-title = رموز الاسترداد
two-factor-codes-lede = كل رمز يتيح لك تسجيل الدخول مرة واحدة إن فقدت جهازك. اكتبها أو اطبعها الآن واحفظها في مكان آمن: لن تظهر مرة أخرى.

members-title = دليل الأعضاء
members-lede = لا يظهر الأعضاء هنا إلا ما اختاروا مشاركته عند الانضمام.
members-filter-language = اللغة
members-filter-region = المنطقة
members-filter-button = تصفية
members-none = لا يوجد عضو مطابق.
admin-members-title = إدارة الأعضاء
admin-members-lede = تُسجَّل تغييرات الأدوار والإيقافات في سجل التدقيق وتُنهي جلسات العضو.
column-member = العضو
column-status = الحالة
column-roles = الأدوار
admin-role-label = الدور
admin-until-label = اليوم الأخير (اختياري)
admin-role-button = عيّن الدور
admin-reason-label = السبب (يُحفظ في السجل)
admin-suspend-button = إيقاف
admin-reinstate-button = إعادة التفعيل

password-title = غيّر كلمة المرور
field-new-password = كلمة المرور الجديدة
password-sign-out-elsewhere = سجّل الخروج من كل مكان آخر
password-button = غيّر كلمة المرور
password-changed = تم تغيير كلمة المرور.

admin-approve-button = موافقة
admin-audit-title = أحداث الأمان لكل الأعضاء
account-pending = عضويتك بانتظار الموافقة. يمكنك قراءة كل ما يقرؤه الأعضاء، وستتمكن من الكتابة والتعليق والدعوة بعد الموافقة.
role-member = عضو
role-editor = محرر
role-facilitator = ميسّر
role-response_team = فريق الاستجابة
role-admin = مسؤول
account-failed-attempts = { $count ->
    [one] كانت هناك محاولة فاشلة واحدة لتسجيل الدخول إلى حسابك منذ آخر مرة سجّلت فيها الدخول. إن لم تكن أنت، فربما يحاول أحدهم تخمين كلمة المرور: أضف عاملًا ثانيًا.
    [two] كانت هناك محاولتان فاشلتان لتسجيل الدخول إلى حسابك منذ آخر مرة سجّلت فيها الدخول. إن لم تكن أنت، فربما يحاول أحدهم تخمين كلمة المرور: أضف عاملًا ثانيًا.
   *[other] كانت هناك { $count } محاولات فاشلة لتسجيل الدخول إلى حسابك منذ آخر مرة سجّلت فيها الدخول. إن لم تكن أنت، فربما يحاول أحدهم تخمين كلمة المرور: أضف عاملًا ثانيًا.
}
account-failed-second-factor = { $count ->
    [one] منذ آخر مرة سجّلت فيها الدخول، أُدخلت كلمة مرورك صحيحةً مرة واحدة وتلاها رمز عامل ثانٍ خاطئ. إن لم تكن أنت، فكلمة مرورك معروفة لشخص ما: غيّرها الآن.
    [two] منذ آخر مرة سجّلت فيها الدخول، أُدخلت كلمة مرورك صحيحةً مرتين وتلا كلًّا منهما رمز عامل ثانٍ خاطئ. إن لم تكن أنت، فكلمة مرورك معروفة لشخص ما: غيّرها الآن.
   *[other] منذ آخر مرة سجّلت فيها الدخول، أُدخلت كلمة مرورك صحيحةً وتلاها رمز عامل ثانٍ خاطئ { $count } مرات. إن لم تكن أنت، فكلمة مرورك معروفة لشخص ما: غيّرها الآن.
}
column-actor = بواسطة

export-link = نزّل بياناتك (JSON)
delete-title = احذف حسابك
delete-lede = تُحذف ملفك الشخصي وجلساتك وعواملك الثانية وسجل الأمان الخاص بك. ما كتبته للمجتمع يبقى منسوبًا إلى «عضو سابق». لا يمكن التراجع عن هذا.
delete-understood = أفهم أنه لا يمكن التراجع عن هذا
delete-confirm-needed = ضع علامة في المربع للتأكيد.
delete-button = احذف حسابي

admin-second-factor-legend = اشترط عاملًا ثانيًا لـ
admin-second-factor-button = حفظ
admin-second-factor-confirm-title = سيُلزمك هذا أنت أيضًا
admin-second-factor-confirm-text = ليس لديك عامل ثانٍ بعد. بعد الحفظ، لن تستطيع فعل شيء بهذه الأدوار التي تحملها حتى تضيف واحدًا:
admin-second-factor-confirm-button = اشترطه على أي حال
admin-second-factor-set-up-first = أعدّ عاملي الثاني أولًا
admin-role-until = حتى { $date }
member-status-active = نشط
member-status-pending = بانتظار الموافقة
member-status-suspended = موقوف
account-second-factor-required = يتطلب دورك عاملًا ثانيًا. إلى أن تضيفه، لا يمكنك إلا إدارة حسابك.

members-pending-title = بانتظار تزكية ثانية
members-pending-lede = تلقّى هؤلاء القادمون الجدد دعوات وينتظرون أن يزكّيهم عضو آخر. لا تزكِّ إلا من تعرفه وتثق به.
members-vouched-by = زكّاه
members-vouch-button = أزكّيه

problem-empty = يرجى ملء { $field }.
problem-too-long = { $field } طويل جدًا: { $max } حرفًا على الأكثر.
problem-guidelines-not-accepted = اقبل إرشادات المجتمع ومدونة السلوك للانضمام.
problem-password-is-handle = لا تستخدم اسمك المستعار كلمةً للمرور.
problem-control-characters = أزل أحرف التحكم وأحرف تجاوز الاتجاه.
problem-code-mismatch = هذا الرمز غير مطابق. تحقق من الوقت على جهازك وجرّب الرمز التالي.
problem-wrong-current-password = هذه ليست كلمة المرور الحالية.
problem-review-state-unknown = حالة المراجعة هذه ليست مما يعرفه Braid.
problem-handle-reserved = هذا الاسم المستعار محجوز لاستخدام الموقع نفسه، حتى لا ينتحل أحد صفة القائمين عليه. اختر اسمًا آخر.
problem-handle-lookalike = هذا الاسم يشبه اسم عضو آخر. اختر اسمًا يُقرأ بشكل مختلف.
problem-current-password-wait = كلمات مرور خاطئة كثيرة لهذا الحساب. انتظر بضع دقائق، ثم حاول مجددًا.
problem-password-common = كلمة المرور هذه من أكثر الكلمات شيوعًا، وهي أول ما يجرّبه المهاجمون. اختر غيرها.
problem-password-guessable = كلمة المرور هذه سهلة التخمين.
problem-term-in-past = يجب أن تكون نهاية المدة في المستقبل.
problem-password-short = استخدم 15 حرفًا على الأقل. بضع كلمات عادية تصنع كلمة مرور جيدة.
problem-handle-short = استخدم حرفين على الأقل.
problem-password-short-with-second-factor = استخدم 8 أحرف على الأقل.
problem-handle-characters = استخدم حروفًا وأرقامًا، بينها . أو _ أو - مفردة.
problem-handle-one-script = استخدم حروفًا من أبجدية واحدة فقط.
problem-unknown-role = اختر member أو editor أو facilitator أو response_team أو admin.
problem-cannot-suspend-self = لا يمكنك إيقاف نفسك.
field-note = الملاحظة
field-reason = السبب
problem-unknown-group = مجموعة أقسام غير معروفة.
problem-unknown-status = حالة حساب غير معروفة.
problem-slug-characters = استخدم حروفًا صغيرة وأرقامًا تفصل بينها شرطات مفردة.
problem-job-kind-characters = استخدم حروفًا صغيرة وأرقامًا وشرطات سفلية.

section-pages = الصفحات
section-parts = أجزاء قائمة هذا القسم
section-part = الصفحات من { $from } إلى { $to } من أصل { $total }
section-earlier = صفحات سابقة
section-later = صفحات لاحقة
page-new = صفحة جديدة
page-tree-label = صفحات هذا القسم
page-tree-more = { $count ->
    [one] صفحة أخرى…
    [two] صفحتان أخريان…
    [few] { $count } صفحات أخرى…
   *[other] { $count } صفحة أخرى…
}
page-old-revision = أنت تقرأ المراجعة { $number }، وليست الأحدث.
page-see-latest = اعرض الأحدث.
revision-suppressed-notice = هذه النسخة محجوبة: لا يراها إلا المشرفون، في أي مكان.
revision-suppress = احجب هذه النسخة
revision-suppress-lede = استخدم هذا حين يكشف هذا النص شيئًا (عنوانًا أو اسمًا). لن يرى هذه النسخة بعد الآن إلا المشرفون: لا في السجل ولا في الفروقات ولا في أحدث التغييرات ولا في الخلاصات ولا في التصديرات. لا يمكن حجب النص المنشور: احذف الجزء المكشوف بتعديل أولًا، ثم احجب كل نسخة أقدم ما زالت تحتويه.
revision-suppress-reason = السبب (يُحفظ في سجل التدقيق)
revision-suppress-button = احجب
problem-revision-is-published = هذا هو النص الذي يراه القرّاء. احذف الجزء المكشوف بتعديل أولًا، ثم احجب هذه النسخة.
event-revision_suppressed = حُجبت نسخة
visibility-public = عامة: يستطيع أي أحد قراءتها
visibility-members = للأعضاء فقط
visibility-editors = للمحرّرين فقط
page-edit = تحرير
page-history = السجل
page-more-actions = المزيد
page-toc = المحتويات
page-licence = هذا النص منشور بموجب
page-contributors = كتبه
links-here-title = ما يربط إلى هنا
links-here-none = لا توجد صفحة تربط إلى هذه الصفحة بعد.
export-source = أحدث نسخة موجودة على
page-revision-line = المراجعة
page-conflict = حفظ شخص آخر هذه الصفحة بينما كنت تحرّرها، وبعض تغييراتك تمسّ الأسطر نفسها. لم يُحفظ شيء. النسختان كلتاهما في النص أدناه بين العلامات <<<<<<< yours و======= و>>>>>>> saved meanwhile: أبقِ ما يلزم، واحذف العلامات، ثم احفظ مجددًا.
page-conflict-title = وغيّروا العنوان أيضًا إلى:
page-preview = معاينة
field-title = العنوان
field-text = النص
page-markdown-hint = ماركداون: # للعناوين، **عريض**، *مائل*، [روابط](https://…)، [[عنوان صفحة]] لصفحة أخرى، - للقوائم، | للجداول |، وحواشٍ[^1].
field-summary = ملخّص تغييرك
field-visibility = من يستطيع قراءتها
page-visibility-button = غيّر من يمكنه قراءتها
page-preview-button = معاينة
page-save-button = حفظ
page-exists = توجد صفحة بهذا العنوان في هذا القسم. اختر عنوانًا آخر، أو حرّر تلك الصفحة.
history-caption = المراجعات، الأحدث أولًا. اختر اثنتين للمقارنة.
history-from = من
history-to = إلى
history-revision = المراجعة
history-when = حُفظت
history-who = بواسطة
history-lines = الأسطر
history-actions = إجراءات
history-restore = استعادة
history-suppressed = محجوبة
history-compare = قارن
history-compare-side = قارن جنبًا إلى جنب
diff-title = التغييرات
diff-between = بين المراجعتين
diff-inline = اعرض في عمود واحد
diff-side = اعرض جنبًا إلى جنب
diff-title-changed = تغيّر العنوان:
diff-none = للمراجعتين النص نفسه.
diff-removed = محذوف:
diff-added = مضاف:
diff-line = السطر
problem-unknown-visibility = اختر من يستطيع القراءة: العامة أو الأعضاء أو المحرّرون.
problem-title-needs-letters = استخدم حرفًا أو رقمًا واحدًا على الأقل في العنوان.
problem-conflict-markers = ما زالت في النص علامات تعارض (<<<<<<< و======= و>>>>>>>). أبقِ ما يلزم واحذفها.

recent-title = أحدث التغييرات
recent-feed = موجز التغييرات العامة (Atom)
recent-section = القسم
recent-all-sections = كل الأقسام
recent-person = العضو
recent-filter = اعرض
recent-none = لا تغييرات مطابقة.
recent-diff = التغييرات
recent-new = صفحة جديدة
nav-recent = أحدث التغييرات

page-delete = انقل إلى سلة المحذوفات
page-deleted-while-editing = نقل أحد المحرّرين هذه الصفحة إلى سلة المحذوفات بينما كنت تحرّرها. لم يُحفظ شيء؛ نصّك أدناه لتنسخه أو تطلب من محرّر استعادة الصفحة.
bin-title = سلة المحذوفات
bin-lede = صفحات حذفها المحرّرون. استعادة صفحة تعيدها بكامل سجلّها.
bin-empty = سلة المحذوفات فارغة.
bin-deleted = حُذفت
problem-page-has-children = انقل صفحاتها الفرعية أو احذفها أولًا.
problem-page-parent-deleted = استعد الصفحة التي تقع تحتها أولًا.

comments-title = النقاش
comments-none = لا تعليقات بعد.
comment-edited = عُدّل
comment-resolved = محلول
comment-deleted = حُذف هذا التعليق.
comment-reply = ردّ
comment-reply-button = ردّ
comment-edit = تعديل التعليق
comment-text = التعليق (ماركداون)
comment-save = احفظ التعليق
comment-delete = احذف
comment-resolve = اعتبره محلولًا
comment-reopen = أعد فتحه
comment-new = أضف تعليقًا (ماركداون)
comment-add-button = علّق

page-move = انقل
page-move-lede = تنتقل الصفحة مع صفحاتها الفرعية. ويبقى عنوانها القديم صالحًا.
page-move-parent = تحت أي صفحة
page-move-top = في أعلى القسم
page-move-parent-hint = صفحات القسم الحالي لهذه الصفحة؛ لوضعها تحت صفحة من قسم آخر، انقلها إلى ذلك القسم أولًا.
page-move-taken = توجد في ذلك القسم صفحة بالعنوان نفسه.
page-earlier = انقل إلى الأعلى
page-later = انقل إلى الأسفل
problem-page-under-itself = لا يمكن وضع صفحة تحت نفسها أو تحت صفحاتها الفرعية.

page-export-markdown = ماركداون
page-export-html = ملف HTML

review-title = قائمة المراجعة
review-lede = تنتظر هنا تعديلات الأعضاء غير الموثوقين بعد؛ ويرى القرّاء آخر نص معتمد حتى يعتمد محرّر التعديل.
review-empty = لا شيء ينتظر المراجعة.
review-trust = ثق بهذا العضو أيضًا: لن تحتاج تعديلاته اللاحقة إلى مراجعة
review-approve = اعتمد
review-note = سبب الإعادة (يراه الكاتب في السجل)
review-send-back = أعد إلى الكاتب
review-superseded = تغيّرت الصفحة في الأثناء؛ راجع أحدث مراجعاتها مجددًا.
page-pending = مراجعة أحدث تنتظر الاعتماد.
page-pending-see = اعرضها.
page-pending-this = هذه المراجعة تنتظر الاعتماد: لا يراها القرّاء بعد.

labels-title = الوسوم
labels-none = لا وسوم على أي صفحة بعد.
field-labels = الوسوم
field-labels-hint = تفصل بينها فواصل، مثل: تحتاج مراجعة، تمرين، دليل أداة.
recent-label = الوسم
page-template = ابدأ من قالب
page-template-use = استخدمه
templates-title = القوالب
templates-lede = يمكن أن تبدأ الصفحات الجديدة من هذه القوالب. ويحدّثها المحرّرون.
templates-new = قالب جديد
template-exists = يوجد قالب بهذا الاسم.
problem-label-characters = استخدم في الوسوم حروفًا وأرقامًا ومسافات وشرطات، مع فواصل بينها.
problem-too-many-labels = استخدم 12 وسمًا على الأكثر.

attachments-title = الملفات
attachment-waiting = بانتظار المراجعة
attachment-snippet = نص Markdown لعرضه في الصفحة
review-files = ملفات بانتظار المراجعة
review-files-page = صفحته
attachment-file = أرفق ملفًا
attachment-hint = صور أو PDF أو مستندات مكتبية أو نصوص، حتى { $mib } ميغابايت. تفقد الصور معلومات الموقع والكاميرا والتعليقات وكل ما يُخفى بعد الصورة. تفقد ملفات PDF اسم المؤلف والمنشئ والبرنامج، حتى حين تكون مضغوطة (إلا في ترميزات نادرة). تفقد المستندات المكتبية خصائصها (المؤلف وآخر من عدّلها والمؤسسة والقالب والأوقات)، لكن الأسماء في التعديلات المتعقَّبة والتعليقات داخل النص تبقى: احذفها في برنامجك المكتبي أولًا.
attachment-upload = أرفق
attachment-choose = اختر ملفًا لإرفاقه.
problem-file-kind = أرفق صورًا (PNG وJPEG وGIF وWebP) أو PDF أو مستندات مكتبية أو نصوصًا.
problem-file-damaged = هذه الصورة تالفة.

page-watch = تابع
page-unwatch = أوقف المتابعة
section-watch = تابع القسم
section-unwatch = أوقف متابعة القسم
page-review-by = راجِع هذه النصيحة قبل
page-review-by-field = المراجعة قبل
notifications-title = الإشعارات
notifications-none = لا جديد.
notifications-read = علِّم الكل كمقروء
notifications-new = جديد
notification-page-changed = تغيّرت:
notification-comment = تعليق جديد على
notification-review-due = حان وقت مراجعة:
notification-second-factor-guessing = أدخل أحدهم كلمة مرورك صحيحةً، ثم عدة رموز خاطئة للعامل الثاني. إن لم تكن أنت، فكلمة مرورك معروفة لشخص ما: غيّرها الآن. لن تُفحص الرموز التالية إلا بعد انتظار يطول.
due-title = صفحات حان وقت مراجعتها
due-lede = النصائح الأمنية تتقادم. ينبغي مراجعة هذه الصفحات قريبًا، أو كان ينبغي ذلك.
due-none = لا صفحة يحين وقت مراجعتها خلال الثلاثين يومًا القادمة.
due-overdue = متأخرة
problem-date-format = استخدم تاريخًا مثل 2027-03-31.

page-how-to-contribute = كيف تساهم
section-licence = ترخيص صفحات هذا القسم
problem-unknown-licence = اختر CC BY-SA 4.0 أو CC BY 4.0 أو CC0.

wanted-title = صفحات مطلوبة
wanted-lede = صفحات يُشار إليها ولم تُكتب بعد. اكتب إحداها: تعمل الروابط فورًا.
wanted-none = كل الصفحات المشار إليها موجودة.
wanted-from = مشار إليها من
wanted-more-pages = { $count ->
    [one] وصفحة واحدة أخرى
    [two] وصفحتان أخريان
    [few] و{ $count } صفحات أخرى
   *[other] و{ $count } صفحة أخرى
}
wanted-more-titles = { $count ->
    [one] صفحة مطلوبة أخرى، مرتبطة من صفحات أقل، غير مدرجة.
    [two] صفحتان مطلوبتان أخريان، مرتبطتان من صفحات أقل، غير مدرجتين.
    [few] { $count } صفحات مطلوبة أخرى، مرتبطة من صفحات أقل، غير مدرجة.
   *[other] { $count } صفحة مطلوبة أخرى، مرتبطة من صفحات أقل، غير مدرجة.
}
field-language = لغة النص
problem-unknown-language = اختر إحدى اللغات المدرجة.
search-syntax = استخدم "علامتي التنصيص" لعبارة، ونجمة لبداية كلمة (secur*)، وعلامة الطرح لاستبعاد كلمة (-android).
search-facets = تضييق النتائج
search-incomplete = لا يزال فهرس البحث قيد إعادة البناء بعد ترقية أو استعادة نسخة احتياطية، لذا قد تغيب بعض الصفحات عن هذه النتائج لبضع دقائق.
search-facet-language = اللغة
search-facet-section = القسم
search-facet-label = الوسم
search-facet-kind = النوع
search-facet-any = الكل
search-kind-page = صفحة
search-kind-comment = تعليق
search-pages = مزيد من النتائج
search-previous = النتائج السابقة
search-next = النتائج التالية
search-sections = الأقسام
search-suggestions = اقتراحات

# Security events, by their stable names.
event-other = حدث أمني
event-account_created = أُنشئ الحساب
event-account_deleted = حُذف الحساب
event-activated = صار عضوًا كامل العضوية
event-invitation_created = أُنشئت دعوة
event-invitation_withdrawn = سُحبت دعوة
event-joined = انضم
event-passkey_added = أُضيف مفتاح مرور
event-passkey_removed = أُزيل مفتاح مرور
event-password_changed = تغيّرت كلمة المرور
event-password_check_failed = كلمة المرور الحالية خاطئة
event-policy_changed = تغيّرت السياسة
event-profile_changed = تغيّر الملف الشخصي
event-reinstated = أُعيد تفعيله
event-role_changed = تغيّر الدور
event-role_lapsed = انتهت مدة الدور
event-sealing_key_recorded = سُجّل مفتاح الأسرار
event-second_factor_failed = رمز عامل ثانٍ خاطئ
event-second_factor_refused = رُفض العامل الثاني
event-session_revoked = أُنهيت جلسة
event-sign_in_failed = فشل تسجيل الدخول
event-sign_in_refused = رُفض تسجيل الدخول
event-signed_in = سجّل الدخول
event-signed_in_with_recovery_code = سجّل الدخول برمز استرداد
event-signed_out = سجّل الخروج
event-signed_out_everywhere = سجّل الخروج من كل مكان
event-suspended = أُوقف
event-totp_enabled = أُضيف تطبيق مصادقة
event-totp_removed = أُزيل تطبيق مصادقة
event-vouched = زكّى عضوًا

# Security event details, by their stable names; $role and $roles are already in words.
event-detail-account_created = أنشأه المشغّل، بدور { $role }
event-detail-invitation_created = لانضمام { $role } واحد؛ ملاحظة: { $note }
event-detail-invitation_withdrawn = كانت لانضمام { $role } واحد
event-detail-joined = انضم بدعوة، بدور { $role }
event-detail-sign_in_refused = { $why ->
    [locked] أُوقف تسجيل الدخول بكلمة المرور بعد محاولات فاشلة كثيرة
    [suspended] الحساب موقوف
    [passkey] رُفض مفتاح المرور «{ $name }»
   *[waiting] محاولة أثناء الانتظار بعد محاولات فاشلة
  }
event-detail-sign_in_failed = كلمة مرور خاطئة ({ $count } على التوالي)
event-detail-second_factor_failed = { $how ->
    [recovery] رمز استرداد خاطئ
   *[code] رمز تطبيق مصادقة خاطئ
  }
event-detail-second_factor_refused = محاولة أثناء الانتظار بعد رموز خاطئة
event-detail-password_check_failed = قبل تغيير أمني ({ $count } على التوالي)
event-detail-signed_in = { $how ->
    [passkey] بمفتاح المرور «{ $name }»
    [code] بكلمة المرور ورمز تطبيق المصادقة
    [recovery] بكلمة المرور ورمز استرداد
    [passkey-second] بكلمة المرور ومفتاح مرور
   *[password] بكلمة المرور
  }
event-detail-totp_enabled = صدرت { $codes } رموز استرداد
event-detail-passkey_added = «{ $name }»{ $codes ->
    [none] {""}
   *[other] ؛ صدرت { $codes } رموز استرداد
  }
event-detail-passkey_removed = «{ $name }»
event-detail-policy_changed = العامل الثاني مطلوب لـ: { $roles }
event-detail-nobody = لا أحد
event-detail-signed_out_everywhere = { $which ->
    [others] كل الجلسات الأخرى
   *[all] كل الجلسات
  }
event-detail-role_changed = { $until ->
    [none] { $role }
   *[other] { $role } حتى { $until }
  }
event-detail-role_lapsed = انتهى دور { $role } في { $until }
event-detail-reinstated = { $how ->
    [role] وافق عليه المشغّل بإعطائه دورًا
   *[other] أُعيد تفعيله
  }
event-detail-suspended = السبب: { $reason }
event-detail-vouched = زكّاه { $handle }
event-detail-activated = { $count } تزكيات
event-detail-sealing_key_recorded = الأسرار مختومة بمفتاح محفوظ خارج قاعدة البيانات
event-detail-account_deleted = حذف عضو حسابه
event-detail-revision_suppressed = النسخة { $revision } من { $page }: { $reason }

# The hub's status page (administrators): followers of the change log and failed jobs.
admin-status-title = العمل الجاري في الخلفية
admin-status-lede = بعد كل تغيير، يحدّث المركز فهرس البحث ويُعلم المتابعين في الخلفية. هنا ترى إلى أين وصل كل منهما وهل فشل شيء.
admin-status-followers = أعمال تتبع كل تغيير
admin-status-failed-jobs = مهام فشلت نهائيًا
admin-status-no-failed-jobs = لم تفشل أي مهمة.
admin-status-no-error = لا شيء
column-follower = العمل
column-applied-up-to = أُنجز حتى التغيير
column-behind = تغييرات تنتظر
column-last-error = آخر خطأ
column-job = المهمة
column-attempts = المحاولات
follower-search = فهرس البحث
follower-notifications = إشعارات المتابعين
job-prune_finished_jobs = تنظيف المهام المنتهية وخطوات الدخول المنتهية الصلاحية
job-lapse_role_terms = إنهاء الأدوار التي انتهت مدتها
job-remind_reviews = تذكير المتابعين بالصفحات التي حان وقت مراجعتها
job-unknown = مهمة لا يعرفها هذا الإصدار
