### Awaiting review by a native translator.
###
### Persian (Farsi) catalog of Blankett, translated from en.ftl (the reference).
### Register: polite, formal second person plural (شما), plain words; imperatives
### end in «کنید». Ezafe is not marked (شماره پیگیری, not شمارهٔ پیگیری).
### Digits are written as Western digits (0-9), like the numbers the engine inserts.
###
### Glossary of agency terms (use these, and only these, in every message):
###   application (the thing applied with) = درخواست      (plural: درخواست‌ها)
###   draft                                = پیش‌نویس
###   reference number                     = شماره پیگیری
###   personal identity number             = شماره شخصی (personnummer)
###   coordination number                  = شماره هماهنگی (samordningsnummer)
###   sign in                              = ورود / وارد شدن   ("دوباره وارد شوید")
###   sign out                             = خروج / خارج شدن   ("از سامانه خارج می‌شوید")
###   page                                 = صفحه
###   answer                               = پاسخ
###   document                             = مدرک              (plural: مدارک); a file = فایل
### Other recurring words:
###   the service = سامانه; form = فرم; question = پرسش; upload = بارگذاری;
###   save = ذخیره; keep (answers kept) = نگه داشتن / حفظ; work permit = اجازه کار;
###   email address = نشانی ایمیل; tab = زبانه; window = پنجره; device = دستگاه.
### Button names quoted in sentences: «تغییر» (change), «تلاش دوباره» (try-again),
###   «زمان بیشتر» (more-time), «افزودن …» (add-entry), «راهنما و پشتیبانی» (support).

## The words around a form: buttons, headings, status lines.

app-name = Blankett
loading = در حال بارگیری …
next = بعدی
back = بازگشت
step-of = مرحله { $step } از { $total }
error-summary-title = مشکلی وجود دارد
error-title-prefix = خطا:{ " " }
optional = (اختیاری)
choose = انتخاب کنید …
day = روز
month = ماه
year = سال
yes = بله
no = خیر
add-entry = افزودن
remove-entry = حذف
no-entries = هنوز چیزی اضافه نشده است.
entries-at-most = شما حداکثر { $max } مورد می‌توانید اضافه کنید.
language = زبان
schema-has-issues = این فرم { $count } خطا دارد و نمایش داده نمی‌شود
schema-issues-intro = فایل طرح‌واره را اصلاح کنید و صفحه را دوباره بارگیری کنید. هر سطر نام فایل، شماره سطر، ستون و فیلد را نشان می‌دهد.
back-to-forms = بازگشت به همه درخواست‌ها
form-not-found = در این نشانی هیچ درخواستی وجود ندارد.
request-failed = سامانه آن‌طور که انتظار می‌رفت پاسخ نداد. آنچه نوشته‌اید حفظ شده است. چند لحظه دیگر دوباره تلاش کنید.
network-failed = دسترسی به سامانه ممکن نشد. اتصال اینترنت خود را بررسی کنید و دوباره تلاش کنید. آنچه نوشته‌اید حفظ شده است.
try-again = تلاش دوباره
check-answers = پاسخ‌های خود را بررسی کنید
check-answers-intro = پاسخ‌های خود را با دقت بخوانید. برای اصلاح یک پاسخ، «تغییر» را انتخاب کنید؛ پس از آن به همین‌جا بازمی‌گردید. برای بررسی درخواست می‌توانید آن را چاپ کنید.
kind-other = درخواست
error-label = خطا:

## Documents (issue 7).

choose-file = انتخاب فایل
uploading = در حال بارگذاری
percent = { $percent }٪

## Requests to the backend and what a refusal means.

signed-out = شما از سامانه خارج شده‌اید، برای مثال پس از 30 دقیقه بدون فعالیت. آنچه پیش‌تر ذخیره شده بود حفظ شده است. برای ادامه، دوباره وارد شوید.
draft-not-found = این درخواست دیگر وجود ندارد. از فهرست درخواست‌ها دوباره شروع کنید.
draft-expired = پیش‌نویس حذف شد، چون به‌موقع ذخیره نشده بود (30 روز برای اجازه کار، در غیر این صورت 48 ساعت). پاسخ‌های روی این صفحه از بین نرفته‌اند: «تلاش دوباره» را انتخاب کنید تا به‌صورت یک پیش‌نویس جدید ذخیره شوند.
draft-locked = این درخواست تأیید شده است و دیگر نمی‌توان آن را تغییر داد.
draft-stale = این درخواست در پنجره‌ای دیگر یا در دستگاهی دیگر تغییر کرده است، بنابراین پاسخ‌های روی این صفحه ذخیره نشده‌اند. انتخاب کنید کدام پاسخ‌ها نگه داشته شوند.
too-many-attempts = تعداد تلاش‌ها بیش از حد مجاز بوده است. { $minutes } دقیقه صبر کنید و دوباره تلاش کنید.
saving = در حال ذخیره …
sign-out = خروج
sign-in-new-tab = ورود دوباره (در یک زبانه جدید باز می‌شود)

## Time limits (R2, R10).

time-left-on-page = زمان باقی‌مانده در این صفحه:
time-left = زمان باقی‌مانده:
# What a screen reader hears about the time left, every few minutes and near the end.
time-left-announced = { $minutes ->
    [0] { $seconds } ثانیه
    [1] 1 دقیقه
   *[other] { $minutes } دقیقه
} از زمان شما در این صفحه باقی مانده است
sign-out-announced = { $minutes ->
    [0] { $seconds } ثانیه
    [1] 1 دقیقه
   *[other] { $minutes } دقیقه
} دیگر از سامانه خارج می‌شوید
page-time-warning-title = زمان شما در این صفحه رو به پایان است
page-time-warning-body = «زمان بیشتر» را انتخاب کنید تا { $minutes } دقیقه دیگر در این صفحه زمان داشته باشید. وقتی زمان تمام شود، پاسخ‌های شما ذخیره می‌شوند.
no-more-time = برای این صفحه نمی‌توان زمان بیشتری گرفت. وقتی زمان تمام شود، پاسخ‌های شما ذخیره می‌شوند و می‌توانید دوباره وارد شوید و در همین صفحه ادامه دهید.
inactivity-warning-title = به‌زودی از سامانه خارج می‌شوید
inactivity-warning-body = نزدیک به 30 دقیقه است که از سامانه استفاده نکرده‌اید. برای امنیت شما، با رسیدن به 30 دقیقه از سامانه خارج می‌شوید. پیش از آن، پاسخ‌های شما ذخیره می‌شوند.
more-time = زمان بیشتر
stay-signed-in = ماندن در سامانه
close = بستن
signed-out-title = از سامانه خارج شدید
page-time-ran-out = زمان شما در این صفحه تمام شد.
inactive-signed-out = شما 30 دقیقه از سامانه استفاده نکرده بودید.
signed-out-elsewhere = شما در پنجره‌ای دیگر از سامانه خارج شدید.
sign-in-to-continue = برای ادامه در همین صفحه، دوباره وارد شوید
page-time-restarted = زمان شما در این صفحه تمام شد. پاسخ‌های شما ذخیره شده‌اند و { $minutes } دقیقه دیگر در این صفحه زمان دارید.

## Keeping answers (issue 6: R3, R4, R5, R13).

resumed = دوباره خوش آمدید. شما در همان صفحه‌ای هستید که کار را در آن رها کرده بودید، با همه پاسخ‌هایتان.
offline = اتصال شما به اینترنت قطع است. پاسخ‌های شما روی همین دستگاه نگه داشته می‌شوند و وقتی اتصال برقرار شود، ذخیره خواهند شد. می‌توانید به پر کردن فرم ادامه دهید.
offline-keep-open = اتصال شما به اینترنت قطع است. این پنجره را باز نگه دارید: وقتی اتصال برقرار شود، پاسخ‌های شما ذخیره می‌شوند.
device-storage-failed = این مرورگر نمی‌تواند پاسخ‌های شما را روی این دستگاه نگه دارد (حافظه آن پر است یا غیرفعال شده است). تا وقتی به اینترنت وصل هستید، سامانه همچنان آن‌ها را ذخیره می‌کند.
reset-device = پاک کردن داده‌های ذخیره‌شده این سامانه روی این دستگاه
reset-done = داده‌های این سامانه روی این دستگاه پاک شد. پیش‌نویس ذخیره‌شده شما همچنان در سامانه نگه داشته می‌شود.

## The pages around the forms (issue 16: R12, R14).

support = راهنما و پشتیبانی
check-application = درخواست خود را بدون ورود به سامانه بررسی کنید
page-helpful = آیا این صفحه به شما کمک کرد؟
feedback-thanks = سپاسگزاریم که به ما در بهتر کردن وب‌سایت کمک می‌کنید!
feedback-comment = چگونه می‌توانیم این صفحه را بهتر کنیم؟ (اختیاری)
feedback-no-personal-data = اطلاعات شخصی ننویسید، مانند نام، شماره شخصی (personnummer)، شماره پیگیری، شماره تلفن یا نشانی ایمیل. ما نمی‌توانیم اینجا به شما پاسخ دهیم. اگر پرسشی دارید، اطلاعات تماس ما را در صفحه «راهنما و پشتیبانی» پیدا می‌کنید.
send-comment = ارسال
public-computer = اگر از رایانه عمومی استفاده می‌کنید، به یاد داشته باشید که مرورگر را ببندید تا کس دیگری نتواند به اطلاعات شما دسترسی پیدا کند.
open-elsewhere = این درخواست در زبانه یا پنجره دیگری باز است. برای اینکه هیچ پاسخی از بین نرود، درخواست را هر بار فقط در یک جا می‌توان تغییر داد.
taken-over = شما این درخواست را در زبانه یا پنجره دیگری ادامه دادید. پاسخ‌هایی که اینجا داده بودید ذخیره شده‌اند.
edit-here = به‌جای آن، اینجا ویرایش کنید
keep-mine = نگه داشتن پاسخ‌های روی این صفحه
show-saved = نمایش پاسخ‌های ذخیره‌شده

## Check answers, print, confirm (issue 7: R7, R8, R9).

change = تغییر
not-answered = پاسخ داده نشده
print = چاپ
send-heading = درخواست خود را ارسال کنید
declaration-default = تأیید می‌کنم اطلاعاتی که داده‌ام درست و کامل است.
confirm-warning = پس از ارسال درخواست، دیگر نمی‌توانید چیزی در آن تغییر دهید یا مدرک دیگری بفرستید.
confirm = تأیید و ارسال
declaration-required = برای تأیید درست بودن اطلاعات، کادر را علامت بزنید
sending = در حال ارسال درخواست شما …
incomplete = به برخی پرسش‌ها پاسخ داده نشده یا پاسخ آن‌ها مشکل دارد. آن‌ها را در صفحه‌ای که نشان داده می‌شود اصلاح کنید و سپس دوباره ارسال کنید.
receipt-title = درخواست ارسال شد
your-reference = شماره پیگیری شما
receipt-email = یک پیام تأیید به نشانی ایمیل شما فرستاده‌ایم.
receipt-next = هنگام تماس با ما، شماره پیگیری را ذکر کنید. این درخواست دیگر قابل تغییر نیست.
applicant = متقاضی
printed-on = تاریخ چاپ
reference = شماره پیگیری
not-sent-yet = ارسال نشده: پیش‌نویسی برای بررسی

## Problems with one answer, as validation reports them. Each says what to do, not only what is wrong.

required = به این پرسش پاسخ دهید
required-choice = یکی از گزینه‌ها را انتخاب کنید
required-country = یک کشور انتخاب کنید
required-choices = دست‌کم یک گزینه انتخاب کنید
required-date = یک تاریخ وارد کنید
too-short = دست‌کم { $min } حرف وارد کنید
too-long = حداکثر { $max } حرف وارد کنید (شما { $actual } حرف نوشته‌اید)
invalid-email = نشانی ایمیل را در قالب درست وارد کنید، مانند name@example.com
invalid-phone = شماره تلفنی با 7 تا 15 رقم وارد کنید، مانند ⁦+46 70 123 45 67⁩
not-a-number = یک عدد وارد کنید، مانند 12 یا 12.5
number-with-separator = عدد را بدون جداکننده هزارگان بنویسید، مانند 35000 یا 35000.50
not-a-whole-number = یک عدد صحیح، بدون اعشار، وارد کنید
number-too-small = عددی برابر با { $min } یا بیشتر وارد کنید
number-too-large = عددی برابر با { $max } یا کمتر وارد کنید
# No example format: the browser's date field shows dates in the applicant's own order.
invalid-date = تاریخ کامل را وارد کنید: روز، ماه و سال
not-a-real-date = چنین تاریخی وجود ندارد. روز، ماه و سال را بررسی کنید
date-not-in-past = تاریخ باید پیش از امروز باشد
date-not-in-future = تاریخ باید پس از امروز باشد
# $other is the label of the other date question.
date-not-after = تاریخ باید پس از «{ $other }» باشد
date-not-before = تاریخ باید پیش از «{ $other }» باشد
too-young = شما باید دست‌کم { $age } سال داشته باشید. تاریخ تولد را بررسی کنید
identity-number-format = شماره را با 10 یا 12 رقم وارد کنید، مانند YYYYMMDD-NNNN (سال، ماه و روز تولد به تاریخ میلادی، سپس 4 رقم)
identity-number-date = تاریخی که در این شماره آمده وجود ندارد. 6 یا 8 رقم اول را بررسی کنید
identity-number-check-digit = این شماره معتبر نیست. بررسی کنید که همه رقم‌ها درست باشند
not-a-personal-identity-number = یک شماره شخصی (personnummer) وارد کنید، نه شماره هماهنگی (samordningsnummer)
not-a-coordination-number = یک شماره هماهنگی (samordningsnummer) وارد کنید، نه شماره شخصی (personnummer)
unknown-country = یک کشور از فهرست انتخاب کنید
unknown-option = یکی از گزینه‌های فهرست را انتخاب کنید
too-few-selected = دست‌کم { $min } گزینه انتخاب کنید
too-many-selected = حداکثر { $max } گزینه انتخاب کنید
required-document = یک مدرک بارگذاری کنید
too-many-files = شما حداکثر { $max } مدرک می‌توانید بارگذاری کنید. مدارک اضافی را حذف کنید
# $types is a list such as "PDF, JPEG or PNG" (see types-last below).
document-wrong-type = فایل باید از نوع { $types } باشد. فایل دیگری انتخاب کنید
# $size is written by the engine, as "10 MB".
document-too-large = حجم فایل باید { $size } یا کمتر باشد. فایل کوچک‌تری انتخاب کنید، برای مثال اسکن یا عکسی با وضوح کمتر
document-empty = فایل خالی است. فایل دیگری انتخاب کنید
document-too-many = شما حداکثر { $max } مدرک می‌توانید بارگذاری کنید. پیش از بارگذاری مدرکی دیگر، یکی را حذف کنید
upload-offline = فایل ارسال نشد، چون دسترسی به سامانه ممکن نبود. اتصال اینترنت خود را بررسی کنید و فایل را دوباره انتخاب کنید
upload-failed = فایل به دلیل مشکلی در سامانه ارسال نشد. کمی صبر کنید و فایل را دوباره انتخاب کنید
# $entry is the group's entry title, as on its Add button ("child").
too-few-entries = با دکمه «افزودن { $entry }» دست‌کم { $min } مورد اضافه کنید
too-many-entries = شما حداکثر { $max } مورد می‌توانید اضافه کنید. موارد اضافی را حذف کنید

## What a document question takes, above its file input.

document-rules = { $files ->
    [1] می‌توانید 1 فایل بارگذاری کنید: { $types }، حداکثر { $size }.
   *[other] می‌توانید حداکثر { $files } فایل بارگذاری کنید: { $types }، هر فایل حداکثر { $size }.
}
# The last two file types of a list: "JPEG or PNG".
types-last = { $first } یا { $last }
# The decimal point in a file size: 1.5 MB.
decimal-point = .

## Sentences around a date or time, which the browser writes the applicant's way.

answers-kept-until = پاسخ‌های شما ذخیره شده‌اند و تا { $date } نگه داشته می‌شوند.
draft-kept-until = پیش‌نویس شما تا { $date } نگه داشته می‌شود. هر بار که ذخیره کنید، این مدت طولانی‌تر می‌شود.
saved-at = در { $date } ذخیره شد.
sent-on = ارسال‌شده در { $date }
expired-on = پیش‌نویس قبلی شما در { $date } حذف شد، چون به‌موقع ذخیره نشده بود (30 روز برای اجازه کار، در غیر این صورت 48 ساعت). اکنون یک درخواست جدید را شروع می‌کنید.

## فرمی در صفحهٔ سایتی دیگر (ابزارک)
widget-sign-in-first = برای پر کردن درخواست وارد شوید. اگر قبلاً آن را شروع کرده‌اید، با آنچه ذخیره کرده‌اید ادامه می‌دهید.
widget-sign-in = برای شروع یا ادامه وارد شوید
