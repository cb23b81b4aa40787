//! The start page: every form in the forms folder, for applicants to choose from and for designers
//! to see their change (a file with issues is listed with its issue count and opens to the located
//! issues). Rendered here as plain HTML, not by the app: it needs no WebAssembly, works without
//! JavaScript, and keeps the app's download to the form engine. Words come from the engine's
//! catalogue (`blankett_core::messages::Ui`), in Swedish or English.

use blankett_core::messages::Ui;
use blankett_core::text::{Locale, Text};

/// One form as the start page lists it.
pub struct Entry {
    pub id: String,
    pub title: Option<Text>,
    pub issues: usize,
}

/// Text made safe to place in HTML: schema text is always shown as text.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The language to show: `?lang=` if given, else the browser's preference if it is Swedish, else
/// English (the same choice the app makes).
pub fn choose_locale(query_lang: Option<&str>, accept_language: Option<&str>) -> Locale {
    match query_lang.filter(|code| matches!(*code, "sv" | "en")) {
        Some(code) => Locale::new(code),
        None if accept_language.is_some_and(|a| a.trim_start().to_ascii_lowercase().starts_with("sv")) => Locale::new("sv"),
        None => Locale::new("en"),
    }
}

pub fn page(entries: &[Entry], locale: &Locale) -> String {
    let ui = |text: Ui| escape(&text.text(locale));
    let lang = locale.code();
    let mut items = String::new();
    for entry in entries {
        let title = entry.title.as_ref().map(|t| t.get(locale).to_string()).unwrap_or_else(|| format!("{}.json", entry.id));
        let issues = if entry.issues > 0 {
            format!(" <strong class=\"tag tag-error\">{}</strong>", ui(Ui::SchemaHasIssues { count: entry.issues }))
        } else {
            String::new()
        };
        items.push_str(&format!(
            "<li><a href=\"/forms/{id}?lang={lang}\">{title}</a>{issues}</li>\n",
            id = escape(&entry.id),
            title = escape(&title)
        ));
    }
    let switch = language_switch(locale, |code| format!("/?lang={code}"));
    let body = format!(
        "{switch}\n<h1>{forms}</h1>\n<p>{intro}</p>\n<ul class=\"form-list\">\n{items}</ul>\n",
        forms = ui(Ui::Forms),
        intro = ui(Ui::FormsIntro),
    );
    document(locale, &ui(Ui::Forms), &body)
}

/// Links to the page in Swedish and in English; `address` gives each language's address.
pub fn language_switch(locale: &Locale, address: impl Fn(&str) -> String) -> String {
    let link = |code: &str, name: &str| {
        let current = if code == locale.code() { " aria-current=\"true\"" } else { "" };
        format!("<li><a lang=\"{code}\" href=\"{}\"{current}>{name}</a></li>", escape(&address(code)))
    };
    format!(
        "<nav class=\"language-switch\" aria-label=\"{}\"><ul>{}{}</ul></nav>",
        escape(&Ui::Language.text(locale)),
        link("sv", "Svenska"),
        link("en", "English")
    )
}

/// A whole page of the service around the app, with the app's header and style sheet. `title`
/// and `body` must already be HTML-safe.
pub fn document(locale: &Locale, title: &str, body: &str) -> String {
    let lang = locale.code();
    let app = escape(&Ui::AppName.text(locale));
    format!(
        "<!doctype html>
<html lang=\"{lang}\" dir=\"ltr\">
<head>
<meta charset=\"utf-8\">
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">
<title>{title} – {app}</title>
<link rel=\"stylesheet\" href=\"/main.css\">
</head>
<body>
<header class=\"site-header\"><a class=\"site-name\" href=\"/?lang={lang}\">{app}</a></header>
<main id=\"main\" class=\"page\">
{body}</main>
</body>
</html>
"
    )
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
        let html = page(&entries, &Locale::new("sv"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
        assert!(!html.contains("<script>"));
        assert!(html.contains("<a href=\"/forms/broken?lang=sv\">broken.json</a>"));
        assert!(html.contains("Formuläret har 2 fel och kan inte visas"));
        assert!(html.contains("<html lang=\"sv\""));
        assert!(html.contains("<a lang=\"sv\" href=\"/?lang=sv\" aria-current=\"true\">Svenska</a>"));
    }

    #[test]
    fn the_language_follows_the_address_then_the_browser() {
        assert_eq!(choose_locale(Some("sv"), Some("en-GB")).code(), "sv");
        assert_eq!(choose_locale(None, Some("sv-SE,sv;q=0.9")).code(), "sv");
        assert_eq!(choose_locale(None, Some("ar,en;q=0.5")).code(), "en");
        assert_eq!(choose_locale(Some("xx"), None).code(), "en");
    }
}
