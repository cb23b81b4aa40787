### The words of the pages the backend shows (sign-in, account, BankID, status, support,
### signed out) and of its mails, in English: the reference catalog for this folder.
###
### The app's own words are in ../en.ftl. Every other catalog here is checked against this one
### (blankett-server lint catalogs/).

# The language's name in itself, as the language switch lists it.
language-name = English

## Signing in and the account page

phone-label = Mobile phone number
phone-hint = For two-step verification, if you want it: when you sign in we send a code by text message to this number. You need to be able to receive text messages.
enter-phone = Enter your mobile phone number
phone-format = Enter the mobile phone number in digits, like 070 123 45 67 or +46 70 123 45 67
second-step-title = Enter the code from the text message
no-text-messages = I cannot get text messages
lost-phone-title = Sign in without text messages
lost-phone-intro = We have sent a 6-digit code to your email address. Enter the code to sign in. Two-step verification is then turned off, and you can turn it on again with a new number.
lost-phone-button = Sign in
two-step-turned-off = Two-step verification is off. Turn it on again with your new number on the page Your account.
account-title = Your account
account-email = The email address cannot be changed.
two-step-title = Two-step verification
two-step-help = With two-step verification you go through two steps when you sign in: something you know (your password) and something you have (your phone). Text messages may stop working, temporarily or permanently, and you may then need to change the phone number on your account to sign in again.
two-step-is-off = Two-step verification is off.
turn-on-two-step = Turn on two-step verification
change-phone = Change the phone number
turn-off-two-step = Turn off two-step verification
phone-title = Phone number for two-step verification
password-again-label = Your password
confirm-phone-title = Confirm the phone number
confirm-phone-button = Confirm
two-step-on = Two-step verification is on.
two-step-off-title = Turn off two-step verification
two-step-off-intro = Without two-step verification your password is enough to sign in.
two-step-off-button = Turn off
to-account = To your account
bank-id-title = BankID and Mobile BankID
bank-id-help = BankID if you use BankID installed on the computer that you log in from, Mobile BankID if you use it on a phone or tablet. To get a BankID you must contact your bank.
bank-id-this-device = Log in with BankID on this device
bank-id-other-device = Log in with Mobile BankID on another device
bank-id-on-this-device = BankID on this device
mobile-bank-id-title = Mobile BankID
bank-id-open = Open BankID
bank-id-open-again = Nothing happens? Open BankID here
bank-id-scan = Start the BankID app on your phone or tablet. Press the QR code symbol in the app and scan the QR code here.
bank-id-qr-alt = QR code to scan with the BankID app
bank-id-cancel = Cancel
bank-id-try-again = Try again
professional-title = Municipality, county council or region
professional-help = For you who want to log in with your professional e-identification from the municipality, county council or region. SITHS cards are used today; they will be replaced by Efos (e-identity for the public sector).
professional-button = Log in with professional e-identification
professional-checklist-intro = Some points to check if you have problems logging in:
professional-checklist = 
    Are the card and the card reader connected to your computer?
    Do you have Net iD installed on your computer?
    Is your certificate on the card still valid?
    Does your organization use an outgoing web proxy that inspects the TLS/SSL traffic? The login does not work if the traffic is inspected. Click the padlock in the address bar and view the certificate: it must not be issued by your own organization.
    Test if you can log in to the SITHS test page.
professional-still-problems = If you still have problems, please contact the Contact Centre.
more-alternatives = More alternatives
telia-title = Telia e-identification
telia-help = Telia e-identification is nowadays mostly used by Telia's corporate customers. You can also use it with an ID card from the Swedish Tax Agency with Telia e-identification. Old cards are valid for a maximum of five years.
telia-button = Log in with Telia e-identification
test-provider = (test)
eid-email-title = Your email address
eid-email-intro = The first time you log in with e-identification, enter an email address that you have access to. We send email about your application there. You cannot change the email address later.
eid-email-button = Send a code
eid-failed = Logging in with e-identification was cancelled or did not work. Try again, or choose another way to log in
skip-two-step = Continue without two-step verification
continue-to-application = Continue
two-step-required = This account has two-step verification. Sign in on the sign-in page.
sign-in-title = Sign in
sign-in-intro = Sign in to fill in the application. Your answers are saved so that you can continue later.
sign-out-title = Sign out
sign-out-intro = Sign out when you are done, especially on a computer that others use. What is saved is kept.
sign-out-button = Sign out
email-label = Email address
email-or-username-label = Email address or username
password-label = Password
sign-in-button = Sign in
no-account-yet = Create an account
create-account-title = Create an account
email-cannot-change = We send a code to this address. You cannot change the email address later.
create-account-button = Create account
have-account = I already have an account
verify-title = Confirm your email address
verify-intro = We have sent a 6-digit code to this address. Enter the code within 30 minutes. If you cannot find the email, look in your spam folder.
code-label = Code
verify-button = Confirm
enter-email = Enter your email address
email-format = Enter the email address in the right format, like name@example.com
enter-password = Enter your password
enter-email-or-username = Enter your email address or your username
email-or-username-format = Enter the email address, like name@example.com, or the 6-character username
enter-code = Enter the code from the email
code-format = The code is 6 digits. Enter it as it is in the email
account-exists = There is already an account with this email address. Sign in instead
wrong-credentials = The email address or the password is not right. Check both and try again
wrong-code = The code is not right. Check the code in the latest email from us
code-used-up = The code was entered wrongly too many times and no longer works. Ask for a new code
code-expired = The code only works for 30 minutes and has expired. Ask for a new code
new-code-button = Send a new code
new-code-sent = We have sent a new code to this address. The code you had before no longer works.
forgot-link = Forgot your password?
forgot-title = Reset your password
forgot-intro = Enter the email address of your account. We send a code to it, and with the code you choose a new password.
forgot-button = Send a code
reset-title = Choose a new password
reset-intro = If there is an account with this address, we have sent a 6-digit code to it. Enter the code within 30 minutes and choose a new password. If you cannot find the email, look in your spam folder.
new-password-label = New password
reset-button = Save the password and sign in
ask-for-reset-code = Ask for a code to choose a new password, here in this browser
password-method-title = Username and password
password-method-help = If you created your account after 4 December 2018, you log in with your email address and your password. If you have an account from before, use the six-character username and your password. If you do not have an account, you can create a new one.
foreign-eid-title = Foreign eID
foreign-eid-intro = Every e-service that uses e-identification needs a Swedish personal identity number.
foreign-eid-link = Logging in with a foreign e-ID
foreign-eid-page = To log in with e-identification you need a Swedish personal identity number and to be registered in the Swedish population register. No international e-identification can be used.
foreign-eid-what-to-do = Instead, you can create an account with your email address and log in with a username and password.
back-to-sign-in = Back to signing in
new-text-code-sent = We have sent a new code by text message. The code you had before no longer works.
sign-in-to-confirm = Sign in with your email address and password to enter the code we sent you
sign-in-to-fill = Sign in to fill in { $form }. Your answers are saved so that you can continue later.
second-step-intro = We have sent a 6-digit code by text message to the phone number ending in { $ending }. The code works for 10 minutes.
confirm-phone-intro = We have sent a 6-digit code by text message to the new number, ending in { $ending }. Enter the code to confirm the phone is yours.
two-step-is-on = Two-step verification is on. The codes are sent by text message to the phone number ending in { $ending }.
new-password-hint = At least { $min } characters.
password-too-short = Choose a password of at least { $min } characters

## BankID: what the app is doing (the recommended user messages of BankID's documentation)

bankid-rfa-1 = Start your BankID app.
bankid-rfa-3 = Action cancelled. Please try again.
bankid-rfa-4 = An identification or signing for this personal number is already started. Please try again.
bankid-rfa-5 = Internal error. Please try again.
bankid-rfa-6 = Action cancelled.
bankid-rfa-8 = The BankID app is not responding. Please check that it is started and that you have internet access. If you don't have a valid BankID you can get one from your bank. Try again.
bankid-rfa-9 = Enter your security code in the BankID app and select Identify.
bankid-rfa-13 = Trying to start your BankID app.
bankid-rfa-15-a = Searching for BankID, it may take a little while … If a few seconds have passed and still no BankID has been found, you probably don't have a BankID which can be used for this identification on this device. If you don't have a BankID you can get one from your bank.
bankid-rfa-16 = The BankID you are trying to use is blocked or too old. Please use another BankID or get a new one from your bank.
bankid-rfa-17-a = The BankID app couldn't be found on your computer or mobile device. Please install it and get a BankID from your bank. Install the app from your app store or https://install.bankid.com.
bankid-rfa-17-b = Failed to scan the QR code. Start the BankID app and scan the QR code. Check that the BankID app is up to date. If you don't have the BankID app, you need to install it and get a BankID from your bank. Install the app from your app store or https://install.bankid.com.
bankid-rfa-21 = Identification in progress.
bankid-rfa-22 = Unknown error. Please try again.
bankid-rfa-23 = Process your machine-readable travel document using the BankID app.

## Checking an application without signing in, the support page, signing out, the start page

status-title = Check your application without signing in
status-intro = If you have no e-identification and cannot create an account either, you can check your application without signing in. You can see whether your application has been registered and whether a decision has been made.
reference-label = Reference number
reference-hint = It is in the email you got when you confirmed the application, for example BL-2026-4821-0736.
date-of-birth-label = Your date of birth
date-of-birth-hint = As in the application, for example 27 3 1990.
check-button = Check the application
enter-reference = Enter the reference number
reference-format = Enter the reference number as it is in the email, like BL-2026-4821-0736
enter-date-of-birth = Enter your date of birth
date-of-birth-format = Enter your date of birth as a real date, with day, month and year
date-of-birth-in-past = Your date of birth must be in the past
status-result = Your application
not-decided = No decision has been made yet. You do not need to do anything now. Check again later.
not-found = We found no application with this reference number and this date of birth. Compare both with the email you got when you confirmed the application, and try again.
or-sign-in = Do you have e-identification or an account? Sign in to see your application.
support-title = Technical support for the e-service
support-intro = Our support team can help you if you have technical difficulties when using the e-service. This could be related to problems signing in, password questions or error messages.
try-first-title = Try this first
try-first-intro = Many problems can be solved without calling us. Please try these things before calling us.
support-reset-title = If an error stays after its cause has gone
reset-text = The e-service keeps what you type on this device too, so that nothing is lost if the network fails. If an error seems to stay, reset what the e-service has saved on this device. You do not need to clear your cookies or your web history. What you have saved with us is kept: sign in again and continue. Only answers this device has not yet been able to send are lost.
reload-title = If the e-service seems locked
reload-text = Reload the page: press F5 (PC), Command+Shift+R (Mac) or the reload button of your browser. Your answers are kept.
network-title = If the e-service does not open
network-text = Firewalls on public networks and on corporate or work networks can block the e-service, even if you have your own computer with you. Try from a private network, such as your home network or your phone's mobile data.
questions-title = Common questions
account-question = How do I create an account?
account-answer = Choose "Username and password" on the sign-in page, then "Create an account". We send a verification code to your email address. If you do not receive an email from us, your email program may have taken it for spam, so look in your spam folder.
email-question = Can I change my email address?
email-answer = No. You must have access to the address you give, because we use it to contact you. It cannot be changed once the account has been created.
time-question = How much time do I have on each page?
back-question = Can I use the browser's Back button?
back-answer = Yes. The browser's Back and Forward buttons move between the pages of the form just as the form's own buttons do, and nothing you have typed is lost.
kept-question = How long is what I wrote kept if I stop?
kept-answer = If you stop your application or have technical interruptions, what you have written is kept. Sign in again within this time, or it is deleted:
continue-question = How do I continue my application?
continue-answer = Sign in again and open the same form. You continue on the page where you stopped.
password-question = I have forgotten my password
password-answer = Choose "Forgot your password?" on the sign-in page. We send a code to your email address, and with the code you choose a new password.
print-question = Can I check my application before I send it?
print-answer = Yes. Once you have answered every question you see all your answers, can change them, and can print the application to make sure it is filled in correctly.
confirm-question = What happens when I confirm the application?
confirm-answer = Once you have confirmed the application you can no longer change any information, nor can you send in any documents. We send a confirmation with the reference number to your email address.
status-question = Can I see my application without signing in?
status-answer = Yes: with the reference number and your date of birth you can see whether the application is registered and whether a decision has been made.
call-title = Call us
call-intro = Unable to find the answer to your question? Call us for help.
phone-number-title = Telephone number
hours-title = Telephone hours
email-title = Email us
email-intro = You can also email us if you have any questions about the e-service. However, it takes longer to get an answer by email than if you call us.
email-link = Email technical support
feedback-title = Thank you
back-to-page = Back to the page
feedback-gone = The comment could not be kept, because the answer it belonged to is gone or already has a comment.
signed-out-intro = You are signed out. What you have saved is kept.
sign-in-again = Sign in again
forms = Applications
forms-intro = Choose the application you want to fill in.
registered = Application { $reference } is registered. It was registered on { $date } at { $time }.
decided = A decision was made on { $date }.
try-again-at = You have tried many times. To protect the applications, try again at { $time }.
try-again-on = You have tried many times. To protect the applications, try again on { $day } at { $time }.
# The first sentence of the answer about time on pages, when every page has the same limit.
time-on-each-page = { $minutes } minutes on each page.
time-on-pages-between = { $shortest } to { $longest } minutes on each page, depending on the page.
# $time is one of the two sentences above.
time-warned-continue = { $time } You are warned before the time runs out and can get more time, up to { $extensions } times on a page. When the time runs out, your answers are saved and the page's time starts again.
time-warned-sign-out = { $time } You are warned before the time runs out and can get more time, up to { $extensions } times on a page. When the time runs out, your answers are saved and you are signed out.
draft-kept-days = { $days } days after your last change
draft-kept-hours = { $hours } hours after your last change
times-in = The times are in the time zone { $zone } (now UTC{ $offset }).
comment-too-long = Write at most { $max } characters

## Dates and times, as the backend's pages and mails write them.

# "3 December 2026"
date = { $day } { $month } { $year }
# "3 December", a day this year
day-and-month = { $day } { $month }
# "14:05"; the hour and the minute arrive with two digits each.
time-of-day = { $hour }:{ $minute }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
monday = Monday
tuesday = Tuesday
wednesday = Wednesday
thursday = Thursday
friday = Friday
saturday = Saturday
sunday = Sunday

## The confirmation mail (R9). It is sent in the applicant's language and in Swedish.

mail-subject = Application received
# $form is the form's title in this language.
mail-body =
    We have received your application: { $form }.
    Reference number: { $reference }
    Confirmed: { $date }

## The mails and text messages with a code. Each is sent in the applicant's language and in Swedish.

code-mail-verify-subject = Your verification code
code-mail-new-subject = Your new verification code
code-mail-verify-body = Your verification code is { $code }. Enter it within 30 minutes where you created your account.
code-mail-reset-subject = Your code for a new password
code-mail-reset-body = Your code for choosing a new password is { $code }. Enter it within 30 minutes on the page where you asked for it. If you did not ask for a code, you can ignore this email: your password stays the same.
code-mail-sign-in-subject = Your code to sign in
code-mail-sign-in-body = Your code to sign in without text messages is { $code }. Enter it within 30 minutes on the page where you asked for it.
# A text message: short, the code first.
code-text = Your code is { $code }.

## A form's overview, as a designer and a case officer read it, and the preview a designer
## opens in development mode (the start page links to both).

overview-link = Overview
preview-link = Preview
# The overview's title; $form is the form's title.
overview-title = Overview: { $form }
overview-intro = Every page and question of the form in order, with its rules and when it is shown. Print it, or read it in another of the form's languages.
overview-about = About the form
overview-kind = Kind of application
form-kind-work-permit = Work permit
form-kind-visit = Visit
form-kind-study = Studies
form-kind-family = Family
form-kind-citizenship = Citizenship
form-kind-other = Other
overview-retention = Drafts are kept
overview-kept-days = { $days ->
    [one] 1 day
   *[other] { $days } days
} after the last change, then deleted
overview-kept-hours = { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
} after the last change, then deleted
overview-languages = Languages
overview-time = Time on the pages
overview-warning = The warning comes { $seconds } seconds before a page's time runs out.
overview-pages = Pages
# A page's heading: "Page 3: Employment".
overview-page = Page { $number }: { $title }
overview-page-time = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
} on this page.
overview-page-shown-when = Shown only when { $condition }. Otherwise the page is skipped.
overview-question = Question
overview-type = Answer
overview-required = Required
overview-rules = Rules
overview-shown-when = Shown when
overview-always = Always
overview-required-yes = Required
overview-optional = Optional
overview-required-when = Required when { $condition }
# A question asked in each entry of a repeating group: "Child: Name".
overview-entry-question = { $entry }: { $question }
overview-options = Options
overview-missing = Not translated into { $language }
overview-missing-count = { $count ->
    [one] One text of the form is
   *[other] { $count } texts of the form are
} not translated into { $language }. Each is shown in another language and marked.
type-short-text = Short text
type-long-text = Long text
type-email = Email address
type-phone = Phone number
type-number = Number
type-date = Date
type-single-choice = One option (radio buttons)
type-dropdown = One option (a list)
type-multiple-choice = Any number of options (tick boxes)
type-yes-no = Yes or no
type-identity-number = Swedish personal identity number
type-country = Country
type-repeating-group = Questions asked for each entry
type-document = Documents to upload
type-heading = Heading
type-paragraph = Text
rule-min-length = At least { $min ->
    [one] 1 character
   *[other] { $min } characters
}
rule-max-length = At most { $max ->
    [one] 1 character
   *[other] { $max } characters
}
rule-whole-number = Whole numbers only
rule-min = At least { $min }
rule-max = At most { $max }
rule-in-past = Before today
rule-in-future = After today
rule-after = After the date in { $question }
rule-before = Before the date in { $question }
rule-min-age = The person is at least { $years ->
    [one] 1 year
   *[other] { $years } years
} old
rule-memorable = Asked as day, month and year
rule-min-selected = At least { $min } ticked
rule-max-selected = At most { $max } ticked
rule-accept-personal = Personal identity numbers only, not coordination numbers
rule-accept-coordination = Coordination numbers only
rule-accept-both = A personal identity number or a coordination number
rule-min-entries = At least { $min ->
    [one] 1 entry
   *[other] { $min } entries
}
rule-max-entries = At most { $max ->
    [one] 1 entry
   *[other] { $max } entries
}
rule-file-types = Files of the types { $types }
rule-file-size = At most { $size } KB a file
rule-max-files = At most { $max ->
    [one] 1 file
   *[other] { $max } files
}
# Conditions in words. $question is a question's label in quotes, $value an answer ("Yes", an
# option's label in quotes, a number, a date).
quoted = “{ $text }”
cond-is = { $question } is { $value }
cond-is-not = { $question } is not { $value }
cond-more = { $question } is more than { $value }
cond-at-least = { $question } is { $value } or more
cond-less = { $question } is less than { $value }
cond-at-most = { $question } is { $value } or less
cond-after = { $question } is after { $value }
cond-on-or-after = { $question } is { $value } or later
cond-before = { $question } is before { $value }
cond-on-or-before = { $question } is { $value } or earlier
cond-answered = { $question } is answered
cond-not-answered = { $question } is not answered
cond-includes = { $question } includes { $value }
cond-is-neither = { $question } is neither { $value }
cond-includes-neither = { $question } includes neither { $value }
cond-answer-to = the answer to { $question }
cond-and = { $first } and { $second }
cond-or = { $first } or { $second }
cond-not = it is not so that { $condition }
values-or = { $first } or { $second }
values-nor = { $first } nor { $second }
cond-always = always
cond-never = never
preview-title = Preview
preview-intro = You are filling in this form as a test applicant, without signing in. Everything else works as for an applicant: time limits, saving, checking the answers, printing and confirming. When you save the form's file, this page shows the change.
preview-fill-page = Fill this page with example answers
preview-fill-all = Fill every page with example answers
preview-go-to = Go to a page
preview-again = Start again as a new applicant
preview-filled = { $count ->
    [one] 1 answer
   *[other] { $count } answers
} filled in with examples.
preview-not-filled = No example fits: { $questions }.
preview-page-skipped = { $page } is skipped with these answers, so the page before it is shown.
preview-changed = The form's file has changed. The new version is shown.
preview-confirmed = This application is confirmed and cannot be changed. Start again as a new applicant to fill in the form again.
