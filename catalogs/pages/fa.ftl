### Awaiting review by a native translator.
### Glossary: the one in ../fa.ftl (the app's Persian catalog): same terms, register and button words.
### Terms of this catalog: sign in / log in = ورود / وارد شدن; account = حساب کاربری;
###   two-step verification = تأیید دومرحله‌ای; text message = پیامک; password = رمز عبور;
###   username = نام کاربری; e-identification = شناسه الکترونیکی; e-service = سامانه; app = برنامه.

# The language's name in itself, as the language switch lists it.
language-name = فارسی

## Signing in and the account page

phone-label = شماره تلفن همراه
phone-hint = برای تأیید دومرحله‌ای، اگر آن را می‌خواهید: هنگام ورود، یک کد با پیامک به این شماره می‌فرستیم. باید بتوانید پیامک دریافت کنید.
enter-phone = شماره تلفن همراه خود را وارد کنید
phone-format = شماره تلفن همراه را با رقم وارد کنید، مانند ⁦070 123 45 67⁩ یا ⁦+46 70 123 45 67⁩
second-step-title = کدی را که با پیامک دریافت کرده‌اید وارد کنید
no-text-messages = نمی‌توانم پیامک دریافت کنم
lost-phone-title = ورود بدون پیامک
lost-phone-intro = یک کد 6 رقمی به نشانی ایمیل شما فرستاده‌ایم. برای ورود، کد را وارد کنید. پس از آن تأیید دومرحله‌ای غیرفعال می‌شود و می‌توانید آن را با یک شماره جدید دوباره فعال کنید.
lost-phone-button = ورود
two-step-turned-off = تأیید دومرحله‌ای غیرفعال است. آن را در صفحه «حساب کاربری شما» با شماره جدیدتان دوباره فعال کنید.
account-title = حساب کاربری شما
account-email = نشانی ایمیل را نمی‌توان تغییر داد.
two-step-title = تأیید دومرحله‌ای
two-step-help = با تأیید دومرحله‌ای، ورود شما در دو مرحله انجام می‌شود: با چیزی که می‌دانید (رمز عبور شما) و چیزی که دارید (تلفن شما). ممکن است پیامک‌ها به‌طور موقت یا برای همیشه کار نکنند؛ در آن صورت شاید لازم باشد شماره تلفن حساب کاربری خود را تغییر دهید تا بتوانید دوباره وارد شوید.
two-step-is-off = تأیید دومرحله‌ای غیرفعال است.
turn-on-two-step = فعال کردن تأیید دومرحله‌ای
change-phone = تغییر شماره تلفن
turn-off-two-step = غیرفعال کردن تأیید دومرحله‌ای
phone-title = شماره تلفن برای تأیید دومرحله‌ای
password-again-label = رمز عبور شما
confirm-phone-title = شماره تلفن را تأیید کنید
confirm-phone-button = تأیید
two-step-on = تأیید دومرحله‌ای فعال است.
two-step-off-title = غیرفعال کردن تأیید دومرحله‌ای
two-step-off-intro = بدون تأیید دومرحله‌ای، رمز عبور شما برای ورود کافی است.
two-step-off-button = غیرفعال کردن
to-account = رفتن به حساب کاربری شما
bank-id-title = BankID و Mobile BankID
bank-id-help = اگر BankID روی رایانه‌ای نصب است که از آن وارد می‌شوید، BankID را انتخاب کنید؛ اگر آن را روی تلفن یا تبلت دارید، Mobile BankID را. برای گرفتن BankID باید با بانک خود تماس بگیرید.
bank-id-this-device = ورود با BankID در این دستگاه
bank-id-other-device = ورود با Mobile BankID در دستگاهی دیگر
bank-id-on-this-device = BankID در این دستگاه
mobile-bank-id-title = Mobile BankID
bank-id-open = باز کردن BankID
bank-id-open-again = اتفاقی نمی‌افتد؟ BankID را از اینجا باز کنید
bank-id-scan = برنامه BankID را در تلفن یا تبلت خود باز کنید. در برنامه روی نماد کد QR بزنید و کد QR همین‌جا را اسکن کنید.
bank-id-qr-alt = کد QR برای اسکن با برنامه BankID
bank-id-cancel = لغو
bank-id-try-again = تلاش دوباره
professional-title = شهرداری، شورای استان یا منطقه
professional-help = برای کسانی که می‌خواهند با شناسه الکترونیکی کاری خود از شهرداری، شورای استان یا منطقه وارد شوند. امروزه از کارت‌های SITHS استفاده می‌شود؛ این کارت‌ها با Efos (شناسه الکترونیکی برای بخش عمومی) جایگزین خواهند شد.
professional-button = ورود با شناسه الکترونیکی کاری
professional-checklist-intro = اگر در ورود مشکل دارید، این موارد را بررسی کنید:
professional-checklist = 
    آیا کارت و کارت‌خوان به رایانه شما وصل هستند؟
    آیا Net iD روی رایانه شما نصب است؟
    آیا گواهی روی کارت شما هنوز معتبر است؟
    آیا سازمان شما از پراکسی وب خروجی استفاده می‌کند که ترافیک TLS/SSL را بازرسی می‌کند؟ اگر ترافیک بازرسی شود، ورود کار نمی‌کند. روی نماد قفل در نوار نشانی کلیک کنید و گواهی را ببینید: این گواهی نباید از سوی سازمان خود شما صادر شده باشد.
    امتحان کنید که آیا می‌توانید در صفحه آزمایشی SITHS وارد شوید.
professional-still-problems = اگر همچنان مشکل دارید، لطفاً با مرکز تماس ما تماس بگیرید.
more-alternatives = روش‌های دیگر
telia-title = شناسه الکترونیکی Telia
telia-help = شناسه الکترونیکی Telia امروزه بیشتر توسط مشتریان شرکتی Telia استفاده می‌شود. اگر کارت شناسایی اداره مالیات سوئد (Skatteverket) با شناسه الکترونیکی Telia دارید، شما هم می‌توانید از آن استفاده کنید. کارت‌های قدیمی حداکثر پنج سال اعتبار دارند.
telia-button = ورود با شناسه الکترونیکی Telia
test-provider = (آزمایشی)
eid-email-title = نشانی ایمیل شما
eid-email-intro = نخستین باری که با شناسه الکترونیکی وارد می‌شوید، نشانی ایمیلی را وارد کنید که به آن دسترسی دارید. ایمیل‌های مربوط به درخواست شما را به آن نشانی می‌فرستیم. بعداً نمی‌توانید نشانی ایمیل را تغییر دهید.
eid-email-button = ارسال کد
eid-failed = ورود با شناسه الکترونیکی لغو شد یا انجام نشد. دوباره تلاش کنید یا روش دیگری را برای ورود انتخاب کنید
skip-two-step = ادامه بدون تأیید دومرحله‌ای
continue-to-application = ادامه
two-step-required = این حساب کاربری تأیید دومرحله‌ای دارد. از صفحه ورود وارد شوید.
sign-in-title = ورود
sign-in-intro = برای پر کردن درخواست وارد شوید. پاسخ‌های شما ذخیره می‌شوند تا بعداً بتوانید ادامه دهید.
sign-out-title = خروج
sign-out-intro = وقتی کارتان تمام شد از سامانه خارج شوید، به‌ویژه اگر از رایانه‌ای استفاده می‌کنید که دیگران هم از آن استفاده می‌کنند. آنچه ذخیره شده است حفظ می‌شود.
sign-out-button = خروج
email-label = نشانی ایمیل
email-or-username-label = نشانی ایمیل یا نام کاربری
password-label = رمز عبور
sign-in-button = ورود
no-account-yet = ایجاد حساب کاربری
create-account-title = ایجاد حساب کاربری
email-cannot-change = یک کد به این نشانی می‌فرستیم. بعداً نمی‌توانید نشانی ایمیل را تغییر دهید.
create-account-button = ایجاد حساب
have-account = از قبل حساب کاربری دارم
verify-title = نشانی ایمیل خود را تأیید کنید
verify-intro = یک کد 6 رقمی به این نشانی فرستاده‌ایم. کد را ظرف 30 دقیقه وارد کنید. اگر ایمیل را پیدا نمی‌کنید، پوشه هرزنامه را نگاه کنید.
code-label = کد
verify-button = تأیید
enter-email = نشانی ایمیل خود را وارد کنید
email-format = نشانی ایمیل را در قالب درست وارد کنید، مانند name@example.com
enter-password = رمز عبور خود را وارد کنید
enter-email-or-username = نشانی ایمیل یا نام کاربری خود را وارد کنید
email-or-username-format = نشانی ایمیل، مانند name@example.com، یا نام کاربری 6 کاراکتری را وارد کنید
enter-code = کدی را که با ایمیل دریافت کرده‌اید وارد کنید
code-format = کد 6 رقم دارد. آن را همان‌طور که در ایمیل آمده است وارد کنید
account-exists = حسابی با این نشانی ایمیل از قبل وجود دارد. به‌جای آن وارد شوید
wrong-credentials = نشانی ایمیل یا رمز عبور درست نیست. هر دو را بررسی کنید و دوباره تلاش کنید
wrong-code = کد درست نیست. کد را در آخرین ایمیلی که از ما دریافت کرده‌اید بررسی کنید
code-used-up = کد بیش از حد مجاز اشتباه وارد شد و دیگر کار نمی‌کند. یک کد جدید بگیرید
code-expired = کد فقط 30 دقیقه اعتبار دارد و منقضی شده است. یک کد جدید بگیرید
new-code-button = ارسال کد جدید
new-code-sent = یک کد جدید به این نشانی فرستاده‌ایم. کدی که پیش‌تر داشتید دیگر کار نمی‌کند.
forgot-link = رمز عبور خود را فراموش کرده‌اید؟
forgot-title = بازنشانی رمز عبور
forgot-intro = نشانی ایمیل حساب کاربری خود را وارد کنید. یک کد به آن می‌فرستیم و با آن کد رمز عبور جدیدی انتخاب می‌کنید.
forgot-button = ارسال کد
reset-title = رمز عبور جدیدی انتخاب کنید
reset-intro = اگر حسابی با این نشانی وجود داشته باشد، یک کد 6 رقمی به آن فرستاده‌ایم. کد را ظرف 30 دقیقه وارد کنید و رمز عبور جدیدی انتخاب کنید. اگر ایمیل را پیدا نمی‌کنید، پوشه هرزنامه را نگاه کنید.
new-password-label = رمز عبور جدید
reset-button = ذخیره رمز عبور و ورود
ask-for-reset-code = گرفتن کد برای انتخاب رمز عبور جدید، همین‌جا در همین مرورگر
password-method-title = نام کاربری و رمز عبور
password-method-help = اگر حساب کاربری خود را پس از 4 دسامبر 2018 ایجاد کرده‌اید، با نشانی ایمیل و رمز عبور خود وارد می‌شوید. اگر حسابی از پیش از آن دارید، از نام کاربری 6 کاراکتری و رمز عبور خود استفاده کنید. اگر حساب کاربری ندارید، می‌توانید یک حساب جدید ایجاد کنید.
foreign-eid-title = شناسه الکترونیکی خارجی
foreign-eid-intro = هر سامانه‌ای که از شناسه الکترونیکی استفاده می‌کند، به شماره شخصی (personnummer) سوئدی نیاز دارد.
foreign-eid-link = ورود با شناسه الکترونیکی خارجی
foreign-eid-page = برای ورود با شناسه الکترونیکی، باید شماره شخصی (personnummer) سوئدی داشته باشید و در ثبت احوال سوئد (folkbokföring) ثبت شده باشید. از هیچ شناسه الکترونیکی بین‌المللی نمی‌توان استفاده کرد.
foreign-eid-what-to-do = به‌جای آن می‌توانید با نشانی ایمیل خود یک حساب کاربری ایجاد کنید و با نام کاربری و رمز عبور وارد شوید.
back-to-sign-in = بازگشت به صفحه ورود
new-text-code-sent = یک کد جدید با پیامک فرستاده‌ایم. کدی که پیش‌تر داشتید دیگر کار نمی‌کند.
sign-in-to-confirm = برای وارد کردن کدی که برایتان فرستادیم، با نشانی ایمیل و رمز عبور خود وارد شوید
sign-in-to-fill = برای پر کردن «{ $form }» وارد شوید. پاسخ‌های شما ذخیره می‌شوند تا بعداً بتوانید ادامه دهید.
second-step-intro = یک کد 6 رقمی با پیامک به شماره تلفنی که به { $ending } ختم می‌شود فرستاده‌ایم. این کد 10 دقیقه اعتبار دارد.
confirm-phone-intro = یک کد 6 رقمی با پیامک به شماره جدید، که به { $ending } ختم می‌شود، فرستاده‌ایم. کد را وارد کنید تا تأیید شود که این تلفن متعلق به شماست.
two-step-is-on = تأیید دومرحله‌ای فعال است. کدها با پیامک به شماره تلفنی که به { $ending } ختم می‌شود فرستاده می‌شوند.
new-password-hint = دست‌کم { $min } کاراکتر.
password-too-short = رمز عبوری با دست‌کم { $min } کاراکتر انتخاب کنید

## BankID: what the app is doing (the recommended user messages of BankID's documentation)

bankid-rfa-1 = برنامه BankID خود را باز کنید.
bankid-rfa-3 = عملیات لغو شد. لطفاً دوباره تلاش کنید.
bankid-rfa-4 = یک شناسایی یا امضا برای این شماره شخصی (personnummer) از قبل آغاز شده است. لطفاً دوباره تلاش کنید.
bankid-rfa-5 = خطای داخلی. لطفاً دوباره تلاش کنید.
bankid-rfa-6 = عملیات لغو شد.
bankid-rfa-8 = برنامه BankID پاسخ نمی‌دهد. بررسی کنید که برنامه باز باشد و به اینترنت دسترسی داشته باشید. اگر BankID معتبر ندارید، می‌توانید آن را از بانک خود بگیرید. دوباره تلاش کنید.
bankid-rfa-9 = کد امنیتی خود را در برنامه BankID وارد کنید و «شناسایی» (Identify یا Identifiera) را انتخاب کنید.
bankid-rfa-13 = در حال تلاش برای باز کردن برنامه BankID شما.
bankid-rfa-15-a = در حال جستجوی BankID، ممکن است کمی طول بکشد … اگر چند ثانیه گذشته و هنوز هیچ BankID پیدا نشده است، احتمالاً BankID ای ندارید که بتوان با آن این شناسایی را در این دستگاه انجام داد. اگر BankID ندارید، می‌توانید آن را از بانک خود بگیرید.
bankid-rfa-16 = BankID ای که می‌خواهید از آن استفاده کنید مسدود شده یا بیش از حد قدیمی است. از BankID دیگری استفاده کنید یا یک BankID جدید از بانک خود بگیرید.
bankid-rfa-17-a = برنامه BankID در رایانه یا دستگاه همراه شما پیدا نشد. آن را نصب کنید و از بانک خود BankID بگیرید. برنامه را از فروشگاه برنامه یا از https://install.bankid.com نصب کنید.
bankid-rfa-17-b = اسکن کد QR انجام نشد. برنامه BankID را باز کنید و کد QR را اسکن کنید. بررسی کنید که برنامه BankID به‌روز باشد. اگر برنامه BankID را ندارید، باید آن را نصب کنید و از بانک خود BankID بگیرید. برنامه را از فروشگاه برنامه یا از https://install.bankid.com نصب کنید.
bankid-rfa-21 = شناسایی در حال انجام است.
bankid-rfa-22 = خطای ناشناخته. لطفاً دوباره تلاش کنید.
bankid-rfa-23 = مدرک سفر ماشین‌خوان خود (مانند گذرنامه) را با برنامه BankID اسکن کنید.

## Checking an application without signing in, the support page, signing out, the start page

status-title = درخواست خود را بدون ورود به سامانه بررسی کنید
status-intro = اگر شناسه الکترونیکی ندارید و نمی‌توانید حساب کاربری هم ایجاد کنید، می‌توانید درخواست خود را بدون ورود به سامانه بررسی کنید. می‌توانید ببینید که آیا درخواست شما ثبت شده است و آیا درباره آن تصمیمی گرفته شده است.
reference-label = شماره پیگیری
reference-hint = این شماره در ایمیلی آمده است که پس از تأیید درخواست دریافت کردید، برای مثال BL-2026-4821-0736.
date-of-birth-label = تاریخ تولد شما
date-of-birth-hint = همان‌طور که در درخواست آمده است (روز، ماه و سال به تاریخ میلادی)، برای مثال 27 3 1990.
check-button = بررسی درخواست
enter-reference = شماره پیگیری را وارد کنید
reference-format = شماره پیگیری را همان‌طور که در ایمیل آمده است وارد کنید، مانند BL-2026-4821-0736
enter-date-of-birth = تاریخ تولد خود را وارد کنید
date-of-birth-format = تاریخ تولد خود را به‌صورت تاریخی که واقعاً وجود دارد، با روز، ماه و سال، وارد کنید
date-of-birth-in-past = تاریخ تولد شما باید پیش از امروز باشد
status-result = درخواست شما
not-decided = هنوز تصمیمی گرفته نشده است. اکنون لازم نیست کاری انجام دهید. بعداً دوباره بررسی کنید.
not-found = درخواستی با این شماره پیگیری و این تاریخ تولد پیدا نکردیم. هر دو را با ایمیلی که پس از تأیید درخواست دریافت کردید مقایسه کنید و دوباره تلاش کنید.
or-sign-in = شناسه الکترونیکی یا حساب کاربری دارید؟ برای دیدن درخواست خود وارد شوید.
support-title = پشتیبانی فنی سامانه
support-intro = اگر هنگام استفاده از سامانه با مشکل فنی روبه‌رو شدید، تیم پشتیبانی ما می‌تواند به شما کمک کند، برای مثال در مشکلات ورود، پرسش‌های مربوط به رمز عبور یا پیام‌های خطا.
try-first-title = اول این‌ها را امتحان کنید
try-first-intro = بسیاری از مشکلات بدون تماس با ما حل می‌شوند. لطفاً پیش از تماس با ما این موارد را امتحان کنید.
support-reset-title = اگر خطا پس از رفع علت آن باقی بماند
reset-text = سامانه آنچه را می‌نویسید روی همین دستگاه هم نگه می‌دارد تا اگر اتصال شبکه قطع شد، چیزی از بین نرود. اگر به نظر می‌رسد خطایی باقی مانده است، داده‌هایی را که سامانه روی این دستگاه ذخیره کرده است پاک کنید. لازم نیست کوکی‌ها یا تاریخچه مرور خود را پاک کنید. آنچه نزد ما ذخیره کرده‌اید حفظ می‌شود: دوباره وارد شوید و ادامه دهید. فقط پاسخ‌هایی از بین می‌روند که این دستگاه هنوز نتوانسته است آن‌ها را بفرستد.
reload-title = اگر سامانه قفل شده به نظر می‌رسد
reload-text = صفحه را دوباره بارگیری کنید: کلید F5 (PC)، Command+Shift+R (Mac) یا دکمه بارگیری دوباره مرورگر خود را بزنید. پاسخ‌های شما حفظ می‌شوند.
network-title = اگر سامانه باز نمی‌شود
network-text = فایروال‌ها در شبکه‌های عمومی و در شبکه‌های شرکت یا محل کار ممکن است جلوی سامانه را بگیرند، حتی اگر رایانه خودتان را همراه داشته باشید. از یک شبکه خصوصی امتحان کنید، مانند شبکه خانگی خود یا اینترنت همراه تلفنتان.
questions-title = پرسش‌های رایج
account-question = چگونه حساب کاربری ایجاد کنم؟
account-answer = در صفحه ورود، «نام کاربری و رمز عبور» و سپس «ایجاد حساب کاربری» را انتخاب کنید. یک کد تأیید به نشانی ایمیل شما می‌فرستیم. اگر ایمیلی از ما دریافت نکردید، ممکن است برنامه ایمیل شما آن را هرزنامه تشخیص داده باشد؛ پس پوشه هرزنامه را نگاه کنید.
email-question = آیا می‌توانم نشانی ایمیل خود را تغییر دهم؟
email-answer = خیر. باید به نشانی‌ای که وارد می‌کنید دسترسی داشته باشید، چون از آن برای تماس با شما استفاده می‌کنیم. پس از ایجاد حساب کاربری، نمی‌توان آن را تغییر داد.
time-question = در هر صفحه چقدر زمان دارم؟
back-question = آیا می‌توانم از دکمه بازگشت مرورگر استفاده کنم؟
back-answer = بله. دکمه‌های بازگشت و جلو در مرورگر، درست مانند دکمه‌های خود فرم، شما را بین صفحه‌های فرم جابه‌جا می‌کنند و چیزی از آنچه نوشته‌اید از بین نمی‌رود.
kept-question = اگر کار را نیمه‌کاره رها کنم، آنچه نوشته‌ام تا چه مدت نگه داشته می‌شود؟
kept-answer = اگر درخواست خود را نیمه‌کاره رها کنید یا با قطعی فنی روبه‌رو شوید، آنچه نوشته‌اید نگه داشته می‌شود. در این مدت دوباره وارد شوید، وگرنه حذف می‌شود:
continue-question = چگونه درخواست خود را ادامه دهم؟
continue-answer = دوباره وارد شوید و همان فرم را باز کنید. از همان صفحه‌ای که کار را در آن رها کرده بودید ادامه می‌دهید.
password-question = رمز عبور خود را فراموش کرده‌ام
password-answer = در صفحه ورود، «رمز عبور خود را فراموش کرده‌اید؟» را انتخاب کنید. یک کد به نشانی ایمیل شما می‌فرستیم و با آن کد رمز عبور جدیدی انتخاب می‌کنید.
print-question = آیا می‌توانم درخواست خود را پیش از ارسال بررسی کنم؟
print-answer = بله. وقتی به همه پرسش‌ها پاسخ دادید، همه پاسخ‌های خود را می‌بینید، می‌توانید آن‌ها را تغییر دهید و می‌توانید درخواست را چاپ کنید تا مطمئن شوید درست پر شده است.
confirm-question = وقتی درخواست را تأیید می‌کنم، چه اتفاقی می‌افتد؟
confirm-answer = پس از تأیید درخواست، دیگر نمی‌توانید هیچ اطلاعاتی را تغییر دهید و نمی‌توانید مدرکی هم بفرستید. یک پیام تأیید همراه با شماره پیگیری به نشانی ایمیل شما می‌فرستیم.
status-question = آیا می‌توانم درخواست خود را بدون ورود به سامانه ببینم؟
status-answer = بله: با شماره پیگیری و تاریخ تولد خود می‌توانید ببینید که آیا درخواست ثبت شده است و آیا درباره آن تصمیمی گرفته شده است.
call-title = با ما تماس بگیرید
call-intro = پاسخ پرسش خود را پیدا نکردید؟ برای کمک با ما تماس بگیرید.
phone-number-title = شماره تلفن
hours-title = ساعات پاسخگویی تلفنی
email-title = به ما ایمیل بزنید
email-intro = اگر درباره سامانه پرسشی دارید، می‌توانید به ما ایمیل هم بزنید. البته دریافت پاسخ از طریق ایمیل بیشتر از تماس تلفنی طول می‌کشد.
email-link = ایمیل به پشتیبانی فنی
feedback-title = سپاسگزاریم
back-to-page = بازگشت به صفحه
feedback-gone = نظر شما ذخیره نشد، چون پاسخی که به آن مربوط بود دیگر وجود ندارد یا از قبل نظری برای آن ثبت شده است.
signed-out-intro = شما از سامانه خارج شده‌اید. آنچه ذخیره کرده‌اید حفظ شده است.
sign-in-again = ورود دوباره
forms = درخواست‌ها
forms-intro = درخواستی را که می‌خواهید پر کنید انتخاب کنید.
registered = درخواست { $reference } ثبت شده است. این درخواست در تاریخ { $date } ساعت { $time } ثبت شد.
decided = در تاریخ { $date } درباره درخواست تصمیم گرفته شد.
try-again-at = شما بارها تلاش کرده‌اید. برای محافظت از درخواست‌ها، ساعت { $time } دوباره تلاش کنید.
try-again-on = شما بارها تلاش کرده‌اید. برای محافظت از درخواست‌ها، روز { $day } ساعت { $time } دوباره تلاش کنید.
# The first sentence of the answer about time on pages, when every page has the same limit.
time-on-each-page = در هر صفحه { $minutes } دقیقه.
time-on-pages-between = در هر صفحه { $shortest } تا { $longest } دقیقه، بسته به صفحه.
# $time is one of the two sentences above.
time-warned-continue = { $time } پیش از تمام شدن زمان به شما هشدار داده می‌شود و می‌توانید زمان بیشتری بگیرید، در هر صفحه تا { $extensions } بار. وقتی زمان تمام شود، پاسخ‌های شما ذخیره می‌شوند و زمان صفحه از نو شروع می‌شود.
time-warned-sign-out = { $time } پیش از تمام شدن زمان به شما هشدار داده می‌شود و می‌توانید زمان بیشتری بگیرید، در هر صفحه تا { $extensions } بار. وقتی زمان تمام شود، پاسخ‌های شما ذخیره می‌شوند و از سامانه خارج می‌شوید.
draft-kept-days = { $days } روز پس از آخرین تغییر شما
draft-kept-hours = { $hours } ساعت پس از آخرین تغییر شما
times-in = زمان‌ها به وقت منطقه زمانی { $zone } هستند (اکنون UTC{ $offset }).
comment-too-long = حداکثر { $max } حرف بنویسید

## Dates and times, as the backend's pages and mails write them.

# "3 December 2026"
date = { $day } { $month } { $year }
# "3 December", a day this year
day-and-month = { $day } { $month }
# "14:05"; the hour and the minute arrive with two digits each.
time-of-day = { $hour }:{ $minute }
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
monday = دوشنبه
tuesday = سه‌شنبه
wednesday = چهارشنبه
thursday = پنجشنبه
friday = جمعه
saturday = شنبه
sunday = یکشنبه

## The confirmation mail (R9). It is sent in the applicant's language and in Swedish.

mail-subject = درخواست دریافت شد
# $form is the form's title in this language.
mail-body =
    درخواست شما را دریافت کردیم: { $form }.
    شماره پیگیری: { $reference }
    تاریخ تأیید: { $date }

## The mails and text messages with a code. Each is sent in the applicant's language and in Swedish.

code-mail-verify-subject = کد تأیید شما
code-mail-new-subject = کد تأیید جدید شما
code-mail-verify-body = کد تأیید شما { $code } است. آن را ظرف 30 دقیقه در همان جایی که حساب کاربری خود را ایجاد کردید وارد کنید.
code-mail-reset-subject = کد شما برای رمز عبور جدید
code-mail-reset-body = کد شما برای انتخاب رمز عبور جدید { $code } است. آن را ظرف 30 دقیقه در صفحه‌ای که آن را درخواست کردید وارد کنید. اگر کدی درخواست نکرده‌اید، می‌توانید این ایمیل را نادیده بگیرید: رمز عبور شما تغییر نمی‌کند.
code-mail-sign-in-subject = کد شما برای ورود
code-mail-sign-in-body = کد شما برای ورود بدون پیامک { $code } است. آن را ظرف 30 دقیقه در صفحه‌ای که آن را درخواست کردید وارد کنید.
# A text message: short, the code first.
code-text = کد شما { $code } است.

## نمای کلی یک فرم، آن‌گونه که طراح فرم و کارشناس پرونده آن را می‌خوانند، و پیش‌نمایشی که طراح
## در حالت توسعه باز می‌کند.

overview-link = نمای کلی
preview-link = پیش‌نمایش
overview-title = نمای کلی: { $form }
overview-intro = همه صفحه‌ها و پرسش‌های فرم به ترتیب، با قواعد آن‌ها و اینکه چه زمانی نمایش داده می‌شوند. آن را چاپ کنید یا به زبان دیگری از زبان‌های فرم بخوانید.
overview-about = درباره فرم
overview-kind = نوع درخواست
form-kind-work-permit = اجازه کار
form-kind-visit = دیدار
form-kind-study = تحصیل
form-kind-family = خانواده
form-kind-citizenship = تابعیت
form-kind-other = سایر
overview-retention = مدت نگهداری پیش‌نویس‌ها
overview-kept-days = { $days } روز پس از آخرین تغییر، سپس حذف می‌شوند
overview-kept-hours = { $hours } ساعت پس از آخرین تغییر، سپس حذف می‌شوند
overview-languages = زبان‌ها
overview-time = زمان در صفحه‌ها
overview-warning = هشدار { $seconds } ثانیه پیش از پایان زمان یک صفحه داده می‌شود.
overview-pages = صفحه‌ها
overview-page = صفحه { $number }: { $title }
overview-page-time = { $minutes } دقیقه در این صفحه.
overview-page-shown-when = فقط وقتی نمایش داده می‌شود که { $condition }. در غیر این صورت از این صفحه گذر می‌شود.
overview-question = پرسش
overview-type = پاسخ
overview-required = الزامی
overview-rules = قواعد
overview-shown-when = نمایش وقتی که
overview-always = همیشه
overview-required-yes = الزامی
overview-optional = اختیاری
overview-required-when = الزامی وقتی که { $condition }
overview-entry-question = { $entry }: { $question }
overview-options = گزینه‌ها
overview-missing = به { $language } ترجمه نشده است
overview-missing-count = { $count } متن از فرم به { $language } ترجمه نشده است. هر کدام به زبان دیگری نمایش داده می‌شود و علامت دارد.
type-short-text = متن کوتاه
type-long-text = متن بلند
type-email = نشانی ایمیل
type-phone = شماره تلفن
type-number = عدد
type-date = تاریخ
type-single-choice = یک گزینه (دکمه‌های رادیویی)
type-dropdown = یک گزینه (فهرست)
type-multiple-choice = هر تعداد گزینه (کادرهای انتخاب)
type-yes-no = بله یا خیر
type-identity-number = شماره شخصی سوئدی
type-country = کشور
type-repeating-group = پرسش‌هایی که برای هر مورد پرسیده می‌شوند
type-document = مدارک برای بارگذاری
type-heading = عنوان
type-paragraph = متن
rule-min-length = دست‌کم { $min } نویسه
rule-max-length = حداکثر { $max } نویسه
rule-whole-number = فقط عدد صحیح
rule-min = دست‌کم { $min }
rule-max = حداکثر { $max }
rule-in-past = پیش از امروز
rule-in-future = پس از امروز
rule-after = پس از تاریخِ { $question }
rule-before = پیش از تاریخِ { $question }
rule-min-age = شخص دست‌کم { $years } سال دارد
rule-memorable = به صورت روز، ماه و سال پرسیده می‌شود
rule-min-selected = دست‌کم { $min } گزینه انتخاب شود
rule-max-selected = حداکثر { $max } گزینه انتخاب شود
rule-accept-personal = فقط شماره شخصی، نه شماره هماهنگی
rule-accept-coordination = فقط شماره هماهنگی
rule-accept-both = شماره شخصی یا شماره هماهنگی
rule-min-entries = دست‌کم { $min } مورد
rule-max-entries = حداکثر { $max } مورد
rule-file-types = فایل‌هایی از نوع { $types }
rule-file-size = حداکثر { $size } کیلوبایت برای هر فایل
rule-max-files = حداکثر { $max } فایل
quoted = «{ $text }»
cond-is = پاسخ { $question } { $value } است
cond-is-not = پاسخ { $question } { $value } نیست
cond-more = پاسخ { $question } بیشتر از { $value } است
cond-at-least = پاسخ { $question } { $value } یا بیشتر است
cond-less = پاسخ { $question } کمتر از { $value } است
cond-at-most = پاسخ { $question } { $value } یا کمتر است
cond-after = پاسخ { $question } پس از { $value } است
cond-on-or-after = پاسخ { $question } { $value } یا پس از آن است
cond-before = پاسخ { $question } پیش از { $value } است
cond-on-or-before = پاسخ { $question } { $value } یا پیش از آن است
cond-answered = به { $question } پاسخ داده شده است
cond-not-answered = به { $question } پاسخ داده نشده است
cond-includes = پاسخ { $question } شامل { $value } است
cond-is-neither = پاسخ { $question } نه { $value } است
cond-includes-neither = پاسخ { $question } نه شامل { $value } است
cond-answer-to = پاسخ { $question }
cond-and = { $first } و { $second }
cond-or = { $first } یا { $second }
cond-not = این‌طور نباشد که { $condition }
values-or = { $first } یا { $second }
values-nor = { $first } و نه { $second }
cond-always = همیشه
cond-never = هرگز
preview-title = پیش‌نمایش
preview-intro = شما این فرم را به عنوان یک متقاضی آزمایشی و بدون ورود پر می‌کنید. بقیه چیزها همان‌طور کار می‌کند که برای یک متقاضی: محدودیت‌های زمانی، ذخیره، بررسی پاسخ‌ها، چاپ و تأیید. وقتی فایل فرم را ذخیره کنید، این صفحه تغییر را نشان می‌دهد.
preview-fill-page = این صفحه را با پاسخ‌های نمونه پر کنید
preview-fill-all = همه صفحه‌ها را با پاسخ‌های نمونه پر کنید
preview-go-to = رفتن به یک صفحه
preview-again = از نو به عنوان یک متقاضی جدید شروع کنید
preview-filled = { $count } پاسخ با نمونه پر شد.
preview-not-filled = هیچ نمونه‌ای مناسب نیست: { $questions }.
preview-page-skipped = با این پاسخ‌ها از { $page } گذر می‌شود، پس صفحه پیش از آن نمایش داده می‌شود.
preview-changed = فایل فرم تغییر کرده است. نسخه جدید نمایش داده می‌شود.
preview-confirmed = این درخواست تأیید شده است و نمی‌توان آن را تغییر داد. برای پر کردن دوباره فرم، از نو به عنوان یک متقاضی جدید شروع کنید.
