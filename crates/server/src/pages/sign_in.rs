//! The sign-in pages as the applicant sees them: the ways to sign in, create an account, confirm
//! the address with the mailed code, with the problems found in what was sent (the GOV.UK error
//! pattern: a summary linking to each field, the message at the field, "Error:" in the title).
//! What happens on a post is `signin.rs`'s; the words are `blankett_core::account::Say`.

use super::{urlencode, Layout, Link};
use askama::Template;
use blankett_core::account::{EidMethod, Field, Problem, Say, Screen, Typed, MIN_PASSWORD_LENGTH};
use blankett_core::messages::Ui;
use blankett_core::support::Tell;
use blankett_core::basics::text::Locale;

#[derive(Template)]
#[template(path = "sign_in.html")]
pub struct SignInPage {
    pub layout: Layout,
    pub heading: String,
    pub notice: Option<String>,
    pub summary_title: String,
    pub error_label: String,
    pub problems: Vec<Listed>,
    pub sections: Vec<Section>,
}

/// A problem in the error summary: the field it links to and what to do.
pub struct Listed {
    pub target: &'static str,
    pub text: String,
}

/// A part of the page: a way to sign in, or the one form of a screen.
#[derive(Default)]
pub struct Section {
    pub title: Option<String>,
    pub paragraphs: Vec<String>,
    /// A value the applicant should see stand out (the address the code went to).
    pub strong: Option<String>,
    pub form: Option<FormView>,
    /// A way to sign in that leaves for an identity provider: a link that looks like a button.
    pub action_link: Option<Link>,
    /// A list after the paragraphs (what to check when a way to sign in fails).
    pub items: Vec<String>,
    pub links: Vec<Link>,
    /// Shown only once this button is pressed.
    pub more: Option<More>,
}

/// A disclosure that works without JavaScript: its button asks for the page with it open
/// (`more=1`); with JavaScript (`pages.js`) it opens in place. Either way the button says
/// whether it is open (`aria-expanded`).
pub struct More {
    pub label: String,
    pub open: bool,
    pub lang: String,
    pub next: String,
}

pub struct FormView {
    /// Where the form is posted: `/sign-in`, or `/account` for what a signed-in applicant changes.
    pub action: &'static str,
    pub screen: &'static str,
    pub next: String,
    pub fields: Vec<FieldView>,
    pub button: String,
    /// More submit buttons (`action=value`), such as "Send a new code"; the first button stays
    /// the one Enter presses.
    pub other_buttons: Vec<OtherButton>,
    pub links: Vec<Link>,
}

pub struct OtherButton {
    pub value: &'static str,
    pub label: String,
}

pub struct FieldView {
    pub id: &'static str,
    pub name: &'static str,
    pub label: String,
    pub hint: Option<String>,
    pub error: Option<String>,
    pub described_by: String,
    pub kind: &'static str,
    pub autocomplete: &'static str,
    pub value: String,
}

/// The name of a screen in the pages' addresses and forms.
pub fn screen_name(screen: &Screen) -> &'static str {
    match screen {
        Screen::SignIn => "sign-in",
        Screen::CreateAccount => "create",
        Screen::Verify { .. } => "verify",
        Screen::Forgot => "forgot",
        Screen::Reset => "reset",
        Screen::SecondStep { .. } => "second-step",
        Screen::LostPhone => "lost-phone",
        Screen::Phone => "phone",
        Screen::ConfirmPhone { .. } => "confirm-phone",
        Screen::TwoStepOff => "two-step-off",
        Screen::EidEmail => "eid-email",
        Screen::EidConfirm { .. } => "eid-confirm",
    }
}

fn title_of(screen: &Screen) -> Say {
    match screen {
        Screen::SignIn => Say::SignInTitle,
        Screen::CreateAccount => Say::CreateAccountTitle,
        Screen::Verify { .. } => Say::VerifyTitle,
        Screen::Forgot => Say::ForgotTitle,
        Screen::Reset => Say::ResetTitle,
        Screen::SecondStep { .. } => Say::SecondStepTitle,
        Screen::LostPhone => Say::LostPhoneTitle,
        Screen::Phone => Say::PhoneTitle,
        Screen::ConfirmPhone { .. } => Say::ConfirmPhoneTitle,
        Screen::TwoStepOff => Say::TwoStepOffTitle,
        Screen::EidEmail => Say::EidEmailTitle,
        Screen::EidConfirm { .. } => Say::VerifyTitle,
    }
}

/// Where a screen's form is posted and its own address: the account page's screens are
/// `/account`'s, every other one `/sign-in`'s.
fn page_of(screen: &Screen) -> &'static str {
    match screen {
        Screen::Phone | Screen::TwoStepOff => "/account",
        _ => "/sign-in",
    }
}

fn section(paragraphs: Vec<String>, strong: Option<String>, form: FormView) -> Section {
    Section { paragraphs, strong, form: Some(form), ..Section::default() }
}

/// One screen of the sign-in pages. `typed` is what the applicant typed (shown again after a
/// problem: the address and the phone number, never a password or a code); `next` where signing
/// in leads.
/// The ways to sign in this deployment offers beside username and password (each with whether it
/// is a test provider), and whether "More alternatives" is open.
#[derive(Clone, Debug, Default)]
pub struct Chooser {
    pub offered: Vec<(EidMethod, bool)>,
    pub more_open: bool,
}

pub fn page(screen: &Screen, typed: &Typed, next: &str, problems: &[Problem], notice: Option<Say>, chooser: &Chooser, locale: &Locale) -> SignInPage {
    let offered = &chooser.offered;
    let say = |text: Say| text.text(locale);
    // Reached from a form, the page's first sentence names it instead of "the application".
    let (notice, intro) = match notice {
        Some(Say::SignInToFill { form }) => (None, Say::SignInToFill { form }),
        notice => (notice, Say::SignInIntro),
    };
    // A test provider says so, so that nobody takes it for the real one.
    let tested = |title: String, test: bool| if test { format!("{title} {}", say(Say::TestProvider)) } else { title };
    let eid_link = |method: EidMethod, text: Say| Link { href: format!("/sign-in/eid/{}?lang={}&next={}", method.name(), locale.code(), urlencode(next)), text: say(text) };
    let address = |screen: &str, code: &str| format!("/sign-in?screen={screen}&lang={code}&next={}", urlencode(next));
    let field = |which: Field, label: Say, hint: Option<Say>, kind: &'static str, autocomplete: &'static str, value: &str| {
        let id = which.dom_id();
        let error = problems.iter().find(|p| p.field == Some(which)).map(|p| say(p.text.clone()));
        let described_by = [hint.as_ref().map(|_| format!("{id}-hint")), error.as_ref().map(|_| format!("{id}-error"))].into_iter().flatten().collect::<Vec<_>>().join(" ");
        let name = match which {
            Field::Email => "email",
            Field::Password => "password",
            Field::Code => "code",
            Field::Phone => "phone",
        };
        FieldView { id, name, label: say(label), hint: hint.map(say), error, described_by, kind, autocomplete, value: value.to_string() }
    };
    let link = |text: Say, screen: &str| Link { href: address(screen, locale.code()), text: say(text) };
    let to_account = || Link { href: format!("/account?lang={}&next={}", locale.code(), urlencode(next)), text: say(Say::ToAccount) };
    let form = |fields: Vec<FieldView>, button: Say, other_buttons: Vec<(&'static str, Say)>, links: Vec<Link>| FormView {
        action: page_of(screen),
        screen: screen_name(screen),
        next: next.to_string(),
        fields,
        button: say(button),
        other_buttons: other_buttons.into_iter().map(|(value, label)| OtherButton { value, label: say(label) }).collect(),
        links,
    };
    let code_field = || field(Field::Code, Say::CodeLabel, None, "text", "one-time-code", "");
    let new_password = || field(Field::Password, Say::NewPasswordLabel, Some(Say::NewPasswordHint { min: MIN_PASSWORD_LENGTH }), "password", "new-password", "");
    let phone = |hint: Option<Say>| field(Field::Phone, Say::PhoneLabel, hint, "tel", "tel", typed.phone);
    let sections = match screen {
        // The ways to sign in, in the order the service's pages give them; each one the
        // deployment offers. Today: username and password, and Foreign eID's explanation.
        Screen::SignIn => vec![Section { paragraphs: vec![say(intro.clone()), Tell::StatusIntro.text(locale)], links: vec![check_application(locale)], ..Section::default() }]
            .into_iter()
            .chain(offered.iter().find(|(method, _)| *method == EidMethod::BankId).map(|(_, test)| {
                let start = |device: &str, text: Say| Link { href: format!("/sign-in/bankid/start?device={device}&lang={}&next={}", locale.code(), urlencode(next)), text: say(text) };
                Section {
                    title: Some(tested(say(Say::BankIdTitle), *test)),
                    paragraphs: vec![say(Say::BankIdHelp)],
                    action_link: Some(start("this", Say::BankIdThisDevice)),
                    links: vec![start("other", Say::BankIdOtherDevice)],
                    ..Section::default()
                }
            }))
            .chain([Section {
                title: Some(say(Say::PasswordMethodTitle)),
                paragraphs: vec![say(Say::PasswordMethodHelp)],
                form: Some(form(
                    vec![field(Field::Email, Say::EmailOrUsernameLabel, None, "text", "username", typed.email), field(Field::Password, Say::PasswordLabel, None, "password", "current-password", "")],
                    Say::SignInButton,
                    Vec::new(),
                    vec![link(Say::NoAccountYet, "create"), link(Say::ForgotLink, "forgot")],
                )),
                ..Section::default()
            }])
        .chain(offered.iter().find(|(method, _)| *method == EidMethod::Professional).map(|(_, test)| Section {
            title: Some(tested(say(Say::ProfessionalTitle), *test)),
            paragraphs: vec![say(Say::ProfessionalHelp), say(Say::ProfessionalChecklistIntro)],
            action_link: Some(eid_link(EidMethod::Professional, Say::ProfessionalButton)),
            items: say(Say::ProfessionalChecklist).lines().map(str::to_string).chain([say(Say::ProfessionalStillProblems)]).collect(),
            ..Section::default()
        }))
        .chain([Section {
            title: Some(say(Say::ForeignEidTitle)),
            paragraphs: vec![say(Say::ForeignEidIntro)],
            links: vec![Link { href: format!("/sign-in/foreign-eid?lang={}&next={}", locale.code(), urlencode(next)), text: say(Say::ForeignEidLink) }],
            ..Section::default()
        }])
        .chain(offered.iter().find(|(method, _)| *method == EidMethod::Telia).map(|(_, test)| Section {
            title: Some(tested(say(Say::TeliaTitle), *test)),
            paragraphs: vec![say(Say::TeliaHelp)],
            action_link: Some(eid_link(EidMethod::Telia, Say::TeliaButton)),
            more: Some(More { label: say(Say::MoreAlternatives), open: chooser.more_open, lang: locale.code().to_string(), next: next.to_string() }),
            ..Section::default()
        }))
        .collect(),
        Screen::CreateAccount => vec![section(
            Vec::new(),
            None,
            form(
                vec![
                    field(Field::Email, Say::EmailLabel, Some(Say::EmailCannotChange), "email", "email", typed.email),
                    field(Field::Password, Say::PasswordLabel, Some(Say::NewPasswordHint { min: MIN_PASSWORD_LENGTH }), "password", "new-password", ""),
                    phone(Some(Say::PhoneHint)),
                ],
                Say::CreateAccountButton,
                Vec::new(),
                vec![link(Say::HaveAccount, "sign-in")],
            ),
        )],
        Screen::Verify { email } => vec![section(
            vec![say(Say::VerifyIntro)],
            Some(email.clone()),
            form(vec![code_field()], Say::VerifyButton, vec![("new-code", Say::NewCodeButton)], vec![link(Say::HaveAccount, "sign-in")]),
        )],
        Screen::Forgot => vec![section(
            vec![say(Say::ForgotIntro)],
            None,
            form(vec![field(Field::Email, Say::EmailLabel, None, "email", "email", typed.email)], Say::ForgotButton, Vec::new(), vec![link(Say::BackToSignIn, "sign-in")]),
        )],
        Screen::Reset => vec![section(
            vec![say(Say::ResetIntro)],
            None,
            form(vec![code_field(), new_password()], Say::ResetButton, Vec::new(), vec![link(Say::NewCodeButton, "forgot"), link(Say::BackToSignIn, "sign-in")]),
        )],
        Screen::SecondStep { phone_ending } => vec![section(
            vec![say(Say::SecondStepIntro { ending: phone_ending.clone() })],
            None,
            form(vec![code_field()], Say::SignInButton, vec![("new-code", Say::NewCodeButton), ("lost-phone", Say::NoTextMessages)], vec![link(Say::BackToSignIn, "sign-in")]),
        )],
        Screen::LostPhone => vec![section(
            vec![say(Say::LostPhoneIntro)],
            None,
            form(vec![code_field()], Say::LostPhoneButton, vec![("new-code", Say::NewCodeButton)], vec![link(Say::BackToSignIn, "sign-in")]),
        )],
        Screen::Phone => vec![section(
            vec![say(Say::TwoStepHelp)],
            None,
            form(vec![phone(None), field(Field::Password, Say::PasswordAgainLabel, None, "password", "current-password", "")], Say::ForgotButton, Vec::new(), vec![to_account()]),
        )],
        Screen::ConfirmPhone { phone_ending, new_account } => {
            let mut others = vec![("new-code", Say::NewCodeButton)];
            if *new_account {
                others.push(("skip", Say::SkipTwoStep));
            }
            let links = if *new_account { Vec::new() } else { vec![to_account()] };
            vec![section(vec![say(Say::ConfirmPhoneIntro { ending: phone_ending.clone() })], None, form(vec![code_field()], Say::ConfirmPhoneButton, others, links))]
        }
        Screen::EidEmail => vec![section(
            vec![say(Say::EidEmailIntro)],
            None,
            form(vec![field(Field::Email, Say::EmailLabel, Some(Say::EmailCannotChange), "email", "email", typed.email)], Say::EidEmailButton, Vec::new(), vec![link(Say::BackToSignIn, "sign-in")]),
        )],
        Screen::EidConfirm { email } => vec![section(
            vec![say(Say::VerifyIntro)],
            Some(email.clone()),
            form(vec![code_field()], Say::VerifyButton, vec![("new-code", Say::NewCodeButton)], vec![link(Say::BackToSignIn, "sign-in")]),
        )],
        Screen::TwoStepOff => vec![section(
            vec![say(Say::TwoStepOffIntro)],
            None,
            form(vec![field(Field::Password, Say::PasswordAgainLabel, None, "password", "current-password", "")], Say::TwoStepOffButton, Vec::new(), vec![to_account()]),
        )],
    };
    let title = say(title_of(screen));
    let page_title = if problems.is_empty() { title.clone() } else { Ui::ErrorTitlePrefix.text(locale) + &title };
    let current = screen_name(screen);
    let own = page_of(screen);
    SignInPage {
        layout: Layout::new(locale, page_title, |code| format!("{own}?screen={current}&lang={code}&next={}", urlencode(next))),
        heading: title,
        notice: notice.filter(|_| problems.is_empty()).map(say),
        summary_title: Ui::ErrorSummaryTitle.text(locale),
        error_label: Ui::ErrorLabel.text(locale),
        problems: problems.iter().map(|problem| Listed { target: problem.field.map_or("page-heading", Field::dom_id), text: say(problem.text.clone()) }).collect(),
        sections,
    }
}

/// "Your account": the address (which cannot change) and two-step verification, on or off, with
/// what can be done about it; `phone` is the number codes go to, if it is on.
pub fn account(email: &str, phone: Option<&str>, next: &str, notice: Option<Say>, locale: &Locale) -> SignInPage {
    let say = |text: Say| text.text(locale);
    let address = |screen: &str| format!("/account?screen={screen}&lang={}&next={}", locale.code(), urlencode(next));
    let (status, links) = match phone {
        Some(phone) => (
            Say::TwoStepIsOn { ending: blankett_core::account::phone_ending(phone) },
            vec![Link { href: address("phone"), text: say(Say::ChangePhone) }, Link { href: address("two-step-off"), text: say(Say::TurnOffTwoStep) }],
        ),
        None => (Say::TwoStepIsOff, vec![Link { href: address("phone"), text: say(Say::TurnOnTwoStep) }]),
    };
    let mut sections = vec![
        Section { paragraphs: vec![say(Say::AccountEmail)], strong: Some(email.to_string()), ..Section::default() },
        Section { title: Some(say(Say::TwoStepTitle)), paragraphs: vec![say(Say::TwoStepHelp), say(status)], links, ..Section::default() },
    ];
    if next != "/" {
        sections.push(Section { links: vec![Link { href: next.to_string(), text: say(Say::ContinueToApplication) }], ..Section::default() });
    }
    SignInPage {
        layout: Layout::new(locale, say(Say::AccountTitle), |code| format!("/account?lang={code}&next={}", urlencode(next))),
        heading: say(Say::AccountTitle),
        notice: notice.map(say),
        summary_title: String::new(),
        error_label: String::new(),
        problems: Vec::new(),
        sections,
    }
}

/// Foreign eID, as the service's sign-in page describes it: e-identification needs a Swedish
/// personal identity number, so no international e-ID can be used; what to do instead.
pub fn foreign_eid(next: &str, locale: &Locale) -> SignInPage {
    let say = |text: Say| text.text(locale);
    let address = |screen: &str| format!("/sign-in?screen={screen}&lang={}&next={}", locale.code(), urlencode(next));
    SignInPage {
        layout: Layout::new(locale, say(Say::ForeignEidTitle), |code| format!("/sign-in/foreign-eid?lang={code}&next={}", urlencode(next))),
        heading: say(Say::ForeignEidTitle),
        notice: None,
        summary_title: String::new(),
        error_label: String::new(),
        problems: Vec::new(),
        sections: vec![Section {
            paragraphs: vec![say(Say::ForeignEidIntro), say(Say::ForeignEidPage), say(Say::ForeignEidWhatToDo)],
            links: vec![Link { href: address("create"), text: say(Say::NoAccountYet) }, check_application(locale), Link { href: address("sign-in"), text: say(Say::BackToSignIn) }],
            ..Section::default()
        }],
    }
}

/// R12: the way to an application's status for whoever cannot sign in.
fn check_application(locale: &Locale) -> Link {
    Link { href: format!("/status?lang={}", locale.code()), text: Ui::CheckApplication.text(locale) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use blankett_core::account::check;

    #[test]
    fn problems_are_shown_at_their_fields_and_text_is_escaped() {
        let problems = check(&Screen::CreateAccount, &blankett_core::account::Typed { email: "<b>@x", password: "short", ..Default::default() });
        let typed = blankett_core::account::Typed { email: "<b>@x", ..Default::default() };
        let html = page(&Screen::CreateAccount, &typed, "/forms/a?b=<c>", &problems, None, &Chooser::default(), &Locale::new("en")).render().unwrap();
        assert!(html.contains("<title>Error: Create an account – Blankett</title>"), "{html}");
        assert!(html.contains("<a href=\"#account-email\">Enter the email address in the right format"));
        assert!(html.contains("aria-describedby=\"account-email-hint account-email-error\" aria-invalid=\"true\" value=\"&#60;b&#62;@x\""), "{html}");
        assert!(!html.contains("<b>"));
        assert!(html.contains("name=\"next\" value=\"/forms/a?b=&#60;c&#62;\""), "{html}");
    }
}
