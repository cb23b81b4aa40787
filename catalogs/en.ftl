### The words the engine itself shows an applicant, in English: the reference catalog.
###
### Every other catalog in this folder is checked against this one (blankett-server lint
### catalogs/): it has the same keys, and uses the same { $placeholders }. Numbers in
### placeholders are written by the engine; dates arrive already written by the browser.
### A choice on a number, { $count -> [one] … *[other] … }, takes the plural categories of
### Unicode CLDR (zero, one, two, few, many, other) or an exact number ([0], [1]).
### Terms (-name = …) keep the agency's words the same in every message of a language.

## The words around a form: buttons, headings, status lines.

app-name = Blankett
loading = Loading …
next = Next
back = Back
step-of = Step { $step } of { $total }
error-summary-title = There is a problem
error-title-prefix = Error:{ " " }
optional = (optional)
choose = Choose …
day = Day
month = Month
year = Year
yes = Yes
no = No
add-entry = Add
remove-entry = Remove
no-entries = Nothing added yet.
entries-at-most = You can add at most { $max }.
language = Language
schema-has-issues = This form has { $count ->
    [one] 1 error
   *[other] { $count } errors
} and cannot be shown
schema-issues-intro = Correct the schema file and reload the page. Each line gives the file, line, column and field.
back-to-forms = To all applications
form-not-found = There is no application at this address.
request-failed = The service did not answer as expected. What you have written is kept. Try again in a moment.
network-failed = The service could not be reached. Check your internet connection and try again. What you have written is kept.
try-again = Try again
check-answers = Check your answers
check-answers-intro = Read through your answers. Choose Change to correct one; you will come back here afterwards. You can print the application to check it.
kind-other = Application
error-label = Error:

## Documents (issue 7).

choose-file = Choose a file
uploading = Uploading
percent = { $percent }%

## Requests to the backend and what a refusal means.

signed-out = You are signed out, for example after 30 minutes without activity. What was already saved is kept. Sign in again to continue.
draft-not-found = This application no longer exists. Start again from the list of applications.
draft-expired = The draft was deleted because it was not saved in time (30 days for a work permit, 48 hours otherwise). The answers on this screen are not lost: choose Try again to save them as a new draft.
draft-locked = This application is confirmed and can no longer be changed.
draft-stale = The application was changed in another window or on another device, so the answers on this screen are not saved. Choose which answers to keep.
too-many-attempts = Too many attempts. Wait { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
} and try again.
saving = Saving …
sign-out = Sign out
sign-in-new-tab = Sign in again (opens in a new tab)

## Time limits (R2, R10).

time-left-on-page = Time left on this page:
time-left = Time left:
# What a screen reader hears about the time left, every few minutes and near the end.
time-left-announced = { $minutes ->
    [0] { $seconds } seconds
    [1] 1 minute
   *[other] { $minutes } minutes
} left on this page
sign-out-announced = You will be signed out in { $minutes ->
    [0] { $seconds } seconds
    [1] 1 minute
   *[other] { $minutes } minutes
}
page-time-warning-title = Your time on this page is running out
page-time-warning-body = Choose More time to get another { $minutes } minutes on this page. Your answers are saved when the time runs out.
no-more-time = This page cannot get more time. When the time runs out your answers are saved, and you can sign in again to continue on the same page.
inactivity-warning-title = You will soon be signed out
inactivity-warning-body = You have not used the service for almost 30 minutes. For your security you will then be signed out. Your answers are saved first.
more-time = More time
stay-signed-in = Stay signed in
close = Close
signed-out-title = You have been signed out
page-time-ran-out = Your time on the page ran out.
inactive-signed-out = You had not used the service for 30 minutes.
signed-out-elsewhere = You signed out in another window.
sign-in-to-continue = Sign in again to continue on the same page
page-time-restarted = Your time on the page ran out. Your answers are saved and you have another { $minutes } minutes on the page.

## Keeping answers (issue 6: R3, R4, R5, R13).

resumed = Welcome back. You are on the page where you left off, with all your answers.
offline = You are offline. Your answers are kept on this device and will be saved when the connection returns. You can keep filling in the form.
offline-keep-open = You are offline. Keep this window open: your answers will be saved when the connection returns.
device-storage-failed = This browser cannot keep your answers on this device (its storage is full or turned off). The service still saves them while you are online.
reset-device = Reset this service's saved data on this device
reset-done = This service's data on this device is removed. Your saved draft is still kept by the service.

## The pages around the forms (issue 16: R12, R14).

support = Help and support
check-application = Check your application without signing in
page-helpful = Did this page help you?
feedback-thanks = Thank you for helping us improve the website!
feedback-comment = How can we make this page better? (optional)
feedback-no-personal-data = Do not write personal information, such as your name, personal identity number, reference number, phone number or email address. We cannot answer you here. If you want to ask a question, you will find our contacts on the page Help and support.
send-comment = Send
public-computer = Remember to close the browser if you are using a public computer, so that no one else can access information about you.
open-elsewhere = This application is open in another tab or window. It can be changed in one place at a time, so that no answer is written over.
taken-over = You continued this application in another tab or window. Your answers here are saved.
edit-here = Edit here instead
keep-mine = Keep the answers on this screen
show-saved = Show the saved answers

## Check answers, print, confirm (issue 7: R7, R8, R9).

change = Change
not-answered = Not answered
print = Print
send-heading = Send your application
declaration-default = I confirm that the information I have given is correct and complete.
confirm-warning = Once you have sent the application you cannot change anything in it or send more documents.
confirm = Confirm and send
declaration-required = Tick the box to confirm that the information is correct
sending = Sending your application …
incomplete = Some questions are not answered or have problems. Put them right on the page shown, then send again.
receipt-title = Application sent
your-reference = Your reference number
receipt-email = We have sent a confirmation to your email address.
receipt-next = Quote the reference number when you contact us. The application can no longer be changed.
applicant = Applicant
printed-on = Printed
reference = Reference number
not-sent-yet = Not sent: a draft to check

## Problems with one answer, as validation reports them. Each says what to do, not only what is wrong.

required = Answer this question
required-choice = Select one of the options
required-country = Choose a country
required-choices = Select at least one option
required-date = Enter a date
too-short = Enter at least { $min ->
    [one] 1 character
   *[other] { $min } characters
}
too-long = Enter at most { $max } characters (you have { $actual })
invalid-email = Enter an email address in the right format, like name@example.com
invalid-phone = Enter a phone number with 7 to 15 digits, like +46 70 123 45 67
not-a-number = Enter a number, like 12 or 12.5
number-with-separator = Write the number without thousands separators, like 35000 or 35000.50
not-a-whole-number = Enter a whole number, without decimals
number-too-small = Enter a number that is { $min } or more
number-too-large = Enter a number that is { $max } or less
# No example format: the browser's date field shows dates in the applicant's own order.
invalid-date = Enter the whole date: day, month and year
not-a-real-date = The date does not exist. Check the day, month and year
date-not-in-past = The date must be before today
date-not-in-future = The date must be after today
# $other is the label of the other date question.
date-not-after = The date must be after “{ $other }”
date-not-before = The date must be before “{ $other }”
too-young = You must be at least { $age } years old. Check the date of birth
identity-number-format = Enter the number with 10 or 12 digits, like YYYYMMDD-NNNN
identity-number-date = The date in the number does not exist. Check the first 6 or 8 digits
identity-number-check-digit = The number is not valid. Check that every digit is right
not-a-personal-identity-number = Enter a personal identity number, not a coordination number
not-a-coordination-number = Enter a coordination number, not a personal identity number
unknown-country = Choose a country from the list
unknown-option = Select one of the options in the list
too-few-selected = Select at least { $min ->
    [one] 1 option
   *[other] { $min } options
}
too-many-selected = Select at most { $max ->
    [one] 1 option
   *[other] { $max } options
}
required-document = Upload a document
too-many-files = You can upload at most { $max ->
    [one] 1 document
   *[other] { $max } documents
}. Remove the extra ones
# $types is a list such as "PDF, JPEG or PNG" (see types-last below).
document-wrong-type = The file must be a { $types }. Choose another file
# $size is written by the engine, as "10 MB".
document-too-large = The file must be { $size } or smaller. Choose a smaller file, for example a scan or photo at a lower resolution
document-empty = The file is empty. Choose another file
document-too-many = You can upload at most { $max ->
    [one] 1 document
   *[other] { $max } documents
}. Remove one before you upload another
upload-offline = The file was not sent because the service could not be reached. Check your internet connection and choose the file again
upload-failed = The file was not sent because of a problem at the service. Wait a moment and choose the file again
# $entry is the group's entry title, as on its Add button ("child").
too-few-entries = Add at least { $min } with the “Add { $entry }” button
too-many-entries = You can add at most { $max }. Remove the extra ones

## What a document question takes, above its file input.

document-rules = { $files ->
    [1] You can upload 1 file: { $types }, up to { $size }.
   *[other] You can upload up to { $files } files: { $types }, up to { $size } each.
}
# The last two file types of a list: "JPEG or PNG".
types-last = { $first } or { $last }
# The decimal point in a file size: 1.5 MB.
decimal-point = .

## Sentences around a date or time, which the browser writes the applicant's way.

answers-kept-until = Your answers are saved and kept until { $date }.
draft-kept-until = Your draft is kept until { $date }. Each save keeps it longer.
saved-at = Saved at { $date }.
sent-on = Sent on { $date }
expired-on = Your earlier draft was deleted on { $date } because it had not been saved in time (30 days for a work permit, 48 hours otherwise). You are starting a new application.

## A form in another site's page (the widget; only its build holds these)
widget-sign-in-first = Sign in to fill in the application. If you have started it before, you continue with what you saved.
widget-sign-in = Sign in to start or continue
