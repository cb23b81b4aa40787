//! Signing in and creating an account (R1): the screens, what is checked in what the applicant
//! typed, and the words, in Swedish and English. The reference backend's sign-in pages
//! (`crates/server/src/signin.rs`) show these; the store then decides.

pub mod origins;
mod words;

pub use words::Say;

use crate::basics::Millis;
use crate::run::validate::is_email;

pub const MIN_PASSWORD_LENGTH: usize = 10;
/// Wrong verification codes allowed before the code stops working.
pub const CODE_ATTEMPTS: u32 = 5;
/// How long a mailed code works: long enough to find the mail, short enough that an old mail
/// found later by someone else is useless.
pub const CODE_LIFETIME: Millis = 30 * MINUTE;
/// How long a code by text message works (two-step verification): it arrives within seconds.
pub const TEXT_CODE_LIFETIME: Millis = 10 * MINUTE;

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
    /// Whether `typed` is this mailed code at `now`. A wrong code counts against this one (the
    /// caller stores `failed + 1`).
    pub fn check(&self, typed: &str, now: Millis) -> Result<(), CodeRefusal> {
        self.check_within(typed, now, CODE_LIFETIME)
    }

    /// The same, for a code that works for `lifetime` (a text message's is shorter).
    pub fn check_within(&self, typed: &str, now: Millis, lifetime: Millis) -> Result<(), CodeRefusal> {
        if self.failed >= CODE_ATTEMPTS {
            return Err(CodeRefusal::UsedUp);
        }
        if now - self.sent_at >= lifetime {
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

/// A mobile phone number as typed (`070-123 45 67`, `+46 70 123 45 67`, `0046 70…`), in the
/// international form text messages are sent to (`+46701234567`); a number without a country
/// code is Swedish. `None` if it cannot be a phone number.
pub fn phone_number(typed: &str) -> Option<String> {
    let kept: String = typed.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.' | '\u{a0}')).collect();
    let international = if let Some(rest) = kept.strip_prefix('+') {
        rest.to_string()
    } else if let Some(rest) = kept.strip_prefix("00") {
        rest.to_string()
    } else if let Some(rest) = kept.strip_prefix('0') {
        format!("46{rest}")
    } else {
        return None;
    };
    let digits = international.bytes().all(|b| b.is_ascii_digit());
    (digits && (8..=15).contains(&international.len()) && !international.starts_with('0')).then(|| format!("+{international}"))
}

/// The end of a phone number, for saying where a code went without showing the whole number.
pub fn phone_ending(number: &str) -> String {
    number.chars().rev().take(2).collect::<Vec<_>>().into_iter().rev().collect()
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
    /// Two-step verification: the code sent by text message to the phone number ending so.
    SecondStep { phone_ending: String },
    /// The phone is lost: the code mailed instead, which turns two-step verification off.
    LostPhone,
    /// Signed in: a mobile phone number for two-step verification, and the password again.
    Phone,
    /// The code sent by text message to a new phone number, which confirms it; for a new
    /// account, two-step verification can also be left off.
    ConfirmPhone { phone_ending: String, new_account: bool },
    /// Signed in: the password again, to turn two-step verification off.
    TwoStepOff,
    /// The first sign-in with e-identification: the address for the agency's mail (R1, R9).
    EidEmail,
    /// The code mailed to that address, which confirms it.
    EidConfirm { email: String },
}

/// The ways to sign in with e-identification, each offered where the deployment configures it:
/// BankID through its own API, the others through an identity provider (OpenID Connect).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EidMethod {
    /// BankID on this device, and Mobile BankID on another: first in the service's order.
    BankId,
    /// Telia e-legitimation: shown only after "More alternatives" (the service's own order).
    Telia,
    /// E-tjänstelegitimation (SITHS, Efos) for municipalities, county councils and regions.
    Professional,
}

impl EidMethod {
    pub const ALL: [EidMethod; 3] = [EidMethod::BankId, EidMethod::Professional, EidMethod::Telia];

    /// The method's name in addresses and the deployment's configuration.
    pub fn name(self) -> &'static str {
        match self {
            EidMethod::BankId => "bankid",
            EidMethod::Telia => "telia",
            EidMethod::Professional => "professional",
        }
    }

    pub fn read(name: &str) -> Option<EidMethod> {
        EidMethod::ALL.into_iter().find(|method| method.name() == name)
    }
}

/// The fields of those screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Email,
    Password,
    Code,
    Phone,
}

impl Field {
    /// The input's DOM id, which the error summary links to.
    pub fn dom_id(self) -> &'static str {
        match self {
            Field::Email => "account-email",
            Field::Password => "account-password",
            Field::Code => "account-code",
            Field::Phone => "account-phone",
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
    /// A mobile phone number: `Some(true)` required, `Some(false)` optional.
    phone: Option<bool>,
    code: bool,
    /// A password: `Some(true)` a new one, judged by its length; `Some(false)` an existing one.
    password: Option<bool>,
}

impl Screen {
    fn asks(&self) -> Asks {
        let asks = |email, phone, code, password| Asks { email, phone, code, password };
        match self {
            Screen::SignIn => asks(true, None, false, Some(false)),
            Screen::CreateAccount => asks(true, Some(false), false, Some(true)),
            Screen::Verify { .. } | Screen::SecondStep { .. } | Screen::LostPhone | Screen::ConfirmPhone { .. } => asks(false, None, true, None),
            Screen::Forgot => asks(true, None, false, None),
            Screen::Reset => asks(false, None, true, Some(true)),
            Screen::Phone => asks(false, Some(true), false, Some(false)),
            Screen::TwoStepOff => asks(false, None, false, Some(false)),
            Screen::EidEmail => asks(true, None, false, None),
            Screen::EidConfirm { .. } => asks(false, None, true, None),
        }
    }
}

/// What the applicant typed on a screen (what it does not ask for is ignored).
#[derive(Clone, Copy, Debug, Default)]
pub struct Typed<'a> {
    pub email: &'a str,
    pub password: &'a str,
    pub code: &'a str,
    pub phone: &'a str,
}

/// What is wrong with what the applicant typed on `screen`, before sending it, in the order of
/// the screen's fields.
pub fn check(screen: &Screen, typed: &Typed) -> Vec<Problem> {
    let Typed { email, password, code, phone } = *typed;
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
    let phone = phone.trim();
    match asks.phone {
        Some(true) if phone.is_empty() => problems.push(at(Field::Phone, Say::EnterPhone)),
        Some(_) if !phone.is_empty() && phone_number(phone).is_none() => problems.push(at(Field::Phone, Say::PhoneFormat)),
        _ => {}
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
        let check = |screen: &Screen, email, password, code| super::check(screen, &Typed { email, password, code, phone: "" });
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
        let phone = |phone, password| super::check(&Screen::Phone, &Typed { phone, password, ..Typed::default() });
        assert_eq!(phone("", ""), vec![at(Field::Phone, Say::EnterPhone), at(Field::Password, Say::EnterPassword)]);
        assert_eq!(phone("70 123", "x"), vec![at(Field::Phone, Say::PhoneFormat)]);
        assert_eq!(phone("070-123 45 67", "x"), vec![], "the password again; not judged");
        assert_eq!(check(&Screen::SecondStep { phone_ending: "67".into() }, "", "", "12345"), vec![at(Field::Code, Say::CodeFormat)]);
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
    fn a_phone_number_is_read_as_people_write_it() {
        for typed in ["070-123 45 67", "+46 70 123 45 67", "0046701234567", "(070) 123.45.67"] {
            assert_eq!(phone_number(typed).as_deref(), Some("+46701234567"), "{typed}");
        }
        assert_eq!(phone_number("+358 40 123 4567").as_deref(), Some("+358401234567"), "another country");
        for not_a_number in ["", "70 123 45 67", "+46 70 12", "+46 70 123 45 67 89 01 2", "070-ABC", "+0701234567"] {
            assert_eq!(phone_number(not_a_number), None, "{not_a_number:?}");
        }
        assert_eq!(phone_ending("+46701234567"), "67");
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
        assert_eq!(code(0).check_within("012345", t0 + TEXT_CODE_LIFETIME - 1, TEXT_CODE_LIFETIME), Ok(()));
        assert_eq!(code(0).check_within("012345", t0 + TEXT_CODE_LIFETIME, TEXT_CODE_LIFETIME), Err(CodeRefusal::Expired), "a text message's code: 10 minutes");
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
