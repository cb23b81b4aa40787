//! Every word the engine itself shows an applicant, by area: the words around a form ([`Ui`],
//! here), problems with an answer ([`Message`], `problems.rs`) and what a document question takes
//! (`documents.rs`). The words themselves are in the catalogs (`catalogs/*.ftl`, one per
//! language, read by `catalog.rs`); these types name what is said and with which values.
//!
//! Messages tell the applicant what to do, not only what is wrong (GOV.UK's error-message
//! guidance), because many applicants read them in a second language.

use crate::basics::text::Locale;

pub mod catalog;
mod documents;
mod problems;

pub use catalog::{say, words};

pub use documents::{document_hint, document_rules, file_size, type_names};
pub use problems::Message;

/// The words around a form: buttons, headings, status lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ui {
    AppName,
    Loading,
    Next,
    Back,
    StepOf { step: usize, total: usize },
    ErrorSummaryTitle,
    ErrorTitlePrefix,
    Optional,
    Choose,
    /// The three fields of a memorable date.
    Day,
    Month,
    Year,
    Yes,
    No,
    AddEntry,
    RemoveEntry,
    NoEntries,
    /// Under a repeating group with a maximum, before and once that many are added.
    EntriesAtMost { max: u32 },
    Language,
    SchemaHasIssues { count: usize },
    SchemaIssuesIntro,
    BackToForms,
    FormNotFound,
    RequestFailed,
    NetworkFailed,
    TryAgain,
    CheckAnswers,
    CheckAnswersIntro,
    KindOther,
    ErrorLabel,
    // Documents (issue 7).
    ChooseFile,
    /// Followed by the file's name.
    Uploading,
    Percent { percent: u32 },
    // Requests to the backend and what a refusal means.
    SignedOut,
    DraftNotFound,
    DraftExpired,
    DraftLocked,
    DraftStale,
    TooManyAttempts { minutes: u64 },
    Saving,
    SignOut,
    SignInNewTab,
    // Time limits (R2, R10).
    TimeLeftOnPage,
    TimeLeft,
    Announce(crate::timing::Announcement),
    PageTimeWarningTitle,
    PageTimeWarningBody { minutes: u32 },
    NoMoreTime,
    InactivityWarningTitle,
    InactivityWarningBody,
    MoreTime,
    StaySignedIn,
    Close,
    SignedOutTitle,
    PageTimeRanOut,
    InactiveSignedOut,
    SignedOutElsewhere,
    SignInToContinue,
    /// A form in another site's page, with nobody signed in (the widget only).
    #[cfg(feature = "embedding")]
    SignInFirst,
    #[cfg(feature = "embedding")]
    SignInToStart,
    PageTimeRestarted { minutes: u32 },
    // Keeping answers (issue 6: R3, R4, R5, R13).
    Resumed,
    Offline,
    OfflineKeepOpen,
    DeviceStorageFailed,
    ResetDevice,
    ResetDone,
    // The pages around the forms (issue 16: R12, R14).
    Support,
    CheckApplication,
    PageHelpful,
    FeedbackThanks,
    FeedbackComment,
    FeedbackNoPersonalData,
    SendComment,
    PublicComputer,
    OpenElsewhere,
    TakenOver,
    EditHere,
    KeepMine,
    ShowSaved,
    // Check answers, print, confirm (issue 7: R7, R8, R9).
    Change,
    NotAnswered,
    Print,
    SendHeading,
    DeclarationDefault,
    ConfirmWarning,
    Confirm,
    DeclarationRequired,
    Sending,
    Incomplete,
    ReceiptTitle,
    YourReference,
    ReceiptEmail,
    ReceiptNext,
    Applicant,
    PrintedOn,
    Reference,
    NotSentYet,
}

impl Ui {
    pub fn text(self, locale: &Locale) -> String {
        use catalog::key as k;
        let key = match self {
            Ui::AppName => k::APP_NAME,
            Ui::Loading => k::LOADING,
            Ui::Next => k::NEXT,
            Ui::Back => k::BACK,
            Ui::StepOf { step, total } => return say(locale, k::STEP_OF, &[step.into(), total.into()]),
            Ui::ErrorSummaryTitle => k::ERROR_SUMMARY_TITLE,
            Ui::ErrorTitlePrefix => k::ERROR_TITLE_PREFIX,
            Ui::Optional => k::OPTIONAL,
            Ui::Choose => k::CHOOSE,
            Ui::Day => k::DAY,
            Ui::Month => k::MONTH,
            Ui::Year => k::YEAR,
            Ui::Yes => k::YES,
            Ui::No => k::NO,
            Ui::AddEntry => k::ADD_ENTRY,
            Ui::RemoveEntry => k::REMOVE_ENTRY,
            Ui::NoEntries => k::NO_ENTRIES,
            Ui::EntriesAtMost { max } => return say(locale, k::ENTRIES_AT_MOST, &[max.into()]),
            Ui::Language => k::LANGUAGE,
            Ui::SchemaHasIssues { count } => return say(locale, k::SCHEMA_HAS_ISSUES, &[count.into()]),
            Ui::SchemaIssuesIntro => k::SCHEMA_ISSUES_INTRO,
            Ui::BackToForms => k::BACK_TO_FORMS,
            Ui::FormNotFound => k::FORM_NOT_FOUND,
            Ui::RequestFailed => k::REQUEST_FAILED,
            Ui::NetworkFailed => k::NETWORK_FAILED,
            Ui::TryAgain => k::TRY_AGAIN,
            Ui::CheckAnswers => k::CHECK_ANSWERS,
            Ui::CheckAnswersIntro => k::CHECK_ANSWERS_INTRO,
            Ui::KindOther => k::KIND_OTHER,
            Ui::ErrorLabel => k::ERROR_LABEL,
            Ui::ChooseFile => k::CHOOSE_FILE,
            Ui::Uploading => k::UPLOADING,
            Ui::Percent { percent } => return say(locale, k::PERCENT, &[percent.into()]),
            Ui::SignedOut => k::SIGNED_OUT,
            Ui::DraftNotFound => k::DRAFT_NOT_FOUND,
            Ui::DraftExpired => k::DRAFT_EXPIRED,
            Ui::DraftLocked => k::DRAFT_LOCKED,
            Ui::DraftStale => k::DRAFT_STALE,
            Ui::TooManyAttempts { minutes } => return say(locale, k::TOO_MANY_ATTEMPTS, &[minutes.into()]),
            Ui::Saving => k::SAVING,
            Ui::SignOut => k::SIGN_OUT,
            Ui::SignInNewTab => k::SIGN_IN_NEW_TAB,
            Ui::TimeLeftOnPage => k::TIME_LEFT_ON_PAGE,
            Ui::TimeLeft => k::TIME_LEFT,
            Ui::Announce(said) => match said.reason {
                crate::timing::Reason::PageTime => return say(locale, k::TIME_LEFT_ANNOUNCED, &[said.minutes.into(), said.seconds.into()]),
                crate::timing::Reason::Inactivity => return say(locale, k::SIGN_OUT_ANNOUNCED, &[said.minutes.into(), said.seconds.into()]),
            },
            Ui::PageTimeWarningTitle => k::PAGE_TIME_WARNING_TITLE,
            Ui::PageTimeWarningBody { minutes } => return say(locale, k::PAGE_TIME_WARNING_BODY, &[minutes.into()]),
            Ui::NoMoreTime => k::NO_MORE_TIME,
            Ui::InactivityWarningTitle => k::INACTIVITY_WARNING_TITLE,
            Ui::InactivityWarningBody => k::INACTIVITY_WARNING_BODY,
            Ui::MoreTime => k::MORE_TIME,
            Ui::StaySignedIn => k::STAY_SIGNED_IN,
            Ui::Close => k::CLOSE,
            Ui::SignedOutTitle => k::SIGNED_OUT_TITLE,
            Ui::PageTimeRanOut => k::PAGE_TIME_RAN_OUT,
            Ui::InactiveSignedOut => k::INACTIVE_SIGNED_OUT,
            Ui::SignedOutElsewhere => k::SIGNED_OUT_ELSEWHERE,
            Ui::SignInToContinue => k::SIGN_IN_TO_CONTINUE,
            #[cfg(feature = "embedding")]
            Ui::SignInFirst => k::WIDGET_SIGN_IN_FIRST,
            #[cfg(feature = "embedding")]
            Ui::SignInToStart => k::WIDGET_SIGN_IN,
            Ui::PageTimeRestarted { minutes } => return say(locale, k::PAGE_TIME_RESTARTED, &[minutes.into()]),
            Ui::Resumed => k::RESUMED,
            Ui::Offline => k::OFFLINE,
            Ui::OfflineKeepOpen => k::OFFLINE_KEEP_OPEN,
            Ui::DeviceStorageFailed => k::DEVICE_STORAGE_FAILED,
            Ui::ResetDevice => k::RESET_DEVICE,
            Ui::Support => k::SUPPORT,
            Ui::CheckApplication => k::CHECK_APPLICATION,
            Ui::PageHelpful => k::PAGE_HELPFUL,
            Ui::FeedbackThanks => k::FEEDBACK_THANKS,
            Ui::FeedbackComment => k::FEEDBACK_COMMENT,
            Ui::FeedbackNoPersonalData => k::FEEDBACK_NO_PERSONAL_DATA,
            Ui::SendComment => k::SEND_COMMENT,
            Ui::PublicComputer => k::PUBLIC_COMPUTER,
            Ui::ResetDone => k::RESET_DONE,
            Ui::OpenElsewhere => k::OPEN_ELSEWHERE,
            Ui::TakenOver => k::TAKEN_OVER,
            Ui::EditHere => k::EDIT_HERE,
            Ui::KeepMine => k::KEEP_MINE,
            Ui::ShowSaved => k::SHOW_SAVED,
            Ui::Change => k::CHANGE,
            Ui::NotAnswered => k::NOT_ANSWERED,
            Ui::Print => k::PRINT,
            Ui::SendHeading => k::SEND_HEADING,
            Ui::DeclarationDefault => k::DECLARATION_DEFAULT,
            Ui::ConfirmWarning => k::CONFIRM_WARNING,
            Ui::Confirm => k::CONFIRM,
            Ui::DeclarationRequired => k::DECLARATION_REQUIRED,
            Ui::Sending => k::SENDING,
            Ui::Incomplete => k::INCOMPLETE,
            Ui::ReceiptTitle => k::RECEIPT_TITLE,
            Ui::YourReference => k::YOUR_REFERENCE,
            Ui::ReceiptEmail => k::RECEIPT_EMAIL,
            Ui::ReceiptNext => k::RECEIPT_NEXT,
            Ui::Applicant => k::APPLICANT,
            Ui::PrintedOn => k::PRINTED_ON,
            Ui::Reference => k::REFERENCE,
            Ui::NotSentYet => k::NOT_SENT_YET,
        };
        say(locale, key, &[])
    }
}

/// A sentence around a date or time, which is already written the applicant's way (the
/// browser's Intl does that).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dated {
    /// After a time-out: "Your answers are saved and kept until 21 December 2026, 14:32."
    AnswersKeptUntil,
    /// On every page of a draft (R4).
    DraftKeptUntil,
    /// The last save, by the page's heading.
    SavedAt,
    /// The draft the applicant had was deleted by the retention rule (R4).
    ExpiredOn,
    SentOn,
}

pub fn dated(sentence: Dated, date: &str, locale: &Locale) -> String {
    use catalog::key as k;
    let key = match sentence {
        Dated::AnswersKeptUntil => k::ANSWERS_KEPT_UNTIL,
        Dated::DraftKeptUntil => k::DRAFT_KEPT_UNTIL,
        Dated::SavedAt => k::SAVED_AT,
        Dated::SentOn => k::SENT_ON,
        Dated::ExpiredOn => k::EXPIRED_ON,
    };
    say(locale, key, &[date.into()])
}

/// A time left as a clock shows it: `29:41`, `0:07`.
pub fn clock(millis: crate::basics::Millis) -> String {
    let seconds = (millis.max(0) + 999) / 1000;
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basics::text::Text;
    use crate::schema::DocumentRefusal;

    #[test]
    fn time_left_reads_as_a_clock_and_as_words() {
        use crate::timing::{Announcement, Reason};
        assert_eq!(clock(29 * 60_000 + 41_000), "29:41");
        assert_eq!(clock(6_001), "0:07", "a started second counts, so the clock reaches 0:00 only at the end");
        assert_eq!(clock(-5), "0:00");
        let en = Locale::new("en");
        let sv = Locale::new("sv");
        let page = |minutes, seconds| Ui::Announce(Announcement { reason: Reason::PageTime, minutes, seconds });
        assert_eq!(page(5, 0).text(&en), "5 minutes left on this page");
        assert_eq!(page(1, 0).text(&sv), "1 minut kvar på sidan");
        assert_eq!(page(0, 40).text(&en), "40 seconds left on this page");
        let out = Ui::Announce(Announcement { reason: Reason::Inactivity, minutes: 0, seconds: 20 });
        assert_eq!(out.text(&sv), "Du loggas ut om 20 sekunder");
        assert_eq!(dated(Dated::AnswersKeptUntil, "21 december 2026", &sv), "Dina svar är sparade och finns kvar till 21 december 2026.");
        assert_eq!(dated(Dated::DraftKeptUntil, "21 December 2026", &en), "Your draft is kept until 21 December 2026. Each save keeps it longer.");
        assert_eq!(dated(Dated::SavedAt, "14:32", &en), "Saved at 14:32.", "a sentence: another follows it");
    }

    #[test]
    fn document_limits_read_in_plain_words() {
        use crate::schema::DocumentLimits;
        let (en, sv) = (Locale::new("en"), Locale::new("sv"));
        let types = |t: &[&str]| t.iter().map(|t| t.to_string()).collect::<Vec<_>>();
        let usual = types(&["application/pdf", "image/jpeg", "image/png"]);
        assert_eq!(type_names(&usual, &en), "PDF, JPEG or PNG");
        assert_eq!(type_names(&usual, &sv), "PDF, JPEG eller PNG");
        assert_eq!(type_names(&types(&["application/pdf", "image/png"]), &en), "PDF or PNG");
        assert_eq!(type_names(&types(&["image/x-png"]), &en), "PNG");
        let word = types(&["application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/heic"]);
        assert_eq!(type_names(&word, &en), "Word or HEIC", "one name for both Word types");

        assert_eq!(file_size(10 * 1024 * 1024, &en), "10 MB");
        assert_eq!(file_size(100 * 1024, &en), "100 KB");
        assert_eq!(file_size(100 * 1024 + 1, &en), "101 KB", "over a limit is never shown as the limit");
        assert_eq!(file_size(3, &en), "1 KB");
        assert_eq!(file_size(1536 * 1024, &en), "1.5 MB");
        assert_eq!(file_size(1536 * 1024, &sv), "1,5 MB");
        assert_eq!(file_size(10 * 1024 * 1024 - 1024, &en), "9.9 MB", "a limit is never shown larger");

        let one = DocumentLimits { file_types: usual, max_bytes: 10 * 1024 * 1024, max_files: 1 };
        assert_eq!(document_rules(&one, &en), "You can upload 1 file: PDF, JPEG or PNG, up to 10 MB.");
        let two = DocumentLimits { file_types: types(&["application/pdf", "image/png"]), max_bytes: 100 * 1024, max_files: 2 };
        assert_eq!(document_rules(&two, &sv), "Du kan ladda upp högst 2 filer: PDF eller PNG, högst 100 KB per fil.");

        let mut question: crate::schema::Question = serde_json::from_str(r#"{"id": "p", "type": "document", "label": "Passport"}"#).unwrap();
        let languages = ["sv".to_string(), "ar".to_string()];
        let hint = document_hint(&question, &languages);
        assert_eq!(hint.get(&sv), "Du kan ladda upp 1 fil: PDF, JPEG eller PNG, högst 10 MB.");
        assert!(hint.get(&Locale::new("ar")).starts_with("يمكنك"), "Arabic from its catalog: {}", hint.get(&Locale::new("ar")));
        assert_eq!(document_hint(&question, &["de".to_string()]).get(&Locale::new("de")), "You can upload 1 file: PDF, JPEG or PNG, up to 10 MB.", "a language without a catalog gets the engine's English");
        question.hint = Some(Text::Translated([("sv".to_string(), "En skanning.".to_string()), ("ar".to_string(), "مسح".to_string())].into()));
        let hint = document_hint(&question, &languages);
        assert!(hint.get(&sv).starts_with("En skanning. Du kan ladda upp 1 fil"));
        assert!(hint.get(&Locale::new("ar")).starts_with("مسح يمكنك"));

        let wrong = Message::DocumentRefused(DocumentRefusal::WrongType { accepted: one.file_types.clone() });
        assert_eq!(wrong.text(&en), "The file must be a PDF, JPEG or PNG. Choose another file");
        let large = Message::DocumentRefused(DocumentRefusal::TooLarge { max_bytes: one.max_bytes });
        assert!(large.text(&en).starts_with("The file must be 10 MB or smaller. Choose a smaller file"));
        assert!(large.text(&sv).starts_with("Filen får vara högst 10 MB."));
        assert_eq!(Message::DocumentRefused(DocumentRefusal::TooMany { max_files: 1 }).text(&en), "You can upload at most 1 document. Remove one before you upload another");
        assert_eq!(Message::Failed(Ui::DraftLocked).text(&en), Ui::DraftLocked.text(&en));
        assert_eq!(Ui::Percent { percent: 45 }.text(&sv), "45 %");
    }

    #[test]
    fn templates_are_filled_in_order_with_english_plurals() {
        let en = Locale::new("en");
        assert_eq!(Message::TooShort { min: 1 }.text(&en), "Enter at least 1 character");
        assert_eq!(Message::TooShort { min: 3 }.text(&en), "Enter at least 3 characters");
        assert_eq!(Message::TooLong { max: 5, actual: 7 }.text(&en), "Enter at most 5 characters (you have 7)");
        assert_eq!(Message::TooLong { max: 5, actual: 7 }.text(&Locale::new("sv")), "Skriv högst 5 tecken (nu 7)");
        assert_eq!(Message::NumberTooSmall { min: 0.5 }.text(&en), "Enter a number that is 0.5 or more");
    }
}
