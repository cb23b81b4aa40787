//! The start page: every form in the forms folder, for applicants to choose from and for designers
//! to see their change (a file with issues is listed with its issue count and opens to the located
//! issues). Words come from the engine's catalogue (`blankett_core::messages::Ui`).

use super::Layout;
use askama::Template;
use blankett_core::messages::Ui;
use blankett_core::support::Tell;
use blankett_core::basics::text::{Locale, Text};

/// One form as the start page lists it.
pub struct Entry {
    pub id: String,
    pub title: Option<Text>,
    pub issues: usize,
}

/// A form as the page shows it.
pub struct Listed {
    pub id: String,
    pub title: String,
    /// What is wrong with the file, if anything.
    pub issues: Option<String>,
}

/// The designer's links beside each form: its overview, and in development and test mode its
/// preview (which signs in a test applicant; production has no such address).
pub struct DesignerLinks {
    pub overview: String,
    pub preview: Option<String>,
}

#[derive(Template)]
#[template(path = "start.html")]
pub struct StartPage {
    pub layout: Layout,
    pub intro: String,
    pub forms: Vec<Listed>,
    pub designer: DesignerLinks,
    /// R12: for whoever has sent an application and cannot sign in.
    pub status: super::Link,
}

/// The start page; `previews` in development and test mode.
pub fn page(entries: &[Entry], previews: bool, locale: &Locale) -> StartPage {
    use blankett_core::messages::catalog::{page_words::key as k, say_page};
    let forms = entries
        .iter()
        .map(|entry| Listed {
            id: entry.id.clone(),
            title: entry.title.as_ref().map(|t| t.get(locale).to_string()).unwrap_or_else(|| format!("{}.json", entry.id)),
            issues: (entry.issues > 0).then(|| Ui::SchemaHasIssues { count: entry.issues }.text(locale)),
        })
        .collect();
    StartPage {
        layout: Layout::new(locale, Tell::Forms.text(locale), |code| format!("/?lang={code}")),
        intro: Tell::FormsIntro.text(locale),
        forms,
        designer: DesignerLinks { overview: say_page(locale, k::OVERVIEW_LINK, &[]), preview: previews.then(|| say_page(locale, k::PREVIEW_LINK, &[])) },
        status: super::Link { href: format!("/status?lang={}", locale.code()), text: Ui::CheckApplication.text(locale) },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_text_is_escaped_and_issues_are_shown() {
        let entries = [
            Entry { id: "a".into(), title: Some(Text::Plain("<script>alert(1)</script> & co".into())), issues: 0 },
            Entry { id: "broken".into(), title: None, issues: 2 },
        ];
        let html = page(&entries, false, &Locale::new("sv")).render().unwrap();
        assert!(html.contains("&#60;script&#62;alert(1)&#60;/script&#62; &#38; co") || html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"), "{html}");
        assert!(!html.contains("<script>"));
        assert!(html.contains("<a href=\"/forms/broken?lang=sv\">broken.json</a>"));
        assert!(html.contains("Formuläret har 2 fel och kan inte visas"));
        assert!(html.contains("<html lang=\"sv\""));
        assert!(html.contains("<a lang=\"sv\" href=\"/?lang=sv\" aria-current=\"true\">Svenska</a>"));
        assert!(html.contains("href=\"/forms/a/overview?lang=sv\""));
        assert!(!html.contains("/preview/"), "no preview in production");
        let designing = page(&entries, true, &Locale::new("en")).render().unwrap();
        assert!(designing.contains("href=\"/preview/a?lang=en\">Preview</a>"), "{designing}");
    }
}
