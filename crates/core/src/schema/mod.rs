//! The schema model: what a form designer writes in a file under `forms/`.
//!
//! A question is one flat struct with a `type` and the optional rules of every type. That keeps
//! the file format obvious to designers (and `deny_unknown_fields` catches typos such as
//! `"requried"`); which rules belong to which type is checked by [`crate::schema::check`], which reports
//! every misplaced rule with its location instead of stopping at the first.

pub mod check;
pub mod expr;
pub mod load;
pub mod read;
pub mod ready;

use crate::basics::map::Map;
use crate::basics::text::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Form {
    /// The JSON Schema this file follows, for editors. Not used by the engine.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub json_schema: Option<String>,
    /// Unique among the forms; lower case letters, digits and dashes (it appears in addresses).
    pub id: String,
    pub title: Text,
    /// What the form is for. Decides how long an interrupted draft is kept (R4): a
    /// `work-permit` draft 30 days after its last save, every other kind 48 hours.
    pub kind: FormKind,
    /// The languages every text of this form must be translated into, e.g. `["sv", "en"]`.
    /// The first is the default.
    #[serde(default = "default_languages")]
    pub languages: Vec<String>,
    /// Minutes the applicant has on each page (default 30). A page may set its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_time_limit_minutes: Option<u32>,
    /// Seconds before a page's time ends that the applicant is warned and offered more time
    /// (default 120, at least 20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_warning_seconds: Option<u32>,
    /// How many times the applicant may get more time on one page (default 10, at least 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_extensions: Option<u32>,
    /// What happens when a page's time runs out, after its answers are saved:
    /// `save-and-sign-out` (the default) or `save-and-continue` (the page's time starts again).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_time_out: Option<TimeOutPolicy>,
    /// A short introduction shown above the first page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The id of the date question that holds the applicant's date of birth. With it, an
    /// applicant can look up their application's status with its reference number and that date,
    /// without signing in (R12).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date_question: Option<String>,
    /// The ids of the questions that together give the applicant's name, in the order written
    /// (e.g. `["given_names", "surname"]`): the printed application names the applicant.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub applicant_name: Vec<String>,
    /// What the applicant declares before confirming, ticked on the check-answers page (default:
    /// "I confirm that the information I have given is correct and complete.").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declaration: Option<Text>,
    pub pages: Vec<Page>,
    /// The form made ready to run (see [`Form::ready`]); nothing a designer writes.
    #[serde(skip)]
    #[cfg_attr(feature = "json-schema", schemars(skip))]
    pub prepared: ready::Prepared,
}

fn default_languages() -> Vec<String> {
    vec!["sv".into(), "en".into()]
}

/// A form may not ask for less (checked by lint). WCAG 2.2.1: the applicant has at least 20 seconds to ask for more time.
pub const MIN_WARNING_SECONDS: u32 = 20;
/// WCAG 2.2.1: more time can be asked for at least ten times. Also the default.
pub const MIN_EXTENSIONS: u32 = 10;

/// What happens when the time on a page runs out. The page's answers are saved first either way.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum TimeOutPolicy {
    /// Sign the applicant out; signing in again continues on the same page (R5).
    #[default]
    SaveAndSignOut,
    /// Keep the applicant signed in and start the page's time again.
    SaveAndContinue,
}

impl TimeOutPolicy {
    pub const ALL: [(&'static str, TimeOutPolicy); 2] =
        [("save-and-sign-out", TimeOutPolicy::SaveAndSignOut), ("save-and-continue", TimeOutPolicy::SaveAndContinue)];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FormKind {
    WorkPermit,
    Visit,
    Study,
    Family,
    Citizenship,
    Other,
}

impl FormKind {
    pub const ALL: [(&'static str, FormKind); 6] = [
        ("work-permit", FormKind::WorkPermit),
        ("visit", FormKind::Visit),
        ("study", FormKind::Study),
        ("family", FormKind::Family),
        ("citizenship", FormKind::Citizenship),
        ("other", FormKind::Other),
    ];

    /// How long a draft is kept after its last save, in hours (R4).
    pub fn retention_hours(self) -> u32 {
        match self {
            FormKind::WorkPermit => 30 * 24,
            _ => 48,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// Unique in the form; appears in the address of the page.
    pub id: String,
    pub title: Text,
    /// Show this page only when the expression holds, e.g. `has_children == "yes"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible_if: Option<String>,
    /// Minutes on this page, overriding the form's limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit_minutes: Option<u32>,
    pub questions: Vec<Question>,
}

/// A question, or a static block of text (`heading`, `paragraph`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Unique in the form (inside a repeating group: unique in the group). Static blocks need none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub kind: QuestionKind,
    /// The question as the applicant reads it. Required for every type but `heading` and
    /// `paragraph`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// Help shown under the label, e.g. the expected format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
    /// The words of a `heading` or `paragraph`. Always shown as text, never as HTML.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// Required only when this expression holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_if: Option<String>,
    /// Shown (and validated, and submitted) only when this expression holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible_if: Option<String>,
    /// The question's own error messages, by the rule each one replaces, in the designer's words:
    /// `{"required": {"sv": "Ange ditt efternamn", "en": "Enter your surname"}}`. A rule without
    /// one keeps the engine's words. Only the rules the question has can be given words (lint
    /// reports any other).
    #[serde(default, skip_serializing_if = "Map::is_empty", deserialize_with = "own_messages")]
    #[cfg_attr(feature = "json-schema", schemars(schema_with = "error_messages_schema"))]
    pub messages: Map<Text>,

    // Text rules (short_text, long_text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,

    // Number rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Only whole numbers.
    #[serde(default, skip_serializing_if = "is_false")]
    pub whole_number: bool,

    // Date rules.
    /// The date must be before today.
    #[serde(default, skip_serializing_if = "is_false")]
    pub in_past: bool,
    /// The date must be after today.
    #[serde(default, skip_serializing_if = "is_false")]
    pub in_future: bool,
    /// The date must be after the date answered in this question (its id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// The date must be before the date answered in this question (its id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    /// A birth date: the applicant must be at least this many years old today.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_age: Option<u32>,
    /// A date the applicant knows without a calendar, such as a date of birth: asked as day,
    /// month and year in three fields (GOV.UK's date input) instead of the browser's date picker,
    /// which is kept for dates near today.
    #[serde(default, skip_serializing_if = "is_false")]
    pub memorable: bool,

    // Choice rules (single_choice, dropdown, multiple_choice).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Choice>,
    /// multiple_choice: at least this many ticked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_selected: Option<u32>,
    /// multiple_choice: at most this many ticked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_selected: Option<u32>,

    // Personal identity number rules.
    /// Which Swedish numbers are accepted (default: both).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accept: Option<IdentityNumberKind>,

    // Documents.
    /// `document`: the file types accepted, as MIME types (default: PDF, JPEG and PNG).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub file_types: Vec<String>,
    /// `document`: the largest file accepted, in kilobytes (default 10 240, that is 10 MB).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_file_size_kb: Option<u32>,
    /// `document`: how many files at most (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_files: Option<u32>,

    // Repeating group.
    /// The questions asked for each entry of a `repeating_group`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<Question>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_entries: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_entries: Option<u32>,
    /// The heading of one entry, e.g. "Child"; the engine adds its number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_title: Option<Text>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The rules a question's `messages` can give its own words for.
pub const ERROR_RULES: [&str; 20] = [
    "required", "format", "min_length", "max_length", "whole_number", "min", "max", "in_past", "in_future", "after", "before",
    "min_age", "accept", "min_selected", "max_selected", "min_entries", "max_entries", "file_types", "max_file_size_kb", "max_files",
];

/// A question's `messages` as serde reads them: like the engine's reader, refusing a rule that is
/// not one of [`ERROR_RULES`].
fn own_messages<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Map<Text>, D::Error> {
    let messages = Map::<Text>::deserialize(deserializer)?;
    if let Some(rule) = messages.keys().find(|rule| !ERROR_RULES.contains(&rule.as_str())) {
        return Err(serde::de::Error::unknown_field(rule, &ERROR_RULES));
    }
    Ok(messages)
}

/// When each of [`ERROR_RULES`] is broken, for the JSON Schema (only: the app does not need them).
#[cfg(feature = "json-schema")]
const ERROR_RULES_COVER: [&str; 20] = [
    "the question is not answered (with `required` or `required_if`)",
    "the answer is not an email address, phone number, number, date or identity number",
    "the text is shorter than `min_length`",
    "the text is longer than `max_length`",
    "the number is not whole",
    "the number is less than `min`",
    "the number is more than `max`",
    "the date is not before today",
    "the date is not after today",
    "the date is not after the one in `after`",
    "the date is not before the one in `before`",
    "the applicant is younger than `min_age`",
    "the identity number is not of the kind in `accept`",
    "fewer options are ticked than `min_selected`",
    "more options are ticked than `max_selected`",
    "the group has fewer entries than `min_entries`",
    "the group has more entries than `max_entries`",
    "a file is not of a type in `file_types`",
    "a file is larger than `max_file_size_kb`",
    "more files than `max_files`",
];

#[cfg(feature = "json-schema")]
fn error_messages_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let text = generator.subschema_for::<Text>();
    let properties: serde_json::Map<String, serde_json::Value> = ERROR_RULES
        .iter()
        .zip(ERROR_RULES_COVER)
        .map(|(rule, covers)| {
            let mut schema = text.clone();
            schema.insert("description".into(), format!("Instead of the engine's words when {covers}.").into());
            (rule.to_string(), schema.to_value())
        })
        .collect();
    schemars::json_schema!({
        "description": "The question's own error messages, by the rule each one replaces.",
        "type": "object",
        "properties": properties,
        "additionalProperties": false,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    ShortText,
    LongText,
    Email,
    Phone,
    Number,
    Date,
    SingleChoice,
    Dropdown,
    MultipleChoice,
    YesNo,
    /// Swedish personnummer or samordningsnummer.
    PersonalIdentityNumber,
    Country,
    RepeatingGroup,
    /// Files the applicant uploads; the answer lists the uploaded documents' ids.
    Document,
    Heading,
    Paragraph,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 16] = [
        QuestionKind::ShortText,
        QuestionKind::LongText,
        QuestionKind::Email,
        QuestionKind::Phone,
        QuestionKind::Number,
        QuestionKind::Date,
        QuestionKind::SingleChoice,
        QuestionKind::Dropdown,
        QuestionKind::MultipleChoice,
        QuestionKind::YesNo,
        QuestionKind::PersonalIdentityNumber,
        QuestionKind::Country,
        QuestionKind::RepeatingGroup,
        QuestionKind::Document,
        QuestionKind::Heading,
        QuestionKind::Paragraph,
    ];

    /// Headings and paragraphs show text and take no answer.
    pub fn is_static(self) -> bool {
        matches!(self, QuestionKind::Heading | QuestionKind::Paragraph)
    }
    pub fn has_options(self) -> bool {
        matches!(self, QuestionKind::SingleChoice | QuestionKind::Dropdown | QuestionKind::MultipleChoice)
    }
    /// The name designers write in a file, for messages.
    pub fn name(self) -> &'static str {
        match self {
            QuestionKind::ShortText => "short_text",
            QuestionKind::LongText => "long_text",
            QuestionKind::Email => "email",
            QuestionKind::Phone => "phone",
            QuestionKind::Number => "number",
            QuestionKind::Date => "date",
            QuestionKind::SingleChoice => "single_choice",
            QuestionKind::Dropdown => "dropdown",
            QuestionKind::MultipleChoice => "multiple_choice",
            QuestionKind::YesNo => "yes_no",
            QuestionKind::PersonalIdentityNumber => "personal_identity_number",
            QuestionKind::Country => "country",
            QuestionKind::RepeatingGroup => "repeating_group",
            QuestionKind::Document => "document",
            QuestionKind::Heading => "heading",
            QuestionKind::Paragraph => "paragraph",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// What is stored and compared in expressions, e.g. `"married"`.
    pub value: String,
    /// What the applicant reads.
    pub label: Option<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum IdentityNumberKind {
    /// Personnummer only.
    PersonalIdentityNumber,
    /// Samordningsnummer only.
    CoordinationNumber,
    Both,
}

/// The limits of a `document` question, with the defaults filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentLimits {
    pub file_types: Vec<String>,
    pub max_bytes: u64,
    pub max_files: u32,
}

/// Why a file is not accepted for a `document` question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentRefusal {
    WrongType { accepted: Vec<String> },
    TooLarge { max_bytes: u64 },
    Empty,
    TooMany { max_files: u32 },
}

impl DocumentLimits {
    /// Whether one more file of this type and size may be added to `already` files.
    pub fn admits(&self, content_type: &str, size: u64, already: u32) -> Result<(), DocumentRefusal> {
        self.admits_announced(content_type, Some(size), already)
    }

    /// The same, for a file not yet received whose size may not be known (an upload without
    /// `Content-Length`): what can be refused before reading it.
    pub fn admits_announced(&self, content_type: &str, size: Option<u64>, already: u32) -> Result<(), DocumentRefusal> {
        let base_type = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        if !self.file_types.iter().any(|t| t.eq_ignore_ascii_case(&base_type)) {
            return Err(DocumentRefusal::WrongType { accepted: self.file_types.clone() });
        }
        if size == Some(0) {
            return Err(DocumentRefusal::Empty);
        }
        if size.is_some_and(|size| size > self.max_bytes) {
            return Err(DocumentRefusal::TooLarge { max_bytes: self.max_bytes });
        }
        if already >= self.max_files {
            return Err(DocumentRefusal::TooMany { max_files: self.max_files });
        }
        Ok(())
    }
}

/// A document's name as it is kept and shown: on one line, at most 200 characters, and without
/// the invisible characters that turn text around (`invoice\u{202e}fdp.exe` shows as
/// `invoiceexe.pdf`); "document" if nothing is left.
pub fn document_name(raw: &str) -> String {
    let bidi_control = |c: char| matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    let name: String = raw.chars().filter(|c| !c.is_control() && !bidi_control(*c)).take(200).collect();
    match name.trim() {
        "" => "document".into(),
        name => name.into(),
    }
}

impl Question {
    /// Whether the question has `rule` (one of [`ERROR_RULES`]), so that a message for it can
    /// ever be shown.
    pub fn has_rule(&self, rule: &str) -> bool {
        use QuestionKind::*;
        let kind = self.kind;
        match rule {
            "required" => self.required || self.required_if.is_some(),
            "format" => matches!(kind, Email | Phone | Number | Date | PersonalIdentityNumber),
            "min_length" => self.min_length.is_some(),
            "max_length" => self.max_length.is_some(),
            "whole_number" => self.whole_number,
            "min" => self.min.is_some(),
            "max" => self.max.is_some(),
            "in_past" => self.in_past,
            "in_future" => self.in_future,
            "after" => self.after.is_some(),
            "before" => self.before.is_some(),
            "min_age" => self.min_age.is_some(),
            "accept" => matches!(self.accept, Some(IdentityNumberKind::PersonalIdentityNumber | IdentityNumberKind::CoordinationNumber)),
            "min_selected" => self.min_selected.is_some(),
            "max_selected" => self.max_selected.is_some(),
            "min_entries" => self.min_entries.is_some(),
            "max_entries" => self.max_entries.is_some(),
            // Every document question has these, by default if not written.
            "file_types" | "max_file_size_kb" | "max_files" => kind == Document,
            _ => false,
        }
    }

    pub fn document_limits(&self) -> DocumentLimits {
        let file_types = if self.file_types.is_empty() {
            ["application/pdf", "image/jpeg", "image/png"].map(String::from).to_vec()
        } else {
            self.file_types.clone()
        };
        DocumentLimits { file_types, max_bytes: u64::from(self.max_file_size_kb.unwrap_or(10 * 1024)) * 1024, max_files: self.max_files.unwrap_or(1) }
    }
}

impl Form {
    /// The form made ready to run: its conditions parsed and its questions indexed, once.
    pub fn ready(&self) -> &ready::Ready {
        self.prepared.get(self)
    }

    /// The question `id` (inside `group`'s entries, if it has one of that id; else at the top),
    /// with its page and its conditions: found through the index, never by a search of the form.
    pub fn asked(&self, group: Option<&str>, id: &str) -> Option<ready::Asked<'_>> {
        let ready = self.ready();
        let top = |id: &str| {
            let (p, q) = ready.place(id)?;
            Some(ready::Asked { page: p, question: self.pages.get(p)?.questions.get(q)?, ready: ready.question(p, q)?, group: None })
        };
        if let Some(group) = group.and_then(top) {
            if let Some(c) = group.question.questions.iter().position(|q| q.id.as_deref() == Some(id)) {
                let (question, child) = (group.question.questions.get(c)?, group.ready.questions.get(c)?);
                return Some(ready::Asked { page: group.page, question, ready: child, group: Some(group.question) });
            }
        }
        top(id)
    }

    pub fn default_locale(&self) -> crate::basics::text::Locale {
        crate::basics::text::Locale::new(self.languages.first().map(String::as_str).unwrap_or("sv"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_limits_take_defaults_and_refuse_type_size_and_count() {
        let question: Question = serde_json::from_str(r#"{"id": "passport", "type": "document", "label": "Passport"}"#).unwrap();
        let limits = question.document_limits();
        assert_eq!((limits.max_bytes, limits.max_files), (10 * 1024 * 1024, 1));
        assert_eq!(limits.admits("application/pdf", 1000, 0), Ok(()));
        assert_eq!(limits.admits("Image/PNG; charset=binary", 1000, 0), Ok(()));
        assert!(matches!(limits.admits("application/zip", 1000, 0), Err(DocumentRefusal::WrongType { .. })));
        assert_eq!(limits.admits("application/pdf", 0, 0), Err(DocumentRefusal::Empty));
        assert_eq!(limits.admits("application/pdf", 10 * 1024 * 1024 + 1, 0), Err(DocumentRefusal::TooLarge { max_bytes: 10 * 1024 * 1024 }));
        assert_eq!(limits.admits("application/pdf", 1000, 1), Err(DocumentRefusal::TooMany { max_files: 1 }));
        assert_eq!(limits.admits_announced("application/pdf", None, 0), Ok(()), "the size is checked while reading");
        assert_eq!(limits.admits_announced("application/pdf", Some(10 * 1024 * 1024 + 1), 0), Err(DocumentRefusal::TooLarge { max_bytes: 10 * 1024 * 1024 }));
    }

    #[test]
    fn a_document_name_cannot_hide_its_ending_or_break_a_line() {
        assert_eq!(document_name("invoice\u{202e}fdp.exe"), "invoicefdp.exe");
        assert_eq!(document_name("\u{2067}a\u{2069}\u{200f}.pdf\n"), "a.pdf");
        assert_eq!(document_name("جواز.pdf"), "جواز.pdf", "right-to-left letters stay");
        assert_eq!(document_name("\u{202e}\t"), "document");
        assert_eq!(document_name(&"a".repeat(300)).len(), 200);
    }
}
