//! What a `document` question takes, in plain words.

use crate::basics::text::{Locale, Text};

/// What a `document` question takes, above its file input: "You can upload 1 file: PDF, JPEG or
/// PNG, up to 10 MB."
pub fn document_rules(limits: &crate::schema::DocumentLimits, locale: &Locale) -> String {
    let (types, size) = (type_names(&limits.file_types, locale), file_size(limits.max_bytes, locale));
    super::say(locale, super::catalog::key::DOCUMENT_RULES, &[limits.max_files.into(), (&types).into(), (&size).into()])
}

/// A `document` question's hint: the designer's hint, if any, then what the question takes
/// ([`document_rules`]), in each of the form's `languages` (and English, for any other).
pub fn document_hint(question: &crate::schema::Question, languages: &[String]) -> Text {
    let limits = question.document_limits();
    let mut map = crate::basics::map::Map::new();
    for code in languages.iter().map(String::as_str).chain(["en"]) {
        let locale = Locale::new(code);
        let rules = document_rules(&limits, &locale);
        let text = match &question.hint {
            Some(hint) => format!("{} {rules}", hint.get(&locale)),
            None => rules,
        };
        map.insert(code.to_string(), text);
    }
    Text::Translated(map)
}

/// File types in plain words: "PDF, JPEG or PNG" for `application/pdf`, `image/jpeg`, `image/png`.
/// A type's name is its subtype in capitals (without `x-`); Word and Excel files by those names.
pub fn type_names(types: &[String], locale: &Locale) -> String {
    let mut names: Vec<String> = Vec::new();
    for file_type in types {
        let sub = file_type.rsplit('/').next().unwrap_or_default().to_ascii_lowercase();
        let name = match sub.as_str() {
            "msword" | "vnd.openxmlformats-officedocument.wordprocessingml.document" => "Word".to_string(),
            "vnd.ms-excel" | "vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "Excel".to_string(),
            sub => sub.strip_prefix("x-").unwrap_or(sub).to_ascii_uppercase(),
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let last = names.pop().unwrap_or_default();
    if names.is_empty() {
        return last;
    }
    super::say(locale, super::catalog::key::TYPES_LAST, &[(&names.join(", ")).into(), (&last).into()])
}

/// A file's size as people read it: `240 KB`, `10 MB`, `1.5 MB` (`1,5 MB` in Swedish). Kilobytes
/// are rounded up (a file is never shown smaller than a limit it is over); megabytes are cut to
/// tenths (a limit is never shown larger than it is).
pub fn file_size(bytes: u64, locale: &Locale) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes < MB {
        return format!("{} KB", bytes.div_ceil(1024).max(1));
    }
    let tenths = bytes * 10 / MB;
    let point = super::say(locale, super::catalog::key::DECIMAL_POINT, &[]);
    match tenths % 10 {
        0 => format!("{} MB", tenths / 10),
        tenth => format!("{}{point}{tenth} MB", tenths / 10),
    }
}
