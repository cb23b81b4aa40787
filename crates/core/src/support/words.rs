//! The words of the status check, the support page and the signed-out page, in Swedish and
//! English, in the agency's wording where its pages have it (`../shared/seeds/`). Apart from the
//! app's catalogue (`messages::Ui`): the backend shows these pages, and the app need not carry
//! them. The feedback prompt's words are the app's too, so they are `Ui`'s.

use super::WallTime;
use crate::basics::text::{Lang, Locale};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tell {
    // Checking an application without signing in (R12).
    StatusTitle,
    StatusIntro,
    ReferenceLabel,
    ReferenceHint,
    DateOfBirthLabel,
    DateOfBirthHint,
    CheckButton,
    EnterReference,
    ReferenceFormat,
    EnterDateOfBirth,
    DateOfBirthFormat,
    DateOfBirthInPast,
    StatusResult,
    Registered { reference: String, at: WallTime },
    Decided { at: WallTime },
    NotDecided,
    NotFound,
    TryAgainAt { at: WallTime, today: bool },
    OrSignIn,
    // The support page (R13, R14).
    SupportTitle,
    SupportIntro,
    TryFirstTitle,
    TryFirstIntro,
    ResetTitle,
    ResetText,
    ReloadTitle,
    ReloadText,
    NetworkTitle,
    NetworkText,
    QuestionsTitle,
    AccountQuestion,
    AccountAnswer,
    EmailQuestion,
    EmailAnswer,
    TimeQuestion,
    TimeOnPages { minutes: (u32, u32), extensions: u32, continue_after: bool },
    BackQuestion,
    BackAnswer,
    KeptQuestion,
    KeptAnswer,
    DraftKept { hours: u32 },
    ContinueQuestion,
    ContinueAnswer,
    PasswordQuestion,
    PasswordAnswer,
    PrintQuestion,
    PrintAnswer,
    ConfirmQuestion,
    ConfirmAnswer,
    StatusQuestion,
    StatusAnswer,
    CallTitle,
    CallIntro,
    PhoneNumberTitle,
    HoursTitle,
    /// The service's time zone and its offset from UTC now (`+01:00`).
    TimesIn { zone: String, offset: String },
    EmailTitle,
    EmailIntro,
    EmailLink,
    // Feedback without JavaScript, and its refusals.
    FeedbackTitle,
    BackToPage,
    CommentTooLong { max: usize },
    FeedbackGone,
    // Signing out.
    SignedOutIntro,
    SignInAgain,
    /// The start page.
    Forms,
    FormsIntro,
}

impl Tell {
    pub fn text(self, locale: &Locale) -> String {
        let swedish = locale.chrome() == Lang::Sv;
        let pick = |sv: String, en: String| if swedish { sv } else { en };
        let (sv, en): (&str, &str) = match self {
            Tell::Registered { reference, at } => {
                return pick(
                    format!("Ansökan {reference} är registrerad. Den registrerades den {} kl. {}.", at.date(locale), at.time(locale)),
                    format!("Application {reference} is registered. It was registered on {} at {}.", at.date(locale), at.time(locale)),
                )
            }
            Tell::Decided { at } => return pick(format!("Ett beslut har fattats i ärendet den {}.", at.date(locale)), format!("A decision was made on {}.", at.date(locale))),
            Tell::TryAgainAt { at, today } => {
                let when_sv = if today { format!("kl. {}", at.time(locale)) } else { format!("den {} kl. {}", at.day_and_month(locale), at.time(locale)) };
                let when_en = if today { format!("at {}", at.time(locale)) } else { format!("on {} at {}", at.day_and_month(locale), at.time(locale)) };
                return pick(
                    format!("Du har försökt många gånger. För att skydda ansökningarna kan du försöka igen {when_sv}."),
                    format!("You have tried many times. To protect the applications, try again {when_en}."),
                );
            }
            Tell::TimeOnPages { minutes: (shortest, longest), extensions, continue_after } => {
                let (time_sv, time_en) = if shortest == longest {
                    (format!("{longest} minuter på varje sida."), format!("{longest} minutes on each page."))
                } else {
                    (format!("{shortest} till {longest} minuter på varje sida, beroende på sidan."), format!("{shortest} to {longest} minutes on each page, depending on the page."))
                };
                let (after_sv, after_en) = if continue_after {
                    ("sparas dina svar och tiden på sidan börjar om.", "your answers are saved and the page's time starts again.")
                } else {
                    ("sparas dina svar och du loggas ut.", "your answers are saved and you are signed out.")
                };
                return pick(
                    format!("{time_sv} Du får en varning innan tiden tar slut och kan få mer tid, upp till {extensions} gånger på en sida. När tiden tar slut {after_sv}"),
                    format!("{time_en} You are warned before the time runs out and can get more time, up to {extensions} times on a page. When the time runs out, {after_en}"),
                );
            }
            Tell::DraftKept { hours } => {
                return match (hours % 24 == 0 && hours >= 72, swedish) {
                    (true, true) => format!("{} dagar efter din senaste ändring", hours / 24),
                    (true, false) => format!("{} days after your last change", hours / 24),
                    (false, true) => format!("{hours} timmar efter din senaste ändring"),
                    (false, false) => format!("{hours} hours after your last change"),
                };
            }
            Tell::TimesIn { zone, offset } => return pick(format!("Tiderna gäller tidszonen {zone} (nu UTC{offset})."), format!("The times are in the time zone {zone} (now UTC{offset}).")),
            Tell::CommentTooLong { max } => return pick(format!("Skriv högst {max} tecken"), format!("Write at most {max} characters")),
            Tell::StatusTitle => ("Kontrollera din ansökan utan att logga in", "Check your application without signing in"),
            Tell::StatusIntro => (
                "Du som saknar e-legitimation och inte heller kan skapa ett konto kan kontrollera din ansökan utan inloggning. Då kan du se om din ansökan har blivit registrerad och om du har fått ett beslut.",
                "If you have no e-identification and cannot create an account either, you can check your application without signing in. You can see whether your application has been registered and whether a decision has been made.",
            ),
            Tell::ReferenceLabel => ("Referensnummer", "Reference number"),
            Tell::ReferenceHint => (
                "Det står i mejlet som du fick när du bekräftade ansökan, till exempel BL-2026-4821-0736.",
                "It is in the email you got when you confirmed the application, for example BL-2026-4821-0736.",
            ),
            Tell::DateOfBirthLabel => ("Ditt födelsedatum", "Your date of birth"),
            Tell::DateOfBirthHint => ("Som i ansökan, till exempel 27 3 1990.", "As in the application, for example 27 3 1990."),
            Tell::CheckButton => ("Kontrollera ansökan", "Check the application"),
            Tell::EnterReference => ("Skriv referensnumret", "Enter the reference number"),
            Tell::ReferenceFormat => (
                "Skriv referensnumret som det står i mejlet, till exempel BL-2026-4821-0736",
                "Enter the reference number as it is in the email, like BL-2026-4821-0736",
            ),
            Tell::EnterDateOfBirth => ("Skriv ditt födelsedatum", "Enter your date of birth"),
            Tell::DateOfBirthFormat => ("Skriv ditt födelsedatum som ett datum som finns, med dag, månad och år", "Enter your date of birth as a real date, with day, month and year"),
            Tell::DateOfBirthInPast => ("Födelsedatumet måste vara före i dag", "Your date of birth must be in the past"),
            Tell::StatusResult => ("Din ansökan", "Your application"),
            Tell::NotDecided => (
                "Inget beslut har fattats ännu. Du behöver inte göra något nu. Kontrollera igen senare.",
                "No decision has been made yet. You do not need to do anything now. Check again later.",
            ),
            Tell::NotFound => (
                "Vi hittade ingen ansökan med det referensnumret och det födelsedatumet. Jämför båda med mejlet du fick när du bekräftade ansökan och försök igen.",
                "We found no application with this reference number and this date of birth. Compare both with the email you got when you confirmed the application, and try again.",
            ),
            Tell::OrSignIn => ("Har du e-legitimation eller ett konto? Logga in för att se din ansökan.", "Do you have e-identification or an account? Sign in to see your application."),
            Tell::SupportTitle => ("Teknisk support för e-tjänsten", "Technical support for the e-service"),
            Tell::SupportIntro => (
                "Vår support kan hjälpa dig om du har tekniska problem när du använder e-tjänsten, till exempel med att logga in, med lösenordet eller med felmeddelanden.",
                "Our support team can help you if you have technical difficulties when using the e-service. This could be related to problems signing in, password questions or error messages.",
            ),
            Tell::TryFirstTitle => ("Prova det här först", "Try this first"),
            Tell::TryFirstIntro => ("Många problem går att lösa utan att ringa oss. Prova det här innan du ringer.", "Many problems can be solved without calling us. Please try these things before calling us."),
            Tell::ResetTitle => ("Om ett fel finns kvar fast orsaken är borta", "If an error stays after its cause has gone"),
            Tell::ResetText => (
                "E-tjänsten sparar det du skriver även på den här enheten, så att inget försvinner om nätet slutar fungera. Om ett fel verkar finnas kvar kan du återställa det som e-tjänsten har sparat på enheten. Du behöver inte rensa kakor eller webbhistorik. Det du har sparat hos oss finns kvar: logga in igen och fortsätt. Bara svar som enheten inte har hunnit skicka försvinner.",
                "The e-service keeps what you type on this device too, so that nothing is lost if the network fails. If an error seems to stay, reset what the e-service has saved on this device. You do not need to clear your cookies or your web history. What you have saved with us is kept: sign in again and continue. Only answers this device has not yet been able to send are lost.",
            ),
            Tell::ReloadTitle => ("Om e-tjänsten verkar låst", "If the e-service seems locked"),
            Tell::ReloadText => (
                "Ladda om sidan: tryck på F5 (pc), Kommando+Skift+R (Mac) eller på webbläsarens knapp för att ladda om. Dina svar finns kvar.",
                "Reload the page: press F5 (PC), Command+Shift+R (Mac) or the reload button of your browser. Your answers are kept.",
            ),
            Tell::NetworkTitle => ("Om e-tjänsten inte går att öppna", "If the e-service does not open"),
            Tell::NetworkText => (
                "Brandväggar i offentliga nätverk och i företags- eller jobbnätverk kan blockera e-tjänsten, även om du har med dig din egen dator. Prova från ett privat nätverk, till exempel ditt hemnätverk eller mobildata i telefonen.",
                "Firewalls on public networks and on corporate or work networks can block the e-service, even if you have your own computer with you. Try from a private network, such as your home network or your phone's mobile data.",
            ),
            Tell::QuestionsTitle => ("Vanliga frågor", "Common questions"),
            Tell::AccountQuestion => ("Hur skapar jag ett konto?", "How do I create an account?"),
            Tell::AccountAnswer => (
                "Välj ”Användarnamn och lösenord” på inloggningssidan och sedan ”Skapa ett konto”. Vi skickar en verifieringskod till din e-postadress. Om du inte får något mejl från oss kan det ha hamnat i skräpposten, så titta där.",
                "Choose \"Username and password\" on the sign-in page, then \"Create an account\". We send a verification code to your email address. If you do not receive an email from us, your email program may have taken it for spam, so look in your spam folder.",
            ),
            Tell::EmailQuestion => ("Kan jag byta e-postadress?", "Can I change my email address?"),
            Tell::EmailAnswer => (
                "Nej. Du måste ha tillgång till adressen som du anger, eftersom vi använder den för att kontakta dig. Den går inte att byta när kontot har skapats.",
                "No. You must have access to the address you give, because we use it to contact you. It cannot be changed once the account has been created.",
            ),
            Tell::TimeQuestion => ("Hur lång tid har jag på varje sida?", "How much time do I have on each page?"),
            Tell::BackQuestion => ("Kan jag använda webbläsarens bakåtknapp?", "Can I use the browser's Back button?"),
            Tell::BackAnswer => (
                "Ja. Webbläsarens knappar bakåt och framåt flyttar mellan formulärets sidor precis som formulärets egna knappar, och inget du har skrivit försvinner.",
                "Yes. The browser's Back and Forward buttons move between the pages of the form just as the form's own buttons do, and nothing you have typed is lost.",
            ),
            Tell::KeptQuestion => ("Hur länge sparas det jag har skrivit om jag avbryter?", "How long is what I wrote kept if I stop?"),
            Tell::KeptAnswer => (
                "Om du avbryter din ansökan eller råkar ut för tekniska avbrott sparas det du har skrivit. Logga in igen inom den här tiden, annars raderas det:",
                "If you stop your application or have technical interruptions, what you have written is kept. Sign in again within this time, or it is deleted:",
            ),
            Tell::ContinueQuestion => ("Hur fortsätter jag med min ansökan?", "How do I continue my application?"),
            Tell::ContinueAnswer => (
                "Logga in igen och öppna samma formulär. Du fortsätter på sidan där du slutade.",
                "Sign in again and open the same form. You continue on the page where you stopped.",
            ),
            Tell::PasswordQuestion => ("Jag har glömt mitt lösenord", "I have forgotten my password"),
            Tell::PasswordAnswer => (
                "Välj ”Glömt lösenordet?” på inloggningssidan. Vi skickar en kod till din e-postadress, och med koden väljer du ett nytt lösenord.",
                "Choose \"Forgot your password?\" on the sign-in page. We send a code to your email address, and with the code you choose a new password.",
            ),
            Tell::PrintQuestion => ("Kan jag kontrollera ansökan innan jag skickar den?", "Can I check my application before I send it?"),
            Tell::PrintAnswer => (
                "Ja. När du har svarat på alla frågor ser du alla dina svar, kan ändra dem och kan skriva ut ansökan för att kontrollera att den är rätt ifylld.",
                "Yes. Once you have answered every question you see all your answers, can change them, and can print the application to make sure it is filled in correctly.",
            ),
            Tell::ConfirmQuestion => ("Vad händer när jag bekräftar ansökan?", "What happens when I confirm the application?"),
            Tell::ConfirmAnswer => (
                "När du har bekräftat ansökan kan du inte längre ändra några uppgifter, och du kan inte heller skicka in några handlingar. Vi skickar en bekräftelse med referensnumret till din e-postadress.",
                "Once you have confirmed the application you can no longer change any information, nor can you send in any documents. We send a confirmation with the reference number to your email address.",
            ),
            Tell::StatusQuestion => ("Kan jag se min ansökan utan att logga in?", "Can I see my application without signing in?"),
            Tell::StatusAnswer => (
                "Ja, med referensnumret och ditt födelsedatum kan du se om ansökan är registrerad och om ett beslut har fattats.",
                "Yes: with the reference number and your date of birth you can see whether the application is registered and whether a decision has been made.",
            ),
            Tell::CallTitle => ("Ring oss", "Call us"),
            Tell::CallIntro => ("Hittar du inte svaret på din fråga? Ring oss så hjälper vi dig.", "Unable to find the answer to your question? Call us for help."),
            Tell::PhoneNumberTitle => ("Telefonnummer", "Telephone number"),
            Tell::HoursTitle => ("Telefontider", "Telephone hours"),
            Tell::EmailTitle => ("Mejla oss", "Email us"),
            Tell::EmailIntro => (
                "Du kan också mejla oss om du har frågor om e-tjänsten. Det tar dock längre tid att få svar via mejl än om du ringer oss.",
                "You can also email us if you have any questions about the e-service. However, it takes longer to get an answer by email than if you call us.",
            ),
            Tell::EmailLink => ("Mejla teknisk support", "Email technical support"),
            Tell::FeedbackTitle => ("Tack", "Thank you"),
            Tell::BackToPage => ("Tillbaka till sidan", "Back to the page"),
            Tell::FeedbackGone => (
                "Kommentaren kunde inte sparas, eftersom svaret den hörde till inte finns kvar eller redan har en kommentar.",
                "The comment could not be kept, because the answer it belonged to is gone or already has a comment.",
            ),
            Tell::SignedOutIntro => ("Du är utloggad. Det du har sparat finns kvar.", "You are signed out. What you have saved is kept."),
            Tell::SignInAgain => ("Logga in igen", "Sign in again"),
            Tell::Forms => ("Ansökningar", "Applications"),
            Tell::FormsIntro => ("Välj den ansökan du vill fylla i.", "Choose the application you want to fill in."),
        };
        if swedish { sv } else { en }.to_string()
    }
}
