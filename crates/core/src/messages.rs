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
    TooFewEntries { min: u32 },
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

fn plural(n: u32) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn number(n: f64) -> String {
    format_number(n)
}

impl Message {
    pub fn text(&self, locale: &Locale) -> String {
        let sv = locale.chrome() == Lang::Sv;
        let pick = |s: &str, e: &str| if sv { s.to_string() } else { e.to_string() };
        match self {
            Message::Required => pick("Svara på frågan", "Answer this question"),
            Message::RequiredChoice => pick("Välj ett av alternativen", "Select one of the options"),
            Message::RequiredChoices => pick("Välj minst ett alternativ", "Select at least one option"),
            Message::RequiredDate => pick("Ange ett datum", "Enter a date"),
            Message::TooShort { min } => {
                if sv { format!("Skriv minst {min} tecken") } else { format!("Enter at least {min} character{}", plural(*min)) }
            }
            Message::TooLong { max, actual } => {
                if sv { format!("Skriv högst {max} tecken (nu {actual})") } else { format!("Enter at most {max} characters (you have {actual})") }
            }
            Message::InvalidEmail => pick(
                "Ange en e-postadress i rätt format, till exempel namn@exempel.se",
                "Enter an email address in the right format, like name@example.com",
            ),
            Message::InvalidPhone => pick(
                "Ange ett telefonnummer med 7 till 15 siffror, till exempel +46 70 123 45 67",
                "Enter a phone number with 7 to 15 digits, like +46 70 123 45 67",
            ),
            Message::NotANumber => pick("Ange ett tal, till exempel 12 eller 12,5", "Enter a number, like 12 or 12.5"),
            Message::NumberWithSeparator => pick(
                "Skriv talet utan tusentalsavgränsare, till exempel 35000 eller 35000,50",
                "Write the number without thousands separators, like 35000 or 35000.50",
            ),
            Message::NotAWholeNumber => pick("Ange ett heltal, utan decimaler", "Enter a whole number, without decimals"),
            Message::NumberTooSmall { min } => {
                if sv { format!("Ange ett tal som är {} eller större", number(*min)) } else { format!("Enter a number that is {} or more", number(*min)) }
            }
            Message::NumberTooLarge { max } => {
                if sv { format!("Ange ett tal som är {} eller mindre", number(*max)) } else { format!("Enter a number that is {} or less", number(*max)) }
            }
            Message::InvalidDate => pick("Ange ett riktigt datum, till exempel 2026-03-27", "Enter a real date, like 2026-03-27"),
            Message::DateNotInPast => pick("Datumet måste vara före dagens datum", "The date must be before today"),
            Message::DateNotInFuture => pick("Datumet måste vara efter dagens datum", "The date must be after today"),
            Message::DateNotAfter { other } => {
                let other = other.get(locale);
                if sv { format!("Datumet måste vara efter ”{other}”") } else { format!("The date must be after “{other}”") }
            }
            Message::DateNotBefore { other } => {
                let other = other.get(locale);
                if sv { format!("Datumet måste vara före ”{other}”") } else { format!("The date must be before “{other}”") }
            }
            Message::TooYoung { min_age } => {
                if sv { format!("Du måste vara minst {min_age} år. Kontrollera födelsedatumet") } else { format!("You must be at least {min_age} years old. Check the date of birth") }
            }
            Message::IdentityNumberFormat => pick(
                "Ange numret med 10 eller 12 siffror, till exempel ÅÅÅÅMMDD-NNNN",
                "Enter the number with 10 or 12 digits, like YYYYMMDD-NNNN",
            ),
            Message::IdentityNumberDate => pick(
                "Datumet i numret finns inte. Kontrollera de första 6 eller 8 siffrorna",
                "The date in the number does not exist. Check the first 6 or 8 digits",
            ),
            Message::IdentityNumberCheckDigit => pick(
                "Numret stämmer inte. Kontrollera att varje siffra är rätt",
                "The number is not valid. Check that every digit is right",
            ),
            Message::NotAPersonalIdentityNumber => pick(
                "Ange ett personnummer, inte ett samordningsnummer",
                "Enter a personal identity number, not a coordination number",
            ),
            Message::NotACoordinationNumber => pick(
                "Ange ett samordningsnummer, inte ett personnummer",
                "Enter a coordination number, not a personal identity number",
            ),
            Message::UnknownCountry => pick("Välj ett land i listan", "Select a country from the list"),
            Message::UnknownOption => pick("Välj ett av alternativen i listan", "Select one of the options in the list"),
            Message::TooFewSelected { min } => {
                if sv { format!("Välj minst {min} alternativ") } else { format!("Select at least {min} option{}", plural(*min)) }
            }
            Message::TooManySelected { max } => {
                if sv { format!("Välj högst {max} alternativ") } else { format!("Select at most {max} option{}", plural(*max)) }
            }
            Message::TooFewEntries { min } => {
                if sv { format!("Lägg till minst {min}") } else { format!("Add at least {min}") }
            }
            Message::TooManyEntries { max } => {
                if sv { format!("Du kan lägga till högst {max}. Ta bort det som är för mycket") } else { format!("You can add at most {max}. Remove the extra ones") }
            }
        }
    }
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
    KindWorkPermit,
    KindOther,
    ErrorLabel,
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
            Ui::KindWorkPermit => ("Arbetstillstånd", "Work permit"),
            Ui::KindOther => ("Ansökan", "Application"),
            Ui::ErrorLabel => ("Fel:", "Error:"),
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
}
