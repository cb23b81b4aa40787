### Awaiting review by a native translator.
###
### The words of the backend's pages (sign-in, account, BankID, status, support, signed out)
### and of its mails, in Arabic (Modern Standard Arabic). Same keys and placeholders as en.ftl.
### The glossary is the one in ../ar.ftl: application = طلب, draft = مسودة,
### reference number = الرقم المرجعي, personal identity number = الرقم الشخصي,
### coordination number = رقم التنسيق, sign in = تسجيل الدخول, sign out = تسجيل الخروج,
### page = صفحة, answer = إجابة, document = مستند.
### Also used here: two-step verification = التحقق بخطوتين, text message = رسالة نصية,
### code = رمز, e-identification = الهوية الإلكترونية, e-service = الخدمة الإلكترونية.

# The language's name in itself, as the language switch lists it.
language-name = العربية

## Signing in and the account page

phone-label = رقم الهاتف المحمول
phone-hint = للتحقق بخطوتين، إذا أردته: عندما تسجّل الدخول نرسل رمزًا في رسالة نصية إلى هذا الرقم. يجب أن تستطيع استقبال الرسائل النصية.
enter-phone = أدخل رقم هاتفك المحمول
phone-format = أدخل رقم الهاتف المحمول بالأرقام، مثل 070 123 45 67 أو +46 70 123 45 67
second-step-title = أدخل الرمز الموجود في الرسالة النصية
no-text-messages = لا أستطيع استقبال الرسائل النصية
lost-phone-title = تسجيل الدخول دون رسائل نصية
lost-phone-intro = أرسلنا رمزًا مكوّنًا من 6 أرقام إلى عنوان بريدك الإلكتروني. أدخل الرمز لتسجيل الدخول. بعد ذلك يتم إيقاف التحقق بخطوتين، ويمكنك تفعيله مرة أخرى برقم جديد.
lost-phone-button = تسجيل الدخول
two-step-turned-off = تم إيقاف التحقق بخطوتين. فعّله مرة أخرى برقمك الجديد في صفحة «حسابك».
account-title = حسابك
account-email = لا يمكن تغيير عنوان البريد الإلكتروني.
two-step-title = التحقق بخطوتين
two-step-help = مع التحقق بخطوتين تمرّ بخطوتين عند تسجيل الدخول: شيء تعرفه (كلمة المرور) وشيء تملكه (هاتفك). قد تتوقف الرسائل النصية عن العمل، مؤقتًا أو نهائيًا، وقد تحتاج عندئذٍ إلى تغيير رقم الهاتف في حسابك لتتمكن من تسجيل الدخول مرة أخرى.
two-step-is-off = التحقق بخطوتين غير مفعّل.
turn-on-two-step = تفعيل التحقق بخطوتين
change-phone = تغيير رقم الهاتف
turn-off-two-step = إيقاف التحقق بخطوتين
phone-title = رقم الهاتف للتحقق بخطوتين
password-again-label = كلمة المرور الخاصة بك
confirm-phone-title = أكّد رقم الهاتف
confirm-phone-button = تأكيد
two-step-on = التحقق بخطوتين مفعّل.
two-step-off-title = إيقاف التحقق بخطوتين
two-step-off-intro = بدون التحقق بخطوتين تكفي كلمة المرور لتسجيل الدخول.
two-step-off-button = إيقاف
to-account = إلى حسابك
bank-id-title = BankID و Mobile BankID
bank-id-help = استخدم BankID إذا كان BankID مثبّتًا على الكمبيوتر الذي تسجّل الدخول منه، وMobile BankID إذا كنت تستخدمه على هاتف أو جهاز لوحي. للحصول على BankID يجب أن تتواصل مع مصرفك.
bank-id-this-device = تسجيل الدخول باستخدام BankID على هذا الجهاز
bank-id-other-device = تسجيل الدخول باستخدام Mobile BankID على جهاز آخر
bank-id-on-this-device = BankID على هذا الجهاز
mobile-bank-id-title = Mobile BankID
bank-id-open = فتح BankID
bank-id-open-again = لا يحدث شيء؟ افتح BankID من هنا
bank-id-scan = شغّل تطبيق BankID على هاتفك أو جهازك اللوحي. اضغط على أيقونة رمز QR في التطبيق، وامسح رمز QR الظاهر هنا.
bank-id-qr-alt = رمز QR لمسحه باستخدام تطبيق BankID
bank-id-cancel = إلغاء
bank-id-try-again = إعادة المحاولة
professional-title = البلدية أو مجلس المقاطعة أو المنطقة
professional-help = لمن يريد تسجيل الدخول بالهوية الإلكترونية المهنية الصادرة عن البلدية أو مجلس المقاطعة أو المنطقة. تُستخدم اليوم بطاقات SITHS، وسيحلّ محلّها Efos (الهوية الإلكترونية للقطاع العام).
professional-button = تسجيل الدخول بالهوية الإلكترونية المهنية
professional-checklist-intro = بعض النقاط التي يجب التحقق منها إذا واجهت مشكلات في تسجيل الدخول:
professional-checklist = 
    هل البطاقة وقارئ البطاقات موصولان بجهاز الكمبيوتر؟
    هل برنامج Net iD مثبّت على جهاز الكمبيوتر؟
    هل ما زالت الشهادة الموجودة على البطاقة صالحة؟
    هل تستخدم مؤسستك خادم وكيل للاتصالات الصادرة يفحص حركة بيانات TLS/SSL؟ لا يعمل تسجيل الدخول إذا كانت حركة البيانات تُفحص. انقر على رمز القفل في شريط العنوان واعرض الشهادة: يجب ألا تكون صادرة عن مؤسستك.
    جرّب هل يمكنك تسجيل الدخول إلى صفحة الاختبار الخاصة بـ SITHS.
professional-still-problems = إذا استمرت المشكلات، يُرجى التواصل مع مركز الاتصال.
more-alternatives = المزيد من الخيارات
telia-title = الهوية الإلكترونية من Telia
telia-help = تُستخدم الهوية الإلكترونية من Telia اليوم في الغالب من قِبل عملاء Telia من الشركات. يمكنك أيضًا استخدامها مع بطاقة هوية صادرة عن مصلحة الضرائب السويدية تحتوي على الهوية الإلكترونية من Telia. البطاقات القديمة صالحة لمدة أقصاها خمس سنوات.
telia-button = تسجيل الدخول بالهوية الإلكترونية من Telia
test-provider = (اختبار)
eid-email-title = عنوان بريدك الإلكتروني
eid-email-intro = في المرة الأولى التي تسجّل فيها الدخول بالهوية الإلكترونية، أدخل عنوان بريد إلكتروني يمكنك الوصول إليه. سنرسل إليه الرسائل المتعلقة بطلبك. لا يمكنك تغيير عنوان البريد الإلكتروني لاحقًا.
eid-email-button = إرسال رمز
eid-failed = أُلغي تسجيل الدخول بالهوية الإلكترونية أو لم ينجح. حاول مرة أخرى، أو اختر طريقة أخرى لتسجيل الدخول
skip-two-step = المتابعة دون التحقق بخطوتين
continue-to-application = متابعة
two-step-required = التحقق بخطوتين مفعّل في هذا الحساب. سجّل الدخول في صفحة تسجيل الدخول.
sign-in-title = تسجيل الدخول
sign-in-intro = سجّل الدخول لملء الطلب. تُحفظ إجاباتك حتى تتمكن من المتابعة لاحقًا.
sign-out-title = تسجيل الخروج
sign-out-intro = سجّل الخروج عند الانتهاء، خاصةً على جهاز كمبيوتر يستخدمه آخرون. ما حُفظ يبقى محفوظًا.
sign-out-button = تسجيل الخروج
email-label = عنوان البريد الإلكتروني
email-or-username-label = عنوان البريد الإلكتروني أو اسم المستخدم
password-label = كلمة المرور
sign-in-button = تسجيل الدخول
no-account-yet = إنشاء حساب
create-account-title = إنشاء حساب
email-cannot-change = سنرسل رمزًا إلى هذا العنوان. لا يمكنك تغيير عنوان البريد الإلكتروني لاحقًا.
create-account-button = إنشاء الحساب
have-account = لديّ حساب بالفعل
verify-title = أكّد عنوان بريدك الإلكتروني
verify-intro = أرسلنا رمزًا مكوّنًا من 6 أرقام إلى هذا العنوان. أدخل الرمز خلال 30 دقيقة. إذا لم تجد الرسالة، فابحث في مجلد البريد غير المرغوب فيه.
code-label = الرمز
verify-button = تأكيد
enter-email = أدخل عنوان بريدك الإلكتروني
email-format = أدخل عنوان البريد الإلكتروني بالصيغة الصحيحة، مثل name@example.com
enter-password = أدخل كلمة المرور
enter-email-or-username = أدخل عنوان بريدك الإلكتروني أو اسم المستخدم
email-or-username-format = أدخل عنوان البريد الإلكتروني، مثل name@example.com، أو اسم المستخدم المكوّن من 6 أحرف
enter-code = أدخل الرمز الموجود في رسالة البريد الإلكتروني
code-format = الرمز مكوّن من 6 أرقام. أدخله كما هو في رسالة البريد الإلكتروني
account-exists = يوجد بالفعل حساب بعنوان البريد الإلكتروني هذا. سجّل الدخول بدلًا من ذلك
wrong-credentials = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح. تحقّق من كليهما وحاول مرة أخرى
wrong-code = الرمز غير صحيح. تحقّق من الرمز في آخر رسالة بريد إلكتروني أرسلناها إليك
code-used-up = أُدخل الرمز بشكل خاطئ مرات كثيرة جدًا، ولم يعد صالحًا. اطلب رمزًا جديدًا
code-expired = الرمز صالح لمدة 30 دقيقة فقط، وقد انتهت صلاحيته. اطلب رمزًا جديدًا
new-code-button = إرسال رمز جديد
new-code-sent = أرسلنا رمزًا جديدًا إلى هذا العنوان. الرمز الذي كان لديك من قبل لم يعد صالحًا.
forgot-link = هل نسيت كلمة المرور؟
forgot-title = أعد تعيين كلمة المرور
forgot-intro = أدخل عنوان البريد الإلكتروني لحسابك. سنرسل إليه رمزًا، وبهذا الرمز تختار كلمة مرور جديدة.
forgot-button = إرسال رمز
reset-title = اختر كلمة مرور جديدة
reset-intro = إذا كان هناك حساب بهذا العنوان، فقد أرسلنا إليه رمزًا مكوّنًا من 6 أرقام. أدخل الرمز خلال 30 دقيقة واختر كلمة مرور جديدة. إذا لم تجد الرسالة، فابحث في مجلد البريد غير المرغوب فيه.
new-password-label = كلمة المرور الجديدة
reset-button = حفظ كلمة المرور وتسجيل الدخول
ask-for-reset-code = اطلب رمزًا لاختيار كلمة مرور جديدة، هنا في هذا المتصفح
password-method-title = اسم المستخدم وكلمة المرور
password-method-help = إذا أنشأت حسابك بعد 4 ديسمبر 2018، فسجّل الدخول بعنوان بريدك الإلكتروني وكلمة المرور. إذا كان لديك حساب من قبل ذلك، فاستخدم اسم المستخدم المكوّن من ستة أحرف وكلمة المرور. إذا لم يكن لديك حساب، يمكنك إنشاء حساب جديد.
foreign-eid-title = الهوية الإلكترونية الأجنبية
foreign-eid-intro = تحتاج كل خدمة إلكترونية تستخدم الهوية الإلكترونية إلى رقم شخصي سويدي.
foreign-eid-link = تسجيل الدخول بهوية إلكترونية أجنبية
foreign-eid-page = لتسجيل الدخول بالهوية الإلكترونية تحتاج إلى رقم شخصي سويدي، وأن تكون مسجّلًا في سجل السكان السويدي. لا يمكن استخدام أي هوية إلكترونية دولية.
foreign-eid-what-to-do = بدلًا من ذلك، يمكنك إنشاء حساب بعنوان بريدك الإلكتروني، وتسجيل الدخول باسم المستخدم وكلمة المرور.
back-to-sign-in = العودة إلى تسجيل الدخول
new-text-code-sent = أرسلنا رمزًا جديدًا في رسالة نصية. الرمز الذي كان لديك من قبل لم يعد صالحًا.
sign-in-to-confirm = سجّل الدخول بعنوان بريدك الإلكتروني وكلمة المرور لإدخال الرمز الذي أرسلناه إليك
sign-in-to-fill = سجّل الدخول لملء { $form }. تُحفظ إجاباتك حتى تتمكن من المتابعة لاحقًا.
second-step-intro = أرسلنا رمزًا مكوّنًا من 6 أرقام في رسالة نصية إلى رقم الهاتف الذي ينتهي بـ { $ending }. الرمز صالح لمدة 10 دقائق.
confirm-phone-intro = أرسلنا رمزًا مكوّنًا من 6 أرقام في رسالة نصية إلى الرقم الجديد الذي ينتهي بـ { $ending }. أدخل الرمز لتأكيد أن الهاتف هاتفك.
two-step-is-on = التحقق بخطوتين مفعّل. تُرسَل الرموز في رسائل نصية إلى رقم الهاتف الذي ينتهي بـ { $ending }.
new-password-hint = { $min ->
    [one] حرف واحد على الأقل.
    [two] حرفان على الأقل.
    [few] { $min } أحرف على الأقل.
    [many] { $min } حرفًا على الأقل.
   *[other] { $min } حرف على الأقل.
}
password-too-short = اختر كلمة مرور لا تقل عن { $min ->
    [one] حرف واحد
    [two] حرفين
    [few] { $min } أحرف
    [many] { $min } حرفًا
   *[other] { $min } حرف
}

## BankID: what the app is doing (the recommended user messages of BankID's documentation)

bankid-rfa-1 = شغّل تطبيق BankID.
bankid-rfa-3 = أُلغيت العملية. يُرجى المحاولة مرة أخرى.
bankid-rfa-4 = توجد بالفعل عملية تعريف أو توقيع جارية لهذا الرقم الشخصي. يُرجى المحاولة مرة أخرى.
bankid-rfa-5 = خطأ داخلي. يُرجى المحاولة مرة أخرى.
bankid-rfa-6 = أُلغيت العملية.
bankid-rfa-8 = تطبيق BankID لا يستجيب. تحقّق من أنه يعمل وأنك متصل بالإنترنت. إذا لم يكن لديك BankID صالح، يمكنك الحصول عليه من مصرفك. حاول مرة أخرى.
bankid-rfa-9 = أدخل رمز الأمان في تطبيق BankID واختر «Identify» (التعريف).
bankid-rfa-13 = جارٍ محاولة تشغيل تطبيق BankID.
bankid-rfa-15-a = جارٍ البحث عن BankID، قد يستغرق ذلك بعض الوقت … إذا مرّت بضع ثوانٍ ولم يُعثر على BankID بعد، فعلى الأرجح ليس لديك BankID يمكن استخدامه لعملية التعريف هذه على هذا الجهاز. إذا لم يكن لديك BankID، يمكنك الحصول عليه من مصرفك.
bankid-rfa-16 = لا يمكن استخدام BankID الذي تحاول استخدامه لأنه موقوف أو قديم جدًا. يُرجى استخدام BankID آخر أو الحصول على BankID جديد من مصرفك.
bankid-rfa-17-a = تعذّر العثور على تطبيق BankID على الكمبيوتر أو الجهاز المحمول. يُرجى تثبيته والحصول على BankID من مصرفك. ثبّت التطبيق من متجر التطبيقات أو من https://install.bankid.com.
bankid-rfa-17-b = تعذّر مسح رمز QR. شغّل تطبيق BankID وامسح رمز QR. تحقّق من أن تطبيق BankID محدَّث. إذا لم يكن لديك تطبيق BankID، فعليك تثبيته والحصول على BankID من مصرفك. ثبّت التطبيق من متجر التطبيقات أو من https://install.bankid.com.
bankid-rfa-21 = عملية التعريف جارية.
bankid-rfa-22 = خطأ غير معروف. يُرجى المحاولة مرة أخرى.
bankid-rfa-23 = امسح وثيقة سفرك المقروءة آليًا باستخدام تطبيق BankID.

## Checking an application without signing in, the support page, signing out, the start page

status-title = تحقّق من طلبك دون تسجيل الدخول
status-intro = إذا لم تكن لديك هوية إلكترونية ولا تستطيع أيضًا إنشاء حساب، يمكنك التحقق من طلبك دون تسجيل الدخول. يمكنك أن ترى هل سُجّل طلبك وهل صدر قرار بشأنه.
reference-label = الرقم المرجعي
reference-hint = تجده في رسالة البريد الإلكتروني التي وصلتك عندما أكّدت الطلب، مثل BL-2026-4821-0736.
date-of-birth-label = تاريخ ميلادك
date-of-birth-hint = كما في الطلب، مثل 27 3 1990.
check-button = التحقق من الطلب
enter-reference = أدخل الرقم المرجعي
reference-format = أدخل الرقم المرجعي كما هو في رسالة البريد الإلكتروني، مثل BL-2026-4821-0736
enter-date-of-birth = أدخل تاريخ ميلادك
date-of-birth-format = أدخل تاريخ ميلادك تاريخًا صحيحًا، باليوم والشهر والسنة
date-of-birth-in-past = يجب أن يكون تاريخ ميلادك قبل تاريخ اليوم
status-result = طلبك
not-decided = لم يصدر قرار بعد. لا تحتاج إلى فعل أي شيء الآن. تحقّق مرة أخرى لاحقًا.
not-found = لم نجد أي طلب بهذا الرقم المرجعي وتاريخ الميلاد هذا. قارن كليهما برسالة البريد الإلكتروني التي وصلتك عندما أكّدت الطلب، ثم حاول مرة أخرى.
or-sign-in = هل لديك هوية إلكترونية أو حساب؟ سجّل الدخول لترى طلبك.
support-title = الدعم الفني للخدمة الإلكترونية
support-intro = يمكن لفريق الدعم لدينا مساعدتك إذا واجهت صعوبات فنية عند استخدام الخدمة الإلكترونية، مثل مشكلات تسجيل الدخول أو أسئلة عن كلمة المرور أو رسائل الخطأ.
try-first-title = جرّب هذا أولًا
try-first-intro = يمكن حلّ كثير من المشكلات دون الاتصال بنا. يُرجى تجربة هذه الخطوات قبل الاتصال بنا.
support-reset-title = إذا بقي خطأ بعد زوال سببه
reset-text = تحتفظ الخدمة الإلكترونية بما تكتبه على هذا الجهاز أيضًا، حتى لا يضيع شيء إذا انقطعت الشبكة. إذا بدا أن خطأً ما لا يزول، فأعد ضبط ما حفظته الخدمة الإلكترونية على هذا الجهاز. لا تحتاج إلى مسح ملفات تعريف الارتباط أو سجل التصفح. ما حفظته لدينا يبقى محفوظًا: سجّل الدخول مرة أخرى وتابع. لا تضيع إلا الإجابات التي لم يتمكن هذا الجهاز من إرسالها بعد.
reload-title = إذا بدت الخدمة الإلكترونية عالقة
reload-text = أعد تحميل الصفحة: اضغط على F5 (PC) أو Command+Shift+R (Mac) أو زر إعادة التحميل في متصفحك. تبقى إجاباتك محفوظة.
network-title = إذا لم تُفتح الخدمة الإلكترونية
network-text = قد تحجب جدران الحماية في الشبكات العامة وفي شبكات الشركات أو العمل الخدمةَ الإلكترونية، حتى لو كان معك جهاز الكمبيوتر الخاص بك. جرّب من شبكة خاصة، مثل شبكة منزلك أو بيانات الهاتف المحمول.
questions-title = أسئلة شائعة
account-question = كيف أنشئ حسابًا؟
account-answer = اختر «اسم المستخدم وكلمة المرور» في صفحة تسجيل الدخول، ثم «إنشاء حساب». سنرسل رمز تحقق إلى عنوان بريدك الإلكتروني. إذا لم تصلك رسالة منا، فربما عدّها برنامج البريد الإلكتروني رسالة غير مرغوب فيها، لذا ابحث في مجلد البريد غير المرغوب فيه.
email-question = هل يمكنني تغيير عنوان بريدي الإلكتروني؟
email-answer = لا. يجب أن تستطيع الوصول إلى العنوان الذي تُدخله، لأننا نستخدمه للتواصل معك. لا يمكن تغييره بعد إنشاء الحساب.
time-question = كم من الوقت لديّ في كل صفحة؟
back-question = هل يمكنني استخدام زر الرجوع في المتصفح؟
back-answer = نعم. ينقلك زرّا الرجوع والتقدّم في المتصفح بين صفحات النموذج تمامًا كما تفعل أزرار النموذج نفسه، ولا يضيع شيء مما كتبته.
kept-question = إلى متى يُحتفظ بما كتبته إذا توقفت؟
kept-answer = إذا توقفت عن ملء طلبك أو حدثت انقطاعات فنية، يُحتفظ بما كتبته. سجّل الدخول مرة أخرى خلال هذه المدة، وإلا فسيُحذف:
continue-question = كيف أتابع طلبي؟
continue-answer = سجّل الدخول مرة أخرى وافتح النموذج نفسه. ستتابع من الصفحة التي توقفت عندها.
password-question = نسيت كلمة المرور
password-answer = اختر «هل نسيت كلمة المرور؟» في صفحة تسجيل الدخول. سنرسل رمزًا إلى عنوان بريدك الإلكتروني، وبهذا الرمز تختار كلمة مرور جديدة.
print-question = هل يمكنني مراجعة طلبي قبل إرساله؟
print-answer = نعم. بعد أن تجيب عن جميع الأسئلة سترى جميع إجاباتك، ويمكنك تغييرها، ويمكنك طباعة الطلب للتأكد من أنه مملوء بشكل صحيح.
confirm-question = ماذا يحدث عندما أؤكد الطلب؟
confirm-answer = بعد أن تؤكد الطلب لن تتمكن من تغيير أي معلومات، ولا من إرسال أي مستندات. سنرسل تأكيدًا يتضمن الرقم المرجعي إلى عنوان بريدك الإلكتروني.
status-question = هل يمكنني رؤية طلبي دون تسجيل الدخول؟
status-answer = نعم: بالرقم المرجعي وتاريخ ميلادك يمكنك أن ترى هل سُجّل الطلب وهل صدر قرار بشأنه.
call-title = اتصل بنا
call-intro = لم تجد الإجابة عن سؤالك؟ اتصل بنا لنساعدك.
phone-number-title = رقم الهاتف
hours-title = أوقات الاتصال الهاتفي
email-title = راسلنا عبر البريد الإلكتروني
email-intro = يمكنك أيضًا مراسلتنا عبر البريد الإلكتروني إذا كانت لديك أسئلة عن الخدمة الإلكترونية. لكن الحصول على رد عبر البريد الإلكتروني يستغرق وقتًا أطول من الاتصال بنا.
email-link = مراسلة الدعم الفني عبر البريد الإلكتروني
feedback-title = شكرًا لك
back-to-page = العودة إلى الصفحة
feedback-gone = تعذّر حفظ التعليق، لأن الإجابة التي يتعلق بها لم تعد موجودة أو لديها تعليق بالفعل.
signed-out-intro = تم تسجيل خروجك. ما حفظته يبقى محفوظًا.
sign-in-again = تسجيل الدخول مرة أخرى
forms = الطلبات
forms-intro = اختر الطلب الذي تريد ملأه.
registered = الطلب { $reference } مسجَّل. سُجّل في { $date } الساعة { $time }.
decided = صدر قرار في { $date }.
try-again-at = لقد حاولت مرات كثيرة. لحماية الطلبات، حاول مرة أخرى الساعة { $time }.
try-again-on = لقد حاولت مرات كثيرة. لحماية الطلبات، حاول مرة أخرى يوم { $day } الساعة { $time }.
# The first sentence of the answer about time on pages, when every page has the same limit.
time-on-each-page = { $minutes ->
    [one] دقيقة واحدة في كل صفحة.
    [two] دقيقتان في كل صفحة.
    [few] { $minutes } دقائق في كل صفحة.
    [many] { $minutes } دقيقة في كل صفحة.
   *[other] { $minutes } دقيقة في كل صفحة.
}
time-on-pages-between = { $longest ->
    [one] من { $shortest } إلى دقيقة واحدة في كل صفحة، حسب الصفحة.
    [two] من { $shortest } إلى دقيقتين في كل صفحة، حسب الصفحة.
    [few] من { $shortest } إلى { $longest } دقائق في كل صفحة، حسب الصفحة.
    [many] من { $shortest } إلى { $longest } دقيقة في كل صفحة، حسب الصفحة.
   *[other] من { $shortest } إلى { $longest } دقيقة في كل صفحة، حسب الصفحة.
}
# $time is one of the two sentences above.
time-warned-continue = { $time } ستتلقى تنبيهًا قبل انتهاء الوقت، ويمكنك الحصول على وقت إضافي حتى { $extensions ->
    [one] مرة واحدة
    [two] مرتين
    [few] { $extensions } مرات
    [many] { $extensions } مرة
   *[other] { $extensions } مرة
} في الصفحة الواحدة. عند انتهاء الوقت تُحفظ إجاباتك، ويبدأ وقت الصفحة من جديد.
time-warned-sign-out = { $time } ستتلقى تنبيهًا قبل انتهاء الوقت، ويمكنك الحصول على وقت إضافي حتى { $extensions ->
    [one] مرة واحدة
    [two] مرتين
    [few] { $extensions } مرات
    [many] { $extensions } مرة
   *[other] { $extensions } مرة
} في الصفحة الواحدة. عند انتهاء الوقت تُحفظ إجاباتك، ثم يتم تسجيل خروجك.
draft-kept-days = { $days ->
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} بعد آخر تغيير أجريته
draft-kept-hours = { $hours ->
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
} بعد آخر تغيير أجريته
times-in = الأوقات حسب المنطقة الزمنية { $zone } (حاليًا UTC{ $offset }).
comment-too-long = اكتب { $max ->
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
} على الأكثر

## Dates and times, as the backend's pages and mails write them.

# "3 December 2026"
date = { $day } { $month } { $year }
# "3 December", a day this year
day-and-month = { $day } { $month }
# "14:05"; the hour and the minute arrive with two digits each.
time-of-day = { $hour }:{ $minute }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
monday = الاثنين
tuesday = الثلاثاء
wednesday = الأربعاء
thursday = الخميس
friday = الجمعة
saturday = السبت
sunday = الأحد

## The confirmation mail (R9). It is sent in the applicant's language and in Swedish.

mail-subject = تم استلام الطلب
# $form is the form's title in this language.
mail-body =
    لقد استلمنا طلبك: { $form }.
    الرقم المرجعي: { $reference }
    تاريخ التأكيد: { $date }

## The mails and text messages with a code. Each is sent in the applicant's language and in Swedish.

code-mail-verify-subject = رمز التحقق الخاص بك
code-mail-new-subject = رمز التحقق الجديد الخاص بك
code-mail-verify-body = رمز التحقق الخاص بك هو { $code }. أدخله خلال 30 دقيقة في المكان الذي أنشأت فيه حسابك.
code-mail-reset-subject = رمزك لاختيار كلمة مرور جديدة
code-mail-reset-body = رمزك لاختيار كلمة مرور جديدة هو { $code }. أدخله خلال 30 دقيقة في الصفحة التي طلبته منها. إذا لم تطلب رمزًا، يمكنك تجاهل رسالة البريد الإلكتروني هذه: تبقى كلمة المرور الخاصة بك كما هي.
code-mail-sign-in-subject = رمزك لتسجيل الدخول
code-mail-sign-in-body = رمزك لتسجيل الدخول دون رسائل نصية هو { $code }. أدخله خلال 30 دقيقة في الصفحة التي طلبته منها.
# A text message: short, the code first.
code-text = رمزك هو { $code }.

## نظرة عامة على النموذج كما يقرؤها مصمّم النموذج وموظف الحالة، والمعاينة التي يفتحها المصمّم
## في وضع التطوير.

overview-link = نظرة عامة
preview-link = معاينة
overview-title = نظرة عامة: { $form }
overview-intro = كل صفحات النموذج وأسئلته بالترتيب، مع قواعدها ومتى تُعرض. اطبعها أو اقرأها بلغة أخرى من لغات النموذج.
overview-about = عن النموذج
overview-kind = نوع الطلب
form-kind-work-permit = تصريح عمل
form-kind-visit = زيارة
form-kind-study = دراسة
form-kind-family = عائلة
form-kind-citizenship = جنسية
form-kind-other = أخرى
overview-retention = مدة الاحتفاظ بالمسودات
overview-kept-days = { $days ->
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} بعد آخر تغيير، ثم تُحذف
overview-kept-hours = { $hours ->
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
} بعد آخر تغيير، ثم تُحذف
overview-languages = اللغات
overview-time = الوقت في الصفحات
overview-warning = يأتي التنبيه قبل انتهاء وقت الصفحة بـ { $seconds } ثانية.
overview-pages = الصفحات
overview-page = الصفحة { $number }: { $title }
overview-page-time = { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
} في هذه الصفحة.
overview-page-shown-when = تُعرض فقط عندما { $condition }. وإلا يتم تخطي الصفحة.
overview-question = السؤال
overview-type = الإجابة
overview-required = إلزامي
overview-rules = القواعد
overview-shown-when = يُعرض عندما
overview-always = دائمًا
overview-required-yes = إلزامي
overview-optional = اختياري
overview-required-when = إلزامي عندما { $condition }
overview-entry-question = { $entry }: { $question }
overview-options = الخيارات
overview-missing = غير مترجم إلى { $language }
overview-missing-count = عدد نصوص النموذج غير المترجمة إلى { $language }: { $count }. يُعرض كل منها بلغة أخرى مع علامة.
type-short-text = نص قصير
type-long-text = نص طويل
type-email = عنوان بريد إلكتروني
type-phone = رقم هاتف
type-number = رقم
type-date = تاريخ
type-single-choice = خيار واحد (أزرار اختيار)
type-dropdown = خيار واحد (قائمة)
type-multiple-choice = أي عدد من الخيارات (مربعات اختيار)
type-yes-no = نعم أو لا
type-identity-number = رقم شخصي سويدي
type-country = بلد
type-repeating-group = أسئلة تُطرح لكل إدخال
type-document = مستندات للرفع
type-heading = عنوان
type-paragraph = نص
rule-min-length = عدد الأحرف { $min } على الأقل
rule-max-length = عدد الأحرف { $max } على الأكثر
rule-whole-number = أعداد صحيحة فقط
rule-min = { $min } على الأقل
rule-max = { $max } على الأكثر
rule-in-past = قبل تاريخ اليوم
rule-in-future = بعد تاريخ اليوم
rule-after = بعد التاريخ في { $question }
rule-before = قبل التاريخ في { $question }
rule-min-age = عمر الشخص { $years } سنة على الأقل
rule-memorable = يُسأل عنه باليوم والشهر والسنة
rule-min-selected = يُحدَّد { $min } على الأقل
rule-max-selected = يُحدَّد { $max } على الأكثر
rule-accept-personal = الأرقام الشخصية فقط، وليس أرقام التنسيق
rule-accept-coordination = أرقام التنسيق فقط
rule-accept-both = رقم شخصي أو رقم تنسيق
rule-min-entries = عدد الإدخالات { $min } على الأقل
rule-max-entries = عدد الإدخالات { $max } على الأكثر
rule-file-types = ملفات من الأنواع { $types }
rule-file-size = { $size } كيلوبايت على الأكثر للملف الواحد
rule-max-files = عدد الملفات { $max } على الأكثر
quoted = «{ $text }»
cond-is = الإجابة عن { $question } هي { $value }
cond-is-not = الإجابة عن { $question } ليست { $value }
cond-more = الإجابة عن { $question } أكبر من { $value }
cond-at-least = الإجابة عن { $question } هي { $value } أو أكثر
cond-less = الإجابة عن { $question } أصغر من { $value }
cond-at-most = الإجابة عن { $question } هي { $value } أو أقل
cond-after = الإجابة عن { $question } بعد { $value }
cond-on-or-after = الإجابة عن { $question } هي { $value } أو بعده
cond-before = الإجابة عن { $question } قبل { $value }
cond-on-or-before = الإجابة عن { $question } هي { $value } أو قبله
cond-answered = تمت الإجابة عن { $question }
cond-not-answered = لم تتم الإجابة عن { $question }
cond-includes = الإجابة عن { $question } تشمل { $value }
cond-is-neither = الإجابة عن { $question } ليست { $value }
cond-includes-neither = الإجابة عن { $question } لا تشمل { $value }
cond-answer-to = الإجابة عن { $question }
cond-and = { $first } و{ $second }
cond-or = { $first } أو { $second }
cond-not = ليس صحيحًا أن { $condition }
values-or = { $first } أو { $second }
values-nor = { $first } ولا { $second }
cond-always = دائمًا
cond-never = أبدًا
preview-title = معاينة
preview-intro = أنت تملأ هذا النموذج كمقدّم طلب تجريبي، دون تسجيل الدخول. كل شيء آخر يعمل كما يعمل لمقدّم الطلب: حدود الوقت والحفظ ومراجعة الإجابات والطباعة والتأكيد. عندما تحفظ ملف النموذج، تعرض هذه الصفحة التغيير.
preview-fill-page = املأ هذه الصفحة بإجابات أمثلة
preview-fill-all = املأ كل الصفحات بإجابات أمثلة
preview-go-to = انتقل إلى صفحة
preview-again = ابدأ من جديد كمقدّم طلب جديد
preview-filled = عدد الإجابات التي مُلئت بأمثلة: { $count }.
preview-not-filled = لا يناسبها أي مثال: { $questions }.
preview-page-skipped = يتم تخطي { $page } مع هذه الإجابات، لذلك تُعرض الصفحة التي قبلها.
preview-changed = تغيّر ملف النموذج. تُعرض النسخة الجديدة.
preview-confirmed = هذا الطلب مؤكَّد ولا يمكن تغييره. ابدأ من جديد كمقدّم طلب جديد لتملأ النموذج مرة أخرى.
