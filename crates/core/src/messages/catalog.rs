//! The engine's words from the catalogs in `catalogs/` (Project Fluent files a translator edits;
//! see `crates/catalogs`). `build.rs` numbers each message of `en.ftl` ([`key`]) and builds in
//! the Swedish and English patterns as one text each ([`words`]); another language's is installed from
//! the file the app fetches when that language is shown ([`install`]), or, outside the
//! browser, built in. A message a catalog lacks is shown in English.

use crate::basics::text::Locale;
use std::cell::RefCell;

// VARIABLE, CHOICE, VARIANT_TEXT, NEXT_VARIANT, END_CHOICE and LINE_BREAK, as crates/catalogs
// writes them.
include!(concat!(env!("OUT_DIR"), "/markers.rs"));

/// What a placeholder is filled with: a number (which a plural choice reads) or words.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Number(i64),
    Text(&'a str),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as i64)
            }
        }
    )*};
}
number_arg!(u32, u64, usize, i64);

/// The app's words (`catalogs/*.ftl`).
pub mod words {
    include!(concat!(env!("OUT_DIR"), "/words.rs"));
}
pub use words::key;

/// The words of the pages and mails the backend makes (`catalogs/pages/*.ftl`); never in the
/// download, since nothing in the app says them.
pub mod page_words {
    include!(concat!(env!("OUT_DIR"), "/page_words.rs"));
}

/// One folder of catalogs, as `build.rs` compiled it.
struct Area {
    sv: &'static str,
    en: &'static str,
    /// Whether the app fetches its other languages (see [`install`]).
    fetched: bool,
    #[cfg(not(target_arch = "wasm32"))]
    built_in: &'static [(&'static str, &'static str)],
    #[cfg(not(target_arch = "wasm32"))]
    arity: &'static [usize],
}

static APP: Area = Area {
    sv: words::SV,
    en: words::EN,
    fetched: true,
    #[cfg(not(target_arch = "wasm32"))]
    built_in: words::BUILT_IN,
    #[cfg(not(target_arch = "wasm32"))]
    arity: &words::ARITY,
};

static PAGES: Area = Area {
    sv: page_words::SV,
    en: page_words::EN,
    fetched: false,
    #[cfg(not(target_arch = "wasm32"))]
    built_in: page_words::BUILT_IN,
    #[cfg(not(target_arch = "wasm32"))]
    arity: &page_words::ARITY,
};

thread_local! {
    /// The catalogs the app fetched, by language: each a file of one pattern per line, in
    /// `en.ftl`'s order after a first line naming the language.
    static INSTALLED: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// The file to fetch for `locale`'s words, when the download does not hold them and they are
/// not installed yet: `catalogs/ar-1f2e3d4c.txt`.
pub fn to_fetch(locale: &Locale) -> Option<&'static str> {
    let language = locale.language();
    let (_, file) = words::FETCHED.iter().find(|(code, _)| *code == language)?;
    let installed = INSTALLED.with(|i| i.borrow().iter().any(|(code, _)| code == language));
    (!installed).then_some(*file)
}

/// Whether the engine has all of its words in `locale`'s language.
pub fn is_complete(locale: &Locale) -> bool {
    words::COMPLETE.contains(&locale.language())
}

/// A fetched catalog that is not one `blankett-catalogs write` made for this build.
#[derive(Debug, PartialEq, Eq)]
pub struct NotACatalog;

/// Installs a fetched catalog file; returns its language.
pub fn install(file: &str) -> Result<String, NotACatalog> {
    let language = file.split('\n').next().and_then(|l| l.strip_prefix("blankett-catalog ")).ok_or(NotACatalog)?.to_string();
    INSTALLED.with(|i| {
        let mut installed = i.borrow_mut();
        installed.retain(|(code, _)| *code != language);
        installed.push((language.clone(), file.to_string()));
    });
    Ok(language)
}

/// Message `index` (a [`key`]) in `locale`'s language, with `args` in its placeholders, in the
/// order of their first use in `en.ftl`.
pub fn say(locale: &Locale, index: usize, args: &[Arg]) -> String {
    say_in(&APP, locale, index, args)
}

/// Message `index` of the backend's pages (a [`page_words::key`]), as [`say`].
pub fn say_page(locale: &Locale, index: usize, args: &[Arg]) -> String {
    say_in(&PAGES, locale, index, args)
}

/// Whether the backend's pages have all of their words in `locale`'s language.
pub fn pages_are_complete(locale: &Locale) -> bool {
    page_words::COMPLETE.contains(&locale.language())
}

fn say_in(area: &Area, locale: &Locale, index: usize, args: &[Arg]) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    debug_assert_eq!(area.arity.get(index), Some(&args.len()), "message {index} has another number of placeholders");
    let language = locale.language();
    let from = |file: &str, language: &str| pattern(file, index).map(|p| render(p, args, language));
    let own = match language {
        "sv" => from(area.sv, "sv"),
        "en" => None,
        _ if area.fetched => INSTALLED.with(|i| i.borrow().iter().find(|(code, _)| code == language).and_then(|(_, file)| from(file, language))),
        _ => None,
    };
    #[cfg(not(target_arch = "wasm32"))]
    let own = own.or_else(|| area.built_in.iter().find(|(code, _)| *code == language).and_then(|(_, file)| from(file, language)));
    own.or_else(|| from(area.en, "en")).unwrap_or_default()
}

/// Message `index` of a catalog file: its line after the first; `None` if the catalog lacks it.
fn pattern(file: &str, index: usize) -> Option<&str> {
    file.split('\n').nth(index + 1).filter(|p| !p.is_empty())
}

fn render(pattern: &str, args: &[Arg], language: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut rest = pattern;
    // The markers are ASCII control characters, so a byte search finds them (and a char
    // boundary is always next to one).
    // Only the backend's words hold line breaks (a mail's lines); the app's have none.
    let line_break = if cfg!(target_arch = "wasm32") { VARIABLE as u8 } else { LINE_BREAK as u8 };
    while let Some(at) = rest.bytes().position(|b| b == VARIABLE as u8 || b == CHOICE as u8 || b == line_break) {
        let (before, from) = rest.split_at_checked(at).unwrap_or((rest, ""));
        out.push_str(before);
        let marker = from.bytes().next().unwrap_or_default();
        if marker == LINE_BREAK as u8 && !cfg!(target_arch = "wasm32") {
            out.push('\n');
            rest = from.get(1..).unwrap_or_default();
            continue;
        }
        let index = usize::from(from.bytes().nth(1).unwrap_or(b'0').saturating_sub(b'0'));
        let after = from.get(2..).unwrap_or_default();
        let arg = args.get(index).copied().unwrap_or(Arg::Text(""));
        if marker == VARIABLE as u8 {
            match arg {
                Arg::Number(n) => out.push_str(&digits(n)),
                Arg::Text(text) => out.push_str(text),
            }
            rest = after;
        } else {
            let end = after.bytes().position(|b| b == END_CHOICE as u8).unwrap_or(after.len());
            let n = if let Arg::Number(n) = arg { n } else { 0 };
            out.push_str(&render(choose(after.get(..end).unwrap_or_default(), n, language), args, language));
            rest = after.get(end + 1..).unwrap_or_default();
        }
    }
    out.push_str(rest);
    out
}

/// A number in ASCII digits; written out because the engine's words need nothing more.
fn digits(n: i64) -> String {
    let mut out = String::new();
    let mut place = 1;
    while n.unsigned_abs() / place >= 10 {
        place *= 10;
    }
    if n < 0 {
        out.push('-');
    }
    while place > 0 {
        out.push(char::from(b'0' + (n.unsigned_abs() / place % 10) as u8));
        place /= 10;
    }
    out
}

/// The variant for `n`: an exact number first, then `n`'s plural category, then the default.
fn choose<'p>(variants: &'p str, n: i64, language: &str) -> &'p str {
    let (exact, category) = (digits(n), plural_category(language, n));
    let (mut by_category, mut default) = (None, "");
    for variant in variants.split(NEXT_VARIANT) {
        let (key, text) = variant.split_once(VARIANT_TEXT).unwrap_or((variant, ""));
        let (is_default, key) = match key.strip_prefix('*') {
            Some(key) => (true, key),
            None => (false, key),
        };
        if key == exact {
            return text;
        }
        if key == category && by_category.is_none() {
            by_category = Some(text);
        }
        if is_default {
            default = text;
        }
    }
    by_category.unwrap_or(default)
}

/// The plural category of the whole number `n` in `language`, by the rules of Unicode CLDR for
/// the languages with catalogs (written out here: the full CLDR tables would add far more to the
/// download than these lines).
pub fn plural_category(language: &str, n: i64) -> &'static str {
    let n = n.unsigned_abs();
    match language {
        "ar" => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        "uk" | "ru" => match (n % 10, n % 100) {
            (1, r) if r != 11 => "one",
            (2..=4, r) if !(12..=14).contains(&r) => "few",
            _ => "many",
        },
        // Persian and Tigrinya count 0 with 1.
        "fa" | "ti" => if n <= 1 { "one" } else { "other" },
        _ => if n == 1 { "one" } else { "other" },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_follow_cldr_for_the_catalogs_languages() {
        let categories = |language: &str, ns: &[i64]| ns.iter().map(|n| plural_category(language, *n)).collect::<Vec<_>>();
        assert_eq!(categories("ar", &[0, 1, 2, 3, 10, 11, 99, 100, 102, 103]), ["zero", "one", "two", "few", "few", "many", "many", "other", "other", "few"]);
        assert_eq!(categories("uk", &[1, 21, 11, 2, 24, 12, 5, 0, 111]), ["one", "one", "many", "few", "few", "many", "many", "many", "many"]);
        assert_eq!(categories("fa", &[0, 1, 2]), ["one", "one", "other"]);
        assert_eq!(categories("so", &[0, 1, 2]), ["other", "one", "other"]);
        assert_eq!(categories("en", &[0, 1, 2]), ["other", "one", "other"]);
    }

    #[test]
    fn a_pattern_takes_its_placeholders_and_the_variant_for_its_number() {
        let wait = "Wait \u{2}0one\u{3}one minute\u{4}*other\u{3}\u{1}0 minutes\u{5}, then \u{1}1.";
        assert_eq!(render(wait, &[Arg::Number(1), Arg::Text("go on")], "en"), "Wait one minute, then go on.");
        assert_eq!(render(wait, &[Arg::Number(7), Arg::Text("go on")], "en"), "Wait 7 minutes, then go on.");
        let exact = "\u{2}0[0]\u{3}\u{1}1 s\u{4}*other\u{3}\u{1}0 min\u{5}".replace("[0]", "0");
        assert_eq!(render(&exact, &[Arg::Number(0), Arg::Number(40)], "en"), "40 s", "an exact number comes before the category");
        let arabic = "\u{2}0zero\u{3}لا شيء\u{4}two\u{3}اثنان\u{4}few\u{3}\u{1}0 قليلة\u{4}*other\u{3}\u{1}0\u{5}";
        assert_eq!(render(arabic, &[Arg::Number(2)], "ar"), "اثنان");
        assert_eq!(render(arabic, &[Arg::Number(5)], "ar"), "5 قليلة");
        assert_eq!(render(arabic, &[Arg::Number(100)], "ar"), "100");
    }

    #[test]
    fn an_installed_catalog_gives_its_language_and_a_missing_message_falls_back_to_english() {
        let locale = Locale::new("xx");
        assert_eq!(to_fetch(&locale), None, "no catalog of that language was built");
        assert_eq!(say(&locale, key::NEXT, &[]), "Next");
        let mut lines = vec![String::new(); words::EN.lines().count() - 1];
        lines[key::NEXT] = "Suivant".into();
        lines[key::STEP_OF] = "Étape \u{1}0 sur \u{1}1".into();

        assert_eq!(install(&format!("blankett-catalog xx\n{}", lines.join("\n"))), Ok("xx".to_string()));
        assert_eq!(say(&locale, key::NEXT, &[]), "Suivant");
        assert_eq!(say(&locale, key::STEP_OF, &[Arg::Number(2), Arg::Number(7)]), "Étape 2 sur 7");
        assert_eq!(say(&locale, key::BACK, &[]), "Back", "an empty line is a message the catalog lacks");
        assert_eq!(say(&Locale::new("sv-SE"), key::STEP_OF, &[Arg::Number(2), Arg::Number(7)]), "Steg 2 av 7");
        assert_eq!(install("<!doctype html>"), Err(NotACatalog), "a page where the file should be is refused");
    }

    #[test]
    fn every_catalogs_language_is_built_in_outside_the_browser_and_fetched_in_it() {
        for language in ["ar", "fa", "so", "ti", "uk"] {
            let locale = Locale::new(language);
            assert!(is_complete(&locale), "{language}");
            assert!(to_fetch(&locale).is_some_and(|file| file.starts_with(language) && file.ends_with(".txt")));
            assert_ne!(say(&locale, key::NEXT, &[]), "Next", "{language}");
            assert_ne!(say(&locale, key::TOO_MANY_ATTEMPTS, &[Arg::Number(3)]), say(&Locale::new("en"), key::TOO_MANY_ATTEMPTS, &[Arg::Number(3)]));
            assert!(say(&locale, key::TOO_MANY_ATTEMPTS, &[Arg::Number(3)]).contains('3'), "{language}: the number is in the words");
            assert!(words::AWAITING_REVIEW.contains(&language));
        }
        assert!(to_fetch(&Locale::new("sv")).is_none() && to_fetch(&Locale::new("en")).is_none(), "in the download");
        assert!(!words::AWAITING_REVIEW.contains(&"sv"));
    }
}
