//! The pages the server renders itself, around the app: the start page and the sign-in pages.
//! They cost the app no download and work without JavaScript. Each is a view model (every word
//! already in the applicant's language) rendered by an askama template in `templates/`, which
//! escapes everything it is given: schema text and what an applicant typed are only ever text.
//! All share `layout.html`, with the app's header and style sheet and the language switch.

pub mod bankid;
pub mod feedback;
pub mod overview;
pub mod sign_in;
pub mod start;
pub mod status;
pub mod support;

use askama::Template;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use blankett_core::messages::Ui;
use blankett_core::basics::text::Locale;

/// What every page's layout shows.
pub struct Layout {
    pub lang: String,
    /// `rtl` for a language written right to left.
    pub dir: &'static str,
    /// The page's title, without the service's name (the layout adds it).
    pub title: String,
    pub app_name: String,
    pub language_label: String,
    pub languages: Vec<LanguageLink>,
    /// "Did this page help you?" at the end of the page (R14), on the pages that ask it.
    pub feedback: Option<feedback::Prompt>,
    /// Help and support, and checking an application without signing in, on every page.
    pub footer: Vec<Link>,
}

/// A link to the page in one of the languages the pages are in.
pub struct LanguageLink {
    pub code: &'static str,
    pub name: String,
    pub href: String,
    pub current: bool,
}

/// A link with its words.
pub struct Link {
    pub href: String,
    pub text: String,
}

impl Layout {
    /// The layout in `locale`; `address` gives the page's own address in each language. The
    /// pages that ask for feedback are known by their address.
    pub fn new(locale: &Locale, title: String, address: impl Fn(&str) -> String) -> Self {
        let code = locale.code().to_string();
        let here = address(&code);
        Layout {
            lang: code,
            dir: if locale.is_right_to_left() { "rtl" } else { "ltr" },
            title,
            app_name: Ui::AppName.text(locale),
            language_label: Ui::Language.text(locale),
            languages: languages()
                .map(|code| LanguageLink { code, name: language_name(code), href: address(code), current: code == locale.code() })
                .collect(),
            feedback: feedback::Prompt::for_page(&here, locale),
            footer: footer(locale),
        }
    }

    /// The same layout without the feedback prompt (the feedback page itself).
    pub fn without_feedback(mut self) -> Self {
        self.feedback = None;
        self
    }
}

/// The links at the foot of every page, the server's and the app's (R12, R14).
pub fn footer(locale: &Locale) -> Vec<Link> {
    let code = locale.code();
    vec![
        Link { href: format!("/support?lang={code}"), text: Ui::Support.text(locale) },
        Link { href: format!("/status?lang={code}"), text: Ui::CheckApplication.text(locale) },
    ]
}

/// The language to show for a request: its `?lang=` (or form field), else its Accept-Language.
/// The languages the pages are in: Swedish and English first, then the others by code.
pub fn languages() -> impl Iterator<Item = &'static str> {
    use blankett_core::messages::catalog::page_words::LANGUAGES;
    ["sv", "en"].into_iter().chain(LANGUAGES.iter().copied().filter(|code| !matches!(*code, "sv" | "en")))
}

/// A language's name in itself ("العربية"), from its catalog, as a person looking for their own
/// language reads it.
pub fn language_name(code: &str) -> String {
    use blankett_core::messages::catalog::{page_words::key, say_page};
    say_page(&Locale::new(code), key::LANGUAGE_NAME, &[])
}

pub fn locale_of(lang: Option<&str>, headers: &axum::http::HeaderMap) -> Locale {
    choose_locale(lang, headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()))
}

/// The language to show: `?lang=` if the pages are in it, else the first of the browser's
/// preferences they are in, else English.
pub fn choose_locale(query_lang: Option<&str>, accept_language: Option<&str>) -> Locale {
    let known = |code: &str| languages().find(|known| *known == Locale::new(code).language());
    if let Some(code) = query_lang.and_then(|code| languages().find(|known| *known == code)) {
        return Locale::new(code);
    }
    let preferred = accept_language.unwrap_or_default().split(',').filter_map(|part| known(part.split(';').next().unwrap_or_default().trim())).next();
    Locale::new(preferred.unwrap_or("en"))
}

/// Percent-encodes a path for a query string.
pub fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A rendered page as a response. Pages are personal or answer one visitor (a sign-in form, its
/// errors), so no cache keeps them.
pub fn html(status: StatusCode, page: &impl Template) -> Response {
    match page.render() {
        Ok(body) => (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8"), (header::CACHE_CONTROL, "no-store")], body).into_response(),
        Err(error) => crate::error::ApiError::internal("rendering a page", error).into_response(),
    }
}

/// The style sheet of these pages beside the app's own (`/main.css`), which they share: what
/// only they need stays out of the app's download.
pub const STYLE: &str = include_str!("../../templates/pages.css");

pub async fn style() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "no-cache")], STYLE).into_response()
}

/// The one script these pages have: the BankID waiting page's QR code every second, and "Did
/// this page help you?" answered without leaving the page. Without it they work as they are.
pub const SCRIPT: &str = include_str!("../../templates/pages.js");

pub async fn script() -> Response {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "no-cache")], SCRIPT).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_follows_the_address_then_the_browser() {
        assert_eq!(choose_locale(Some("sv"), Some("en-GB")).code(), "sv");
        assert_eq!(choose_locale(None, Some("sv-SE,sv;q=0.9")).code(), "sv");
        assert_eq!(choose_locale(None, Some("ar,en;q=0.5")).code(), "ar", "the pages are in Arabic too");
        assert_eq!(choose_locale(None, Some("de-DE,fa;q=0.8,en;q=0.5")).code(), "fa", "the first preference the pages are in");
        assert_eq!(choose_locale(Some("uk"), Some("sv")).code(), "uk");
        assert_eq!(choose_locale(Some("xx"), None).code(), "en");
        assert_eq!(choose_locale(None, Some("de")).code(), "en");
    }
}
