//! Signing in and creating an account (R1): the screens, what is checked in what the applicant
//! typed, and the words, in Swedish and English. The reference backend's sign-in pages
//! (`crates/server/src/signin.rs`) show these; the store then decides.

use crate::text::{Lang, Locale};
use crate::validate::is_email;

pub const MIN_PASSWORD_LENGTH: usize = 10;
/// Wrong verification codes allowed before the code stops working.
pub const CODE_ATTEMPTS: u32 = 5;

/// The words of the account screens, in Swedish and English. Apart from the app's catalogue
/// (`messages::Ui`) because the backend shows these screens and the app's download need not carry
/// them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Say {
    SignInTitle,
    SignInIntro,
    EmailLabel,
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
    EnterPassword,
    PasswordTooShort { min: usize },
    EnterCode,
    CodeFormat,
    AccountExists,
    WrongCredentials,
    WrongCode,
    CodeUsedUp,
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
                "Vi har skickat en kod med 6 siffror till den här adressen. Skriv in koden. Hittar du inte mejlet, titta i skräpposten.",
                "We have sent a 6-digit code to this address. Enter the code. If you cannot find the email, look in your spam folder.",
            ),
            Say::CodeLabel => ("Kod", "Code"),
            Say::VerifyButton => ("Bekräfta", "Confirm"),
            Say::EnterEmail => ("Skriv din e-postadress", "Enter your email address"),
            Say::EmailFormat => (
                "Skriv e-postadressen i rätt format, till exempel namn@exempel.se",
                "Enter the email address in the right format, like name@example.com",
            ),
            Say::EnterPassword => ("Skriv ditt lösenord", "Enter your password"),
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
                "Koden har skrivits fel för många gånger och fungerar inte längre. Kontakta supporten",
                "The code was entered wrongly too many times and no longer works. Contact support",
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

/// What is wrong with what the applicant typed on `screen`, before sending it.
pub fn check(screen: &Screen, email: &str, password: &str, code: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    if !matches!(screen, Screen::Verify { .. }) {
        let email = email.trim();
        if email.is_empty() {
            problems.push(at(Field::Email, Say::EnterEmail));
        } else if !is_email(email) {
            problems.push(at(Field::Email, Say::EmailFormat));
        }
        if password.is_empty() {
            problems.push(at(Field::Password, Say::EnterPassword));
        } else if *screen == Screen::CreateAccount && password.chars().count() < MIN_PASSWORD_LENGTH {
            problems.push(at(Field::Password, Say::PasswordTooShort { min: MIN_PASSWORD_LENGTH }));
        }
    } else {
        let code = code.trim();
        if code.is_empty() {
            problems.push(at(Field::Code, Say::EnterCode));
        } else if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
            problems.push(at(Field::Code, Say::CodeFormat));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_typed_is_checked_before_it_is_sent() {
        let problems = check(&Screen::SignIn, " ", "", "");
        assert_eq!(problems, vec![at(Field::Email, Say::EnterEmail), at(Field::Password, Say::EnterPassword)]);
        assert_eq!(check(&Screen::SignIn, "ada@example", "x", ""), vec![at(Field::Email, Say::EmailFormat)]);
        assert_eq!(check(&Screen::SignIn, " ada@example.com ", "short", ""), vec![], "an existing password is not judged");
        assert_eq!(check(&Screen::CreateAccount, "ada@example.com", "short", ""), vec![at(Field::Password, Say::PasswordTooShort { min: 10 })]);
        assert_eq!(check(&Screen::CreateAccount, "ada@example.com", "ten chars!", ""), vec![]);
        let verify = Screen::Verify { email: "ada@example.com".into() };
        assert_eq!(check(&verify, "", "", ""), vec![at(Field::Code, Say::EnterCode)]);
        assert_eq!(check(&verify, "", "", "12 34"), vec![at(Field::Code, Say::CodeFormat)]);
        assert_eq!(check(&verify, "", "", " 012345 "), vec![]);
    }
}
