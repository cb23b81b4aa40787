//! Problems with one answer, as validation reports them, in the applicant's language.

use super::fill;
use crate::basics::numbers::format_number;
use super::{file_size, type_names, Ui};
use crate::basics::text::{lower_first, Lang, Locale, Text};
use crate::schema::{DocumentRefusal, Question};

/// A problem with one answer, as validation reports it.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    Required,
    RequiredChoice,
    RequiredCountry,
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
    /// Day, month and year are all there, but there is no such date (30 February).
    NotARealDate,
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
    /// A file the question does not take, found by the browser before sending it or by the backend.
    DocumentRefused(DocumentRefusal),
    /// A file was not sent: the service could not be reached.
    UploadOffline,
    /// A file was not sent: the service failed.
    UploadFailed,
    /// Another request about the question's files failed, for this reason.
    Failed(Ui),
    TooFewEntries { min: u32, entry: Text },
    TooManyEntries { max: u32 },
    /// The question's own words for the rule, from the form's `messages`.
    Own(Text),
}

impl Message {
    /// The rule of [`crate::schema::ERROR_RULES`] this message reports, for which a question may
    /// give its own words.
    pub fn rule(&self) -> Option<&'static str> {
        use Message::*;
        Some(match self {
            Required | RequiredChoice | RequiredCountry | RequiredChoices | RequiredDate | RequiredDocument => "required",
            InvalidEmail | InvalidPhone | NotANumber | NumberWithSeparator | InvalidDate | NotARealDate | IdentityNumberFormat | IdentityNumberDate
            | IdentityNumberCheckDigit => "format",
            TooShort { .. } => "min_length",
            TooLong { .. } => "max_length",
            NotAWholeNumber => "whole_number",
            NumberTooSmall { .. } => "min",
            NumberTooLarge { .. } => "max",
            DateNotInPast => "in_past",
            DateNotInFuture => "in_future",
            DateNotAfter { .. } => "after",
            DateNotBefore { .. } => "before",
            TooYoung { .. } => "min_age",
            NotAPersonalIdentityNumber | NotACoordinationNumber => "accept",
            TooFewSelected { .. } => "min_selected",
            TooManySelected { .. } => "max_selected",
            TooFewEntries { .. } => "min_entries",
            TooManyEntries { .. } => "max_entries",
            DocumentRefused(DocumentRefusal::WrongType { .. }) => "file_types",
            DocumentRefused(DocumentRefusal::TooLarge { .. }) => "max_file_size_kb",
            TooManyFiles { .. } | DocumentRefused(DocumentRefusal::TooMany { .. }) => "max_files",
            _ => return None,
        })
    }

    pub fn text(&self, locale: &Locale) -> String {
        // Each message is a Swedish and an English template; `{}` is filled in order with the
        // values, and `{s}` is an English plural ending. One fill function instead of a format!
        // per message keeps the engine's share of the download small.
        let n = |v: &u32| v.to_string();
        let (sv, en, values): (&str, &str, Vec<String>) = match self {
            Message::Required => ("Svara på frågan", "Answer this question", vec![]),
            Message::RequiredChoice => ("Välj ett av alternativen", "Select one of the options", vec![]),
            Message::RequiredCountry => ("Välj ett land", "Choose a country", vec![]),
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
            Message::NotARealDate => ("Datumet finns inte. Kontrollera dag, månad och år", "The date does not exist. Check the day, month and year", vec![]),
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
            Message::UnknownCountry => ("Välj ett land i listan", "Choose a country from the list", vec![]),
            Message::UnknownOption => ("Välj ett av alternativen i listan", "Select one of the options in the list", vec![]),
            Message::TooFewSelected { min } => ("Välj minst {} alternativ", "Select at least {} option{s}", vec![n(min)]),
            Message::TooManySelected { max } => ("Välj högst {} alternativ", "Select at most {} option{s}", vec![n(max)]),
            Message::RequiredDocument => ("Ladda upp ett dokument", "Upload a document", vec![]),
            Message::TooManyFiles { max } => (
                "Du kan ladda upp högst {} dokument. Ta bort det som är för mycket",
                "You can upload at most {} document{s}. Remove the extra ones",
                vec![n(max)],
            ),
            Message::DocumentRefused(refusal) => match refusal {
                DocumentRefusal::WrongType { accepted } => (
                    "Filen måste vara av typen {}. Välj en annan fil",
                    "The file must be a {}. Choose another file",
                    vec![type_names(accepted, locale)],
                ),
                DocumentRefusal::TooLarge { max_bytes } => (
                    "Filen får vara högst {}. Välj en mindre fil, till exempel en skanning eller ett foto med lägre upplösning",
                    "The file must be {} or smaller. Choose a smaller file, for example a scan or photo at a lower resolution",
                    vec![file_size(*max_bytes, locale)],
                ),
                DocumentRefusal::Empty => ("Filen är tom. Välj en annan fil", "The file is empty. Choose another file", vec![]),
                DocumentRefusal::TooMany { max_files } => (
                    "Du kan ladda upp högst {} dokument. Ta bort ett innan du laddar upp ett till",
                    "You can upload at most {} document{s}. Remove one before you upload another",
                    vec![n(max_files)],
                ),
            },
            Message::UploadOffline => (
                "Filen skickades inte eftersom det inte gick att nå tjänsten. Kontrollera din internetanslutning och välj filen igen",
                "The file was not sent because the service could not be reached. Check your internet connection and choose the file again",
                vec![],
            ),
            Message::UploadFailed => (
                "Filen skickades inte på grund av ett fel hos tjänsten. Vänta en stund och välj filen igen",
                "The file was not sent because of a problem at the service. Wait a moment and choose the file again",
                vec![],
            ),
            Message::Failed(ui) => return ui.text(locale),
            Message::Own(text) => return text.get(locale).to_string(),
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

impl Message {
    /// The message to show for a broken rule of `question`: the question's own words for it
    /// (its `messages`), if it has them.
    pub fn in_words_of(self, question: &Question) -> Message {
        match self.rule().and_then(|rule| question.messages.get(rule)) {
            Some(own) => Message::Own(own.clone()),
            None => self,
        }
    }
}
