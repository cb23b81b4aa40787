### Awaiting review by a native translator.
###
### Ukrainian catalog of the words the engine shows an applicant. Keys and { $placeholders }
### are the same as in en.ftl.
###
### Glossary (one Ukrainian word for each agency term, used in every message):
###   application (the thing applied with)  = заява (заяву, заяви, заяв)
###   draft                                 = чернетка
###   reference number                      = реєстраційний номер
###   personal identity number (personnummer)    = персональний номер
###   coordination number (samordningsnummer)    = координаційний номер
###   sign in / sign out                    = увійти (в систему) / вийти (з системи)
###   page                                  = сторінка
###   answer                                = відповідь
###   document                              = документ
### Other words kept the same: file = файл, screen = екран, service = сервіс,
### device = пристрій, form = форма, question = запитання, option = варіант.
### Button names quoted in sentences: «Змінити», «Більше часу», «Спробувати ще раз», «Додати».
### Decimal separator is a comma (12,5), as decimal-point below.

## The words around a form: buttons, headings, status lines.

app-name = Blankett
loading = Завантаження …
next = Далі
back = Назад
step-of = Крок { $step } з { $total }
error-summary-title = Виникла проблема
error-title-prefix = Помилка:{ " " }
optional = (необов’язково)
choose = Виберіть …
day = День
month = Місяць
year = Рік
yes = Так
no = Ні
add-entry = Додати
remove-entry = Видалити
no-entries = Ще нічого не додано.
entries-at-most = Ви можете додати щонайбільше { $max }.
language = Мова
schema-has-issues = Ця форма містить { $count ->
    [one] { $count } помилку
    [few] { $count } помилки
    [many] { $count } помилок
   *[other] { $count } помилки
} і не може бути показана
schema-issues-intro = Виправте файл схеми й перезавантажте сторінку. У кожному рядку вказано файл, рядок, стовпець і поле.
back-to-forms = До всіх заяв
form-not-found = За цією адресою немає заяви.
request-failed = Сервіс відповів не так, як очікувалося. Те, що ви написали, не втрачено. Спробуйте ще раз за хвилину.
network-failed = Не вдалося з’єднатися із сервісом. Перевірте підключення до інтернету й спробуйте ще раз. Те, що ви написали, не втрачено.
try-again = Спробувати ще раз
check-answers = Перевірте свої відповіді
check-answers-intro = Уважно прочитайте свої відповіді. Щоб виправити відповідь, натисніть «Змінити»; після цього ви повернетеся сюди. Ви можете роздрукувати заяву, щоб перевірити її.
kind-other = Заява
error-label = Помилка:

## Documents (issue 7).

choose-file = Виберіть файл
uploading = Файл завантажується
percent = { $percent }%

## Requests to the backend and what a refusal means.

signed-out = Ви вийшли з системи, наприклад, через 30 хвилин бездіяльності. Те, що вже було збережено, не втрачено. Увійдіть знову, щоб продовжити.
draft-not-found = Цієї заяви більше немає. Почніть знову зі списку заяв.
draft-expired = Чернетку видалено, бо її не було збережено вчасно (30 днів для дозволу на роботу, 48 годин в інших випадках). Відповіді на цьому екрані не втрачено: натисніть «Спробувати ще раз», щоб зберегти їх як нову чернетку.
draft-locked = Цю заяву підтверджено, і її більше не можна змінити.
draft-stale = Заяву змінено в іншому вікні або на іншому пристрої, тому відповіді на цьому екрані не збережено. Виберіть, які відповіді залишити.
too-many-attempts = Забагато спроб. Зачекайте { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
} і спробуйте ще раз.
saving = Збереження …
sign-out = Вийти
sign-in-new-tab = Увійти знову (відкриється в новій вкладці)

## Time limits (R2, R10).

time-left-on-page = Залишилося часу на цій сторінці:
time-left = Залишилося часу:
# What a screen reader hears about the time left, every few minutes and near the end.
# Ukrainian: with 0 minutes, "секунд: { $seconds }" avoids a second (nested) choice.
time-left-announced = { $minutes ->
    [0] На цій сторінці залишилося секунд: { $seconds }
    [1] На цій сторінці залишилася 1 хвилина
    [one] На цій сторінці залишилася { $minutes } хвилина
    [few] На цій сторінці залишилося { $minutes } хвилини
    [many] На цій сторінці залишилося { $minutes } хвилин
   *[other] На цій сторінці залишилося { $minutes } хвилини
}
sign-out-announced = { $minutes ->
    [0] Ви автоматично вийдете з системи. Залишилося секунд: { $seconds }
    [1] Ви автоматично вийдете з системи через 1 хвилину
    [one] Ви автоматично вийдете з системи через { $minutes } хвилину
    [few] Ви автоматично вийдете з системи через { $minutes } хвилини
    [many] Ви автоматично вийдете з системи через { $minutes } хвилин
   *[other] Ви автоматично вийдете з системи через { $minutes } хвилини
}
page-time-warning-title = Ваш час на цій сторінці спливає
page-time-warning-body = Натисніть «Більше часу», щоб отримати ще { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
} на цій сторінці. Коли час закінчиться, ваші відповіді буде збережено.
no-more-time = Для цієї сторінки більше не можна отримати додатковий час. Коли час закінчиться, ваші відповіді буде збережено, і ви зможете увійти знову, щоб продовжити на тій самій сторінці.
inactivity-warning-title = Незабаром ви автоматично вийдете з системи
inactivity-warning-body = Ви не користувалися сервісом майже 30 хвилин. З міркувань безпеки після 30 хвилин ви автоматично вийдете з системи. Перед цим ваші відповіді буде збережено.
more-time = Більше часу
stay-signed-in = Не виходити з системи
close = Закрити
signed-out-title = Ви вийшли з системи
page-time-ran-out = Ваш час на цій сторінці закінчився.
inactive-signed-out = Ви не користувалися сервісом 30 хвилин.
signed-out-elsewhere = Ви вийшли з системи в іншому вікні.
sign-in-to-continue = Увійдіть знову, щоб продовжити на тій самій сторінці
page-time-restarted = Ваш час на цій сторінці закінчився. Ваші відповіді збережено, і у вас є ще { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
} на цій сторінці.

## Keeping answers (issue 6: R3, R4, R5, R13).

resumed = З поверненням! Ви на тій сторінці, де зупинилися, і всі ваші відповіді на місці.
offline = Немає підключення до інтернету. Ваші відповіді залишаються на цьому пристрої й будуть збережені, коли з’єднання відновиться. Ви можете й далі заповнювати форму.
offline-keep-open = Немає підключення до інтернету. Не закривайте це вікно: ваші відповіді буде збережено, коли з’єднання відновиться.
device-storage-failed = Цей браузер не може зберігати ваші відповіді на цьому пристрої (його сховище заповнене або вимкнене). Поки є підключення до інтернету, сервіс усе одно зберігає їх.
reset-device = Видалити дані цього сервісу, збережені на цьому пристрої
reset-done = Дані цього сервісу на цьому пристрої видалено. Ваша збережена чернетка й далі зберігається в сервісі.

## The pages around the forms (issue 16: R12, R14).

support = Допомога та підтримка
check-application = Перевірити свою заяву без входу в систему
page-helpful = Чи допомогла вам ця сторінка?
feedback-thanks = Дякуємо, що допомагаєте нам покращити вебсайт!
feedback-comment = Як ми можемо покращити цю сторінку? (необов’язково)
feedback-no-personal-data = Не пишіть особисті дані, наприклад ім’я, персональний номер, реєстраційний номер, номер телефону чи адресу електронної пошти. Ми не можемо відповісти вам тут. Якщо ви хочете поставити запитання, наші контакти є на сторінці «Допомога та підтримка».
send-comment = Надіслати
public-computer = Якщо ви користуєтеся комп’ютером загального доступу, не забудьте закрити браузер, щоб ніхто інший не отримав доступу до інформації про вас.
open-elsewhere = Ця заява відкрита в іншій вкладці або в іншому вікні. Її можна змінювати лише в одному місці одночасно, щоб жодну відповідь не було перезаписано.
taken-over = Ви продовжили заповнювати цю заяву в іншій вкладці або в іншому вікні. Ваші відповіді тут збережено.
edit-here = Редагувати тут
keep-mine = Залишити відповіді з цього екрана
show-saved = Показати збережені відповіді

## Check answers, print, confirm (issue 7: R7, R8, R9).

change = Змінити
not-answered = Немає відповіді
print = Роздрукувати
send-heading = Надішліть свою заяву
declaration-default = Я підтверджую, що надана мною інформація правильна й повна.
confirm-warning = Після надсилання заяви ви не зможете нічого в ній змінити або надіслати ще документи.
confirm = Підтвердити й надіслати
declaration-required = Поставте позначку, щоб підтвердити, що інформація правильна
sending = Ваша заява надсилається …
incomplete = На деякі запитання немає відповіді або у відповідях є проблеми. Виправте їх на показаній сторінці, а потім надішліть заяву знову.
receipt-title = Заяву надіслано
your-reference = Ваш реєстраційний номер
receipt-email = Ми надіслали підтвердження на вашу адресу електронної пошти.
receipt-next = Вказуйте реєстраційний номер, коли звертаєтеся до нас. Заяву більше не можна змінити.
applicant = Заявник
printed-on = Надруковано
reference = Реєстраційний номер
not-sent-yet = Не надіслано: чернетка для перевірки

## Problems with one answer, as validation reports them. Each says what to do, not only what is wrong.

required = Дайте відповідь на це запитання
required-choice = Виберіть один із варіантів
required-country = Виберіть країну
required-choices = Виберіть щонайменше один варіант
required-date = Введіть дату
too-short = Введіть щонайменше { $min ->
    [one] { $min } символ
    [few] { $min } символи
    [many] { $min } символів
   *[other] { $min } символу
}
too-long = Введіть щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
} (зараз введено: { $actual })
invalid-email = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com
invalid-phone = Введіть номер телефону, що має від 7 до 15 цифр, наприклад +46 70 123 45 67
not-a-number = Введіть число, наприклад 12 або 12,5
number-with-separator = Напишіть число без розділювачів тисяч, наприклад 35000 або 35000,50
not-a-whole-number = Введіть ціле число, без десяткових знаків
number-too-small = Введіть число, яке дорівнює { $min } або більше
number-too-large = Введіть число, яке дорівнює { $max } або менше
# No example format: the browser's date field shows dates in the applicant's own order.
invalid-date = Введіть повну дату: день, місяць і рік
not-a-real-date = Такої дати не існує. Перевірте день, місяць і рік
date-not-in-past = Дата має бути раніше за сьогоднішню
date-not-in-future = Дата має бути пізніше за сьогоднішню
# $other is the label of the other date question.
date-not-after = Дата має бути пізніше, ніж «{ $other }»
date-not-before = Дата має бути раніше, ніж «{ $other }»
too-young = Вам має бути щонайменше { $age ->
    [one] { $age } рік
    [few] { $age } роки
    [many] { $age } років
   *[other] { $age } року
}. Перевірте дату народження
identity-number-format = Введіть номер із 10 або 12 цифр, наприклад YYYYMMDD-NNNN
identity-number-date = Дати, вказаної в номері, не існує. Перевірте перші 6 або 8 цифр
identity-number-check-digit = Номер недійсний. Перевірте, чи правильно введено кожну цифру
not-a-personal-identity-number = Введіть персональний номер, а не координаційний номер
not-a-coordination-number = Введіть координаційний номер, а не персональний номер
unknown-country = Виберіть країну зі списку
unknown-option = Виберіть один із варіантів у списку
too-few-selected = Виберіть щонайменше { $min ->
    [one] { $min } варіант
    [few] { $min } варіанти
    [many] { $min } варіантів
   *[other] { $min } варіанта
}
too-many-selected = Виберіть щонайбільше { $max ->
    [one] { $max } варіант
    [few] { $max } варіанти
    [many] { $max } варіантів
   *[other] { $max } варіанта
}
required-document = Завантажте документ
too-many-files = Ви можете завантажити щонайбільше { $max ->
    [one] { $max } документ
    [few] { $max } документи
    [many] { $max } документів
   *[other] { $max } документа
}. Видаліть зайві
# $types is a list such as "PDF, JPEG or PNG" (see types-last below).
document-wrong-type = Файл має бути у форматі { $types }. Виберіть інший файл
# $size is written by the engine, as "10 MB".
document-too-large = Розмір файлу має бути не більше ніж { $size }. Виберіть менший файл, наприклад скан або фото з нижчою роздільною здатністю
document-empty = Файл порожній. Виберіть інший файл
document-too-many = Ви можете завантажити щонайбільше { $max ->
    [one] { $max } документ
    [few] { $max } документи
    [many] { $max } документів
   *[other] { $max } документа
}. Видаліть один, перш ніж завантажувати інший
upload-offline = Файл не надіслано, бо не вдалося з’єднатися із сервісом. Перевірте підключення до інтернету й виберіть файл знову
upload-failed = Файл не надіслано через проблему в роботі сервісу. Зачекайте трохи й виберіть файл знову
# $entry is the group's entry title, as on its Add button ("child").
too-few-entries = Додайте щонайменше { $min } за допомогою кнопки «Додати { $entry }»
too-many-entries = Ви можете додати щонайбільше { $max }. Видаліть зайві

## What a document question takes, above its file input.

document-rules = { $files ->
    [1] Ви можете завантажити 1 файл: { $types }, розміром до { $size }.
    [one] Ви можете завантажити щонайбільше { $files } файл: { $types }, кожен розміром до { $size }.
    [few] Ви можете завантажити щонайбільше { $files } файли: { $types }, кожен розміром до { $size }.
    [many] Ви можете завантажити щонайбільше { $files } файлів: { $types }, кожен розміром до { $size }.
   *[other] Ви можете завантажити щонайбільше { $files } файла: { $types }, кожен розміром до { $size }.
}
# The last two file types of a list: "JPEG or PNG".
types-last = { $first } або { $last }
# The decimal point in a file size: 1.5 MB.
decimal-point = ,

## Sentences around a date or time, which the browser writes the applicant's way.

answers-kept-until = Ваші відповіді збережено, і вони зберігатимуться до { $date }.
draft-kept-until = Ваша чернетка зберігатиметься до { $date }. Кожне збереження продовжує цей строк.
saved-at = Збережено { $date }.
sent-on = Надіслано { $date }
expired-on = Вашу попередню чернетку видалено { $date }, бо її не було збережено вчасно (30 днів для дозволу на роботу, 48 годин в інших випадках). Ви починаєте нову заяву.

## Форма на сторінці іншого сайту (віджет)
widget-sign-in-first = Увійдіть, щоб заповнити заяву. Якщо ви вже почали її раніше, ви продовжите зі збереженим.
widget-sign-in = Увійдіть, щоб почати або продовжити
