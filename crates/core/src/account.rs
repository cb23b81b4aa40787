//! Signing in and creating an account (R1): the screens, what is checked in what the applicant
//! typed, and the words, in Swedish and English. The reference backend's sign-in pages
//! (`crates/server/src/signin.rs`) show these; the store then decides.

use crate::lifecycle::Millis;
use crate::text::{Lang, Locale};
use crate::validate::is_email;

pub const MIN_PASSWORD_LENGTH: usize = 10;
/// Wrong verification codes allowed before the code stops working.
pub const CODE_ATTEMPTS: u32 = 5;
/// How long a mailed code works: long enough to find the mail, short enough that an old mail
/// found later by someone else is useless.
pub const CODE_LIFETIME: Millis = 30 * MINUTE;

const MINUTE: Millis = 60 * 1000;
const HOUR: Millis = 60 * MINUTE;

/// At most `max` attempts within a sliding `window` (see [`crate::attempts`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub max: usize,
    pub window: Millis,
}

/// Sign-ins to one address, so that a password cannot be guessed quickly.
pub const SIGN_INS_PER_ADDRESS: Limit = Limit { max: 10, window: 15 * MINUTE };
/// Failed sign-ins from one network address across every email address (trying one common
/// password on many accounts). Successful ones do not count: many applicants share an address
/// behind a mobile network or an office.
pub const FAILED_SIGN_INS_PER_CLIENT: Limit = Limit { max: 20, window: 15 * MINUTE };
/// Accounts created from one network address: each costs a password hash and a mail.
pub const ACCOUNTS_PER_CLIENT: Limit = Limit { max: 20, window: HOUR };
/// Codes mailed to one address (a new account, a new code, a forgotten password), so that nobody's
/// mailbox can be flooded.
pub const CODES_PER_ADDRESS: Limit = Limit { max: 3, window: HOUR };
/// Forgotten-password requests from one network address, whichever the addresses.
pub const RESETS_PER_CLIENT: Limit = Limit { max: 20, window: HOUR };

/// The code mailed to an address not yet confirmed, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    pub value: String,
    pub sent_at: Millis,
    /// Wrong codes entered since it was sent.
    pub failed: u32,
}

/// Why a typed code does not confirm the address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeRefusal {
    Wrong,
    /// Entered wrongly [`CODE_ATTEMPTS`] times: only a new code helps.
    UsedUp,
    /// Older than [`CODE_LIFETIME`]: only a new code helps.
    Expired,
}

impl Code {
    /// Whether `typed` confirms the address at `now`. A wrong code counts against this one
    /// (the caller stores `failed + 1`).
    pub fn check(&self, typed: &str, now: Millis) -> Result<(), CodeRefusal> {
        if self.failed >= CODE_ATTEMPTS {
            return Err(CodeRefusal::UsedUp);
        }
        if now - self.sent_at >= CODE_LIFETIME {
            return Err(CodeRefusal::Expired);
        }
        // Compared without stopping at the first difference: how long the answer takes says
        // nothing about the code.
        let typed = typed.trim().as_bytes();
        let expected = self.value.as_bytes();
        let same = typed.len() == expected.len() && typed.iter().zip(expected).fold(0u8, |diff, (a, b)| diff | (a ^ b)) == 0;
        if !same {
            return Err(if self.failed + 1 >= CODE_ATTEMPTS { CodeRefusal::UsedUp } else { CodeRefusal::Wrong });
        }
        Ok(())
    }
}

/// Whether `text` is a username of an account from before 4 December 2018: six letters and
/// digits (those accounts sign in with it; newer ones with their email address).
pub fn is_username(text: &str) -> bool {
    text.len() == 6 && text.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Who is signing in, as typed in "Email address or username".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Identifier {
    Email(String),
    /// Lower case: usernames are the same in any case.
    Username(String),
}

impl Identifier {
    /// Reads what was typed; `None` if it is neither an email address nor a username.
    pub fn read(typed: &str) -> Option<Identifier> {
        let typed = typed.trim();
        if is_username(typed) {
            Some(Identifier::Username(typed.to_ascii_lowercase()))
        } else if is_email(typed) {
            Some(Identifier::Email(typed.to_ascii_lowercase()))
        } else {
            None
        }
    }
}

/// Where to go once signed in: `next` if it is a normalised path on this site, else `None` (the
/// caller goes to the start page). Browsers drop tabs and line breaks from an address and read a
/// backslash as a slash, so `/\t/evil.example` would leave the site; only printable ASCII, no
/// backslash, and a path without empty, `.` or `..` segments pass.
pub fn return_path(next: &str) -> Option<&str> {
    if next.len() > 2000 || !next.bytes().all(|b| (0x21..=0x7e).contains(&b) && b != b'\\') {
        return None;
    }
    let path = next.split(['?', '#']).next().unwrap_or_default();
    let rest = path.strip_prefix('/')?;
    if rest.is_empty() {
        return Some(next);
    }
    // `%2e` is a dot to a browser resolving `.` and `..`.
    let normal = |segment: &str| !segment.is_empty() && !matches!(segment.to_ascii_lowercase().replace("%2e", ".").as_str(), "." | "..");
    rest.strip_suffix('/').unwrap_or(rest).split('/').all(normal).then_some(next)
}

/// The words of the account screens, in Swedish and English. Apart from the app's catalogue
/// (`messages::Ui`) because the backend shows these screens and the app's download need not carry
/// them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    SignOutTitle,
    SignOutIntro,
    SignOutButton,
    /// A refusal that is not about a field, in the app's words.
    Failed(crate::messages::Ui),
}

impl Say {
    pub fn text(self, locale: &Locale) -> String {
        let (sv, en): (&str, &str) = match self {
            Say::Failed(ui) => return ui.text(locale),
            Say::SignInTitle => return crate::messages::Ui::SignInTitle.text(locale),
            Say::SignInIntro => return crate::messages::Ui::SignInIntro.text(locale),
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
            Say::SignInToConfirm => (
                "Logga in med din e-postadress och ditt lösenord för att skriva in koden vi skickade till dig",
                "Sign in with your email address and password to enter the code we sent you",
            ),
        };
        if locale.chrome() == Lang::Sv { sv.to_string() } else { en.to_string() }
    }
}

/// The screens before a form can be filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    SignIn,
    CreateAccount,
    /// Enter the code mailed to `email`.
    Verify { email: String },
    /// Forgotten password (R6): the address to mail a code to.
    Forgot,
    /// The mailed code and a new password.
    Reset,
}

/// The fields of those screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Email,
    Password,
    Code,
}

impl Field {
    /// The input's DOM id, which the error summary links to.
    pub fn dom_id(self) -> &'static str {
        match self {
            Field::Email => "account-email",
            Field::Password => "account-password",
            Field::Code => "account-code",
        }
    }
}

/// One problem, at a field or (with `field: None`) for the whole screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: Option<Field>,
    pub text: Say,
}

fn at(field: Field, text: Say) -> Problem {
    Problem { field: Some(field), text }
}

/// What a screen asks for, in the order of its fields.
struct Asks {
    /// An email address; on the sign-in screen, or a username.
    email: bool,
    code: bool,
    /// A password: `Some(true)` a new one, judged by its length; `Some(false)` an existing one.
    password: Option<bool>,
}

impl Screen {
    fn asks(&self) -> Asks {
        match self {
            Screen::SignIn => Asks { email: true, code: false, password: Some(false) },
            Screen::CreateAccount => Asks { email: true, code: false, password: Some(true) },
            Screen::Verify { .. } => Asks { email: false, code: true, password: None },
            Screen::Forgot => Asks { email: true, code: false, password: None },
            Screen::Reset => Asks { email: false, code: true, password: Some(true) },
        }
    }
}

/// What is wrong with what the applicant typed on `screen`, before sending it, in the order of
/// the screen's fields.
pub fn check(screen: &Screen, email: &str, password: &str, code: &str) -> Vec<Problem> {
    let asks = screen.asks();
    let mut problems = Vec::new();
    let email = email.trim();
    let signing_in = *screen == Screen::SignIn;
    if asks.email && email.is_empty() {
        problems.push(at(Field::Email, if signing_in { Say::EnterEmailOrUsername } else { Say::EnterEmail }));
    } else if signing_in && Identifier::read(email).is_none() {
        problems.push(at(Field::Email, Say::EmailOrUsernameFormat));
    } else if asks.email && !signing_in && !is_email(email) {
        problems.push(at(Field::Email, Say::EmailFormat));
    }
    let code = code.trim();
    if asks.code && code.is_empty() {
        problems.push(at(Field::Code, Say::EnterCode));
    } else if asks.code && (code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit())) {
        problems.push(at(Field::Code, Say::CodeFormat));
    }
    match asks.password {
        Some(_) if password.is_empty() => problems.push(at(Field::Password, Say::EnterPassword)),
        Some(true) if password.chars().count() < MIN_PASSWORD_LENGTH => problems.push(at(Field::Password, Say::PasswordTooShort { min: MIN_PASSWORD_LENGTH })),
        _ => {}
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_typed_is_checked_before_it_is_sent() {
        let problems = check(&Screen::SignIn, " ", "", "");
        assert_eq!(problems, vec![at(Field::Email, Say::EnterEmailOrUsername), at(Field::Password, Say::EnterPassword)]);
        assert_eq!(check(&Screen::SignIn, "ada@example", "x", ""), vec![at(Field::Email, Say::EmailOrUsernameFormat)]);
        assert_eq!(check(&Screen::SignIn, "ab12cd", "x", ""), vec![], "a username from before 4 December 2018");
        assert_eq!(check(&Screen::CreateAccount, "ab12cd", "ten chars!", ""), vec![at(Field::Email, Say::EmailFormat)], "new accounts have an email address");
        assert_eq!(check(&Screen::SignIn, " ada@example.com ", "short", ""), vec![], "an existing password is not judged");
        assert_eq!(check(&Screen::CreateAccount, "ada@example.com", "short", ""), vec![at(Field::Password, Say::PasswordTooShort { min: 10 })]);
        assert_eq!(check(&Screen::CreateAccount, "ada@example.com", "ten chars!", ""), vec![]);
        let verify = Screen::Verify { email: "ada@example.com".into() };
        assert_eq!(check(&verify, "", "", ""), vec![at(Field::Code, Say::EnterCode)]);
        assert_eq!(check(&verify, "", "", "12 34"), vec![at(Field::Code, Say::CodeFormat)]);
        assert_eq!(check(&verify, "", "", " 012345 "), vec![]);
        assert_eq!(check(&Screen::Forgot, "", "", ""), vec![at(Field::Email, Say::EnterEmail)]);
        assert_eq!(check(&Screen::Forgot, "ada@example.com", "", ""), vec![], "no password: it is forgotten");
        assert_eq!(check(&Screen::Reset, "", "short", "12"), vec![at(Field::Code, Say::CodeFormat), at(Field::Password, Say::PasswordTooShort { min: 10 })]);
        assert_eq!(check(&Screen::Reset, "", "a new long password", "012345"), vec![]);
    }

    #[test]
    fn an_account_from_before_2018_signs_in_with_its_six_character_username() {
        assert_eq!(Identifier::read(" AB12cd "), Some(Identifier::Username("ab12cd".into())));
        assert_eq!(Identifier::read("Ada@Example.com"), Some(Identifier::Email("ada@example.com".into())));
        for neither in ["ab12c", "ab12cde", "ab 12c", "åb12cd", "", "ada@"] {
            assert_eq!(Identifier::read(neither), None, "{neither:?}");
        }
    }

    #[test]
    fn a_code_works_once_within_its_time_and_five_tries() {
        let t0 = 1_795_244_400_000;
        let code = |failed| Code { value: "012345".into(), sent_at: t0, failed };
        assert_eq!(code(0).check(" 012345 ", t0 + CODE_LIFETIME - 1), Ok(()));
        assert_eq!(code(0).check("012345", t0 + CODE_LIFETIME), Err(CodeRefusal::Expired));
        assert_eq!(code(0).check("012345", t0 + 40 * 24 * HOUR), Err(CodeRefusal::Expired), "a code from last month");
        assert_eq!(code(0).check("012346", t0), Err(CodeRefusal::Wrong));
        assert_eq!(code(0).check("01234", t0), Err(CodeRefusal::Wrong));
        assert_eq!(code(0).check("", t0), Err(CodeRefusal::Wrong));
        assert_eq!(code(CODE_ATTEMPTS - 1).check("000000", t0), Err(CodeRefusal::UsedUp), "the fifth wrong one uses it up");
        assert_eq!(code(CODE_ATTEMPTS).check("012345", t0), Err(CodeRefusal::UsedUp), "then even the right one fails");
    }

    #[test]
    fn only_a_normalised_path_on_this_site_is_a_way_back() {
        for good in ["/", "/forms/work-permit", "/forms/work-permit?lang=sv", "/forms/a/", "/forms/a#top", "/forms/%C3%A5"] {
            assert_eq!(return_path(good), Some(good), "{good}");
        }
        for bad in [
            "", "forms/a", "//evil.example", "/\\evil.example", "/\t/evil.example/", "/\n/evil.example", "/ /x", "https://evil.example/",
            "/./evil.example", "/.//evil.example", "/forms/../../x", "/forms/%2e%2E/x", "/forms//x", "/forms/å", "/x\u{7f}",
        ] {
            assert_eq!(return_path(bad), None, "{bad:?}");
        }
        assert_eq!(return_path(&format!("/{}", "a".repeat(3000))), None, "too long to be a real address");
    }
}
