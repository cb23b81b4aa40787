### Orden på sidorna som tjänsten visar (inloggning, konto, BankID, status, support, utloggad)
### och i dess mejl, på svenska. Nycklarna och { $platshållarna } är desamma som i en.ftl.

language-name = Svenska

## Inloggning och kontosidan

phone-label = Mobilnummer
phone-hint = För tvåstegsverifiering, valfritt: när du loggar in skickar vi en kod i sms till numret. Du behöver kunna ta emot sms.
enter-phone = Skriv ditt mobilnummer
phone-format = Skriv mobilnumret med bara siffror, till exempel 070 123 45 67 eller +46 70 123 45 67
second-step-title = Skriv koden från sms:et
no-text-messages = Jag får inga sms
lost-phone-title = Logga in utan sms
lost-phone-intro = Vi har skickat en kod med 6 siffror till din e-postadress. Skriv in koden för att logga in. Tvåstegsverifieringen stängs då av, och du kan slå på den igen med ett nytt nummer.
lost-phone-button = Logga in
two-step-turned-off = Tvåstegsverifiering är avstängd. Slå på den igen med ditt nya nummer på sidan Ditt konto.
account-title = Ditt konto
account-email = E-postadressen kan inte ändras.
two-step-title = Tvåstegsverifiering
two-step-help = Med tvåstegsverifiering loggar du in i två steg: med något du vet (ditt lösenord) och något du har (din telefon). Sms-trafiken kan sluta fungera, tillfälligt eller för alltid, och du kan då behöva byta telefonnummer på ditt konto för att kunna logga in igen.
two-step-is-off = Tvåstegsverifiering är av.
turn-on-two-step = Slå på tvåstegsverifiering
change-phone = Byt telefonnummer
turn-off-two-step = Stäng av tvåstegsverifiering
phone-title = Telefonnummer för tvåstegsverifiering
password-again-label = Ditt lösenord
confirm-phone-title = Bekräfta telefonnumret
confirm-phone-button = Bekräfta
two-step-on = Tvåstegsverifiering är på.
two-step-off-title = Stäng av tvåstegsverifiering
two-step-off-intro = Utan tvåstegsverifiering räcker ditt lösenord för att logga in.
two-step-off-button = Stäng av
to-account = Till ditt konto
bank-id-title = BankID och Mobilt BankID
bank-id-help = BankID om du har BankID i datorn du loggar in från, Mobilt BankID om du har det i en telefon eller surfplatta. För att få BankID måste du kontakta din bank.
bank-id-this-device = Logga in med BankID på den här enheten
bank-id-other-device = Logga in med Mobilt BankID på en annan enhet
bank-id-on-this-device = BankID på den här enheten
mobile-bank-id-title = Mobilt BankID
bank-id-open = Öppna BankID
bank-id-open-again = Händer inget? Öppna BankID här
bank-id-scan = Starta BankID-appen i din telefon eller surfplatta. Tryck på QR-symbolen i appen och läs av QR-koden här.
bank-id-qr-alt = QR-kod att läsa av med BankID-appen
bank-id-cancel = Avbryt
bank-id-try-again = Försök igen
professional-title = Kommun, landsting eller region
professional-help = Du som vill logga in med din e-tjänstelegitimation från kommunen, landstinget eller regionen. Idag används SITHS-kort, men på sikt kommer det att ersättas av Efos (E-identitet för offentlig sektor).
professional-button = Logga in med e-tjänstelegitimation
professional-checklist-intro = Några punkter att kontrollera vid problem med inloggning:
professional-checklist = 
    Är kort och kortläsare inkopplade i din dator?
    Har du Net iD installerad på din dator?
    Är ditt certifikat på kortet fortfarande giltigt?
    Använder din organisation en utgående webbproxy som inspekterar TLS/SSL-trafiken? Inloggningen fungerar inte om trafiken inspekteras. Klicka på hänglåset i adressfältet och visa certifikatet: det får inte vara utfärdat av den egna organisationen.
    Testa om det fungerar att logga in på SITHS testsida.
professional-still-problems = Om du fortfarande har problem, vänd dig till kontaktcentret.
more-alternatives = Fler alternativ
telia-title = Telia e-legitimation
telia-help = Telia e-legitimation används främst av företagskunder hos Telia. Du som privatperson kan också använda det om du har ett id-kort från Skatteverket med Telia e-legitimation. Gamla kort är giltiga i max fem år.
telia-button = Logga in med Telia e-legitimation
test-provider = (test)
eid-email-title = Din e-postadress
eid-email-intro = Första gången du loggar in med e-legitimation anger du en e-postadress som du själv har tillgång till. Vi skickar mejl om din ansökan dit. Du kan inte byta e-postadress senare.
eid-email-button = Skicka en kod
eid-failed = Inloggningen med e-legitimation avbröts eller fungerade inte. Försök igen, eller välj ett annat sätt att logga in
skip-two-step = Fortsätt utan tvåstegsverifiering
continue-to-application = Fortsätt
two-step-required = Kontot har tvåstegsverifiering. Logga in på inloggningssidan.
sign-in-title = Logga in
sign-in-intro = Logga in för att fylla i ansökan. Dina svar sparas så att du kan fortsätta senare.
sign-out-title = Logga ut
sign-out-intro = Logga ut när du är klar, särskilt på en dator som andra använder. Det som är sparat finns kvar.
sign-out-button = Logga ut
email-label = E-postadress
email-or-username-label = E-postadress eller användarnamn
password-label = Lösenord
sign-in-button = Logga in
no-account-yet = Skapa ett konto
create-account-title = Skapa ett konto
email-cannot-change = Vi skickar en kod till adressen. Du kan inte byta e-postadress senare.
create-account-button = Skapa konto
have-account = Jag har redan ett konto
verify-title = Bekräfta din e-postadress
verify-intro = Vi har skickat en kod med 6 siffror till den här adressen. Skriv in koden inom 30 minuter. Hittar du inte mejlet, titta i skräpposten.
code-label = Kod
verify-button = Bekräfta
enter-email = Skriv din e-postadress
email-format = Skriv e-postadressen i rätt format, till exempel namn@exempel.se
enter-password = Skriv ditt lösenord
enter-email-or-username = Skriv din e-postadress eller ditt användarnamn
email-or-username-format = Skriv e-postadressen, till exempel namn@exempel.se, eller användarnamnet med 6 tecken
enter-code = Skriv koden från mejlet
code-format = Koden är 6 siffror. Skriv den som den står i mejlet
account-exists = Det finns redan ett konto med den här e-postadressen. Logga in i stället
wrong-credentials = E-postadressen eller lösenordet stämmer inte. Kontrollera båda och försök igen
wrong-code = Koden stämmer inte. Kontrollera koden i det senaste mejlet från oss
code-used-up = Koden har skrivits fel för många gånger och fungerar inte längre. Be om en ny kod
code-expired = Koden gäller bara i 30 minuter och har slutat gälla. Be om en ny kod
new-code-button = Skicka en ny kod
new-code-sent = Vi har skickat en ny kod till den här adressen. Koden du fick tidigare fungerar inte längre.
forgot-link = Glömt lösenordet?
forgot-title = Återställ ditt lösenord
forgot-intro = Skriv e-postadressen till ditt konto. Vi skickar en kod till den, och med koden väljer du ett nytt lösenord.
forgot-button = Skicka en kod
reset-title = Välj ett nytt lösenord
reset-intro = Om det finns ett konto med den här adressen har vi skickat en kod med 6 siffror till den. Skriv in koden inom 30 minuter och välj ett nytt lösenord. Hittar du inte mejlet, titta i skräpposten.
new-password-label = Nytt lösenord
reset-button = Spara lösenordet och logga in
ask-for-reset-code = Be om en kod för att välja ett nytt lösenord, här i samma webbläsare
password-method-title = Användarnamn och lösenord
password-method-help = Om du skapade ditt konto efter 4 december 2018 loggar du in med din e-postadress och ditt lösenord. Om du har ett konto sedan tidigare, använd det sex tecken långa användarnamnet och ditt lösenord. Saknar du ett konto kan du skapa ett nytt.
foreign-eid-title = Foreign eID
foreign-eid-intro = Det krävs ett svenskt personnummer för alla de e-tjänster som använder e-legitimation.
foreign-eid-link = Logga in med en utländsk e-legitimation
foreign-eid-page = För att logga in med e-legitimation behöver du ett svenskt personnummer och vara folkbokförd i Sverige. Inga internationella e-legitimationer kan alltså användas.
foreign-eid-what-to-do = Du kan i stället skapa ett konto med din e-postadress och logga in med användarnamn och lösenord.
back-to-sign-in = Tillbaka till inloggningen
new-text-code-sent = Vi har skickat en ny kod i ett sms. Koden du fick tidigare fungerar inte längre.
sign-in-to-confirm = Logga in med din e-postadress och ditt lösenord för att skriva in koden vi skickade till dig
sign-in-to-fill = Logga in för att fylla i { $form }. Dina svar sparas så att du kan fortsätta senare.
second-step-intro = Vi har skickat en kod med 6 siffror i ett sms till telefonnumret som slutar på { $ending }. Koden gäller i 10 minuter.
confirm-phone-intro = Vi har skickat en kod med 6 siffror i ett sms till det nya numret, som slutar på { $ending }. Skriv in koden för att bekräfta att telefonen är din.
two-step-is-on = Tvåstegsverifiering är på. Koderna skickas i sms till telefonnumret som slutar på { $ending }.
new-password-hint = Minst { $min } tecken.
password-too-short = Välj ett lösenord med minst { $min } tecken

## BankID

bankid-rfa-1 = Starta BankID-appen.
bankid-rfa-3 = Åtgärden avbruten. Försök igen.
bankid-rfa-4 = En identifiering eller underskrift för det här personnumret är redan påbörjad. Försök igen.
bankid-rfa-5 = Internt tekniskt fel. Försök igen.
bankid-rfa-6 = Åtgärden avbruten.
bankid-rfa-8 = BankID-appen svarar inte. Kontrollera att den är startad och att du har internetanslutning. Om du inte har något giltigt BankID kan du skaffa ett hos din bank. Försök sedan igen.
bankid-rfa-9 = Skriv in din säkerhetskod i BankID-appen och välj Identifiera.
bankid-rfa-13 = Försöker starta BankID-appen.
bankid-rfa-15-a = Söker efter BankID, det kan ta en liten stund … Om det har gått några sekunder och inget BankID har hittats har du sannolikt inget BankID som går att använda för den här identifieringen i den här enheten. Om du inte har något BankID kan du skaffa ett hos din bank.
bankid-rfa-16 = Det BankID du försöker använda är för gammalt eller spärrat. Använd ett annat BankID eller skaffa ett nytt hos din bank.
bankid-rfa-17-a = BankID-appen verkar inte finnas i din dator eller telefon. Installera den och skaffa ett BankID hos din bank. Installera appen från din appbutik eller https://install.bankid.com.
bankid-rfa-17-b = Misslyckades att läsa av QR-koden. Starta BankID-appen och läs av QR-koden. Kontrollera att BankID-appen är uppdaterad. Om du inte har BankID-appen måste du installera den och skaffa ett BankID hos din bank. Installera appen från din appbutik eller https://install.bankid.com.
bankid-rfa-21 = Identifiering pågår.
bankid-rfa-22 = Okänt fel. Försök igen.
bankid-rfa-23 = Fotografera och läs av din ID-handling med BankID-appen.

## Status, support, utloggning, startsidan

status-title = Kontrollera din ansökan utan att logga in
status-intro = Du som saknar e-legitimation och inte heller kan skapa ett konto kan kontrollera din ansökan utan inloggning. Då kan du se om din ansökan har blivit registrerad och om du har fått ett beslut.
reference-label = Referensnummer
reference-hint = Det står i mejlet som du fick när du bekräftade ansökan, till exempel BL-2026-4821-0736.
date-of-birth-label = Ditt födelsedatum
date-of-birth-hint = Som i ansökan, till exempel 27 3 1990.
check-button = Kontrollera ansökan
enter-reference = Skriv referensnumret
reference-format = Skriv referensnumret som det står i mejlet, till exempel BL-2026-4821-0736
enter-date-of-birth = Skriv ditt födelsedatum
date-of-birth-format = Skriv ditt födelsedatum som ett datum som finns, med dag, månad och år
date-of-birth-in-past = Födelsedatumet måste vara före i dag
status-result = Din ansökan
not-decided = Inget beslut har fattats ännu. Du behöver inte göra något nu. Kontrollera igen senare.
not-found = Vi hittade ingen ansökan med det referensnumret och det födelsedatumet. Jämför båda med mejlet du fick när du bekräftade ansökan och försök igen.
or-sign-in = Har du e-legitimation eller ett konto? Logga in för att se din ansökan.
support-title = Teknisk support för e-tjänsten
support-intro = Vår support kan hjälpa dig om du har tekniska problem när du använder e-tjänsten, till exempel med att logga in, med lösenordet eller med felmeddelanden.
try-first-title = Prova det här först
try-first-intro = Många problem går att lösa utan att ringa oss. Prova det här innan du ringer.
support-reset-title = Om ett fel finns kvar fast orsaken är borta
reset-text = E-tjänsten sparar det du skriver även på den här enheten, så att inget försvinner om nätet slutar fungera. Om ett fel verkar finnas kvar kan du återställa det som e-tjänsten har sparat på enheten. Du behöver inte rensa kakor eller webbhistorik. Det du har sparat hos oss finns kvar: logga in igen och fortsätt. Bara svar som enheten inte har hunnit skicka försvinner.
reload-title = Om e-tjänsten verkar låst
reload-text = Ladda om sidan: tryck på F5 (pc), Kommando+Skift+R (Mac) eller på webbläsarens knapp för att ladda om. Dina svar finns kvar.
network-title = Om e-tjänsten inte går att öppna
network-text = Brandväggar i offentliga nätverk och i företags- eller jobbnätverk kan blockera e-tjänsten, även om du har med dig din egen dator. Prova från ett privat nätverk, till exempel ditt hemnätverk eller mobildata i telefonen.
questions-title = Vanliga frågor
account-question = Hur skapar jag ett konto?
account-answer = Välj ”Användarnamn och lösenord” på inloggningssidan och sedan ”Skapa ett konto”. Vi skickar en verifieringskod till din e-postadress. Om du inte får något mejl från oss kan det ha hamnat i skräpposten, så titta där.
email-question = Kan jag byta e-postadress?
email-answer = Nej. Du måste ha tillgång till adressen som du anger, eftersom vi använder den för att kontakta dig. Den går inte att byta när kontot har skapats.
time-question = Hur lång tid har jag på varje sida?
back-question = Kan jag använda webbläsarens bakåtknapp?
back-answer = Ja. Webbläsarens knappar bakåt och framåt flyttar mellan formulärets sidor precis som formulärets egna knappar, och inget du har skrivit försvinner.
kept-question = Hur länge sparas det jag har skrivit om jag avbryter?
kept-answer = Om du avbryter din ansökan eller råkar ut för tekniska avbrott sparas det du har skrivit. Logga in igen inom den här tiden, annars raderas det:
continue-question = Hur fortsätter jag med min ansökan?
continue-answer = Logga in igen och öppna samma formulär. Du fortsätter på sidan där du slutade.
password-question = Jag har glömt mitt lösenord
password-answer = Välj ”Glömt lösenordet?” på inloggningssidan. Vi skickar en kod till din e-postadress, och med koden väljer du ett nytt lösenord.
print-question = Kan jag kontrollera ansökan innan jag skickar den?
print-answer = Ja. När du har svarat på alla frågor ser du alla dina svar, kan ändra dem och kan skriva ut ansökan för att kontrollera att den är rätt ifylld.
confirm-question = Vad händer när jag bekräftar ansökan?
confirm-answer = När du har bekräftat ansökan kan du inte längre ändra några uppgifter, och du kan inte heller skicka in några handlingar. Vi skickar en bekräftelse med referensnumret till din e-postadress.
status-question = Kan jag se min ansökan utan att logga in?
status-answer = Ja, med referensnumret och ditt födelsedatum kan du se om ansökan är registrerad och om ett beslut har fattats.
call-title = Ring oss
call-intro = Hittar du inte svaret på din fråga? Ring oss så hjälper vi dig.
phone-number-title = Telefonnummer
hours-title = Telefontider
email-title = Mejla oss
email-intro = Du kan också mejla oss om du har frågor om e-tjänsten. Det tar dock längre tid att få svar via mejl än om du ringer oss.
email-link = Mejla teknisk support
feedback-title = Tack
back-to-page = Tillbaka till sidan
feedback-gone = Kommentaren kunde inte sparas, eftersom svaret den hörde till inte finns kvar eller redan har en kommentar.
signed-out-intro = Du är utloggad. Det du har sparat finns kvar.
sign-in-again = Logga in igen
forms = Ansökningar
forms-intro = Välj den ansökan du vill fylla i.
registered = Ansökan { $reference } är registrerad. Den registrerades den { $date } kl. { $time }.
decided = Ett beslut har fattats i ärendet den { $date }.
try-again-at = Du har försökt många gånger. För att skydda ansökningarna kan du försöka igen kl. { $time }.
try-again-on = Du har försökt många gånger. För att skydda ansökningarna kan du försöka igen den { $day } kl. { $time }.
time-on-each-page = { $minutes } minuter på varje sida.
time-on-pages-between = { $shortest } till { $longest } minuter på varje sida, beroende på sidan.
time-warned-continue = { $time } Du får en varning innan tiden tar slut och kan få mer tid, upp till { $extensions } gånger på en sida. När tiden tar slut sparas dina svar och tiden på sidan börjar om.
time-warned-sign-out = { $time } Du får en varning innan tiden tar slut och kan få mer tid, upp till { $extensions } gånger på en sida. När tiden tar slut sparas dina svar och du loggas ut.
draft-kept-days = { $days } dagar efter din senaste ändring
draft-kept-hours = { $hours } timmar efter din senaste ändring
times-in = Tiderna gäller tidszonen { $zone } (nu UTC{ $offset }).
comment-too-long = Skriv högst { $max } tecken

## Datum och tider.

date = { $day } { $month } { $year }
day-and-month = { $day } { $month }
time-of-day = { $hour }.{ $minute }
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
monday = måndag
tuesday = tisdag
wednesday = onsdag
thursday = torsdag
friday = fredag
saturday = lördag
sunday = söndag

## Bekräftelsemejlet.

mail-subject = Ansökan mottagen
mail-body =
    Vi har tagit emot din ansökan: { $form }.
    Referensnummer: { $reference }
    Bekräftad: { $date }

## Mejl och sms med en kod.

code-mail-verify-subject = Din verifieringskod
code-mail-new-subject = Din nya verifieringskod
code-mail-verify-body = Din verifieringskod är { $code }. Skriv in den inom 30 minuter där du skapade ditt konto.
code-mail-reset-subject = Din kod för ett nytt lösenord
code-mail-reset-body = Din kod för att välja ett nytt lösenord är { $code }. Skriv in den inom 30 minuter på sidan där du bad om den. Bad du inte om en kod kan du bortse från mejlet: ditt lösenord är detsamma.
code-mail-sign-in-subject = Din kod för att logga in
code-mail-sign-in-body = Din kod för att logga in utan sms är { $code }. Skriv in den inom 30 minuter på sidan där du bad om den.
code-text = Din kod är { $code }.

## En blanketts översikt, som en formgivare och en handläggare läser den, och förhandsvisningen
## som en formgivare öppnar i utvecklingsläget.

overview-link = Översikt
preview-link = Förhandsvisa
overview-title = Översikt: { $form }
overview-intro = Blankettens alla sidor och frågor i ordning, med deras regler och när de visas. Skriv ut den eller läs den på ett annat av blankettens språk.
overview-about = Om blanketten
overview-kind = Typ av ansökan
form-kind-work-permit = Arbetstillstånd
form-kind-visit = Besök
form-kind-study = Studier
form-kind-family = Familj
form-kind-citizenship = Medborgarskap
form-kind-other = Annat
overview-retention = Utkast sparas
overview-kept-days = { $days ->
    [one] 1 dag
   *[other] { $days } dagar
} efter den senaste ändringen och raderas sedan
overview-kept-hours = { $hours ->
    [one] 1 timme
   *[other] { $hours } timmar
} efter den senaste ändringen och raderas sedan
overview-languages = Språk
overview-time = Tid på sidorna
overview-warning = Varningen kommer { $seconds } sekunder innan tiden på en sida tar slut.
overview-pages = Sidor
overview-page = Sida { $number }: { $title }
overview-page-time = { $minutes ->
    [one] 1 minut
   *[other] { $minutes } minuter
} på den här sidan.
overview-page-shown-when = Visas bara när { $condition }. Annars hoppas sidan över.
overview-question = Fråga
overview-type = Svar
overview-required = Obligatorisk
overview-rules = Regler
overview-shown-when = Visas när
overview-always = Alltid
overview-required-yes = Obligatorisk
overview-optional = Frivillig
overview-required-when = Obligatorisk när { $condition }
overview-entry-question = { $entry }: { $question }
overview-options = Alternativ
overview-missing = Inte översatt till { $language }
overview-missing-count = { $count ->
    [one] En text i blanketten är
   *[other] { $count } texter i blanketten är
} inte översatta till { $language }. Var och en visas på ett annat språk och är markerad.
type-short-text = Kort text
type-long-text = Lång text
type-email = E-postadress
type-phone = Telefonnummer
type-number = Tal
type-date = Datum
type-single-choice = Ett alternativ (radioknappar)
type-dropdown = Ett alternativ (en lista)
type-multiple-choice = Valfritt antal alternativ (kryssrutor)
type-yes-no = Ja eller nej
type-identity-number = Svenskt personnummer
type-country = Land
type-repeating-group = Frågor för varje post
type-document = Dokument att ladda upp
type-heading = Rubrik
type-paragraph = Text
rule-min-length = Minst { $min } tecken
rule-max-length = Högst { $max } tecken
rule-whole-number = Bara heltal
rule-min = Minst { $min }
rule-max = Högst { $max }
rule-in-past = Före dagens datum
rule-in-future = Efter dagens datum
rule-after = Efter datumet i { $question }
rule-before = Före datumet i { $question }
rule-min-age = Personen är minst { $years } år
rule-memorable = Frågas som dag, månad och år
rule-min-selected = Minst { $min } ikryssade
rule-max-selected = Högst { $max } ikryssade
rule-accept-personal = Bara personnummer, inte samordningsnummer
rule-accept-coordination = Bara samordningsnummer
rule-accept-both = Personnummer eller samordningsnummer
rule-min-entries = Minst { $min ->
    [one] 1 post
   *[other] { $min } poster
}
rule-max-entries = Högst { $max ->
    [one] 1 post
   *[other] { $max } poster
}
rule-file-types = Filer av typerna { $types }
rule-file-size = Högst { $size } kB per fil
rule-max-files = Högst { $max ->
    [one] 1 fil
   *[other] { $max } filer
}
quoted = ”{ $text }”
cond-is = { $question } är { $value }
cond-is-not = { $question } är inte { $value }
cond-more = { $question } är mer än { $value }
cond-at-least = { $question } är { $value } eller mer
cond-less = { $question } är mindre än { $value }
cond-at-most = { $question } är { $value } eller mindre
cond-after = { $question } är efter { $value }
cond-on-or-after = { $question } är { $value } eller senare
cond-before = { $question } är före { $value }
cond-on-or-before = { $question } är { $value } eller tidigare
cond-answered = { $question } är besvarad
cond-not-answered = { $question } är inte besvarad
cond-includes = { $question } innehåller { $value }
cond-is-neither = { $question } är varken { $value }
cond-includes-neither = { $question } innehåller varken { $value }
cond-answer-to = svaret på { $question }
cond-and = { $first } och { $second }
cond-or = { $first } eller { $second }
cond-not = det inte gäller att { $condition }
values-or = { $first } eller { $second }
values-nor = { $first } eller { $second }
cond-always = alltid
cond-never = aldrig
preview-title = Förhandsvisning
preview-intro = Du fyller i blanketten som en testsökande, utan att logga in. Allt annat fungerar som för en sökande: tidsgränser, sparande, granskning av svaren, utskrift och bekräftelse. När du sparar blankettens fil visar sidan ändringen.
preview-fill-page = Fyll i sidan med exempelsvar
preview-fill-all = Fyll i alla sidor med exempelsvar
preview-go-to = Gå till en sida
preview-again = Börja om som en ny sökande
preview-filled = { $count ->
    [one] 1 svar
   *[other] { $count } svar
} ifyllda med exempel.
preview-not-filled = Inget exempel passar: { $questions }.
preview-page-skipped = { $page } hoppas över med de här svaren, så sidan före den visas.
preview-changed = Blankettens fil har ändrats. Den nya versionen visas.
preview-confirmed = Ansökan är bekräftad och kan inte ändras. Börja om som en ny sökande för att fylla i blanketten igen.
