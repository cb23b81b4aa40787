### Orden som tjänsten själv visar den sökande, på svenska.
###
### Nycklarna och { $platshållarna } är desamma som i en.ftl; blankett-server lint catalogs/
### kontrollerar det.

## Orden kring ett formulär: knappar, rubriker, statusrader.

app-name = Blankett
loading = Hämtar …
next = Nästa
back = Tillbaka
step-of = Steg { $step } av { $total }
error-summary-title = Det finns ett problem
error-title-prefix = Fel:{ " " }
optional = (frivilligt)
choose = Välj …
day = Dag
month = Månad
year = År
yes = Ja
no = Nej
add-entry = Lägg till
remove-entry = Ta bort
no-entries = Inget tillagt än.
entries-at-most = Du kan lägga till högst { $max }.
language = Språk
schema-has-issues = Formuläret har { $count } fel och kan inte visas
schema-issues-intro = Rätta felen i schemafilen och ladda om sidan. Varje rad anger fil, rad, kolumn och fält.
back-to-forms = Till alla ansökningar
form-not-found = Det finns ingen ansökan med den adressen.
request-failed = Tjänsten svarade inte som väntat. Det du har skrivit finns kvar. Försök igen om en stund.
network-failed = Det gick inte att nå tjänsten. Kontrollera din internetanslutning och försök igen. Det du har skrivit finns kvar.
try-again = Försök igen
check-answers = Kontrollera dina svar
check-answers-intro = Läs igenom dina svar. Välj Ändra för att rätta ett svar; du kommer sedan tillbaka hit. Du kan skriva ut ansökan för att kontrollera den.
kind-other = Ansökan
error-label = Fel:

## Documents (issue 7).

choose-file = Välj fil
uploading = Laddar upp
percent = { $percent } %

## Requests to the backend and what a refusal means.

signed-out = Du är utloggad, till exempel efter 30 minuter utan aktivitet. Det som redan är sparat finns kvar. Logga in igen för att fortsätta.
draft-not-found = Ansökan finns inte längre. Börja om från listan över ansökningar.
draft-expired = Utkastet har raderats eftersom det inte sparades inom tiden (30 dagar för arbetstillstånd, annars 48 timmar). Svaren på skärmen finns kvar: välj Försök igen så sparas de i ett nytt utkast.
draft-locked = Ansökan är bekräftad och kan inte ändras längre.
draft-stale = Ansökan har ändrats i ett annat fönster eller på en annan enhet, så svaren på skärmen är inte sparade. Välj vilka svar du vill behålla.
too-many-attempts = För många försök. Vänta { $minutes ->
    [one] 1 minut
   *[other] { $minutes } minuter
} och försök igen.
saving = Sparar …
sign-out = Logga ut
sign-in-new-tab = Logga in igen (öppnas i en ny flik)

## Time limits (R2, R10).

time-left-on-page = Tid kvar på sidan:
time-left = Tid kvar:
# What a screen reader hears about the time left, every few minutes and near the end.
time-left-announced = { $minutes ->
    [0] { $seconds } sekunder
    [1] 1 minut
   *[other] { $minutes } minuter
} kvar på sidan
sign-out-announced = Du loggas ut om { $minutes ->
    [0] { $seconds } sekunder
    [1] 1 minut
   *[other] { $minutes } minuter
}
page-time-warning-title = Tiden på sidan håller på att ta slut
page-time-warning-body = Välj Mer tid så får du { $minutes } minuter till på den här sidan. Dina svar sparas när tiden tar slut.
no-more-time = Sidan kan inte få mer tid. När tiden tar slut sparas dina svar, och du kan logga in igen och fortsätta på samma sida.
inactivity-warning-title = Du loggas snart ut
inactivity-warning-body = Du har inte använt tjänsten på nästan 30 minuter. För din säkerhet loggas du då ut. Dina svar sparas först.
more-time = Mer tid
stay-signed-in = Fortsätt vara inloggad
close = Stäng
signed-out-title = Du har loggats ut
page-time-ran-out = Tiden på sidan tog slut.
inactive-signed-out = Du hade inte använt tjänsten på 30 minuter.
signed-out-elsewhere = Du loggade ut i ett annat fönster.
sign-in-to-continue = Logga in igen för att fortsätta på samma sida
page-time-restarted = Tiden på sidan tog slut. Dina svar är sparade och du har { $minutes } minuter till på sidan.

## Keeping answers (issue 6: R3, R4, R5, R13).

resumed = Välkommen tillbaka. Du är på sidan där du slutade, med alla dina svar.
offline = Du är offline. Dina svar finns kvar på den här enheten och sparas när anslutningen kommer tillbaka. Du kan fortsätta fylla i.
offline-keep-open = Du är offline. Stäng inte det här fönstret: dina svar sparas när anslutningen kommer tillbaka.
device-storage-failed = Webbläsaren kan inte spara dina svar på den här enheten (lagringen är full eller avstängd). Tjänsten sparar dem ändå så länge du är uppkopplad.
reset-device = Återställ tjänstens sparade data på den här enheten
reset-done = Tjänstens data på den här enheten är borttagen. Ditt sparade utkast finns kvar hos tjänsten.

## The pages around the forms (issue 16: R12, R14).

support = Hjälp och support
check-application = Kontrollera din ansökan utan att logga in
page-helpful = Fick du hjälp av informationen på den här sidan?
feedback-thanks = Tack för att du hjälper oss att förbättra webbplatsen!
feedback-comment = Berätta hur vi kan göra den här sidan bättre (frivilligt)
feedback-no-personal-data = Skriv inte personuppgifter, till exempel namn, personnummer, referensnummer, telefonnummer eller e-postadress. Vi kan inte svara dig här. Om du vill ställa en fråga hittar du kontaktuppgifter på sidan Hjälp och support.
send-comment = Skicka
public-computer = Kom ihåg att stänga webbläsaren om du använder en allmän dator, så att ingen annan kan komma åt information om dig.
open-elsewhere = Ansökan är öppen i en annan flik eller ett annat fönster. Den kan bara ändras på ett ställe åt gången, så att inga svar skrivs över.
taken-over = Du fortsatte med ansökan i en annan flik eller ett annat fönster. Dina svar här är sparade.
edit-here = Ändra här i stället
keep-mine = Behåll svaren på skärmen
show-saved = Visa de sparade svaren

## Check answers, print, confirm (issue 7: R7, R8, R9).

change = Ändra
not-answered = Inte besvarad
print = Skriv ut
send-heading = Skicka in ansökan
declaration-default = Jag bekräftar att uppgifterna jag har lämnat är riktiga och fullständiga.
confirm-warning = När du har skickat in ansökan kan du inte ändra något i den och inte skicka fler dokument.
confirm = Bekräfta och skicka in
declaration-required = Kryssa i rutan för att bekräfta att uppgifterna är riktiga
sending = Skickar in din ansökan …
incomplete = Några frågor är inte besvarade eller har fel. Rätta dem på sidan som visas och skicka sedan in igen.
receipt-title = Ansökan är inskickad
your-reference = Ditt referensnummer
receipt-email = Vi har skickat en bekräftelse till din e-postadress.
receipt-next = Ange referensnumret när du kontaktar oss. Ansökan kan inte längre ändras.
applicant = Sökande
printed-on = Utskriven
reference = Referensnummer
not-sent-yet = Inte inskickad: ett utkast att kontrollera

## Problem med ett svar, som valideringen rapporterar dem.

required = Svara på frågan
required-choice = Välj ett av alternativen
required-country = Välj ett land
required-choices = Välj minst ett alternativ
required-date = Ange ett datum
too-short = Skriv minst { $min } tecken
too-long = Skriv högst { $max } tecken (nu { $actual })
invalid-email = Ange en e-postadress i rätt format, till exempel namn@exempel.se
invalid-phone = Ange ett telefonnummer med 7 till 15 siffror, till exempel +46 70 123 45 67
not-a-number = Ange ett tal, till exempel 12 eller 12,5
number-with-separator = Skriv talet utan tusentalsavgränsare, till exempel 35000 eller 35000,50
not-a-whole-number = Ange ett heltal, utan decimaler
number-too-small = Ange ett tal som är { $min } eller större
number-too-large = Ange ett tal som är { $max } eller mindre
invalid-date = Ange hela datumet: dag, månad och år
not-a-real-date = Datumet finns inte. Kontrollera dag, månad och år
date-not-in-past = Datumet måste vara före dagens datum
date-not-in-future = Datumet måste vara efter dagens datum
date-not-after = Datumet måste vara efter ”{ $other }”
date-not-before = Datumet måste vara före ”{ $other }”
too-young = Du måste vara minst { $age } år. Kontrollera födelsedatumet
identity-number-format = Ange numret med 10 eller 12 siffror, till exempel ÅÅÅÅMMDD-NNNN
identity-number-date = Datumet i numret finns inte. Kontrollera de första 6 eller 8 siffrorna
identity-number-check-digit = Numret stämmer inte. Kontrollera att varje siffra är rätt
not-a-personal-identity-number = Ange ett personnummer, inte ett samordningsnummer
not-a-coordination-number = Ange ett samordningsnummer, inte ett personnummer
unknown-country = Välj ett land i listan
unknown-option = Välj ett av alternativen i listan
too-few-selected = Välj minst { $min } alternativ
too-many-selected = Välj högst { $max } alternativ
required-document = Ladda upp ett dokument
too-many-files = Du kan ladda upp högst { $max } dokument. Ta bort det som är för mycket
document-wrong-type = Filen måste vara av typen { $types }. Välj en annan fil
document-too-large = Filen får vara högst { $size }. Välj en mindre fil, till exempel en skanning eller ett foto med lägre upplösning
document-empty = Filen är tom. Välj en annan fil
document-too-many = Du kan ladda upp högst { $max } dokument. Ta bort ett innan du laddar upp ett till
upload-offline = Filen skickades inte eftersom det inte gick att nå tjänsten. Kontrollera din internetanslutning och välj filen igen
upload-failed = Filen skickades inte på grund av ett fel hos tjänsten. Vänta en stund och välj filen igen
too-few-entries = Lägg till minst { $min } med knappen ”Lägg till { $entry }”
too-many-entries = Du kan lägga till högst { $max }. Ta bort det som är för mycket

## Vad en dokumentfråga tar emot.

document-rules = { $files ->
    [1] Du kan ladda upp 1 fil: { $types }, högst { $size }.
   *[other] Du kan ladda upp högst { $files } filer: { $types }, högst { $size } per fil.
}
types-last = { $first } eller { $last }
decimal-point = ,

## Meningar kring ett datum eller en tid.

answers-kept-until = Dina svar är sparade och finns kvar till { $date }.
draft-kept-until = Ditt utkast sparas till { $date }. Det förlängs varje gång du sparar.
saved-at = Sparat { $date }.
sent-on = Skickad { $date }
expired-on = Ditt förra utkast raderades { $date } eftersom det inte hade sparats inom tiden (30 dagar för arbetstillstånd, annars 48 timmar). Du börjar på en ny ansökan.

## Ett formulär på en annan webbplats sida (widgeten; bara dess bygge har dessa)
widget-sign-in-first = Logga in för att fylla i ansökan. Om du har påbörjat den tidigare fortsätter du med det du har sparat.
widget-sign-in = Logga in för att börja eller fortsätta
