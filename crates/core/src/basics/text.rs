//! Translatable text as form designers write it, and the applicant's language.
//!
//! A text in a schema is either a plain string (the same in every language) or a map from a
//! language code to the translation: `{"sv": "Förnamn", "en": "First name"}`.

use serde::{Deserialize, Serialize};
use crate::basics::map::Map;

/// A language code as used in schema files and in the `lang` attribute ("sv", "en", "ar").
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Locale(pub String);

impl Locale {
    pub fn new(code: &str) -> Self {
        Locale(code.to_ascii_lowercase())
    }
    pub fn code(&self) -> &str {
        &self.0
    }
    /// The language without its region or script: `fa` for `fa-AF`.
    pub fn language(&self) -> &str {
        let end = self.0.bytes().position(|b| b == b'-' || b == b'_').unwrap_or(self.0.len());
        self.0.get(..end).unwrap_or_default()
    }
    /// Languages written right to left; the page gets `dir="rtl"` for them.
    pub fn is_right_to_left(&self) -> bool {
        matches!(self.language(), "ar" | "fa" | "he" | "ur" | "ps" | "ckb" | "yi" | "dv")
    }
}

/// A text from a schema file: a plain string, or translations by language code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum Text {
    Plain(String),
    Translated(Map<String>),
}

impl Text {
    /// The text in `locale`, falling back to English, then Swedish, then any translation, so an
    /// applicant always sees words rather than a blank.
    pub fn get(&self, locale: &Locale) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::Translated(map) => map
                .get(locale.code())
                .or_else(|| map.get("en"))
                .or_else(|| map.get("sv"))
                .or_else(|| map.values().next())
                .map(String::as_str)
                .unwrap_or(""),
        }
    }

    /// The language codes this text is written in; `None` for a plain string.
    pub fn languages(&self) -> Option<impl Iterator<Item = &str>> {
        match self {
            Text::Plain(_) => None,
            Text::Translated(map) => Some(map.keys().map(String::as_str)),
        }
    }

    pub fn is_blank(&self) -> bool {
        match self {
            Text::Plain(s) => s.trim().is_empty(),
            Text::Translated(map) => map.values().all(|s| s.trim().is_empty()),
        }
    }
}

/// `text` in a sentence of `locale`'s: in a language written right to left, isolated as left to
/// right (between U+2066 and U+2069), so that a reference number keeps its order
/// ("BL-2026-4821-0736", not "2026-4821-0736-BL"); elsewhere as it is.
pub fn left_to_right(text: &str, locale: &Locale) -> String {
    if locale.is_right_to_left() { format!("\u{2066}{text}\u{2069}") } else { text.to_string() }
}

/// `typed` with Arabic-Indic (٠–٩) and Persian (۰–۹) digits, as phone keyboards in those
/// languages give them, written as ASCII digits (and the Arabic decimal sign ٫ as a point);
/// `None` if it has none of them.
pub fn ascii_digits(typed: &str) -> Option<String> {
    typed.chars().any(|c| ascii_digit(c) != c).then(|| typed.chars().map(ascii_digit).collect())
}

/// One character as [`ascii_digits`] writes it.
pub fn ascii_digit(c: char) -> char {
    let from = match c {
        '\u{0660}'..='\u{0669}' => 0x0660,
        '\u{06F0}'..='\u{06F9}' => 0x06F0,
        '\u{066B}' => return '.',
        _ => return c,
    };
    char::from_u32(c as u32 - from + '0' as u32).unwrap_or(c)
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

/// The candidate within two edits of `name`, if one is. A short word is never "corrected" into
/// another (`ja` is not a misspelt `no`): the edits must be at most a third of the word.
pub fn closest<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (edit_distance(name, c), *c))
        .filter(|(d, c)| *d <= 2 && d * 3 <= name.chars().count().max(c.chars().count()))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translated_text_falls_back_to_english_then_swedish() {
        let t: Text = serde_json::from_str(r#"{"sv": "Namn", "en": "Name"}"#).unwrap();
        assert_eq!(t.get(&Locale::new("sv")), "Namn");
        assert_eq!(t.get(&Locale::new("ar")), "Name");
        let only_sv: Text = serde_json::from_str(r#"{"sv": "Namn"}"#).unwrap();
        assert_eq!(only_sv.get(&Locale::new("en")), "Namn");
        let plain: Text = serde_json::from_str(r#""Namn""#).unwrap();
        assert_eq!(plain.get(&Locale::new("en")), "Namn");
    }

    #[test]
    fn arabic_indic_and_persian_digits_are_read_as_ascii_digits() {
        assert_eq!(ascii_digits("١٩٩٠-٠٤-٢٣").as_deref(), Some("1990-04-23"));
        assert_eq!(ascii_digits("۱۹۹۰۰۴۲۳-۱۲۳۴").as_deref(), Some("19900423-1234"));
        assert_eq!(ascii_digits("١٢٫٥").as_deref(), Some("12.5"));
        assert_eq!(ascii_digits("1990-04-23"), None);
        assert_eq!(ascii_digits("مرحبا"), None, "letters are left as typed");
    }

    #[test]
    fn right_to_left_locales_are_known() {
        assert!(Locale::new("ar").is_right_to_left());
        assert!(Locale::new("fa-IR").is_right_to_left());
        assert!(!Locale::new("sv").is_right_to_left());
        assert_eq!(Locale::new("sv-SE").language(), "sv");
        assert_eq!(Locale::new("fa_AF").language(), "fa");
    }
}
