### Awaiting review by a native translator.
###
### Tigrinya (Eritrea), Ge'ez script. Keys and { $placeholders } are the same as in en.ftl.
### The applicant is addressed in the second person plural (ንስኹም: ምረጹ, ጽሓፉ, ፈትሹ), which is
### polite and does not depend on the applicant's gender.
###
### Glossary of agency terms, used the same way in every message:
###   application (the thing applied with) = ጠለብ (plural ጠለባት); applicant = ጠላቢ
###   draft                                = ንድፊ (your draft = ንድፍኹም)
###   reference number                     = ቁጽሪ መወከሲ
###   personal identity number (personnummer)      = ውልቃዊ መለለዪ ቁጽሪ
###   coordination number (samordningsnummer)      = ቁጽሪ ምውህሃድ
###   sign in                              = ምእታው (imperative እተዉ; "sign in again" = እንደገና እተዉ)
###   sign out                             = ምውጻእ (imperative ውጽኡ; "signed out" = ወጺእኩም)
###   page                                 = ገጽ
###   answer                               = መልሲ (plural መልስታት); to answer = መልሱ
###   document                             = ሰነድ (plural ሰነዳት); file = ፋይል
### Other words kept the same: form = ቅጥዒ, service = ኣገልግሎት, save = ምዕቃብ (saved = ተዓቂቡ),
###   upload = ምጽዓን (ጸዓኑ), check = ፈትሹ, confirm = ኣረጋግጹ, enter (a value) = ጽሓፉ,
###   delete = ምድምሳስ (ተደምሲሱ), remove = ኣልግሱ, device = መሳርሒ, window = መስኮት, tab = ታብ,
###   screen = ስክሪን, browser = ብራውዘር, work permit = ፍቓድ ስራሕ, at most = ብዝበዝሐ,
###   at least = እንተወሓደ.
### Buttons quoted inside sentences use the button's own words, in « »:
###   «ቀይሩ» (change), «ተወሳኺ ግዜ» (more-time), «እንደገና ፈትኑ» (try-again), «ወስኹ» (add-entry),
###   «ሓገዝን ደገፍን» (support).
### CLDR plural categories for Tigrinya: one (0 and 1), other.

## The words around a form: buttons, headings, status lines.

app-name = Blankett
loading = ጽንሕ በሉ …
next = ዝቕጽል
back = ንድሕሪት
step-of = ስጉምቲ { $step } ካብ { $total }
error-summary-title = ጸገም ኣሎ
error-title-prefix = ጌጋ:{ " " }
optional = (ግዴታ ኣይኮነን)
choose = ምረጹ …
day = መዓልቲ
month = ወርሒ
year = ዓመት
yes = እወ
no = ኣይፋል
add-entry = ወስኹ
remove-entry = ኣልግሱ
no-entries = ገና ዝተወሰኸ የለን።
entries-at-most = ብዝበዝሐ { $max } ክትውስኹ ትኽእሉ ኢኹም።
language = ቋንቋ
schema-has-issues = እዚ ቅጥዒ { $count ->
    [one] { $count } ጌጋ
   *[other] { $count } ጌጋታት
} ስለ ዘለዎ ክርአ ኣይክእልን
schema-issues-intro = ነቲ ፋይል ስኪማ ኣእርምዎ፣ ድሕሪኡ ነቲ ገጽ እንደገና ጽዓንዎ። ነፍሲ ወከፍ መስመር ነቲ ፋይል፣ መስመር፣ ዓምድን ፊልድን የርኢ።
back-to-forms = ናብ ኩሎም ጠለባት
form-not-found = ኣብዚ ኣድራሻ ዝኾነ ጠለብ የለን።
request-failed = እቲ ኣገልግሎት ከም ዝተጸበናዮ ኣይመለሰን። ዝጸሓፍኩምዎ ኣይጠፍአን። ድሕሪ ቁሩብ እንደገና ፈትኑ።
network-failed = ምስቲ ኣገልግሎት ክራኸብ ኣይተኻእለን። ርክብ ኢንተርነትኩም ፈትሹ እሞ እንደገና ፈትኑ። ዝጸሓፍኩምዎ ኣይጠፍአን።
try-again = እንደገና ፈትኑ
check-answers = መልስታትኩም ፈትሹ
check-answers-intro = መልስታትኩም ኣንብብዎም። ሓደ መልሲ ንምእራም «ቀይሩ» ምረጹ፤ ድሕሪኡ ናብዚ ክትምለሱ ኢኹም። ነቲ ጠለብ ንምፍታሹ ክትሕትምዎ ትኽእሉ ኢኹም።
kind-other = ጠለብ
error-label = ጌጋ:

## Documents (issue 7).

choose-file = ፋይል ምረጹ
uploading = ይጽዓን ኣሎ
percent = { $percent }%

## Requests to the backend and what a refusal means.

signed-out = ወጺእኩም ኣለኹም፣ ንኣብነት ን30 ደቓይቕ ዝኾነ ነገር ስለ ዘይገበርኩም። ዝተዓቀበ ኣይጠፍአን። ንምቕጻል እንደገና እተዉ።
draft-not-found = እዚ ጠለብ ደጊም የለን። ካብቲ ዝርዝር ጠለባት እንደገና ጀምሩ።
draft-expired = እቲ ንድፊ ኣብ ግዚኡ ስለ ዘይተዓቀበ ተደምሲሱ (ንፍቓድ ስራሕ 30 መዓልቲ፣ ንኻልእ 48 ሰዓት)። ኣብዚ ስክሪን ዘለዉ መልስታት ኣይጠፍኡን: ከም ሓድሽ ንድፊ ንምዕቃቦም «እንደገና ፈትኑ» ምረጹ።
draft-locked = እዚ ጠለብ ተረጋጊጹ ስለ ዘሎ ደጊም ክቕየር ኣይክእልን።
draft-stale = እዚ ጠለብ ኣብ ካልእ መስኮት ወይ ኣብ ካልእ መሳርሒ ስለ ዝተቐየረ፣ ኣብዚ ስክሪን ዘለዉ መልስታት ኣይተዓቀቡን። ኣየኖት መልስታት ክትሕዙ ከም እትደልዩ ምረጹ።
too-many-attempts = ልዕሊ ዓቐን ፈተነታት ተገይሩ። { $minutes ->
    [one] { $minutes } ደቒቕ
   *[other] { $minutes } ደቓይቕ
} ተጸበዩ እሞ እንደገና ፈትኑ።
saving = ይዕቀብ ኣሎ …
sign-out = ውጽኡ
sign-in-new-tab = እንደገና እተዉ (ኣብ ሓድሽ ታብ ይኽፈት)

## Time limits (R2, R10).

time-left-on-page = ኣብዚ ገጽ ዝተረፈ ግዜ:
time-left = ዝተረፈ ግዜ:
# What a screen reader hears about the time left, every few minutes and near the end.
time-left-announced = ኣብዚ ገጽ { $minutes ->
    [0] { $seconds } ካልኢት
    [1] 1 ደቒቕ
   *[other] { $minutes } ደቓይቕ
} ተሪፉ
sign-out-announced = ድሕሪ { $minutes ->
    [0] { $seconds } ካልኢት
    [1] 1 ደቒቕ
   *[other] { $minutes } ደቓይቕ
} ካብ ኣገልግሎት ክትወጽኡ ኢኹም
page-time-warning-title = ኣብዚ ገጽ ዘለኩም ግዜ ይውዳእ ኣሎ
page-time-warning-body = ኣብዚ ገጽ ተወሳኺ { $minutes } ደቓይቕ ንምርካብ «ተወሳኺ ግዜ» ምረጹ። ግዜ ምስ ተወድአ መልስታትኩም ይዕቀቡ።
no-more-time = እዚ ገጽ ተወሳኺ ግዜ ክወስድ ኣይክእልን። ግዜ ምስ ተወድአ መልስታትኩም ይዕቀቡ፣ ኣብቲ ዝነበርኩምዎ ገጽ ንምቕጻል ድማ እንደገና ክትኣትዉ ትኽእሉ ኢኹም።
inactivity-warning-title = ኣብ ውሑድ ግዜ ካብ ኣገልግሎት ክትወጽኡ ኢኹም
inactivity-warning-body = ነቲ ኣገልግሎት ንዳርጋ 30 ደቓይቕ ኣይተጠቐምኩምሉን። ንድሕነትኩም፣ 30 ደቓይቕ ምስ መልአ ካብ ኣገልግሎት ክትወጽኡ ኢኹም። ቅድሚ እዚ መልስታትኩም ይዕቀቡ።
more-time = ተወሳኺ ግዜ
stay-signed-in = ኣቲኹም ቀጽሉ
close = ዕጸዉ
signed-out-title = ካብ ኣገልግሎት ወጺእኩም ኣለኹም
page-time-ran-out = ኣብቲ ገጽ ዝነበረኩም ግዜ ተወዲኡ።
inactive-signed-out = ነቲ ኣገልግሎት ን30 ደቓይቕ ኣይተጠቐምኩምሉን።
signed-out-elsewhere = ኣብ ካልእ መስኮት ወጺእኩም።
sign-in-to-continue = ኣብቲ ዝነበርኩምዎ ገጽ ንምቕጻል እንደገና እተዉ
page-time-restarted = ኣብቲ ገጽ ዝነበረኩም ግዜ ተወዲኡ። መልስታትኩም ተዓቂቦም ኣለዉ፣ ኣብቲ ገጽ ድማ ተወሳኺ { $minutes } ደቓይቕ ኣለኩም።

## Keeping answers (issue 6: R3, R4, R5, R13).

resumed = እንቋዕ ብደሓን ተመለስኩም። ምስ ኩሎም መልስታትኩም ኣብቲ ዘቋረጽኩምሉ ገጽ ኣለኹም።
offline = ምስ ኢንተርነት ርክብ የብልኩምን። መልስታትኩም ኣብዚ መሳርሒ ተታሒዞም ኣለዉ፣ ርክብ ምስ ተመልሰ ድማ ክዕቀቡ እዮም። ነቲ ቅጥዒ ምምላእ ክትቕጽሉ ትኽእሉ ኢኹም።
offline-keep-open = ምስ ኢንተርነት ርክብ የብልኩምን። እዚ መስኮት ክፉት ግደፍዎ: ርክብ ምስ ተመልሰ መልስታትኩም ክዕቀቡ እዮም።
device-storage-failed = እዚ ብራውዘር መልስታትኩም ኣብዚ መሳርሒ ክሕዞም ኣይክእልን (መኽዘኑ መሊኡ ወይ ጠፊኡ ኣሎ)። ምስ ኢንተርነት ክሳብ ዝተራኸብኩም ግን፣ እቲ ኣገልግሎት ይዕቅቦም እዩ።
reset-device = ኣብዚ መሳርሒ ዝተዓቀበ ሓበሬታ ናይዚ ኣገልግሎት ደምስሱ
reset-done = ኣብዚ መሳርሒ ዝነበረ ሓበሬታ ናይዚ ኣገልግሎት ተደምሲሱ። እቲ ዝተዓቀበ ንድፍኹም ግን ኣብቲ ኣገልግሎት ኣሎ።

## The pages around the forms (issue 16: R12, R14).

support = ሓገዝን ደገፍን
check-application = ብዘይ ምእታው ጠለብኩም ፈትሹ
page-helpful = እዚ ገጽ ሓጊዙኩም ድዩ?
feedback-thanks = ነቲ መርበብ ሓበሬታ ንምምሕያሽ ስለ ዝሓገዝኩምና የቐንየልና!
feedback-comment = ነዚ ገጽ ብኸመይ ከነመሓይሾ ንኽእል? (ግዴታ ኣይኮነን)
feedback-no-personal-data = ውልቃዊ ሓበሬታ፣ ከም ስምኩም፣ ውልቃዊ መለለዪ ቁጽሪ፣ ቁጽሪ መወከሲ፣ ቁጽሪ ተሌፎን ወይ ኣድራሻ ኢመይል ኣይትጽሓፉ። ኣብዚ ክንምልሰልኩም ኣይንኽእልን። ሕቶ እንተሃልዩኩም፣ ኣድራሻታትና ኣብቲ «ሓገዝን ደገፍን» ዝብል ገጽ ክትረኽብዎ ኢኹም።
send-comment = ስደዱ
public-computer = ህዝባዊ ኮምፒዩተር እንተ ተጠቒምኩም፣ ካልእ ሰብ ብዛዕባኹም ዘሎ ሓበሬታ ምእንቲ ከይረክብ ነቲ ብራውዘር ምዕጻው ኣይትረስዑ።
open-elsewhere = እዚ ጠለብ ኣብ ካልእ ታብ ወይ መስኮት ክፉት እዩ። ዝኾነ መልሲ ብኻልእ ከይትካእ፣ ኣብ ሓደ እዋን ኣብ ሓደ ቦታ ጥራይ እዩ ክቕየር ዝኽእል።
taken-over = ነዚ ጠለብ ኣብ ካልእ ታብ ወይ መስኮት ቀጺልኩምሉ። ኣብዚ ዘለዉ መልስታትኩም ተዓቂቦም ኣለዉ።
edit-here = ኣብ ክንድኡ ኣብዚ ቀይሩ
keep-mine = ኣብዚ ስክሪን ዘለዉ መልስታት ሓዙ
show-saved = ዝተዓቀቡ መልስታት ኣርእዩ

## Check answers, print, confirm (issue 7: R7, R8, R9).

change = ቀይሩ
not-answered = ኣይተመለሰን
print = ሕተሙ
send-heading = ጠለብኩም ስደዱ
declaration-default = ዝሃብክዎ ሓበሬታ ቅኑዕን ምሉእን ምዃኑ የረጋግጽ።
confirm-warning = ነቲ ጠለብ ምስ ሰደድኩምዎ፣ ኣብኡ ዝኾነ ነገር ክትቕይሩ ወይ ተወሳኺ ሰነዳት ክትሰዱ ኣይትኽእሉን።
confirm = ኣረጋግጹን ስደዱን
declaration-required = እቲ ሓበሬታ ቅኑዕ ምዃኑ ንምርግጋጽ ኣብታ ሳጹን ምልክት ግበሩ
sending = ጠለብኩም ይለኣኽ ኣሎ …
incomplete = ገለ ሕቶታት ኣይተመለሱን ወይ ጸገም ኣለዎም። ኣብቲ ዝተራእየ ገጽ ኣእርምዎም፣ ድሕሪኡ እንደገና ስደዱ።
receipt-title = ጠለብ ተሰዲዱ
your-reference = ናትኩም ቁጽሪ መወከሲ
receipt-email = ናብ ኣድራሻ ኢመይልኩም መረጋገጺ ሰዲድና ኣለና።
receipt-next = ምሳና ክትራኸቡ ከለኹም ነቲ ቁጽሪ መወከሲ ጥቐስዎ። እቲ ጠለብ ደጊም ክቕየር ኣይክእልን።
applicant = ጠላቢ
printed-on = ዝተሓትመሉ
reference = ቁጽሪ መወከሲ
not-sent-yet = ኣይተሰደደን: ንምፍታሽ ዝቐረበ ንድፊ

## Problems with one answer, as validation reports them. Each says what to do, not only what is wrong.

required = ነዚ ሕቶ መልሱ
required-choice = ካብቶም ኣማራጺታት ሓደ ምረጹ
required-country = ሃገር ምረጹ
required-choices = እንተወሓደ ሓደ ኣማራጺ ምረጹ
required-date = ዕለት ጽሓፉ
too-short = እንተወሓደ { $min ->
    [one] { $min } ፊደል
   *[other] { $min } ፊደላት
} ጽሓፉ
too-long = ብዝበዝሐ { $max } ፊደላት ጽሓፉ (ሕጂ { $actual } ጽሒፍኩም ኣለኹም)
invalid-email = ኣድራሻ ኢመይል ብቕኑዕ ኣቀማምጣ ጽሓፉ፣ ንኣብነት name@example.com
invalid-phone = ካብ 7 ክሳብ 15 ኣሃዛት ዘለዎ ቁጽሪ ተሌፎን ጽሓፉ፣ ንኣብነት +46 70 123 45 67
not-a-number = ቁጽሪ ጽሓፉ፣ ንኣብነት 12 ወይ 12.5
number-with-separator = ነቲ ቁጽሪ ብዘይ ፈላሊ ኣሽሓት ጽሓፍዎ፣ ንኣብነት 35000 ወይ 35000.50
not-a-whole-number = ብዘይ ደሲማል ምሉእ ቁጽሪ ጽሓፉ
number-too-small = { $min } ወይ ካብኡ ዝዓቢ ቁጽሪ ጽሓፉ
number-too-large = { $max } ወይ ካብኡ ዝንእስ ቁጽሪ ጽሓፉ
# No example format: the browser's date field shows dates in the applicant's own order.
invalid-date = ምሉእ ዕለት ጽሓፉ: መዓልቲ፣ ወርሒን ዓመትን
not-a-real-date = እዚ ዕለት የለን። መዓልቲ፣ ወርሒን ዓመትን ፈትሹ
date-not-in-past = እቲ ዕለት ቅድሚ ሎሚ ክኸውን ኣለዎ
date-not-in-future = እቲ ዕለት ድሕሪ ሎሚ ክኸውን ኣለዎ
# $other is the label of the other date question.
date-not-after = እቲ ዕለት ድሕሪ «{ $other }» ክኸውን ኣለዎ
date-not-before = እቲ ዕለት ቅድሚ «{ $other }» ክኸውን ኣለዎ
too-young = እንተወሓደ { $age } ዓመት ክትኾኑ ኣለኩም። ዕለት ልደት ፈትሹ
identity-number-format = ነቲ ቁጽሪ ብ10 ወይ 12 ኣሃዛት ጽሓፍዎ፣ ንኣብነት YYYYMMDD-NNNN
identity-number-date = ኣብቲ ቁጽሪ ዘሎ ዕለት የለን። ነተን ቀዳሞት 6 ወይ 8 ኣሃዛት ፈትሹ
identity-number-check-digit = እቲ ቁጽሪ ቅኑዕ ኣይኮነን። ነፍሲ ወከፍ ኣሃዝ ቅኑዕ ምዃኑ ፈትሹ
not-a-personal-identity-number = ውልቃዊ መለለዪ ቁጽሪ ጽሓፉ፣ ቁጽሪ ምውህሃድ ኣይኮነን
not-a-coordination-number = ቁጽሪ ምውህሃድ ጽሓፉ፣ ውልቃዊ መለለዪ ቁጽሪ ኣይኮነን
unknown-country = ካብቲ ዝርዝር ሃገር ምረጹ
unknown-option = ካብቶም ኣብቲ ዝርዝር ዘለዉ ኣማራጺታት ሓደ ምረጹ
too-few-selected = እንተወሓደ { $min ->
    [one] { $min } ኣማራጺ
   *[other] { $min } ኣማራጺታት
} ምረጹ
too-many-selected = ብዝበዝሐ { $max ->
    [one] { $max } ኣማራጺ
   *[other] { $max } ኣማራጺታት
} ምረጹ
required-document = ሰነድ ጸዓኑ
too-many-files = ብዝበዝሐ { $max ->
    [one] { $max } ሰነድ
   *[other] { $max } ሰነዳት
} ክትጽዕኑ ትኽእሉ ኢኹም። ትርፊ ዘለዉ ኣልግስዎም
# $types is a list such as "PDF, JPEG or PNG" (see types-last below).
document-wrong-type = እቲ ፋይል { $types } ክኸውን ኣለዎ። ካልእ ፋይል ምረጹ
# $size is written by the engine, as "10 MB".
document-too-large = እቲ ፋይል { $size } ወይ ካብኡ ዝንእስ ክኸውን ኣለዎ። ዝንእስ ፋይል ምረጹ፣ ንኣብነት ብትሑት ጽሬት ዝተሰከነ ሰነድ ወይ ዝተሳእለ ስእሊ
document-empty = እቲ ፋይል ባዶ እዩ። ካልእ ፋይል ምረጹ
document-too-many = ብዝበዝሐ { $max ->
    [one] { $max } ሰነድ
   *[other] { $max } ሰነዳት
} ክትጽዕኑ ትኽእሉ ኢኹም። ካልእ ቅድሚ ምጽዓንኩም ሓደ ኣልግሱ
upload-offline = ምስቲ ኣገልግሎት ክራኸብ ስለ ዘይተኻእለ እቲ ፋይል ኣይተሰደደን። ርክብ ኢንተርነትኩም ፈትሹ እሞ ነቲ ፋይል እንደገና ምረጽዎ
upload-failed = ኣብቲ ኣገልግሎት ብዘጋጠመ ጸገም እቲ ፋይል ኣይተሰደደን። ቁሩብ ተጸበዩ እሞ ነቲ ፋይል እንደገና ምረጽዎ
# $entry is the group's entry title, as on its Add button ("child").
too-few-entries = ብመጠወቒ «ወስኹ { $entry }» እንተወሓደ { $min } ወስኹ
too-many-entries = ብዝበዝሐ { $max } ክትውስኹ ትኽእሉ ኢኹም። ትርፊ ዘለዉ ኣልግስዎም

## What a document question takes, above its file input.

document-rules = { $files ->
    [1] 1 ፋይል ክትጽዕኑ ትኽእሉ ኢኹም: { $types }፣ ክሳብ { $size }።
   *[other] ክሳብ { $files } ፋይላት ክትጽዕኑ ትኽእሉ ኢኹም: { $types }፣ ነፍሲ ወከፍ ክሳብ { $size }።
}
# The last two file types of a list: "JPEG or PNG".
types-last = { $first } ወይ { $last }
# The decimal point in a file size: 1.5 MB.
decimal-point = .

## Sentences around a date or time, which the browser writes the applicant's way.

answers-kept-until = መልስታትኩም ተዓቂቦም ኣለዉ፣ ክሳብ { $date } ድማ ይጸንሑ።
draft-kept-until = ንድፍኹም ክሳብ { $date } ይዕቀብ። ኣብ ነፍሲ ወከፍ ምዕቃብ እቲ ግዜ ይናዋሕ።
saved-at = ኣብ { $date } ተዓቂቡ።
sent-on = ኣብ { $date } ተሰዲዱ
expired-on = ናይ ቅድም ንድፍኹም ኣብ ግዚኡ ስለ ዘይተዓቀበ ኣብ { $date } ተደምሲሱ (ንፍቓድ ስራሕ 30 መዓልቲ፣ ንኻልእ 48 ሰዓት)። ሓድሽ ጠለብ ትጅምሩ ኣለኹም።

## ኣብ ገጽ ካልእ መርበብ ዘሎ ቅጥዒ (widget)
widget-sign-in-first = ነቲ ጠለብ ንምምላእ እተዉ። ቅድሚ ሕጂ ጀሚርኩምዎ እንተ ኔርኩም፡ በቲ ዝዓቀብኩምዎ ትቕጽሉ።
widget-sign-in = ንምጅማር ወይ ንምቕጻል እተዉ
