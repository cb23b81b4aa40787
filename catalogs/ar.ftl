### Awaiting review by a native translator.
###
### The words the engine itself shows an applicant, in Arabic (Modern Standard Arabic).
### Same keys and placeholders as en.ftl.
###
### Glossary of agency terms, used the same way in every message:
###   application (the thing applied with) = طلب (plural: طلبات)
###   draft = مسودة
###   reference number = الرقم المرجعي
###   personal identity number (personnummer) = الرقم الشخصي
###   coordination number (samordningsnummer) = رقم التنسيق
###   sign in = تسجيل الدخول (imperative: سجّل الدخول)
###   sign out = تسجيل الخروج (you are signed out: تم تسجيل خروجك)
###   page = صفحة
###   answer = إجابة (plural: إجابات)
###   document = مستند (plural: مستندات)
###
### Other words kept the same: form = نموذج, file = ملف, upload = رفع, service = الخدمة,
### screen = شاشة, device = جهاز, work permit = تصريح العمل, option = خيار, character = حرف.
### Button names quoted inside sentences use the button's own words: «تغيير» (change),
### «وقت إضافي» (more-time), «إعادة المحاولة» (try-again), «إضافة …» (add-entry),
### page «المساعدة والدعم» (support).
### Plural choices use the Arabic CLDR categories: one = 1, two = 2, few = 3-10,
### many = 11-99, other = 0, 100-102 and the rest. Numbers stay in Western digits,
### written by the engine; the decimal point stays "." as in the examples.
### Where English says "{ $seconds } seconds", Arabic says "in seconds: { $seconds }",
### so that the noun does not have to agree with a number that has no plural choice.

## The words around a form: buttons, headings, status lines.

app-name = Blankett
loading = جارٍ التحميل …
next = التالي
back = رجوع
step-of = الخطوة { $step } من { $total }
error-summary-title = توجد مشكلة
error-title-prefix = خطأ:{ " " }
optional = (اختياري)
choose = اختر …
day = اليوم
month = الشهر
year = السنة
yes = نعم
no = لا
add-entry = إضافة
remove-entry = إزالة
no-entries = لم تُضِف شيئًا بعد.
entries-at-most = يمكنك أن تضيف { $max } على الأكثر.
language = اللغة
schema-has-issues = يحتوي هذا النموذج على { $count ->
    [one] خطأ واحد
    [two] خطأين
    [few] { $count } أخطاء
    [many] { $count } خطأً
   *[other] { $count } خطأ
}، ولا يمكن عرضه
schema-issues-intro = صحّح ملف المخطط ثم أعد تحميل الصفحة. يذكر كل سطر الملف والسطر والعمود والحقل.
back-to-forms = العودة إلى جميع الطلبات
form-not-found = لا يوجد طلب على هذا العنوان.
request-failed = لم تستجب الخدمة كما هو متوقع. ما كتبته ما زال موجودًا. حاول مرة أخرى بعد قليل.
network-failed = تعذّر الوصول إلى الخدمة. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى. ما كتبته ما زال موجودًا.
try-again = إعادة المحاولة
check-answers = راجِع إجاباتك
check-answers-intro = اقرأ إجاباتك كلها. لتصحيح إجابة اختر «تغيير»، وستعود إلى هنا بعد ذلك. يمكنك طباعة الطلب لمراجعته.
kind-other = طلب
error-label = خطأ:

## Documents (issue 7).

choose-file = اختر ملفًا
uploading = جارٍ الرفع
percent = { $percent }%

## Requests to the backend and what a refusal means.

signed-out = تم تسجيل خروجك، مثلًا بعد 30 دقيقة دون أي نشاط. ما حُفظ من قبل ما زال محفوظًا. سجّل الدخول مرة أخرى للمتابعة.
draft-not-found = هذا الطلب لم يعد موجودًا. ابدأ من جديد من قائمة الطلبات.
draft-expired = حُذفت المسودة لأنها لم تُحفظ في الوقت المحدد (30 يومًا لطلب تصريح العمل، و48 ساعة لغيره). الإجابات الظاهرة على هذه الشاشة لم تضِع: اختر «إعادة المحاولة» لحفظها في مسودة جديدة.
draft-locked = هذا الطلب مؤكَّد، ولم يعد من الممكن تغييره.
draft-stale = تم تغيير الطلب في نافذة أخرى أو على جهاز آخر، لذلك لم تُحفظ الإجابات الظاهرة على هذه الشاشة. اختر الإجابات التي تريد الاحتفاظ بها.
too-many-attempts = محاولات كثيرة جدًا. انتظر { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
} ثم حاول مرة أخرى.
saving = جارٍ الحفظ …
sign-out = تسجيل الخروج
sign-in-new-tab = سجّل الدخول مرة أخرى (يُفتح في علامة تبويب جديدة)

## Time limits (R2, R10).

time-left-on-page = الوقت المتبقي في هذه الصفحة:
time-left = الوقت المتبقي:
# What a screen reader hears about the time left, every few minutes and near the end.
time-left-announced = { $minutes ->
    [0] الوقت المتبقي في هذه الصفحة بالثواني: { $seconds }
    [1] الوقت المتبقي في هذه الصفحة: دقيقة واحدة
    [two] الوقت المتبقي في هذه الصفحة: دقيقتان
    [few] الوقت المتبقي في هذه الصفحة: { $minutes } دقائق
    [many] الوقت المتبقي في هذه الصفحة: { $minutes } دقيقة
   *[other] الوقت المتبقي في هذه الصفحة: { $minutes } دقيقة
}
sign-out-announced = { $minutes ->
    [0] الوقت المتبقي قبل تسجيل خروجك بالثواني: { $seconds }
    [1] سيتم تسجيل خروجك بعد دقيقة واحدة
    [two] سيتم تسجيل خروجك بعد دقيقتين
    [few] سيتم تسجيل خروجك بعد { $minutes } دقائق
    [many] سيتم تسجيل خروجك بعد { $minutes } دقيقة
   *[other] سيتم تسجيل خروجك بعد { $minutes } دقيقة
}
page-time-warning-title = وقتك في هذه الصفحة يوشك على الانتهاء
page-time-warning-body = اختر «وقت إضافي» لتحصل على { $minutes ->
    [one] دقيقة إضافية واحدة
    [two] دقيقتين إضافيتين
    [few] { $minutes } دقائق إضافية
   *[other] { $minutes } دقيقة إضافية
} في هذه الصفحة. تُحفظ إجاباتك عند انتهاء الوقت.
no-more-time = لا يمكن الحصول على وقت إضافي لهذه الصفحة. عند انتهاء الوقت تُحفظ إجاباتك، ويمكنك تسجيل الدخول مرة أخرى للمتابعة في الصفحة نفسها.
inactivity-warning-title = سيتم تسجيل خروجك قريبًا
inactivity-warning-body = لم تستخدم الخدمة منذ ما يقارب 30 دقيقة. حفاظًا على أمانك، سيتم بعد ذلك تسجيل خروجك. تُحفظ إجاباتك أولًا.
more-time = وقت إضافي
stay-signed-in = البقاء مسجَّل الدخول
close = إغلاق
signed-out-title = تم تسجيل خروجك
page-time-ran-out = انتهى وقتك في هذه الصفحة.
inactive-signed-out = لم تستخدم الخدمة لمدة 30 دقيقة.
signed-out-elsewhere = لقد سجّلت الخروج في نافذة أخرى.
sign-in-to-continue = سجّل الدخول مرة أخرى للمتابعة في الصفحة نفسها
page-time-restarted = انتهى وقتك في هذه الصفحة. إجاباتك محفوظة، ولديك { $minutes ->
    [one] دقيقة إضافية واحدة
    [two] دقيقتان إضافيتان
    [few] { $minutes } دقائق إضافية
   *[other] { $minutes } دقيقة إضافية
} في هذه الصفحة.

## Keeping answers (issue 6: R3, R4, R5, R13).

resumed = مرحبًا بعودتك. أنت في الصفحة التي توقفت عندها، ومعك جميع إجاباتك.
offline = أنت غير متصل بالإنترنت. إجاباتك موجودة على هذا الجهاز، وستُحفظ عند عودة الاتصال. يمكنك مواصلة ملء النموذج.
offline-keep-open = أنت غير متصل بالإنترنت. أبقِ هذه النافذة مفتوحة: ستُحفظ إجاباتك عند عودة الاتصال.
device-storage-failed = لا يستطيع هذا المتصفح الاحتفاظ بإجاباتك على هذا الجهاز (مساحة التخزين ممتلئة أو معطَّلة). لكن الخدمة تحفظها ما دمت متصلًا بالإنترنت.
reset-device = إعادة ضبط البيانات التي حفظتها هذه الخدمة على هذا الجهاز
reset-done = تمت إزالة بيانات هذه الخدمة من هذا الجهاز. أما مسودتك المحفوظة فما زالت محفوظة لدى الخدمة.

## The pages around the forms (issue 16: R12, R14).

support = المساعدة والدعم
check-application = تحقّق من طلبك دون تسجيل الدخول
page-helpful = هل ساعدتك هذه الصفحة؟
feedback-thanks = شكرًا لك على مساعدتنا في تحسين الموقع!
feedback-comment = كيف يمكننا تحسين هذه الصفحة؟ (اختياري)
feedback-no-personal-data = لا تكتب معلومات شخصية، مثل اسمك أو الرقم الشخصي أو الرقم المرجعي أو رقم الهاتف أو عنوان البريد الإلكتروني. لا يمكننا الرد عليك هنا. إذا أردت أن تطرح سؤالًا، فستجد طرق التواصل معنا في صفحة «المساعدة والدعم».
send-comment = إرسال
public-computer = تذكّر أن تغلق المتصفح إذا كنت تستخدم جهاز كمبيوتر عامًا، حتى لا يتمكن أي شخص آخر من الوصول إلى معلومات عنك.
open-elsewhere = هذا الطلب مفتوح في علامة تبويب أو نافذة أخرى. لا يمكن تغييره إلا في مكان واحد في كل مرة، حتى لا تُكتب إجابة فوق أخرى.
taken-over = لقد تابعت هذا الطلب في علامة تبويب أو نافذة أخرى. إجاباتك هنا محفوظة.
edit-here = التعديل هنا بدلًا من ذلك
keep-mine = الاحتفاظ بالإجابات الظاهرة على هذه الشاشة
show-saved = عرض الإجابات المحفوظة

## Check answers, print, confirm (issue 7: R7, R8, R9).

change = تغيير
not-answered = لا توجد إجابة
print = طباعة
send-heading = إرسال طلبك
declaration-default = أؤكد أن المعلومات التي قدّمتها صحيحة وكاملة.
confirm-warning = بعد إرسال الطلب لن تتمكن من تغيير أي شيء فيه، ولا من إرسال مستندات أخرى.
confirm = تأكيد وإرسال
declaration-required = ضع علامة في المربع لتأكيد أن المعلومات صحيحة
sending = جارٍ إرسال طلبك …
incomplete = بعض الأسئلة لم تتم الإجابة عنها أو فيها مشكلات. صحّحها في الصفحة المعروضة، ثم أرسل الطلب مرة أخرى.
receipt-title = تم إرسال الطلب
your-reference = الرقم المرجعي الخاص بك
receipt-email = أرسلنا تأكيدًا إلى عنوان بريدك الإلكتروني.
receipt-next = اذكر الرقم المرجعي عند التواصل معنا. لم يعد من الممكن تغيير الطلب.
applicant = مقدّم الطلب
printed-on = تاريخ الطباعة
reference = الرقم المرجعي
not-sent-yet = لم يُرسَل بعد: مسودة للمراجعة

## Problems with one answer, as validation reports them. Each says what to do, not only what is wrong.

required = أجب عن هذا السؤال
required-choice = اختر أحد الخيارات
required-country = اختر بلدًا
required-choices = اختر خيارًا واحدًا على الأقل
required-date = أدخل تاريخًا
too-short = اكتب { $min ->
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $min } أحرف
    [many] { $min } حرفًا
   *[other] { $min } حرف
} على الأقل
too-long = اكتب { $max ->
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
} على الأكثر (عدد الأحرف الآن: { $actual })
invalid-email = أدخل عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.com
invalid-phone = أدخل رقم هاتف مكوّنًا من 7 إلى 15 رقمًا، مثل +46 70 123 45 67
not-a-number = أدخل رقمًا، مثل 12 أو 12.5
number-with-separator = اكتب الرقم دون فواصل الآلاف، مثل 35000 أو 35000.50
not-a-whole-number = أدخل عددًا صحيحًا، دون كسور عشرية
number-too-small = أدخل رقمًا يساوي { $min } أو أكثر
number-too-large = أدخل رقمًا يساوي { $max } أو أقل
# No example format: the browser's date field shows dates in the applicant's own order.
invalid-date = أدخل التاريخ كاملًا: اليوم والشهر والسنة
not-a-real-date = هذا التاريخ غير موجود. تحقّق من اليوم والشهر والسنة
date-not-in-past = يجب أن يكون التاريخ قبل تاريخ اليوم
date-not-in-future = يجب أن يكون التاريخ بعد تاريخ اليوم
# $other is the label of the other date question.
date-not-after = يجب أن يكون التاريخ بعد «{ $other }»
date-not-before = يجب أن يكون التاريخ قبل «{ $other }»
too-young = يجب أن يكون عمرك { $age ->
    [one] سنة واحدة
    [two] سنتين
    [few] { $age } سنوات
    [many] { $age } سنة
   *[other] { $age } سنة
} على الأقل. تحقّق من تاريخ الميلاد
identity-number-format = أدخل الرقم مكوّنًا من 10 أو 12 رقمًا، مثل YYYYMMDD-NNNN
identity-number-date = التاريخ الوارد في الرقم غير موجود. تحقّق من أول 6 أو 8 أرقام
identity-number-check-digit = الرقم غير صالح. تأكّد من صحة كل رقم فيه
not-a-personal-identity-number = أدخل الرقم الشخصي، وليس رقم التنسيق
not-a-coordination-number = أدخل رقم التنسيق، وليس الرقم الشخصي
unknown-country = اختر بلدًا من القائمة
unknown-option = اختر أحد الخيارات من القائمة
too-few-selected = اختر { $min ->
    [one] خيارًا واحدًا
    [two] خيارين
    [few] { $min } خيارات
    [many] { $min } خيارًا
   *[other] { $min } خيار
} على الأقل
too-many-selected = اختر { $max ->
    [one] خيارًا واحدًا
    [two] خيارين
    [few] { $max } خيارات
    [many] { $max } خيارًا
   *[other] { $max } خيار
} على الأكثر
required-document = ارفع مستندًا
too-many-files = يمكنك أن ترفع { $max ->
    [one] مستندًا واحدًا
    [two] مستندين
    [few] { $max } مستندات
    [many] { $max } مستندًا
   *[other] { $max } مستند
} على الأكثر. أزِل المستندات الزائدة
# $types is a list such as "PDF, JPEG or PNG" (see types-last below).
document-wrong-type = يجب أن يكون الملف بصيغة { $types }. اختر ملفًا آخر
# $size is written by the engine, as "10 MB".
document-too-large = يجب أن يكون حجم الملف { $size } أو أقل. اختر ملفًا أصغر، مثل صورة ممسوحة ضوئيًا أو صورة فوتوغرافية بدقة أقل
document-empty = الملف فارغ. اختر ملفًا آخر
document-too-many = يمكنك أن ترفع { $max ->
    [one] مستندًا واحدًا
    [two] مستندين
    [few] { $max } مستندات
    [many] { $max } مستندًا
   *[other] { $max } مستند
} على الأكثر. أزِل مستندًا قبل أن ترفع مستندًا آخر
upload-offline = لم يُرسَل الملف لأنه تعذّر الوصول إلى الخدمة. تحقّق من اتصالك بالإنترنت واختر الملف مرة أخرى
upload-failed = لم يُرسَل الملف بسبب مشكلة في الخدمة. انتظر قليلًا واختر الملف مرة أخرى
# $entry is the group's entry title, as on its Add button ("child").
too-few-entries = أضف { $min } على الأقل باستخدام زر «إضافة { $entry }»
too-many-entries = يمكنك أن تضيف { $max } على الأكثر. أزِل الزائد

## What a document question takes, above its file input.

document-rules = { $files ->
    [1] يمكنك أن ترفع ملفًا واحدًا: { $types }، بحجم لا يتجاوز { $size }.
    [two] يمكنك أن ترفع ملفين على الأكثر: { $types }، بحجم لا يتجاوز { $size } لكل ملف.
    [few] يمكنك أن ترفع { $files } ملفات على الأكثر: { $types }، بحجم لا يتجاوز { $size } لكل ملف.
    [many] يمكنك أن ترفع { $files } ملفًا على الأكثر: { $types }، بحجم لا يتجاوز { $size } لكل ملف.
   *[other] يمكنك أن ترفع { $files } ملف على الأكثر: { $types }، بحجم لا يتجاوز { $size } لكل ملف.
}
# The last two file types of a list: "JPEG or PNG".
types-last = { $first } أو { $last }
# The decimal point in a file size: 1.5 MB.
decimal-point = .

## Sentences around a date or time, which the browser writes the applicant's way.

answers-kept-until = إجاباتك محفوظة، وسيُحتفظ بها حتى { $date }.
draft-kept-until = سيُحتفظ بمسودتك حتى { $date }. كلما حفظتها امتدت هذه المدة.
saved-at = تم الحفظ في { $date }.
sent-on = أُرسل في { $date }
expired-on = حُذفت مسودتك السابقة في { $date } لأنها لم تُحفظ في الوقت المحدد (30 يومًا لطلب تصريح العمل، و48 ساعة لغيره). أنت تبدأ الآن طلبًا جديدًا.

## نموذج في صفحة موقع آخر (الأداة المضمّنة)
widget-sign-in-first = سجّل الدخول لتعبئة الطلب. إذا كنت قد بدأته من قبل، فستتابع بما حفظته.
widget-sign-in = سجّل الدخول للبدء أو المتابعة
