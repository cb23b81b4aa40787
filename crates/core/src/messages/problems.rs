//! Problems with one answer, as validation reports them, in the applicant's language.

use crate::basics::numbers::format_number;
use super::{file_size, say, type_names, Ui};
use crate::basics::text::{lower_first, Locale, Text};
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
        use super::catalog::key as k;
        let l = locale;
        let key = match self {
            Message::Required => k::REQUIRED,
            Message::RequiredChoice => k::REQUIRED_CHOICE,
            Message::RequiredCountry => k::REQUIRED_COUNTRY,
            Message::RequiredChoices => k::REQUIRED_CHOICES,
            Message::RequiredDate => k::REQUIRED_DATE,
            Message::TooShort { min } => return say(l, k::TOO_SHORT, &[(*min).into()]),
            Message::TooLong { max, actual } => return say(l, k::TOO_LONG, &[(*max).into(), (*actual).into()]),
            Message::InvalidEmail => k::INVALID_EMAIL,
            Message::InvalidPhone => k::INVALID_PHONE,
            Message::NotANumber => k::NOT_A_NUMBER,
            Message::NumberWithSeparator => k::NUMBER_WITH_SEPARATOR,
            Message::NotAWholeNumber => k::NOT_A_WHOLE_NUMBER,
            Message::NumberTooSmall { min } => return say(l, k::NUMBER_TOO_SMALL, &[(&format_number(*min)).into()]),
            Message::NumberTooLarge { max } => return say(l, k::NUMBER_TOO_LARGE, &[(&format_number(*max)).into()]),
            Message::InvalidDate => k::INVALID_DATE,
            Message::NotARealDate => k::NOT_A_REAL_DATE,
            Message::DateNotInPast => k::DATE_NOT_IN_PAST,
            Message::DateNotInFuture => k::DATE_NOT_IN_FUTURE,
            Message::DateNotAfter { other } => return say(l, k::DATE_NOT_AFTER, &[other.get(l).into()]),
            Message::DateNotBefore { other } => return say(l, k::DATE_NOT_BEFORE, &[other.get(l).into()]),
            Message::TooYoung { min_age } => return say(l, k::TOO_YOUNG, &[(*min_age).into()]),
            Message::IdentityNumberFormat => k::IDENTITY_NUMBER_FORMAT,
            Message::IdentityNumberDate => k::IDENTITY_NUMBER_DATE,
            Message::IdentityNumberCheckDigit => k::IDENTITY_NUMBER_CHECK_DIGIT,
            Message::NotAPersonalIdentityNumber => k::NOT_A_PERSONAL_IDENTITY_NUMBER,
            Message::NotACoordinationNumber => k::NOT_A_COORDINATION_NUMBER,
            Message::UnknownCountry => k::UNKNOWN_COUNTRY,
            Message::UnknownOption => k::UNKNOWN_OPTION,
            Message::TooFewSelected { min } => return say(l, k::TOO_FEW_SELECTED, &[(*min).into()]),
            Message::TooManySelected { max } => return say(l, k::TOO_MANY_SELECTED, &[(*max).into()]),
            Message::RequiredDocument => k::REQUIRED_DOCUMENT,
            Message::TooManyFiles { max } => return say(l, k::TOO_MANY_FILES, &[(*max).into()]),
            Message::DocumentRefused(refusal) => match refusal {
                DocumentRefusal::WrongType { accepted } => return say(l, k::DOCUMENT_WRONG_TYPE, &[(&type_names(accepted, l)).into()]),
                DocumentRefusal::TooLarge { max_bytes } => return say(l, k::DOCUMENT_TOO_LARGE, &[(&file_size(*max_bytes, l)).into()]),
                DocumentRefusal::Empty => k::DOCUMENT_EMPTY,
                DocumentRefusal::TooMany { max_files } => return say(l, k::DOCUMENT_TOO_MANY, &[(*max_files).into()]),
            },
            Message::UploadOffline => k::UPLOAD_OFFLINE,
            Message::UploadFailed => k::UPLOAD_FAILED,
            Message::Failed(ui) => return ui.text(l),
            Message::Own(text) => return text.get(l).to_string(),
            Message::TooFewEntries { min, entry } => return say(l, k::TOO_FEW_ENTRIES, &[(*min).into(), (&lower_first(entry.get(l))).into()]),
            Message::TooManyEntries { max } => return say(l, k::TOO_MANY_ENTRIES, &[(*max).into()]),
        };
        say(l, key, &[])
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
