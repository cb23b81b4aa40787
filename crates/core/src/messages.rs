//! Every word the engine itself shows an applicant, in Swedish and English.
//!
//! Each message is a variant and each variant's `match` arm holds both translations, so a missing
//! translation does not compile. Messages tell the applicant what to do, not only what is wrong
//! (GOV.UK's error-message guidance), because many applicants read them in a second language.

use crate::text::{Lang, Locale, Text};

/// A problem with one answer, as validation reports it.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    Required,
    RequiredChoice,
    RequiredChoices,
    RequiredDate,
    TooShort { min: u32 },
    TooLong { max: u32, actual: usize },
    InvalidEmail,
    InvalidPhone,
    NotANumber,
    NumberWithSeparator,
    NotAWholeNumber,
    NumberTooSmall { min: f64 },
    NumberTooLarge { max: f64 },
    InvalidDate,
    DateNotInPast,
    DateNotInFuture,
    DateNotAfter { other: Text },
    DateNotBefore { other: Text },
    TooYoung { min_age: u32 },
    IdentityNumberFormat,
    IdentityNumberDate,
    IdentityNumberCheckDigit,
    NotAPersonalIdentityNumber,
    NotACoordinationNumber,
    UnknownCountry,
    UnknownOption,
    TooFewSelected { min: u32 },
    TooManySelected { max: u32 },
    /// `entry` is the group's entry title, as on its Add button.
    RequiredDocument,
    TooManyFiles { max: u32 },
    TooFewEntries { min: u32, entry: Text },
    TooManyEntries { max: u32 },
}

/// A number as a designer wrote it in a rule: `18`, `0.5`, `12.25`. Written by hand because
/// the standard library's float formatting adds about 20 KB to the app's download; six decimals
/// are more than any rule in a form needs.
pub fn format_number(n: f64) -> String {
    if !n.is_finite() {
        return String::from("?");
    }
    let sign = if n < 0.0 { "-" } else { "" };
    let scaled = (n.abs() * 1_000_000.0).round() as u64;
    let (whole, fraction) = (scaled / 1_000_000, scaled % 1_000_000);
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{fraction:06}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}


impl Message {
    pub fn text(&self, locale: &Locale) -> String {
        // Each message is a Swedish and an English template; `{}` is filled in order with the
        // values, and `{s}` is an English plural ending. One fill function instead of a format!
        // per message keeps the engine's share of the download small.
        let n = |v: &u32| v.to_string();
        let (sv, en, values): (&str, &str, Vec<String>) = match self {
            Message::Required => ("Svara på frågan", "Answer this question", vec![]),
            Message::RequiredChoice => ("Välj ett av alternativen", "Select one of the options", vec![]),
            Message::RequiredChoices => ("Välj minst ett alternativ", "Select at least one option", vec![]),
            Message::RequiredDate => ("Ange ett datum", "Enter a date", vec![]),
            Message::TooShort { min } => ("Skriv minst {} tecken", "Enter at least {} character{s}", vec![n(min)]),
            Message::TooLong { max, actual } => {
                ("Skriv högst {} tecken (nu {})", "Enter at most {} characters (you have {})", vec![n(max), actual.to_string()])
            }
            Message::InvalidEmail => (
                "Ange en e-postadress i rätt format, till exempel namn@exempel.se",
                "Enter an email address in the right format, like name@example.com",
                vec![],
            ),
            Message::InvalidPhone => (
                "Ange ett telefonnummer med 7 till 15 siffror, till exempel +46 70 123 45 67",
                "Enter a phone number with 7 to 15 digits, like +46 70 123 45 67",
                vec![],
            ),
            Message::NotANumber => ("Ange ett tal, till exempel 12 eller 12,5", "Enter a number, like 12 or 12.5", vec![]),
            Message::NumberWithSeparator => (
                "Skriv talet utan tusentalsavgränsare, till exempel 35000 eller 35000,50",
                "Write the number without thousands separators, like 35000 or 35000.50",
                vec![],
            ),
            Message::NotAWholeNumber => ("Ange ett heltal, utan decimaler", "Enter a whole number, without decimals", vec![]),
            Message::NumberTooSmall { min } => ("Ange ett tal som är {} eller större", "Enter a number that is {} or more", vec![format_number(*min)]),
            Message::NumberTooLarge { max } => ("Ange ett tal som är {} eller mindre", "Enter a number that is {} or less", vec![format_number(*max)]),
            // No example format: the browser's date field shows dates in the applicant's own order.
            Message::InvalidDate => ("Ange hela datumet: dag, månad och år", "Enter the whole date: day, month and year", vec![]),
            Message::DateNotInPast => ("Datumet måste vara före dagens datum", "The date must be before today", vec![]),
            Message::DateNotInFuture => ("Datumet måste vara efter dagens datum", "The date must be after today", vec![]),
            Message::DateNotAfter { other } => ("Datumet måste vara efter ”{}”", "The date must be after “{}”", vec![other.get(locale).to_string()]),
            Message::DateNotBefore { other } => ("Datumet måste vara före ”{}”", "The date must be before “{}”", vec![other.get(locale).to_string()]),
            Message::TooYoung { min_age } => (
                "Du måste vara minst {} år. Kontrollera födelsedatumet",
                "You must be at least {} years old. Check the date of birth",
                vec![n(min_age)],
            ),
            Message::IdentityNumberFormat => (
                "Ange numret med 10 eller 12 siffror, till exempel ÅÅÅÅMMDD-NNNN",
                "Enter the number with 10 or 12 digits, like YYYYMMDD-NNNN",
                vec![],
            ),
            Message::IdentityNumberDate => (
                "Datumet i numret finns inte. Kontrollera de första 6 eller 8 siffrorna",
                "The date in the number does not exist. Check the first 6 or 8 digits",
                vec![],
            ),
            Message::IdentityNumberCheckDigit => (
                "Numret stämmer inte. Kontrollera att varje siffra är rätt",
                "The number is not valid. Check that every digit is right",
                vec![],
            ),
            Message::NotAPersonalIdentityNumber => (
                "Ange ett personnummer, inte ett samordningsnummer",
                "Enter a personal identity number, not a coordination number",
                vec![],
            ),
            Message::NotACoordinationNumber => (
                "Ange ett samordningsnummer, inte ett personnummer",
                "Enter a coordination number, not a personal identity number",
                vec![],
            ),
            Message::UnknownCountry => ("Välj ett land i listan", "Select a country from the list", vec![]),
            Message::UnknownOption => ("Välj ett av alternativen i listan", "Select one of the options in the list", vec![]),
            Message::TooFewSelected { min } => ("Välj minst {} alternativ", "Select at least {} option{s}", vec![n(min)]),
            Message::TooManySelected { max } => ("Välj högst {} alternativ", "Select at most {} option{s}", vec![n(max)]),
            Message::RequiredDocument => ("Ladda upp ett dokument", "Upload a document", vec![]),
            Message::TooManyFiles { max } => (
                "Du kan ladda upp högst {} dokument. Ta bort det som är för mycket",
                "You can upload at most {} document{s}. Remove the extra ones",
                vec![n(max)],
            ),
            Message::TooFewEntries { min, entry } => (
                "Lägg till minst {} med knappen ”Lägg till {}”",
                "Add at least {} with the “Add {}” button",
                vec![n(min), lower_first(entry.get(locale))],
            ),
            Message::TooManyEntries { max } => {
                ("Du kan lägga till högst {}. Ta bort det som är för mycket", "You can add at most {}. Remove the extra ones", vec![n(max)])
            }
        };
        fill(if locale.chrome() == Lang::Sv { sv } else { en }, &values)
    }
}

/// "Child" → "child" inside a sentence ("Add child"). Only an ASCII first letter is changed:
/// Unicode case tables would add about 10 KB to the download, and a capital Å or Ä reads fine.
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// Puts `values` into the `{}` of `template` in order; `{s}` becomes "s" unless the first value
/// is "1" (an English plural).
fn fill(template: &str, values: &[String]) -> String {
    let plural = if values.first().is_some_and(|v| v == "1") { "" } else { "s" };
    let mut out = String::with_capacity(template.len() + 16);
    let mut values = values.iter();
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix("{}") {
            out.push_str(values.next().map_or("", String::as_str));
            rest = after;
        } else if let Some(after) = rest.strip_prefix("{s}") {
            out.push_str(plural);
            rest = after;
        } else {
            out.push('{');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The words around a form: buttons, headings, status lines.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ui {
    AppName,
    Forms,
    FormsIntro,
    Loading,
    Next,
    Back,
    Finish,
    StepOf { step: usize, total: usize },
    ErrorSummaryTitle,
    ErrorTitlePrefix,
    Optional,
    Choose,
    Yes,
    No,
    AddEntry,
    RemoveEntry,
    EntryNumber { number: usize },
    NoEntries,
    Language,
    SchemaHasIssues { count: usize },
    SchemaIssuesIntro,
    BackToForms,
    FormNotFound,
    RequestFailed,
    NetworkFailed,
    TryAgain,
    AllPagesDone,
    AllPagesDoneBody,
    KindOther,
    ErrorLabel,
    DocumentsNotYet,
}

impl Ui {
    pub fn text(self, locale: &Locale) -> String {
        let (sv, en): (&str, &str) = match self {
            Ui::AppName => ("Blankett", "Blankett"),
            Ui::Forms => ("Ansökningar", "Applications"),
            Ui::FormsIntro => ("Välj den ansökan du vill fylla i.", "Choose the application you want to fill in."),
            Ui::Loading => ("Hämtar …", "Loading …"),
            Ui::Next => ("Nästa", "Next"),
            Ui::Back => ("Tillbaka", "Back"),
            Ui::Finish => ("Gå vidare", "Continue"),
            Ui::StepOf { step, total } => {
                return if locale.chrome() == Lang::Sv { format!("Steg {step} av {total}") } else { format!("Step {step} of {total}") };
            }
            Ui::ErrorSummaryTitle => ("Det finns ett problem", "There is a problem"),
            Ui::ErrorTitlePrefix => ("Fel: ", "Error: "),
            Ui::Optional => ("(frivilligt)", "(optional)"),
            Ui::Choose => ("Välj …", "Choose …"),
            Ui::Yes => ("Ja", "Yes"),
            Ui::No => ("Nej", "No"),
            Ui::AddEntry => ("Lägg till", "Add"),
            Ui::RemoveEntry => ("Ta bort", "Remove"),
            Ui::EntryNumber { number } => return format!("{number}"),
            Ui::NoEntries => ("Inget tillagt än.", "Nothing added yet."),
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
            Ui::AllPagesDone => ("Alla frågor är besvarade", "All questions are answered"),
            Ui::AllPagesDoneBody => (
                "Du har svarat på alla sidor. Du kan gå tillbaka och ändra dina svar.",
                "You have answered every page. You can go back and change your answers.",
            ),
            Ui::KindOther => ("Ansökan", "Application"),
            Ui::ErrorLabel => ("Fel:", "Error:"),
            Ui::DocumentsNotYet => (
                "Dokument kan inte laddas upp här än.",
                "Documents cannot be uploaded here yet.",
            ),
        };
        if locale.chrome() == Lang::Sv { sv.to_string() } else { en.to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_designers_wrote_them() {
        assert_eq!(format_number(18.0), "18");
        assert_eq!(format_number(0.5), "0.5");
        assert_eq!(format_number(-12.25), "-12.25");
        assert_eq!(format_number(1_000_000.125), "1000000.125");
        assert_eq!(format_number(f64::NAN), "?");
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
