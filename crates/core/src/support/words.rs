//! The words of the status check, the support page and the signed-out page, in Swedish and
//! English, in the agency's wording where its pages have it (`../shared/seeds/`). Apart from the
//! app's catalogue (`messages::Ui`): the backend shows these pages, and the app need not carry
//! them. The feedback prompt's words are the app's too, so they are `Ui`'s.

use super::WallTime;
use crate::basics::text::Locale;

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
        use crate::messages::catalog::{page_words::key as k, say_page};
        let say = |key: usize, args: &[crate::messages::catalog::Arg]| say_page(locale, key, args);
        let key = match self {
            Tell::Registered { reference, at } => return say(k::REGISTERED, &[(&crate::basics::text::left_to_right(&reference, locale)).into(), (&at.date(locale)).into(), (&at.time(locale)).into()]),
            Tell::Decided { at } => return say(k::DECIDED, &[(&at.date(locale)).into()]),
            Tell::TryAgainAt { at, today: true } => return say(k::TRY_AGAIN_AT, &[(&at.time(locale)).into()]),
            Tell::TryAgainAt { at, today: false } => return say(k::TRY_AGAIN_ON, &[(&at.day_and_month(locale)).into(), (&at.time(locale)).into()]),
            Tell::TimeOnPages { minutes: (shortest, longest), extensions, continue_after } => {
                let time = if shortest == longest {
                    say(k::TIME_ON_EACH_PAGE, &[longest.into()])
                } else {
                    say(k::TIME_ON_PAGES_BETWEEN, &[shortest.into(), longest.into()])
                };
                return say(if continue_after { k::TIME_WARNED_CONTINUE } else { k::TIME_WARNED_SIGN_OUT }, &[(&time).into(), extensions.into()]);
            }
            Tell::DraftKept { hours } if hours % 24 == 0 && hours >= 72 => return say(k::DRAFT_KEPT_DAYS, &[(hours / 24).into()]),
            Tell::DraftKept { hours } => return say(k::DRAFT_KEPT_HOURS, &[hours.into()]),
            Tell::TimesIn { zone, offset } => return say(k::TIMES_IN, &[(&zone).into(), (&offset).into()]),
            Tell::CommentTooLong { max } => return say(k::COMMENT_TOO_LONG, &[max.into()]),
            Tell::StatusTitle => k::STATUS_TITLE,
            Tell::StatusIntro => k::STATUS_INTRO,
            Tell::ReferenceLabel => k::REFERENCE_LABEL,
            Tell::ReferenceHint => k::REFERENCE_HINT,
            Tell::DateOfBirthLabel => k::DATE_OF_BIRTH_LABEL,
            Tell::DateOfBirthHint => k::DATE_OF_BIRTH_HINT,
            Tell::CheckButton => k::CHECK_BUTTON,
            Tell::EnterReference => k::ENTER_REFERENCE,
            Tell::ReferenceFormat => k::REFERENCE_FORMAT,
            Tell::EnterDateOfBirth => k::ENTER_DATE_OF_BIRTH,
            Tell::DateOfBirthFormat => k::DATE_OF_BIRTH_FORMAT,
            Tell::DateOfBirthInPast => k::DATE_OF_BIRTH_IN_PAST,
            Tell::StatusResult => k::STATUS_RESULT,
            Tell::NotDecided => k::NOT_DECIDED,
            Tell::NotFound => k::NOT_FOUND,
            Tell::OrSignIn => k::OR_SIGN_IN,
            Tell::SupportTitle => k::SUPPORT_TITLE,
            Tell::SupportIntro => k::SUPPORT_INTRO,
            Tell::TryFirstTitle => k::TRY_FIRST_TITLE,
            Tell::TryFirstIntro => k::TRY_FIRST_INTRO,
            Tell::ResetTitle => k::SUPPORT_RESET_TITLE,
            Tell::ResetText => k::RESET_TEXT,
            Tell::ReloadTitle => k::RELOAD_TITLE,
            Tell::ReloadText => k::RELOAD_TEXT,
            Tell::NetworkTitle => k::NETWORK_TITLE,
            Tell::NetworkText => k::NETWORK_TEXT,
            Tell::QuestionsTitle => k::QUESTIONS_TITLE,
            Tell::AccountQuestion => k::ACCOUNT_QUESTION,
            Tell::AccountAnswer => k::ACCOUNT_ANSWER,
            Tell::EmailQuestion => k::EMAIL_QUESTION,
            Tell::EmailAnswer => k::EMAIL_ANSWER,
            Tell::TimeQuestion => k::TIME_QUESTION,
            Tell::BackQuestion => k::BACK_QUESTION,
            Tell::BackAnswer => k::BACK_ANSWER,
            Tell::KeptQuestion => k::KEPT_QUESTION,
            Tell::KeptAnswer => k::KEPT_ANSWER,
            Tell::ContinueQuestion => k::CONTINUE_QUESTION,
            Tell::ContinueAnswer => k::CONTINUE_ANSWER,
            Tell::PasswordQuestion => k::PASSWORD_QUESTION,
            Tell::PasswordAnswer => k::PASSWORD_ANSWER,
            Tell::PrintQuestion => k::PRINT_QUESTION,
            Tell::PrintAnswer => k::PRINT_ANSWER,
            Tell::ConfirmQuestion => k::CONFIRM_QUESTION,
            Tell::ConfirmAnswer => k::CONFIRM_ANSWER,
            Tell::StatusQuestion => k::STATUS_QUESTION,
            Tell::StatusAnswer => k::STATUS_ANSWER,
            Tell::CallTitle => k::CALL_TITLE,
            Tell::CallIntro => k::CALL_INTRO,
            Tell::PhoneNumberTitle => k::PHONE_NUMBER_TITLE,
            Tell::HoursTitle => k::HOURS_TITLE,
            Tell::EmailTitle => k::EMAIL_TITLE,
            Tell::EmailIntro => k::EMAIL_INTRO,
            Tell::EmailLink => k::EMAIL_LINK,
            Tell::FeedbackTitle => k::FEEDBACK_TITLE,
            Tell::BackToPage => k::BACK_TO_PAGE,
            Tell::FeedbackGone => k::FEEDBACK_GONE,
            Tell::SignedOutIntro => k::SIGNED_OUT_INTRO,
            Tell::SignInAgain => k::SIGN_IN_AGAIN,
            Tell::Forms => k::FORMS,
            Tell::FormsIntro => k::FORMS_INTRO,
        };
        say(key, &[])
    }
}
