//! The words of the sign-in pages and the account page, in Swedish and English, in the service's
//! own wording where its pages have it.

use crate::basics::text::{Lang, Locale};

/// The words of the account screens, in Swedish and English. Apart from the app's catalogue
/// (`messages::Ui`) because the backend shows these screens and the app's download need not carry
/// them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Say {
    SignInTitle,
    SignInIntro,
    EmailLabel,
    EmailOrUsernameLabel,
    PasswordLabel,
    SignInButton,
    NoAccountYet,
    CreateAccountTitle,
    EmailCannotChange,
    NewPasswordHint { min: usize },
    CreateAccountButton,
    HaveAccount,
    VerifyTitle,
    VerifyIntro,
    CodeLabel,
    VerifyButton,
    EnterEmail,
    EmailFormat,
    EnterEmailOrUsername,
    EmailOrUsernameFormat,
    EnterPassword,
    PasswordTooShort { min: usize },
    EnterCode,
    CodeFormat,
    AccountExists,
    WrongCredentials,
    WrongCode,
    CodeUsedUp,
    CodeExpired,
    NewCodeButton,
    NewCodeSent,
    NewTextCodeSent,
    /// The code screen was asked for without the password given first in this browser.
    SignInToConfirm,
    ForgotLink,
    ForgotTitle,
    ForgotIntro,
    ForgotButton,
    ResetTitle,
    ResetIntro,
    NewPasswordLabel,
    ResetButton,
    /// The reset screen was asked for without asking for a code first in this browser.
    AskForResetCode,
    PasswordMethodTitle,
    PasswordMethodHelp,
    ForeignEidTitle,
    ForeignEidIntro,
    ForeignEidLink,
    ForeignEidPage,
    ForeignEidWhatToDo,
    BackToSignIn,
    PhoneLabel,
    PhoneHint,
    EnterPhone,
    PhoneFormat,
    SecondStepTitle,
    SecondStepIntro { ending: String },
    /// The sign-in page's first sentence when it was reached from a form: which application it
    /// opens (otherwise `SignInIntro`).
    SignInToFill { form: String },
    NoTextMessages,
    LostPhoneTitle,
    LostPhoneIntro,
    LostPhoneButton,
    TwoStepTurnedOff,
    AccountTitle,
    AccountEmail,
    TwoStepTitle,
    TwoStepHelp,
    TwoStepIsOn { ending: String },
    TwoStepIsOff,
    TurnOnTwoStep,
    ChangePhone,
    TurnOffTwoStep,
    PhoneTitle,
    PasswordAgainLabel,
    ConfirmPhoneTitle,
    ConfirmPhoneIntro { ending: String },
    ConfirmPhoneButton,
    TwoStepOn,
    TwoStepOffTitle,
    TwoStepOffIntro,
    TwoStepOffButton,
    ToAccount,
    TwoStepRequired,
    SkipTwoStep,
    BankIdTitle,
    BankIdHelp,
    BankIdThisDevice,
    BankIdOtherDevice,
    BankIdOnThisDevice,
    MobileBankIdTitle,
    BankIdOpen,
    BankIdOpenAgain,
    BankIdScan,
    BankIdQrAlt,
    BankIdCancel,
    BankIdTryAgain,
    ProfessionalTitle,
    ProfessionalHelp,
    ProfessionalButton,
    ProfessionalChecklistIntro,
    ProfessionalChecklist,
    ProfessionalStillProblems,
    MoreAlternatives,
    TeliaTitle,
    TeliaHelp,
    TeliaButton,
    TestProvider,
    EidEmailTitle,
    EidEmailIntro,
    EidEmailButton,
    EidFailed,
    ContinueToApplication,
    SignOutTitle,
    SignOutIntro,
    SignOutButton,
    /// A refusal that is not about a field, in the app's words.
    Failed(crate::messages::Ui),
}

impl Say {
    pub fn text(self, locale: &Locale) -> String {
        let swedish = locale.chrome() == Lang::Sv;
        let (sv, en): (&str, &str) = match self {
            Say::SignInToFill { form } => {
                return if swedish {
                    format!("Logga in för att fylla i {form}. Dina svar sparas så att du kan fortsätta senare.")
                } else {
                    format!("Sign in to fill in {form}. Your answers are saved so that you can continue later.")
                };
            }
            Say::SecondStepIntro { ending } => {
                return if swedish {
                    format!("Vi har skickat en kod med 6 siffror i ett sms till telefonnumret som slutar på {ending}. Koden gäller i 10 minuter.")
                } else {
                    format!("We have sent a 6-digit code by text message to the phone number ending in {ending}. The code works for 10 minutes.")
                };
            }
            Say::ConfirmPhoneIntro { ending } => {
                return if swedish {
                    format!("Vi har skickat en kod med 6 siffror i ett sms till det nya numret, som slutar på {ending}. Skriv in koden för att bekräfta att telefonen är din.")
                } else {
                    format!("We have sent a 6-digit code by text message to the new number, ending in {ending}. Enter the code to confirm the phone is yours.")
                };
            }
            Say::TwoStepIsOn { ending } => {
                return if swedish {
                    format!("Tvåstegsverifiering är på. Koderna skickas i sms till telefonnumret som slutar på {ending}.")
                } else {
                    format!("Two-step verification is on. The codes are sent by text message to the phone number ending in {ending}.")
                };
            }
            Say::PhoneLabel => ("Mobilnummer", "Mobile phone number"),
            Say::PhoneHint => (
                "För tvåstegsverifiering, valfritt: när du loggar in skickar vi en kod i sms till numret. Du behöver kunna ta emot sms.",
                "For two-step verification, if you want it: when you sign in we send a code by text message to this number. You need to be able to receive text messages.",
            ),
            Say::EnterPhone => ("Skriv ditt mobilnummer", "Enter your mobile phone number"),
            Say::PhoneFormat => (
                "Skriv mobilnumret med bara siffror, till exempel 070 123 45 67 eller +46 70 123 45 67",
                "Enter the mobile phone number in digits, like 070 123 45 67 or +46 70 123 45 67",
            ),
            Say::SecondStepTitle => ("Skriv koden från sms:et", "Enter the code from the text message"),
            Say::NoTextMessages => ("Jag får inga sms", "I cannot get text messages"),
            Say::LostPhoneTitle => ("Logga in utan sms", "Sign in without text messages"),
            Say::LostPhoneIntro => (
                "Vi har skickat en kod med 6 siffror till din e-postadress. Skriv in koden för att logga in. Tvåstegsverifieringen stängs då av, och du kan slå på den igen med ett nytt nummer.",
                "We have sent a 6-digit code to your email address. Enter the code to sign in. Two-step verification is then turned off, and you can turn it on again with a new number.",
            ),
            Say::LostPhoneButton => ("Logga in", "Sign in"),
            Say::TwoStepTurnedOff => (
                "Tvåstegsverifiering är avstängd. Slå på den igen med ditt nya nummer på sidan Ditt konto.",
                "Two-step verification is off. Turn it on again with your new number on the page Your account.",
            ),
            Say::AccountTitle => ("Ditt konto", "Your account"),
            Say::AccountEmail => ("E-postadressen kan inte ändras.", "The email address cannot be changed."),
            Say::TwoStepTitle => ("Tvåstegsverifiering", "Two-step verification"),
            Say::TwoStepHelp => (
                "Med tvåstegsverifiering loggar du in i två steg: med något du vet (ditt lösenord) och något du har (din telefon). Sms-trafiken kan sluta fungera, tillfälligt eller för alltid, och du kan då behöva byta telefonnummer på ditt konto för att kunna logga in igen.",
                "With two-step verification you go through two steps when you sign in: something you know (your password) and something you have (your phone). Text messages may stop working, temporarily or permanently, and you may then need to change the phone number on your account to sign in again.",
            ),
            Say::TwoStepIsOff => ("Tvåstegsverifiering är av.", "Two-step verification is off."),
            Say::TurnOnTwoStep => ("Slå på tvåstegsverifiering", "Turn on two-step verification"),
            Say::ChangePhone => ("Byt telefonnummer", "Change the phone number"),
            Say::TurnOffTwoStep => ("Stäng av tvåstegsverifiering", "Turn off two-step verification"),
            Say::PhoneTitle => ("Telefonnummer för tvåstegsverifiering", "Phone number for two-step verification"),
            Say::PasswordAgainLabel => ("Ditt lösenord", "Your password"),
            Say::ConfirmPhoneTitle => ("Bekräfta telefonnumret", "Confirm the phone number"),
            Say::ConfirmPhoneButton => ("Bekräfta", "Confirm"),
            Say::TwoStepOn => ("Tvåstegsverifiering är på.", "Two-step verification is on."),
            Say::TwoStepOffTitle => ("Stäng av tvåstegsverifiering", "Turn off two-step verification"),
            Say::TwoStepOffIntro => (
                "Utan tvåstegsverifiering räcker ditt lösenord för att logga in.",
                "Without two-step verification your password is enough to sign in.",
            ),
            Say::TwoStepOffButton => ("Stäng av", "Turn off"),
            Say::ToAccount => ("Till ditt konto", "To your account"),
            Say::BankIdTitle => ("BankID och Mobilt BankID", "BankID and Mobile BankID"),
            Say::BankIdHelp => (
                "BankID om du har BankID i datorn du loggar in från, Mobilt BankID om du har det i en telefon eller surfplatta. För att få BankID måste du kontakta din bank.",
                "BankID if you use BankID installed on the computer that you log in from, Mobile BankID if you use it on a phone or tablet. To get a BankID you must contact your bank.",
            ),
            Say::BankIdThisDevice => ("Logga in med BankID på den här enheten", "Log in with BankID on this device"),
            Say::BankIdOtherDevice => ("Logga in med Mobilt BankID på en annan enhet", "Log in with Mobile BankID on another device"),
            Say::BankIdOnThisDevice => ("BankID på den här enheten", "BankID on this device"),
            Say::MobileBankIdTitle => ("Mobilt BankID", "Mobile BankID"),
            Say::BankIdOpen => ("Öppna BankID", "Open BankID"),
            Say::BankIdOpenAgain => ("Händer inget? Öppna BankID här", "Nothing happens? Open BankID here"),
            Say::BankIdScan => (
                "Starta BankID-appen i din telefon eller surfplatta. Tryck på QR-symbolen i appen och läs av QR-koden här.",
                "Start the BankID app on your phone or tablet. Press the QR code symbol in the app and scan the QR code here.",
            ),
            Say::BankIdQrAlt => ("QR-kod att läsa av med BankID-appen", "QR code to scan with the BankID app"),
            Say::BankIdCancel => ("Avbryt", "Cancel"),
            Say::BankIdTryAgain => ("Försök igen", "Try again"),
            Say::ProfessionalTitle => ("Kommun, landsting eller region", "Municipality, county council or region"),
            Say::ProfessionalHelp => (
                "Du som vill logga in med din e-tjänstelegitimation från kommunen, landstinget eller regionen. Idag används SITHS-kort, men på sikt kommer det att ersättas av Efos (E-identitet för offentlig sektor).",
                "For you who want to log in with your professional e-identification from the municipality, county council or region. SITHS cards are used today; they will be replaced by Efos (e-identity for the public sector).",
            ),
            Say::ProfessionalButton => ("Logga in med e-tjänstelegitimation", "Log in with professional e-identification"),
            Say::ProfessionalChecklistIntro => ("Några punkter att kontrollera vid problem med inloggning:", "Some points to check if you have problems logging in:"),
            Say::ProfessionalChecklist => (
                "Är kort och kortläsare inkopplade i din dator?\nHar du Net iD installerad på din dator?\nÄr ditt certifikat på kortet fortfarande giltigt?\nAnvänder din organisation en utgående webbproxy som inspekterar TLS/SSL-trafiken? Inloggningen fungerar inte om trafiken inspekteras. Klicka på hänglåset i adressfältet och visa certifikatet: det får inte vara utfärdat av den egna organisationen.\nTesta om det fungerar att logga in på SITHS testsida.",
                "Are the card and the card reader connected to your computer?\nDo you have Net iD installed on your computer?\nIs your certificate on the card still valid?\nDoes your organization use an outgoing web proxy that inspects the TLS/SSL traffic? The login does not work if the traffic is inspected. Click the padlock in the address bar and view the certificate: it must not be issued by your own organization.\nTest if you can log in to the SITHS test page.",
            ),
            Say::ProfessionalStillProblems => (
                "Om du fortfarande har problem, vänd dig till kontaktcentret.",
                "If you still have problems, please contact the Contact Centre.",
            ),
            Say::MoreAlternatives => ("Fler alternativ", "More alternatives"),
            Say::TeliaTitle => ("Telia e-legitimation", "Telia e-identification"),
            Say::TeliaHelp => (
                "Telia e-legitimation används främst av företagskunder hos Telia. Du som privatperson kan också använda det om du har ett id-kort från Skatteverket med Telia e-legitimation. Gamla kort är giltiga i max fem år.",
                "Telia e-identification is nowadays mostly used by Telia's corporate customers. You can also use it with an ID card from the Swedish Tax Agency with Telia e-identification. Old cards are valid for a maximum of five years.",
            ),
            Say::TeliaButton => ("Logga in med Telia e-legitimation", "Log in with Telia e-identification"),
            Say::TestProvider => ("(test)", "(test)"),
            Say::EidEmailTitle => ("Din e-postadress", "Your email address"),
            Say::EidEmailIntro => (
                "Första gången du loggar in med e-legitimation anger du en e-postadress som du själv har tillgång till. Vi skickar mejl om din ansökan dit. Du kan inte byta e-postadress senare.",
                "The first time you log in with e-identification, enter an email address that you have access to. We send email about your application there. You cannot change the email address later.",
            ),
            Say::EidEmailButton => ("Skicka en kod", "Send a code"),
            Say::EidFailed => (
                "Inloggningen med e-legitimation avbröts eller fungerade inte. Försök igen, eller välj ett annat sätt att logga in",
                "Logging in with e-identification was cancelled or did not work. Try again, or choose another way to log in",
            ),
            Say::SkipTwoStep => ("Fortsätt utan tvåstegsverifiering", "Continue without two-step verification"),
            Say::ContinueToApplication => ("Fortsätt", "Continue"),
            Say::TwoStepRequired => (
                "Kontot har tvåstegsverifiering. Logga in på inloggningssidan.",
                "This account has two-step verification. Sign in on the sign-in page.",
            ),
            Say::Failed(ui) => return ui.text(locale),
            Say::SignInTitle => ("Logga in", "Sign in"),
            Say::SignInIntro => (
                "Logga in för att fylla i ansökan. Dina svar sparas så att du kan fortsätta senare.",
                "Sign in to fill in the application. Your answers are saved so that you can continue later.",
            ),
            Say::SignOutTitle => ("Logga ut", "Sign out"),
            Say::SignOutIntro => (
                "Logga ut när du är klar, särskilt på en dator som andra använder. Det som är sparat finns kvar.",
                "Sign out when you are done, especially on a computer that others use. What is saved is kept.",
            ),
            Say::SignOutButton => ("Logga ut", "Sign out"),
            Say::EmailLabel => ("E-postadress", "Email address"),
            Say::EmailOrUsernameLabel => ("E-postadress eller användarnamn", "Email address or username"),
            Say::PasswordLabel => ("Lösenord", "Password"),
            Say::SignInButton => ("Logga in", "Sign in"),
            Say::NoAccountYet => ("Skapa ett konto", "Create an account"),
            Say::CreateAccountTitle => ("Skapa ett konto", "Create an account"),
            Say::EmailCannotChange => (
                "Vi skickar en kod till adressen. Du kan inte byta e-postadress senare.",
                "We send a code to this address. You cannot change the email address later.",
            ),
            Say::NewPasswordHint { min } => {
                return if locale.chrome() == Lang::Sv { format!("Minst {min} tecken.") } else { format!("At least {min} characters.") };
            }
            Say::CreateAccountButton => ("Skapa konto", "Create account"),
            Say::HaveAccount => ("Jag har redan ett konto", "I already have an account"),
            Say::VerifyTitle => ("Bekräfta din e-postadress", "Confirm your email address"),
            Say::VerifyIntro => (
                "Vi har skickat en kod med 6 siffror till den här adressen. Skriv in koden inom 30 minuter. Hittar du inte mejlet, titta i skräpposten.",
                "We have sent a 6-digit code to this address. Enter the code within 30 minutes. If you cannot find the email, look in your spam folder.",
            ),
            Say::CodeLabel => ("Kod", "Code"),
            Say::VerifyButton => ("Bekräfta", "Confirm"),
            Say::EnterEmail => ("Skriv din e-postadress", "Enter your email address"),
            Say::EmailFormat => (
                "Skriv e-postadressen i rätt format, till exempel namn@exempel.se",
                "Enter the email address in the right format, like name@example.com",
            ),
            Say::EnterPassword => ("Skriv ditt lösenord", "Enter your password"),
            Say::EnterEmailOrUsername => ("Skriv din e-postadress eller ditt användarnamn", "Enter your email address or your username"),
            Say::EmailOrUsernameFormat => (
                "Skriv e-postadressen, till exempel namn@exempel.se, eller användarnamnet med 6 tecken",
                "Enter the email address, like name@example.com, or the 6-character username",
            ),
            Say::PasswordTooShort { min } => {
                return if locale.chrome() == Lang::Sv {
                    format!("Välj ett lösenord med minst {min} tecken")
                } else {
                    format!("Choose a password of at least {min} characters")
                };
            }
            Say::EnterCode => ("Skriv koden från mejlet", "Enter the code from the email"),
            Say::CodeFormat => ("Koden är 6 siffror. Skriv den som den står i mejlet", "The code is 6 digits. Enter it as it is in the email"),
            Say::AccountExists => (
                "Det finns redan ett konto med den här e-postadressen. Logga in i stället",
                "There is already an account with this email address. Sign in instead",
            ),
            Say::WrongCredentials => (
                "E-postadressen eller lösenordet stämmer inte. Kontrollera båda och försök igen",
                "The email address or the password is not right. Check both and try again",
            ),
            Say::WrongCode => ("Koden stämmer inte. Kontrollera koden i det senaste mejlet från oss", "The code is not right. Check the code in the latest email from us"),
            Say::CodeUsedUp => (
                "Koden har skrivits fel för många gånger och fungerar inte längre. Be om en ny kod",
                "The code was entered wrongly too many times and no longer works. Ask for a new code",
            ),
            Say::CodeExpired => (
                "Koden gäller bara i 30 minuter och har slutat gälla. Be om en ny kod",
                "The code only works for 30 minutes and has expired. Ask for a new code",
            ),
            Say::NewCodeButton => ("Skicka en ny kod", "Send a new code"),
            Say::NewCodeSent => (
                "Vi har skickat en ny kod till den här adressen. Koden du fick tidigare fungerar inte längre.",
                "We have sent a new code to this address. The code you had before no longer works.",
            ),
            Say::ForgotLink => ("Glömt lösenordet?", "Forgot your password?"),
            Say::ForgotTitle => ("Återställ ditt lösenord", "Reset your password"),
            Say::ForgotIntro => (
                "Skriv e-postadressen till ditt konto. Vi skickar en kod till den, och med koden väljer du ett nytt lösenord.",
                "Enter the email address of your account. We send a code to it, and with the code you choose a new password.",
            ),
            Say::ForgotButton => ("Skicka en kod", "Send a code"),
            Say::ResetTitle => ("Välj ett nytt lösenord", "Choose a new password"),
            Say::ResetIntro => (
                "Om det finns ett konto med den här adressen har vi skickat en kod med 6 siffror till den. Skriv in koden inom 30 minuter och välj ett nytt lösenord. Hittar du inte mejlet, titta i skräpposten.",
                "If there is an account with this address, we have sent a 6-digit code to it. Enter the code within 30 minutes and choose a new password. If you cannot find the email, look in your spam folder.",
            ),
            Say::NewPasswordLabel => ("Nytt lösenord", "New password"),
            Say::ResetButton => ("Spara lösenordet och logga in", "Save the password and sign in"),
            Say::AskForResetCode => (
                "Be om en kod för att välja ett nytt lösenord, här i samma webbläsare",
                "Ask for a code to choose a new password, here in this browser",
            ),
            Say::PasswordMethodTitle => ("Användarnamn och lösenord", "Username and password"),
            Say::PasswordMethodHelp => (
                "Om du skapade ditt konto efter 4 december 2018 loggar du in med din e-postadress och ditt lösenord. Om du har ett konto sedan tidigare, använd det sex tecken långa användarnamnet och ditt lösenord. Saknar du ett konto kan du skapa ett nytt.",
                "If you created your account after 4 December 2018, you log in with your email address and your password. If you have an account from before, use the six-character username and your password. If you do not have an account, you can create a new one.",
            ),
            Say::ForeignEidTitle => ("Foreign eID", "Foreign eID"),
            Say::ForeignEidIntro => (
                "Det krävs ett svenskt personnummer för alla de e-tjänster som använder e-legitimation.",
                "Every e-service that uses e-identification needs a Swedish personal identity number.",
            ),
            Say::ForeignEidLink => ("Logga in med en utländsk e-legitimation", "Logging in with a foreign e-ID"),
            Say::ForeignEidPage => (
                "För att logga in med e-legitimation behöver du ett svenskt personnummer och vara folkbokförd i Sverige. Inga internationella e-legitimationer kan alltså användas.",
                "To log in with e-identification you need a Swedish personal identity number and to be registered in the Swedish population register. No international e-identification can be used.",
            ),
            Say::ForeignEidWhatToDo => (
                "Du kan i stället skapa ett konto med din e-postadress och logga in med användarnamn och lösenord.",
                "Instead, you can create an account with your email address and log in with a username and password.",
            ),
            Say::BackToSignIn => ("Tillbaka till inloggningen", "Back to signing in"),
            Say::NewTextCodeSent => (
                "Vi har skickat en ny kod i ett sms. Koden du fick tidigare fungerar inte längre.",
                "We have sent a new code by text message. The code you had before no longer works.",
            ),
            Say::SignInToConfirm => (
                "Logga in med din e-postadress och ditt lösenord för att skriva in koden vi skickade till dig",
                "Sign in with your email address and password to enter the code we sent you",
            ),
        };
        if swedish { sv.to_string() } else { en.to_string() }
    }
}
