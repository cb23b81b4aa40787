//! "Did this page help you?" (R14): an answer, Yes or No, about one page in one language, and then
//! perhaps a comment. Kept for the people who improve the pages, never with who gave it: no
//! account, no network address, and the day rather than the moment. A comment is asked not to
//! hold personal data, and what still looks like it (a long number, an email address) is removed
//! before it is kept.

use crate::account::Limit;

/// The longest comment kept, in characters: a few paragraphs.
pub const COMMENT_MAX: usize = 1200;
/// Answers and comments from one network address, so that nobody can fill the feedback with
/// noise quickly.
pub const PER_CLIENT: Limit = Limit { max: 20, window: 60 * 60 * 1000 };
/// What replaces what looked like personal data in a comment.
pub const REMOVED: &str = "[removed]";

/// The server's own pages that ask for feedback. The app's pages are `/forms/{form}`. (BankID's
/// waiting page does not: without JavaScript it reloads itself, which would lose a comment.)
pub const SERVER_PAGES: [&str; 7] = ["/", "/sign-in", "/sign-in/foreign-eid", "/account", "/status", "/support", "/signed-out"];

/// Which page an answer is about: a page of this service, and on a form which of its pages (the
/// page's id in the schema, or `review`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct About {
    pub page: String,
    pub part: Option<String>,
}

/// Why an answer or a comment is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not a page of this service.
    UnknownPage,
    /// A part that is not an id.
    UnknownPart,
    UnknownLanguage,
    CommentTooLong,
}

impl Refusal {
    /// For the caller of the API, in English.
    pub fn message(self) -> String {
        match self {
            Refusal::UnknownPage => "page must be the address of one of the service's pages, like /support or /forms/work-permit.".into(),
            Refusal::UnknownPart => "part must be the id of a page of the form (letters, digits, - and _, at most 64).".into(),
            Refusal::UnknownLanguage => "language must be sv or en.".into(),
            Refusal::CommentTooLong => format!("comment must be at most {COMMENT_MAX} characters."),
        }
    }
}

fn is_id(text: &str) -> bool {
    !text.is_empty() && text.len() <= 64 && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Checks which page an answer is about.
pub fn about(page: &str, part: Option<&str>) -> Result<About, Refusal> {
    let page = page.trim();
    let known = SERVER_PAGES.contains(&page) || page.strip_prefix("/forms/").is_some_and(is_id);
    if !known {
        return Err(Refusal::UnknownPage);
    }
    let part = part.map(str::trim).filter(|part| !part.is_empty());
    if part.is_some_and(|part| !is_id(part)) {
        return Err(Refusal::UnknownPart);
    }
    Ok(About { page: page.to_string(), part: part.map(str::to_string) })
}

/// The pages' languages.
pub fn language(code: &str) -> Result<&'static str, Refusal> {
    match code.trim() {
        "sv" => Ok("sv"),
        "en" => Ok("en"),
        _ => Err(Refusal::UnknownLanguage),
    }
}

/// A comment as kept: trimmed, with what looks like personal data removed; none if empty.
pub fn comment(text: &str) -> Result<Option<String>, Refusal> {
    let text = text.trim();
    if text.chars().count() > COMMENT_MAX {
        return Err(Refusal::CommentTooLong);
    }
    Ok((!text.is_empty()).then(|| redact(text)))
}

/// A digit in any script: phone keyboards give Arabic-Indic, Persian or full-width digits.
fn is_digit(c: char) -> bool {
    c.is_numeric()
}

/// Removes what looks like personal data: an email address, and a run of six or more digits
/// (a personal identity number, a phone number, a reference number, a date of birth), also
/// when spaces, dashes, dots, slashes or `+` separate its digits.
pub fn redact(text: &str) -> String {
    let words: Vec<String> = text.split(' ').map(|word| if word.contains('@') && word.contains('.') { REMOVED.to_string() } else { word.to_string() }).collect();
    let text = words.join(" ");
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if is_digit(chars[i]) || (chars[i] == '+' && chars.get(i + 1).copied().is_some_and(is_digit)) {
            // The longest run of digits with single separators between them.
            let (mut end, mut digits, mut j) = (i, 0, i);
            while j < chars.len() {
                if is_digit(chars[j]) {
                    digits += 1;
                    end = j + 1;
                    j += 1;
                } else if (j == i && chars[j] == '+') || (matches!(chars[j], ' ' | '-' | '.' | '/') && chars.get(j + 1).copied().is_some_and(is_digit) && j > i) {
                    j += 1;
                } else {
                    break;
                }
            }
            if digits >= 6 {
                out.push_str(REMOVED);
            } else {
                out.extend(&chars[i..end.max(i + 1)]);
            }
            i = end.max(i + 1);
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// The day an answer is kept under, from a moment already on the service's clock.
pub fn day_of(time: super::WallTime) -> String {
    format!("{:04}-{:02}-{:02}", time.year, time.month, time.day)
}

/// `POST /api/feedback`'s body, as the app sends it.
pub fn answer_json(page: &str, part: &str, language: &str, helpful: bool) -> String {
    use crate::basics::json::write_string;
    let mut out = String::from("{\"page\":");
    write_string(page, &mut out);
    if !part.is_empty() {
        out.push_str(",\"part\":");
        write_string(part, &mut out);
    }
    out.push_str(",\"language\":");
    write_string(language, &mut out);
    out.push_str(if helpful { ",\"helpful\":true}" } else { ",\"helpful\":false}" });
    out
}

/// `POST /api/feedback/{id}/comment`'s body.
pub fn comment_json(comment: &str) -> String {
    let mut out = String::from("{\"comment\":");
    crate::basics::json::write_string(comment, &mut out);
    out.push('}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_about_a_page_of_this_service() {
        assert_eq!(about("/support", None), Ok(About { page: "/support".into(), part: None }));
        assert_eq!(about("/forms/work-permit", Some("employment")), Ok(About { page: "/forms/work-permit".into(), part: Some("employment".into()) }));
        assert_eq!(about("/forms/work-permit", Some(" ")), Ok(About { page: "/forms/work-permit".into(), part: None }));
        for page in ["", "/nowhere", "https://evil.example/support", "/forms/", "/forms/../secret", "/forms/a/b", "/support?email=a@b.se"] {
            assert_eq!(about(page, None), Err(Refusal::UnknownPage), "{page}");
        }
        assert_eq!(about("/support", Some("<script>")), Err(Refusal::UnknownPart));
        assert_eq!(language("sv"), Ok("sv"));
        assert_eq!(language("fr"), Err(Refusal::UnknownLanguage));
    }

    #[test]
    fn what_looks_like_personal_data_is_removed_from_a_comment() {
        assert_eq!(redact("My number is 19900327-1234, call 070-123 45 67"), "My number is [removed], call [removed]");
        assert_eq!(redact("Mail me at anna.svensson@example.se."), "Mail me at [removed]");
        assert_eq!(redact("Reference BL-2026-4821-0736 is stuck"), "Reference BL-[removed] is stuck");
        assert_eq!(redact("+46 771 235 235"), "[removed]");
        assert_eq!(redact("Page 3 of 5 took 30 minutes in 2026"), "Page 3 of 5 took 30 minutes in 2026");
        assert_eq!(redact("Born 1990-03-27"), "Born [removed]");
        assert_eq!(redact("12345 and 1.5"), "12345 and 1.5");
        assert_eq!(redact("åäö 123456"), "åäö [removed]");
        // As phone keyboards in other scripts type them: full-width, Arabic-Indic, Persian.
        assert_eq!(redact("ring ０７０１２３４５６７"), "ring [removed]");
        assert_eq!(redact("رقمي ٠٧٠١٢٣٤٥٦٧"), "رقمي [removed]");
        assert_eq!(redact("شماره ۰۷۰-۱۲۳ ۴۵ ۶۷"), "شماره [removed]");
    }

    #[test]
    fn the_app_sends_answers_and_comments_as_the_contract_says() {
        assert_eq!(answer_json("/forms/visit", "about-you", "sv", false), r#"{"page":"/forms/visit","part":"about-you","language":"sv","helpful":false}"#);
        assert_eq!(answer_json("/forms/visit", "", "en", true), r#"{"page":"/forms/visit","language":"en","helpful":true}"#);
        assert_eq!(comment_json("Say \"hi\"\n"), r#"{"comment":"Say \"hi\"\n"}"#);
    }

    #[test]
    fn a_comment_is_trimmed_limited_and_may_be_empty() {
        assert_eq!(comment("  "), Ok(None));
        assert_eq!(comment(" The button was hard to find "), Ok(Some("The button was hard to find".into())));
        assert_eq!(comment(&"å".repeat(COMMENT_MAX)).map(|c| c.map(|c| c.chars().count())), Ok(Some(COMMENT_MAX)));
        assert_eq!(comment(&"a".repeat(COMMENT_MAX + 1)), Err(Refusal::CommentTooLong));
    }
}
