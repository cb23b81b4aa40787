//! The preview's banner, put into the app's page (`index.html`) for a preview: before the app's
//! own elements in `<body>`, which the app's mount appends to and never replaces. A
//! complementary landmark named "Preview", first in the page, so that a screen reader meets it
//! first and can find it again among the landmarks. Every word is from the pages' catalogs, in
//! the language the page was asked for in.

use super::changes::version_of;
use super::Said;
use crate::forms::SchemaFile;
use crate::AppState;
use askama::Template;
use blankett_core::basics::text::Locale;
use blankett_core::messages::catalog::{page_words::key as k, say_page};
use blankett_core::messages::Ui;
use blankett_core::schema::Form;

#[derive(Template)]
#[template(path = "preview_banner.html")]
pub struct Banner {
    pub lang: String,
    pub dir: &'static str,
    pub id: String,
    /// The version of the form's file this page shows (see `changes`).
    pub version: String,
    pub title: String,
    pub intro: String,
    pub fill_page: String,
    pub fill_all: String,
    pub go_to: String,
    /// "Page 1: …" for each page, then "Check your answers"; empty when the file cannot be read.
    pub pages: Vec<String>,
    pub overview: String,
    pub again: String,
    /// What the last action has to say, if anything.
    pub said: String,
}

impl Banner {
    pub fn new(state: &AppState, id: &str, file: Option<&SchemaFile>, said: Option<&Said>, locale: &Locale) -> Banner {
        let say = |key: usize| say_page(locale, key, &[]);
        let version = file.map(|file| version_of(&file.text)).unwrap_or_default();
        let form = file.and_then(|file| file.loaded.form.as_ref());
        if let Some(form) = form {
            state.preview.versions.note(id, &version, form);
        }
        let page_name = |form: &Form, page: usize| match form.pages.get(page) {
            Some(shown) => say_page(locale, k::OVERVIEW_PAGE, &[(page + 1).into(), shown.title.get(locale).into()]),
            None => Ui::CheckAnswers.text(locale),
        };
        let pages = form.map(|form| (0..=form.pages.len()).map(|page| page_name(form, page)).collect()).unwrap_or_default();
        let said = match (said, form) {
            (Some(said), Some(form)) => said_in_words(said, form, &page_name, locale),
            (Some(Said::Changed), None) => say(k::PREVIEW_CHANGED),
            _ => String::new(),
        };
        Banner {
            lang: locale.code().to_string(),
            dir: if locale.is_right_to_left() { "rtl" } else { "ltr" },
            id: id.to_string(),
            version,
            title: say(k::PREVIEW_TITLE),
            intro: say(k::PREVIEW_INTRO),
            fill_page: say(k::PREVIEW_FILL_PAGE),
            fill_all: say(k::PREVIEW_FILL_ALL),
            go_to: say(k::PREVIEW_GO_TO),
            pages,
            overview: say(k::OVERVIEW_LINK),
            again: say(k::PREVIEW_AGAIN),
            said,
        }
    }

    pub fn render(&self) -> Option<String> {
        Template::render(self).ok()
    }
}

fn said_in_words(said: &Said, form: &Form, page_name: &dyn Fn(&Form, usize) -> String, locale: &Locale) -> String {
    match said {
        Said::Filled { count, not_filled } => {
            let filled = say_page(locale, k::PREVIEW_FILLED, &[(*count).into()]);
            // Only ids the form has are named, by their labels: the cookie is the browser's.
            let labels: Vec<String> = not_filled
                .iter()
                .filter_map(|id| form.pages.iter().flat_map(|page| &page.questions).flat_map(|q| std::iter::once(q).chain(&q.questions)).find(|q| q.id.as_deref() == Some(id.as_str())))
                .map(|question| say_page(locale, k::QUOTED, &[question.label.as_ref().map_or("", |label| label.get(locale)).into()]))
                .collect();
            if labels.is_empty() { filled } else { format!("{filled} {}", say_page(locale, k::PREVIEW_NOT_FILLED, &[(&labels.join(", ")).into()])) }
        }
        Said::Skipped { page } => say_page(locale, k::PREVIEW_PAGE_SKIPPED, &[(&page_name(form, *page)).into()]),
        Said::Changed => say_page(locale, k::PREVIEW_CHANGED, &[]),
        Said::Confirmed => say_page(locale, k::PREVIEW_CONFIRMED, &[]),
    }
}

/// The app's page with the banner, its style sheet and its script first in `<body>`. Should a
/// build leave out the optional `<body>` tag, they go where the body begins: before the first
/// element only a body may hold, which ends the head.
pub fn inject(app: &str, banner: &str) -> String {
    let assets = "<link rel=\"stylesheet\" href=\"/preview.css\"><script type=\"module\" src=\"/preview.js\"></script>";
    let at = match app.find("<body") {
        Some(start) => app[start..].find('>').map(|end| start + end + 1),
        None => app.find("<noscript").or_else(|| app.find("</html>")),
    };
    let at = at.unwrap_or(app.len());
    format!("{}{assets}{banner}{}", &app[..at], &app[at..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_banner_goes_first_in_the_body_whatever_the_build_left_out() {
        let full = "<!doctype html><html><head><title>B</title></head><body><noscript>x</noscript></body></html>";
        let injected = inject(full, "<aside>P</aside>");
        assert!(injected.contains("<body><link rel=\"stylesheet\" href=\"/preview.css\"><script type=\"module\" src=\"/preview.js\"></script><aside>P</aside><noscript>"), "{injected}");
        let minified = "<!doctype html><html lang=sv><meta charset=utf-8><title>B</title><noscript>x</noscript>";
        assert!(inject(minified, "<aside>P</aside>").contains("<aside>P</aside><noscript>"));
        let body_with_attributes = "<html><body class=a><main></main></body></html>";
        assert!(inject(body_with_attributes, "<aside>P</aside>").contains("<body class=a><link"));
    }
}
