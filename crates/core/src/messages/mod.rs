//! Every word the engine itself shows an applicant, in Swedish and English, by area: the words
//! around a form ([`Ui`], here), problems with an answer ([`Message`], `problems.rs`) and what a
//! document question takes (`documents.rs`).
//!
//! Each message is a variant and each variant's `match` arm holds both translations, so a missing
//! translation does not compile. Messages tell the applicant what to do, not only what is wrong
//! (GOV.UK's error-message guidance), because many applicants read them in a second language.

use crate::basics::text::{Lang, Locale};

mod documents;
mod problems;

pub use documents::{document_hint, document_rules, file_size, type_names};
pub use problems::Message;

/// Puts `values` into the `{}` of `template` in order; `{s}` becomes "s" unless the first value
/// is "1" (an English plural).
pub(crate) fn fill(template: &str, values: &[String]) -> String {
    let plural = if values.first().is_some_and(|v| v == "1") { "" } else { "s" };
    let mut out = String::with_capacity(template.len() + 16);
    let mut values = values.iter();
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        let (before, from) = rest.split_at_checked(at).unwrap_or((rest, ""));
        out.push_str(before);
        rest = from;
        if let Some(after) = rest.strip_prefix("{}") {
            out.push_str(values.next().map_or("", String::as_str));
            rest = after;
        } else if let Some(after) = rest.strip_prefix("{s}") {
            out.push_str(plural);
            rest = after;
        } else {
            out.push('{');
            rest = rest.get(1..).unwrap_or_default();
        }
    }
    out.push_str(rest);
    out
}

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
        let (sv, en): (&str, &str) = match self {
            Ui::AppName => ("Blankett", "Blankett"),
            Ui::Loading => ("Hämtar …", "Loading …"),
            Ui::Next => ("Nästa", "Next"),
            Ui::Back => ("Tillbaka", "Back"),
            Ui::StepOf { step, total } => {
                return if locale.chrome() == Lang::Sv { format!("Steg {step} av {total}") } else { format!("Step {step} of {total}") };
            }
            Ui::ErrorSummaryTitle => ("Det finns ett problem", "There is a problem"),
            Ui::ErrorTitlePrefix => ("Fel: ", "Error: "),
            Ui::Optional => ("(frivilligt)", "(optional)"),
            Ui::Choose => ("Välj …", "Choose …"),
            Ui::Day => ("Dag", "Day"),
            Ui::Month => ("Månad", "Month"),
            Ui::Year => ("År", "Year"),
            Ui::Yes => ("Ja", "Yes"),
            Ui::No => ("Nej", "No"),
            Ui::AddEntry => ("Lägg till", "Add"),
            Ui::RemoveEntry => ("Ta bort", "Remove"),
            Ui::NoEntries => ("Inget tillagt än.", "Nothing added yet."),
            Ui::EntriesAtMost { max } => {
                return if locale.chrome() == Lang::Sv { format!("Du kan lägga till högst {max}.") } else { format!("You can add at most {max}.") };
            }
            Ui::Language => ("Språk", "Language"),
            Ui::SchemaHasIssues { count } => {
                return if locale.chrome() == Lang::Sv {
                    format!("Formuläret har {count} fel och kan inte visas")
                } else {
                    format!("This form has {count} error(s) and cannot be shown")
                };
            }
            Ui::SchemaIssuesIntro => (
                "Rätta felen i schemafilen och ladda om sidan. Varje rad anger fil, rad, kolumn och fält.",
                "Correct the schema file and reload the page. Each line gives the file, line, column and field.",
            ),
            Ui::BackToForms => ("Till alla ansökningar", "To all applications"),
            Ui::FormNotFound => ("Det finns ingen ansökan med den adressen.", "There is no application at this address."),
            Ui::RequestFailed => (
                "Tjänsten svarade inte som väntat. Det du har skrivit finns kvar. Försök igen om en stund.",
                "The service did not answer as expected. What you have written is kept. Try again in a moment.",
            ),
            Ui::NetworkFailed => (
                "Det gick inte att nå tjänsten. Kontrollera din internetanslutning och försök igen. Det du har skrivit finns kvar.",
                "The service could not be reached. Check your internet connection and try again. What you have written is kept.",
            ),
            Ui::TryAgain => ("Försök igen", "Try again"),
            Ui::CheckAnswers => ("Kontrollera dina svar", "Check your answers"),
            Ui::CheckAnswersIntro => (
                "Läs igenom dina svar. Välj Ändra för att rätta ett svar; du kommer sedan tillbaka hit. Du kan skriva ut ansökan för att kontrollera den.",
                "Read through your answers. Choose Change to correct one; you will come back here afterwards. You can print the application to check it.",
            ),
            Ui::KindOther => ("Ansökan", "Application"),
            Ui::ErrorLabel => ("Fel:", "Error:"),
            Ui::ChooseFile => ("Välj fil", "Choose a file"),
            Ui::Uploading => ("Laddar upp", "Uploading"),
            Ui::Percent { percent } => return if locale.chrome() == Lang::Sv { format!("{percent} %") } else { format!("{percent}%") },
            Ui::SignedOut => (
                "Du är utloggad, till exempel efter 30 minuter utan aktivitet. Det som redan är sparat finns kvar. Logga in igen för att fortsätta.",
                "You are signed out, for example after 30 minutes without activity. What was already saved is kept. Sign in again to continue.",
            ),
            Ui::DraftNotFound => (
                "Ansökan finns inte längre. Börja om från listan över ansökningar.",
                "This application no longer exists. Start again from the list of applications.",
            ),
            Ui::DraftExpired => (
                "Utkastet har raderats eftersom det inte sparades inom tiden (30 dagar för arbetstillstånd, annars 48 timmar). Svaren på skärmen finns kvar: välj Försök igen så sparas de i ett nytt utkast.",
                "The draft was deleted because it was not saved in time (30 days for a work permit, 48 hours otherwise). The answers on this screen are not lost: choose Try again to save them as a new draft.",
            ),
            Ui::DraftLocked => (
                "Ansökan är bekräftad och kan inte ändras längre.",
                "This application is confirmed and can no longer be changed.",
            ),
            Ui::DraftStale => (
                "Ansökan har ändrats i ett annat fönster eller på en annan enhet, så svaren på skärmen är inte sparade. Välj vilka svar du vill behålla.",
                "The application was changed in another window or on another device, so the answers on this screen are not saved. Choose which answers to keep.",
            ),
            Ui::TooManyAttempts { minutes } => {
                return if locale.chrome() == Lang::Sv {
                    format!("För många försök. Vänta {minutes} minut(er) och försök igen.")
                } else {
                    format!("Too many attempts. Wait {minutes} minute(s) and try again.")
                };
            }
            Ui::Saving => ("Sparar …", "Saving …"),
            Ui::SignOut => ("Logga ut", "Sign out"),
            Ui::SignInNewTab => ("Logga in igen (öppnas i en ny flik)", "Sign in again (opens in a new tab)"),
            Ui::TimeLeftOnPage => ("Tid kvar på sidan:", "Time left on this page:"),
            Ui::TimeLeft => ("Tid kvar:", "Time left:"),
            Ui::Announce(said) => return announce(said, locale.chrome() == Lang::Sv),
            Ui::PageTimeWarningTitle => ("Tiden på sidan håller på att ta slut", "Your time on this page is running out"),
            Ui::PageTimeWarningBody { minutes } => {
                return if locale.chrome() == Lang::Sv {
                    format!("Välj Mer tid så får du {minutes} minuter till på den här sidan. Dina svar sparas när tiden tar slut.")
                } else {
                    format!("Choose More time to get another {minutes} minutes on this page. Your answers are saved when the time runs out.")
                };
            }
            Ui::NoMoreTime => (
                "Sidan kan inte få mer tid. När tiden tar slut sparas dina svar, och du kan logga in igen och fortsätta på samma sida.",
                "This page cannot get more time. When the time runs out your answers are saved, and you can sign in again to continue on the same page.",
            ),
            Ui::InactivityWarningTitle => ("Du loggas snart ut", "You will soon be signed out"),
            Ui::InactivityWarningBody => (
                "Du har inte använt tjänsten på nästan 30 minuter. För din säkerhet loggas du då ut. Dina svar sparas först.",
                "You have not used the service for almost 30 minutes. For your security you will then be signed out. Your answers are saved first.",
            ),
            Ui::MoreTime => ("Mer tid", "More time"),
            Ui::StaySignedIn => ("Fortsätt vara inloggad", "Stay signed in"),
            Ui::Close => ("Stäng", "Close"),
            Ui::SignedOutTitle => ("Du har loggats ut", "You have been signed out"),
            Ui::PageTimeRanOut => ("Tiden på sidan tog slut.", "Your time on the page ran out."),
            Ui::InactiveSignedOut => (
                "Du hade inte använt tjänsten på 30 minuter.",
                "You had not used the service for 30 minutes.",
            ),
            Ui::SignedOutElsewhere => ("Du loggade ut i ett annat fönster.", "You signed out in another window."),
            Ui::SignInToContinue => ("Logga in igen för att fortsätta på samma sida", "Sign in again to continue on the same page"),
            Ui::PageTimeRestarted { minutes } => {
                return if locale.chrome() == Lang::Sv {
                    format!("Tiden på sidan tog slut. Dina svar är sparade och du har {minutes} minuter till på sidan.")
                } else {
                    format!("Your time on the page ran out. Your answers are saved and you have another {minutes} minutes on the page.")
                };
            }
            Ui::Resumed => ("Välkommen tillbaka. Du är på sidan där du slutade, med alla dina svar.", "Welcome back. You are on the page where you left off, with all your answers."),
            Ui::Offline => (
                "Du är offline. Dina svar finns kvar på den här enheten och sparas när anslutningen kommer tillbaka. Du kan fortsätta fylla i.",
                "You are offline. Your answers are kept on this device and will be saved when the connection returns. You can keep filling in the form.",
            ),
            Ui::OfflineKeepOpen => (
                "Du är offline. Stäng inte det här fönstret: dina svar sparas när anslutningen kommer tillbaka.",
                "You are offline. Keep this window open: your answers will be saved when the connection returns.",
            ),
            Ui::DeviceStorageFailed => (
                "Webbläsaren kan inte spara dina svar på den här enheten (lagringen är full eller avstängd). Tjänsten sparar dem ändå så länge du är uppkopplad.",
                "This browser cannot keep your answers on this device (its storage is full or turned off). The service still saves them while you are online.",
            ),
            Ui::ResetDevice => ("Återställ tjänstens sparade data på den här enheten", "Reset this service's saved data on this device"),
            Ui::Support => ("Hjälp och support", "Help and support"),
            Ui::CheckApplication => ("Kontrollera din ansökan utan att logga in", "Check your application without signing in"),
            Ui::PageHelpful => ("Fick du hjälp av informationen på den här sidan?", "Did this page help you?"),
            Ui::FeedbackThanks => ("Tack för att du hjälper oss att förbättra webbplatsen!", "Thank you for helping us improve the website!"),
            Ui::FeedbackComment => ("Berätta hur vi kan göra den här sidan bättre (frivilligt)", "How can we make this page better? (optional)"),
            Ui::FeedbackNoPersonalData => (
                "Skriv inte personuppgifter, till exempel namn, personnummer, referensnummer, telefonnummer eller e-postadress. Vi kan inte svara dig här. Om du vill ställa en fråga hittar du kontaktuppgifter på sidan Hjälp och support.",
                "Do not write personal information, such as your name, personal identity number, reference number, phone number or email address. We cannot answer you here. If you want to ask a question, you will find our contacts on the page Help and support.",
            ),
            Ui::SendComment => ("Skicka", "Send"),
            Ui::PublicComputer => (
                "Kom ihåg att stänga webbläsaren om du använder en allmän dator, så att ingen annan kan komma åt information om dig.",
                "Remember to close the browser if you are using a public computer, so that no one else can access information about you.",
            ),
            Ui::ResetDone => (
                "Tjänstens data på den här enheten är borttagen. Ditt sparade utkast finns kvar hos tjänsten.",
                "This service's data on this device is removed. Your saved draft is still kept by the service.",
            ),
            Ui::OpenElsewhere => (
                "Ansökan är öppen i en annan flik eller ett annat fönster. Den kan bara ändras på ett ställe åt gången, så att inga svar skrivs över.",
                "This application is open in another tab or window. It can be changed in one place at a time, so that no answer is written over.",
            ),
            Ui::TakenOver => (
                "Du fortsatte med ansökan i en annan flik eller ett annat fönster. Dina svar här är sparade.",
                "You continued this application in another tab or window. Your answers here are saved.",
            ),
            Ui::EditHere => ("Ändra här i stället", "Edit here instead"),
            Ui::KeepMine => ("Behåll svaren på skärmen", "Keep the answers on this screen"),
            Ui::ShowSaved => ("Visa de sparade svaren", "Show the saved answers"),
            Ui::Change => ("Ändra", "Change"),
            Ui::NotAnswered => ("Inte besvarad", "Not answered"),
            Ui::Print => ("Skriv ut", "Print"),
            Ui::SendHeading => ("Skicka in ansökan", "Send your application"),
            Ui::DeclarationDefault => (
                "Jag bekräftar att uppgifterna jag har lämnat är riktiga och fullständiga.",
                "I confirm that the information I have given is correct and complete.",
            ),
            Ui::ConfirmWarning => (
                "När du har skickat in ansökan kan du inte ändra något i den och inte skicka fler dokument.",
                "Once you have sent the application you cannot change anything in it or send more documents.",
            ),
            Ui::Confirm => ("Bekräfta och skicka in", "Confirm and send"),
            Ui::DeclarationRequired => (
                "Kryssa i rutan för att bekräfta att uppgifterna är riktiga",
                "Tick the box to confirm that the information is correct",
            ),
            Ui::Sending => ("Skickar in din ansökan …", "Sending your application …"),
            Ui::Incomplete => (
                "Några frågor är inte besvarade eller har fel. Rätta dem på sidan som visas och skicka sedan in igen.",
                "Some questions are not answered or have problems. Put them right on the page shown, then send again.",
            ),
            Ui::ReceiptTitle => ("Ansökan är inskickad", "Application sent"),
            Ui::YourReference => ("Ditt referensnummer", "Your reference number"),
            Ui::ReceiptEmail => ("Vi har skickat en bekräftelse till din e-postadress.", "We have sent a confirmation to your email address."),
            Ui::ReceiptNext => (
                "Ange referensnumret när du kontaktar oss. Ansökan kan inte längre ändras.",
                "Quote the reference number when you contact us. The application can no longer be changed.",
            ),
            Ui::Applicant => ("Sökande", "Applicant"),
            Ui::PrintedOn => ("Utskriven", "Printed"),
            Ui::Reference => ("Referensnummer", "Reference number"),
            Ui::NotSentYet => ("Inte inskickad: ett utkast att kontrollera", "Not sent: a draft to check"),
        };
        if locale.chrome() == Lang::Sv { sv.to_string() } else { en.to_string() }
    }
}

/// What a screen reader hears about the time left (see [`crate::timing::Announcement`]).
fn announce(said: crate::timing::Announcement, sv: bool) -> String {
    use crate::timing::Reason;
    let (n, minutes) = if said.minutes > 0 { (said.minutes, true) } else { (said.seconds, false) };
    let unit = match (sv, minutes, n == 1) {
        (true, true, true) => "minut",
        (true, true, false) => "minuter",
        (true, false, _) => "sekunder",
        (false, true, true) => "minute",
        (false, true, false) => "minutes",
        (false, false, _) => "seconds",
    };
    match (said.reason, sv) {
        (Reason::PageTime, true) => format!("{n} {unit} kvar på sidan"),
        (Reason::PageTime, false) => format!("{n} {unit} left on this page"),
        (Reason::Inactivity, true) => format!("Du loggas ut om {n} {unit}"),
        (Reason::Inactivity, false) => format!("You will be signed out in {n} {unit}"),
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
    let sv = locale.chrome() == Lang::Sv;
    match (sentence, sv) {
        (Dated::AnswersKeptUntil, true) => format!("Dina svar är sparade och finns kvar till {date}."),
        (Dated::AnswersKeptUntil, false) => format!("Your answers are saved and kept until {date}."),
        (Dated::DraftKeptUntil, true) => format!("Ditt utkast sparas till {date}. Det förlängs varje gång du sparar."),
        (Dated::DraftKeptUntil, false) => format!("Your draft is kept until {date}. Each save keeps it longer."),
        (Dated::SavedAt, true) => format!("Sparat {date}."),
        (Dated::SavedAt, false) => format!("Saved at {date}."),
        (Dated::SentOn, true) => format!("Skickad {date}"),
        (Dated::SentOn, false) => format!("Sent on {date}"),
        (Dated::ExpiredOn, true) => format!("Ditt förra utkast raderades {date} eftersom det inte hade sparats inom tiden (30 dagar för arbetstillstånd, annars 48 timmar). Du börjar på en ny ansökan."),
        (Dated::ExpiredOn, false) => format!("Your earlier draft was deleted on {date} because it had not been saved in time (30 days for a work permit, 48 hours otherwise). You are starting a new application."),
    }
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
        assert_eq!(hint.get(&Locale::new("ar")), "You can upload 1 file: PDF, JPEG or PNG, up to 10 MB.", "other languages get the engine's English");
        question.hint = Some(Text::Translated([("sv".to_string(), "En skanning.".to_string()), ("ar".to_string(), "مسح".to_string())].into()));
        let hint = document_hint(&question, &languages);
        assert!(hint.get(&sv).starts_with("En skanning. Du kan ladda upp 1 fil"));
        assert!(hint.get(&Locale::new("ar")).starts_with("مسح You can upload"));

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
