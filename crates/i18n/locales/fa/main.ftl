### متن‌های رابط کاربری به فارسی. آنچه اینجا نباشد به انگلیسی نمایش داده می‌شود.
# unreviewed
language-name = فارسی

# How numbers are written (Persian digits): ten digits, the mark between groups of three,
# and the fewest digits a number has before it is grouped.
-numerals-digits = ۰۱۲۳۴۵۶۷۸۹
-numerals-group = ٬
-numerals-grouped-from = 4

# unreviewed
skip-to-content = رفتن به محتوا
# unreviewed
search-label = جست‌وجو در مرکز
# unreviewed
search-button = جست‌وجو
# unreviewed
language-label = زبان
# unreviewed
language-button = تغییر
# unreviewed
nav-account = حساب
# unreviewed
nav-sign-in = ورود
# unreviewed
nav-home = خانه
# unreviewed
nav-site = سایت
# unreviewed
nav-wiki = ویکی
# unreviewed
nav-members = اعضا
# unreviewed
nav-notifications = اعلان‌ها
# unreviewed
nav-review = بازبینی
# unreviewed
nav-admin = مدیریت
# unreviewed
breadcrumbs-label = شما اینجا هستید
# unreviewed
footer-licence = جز در صورتی که صفحه چیز دیگری بگوید، محتوای آن تحت این مجوز به اشتراک گذاشته می‌شود:
# unreviewed
footer-powered = با Braid کار می‌کند، نرم‌افزاری آزاد برای جوامع حرفه‌ای.

# unreviewed
home-lede = مرکز دانشی مشترک دربارهٔ امنیت سازمانی جامع: دیجیتال، فیزیکی، حقوقی و بهزیستی، در کنار هم. نوشتهٔ کسانی که این کار را انجام می‌دهند، برای افراد و سازمان‌هایی که همراهی‌شان می‌کنند.
# unreviewed
home-empty = این مرکز هنوز هیچ بخشی ندارد.
# unreviewed
group-phase = مراحل همراهی
# unreviewed
group-practice = در همهٔ مراحل
# unreviewed
group-community = جامعهٔ ما

# unreviewed
section-no-pages = هنوز هیچ صفحه‌ای در این بخش نوشته نشده است.
# unreviewed
sections-title = بخش‌ها
# unreviewed
sections-lede = بخش‌ها بالاترین سطح مرکز هستند. ترتیبشان در اینجا همان ترتیبشان در صفحهٔ خانه، درون هر گروه، است. نشانی یک بخش با تغییر نامش ثابت می‌ماند.
# unreviewed
sections-move-up = بالاتر
# unreviewed
sections-move-down = پایین‌تر
# unreviewed
sections-remove = حذف
# unreviewed
sections-describe = عنوان، توضیح و گروه
# unreviewed
sections-field-summary = توضیح
# unreviewed
sections-field-group = فهرست‌شده در
# unreviewed
sections-new = بخش تازه
# unreviewed
sections-add = افزودن بخش
# unreviewed
sections-manage = مدیریت بخش‌ها
# unreviewed
problem-section-not-empty = این بخش هنوز صفحه دارد. نخست آن‌ها را به بخش دیگری ببرید و صفحه‌های درون سطل بازیافت را بازگردانید.
# unreviewed
pager-label = بخش‌های دیگر
# unreviewed
pager-previous = قبلی:
# unreviewed
pager-next = بعدی:

# unreviewed
search-title = جست‌وجو
# unreviewed
search-hint = یکی دو واژه در کادر جست‌وجوی بالا بنویسید.
# unreviewed
search-result-count = { $count ->
    [0] چیزی پیدا نشد.
    [one] یک نتیجه.
   *[other] { $count } نتیجه.
}

# unreviewed
sign-in-title = ورود
# unreviewed
sign-in-invitation-only = عضویت در این مرکز با دعوت است: یکی از اعضا ضامن هر تازه‌وارد می‌شود.

# unreviewed
error-reference = شماره برای گردانندگان:
# unreviewed
error-status = وضعیت
# unreviewed
error-home = رفتن به صفحهٔ خانه
# unreviewed
error-400-title = این درخواست فهمیده نشد
# unreviewed
error-400-text = چیزی در درخواست کم بود یا نادرست بود. برگردید، آنچه وارد کرده‌اید را بررسی کنید و دوباره امتحان کنید.
# unreviewed
error-403-title = مجاز نیست
# unreviewed
error-403-text = این کار اینجا ممکن نیست. اگر از پیوندی در سایت دیگری آمده‌اید، مستقیم به این مرکز بروید و دوباره امتحان کنید.
# unreviewed
error-403-pending-text = عضویت شما در انتظار تأیید است. تا تأیید نشود (یا، جایی که جامعه بخواهد، عضو دومی ضامن شما نشود)، می‌توانید بخوانید ولی چیزی را تغییر دهید نمی‌توانید.
# unreviewed
error-403-second-factor-text = یکی از نقش‌های شما عامل دوم لازم دارد. از صفحهٔ حسابتان یک برنامهٔ احراز هویت راه بیندازید و دوباره امتحان کنید.
# unreviewed
error-403-role-text = نقش شما اجازهٔ این کار را نمی‌دهد. اگر فکر می‌کنید باید بدهد، از یکی از مدیران بپرسید.
# unreviewed
error-404-title = صفحه پیدا نشد
# unreviewed
error-404-text = در این نشانی چیزی نیست. شاید جابه‌جا شده باشد یا پیوند غلط تایپ شده باشد.
# unreviewed
error-405-title = اینجا ممکن نیست
# unreviewed
error-405-text = این نشانی چنین درخواستی را نمی‌پذیرد.
# unreviewed
error-409-title = در این میان تغییر کرد
# unreviewed
error-409-text = وقتی روی این کار می‌کردید، کس دیگری آن را تغییر داد. برگردید، صفحه را دوباره بارگذاری کنید تا تازه‌ترین نسخه را ببینید و دوباره امتحان کنید.
# unreviewed
error-413-title = بیش از اندازه بزرگ
# unreviewed
error-413-text = آنچه فرستادید از حدی که این مرکز می‌پذیرد بزرگ‌تر است.
# unreviewed
error-422-title = این درخواست فهمیده نشد
# unreviewed
error-422-text = چیزی در فرم کم بود یا نادرست بود. برگردید، آنچه وارد کرده‌اید را بررسی کنید و دوباره امتحان کنید.
# unreviewed
error-500-title = مشکلی در سمت ما پیش آمد
# unreviewed
error-500-text = تقصیر شما نیست. کمی بعد دوباره امتحان کنید؛ اگر باز هم پیش آمد، شمارهٔ زیر را به گردانندگان بدهید.
# unreviewed
error-503-title = موقتاً در دسترس نیست
# unreviewed
error-503-text = مرکز اکنون نمی‌تواند پاسخ دهد. چند دقیقهٔ دیگر دوباره امتحان کنید.

# unreviewed
nav-sign-out = خروج
# unreviewed
field-handle = نام کاربری
# unreviewed
field-password = گذرواژه
# unreviewed
field-display-name = نام نمایشی
# unreviewed
field-pronouns = ضمایر
# unreviewed
field-languages = زبان‌هایی که صحبت می‌کنید
# unreviewed
field-region = منطقه
# unreviewed
sign-in-button = ورود
# unreviewed
sign-in-failed = نشد. نام کاربری و گذرواژه‌تان را بررسی کنید. پس از چند تلاش ناموفق، ورود چند دقیقه صبر می‌کند.

# unreviewed
join-title = به جامعه بپیوندید
# unreviewed
join-invited-by = { $handle } شما را دعوت کرده و ضامن شماست.
# unreviewed
join-invited = شما به پیوستن دعوت شده‌اید.
# unreviewed
join-handle-hint = نامی که دیگران می‌بینند. نام مستعار هم پذیرفته است. حروف و ارقام یک الفبا، با . _ یا - میان آن‌ها.
# unreviewed
join-password-hint = دست‌کم ۱۵ نویسه. چند واژهٔ معمولی گذرواژه‌ای قوی و به‌یادماندنی می‌سازند.
# unreviewed
join-optional = اختیاری: فقط آنچه را می‌خواهید دیگران ببینند به اشتراک بگذارید
# unreviewed
join-accept = خوانده‌ام و می‌پذیرم:
# unreviewed
join-guidelines-link = رهنمودهای جامعه و آیین‌نامهٔ رفتاری
# unreviewed
join-button = پیوستن
# unreviewed
join-handle-taken = این نام کاربری گرفته شده است. لطفاً نام دیگری برگزینید.
# unreviewed
join-closed-title = این دعوت‌نامه قابل استفاده نیست
# unreviewed
join-closed-used = پیش‌تر استفاده شده است. هر دعوت‌نامه فقط یک نفر را می‌پذیرد.
# unreviewed
join-closed-expired = منقضی شده است، یا عضوی که آن را فرستاده پسش گرفته است.
# unreviewed
join-closed-unknown = در این نشانی دعوت‌نامه‌ای نیست. بررسی کنید که کل پیوند رونوشت شده باشد.
# unreviewed
join-closed-next = از عضوی که دعوتتان کرده دعوت‌نامهٔ تازه‌ای بخواهید.

# unreviewed
welcome-title = خوش آمدید
# unreviewed
welcome-lede = اکنون عضو هستید. با حوصله نگاهی بیندازید؛ کسی انتظار ندارد بی‌درنگ مشارکت کنید.
# unreviewed
welcome-guidelines = بخوانید چگونه با هم کار می‌کنیم
# unreviewed
welcome-explore = گشتی در مرکز
# unreviewed
welcome-account = حساب شما و امنیت آن

# unreviewed
account-title = حساب شما
# unreviewed
profile-title = نمایهٔ شما
# unreviewed
profile-lede = آنچه اعضای دیگر کنار نام کاربری شما در فهرست اعضا می‌بینند. همه‌چیز اختیاری است: فقط آنچه با آن راحتید را به اشتراک بگذارید.
# unreviewed
profile-saved = نمایهٔ شما ذخیره شد.
# unreviewed
invite-open-title = دعوت‌نامه‌های هنوز باز
# unreviewed
invite-open-none = هیچ دعوت‌نامه‌ای در انتظار استفاده نیست.
# unreviewed
invite-open-expires = معتبر تا
# unreviewed
invite-open-by = ساختهٔ { $handle }
# unreviewed
invite-withdraw = پس گرفتن
# unreviewed
account-handle = وارد شده با نام
# unreviewed
account-roles = نقش‌ها:
# unreviewed
account-sessions-link = جاهایی که وارد شده‌اید
# unreviewed
account-invite-link = کسی را که به او اعتماد دارید دعوت کنید
# unreviewed
account-events = رویدادهای امنیتی اخیر
# unreviewed
column-when = زمان
# unreviewed
column-event = رویداد
# unreviewed
column-detail = جزئیات
# unreviewed
column-device = مرورگر
# unreviewed
column-opened = ورود
# unreviewed
column-last-seen = آخرین فعالیت
# unreviewed
column-actions = کارها

# unreviewed
sessions-title = جاهایی که وارد شده‌اید
# unreviewed
sessions-lede = اگر نشستی را نمی‌شناسید، آن را پایان دهید و گذرواژه‌تان را عوض کنید.
# unreviewed
sessions-this-one = همین یکی
# unreviewed
sessions-revoke = پایان
# unreviewed
sessions-revoke-others = خروج از همهٔ جاهای دیگر

# unreviewed
invite-title = دعوت از کسی
# unreviewed
invite-lede = دعوت‌نامه ضمانت شماست: فقط کسانی را دعوت کنید که می‌شناسید و برای کار با افراد در معرض خطر به آن‌ها اعتماد دارید. پیوند یک بار و به مدت هفت روز کار می‌کند.
# unreviewed
invite-note = این شخص کیست و چرا دعوتش می‌کنید؟ (در سوابق می‌ماند)
# unreviewed
invite-role = نقش هنگام پیوستن
# unreviewed
invite-button = ساختن دعوت‌نامه
# unreviewed
invite-too-many = به اندازهٔ سقف مجاز برای هر عضو دعوت‌نامهٔ باز دارید. صبر کنید تا یکی استفاده یا منقضی شود.
# unreviewed
invite-created-title = دعوت‌نامه ساخته شد
# unreviewed
invite-created-lede = این پیوند را از راهی مطمئن برای آن شخص بفرستید. فقط یک بار نمایش داده می‌شود.
# unreviewed
invite-link = پیوند دعوت
# unreviewed
invite-expires = تا { $date } کار می‌کند.

# unreviewed
account-two-factor-link = عامل دوم (برنامهٔ احراز هویت، کلیدهای عبور)
# unreviewed
field-code = رمز
# unreviewed
field-current-password = گذرواژهٔ کنونی شما
# unreviewed
sign-in-code-title = یک گام دیگر
# unreviewed
sign-in-code-lede = رمز شش‌رقمی برنامهٔ احراز هویت خود را وارد کنید.
# unreviewed
sign-in-code-hint = دستگاهتان را گم کرده‌اید؟ به جای آن یکی از رمزهای بازیابی را وارد کنید.
# unreviewed
sign-in-code-wrong = { $tries ->
    [one] این رمز درست نبود. یک تلاش دیگر مانده است، پس از آن دوباره گذرواژه لازم است.
   *[other] این رمز درست نبود. { $tries } تلاش دیگر مانده است، پس از آن دوباره گذرواژه لازم است.
}
# unreviewed
sign-in-code-wait = { $minutes ->
    [one] رمزهای نادرست زیادی برای این حساب وارد شده است. یک دقیقه صبر کنید و دوباره امتحان کنید.
   *[other] رمزهای نادرست زیادی برای این حساب وارد شده است. { $minutes } دقیقه صبر کنید و دوباره امتحان کنید.
}
# unreviewed
sign-in-code-recovery-lede = یا یکی از رمزهای بازیابی خود را وارد کنید.
# unreviewed
sign-in-code-passkey = از کلید عبور خود استفاده کنید
# unreviewed
sign-in-code-or-code = یا از یک رمز استفاده کنید
# unreviewed
passkey-use-button = استفاده از کلید عبور من
# unreviewed
passkey-browser-failed = کلید عبور پاسخ نداد یا درخواست لغو شد. برای تلاش دوباره دکمه را بزنید.
# unreviewed
passkey-wrong-address = کلیدهای عبور فقط در نشانی عمومی این مرکز، { $address }، کار می‌کنند و این صفحه در نشانی دیگری باز است. برای استفاده از کلید عبور، مرکز را در { $address } باز کنید.
# unreviewed
passkey-needs-javascript = کلیدهای عبور در این مرورگر به جاوااسکریپت نیاز دارند. گذرواژه و رمزهای شما بدون آن کار می‌کنند.
# unreviewed
passkey-sign-in-button = ورود با کلید عبور
# unreviewed
passkey-sign-in-title = ورود با کلید عبور
# unreviewed
passkey-sign-in-lede = دکمه را بزنید و کلید عبور خود برای این مرکز را برگزینید. دستگاهتان پین، اثر انگشت یا چهره را می‌خواهد.
# unreviewed
passkey-add-title = افزودن کلید عبور
# unreviewed
passkey-add-lede = دکمه را بزنید و راهنمای مرورگر را دنبال کنید: کلید عبوری روی این دستگاه یا روی یک کلید امنیتی می‌سازد که با پین، اثر انگشت یا چهره محافظت می‌شود.
# unreviewed
passkey-already-registered = این کلید عبور پیش‌تر ثبت شده است.
# unreviewed
passkeys-title = کلیدهای عبور
# unreviewed
passkeys-lede = کلید عبور شما را با قفل صفحهٔ این دستگاه یا یک کلید امنیتی، بدون گذرواژه، وارد می‌کند؛ همچنین گام دوم پس از گذرواژه است. سایت‌های فیشینگ نمی‌توانند از آن استفاده کنند.
# unreviewed
passkeys-name = نام
# unreviewed
passkeys-name-hint = برای اینکه کلیدهای عبورتان را از هم تشخیص دهید، مثلاً «لپ‌تاپ» یا «کلید آبی».
# unreviewed
passkeys-added = افزوده شده
# unreviewed
passkeys-last-used = آخرین استفاده
# unreviewed
passkeys-never = هرگز
# unreviewed
passkeys-remove-title = برداشتن کلید عبور
# unreviewed
passkeys-add-title = افزودن کلید عبور
# unreviewed
passkeys-add-button = افزودن کلید عبور
# unreviewed
passkeys-unavailable = کلیدهای عبور نیاز دارند که این مرکز با یک نام در دسترس باشد (نشانی عمومی آن یک نشانی IP است).
# unreviewed
problem-passkey-failed = کلید عبور آن‌طور که انتظار می‌رفت پاسخ نداد. دوباره امتحان کنید.
# unreviewed
problem-passkey-wrong-address = این صفحه در نشانی‌ای جز نشانی عمومی مرکز باز شده است، پس کلیدهای عبور اینجا کار نمی‌کنند. مرکز را در نشانی عمومی‌اش باز کنید (گرداننده آن را به عنوان public_url تنظیم می‌کند) و دوباره امتحان کنید.
# unreviewed
problem-passkeys-unavailable = کلیدهای عبور نیاز دارند که این مرکز با یک نام در دسترس باشد، نه با نشانی IP.
# unreviewed
two-factor-title = عامل دوم
# unreviewed
two-factor-on = یک برنامهٔ احراز هویت از حساب شما محافظت می‌کند: ورود به گذرواژه و رمزی از آن برنامه نیاز دارد.
# unreviewed
two-factor-off = یک برنامهٔ احراز هویت (مانند Aegis، FreeOTP یا هر برنامه‌ای که رمزهای TOTP را می‌خواند) بیفزایید تا گذرواژهٔ دزدیده‌شده به‌تنهایی نتواند حساب شما را باز کند.
# unreviewed
two-factor-codes-left = { $count ->
    [one] یک رمز بازیابی استفاده‌نشده مانده است.
   *[other] { $count } رمز بازیابی استفاده‌نشده مانده است.
}
# unreviewed
two-factor-start-button = افزودن برنامهٔ احراز هویت
# unreviewed
two-factor-remove-title = برداشتن برنامهٔ احراز هویت
# unreviewed
two-factor-remove-button = برداشتن
# unreviewed
two-factor-enrol-title = برنامهٔ احراز هویت خود را بیفزایید
# unreviewed
two-factor-enrol-scan = این کد را با برنامه اسکن کنید:
# unreviewed
two-factor-qr-alt = کد QR حاوی رمز برنامهٔ احراز هویت شما
# unreviewed
two-factor-enrol-type = یا این رمز را در برنامه تایپ کنید:
# unreviewed
two-factor-enrol-confirm = برای تأیید، رمزی را که برنامه اکنون نشان می‌دهد وارد کنید.
# unreviewed
two-factor-confirm-button = تأیید
# unreviewed
two-factor-codes-title = رمزهای بازیابی شما
# unreviewed
two-factor-codes-lede = اگر دستگاهتان را گم کنید، هر رمز یک بار شما را وارد می‌کند. همین حالا آن‌ها را یادداشت یا چاپ کنید و جایی امن نگه دارید: دوباره نمایش داده نمی‌شوند.

# unreviewed
members-title = فهرست اعضا
# unreviewed
members-lede = اعضا اینجا فقط آنچه را نشان می‌دهند که هنگام پیوستن برای اشتراک برگزیدند.
# unreviewed
members-filter-language = زبان
# unreviewed
members-filter-region = منطقه
# unreviewed
members-filter-button = پالایش
# unreviewed
members-none = هیچ عضوی جور نیست.
# unreviewed
admin-members-title = مدیریت اعضا
# unreviewed
admin-members-lede = تغییر نقش‌ها و تعلیق‌ها در گزارش حسابرسی ثبت می‌شوند و نشست‌های عضو را پایان می‌دهند.
# unreviewed
column-member = عضو
# unreviewed
column-status = وضعیت
# unreviewed
column-roles = نقش‌ها
# unreviewed
admin-role-label = نقش
# unreviewed
admin-until-label = آخرین روز (اختیاری)
# unreviewed
admin-role-button = تعیین نقش
# unreviewed
admin-reason-label = دلیل (در سوابق می‌ماند)
# unreviewed
admin-suspend-button = تعلیق
# unreviewed
admin-reinstate-button = بازگرداندن

# unreviewed
password-title = تغییر گذرواژه
# unreviewed
field-new-password = گذرواژهٔ تازه
# unreviewed
password-sign-out-elsewhere = خروج از همهٔ جاهای دیگر
# unreviewed
password-button = تغییر گذرواژه
# unreviewed
password-changed = گذرواژهٔ شما تغییر کرد.

# unreviewed
admin-approve-button = تأیید
# unreviewed
admin-audit-title = رویدادهای امنیتی همهٔ اعضا
# unreviewed
account-pending = عضویت شما در انتظار تأیید است. می‌توانید هر آنچه اعضا می‌خوانند را بخوانید؛ پس از تأیید می‌توانید بنویسید، نظر بدهید و دعوت کنید.
# unreviewed
role-member = عضو
# unreviewed
role-editor = ویراستار
# unreviewed
role-facilitator = تسهیلگر
# unreviewed
role-response_team = تیم پاسخ‌گویی
# unreviewed
role-admin = مدیر
# unreviewed
account-failed-attempts = { $count ->
    [one] از آخرین باری که وارد شدید، یک تلاش ناموفق برای ورود به حساب شما انجام شده است. اگر شما نبودید، شاید کسی در حال حدس زدن گذرواژه‌تان باشد: عامل دوم بیفزایید.
   *[other] از آخرین باری که وارد شدید، { $count } تلاش ناموفق برای ورود به حساب شما انجام شده است. اگر شما نبودید، شاید کسی در حال حدس زدن گذرواژه‌تان باشد: عامل دوم بیفزایید.
}
# unreviewed
account-failed-second-factor = { $count ->
    [one] از آخرین باری که وارد شدید، گذرواژهٔ شما یک بار درست وارد شده و پس از آن رمز عامل دوم نادرستی آمده است. اگر شما نبودید، کسی گذرواژهٔ شما را می‌داند: همین حالا آن را عوض کنید.
   *[other] از آخرین باری که وارد شدید، گذرواژهٔ شما { $count } بار درست وارد شده و پس از آن رمز عامل دوم نادرستی آمده است. اگر شما نبودید، کسی گذرواژهٔ شما را می‌داند: همین حالا آن را عوض کنید.
}
# unreviewed
column-actor = توسط

# unreviewed
export-link = داده‌هایتان را بارگیری کنید (JSON)
# unreviewed
delete-title = حذف حساب
# unreviewed
delete-lede = نمایه، نشست‌ها، عامل‌های دوم و گزارش امنیتی شما حذف می‌شوند. آنچه برای جامعه نوشته‌اید می‌ماند و به «عضو پیشین» نسبت داده می‌شود. این کار بازگشت‌پذیر نیست.
# unreviewed
delete-understood = می‌دانم که این کار بازگشت‌پذیر نیست
# unreviewed
delete-confirm-needed = برای تأیید، کادر را علامت بزنید.
# unreviewed
delete-button = حذف حساب من

# unreviewed
admin-second-factor-legend = الزام عامل دوم برای
# unreviewed
admin-second-factor-button = ذخیره
# unreviewed
admin-second-factor-confirm-title = این شما را هم ملزم می‌کند
# unreviewed
admin-second-factor-confirm-text = شما هنوز عامل دوم ندارید. پس از ذخیره، تا یکی نیفزایید نمی‌توانید با این نقش‌هایتان کاری کنید:
# unreviewed
admin-second-factor-confirm-button = در هر حال الزام شود
# unreviewed
admin-second-factor-set-up-first = نخست عامل دومم را راه بیندازم
# unreviewed
admin-role-until = تا { $date }
# unreviewed
member-status-active = فعال
# unreviewed
member-status-pending = در انتظار تأیید
# unreviewed
member-status-suspended = معلق
# unreviewed
account-second-factor-required = نقش شما عامل دوم لازم دارد. تا یکی نیفزایید، فقط می‌توانید حساب خودتان را مدیریت کنید.

# unreviewed
members-pending-title = در انتظار ضامن دوم
# unreviewed
members-pending-lede = این تازه‌واردان دعوت شده‌اند و منتظرند عضو دیگری ضامنشان شود. فقط ضامن کسانی شوید که می‌شناسید و به آن‌ها اعتماد دارید.
# unreviewed
members-vouched-by = ضامن:
# unreviewed
members-vouch-button = من ضامن او می‌شوم

# unreviewed
problem-empty = لطفاً { $field } را پر کنید.
# unreviewed
problem-too-long = { $field } بیش از اندازه بلند است: حداکثر { $max } نویسه.
# unreviewed
problem-guidelines-not-accepted = برای پیوستن، رهنمودهای جامعه و آیین‌نامهٔ رفتاری را بپذیرید.
# unreviewed
problem-password-is-handle = نام کاربری خود را گذرواژه قرار ندهید.
# unreviewed
problem-control-characters = نویسه‌های کنترلی و تغییر جهت را بردارید.
# unreviewed
problem-code-mismatch = این رمز جور نیست. ساعت دستگاهتان را بررسی کنید و رمز بعدی را امتحان کنید.
# unreviewed
problem-wrong-current-password = این گذرواژهٔ کنونی شما نیست.
# unreviewed
problem-review-state-unknown = Braid این وضعیت بازبینی را نمی‌شناسد.
# unreviewed
problem-handle-reserved = این نام کاربری برای خود مرکز نگه داشته شده تا کسی نتواند خود را جای کارکنانش جا بزند. نام دیگری برگزینید.
# unreviewed
problem-handle-lookalike = این نام کاربری شبیه نام عضو دیگری است. نامی برگزینید که متفاوت خوانده شود.
# unreviewed
problem-current-password-wait = گذرواژه‌های نادرست زیادی برای این حساب وارد شده است. چند دقیقه صبر کنید و دوباره امتحان کنید.
# unreviewed
problem-password-common = این گذرواژه از رایج‌ترین‌هاست که مهاجمان اول امتحانشان می‌کنند. گذرواژهٔ دیگری برگزینید.
# unreviewed
problem-password-guessable = حدس زدن این گذرواژه بیش از اندازه آسان است.
# unreviewed
problem-term-in-past = پایان دوره باید در آینده باشد.
# unreviewed
problem-password-short = دست‌کم ۱۵ نویسه به کار ببرید. چند واژهٔ معمولی گذرواژهٔ خوبی می‌سازند.
# unreviewed
problem-handle-short = دست‌کم ۲ نویسه به کار ببرید.
# unreviewed
problem-password-short-with-second-factor = دست‌کم ۸ نویسه به کار ببرید.
# unreviewed
problem-handle-characters = حروف و ارقام به کار ببرید، با تنها یک . _ یا - میان آن‌ها.
# unreviewed
problem-handle-one-script = فقط حروف یک الفبا را به کار ببرید.
# unreviewed
problem-unknown-role = عضو، ویراستار، تسهیلگر، تیم پاسخ‌گویی یا مدیر را برگزینید.
# unreviewed
problem-cannot-suspend-self = نمی‌توانید خودتان را تعلیق کنید.
# unreviewed
field-note = یادداشت
# unreviewed
field-reason = دلیل
# unreviewed
problem-unknown-group = گروه بخش ناشناخته است.
# unreviewed
problem-unknown-status = وضعیت حساب ناشناخته است.
# unreviewed
problem-slug-characters = حروف کوچک لاتین و ارقام را با خط تیرهٔ تکی میانشان به کار ببرید.
# unreviewed
problem-job-kind-characters = حروف کوچک لاتین، ارقام و زیرخط به کار ببرید.

# unreviewed
section-pages = صفحه‌ها
# unreviewed
section-parts = بخش‌های فهرست این بخش
# unreviewed
section-part = صفحه‌های { $from } تا { $to } از { $total }
# unreviewed
section-earlier = صفحه‌های پیشین
# unreviewed
section-later = صفحه‌های پسین
# unreviewed
page-new = صفحهٔ تازه
# unreviewed
page-tree-label = صفحه‌های این بخش
# unreviewed
page-tree-more = { $count ->
    [one] یک صفحهٔ دیگر…
   *[other] { $count } صفحهٔ دیگر…
}
# unreviewed
page-old-revision = شما نسخهٔ { $number } را می‌خوانید، نه تازه‌ترین را.
# unreviewed
page-see-latest = دیدن تازه‌ترین.
# unreviewed
revision-suppressed-notice = این نسخه پنهان شده است: فقط مدیران می‌توانند آن را، در هر جا، ببینند.
# unreviewed
revision-suppress = پنهان کردن این نسخه
# unreviewed
revision-suppress-lede = وقتی این متن چیزی را فاش کرده است (نشانی، نامی) از این استفاده کنید. جز مدیران کسی دیگر این نسخه را نخواهد دید: نه در تاریخچه، نه در مقایسه‌ها، تغییرات اخیر، خوراک‌ها یا برون‌بردها. متن منتشرشده را نمی‌توان پنهان کرد: نخست با ویرایش صفحه بخش فاش‌شده را بردارید، سپس هر نسخهٔ قدیمی‌تری را که هنوز آن را دارد پنهان کنید.
# unreviewed
revision-suppress-reason = چرا (در گزارش حسابرسی می‌ماند)
# unreviewed
revision-suppress-button = پنهان کردن
# unreviewed
problem-revision-is-published = این همان متنی است که خوانندگان می‌بینند. نخست با ویرایش صفحه بخش فاش‌شده را بردارید، سپس این نسخه را پنهان کنید.
# unreviewed
event-revision_suppressed = نسخه پنهان شد
# unreviewed
visibility-public = عمومی: هر کسی می‌تواند بخواند
# unreviewed
visibility-members = فقط اعضا
# unreviewed
visibility-editors = فقط ویراستاران
# unreviewed
page-edit = ویرایش
# unreviewed
page-history = تاریخچه
# unreviewed
page-more-actions = بیشتر
# unreviewed
page-toc = فهرست مطالب
# unreviewed
page-licence = این متن تحت این مجوز به اشتراک گذاشته می‌شود:
# unreviewed
page-contributors = نوشتهٔ
# unreviewed
links-here-title = پیوندهای به اینجا
# unreviewed
links-here-none = هنوز هیچ صفحه‌ای به این صفحه پیوند نداده است.
# unreviewed
export-source = تازه‌ترین نسخه در این نشانی است:
# unreviewed
page-revision-line = نسخه
# unreviewed
page-conflict = وقتی این صفحه را ویرایش می‌کردید، کس دیگری آن را ذخیره کرد و برخی تغییرات شما همان خط‌ها را در بر می‌گیرد. چیزی ذخیره نشد. هر دو نسخه در متن زیر میان نشانه‌های <<<<<<< yours، ======= و >>>>>>> saved meanwhile آمده‌اند: آنچه باید بماند را نگه دارید، نشانه‌ها را بردارید و دوباره ذخیره کنید.
# unreviewed
page-conflict-title = عنوان را هم تغییر دادند، به:
# unreviewed
page-preview = پیش‌نمایش
# unreviewed
field-title = عنوان
# unreviewed
field-text = متن
# unreviewed
page-markdown-hint = مارک‌داون: # سرفصل‌ها، **پررنگ**، *کج*، [پیوندها](https://…)، [[عنوان صفحه]] برای صفحه‌ای دیگر، - فهرست‌ها، | جدول‌ها | و پانوشت‌ها[^1].
# unreviewed
field-summary = خلاصهٔ تغییر شما
# unreviewed
field-visibility = چه کسی می‌تواند بخواند
# unreviewed
page-visibility-button = تغییر اینکه چه کسی می‌تواند بخواند
# unreviewed
page-preview-button = پیش‌نمایش
# unreviewed
page-save-button = ذخیره
# unreviewed
page-exists = صفحه‌ای با این عنوان در این بخش هست. عنوان دیگری برگزینید یا همان صفحه را ویرایش کنید.
# unreviewed
history-caption = نسخه‌ها، از تازه‌ترین. دو نسخه را برای مقایسه برگزینید.
# unreviewed
history-from = از
# unreviewed
history-to = تا
# unreviewed
history-revision = نسخه
# unreviewed
history-when = ذخیره‌شده
# unreviewed
history-who = توسط
# unreviewed
history-lines = خط‌ها
# unreviewed
history-actions = کارها
# unreviewed
history-restore = بازگرداندن
# unreviewed
history-suppressed = پنهان‌شده
# unreviewed
history-compare = مقایسه
# unreviewed
history-compare-side = مقایسهٔ کنار هم
# unreviewed
diff-title = تغییرات
# unreviewed
diff-between = میان نسخه‌های
# unreviewed
diff-inline = نمایش در یک ستون
# unreviewed
diff-side = نمایش کنار هم
# unreviewed
diff-title-changed = عنوان تغییر کرد:
# unreviewed
diff-none = این نسخه‌ها متن یکسانی دارند.
# unreviewed
diff-removed = برداشته‌شده:
# unreviewed
diff-added = افزوده‌شده:
# unreviewed
diff-line = خط
# unreviewed
problem-unknown-visibility = برگزینید چه کسی می‌تواند بخواند: عموم، اعضا یا ویراستاران.
# unreviewed
problem-title-needs-letters = دست‌کم یک حرف یا رقم در عنوان به کار ببرید.
# unreviewed
problem-conflict-markers = متن هنوز نشانه‌های ناسازگاری (<<<<<<<، =======، >>>>>>>) دارد. آنچه باید بماند را نگه دارید و آن‌ها را بردارید.

# unreviewed
recent-title = تغییرات اخیر
# unreviewed
recent-feed = خوراک تغییرات عمومی (Atom)
# unreviewed
recent-section = بخش
# unreviewed
recent-all-sections = همهٔ بخش‌ها
# unreviewed
recent-person = عضو
# unreviewed
recent-filter = نمایش
# unreviewed
recent-none = هیچ تغییری جور نیست.
# unreviewed
recent-diff = تغییرات
# unreviewed
recent-new = صفحهٔ تازه
# unreviewed
nav-recent = تغییرات اخیر

# unreviewed
page-delete = انتقال به سطل بازیافت
# unreviewed
page-deleted-while-editing = وقتی این صفحه را ویرایش می‌کردید، یک ویراستار آن را به سطل بازیافت برد. چیزی ذخیره نشد؛ متن شما در زیر است تا رونوشت بگیرید یا از ویراستاری بخواهید صفحه را بازگرداند.
# unreviewed
bin-title = سطل بازیافت
# unreviewed
bin-lede = صفحه‌هایی که ویراستاران حذف کرده‌اند. بازگرداندن هر کدام آن را با همهٔ تاریخچه‌اش بازمی‌گرداند.
# unreviewed
bin-empty = سطل بازیافت خالی است.
# unreviewed
bin-deleted = حذف‌شده
# unreviewed
problem-page-has-children = نخست زیرصفحه‌هایش را جابه‌جا یا حذف کنید.
# unreviewed
problem-page-parent-deleted = نخست صفحه‌ای را که این صفحه زیر آن است بازگردانید.

# unreviewed
comments-title = گفت‌وگو
# unreviewed
comments-none = هنوز نظری نیست.
# unreviewed
comment-edited = ویرایش‌شده
# unreviewed
comment-resolved = حل‌شده
# unreviewed
comment-deleted = این نظر حذف شد.
# unreviewed
comment-reply = پاسخ
# unreviewed
comment-reply-button = پاسخ
# unreviewed
comment-edit = ویرایش نظر
# unreviewed
comment-text = نظر (مارک‌داون)
# unreviewed
comment-save = ذخیرهٔ نظر
# unreviewed
comment-delete = حذف
# unreviewed
comment-resolve = حل‌شده
# unreviewed
comment-reopen = بازگشایی
# unreviewed
comment-new = نظری بیفزایید (مارک‌داون)
# unreviewed
comment-add-button = فرستادن نظر

# unreviewed
page-move = جابه‌جایی
# unreviewed
page-move-lede = صفحه همراه زیرصفحه‌هایش جابه‌جا می‌شود. نشانی قدیمی‌اش همچنان کار می‌کند.
# unreviewed
page-move-parent = زیر کدام صفحه
# unreviewed
page-move-top = در بالای بخش
# unreviewed
page-move-parent-hint = صفحه‌های بخش کنونی این صفحه؛ برای گذاشتن آن زیر صفحه‌ای از بخش دیگر، نخست آن را به آن بخش ببرید.
# unreviewed
page-move-taken = صفحه‌ای با همین نشانی در آن بخش هست.
# unreviewed
page-earlier = بالاتر
# unreviewed
page-later = پایین‌تر
# unreviewed
problem-page-under-itself = صفحه نمی‌تواند زیر خودش یا زیرصفحه‌های خودش برود.

# unreviewed
page-export-markdown = مارک‌داون
# unreviewed
page-export-html = پروندهٔ HTML

# unreviewed
review-title = صف بازبینی
# unreviewed
review-lede = ویرایش‌های اعضایی که هنوز مورد اعتماد نیستند اینجا منتظرند؛ خوانندگان تا تأیید ویراستار، آخرین متن تأییدشده را می‌بینند.
# unreviewed
review-empty = چیزی منتظر بازبینی نیست.
# unreviewed
review-trust = به این عضو هم اعتماد شود: ویرایش‌های بعدی‌اش بازبینی نمی‌خواهد
# unreviewed
review-approve = تأیید
# unreviewed
review-note = چرا برگردانده می‌شود (نویسنده این را در تاریخچه می‌بیند)
# unreviewed
review-send-back = برگرداندن
# unreviewed
review-superseded = صفحه در این میان تغییر کرد؛ دوباره تازه‌ترین نسخه‌اش را ببینید.
# unreviewed
page-pending = نسخهٔ تازه‌تری منتظر بازبینی است.
# unreviewed
page-pending-see = دیدنش.
# unreviewed
page-pending-this = این نسخه منتظر بازبینی است: خوانندگان هنوز آن را نمی‌بینند.

# unreviewed
labels-title = برچسب‌ها
# unreviewed
labels-none = هنوز هیچ صفحه‌ای برچسب ندارد.
# unreviewed
field-labels = برچسب‌ها
# unreviewed
field-labels-hint = جداشده با ویرگول، مثلاً نیاز به بازبینی، تمرین، راهنمای ابزار.
# unreviewed
recent-label = برچسب
# unreviewed
page-template = آغاز از یک الگو
# unreviewed
page-template-use = به کار بردنش
# unreviewed
templates-title = الگوها
# unreviewed
templates-lede = صفحه‌های تازه می‌توانند از این‌ها آغاز شوند. ویراستاران آن‌ها را به‌روز نگه می‌دارند.
# unreviewed
templates-new = الگوی تازه
# unreviewed
template-exists = الگویی با این نام هست.
# unreviewed
problem-label-characters = در برچسب‌ها حروف، ارقام، فاصله و خط تیره به کار ببرید و میانشان ویرگول بگذارید.
# unreviewed
problem-too-many-labels = حداکثر ۱۲ برچسب به کار ببرید.

# unreviewed
attachments-title = پرونده‌ها
# unreviewed
attachment-waiting = منتظر بازبینی
# unreviewed
attachment-snippet = مارک‌داون برای نمایش آن در صفحه
# unreviewed
review-files = پرونده‌های منتظر
# unreviewed
review-files-page = صفحه‌اش
# unreviewed
attachment-file = پیوست کردن پرونده
# unreviewed
attachment-hint = تصویر، PDF، سند اداری یا متن، تا { $mib } مگابایت. تصاویر مکان، مشخصات دوربین، یادداشت‌ها و هر چیز پنهان پس از تصویر را از دست می‌دهند. پرونده‌های PDF نام نویسنده، سازنده و برنامه را از دست می‌دهند، حتی وقتی فشرده باشند (جز در رمزگذاری‌های نادر). سندهای اداری ویژگی‌هایشان (نویسنده، آخرین ویراستار، سازمان، الگو، زمان‌ها) را از دست می‌دهند، ولی نام‌ها در تغییرات ردیابی‌شده و یادداشت‌های درون متن می‌مانند: نخست آن‌ها را در برنامهٔ اداری‌تان بردارید.
# unreviewed
attachment-upload = پیوست
# unreviewed
attachment-choose = پرونده‌ای برای پیوست برگزینید.
# unreviewed
problem-file-kind = تصویر (PNG، JPEG، GIF، WebP)، PDF، سند اداری یا متن پیوست کنید.
# unreviewed
problem-file-damaged = این تصویر آسیب دیده است.

# unreviewed
page-watch = دنبال کردن
# unreviewed
page-unwatch = دنبال نکردن
# unreviewed
section-watch = دنبال کردن بخش
# unreviewed
section-unwatch = دنبال نکردن بخش
# unreviewed
page-review-by = این توصیه دوباره بررسی شود تا
# unreviewed
page-review-by-field = بازبینی تا
# unreviewed
notifications-title = اعلان‌ها
# unreviewed
notifications-none = چیز تازه‌ای نیست.
# unreviewed
notifications-read = همه خوانده شد
# unreviewed
notifications-new = تازه
# unreviewed
notification-page-changed = تغییر کرد:
# unreviewed
notification-comment = نظر تازه دربارهٔ
# unreviewed
notification-review-due = زمان بازبینی:
# unreviewed
notification-second-factor-guessing = کسی گذرواژهٔ شما را درست وارد کرد و سپس چند رمز عامل دوم نادرست. اگر شما نبودید، کسی گذرواژهٔ شما را می‌داند: همین حالا آن را عوض کنید. رمزهای بعدی فقط پس از انتظاری فزاینده بررسی می‌شوند.
# unreviewed
due-title = زمان بازبینی
# unreviewed
due-lede = توصیه‌های امنیتی کهنه می‌شوند. این صفحه‌ها باید به‌زودی دوباره بررسی شوند، یا باید پیش‌تر می‌شدند.
# unreviewed
due-none = در ۳۰ روز آینده هیچ صفحه‌ای نیاز به بازبینی ندارد.
# unreviewed
due-overdue = دیرکرد
# unreviewed
problem-date-format = تاریخی مانند 2027-03-31 به کار ببرید.

# unreviewed
page-how-to-contribute = چگونه مشارکت کنیم
# unreviewed
section-licence = مجوز صفحه‌های این بخش
# unreviewed
problem-unknown-licence = CC BY-SA 4.0، CC BY 4.0 یا CC0 را برگزینید.

# unreviewed
wanted-title = صفحه‌های خواسته‌شده
# unreviewed
wanted-lede = صفحه‌هایی که به آن‌ها پیوند داده شده ولی هنوز نوشته نشده‌اند. یکی را بنویسید: پیوندها بی‌درنگ کار می‌کنند.
# unreviewed
wanted-none = همهٔ صفحه‌های پیوندداده‌شده وجود دارند.
# unreviewed
wanted-from = پیوندشده از
# unreviewed
wanted-more-pages = { $count ->
    [one] و یک صفحهٔ دیگر
   *[other] و { $count } صفحهٔ دیگر
}
# unreviewed
wanted-more-titles = { $count ->
    [one] یک صفحهٔ خواسته‌شدهٔ دیگر، که از صفحه‌های کمتری به آن پیوند داده شده، فهرست نشده است.
   *[other] { $count } صفحهٔ خواسته‌شدهٔ دیگر، که از صفحه‌های کمتری به آن‌ها پیوند داده شده، فهرست نشده‌اند.
}
# unreviewed
field-language = زبان متن
# unreviewed
problem-unknown-language = یکی از زبان‌های فهرست‌شده را برگزینید.
# unreviewed
search-syntax = برای یک عبارت "گیومه"، برای آغاز یک واژه ستاره (امنیت*) و برای کنار گذاشتن یک واژه منها (-android) به کار ببرید.
# unreviewed
search-facets = محدود کردن نتایج
# unreviewed
search-incomplete = نمایهٔ جست‌وجو پس از به‌روزرسانی یا بازیابی هنوز در حال بازسازی است، پس ممکن است تا چند دقیقه برخی صفحه‌ها در این نتایج نباشند.
# unreviewed
search-facet-language = زبان
# unreviewed
search-facet-section = بخش
# unreviewed
search-facet-label = برچسب
# unreviewed
search-facet-kind = گونه
# unreviewed
search-facet-any = همه
# unreviewed
search-kind-page = صفحه
# unreviewed
search-kind-comment = نظر
# unreviewed
search-pages = نتایج بیشتر
# unreviewed
search-previous = نتایج پیشین
# unreviewed
search-next = نتایج بعدی
# unreviewed
search-sections = بخش‌ها
# unreviewed
search-suggestions = پیشنهادها

# رویدادهای امنیتی، با نام‌های ثابتشان.
# unreviewed
event-other = رویداد امنیتی
# unreviewed
event-account_created = حساب ساخته شد
# unreviewed
event-account_deleted = حساب حذف شد
# unreviewed
event-activated = عضو کامل شد
# unreviewed
event-invitation_created = دعوت‌نامه ساخته شد
# unreviewed
event-invitation_withdrawn = دعوت‌نامه پس گرفته شد
# unreviewed
event-joined = پیوست
# unreviewed
event-passkey_added = کلید عبور افزوده شد
# unreviewed
event-passkey_removed = کلید عبور برداشته شد
# unreviewed
event-password_changed = گذرواژه تغییر کرد
# unreviewed
event-password_check_failed = گذرواژهٔ کنونی نادرست
# unreviewed
event-policy_changed = سیاست تغییر کرد
# unreviewed
event-profile_changed = نمایه تغییر کرد
# unreviewed
event-reinstated = بازگردانده شد
# unreviewed
event-role_changed = نقش تغییر کرد
# unreviewed
event-role_lapsed = دورهٔ نقش پایان یافت
# unreviewed
event-sealing_key_recorded = کلید رازها ثبت شد
# unreviewed
event-second_factor_failed = رمز عامل دوم نادرست
# unreviewed
event-second_factor_refused = عامل دوم رد شد
# unreviewed
event-session_revoked = نشست پایان یافت
# unreviewed
event-sign_in_failed = ورود ناموفق
# unreviewed
event-sign_in_refused = ورود رد شد
# unreviewed
event-signed_in = ورود
# unreviewed
event-signed_in_with_recovery_code = ورود با رمز بازیابی
# unreviewed
event-signed_out = خروج
# unreviewed
event-signed_out_everywhere = خروج از همه‌جا
# unreviewed
event-suspended = تعلیق شد
# unreviewed
event-totp_enabled = برنامهٔ احراز هویت افزوده شد
# unreviewed
event-totp_removed = برنامهٔ احراز هویت برداشته شد
# unreviewed
event-vouched = ضمانت شد

# جزئیات رویدادهای امنیتی؛ $role و $roles از پیش به واژه درآمده‌اند.
# unreviewed
event-detail-account_created = ساختهٔ گردانندهٔ سرور، با نقش { $role }
# unreviewed
event-detail-invitation_created = برای پیوستن یک نفر با نقش { $role }؛ یادداشت: { $note }
# unreviewed
event-detail-invitation_withdrawn = برای پیوستن یک نفر با نقش { $role } بود
# unreviewed
event-detail-joined = با دعوت پیوست، با نقش { $role }
# unreviewed
event-detail-sign_in_refused = { $why ->
    [locked] ورود با گذرواژه پس از شکست‌های بسیار خاموش است
    [suspended] حساب معلق است
    [passkey] کلید عبور «{ $name }» رد شد
   *[waiting] تلاش در زمان انتظار پس از شکست‌ها
  }
# unreviewed
event-detail-sign_in_failed = گذرواژهٔ نادرست ({ $count } بار پیاپی)
# unreviewed
event-detail-second_factor_failed = { $how ->
    [recovery] رمز بازیابی نادرست
   *[code] رمز برنامهٔ احراز هویت نادرست
  }
# unreviewed
event-detail-second_factor_refused = تلاش در زمان انتظار پس از رمزهای نادرست
# unreviewed
event-detail-password_check_failed = پیش از یک تغییر امنیتی ({ $count } بار پیاپی)
# unreviewed
event-detail-signed_in = { $how ->
    [passkey] با کلید عبور «{ $name }»
    [code] با گذرواژه و رمز برنامهٔ احراز هویت
    [recovery] با گذرواژه و یک رمز بازیابی
    [passkey-second] با گذرواژه و یک کلید عبور
   *[password] با گذرواژه
  }
# unreviewed
event-detail-totp_enabled = { $codes } رمز بازیابی صادر شد
# unreviewed
event-detail-passkey_added = «{ $name }»{ $codes ->
    [none] {""}
   *[other] ؛ { $codes } رمز بازیابی صادر شد
  }
# unreviewed
event-detail-passkey_removed = «{ $name }»
# unreviewed
event-detail-policy_changed = عامل دوم الزامی برای: { $roles }
# unreviewed
event-detail-nobody = هیچ‌کس
# unreviewed
event-detail-signed_out_everywhere = { $which ->
    [others] همهٔ نشست‌های دیگر
   *[all] همهٔ نشست‌ها
  }
# unreviewed
event-detail-role_changed = { $until ->
    [none] { $role }
   *[other] { $role } تا { $until }
  }
# unreviewed
event-detail-role_lapsed = { $role } در { $until } پایان یافت
# unreviewed
event-detail-reinstated = { $how ->
    [role] با یک نقش تأیید شد
   *[other] بازگردانده شد
  }
# unreviewed
event-detail-suspended = دلیل: { $reason }
# unreviewed
event-detail-vouched = ضامن: { $handle }
# unreviewed
event-detail-activated = { $count } ضمانت
# unreviewed
event-detail-sealing_key_recorded = رازها با کلیدی بیرون از پایگاه داده مهر و موم می‌شوند
# unreviewed
event-detail-account_deleted = یک عضو حسابش را حذف کرد
# unreviewed
event-detail-revision_suppressed = نسخهٔ { $revision } از { $page }: { $reason }

# صفحهٔ وضعیت مرکز (برای مدیران).
# unreviewed
admin-status-title = کارهای پس‌زمینهٔ مرکز
# unreviewed
admin-status-lede = پس از هر تغییر، مرکز در پس‌زمینه نمایهٔ جست‌وجویش را به‌روز می‌کند و به دنبال‌کنندگان خبر می‌دهد. اینجا می‌بینید هر کدام تا کجا پیش رفته و آیا چیزی شکست خورده است.
# unreviewed
admin-status-followers = کارهایی که پی هر تغییر می‌آیند
# unreviewed
admin-status-failed-jobs = کارهایی که برای همیشه شکست خوردند
# unreviewed
admin-status-no-failed-jobs = هیچ کاری شکست نخورده است.
# unreviewed
admin-status-no-error = هیچ
# unreviewed
column-follower = کار
# unreviewed
column-applied-up-to = انجام‌شده تا تغییر
# unreviewed
column-behind = تغییرات در انتظار
# unreviewed
column-last-error = آخرین خطا
# unreviewed
column-job = کار
# unreviewed
column-attempts = تلاش‌ها
# unreviewed
follower-search = نمایهٔ جست‌وجو
# unreviewed
follower-notifications = اعلان به دنبال‌کنندگان
# unreviewed
job-prune_finished_jobs = پاک کردن کارهای پایان‌یافته و گام‌های ورود منقضی
# unreviewed
job-lapse_role_terms = پایان دادن به نقش‌هایی که دوره‌شان تمام شده
# unreviewed
job-remind_reviews = یادآوری صفحه‌های نیازمند بازبینی به دنبال‌کنندگان
# unreviewed
job-unknown = کاری که این نسخه نمی‌شناسد

# تاریخ‌ها. نام ماه‌های میلادی آن‌گونه که در یک تاریخ نوشته می‌شوند؛ زمان به وقت UTC است.
# unreviewed
month-1 = ژانویه
# unreviewed
month-2 = فوریه
# unreviewed
month-3 = مارس
# unreviewed
month-4 = آوریل
# unreviewed
month-5 = مه
# unreviewed
month-6 = ژوئن
# unreviewed
month-7 = ژوئیه
# unreviewed
month-8 = اوت
# unreviewed
month-9 = سپتامبر
# unreviewed
month-10 = اکتبر
# unreviewed
month-11 = نوامبر
# unreviewed
month-12 = دسامبر
# unreviewed
date-time = { $day } { $month } { $year }، ساعت { $time } (UTC)

# unreviewed
page-translate = ترجمه
# unreviewed
page-languages = این صفحه به زبان‌های دیگر
# unreviewed
translation-of = ترجمهٔ
# unreviewed
translation-update = به‌روزرسانی ترجمه
# unreviewed
translation-review-button = علامت‌گذاری به عنوان بازبینی‌شده توسط مترجم دوم
# unreviewed
translation-state-missing = ناموجود
# unreviewed
translation-state-draft = پیش‌نویس
# unreviewed
translation-state-outdated = کهنه
# unreviewed
translation-state-up-to-date = به‌روز
# unreviewed
translation-state-reviewed = بازبینی‌شده
# unreviewed
translate-choose-lede = زبانی را که این صفحه را به آن ترجمه می‌کنید برگزینید. ترجمهٔ شما به این صفحه پیوند می‌ماند: وقتی تغییر کند، بندهای تغییرکرده برایتان علامت می‌خورند.
# unreviewed
translate-lede = هر بند از متن اصلی کنار ترجمه‌اش آمده است. هر چه می‌توانید ترجمه کنید: بندی که خالی بماند، تا کسی ترجمه‌اش کند، واژه‌های متن اصلی را به خوانندگان نشان می‌دهد.
# unreviewed
translate-changed-count = { $count ->
    [one] یک بند از متن اصلی از زمان این ترجمه تغییر کرده است: علامت خورده است.
   *[other] { $count } بند از متن اصلی از زمان این ترجمه تغییر کرده‌اند: علامت خورده‌اند.
}
# unreviewed
translate-changed = در متن اصلی تغییر کرده
# unreviewed
translate-was = آنچه پیش‌تر می‌گفت
# unreviewed
translate-paragraph-label = ترجمهٔ بند { $number }
# unreviewed
translate-empty-hint = مارک‌داون را همان‌گونه که در متن اصلی است نگه دارید: # سرفصل‌ها، **پررنگ**، [پیوندها](…) و [[عنوان صفحه‌ها]] (اگر صفحه به زبان شما هست، عنوانش را به زبان خودتان بنویسید).
# unreviewed
translate-draft = هنوز تمام نشده: پیش‌نویس بماند
# unreviewed
translate-save = ذخیرهٔ ترجمه
# unreviewed
translations-title = ترجمه‌ها
# unreviewed
translations-lede = هر زبان تا کجا پیش رفته است: صفحه‌هایی که هنوز باید ترجمه شوند، ترجمه‌هایی که پس از تغییر متن اصلی باید به‌روز شوند، و آن‌هایی که مترجم دومی بازبینی کرده است.
# unreviewed
translations-language = زبان
# unreviewed
translations-show = نمایش
# unreviewed
translations-none = هنوز صفحه‌ای برای ترجمه به این زبان نیست.
# unreviewed
translations-done = ترجمه‌شده و به‌روز:
# unreviewed
translations-by-section = ترجمه‌ها بر پایهٔ بخش
# unreviewed
translations-done-column = انجام‌شده
# unreviewed
translations-next = برای ترجمه در گام بعد
# unreviewed
translations-next-none = چیزی منتظر نیست: همهٔ صفحه‌ها ترجمه‌شده و به‌روزند.
# unreviewed
translations-behind = { $count ->
    [one] متن اصلی از آن زمان یک بار تغییر کرده
   *[other] متن اصلی از آن زمان { $count } بار تغییر کرده
}
# unreviewed
translations-linked-from = { $count ->
    [one] یک صفحه به آن پیوند داده
   *[other] { $count } صفحه به آن پیوند داده‌اند
}
# unreviewed
problem-translation-own-review = ترجمه را مترجم دوم بازبینی می‌کند، نه کسی که آن را نوشته است.
# unreviewed
problem-translation-same-language = صفحه به زبانی که با آن نوشته شده ترجمه نمی‌شود.
# unreviewed
percent = { $value }٪
# unreviewed
translations-done-figure = { $done } از { $total } ({ $percent })

# unreviewed
glossary-title = واژه‌نامه
# unreviewed
glossary-lede = واژه‌هایی که این جامعه به یک شیوه ترجمه می‌کند تا همهٔ صفحه‌ها آن‌ها را یکسان بگویند. ویرایشگر ترجمه اصطلاح‌های هر بند را کنار آن نشان می‌دهد.
# unreviewed
glossary-none = هنوز اصطلاحی نیست.
# unreviewed
glossary-add-title = افزودن یا تغییر یک اصطلاح
# unreviewed
glossary-keep = همان‌گونه که هست بماند (یک نام، یک ابزار)
# unreviewed
glossary-kept = همان‌گونه می‌ماند
# unreviewed
glossary-save = ذخیرهٔ اصطلاح
# unreviewed
glossary-remove = برداشتن
# unreviewed
field-term = اصطلاح
# unreviewed
field-translation = ترجمه
# unreviewed
translate-terms = از واژه‌نامه
# unreviewed
translate-suggestions = پیش‌تر ترجمه‌شده
# unreviewed
translate-claim = من این صفحه را ترجمه می‌کنم (برای دو روز)
# unreviewed
translate-release = دیگر این صفحه را ترجمه نمی‌کنم
# unreviewed
translate-claimed-by = { $handle } تا { $date } این صفحه را ترجمه می‌کند.
# unreviewed
translate-claimed-you = شما تا { $date } این صفحه را ترجمه می‌کنید.
# unreviewed
sections-translations = عنوان و توضیح به زبان‌های دیگر
# unreviewed
sections-translations-hint = خوانندگان هر زبان عنوان و توضیح آن زبان را به جای عنوان و توضیح اصلی بخش می‌بینند. برای برداشتن آن‌ها عنوان را خالی بگذارید.
# unreviewed
translate-use = به کار ببر

# unreviewed
nav-discussion = گفت‌وگو
# unreviewed
discussion-title = گفت‌وگو
# unreviewed
discussion-lede = رشته‌ها در دسته‌ها: آن‌ها را اینجا بخوانید و بنویسید، و به‌زودی با ایمیل هم.
# unreviewed
discussion-none = هنوز هیچ دسته‌ای برای شما باز نیست.
# unreviewed
discussion-threads = { $count ->
    [one] یک رشته
   *[other] { $count } رشته
}
# unreviewed
discussion-latest = آخرین نوشته
# unreviewed
discussion-older = رشته‌های قدیمی‌تر
# unreviewed
former-member = عضو پیشین
# unreviewed
category-new = دستهٔ تازه
# unreviewed
category-settings = تنظیمات دسته
# unreviewed
category-save = ذخیرهٔ دسته
# unreviewed
category-watch = دنبال کردن این دسته
# unreviewed
category-unwatch = دنبال نکردن
# unreviewed
category-no-threads = هنوز رشته‌ای نیست.
# unreviewed
category-readers-public = هر کسی می‌تواند آن را بخواند، وارد شده باشد یا نه.
# unreviewed
category-readers-members = اعضا می‌توانند آن را بخوانند.
# unreviewed
category-readers-roles = فقط این‌ها می‌توانند آن را بخوانند: { $roles }.
# unreviewed
category-readers-chosen-roles = فقط نقش‌های علامت‌خورده در پایین
# unreviewed
category-slug-hint = بخشی از نشانی آن و بعدها نشانی ایمیل آن: حروف کوچک و رقم‌ها که با خط تیره جدا شده‌اند، مثلاً ask-the-community.
# unreviewed
category-starters-readers = همهٔ کسانی که آن را می‌خوانند
# unreviewed
category-starters-facilitators = فقط تسهیل‌گران (اطلاعیه‌ها)
# unreviewed
category-moderation-first-posts = نخستین نوشتهٔ هر عضو منتظر تسهیل‌گر می‌ماند
# unreviewed
category-moderation-all = هر نوشته منتظر تسهیل‌گر می‌ماند
# unreviewed
category-moderation-none = هیچ نوشته‌ای منتظر نمی‌ماند
# unreviewed
field-category-name = نام
# unreviewed
field-category-slug = نام کوتاه
# unreviewed
field-category-description = برای چیست
# unreviewed
field-category-readers = چه کسانی می‌توانند آن را بخوانند
# unreviewed
field-starters = چه کسانی می‌توانند رشته آغاز کنند
# unreviewed
field-moderation = نظارت
# unreviewed
field-moderation-note = یادداشت
# unreviewed
field-thread-title = عنوان
# unreviewed
field-post = نوشتهٔ شما (Markdown)
# unreviewed
thread-new = آغاز یک رشته
# unreviewed
thread-start = آغاز رشته
# unreviewed
thread-posts = { $count ->
    [one] یک نوشته
   *[other] { $count } نوشته
}
# unreviewed
thread-solved = حل‌شده
# unreviewed
thread-locked = قفل‌شده
# unreviewed
thread-mute = بی‌صدا کردن این رشته
# unreviewed
thread-unmute = برداشتن بی‌صدا
# unreviewed
thread-lock = قفل کردن
# unreviewed
thread-unlock = باز کردن
# unreviewed
thread-reply = پاسخ
# unreviewed
thread-reply-button = فرستادن پاسخ
# unreviewed
thread-locked-notice = این رشته قفل است: فقط تسهیل‌گران می‌توانند در آن بنویسند.
# unreviewed
post-held = در انتظار تسهیل‌گر
# unreviewed
post-rejected = منتشر نشد
# unreviewed
post-rejected-note = یادداشت یک تسهیل‌گر:
# unreviewed
post-edited = ویرایش‌شده
# unreviewed
post-solution = پاسخ
# unreviewed
post-quoting = در پاسخ به
# unreviewed
post-deleted = این نوشته پاک شد.
# unreviewed
post-quote = نقل و پاسخ
# unreviewed
post-edit = ویرایش نوشته
# unreviewed
post-edit-hint = خوانندگان می‌توانند ببینند نوشته پیش از هر ویرایش چه می‌گفت.
# unreviewed
post-back = بازگشت به رشته
# unreviewed
post-mark-solution = نشان دادن به‌عنوان پاسخ
# unreviewed
post-unmark-solution = پاسخ نیست
# unreviewed
post-history = نسخه‌های پیشین یک نوشته
# unreviewed
post-history-now = اکنون
# unreviewed
post-history-until = تا
# unreviewed
moderation-title = نوشته‌های در انتظار تسهیل‌گر
# unreviewed
moderation-lede = نوشته‌ای را بپذیرید تا منتشر شود، یا با یادداشتی که فقط نویسنده‌اش می‌بیند ردش کنید. هر تصمیم ثبت می‌شود.
# unreviewed
moderation-none = چیزی در انتظار نیست.
# unreviewed
moderation-starts = آغاز می‌کند
# unreviewed
moderation-replies = پاسخ می‌دهد در
# unreviewed
moderation-note = یادداشت برای نویسنده (اختیاری)
# unreviewed
moderation-approve = پذیرفتن
# unreviewed
moderation-reject = رد کردن
# unreviewed
notification-post = نوشتهٔ تازه در
# unreviewed
problem-category-no-roles = دست‌کم یک نقش را که می‌تواند دسته را بخواند علامت بزنید.
# unreviewed
problem-category-readers = انتخاب کنید چه کسانی می‌توانند دسته را بخوانند.
# unreviewed
problem-category-slug-taken = دستهٔ دیگری این نام کوتاه را دارد.
# unreviewed
problem-unknown-starters = انتخاب کنید چه کسانی می‌توانند رشته آغاز کنند.
# unreviewed
problem-unknown-moderation = انتخاب کنید نوشته‌ها چگونه نظارت شوند.

# unreviewed
field-delivery = با ایمیل
# unreviewed
delivery-every = هر نوشته
# unreviewed
delivery-web = هیچ: در وب می‌خوانم
# unreviewed
delivery-save = ذخیره
# unreviewed
delivery-to = ایمیل فرستاده می‌شود به
# unreviewed
delivery-no-address = حساب شما هنوز نشانی ایمیل تأییدشده ندارد، پس چیزی با ایمیل برایتان فرستاده نمی‌شود.
# unreviewed
unsubscribe-title = توقف ایمیل‌های یک دسته
# unreviewed
unsubscribe-lede = دیگر نوشته‌های «{ $category }» را با ایمیل دریافت نکنید؟ همچنان می‌توانید آن‌ها را در وب بخوانید و دوباره در صفحهٔ دسته ایمیل را انتخاب کنید.
# unreviewed
unsubscribe-button = توقف ایمیل‌ها
# unreviewed
unsubscribe-done = انجام شد: نوشته‌های «{ $category }» دیگر با ایمیل برایتان فرستاده نمی‌شوند.
# unreviewed
mail-read-on-web = رشته را بخوانید و در وب پاسخ دهید
# unreviewed
mail-stop = توقف این پیام‌ها
# unreviewed
follower-mail = ایمیل به اعضایی که با ایمیل دنبال می‌کنند
# unreviewed
job-deliver_post = فرستادن یک نوشته با ایمیل به یک عضو
# unreviewed
job-confirm_address = فرستادن پیوند برای تأیید یک نشانی
# unreviewed
field-email = نشانی ایمیل
# unreviewed
problem-unknown-delivery = هر نوشته، یک خلاصهٔ روزانه یا هیچ‌چیز با ایمیل را انتخاب کنید.
# unreviewed
problem-email-address = نشانی‌ای مانند name@example.org به کار ببرید.

# unreviewed
email-title = نشانی ایمیل
# unreviewed
email-lede = جایی که مرکز نوشته‌های گفت‌وگوهایی را که با ایمیل دنبال می‌کنید می‌فرستد. فقط شما و مرکز آن را می‌بینید؛ اعضای دیگر هرگز.
# unreviewed
email-current = ایمیل فرستاده می‌شود به
# unreviewed
email-none = شما اینجا نشانی ایمیلی ندارید.
# unreviewed
email-requested = پیوندی به { $address } فرستاده شد: وقتی آن را باز کنید، نشانی از آنِ شما می‌شود.
# unreviewed
email-sent = پیوندی به { $address } فرستادیم. آن را ظرف دو روز باز کنید تا نشانی تأیید شود.
# unreviewed
email-hub-sends-none = این مرکز ایمیل نمی‌فرستد: گفت‌وگوهایش فقط در وب است.
# unreviewed
email-hint = برای برداشتن نشانی، آن را خالی بگذارید.
# unreviewed
email-button = ذخیرهٔ نشانی
# unreviewed
email-confirm-title = تأیید نشانی ایمیل
# unreviewed
email-confirm-lede = دکمه را بزنید تا تأیید کنید این نشانی از آنِ شماست.
# unreviewed
email-confirm-button = تأیید نشانی
# unreviewed
email-confirmed = تأیید شد: ایمیل‌ها اکنون به { $address } فرستاده می‌شوند.
# unreviewed
mail-confirm-subject = نشانی خود را برای { $community } تأیید کنید
# unreviewed
mail-confirm-body = کسی که با نام { $handle } وارد شده خواسته است این نشانی ایمیل‌های مرکز را دریافت کند. برای تأیید، این پیوند را باز کنید (دو روز کار می‌کند):
# unreviewed
mail-confirm-not-you = اگر شما نبودید، کاری نکنید: بدون این پیوند چیزی به این نشانی نمی‌رسد.
# unreviewed
event-email_changed = نشانی ایمیل تأیید شد
# unreviewed
event-email_removed = نشانی ایمیل برداشته شد
# unreviewed
problem-email-unusable = این نشانی را نمی‌توان به کار برد. نشانی دیگری انتخاب کنید.
# unreviewed
post-folded = متن نقل‌شده و امضا
# unreviewed
delivery-digest = یک خلاصه در روز
# unreviewed
mail-digest-author = خلاصهٔ روزانه
# unreviewed
mail-digest-subject = خلاصهٔ { $date }
# unreviewed
job-send_digests = آماده کردن خلاصه‌های روزانه
# unreviewed
job-deliver_digest = فرستادن خلاصهٔ روزانه به یک عضو
# unreviewed
email-stopped = ایمیل‌ها به این نشانی سه بار پیاپی تحویل نشده برگشتند، پس مرکز دیگر به آن نمی‌فرستد. نشانی را دوباره (یا نشانی دیگری) ذخیره کنید و پیوندی را که می‌فرستیم باز کنید تا دوباره آغاز شود.
# unreviewed
notification-mail-stopped = ایمیل‌ها به نشانی شما بارها تحویل نشده برگشتند، پس مرکز دیگر به آن نمی‌فرستد.
