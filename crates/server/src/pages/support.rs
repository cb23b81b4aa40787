//! The support page (R13, R14), in the order of the agency's page: what to try first, the common
//! questions (each form's own time limits and how long its drafts are kept, from the form), and
//! the contacts the deployment configured. And the page after signing out.

use super::{Layout, Link};
use askama::Template;
use blankett_core::messages::Ui;
use blankett_core::support::contacts::Contacts;
use blankett_core::support::questions::FormFacts;
use blankett_core::support::Tell;
use blankett_core::basics::text::Locale;

#[derive(Template)]
#[template(path = "support.html")]
pub struct SupportPage {
    pub layout: Layout,
    pub intro: String,
    pub try_first: String,
    pub try_first_intro: String,
    /// Whether this device's saved data was just reset.
    pub reset_done: Option<String>,
    pub tips: Vec<Question>,
    pub reset_button: String,
    pub questions_title: String,
    pub questions: Vec<Question>,
    pub call: Option<Call>,
    pub email: Option<Email>,
}

/// A heading and its answer: paragraphs, then a list, then a link.
pub struct Question {
    pub title: String,
    pub paragraphs: Vec<String>,
    pub items: Vec<String>,
    pub link: Option<Link>,
}

pub struct Call {
    pub title: String,
    pub intro: String,
    pub number_title: String,
    pub number: Option<(String, String)>,
    pub hours_title: String,
    pub hours: Vec<String>,
    pub zone: String,
}

pub struct Email {
    pub title: String,
    pub intro: String,
    pub link: Link,
}

/// The service's time zone as the page says it: its name and its offset from UTC now.
pub struct Zone {
    pub name: String,
    pub offset: String,
}

fn question(title: Tell, answer: Tell, locale: &Locale) -> Question {
    Question { title: title.text(locale), paragraphs: vec![answer.text(locale)], items: Vec::new(), link: None }
}

pub fn page(contacts: &Contacts, forms: &[FormFacts], zone: &Zone, reset_done: bool, locale: &Locale) -> SupportPage {
    let tell = |text: Tell| text.text(locale);
    let code = locale.code();
    let per_form = |say: &dyn Fn(&FormFacts) -> Tell| forms.iter().map(|form| format!("{}: {}", form.title.get(locale), say(form).text(locale))).collect::<Vec<_>>();
    let link = |href: String, text: String| Some(Link { href, text });
    let questions = vec![
        question(Tell::AccountQuestion, Tell::AccountAnswer, locale),
        question(Tell::EmailQuestion, Tell::EmailAnswer, locale),
        Question { title: tell(Tell::TimeQuestion), paragraphs: Vec::new(), items: per_form(&FormFacts::time_on_pages), link: None },
        question(Tell::BackQuestion, Tell::BackAnswer, locale),
        Question { items: per_form(&FormFacts::kept), ..question(Tell::KeptQuestion, Tell::KeptAnswer, locale) },
        question(Tell::ContinueQuestion, Tell::ContinueAnswer, locale),
        Question { link: link(format!("/sign-in?screen=forgot&lang={code}"), blankett_core::account::Say::ForgotLink.text(locale)), ..question(Tell::PasswordQuestion, Tell::PasswordAnswer, locale) },
        question(Tell::PrintQuestion, Tell::PrintAnswer, locale),
        question(Tell::ConfirmQuestion, Tell::ConfirmAnswer, locale),
        Question { link: link(format!("/status?lang={code}"), Ui::CheckApplication.text(locale)), ..question(Tell::StatusQuestion, Tell::StatusAnswer, locale) },
    ];
    let call = (contacts.phone.is_some() || !contacts.hours.is_empty()).then(|| Call {
        title: tell(Tell::CallTitle),
        intro: tell(Tell::CallIntro),
        number_title: tell(Tell::PhoneNumberTitle),
        number: contacts.phone.as_ref().map(|phone| (format!("tel:{}", phone.dialled), phone.shown.clone())),
        hours_title: tell(Tell::HoursTitle),
        hours: contacts.hours.iter().map(|hours| hours.text(locale)).collect(),
        zone: tell(Tell::TimesIn { zone: zone.name.clone(), offset: zone.offset.clone() }),
    });
    let email = contacts.email.as_ref().map(|address| Email {
        title: tell(Tell::EmailTitle),
        intro: tell(Tell::EmailIntro),
        link: Link { href: format!("mailto:{address}"), text: format!("{}: {address}", tell(Tell::EmailLink)) },
    });
    SupportPage {
        layout: Layout::new(locale, tell(Tell::SupportTitle), |code| format!("/support?lang={code}")),
        intro: tell(Tell::SupportIntro),
        try_first: tell(Tell::TryFirstTitle),
        try_first_intro: tell(Tell::TryFirstIntro),
        reset_done: reset_done.then(|| Ui::ResetDone.text(locale)),
        tips: vec![question(Tell::ResetTitle, Tell::ResetText, locale), question(Tell::ReloadTitle, Tell::ReloadText, locale), question(Tell::NetworkTitle, Tell::NetworkText, locale)],
        reset_button: Ui::ResetDevice.text(locale),
        questions_title: tell(Tell::QuestionsTitle),
        questions,
        call,
        email,
    }
}

#[derive(Template)]
#[template(path = "signed_out.html")]
pub struct SignedOutPage {
    pub layout: Layout,
    pub paragraphs: Vec<String>,
    pub sign_in: Link,
}

/// After signing out: what is kept, and (as the agency's page says) to close the browser on a
/// public computer.
pub fn signed_out(locale: &Locale) -> SignedOutPage {
    SignedOutPage {
        layout: Layout::new(locale, Ui::SignedOutTitle.text(locale), |code| format!("/signed-out?lang={code}")),
        paragraphs: vec![Tell::SignedOutIntro.text(locale), Ui::PublicComputer.text(locale)],
        sign_in: Link { href: format!("/sign-in?lang={}", locale.code()), text: Tell::SignInAgain.text(locale) },
    }
}
