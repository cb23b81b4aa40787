//! A form's overview (`/forms/{id}/overview`): the whole form as a designer and a case officer
//! read it, printable — its kind and how long its drafts are kept, the time on its pages, then
//! each page in order with its time limit and when it is skipped, and each question with its
//! type, whether it must be answered, its rules and when it is shown, in words
//! (`blankett_core::support::overview`). In each of the form's languages, with every text the
//! form has not translated shown in another language and marked. A file with mistakes shows
//! its located issues instead.

use super::{Layout, LanguageLink};
use askama::Template;
use blankett_core::basics::text::{Locale, Text};
use blankett_core::messages::catalog::{page_words::key as k, say_page};
use blankett_core::messages::Ui;
use blankett_core::schema::load::SchemaIssue;
use blankett_core::schema::ready::QuestionReady;
use blankett_core::schema::{Form, Question};
use blankett_core::support::overview::{language_name, shown, Words};

/// One of the form's texts, and what the page says when it is not in the language shown.
pub struct FormText {
    pub text: String,
    /// The language the text is in, when a translation is missing.
    pub lang: Option<String>,
    /// "Not translated into Svenska", when a translation is missing.
    pub missing: Option<String>,
}

pub struct Fact {
    pub name: String,
    pub values: Vec<String>,
}

pub struct PageView {
    pub anchor: String,
    pub heading: String,
    pub title_missing: Option<String>,
    pub time: String,
    pub shown_when: Option<String>,
    pub rows: Vec<Row>,
}

/// A question (or a heading or paragraph) as a row of its page's table.
pub struct Row {
    /// The entry's title, for a question asked in each entry of a repeating group.
    pub entry: Option<String>,
    pub label: FormText,
    pub id: Option<String>,
    pub hint: Option<FormText>,
    pub kind: String,
    pub required: String,
    pub rules: Vec<String>,
    pub options: Vec<(String, FormText)>,
    pub shown_when: String,
}

#[derive(Template)]
#[template(path = "overview.html")]
pub struct OverviewPage {
    pub layout: Layout,
    pub intro: String,
    /// How many texts are not translated into the language shown, said, if any are.
    pub missing: Option<String>,
    pub about: String,
    pub facts: Vec<Fact>,
    pub pages_heading: String,
    pub pages: Vec<PageView>,
    pub headings: [String; 5],
    pub options_label: String,
    /// The located issues of a file that cannot be read as a form, instead of everything above.
    pub issues: Vec<String>,
    pub issues_intro: String,
}

/// The language of the overview: `?lang=` if the form is in it, else the first of the browser's
/// preferences it is in, else the form's first language.
pub fn locale_for(form_languages: &[String], query_lang: Option<&str>, accept_language: Option<&str>) -> Locale {
    let known = |code: &str| form_languages.iter().find(|language| language.as_str() == Locale::new(code).language()).cloned();
    let preferred = accept_language.unwrap_or_default().split(',').map(|part| part.split(';').next().unwrap_or_default().trim());
    let chosen = query_lang.and_then(known).or_else(|| preferred.filter_map(known).next());
    chosen.map_or_else(|| Locale::new(form_languages.first().map_or("sv", String::as_str)), |code| Locale::new(&code))
}

/// The overview of `form` (the file `id`) in `locale`.
pub fn page(id: &str, form: &Form, locale: &Locale) -> OverviewPage {
    let words = Words::new(form, locale);
    let say = |key: usize| say_page(locale, key, &[]);
    let mut missing = 0;
    let mut form_text = |text: &Text| {
        let shown = shown(text, locale);
        missing += usize::from(shown.fallback.is_some());
        let note = shown.fallback.as_ref().map(|_| say_page(locale, k::OVERVIEW_MISSING, &[(&language_name(locale.code())).into()]));
        FormText { text: shown.text, lang: shown.fallback, missing: note }
    };
    let title = form_text(&form.title);
    let mut layout = Layout::new(locale, say_page(locale, k::OVERVIEW_TITLE, &[(&title.text).into()]), |code| format!("/forms/{id}/overview?lang={code}"));
    // The form's own languages, which its texts are written in, rather than every language of
    // the pages.
    layout.languages = form
        .languages
        .iter()
        .filter_map(|code| super::languages().find(|known| known == code))
        .map(|code| LanguageLink { code, name: language_name(code), href: format!("/forms/{id}/overview?lang={code}"), current: code == locale.code() })
        .collect();
    let [time, warning] = words.time();
    let facts = vec![
        Fact { name: say(k::OVERVIEW_KIND), values: vec![words.form_kind()] },
        Fact { name: say(k::OVERVIEW_RETENTION), values: vec![words.retention()] },
        Fact { name: say(k::OVERVIEW_LANGUAGES), values: vec![form.languages.iter().map(|code| language_name(code)).collect::<Vec<_>>().join(", ")] },
        Fact { name: say(k::OVERVIEW_TIME), values: vec![time, warning] },
    ];
    let mut pages = Vec::new();
    for (p, page) in form.pages.iter().enumerate() {
        let page_title = form_text(&page.title);
        let heading = say_page(locale, k::OVERVIEW_PAGE, &[(p + 1).into(), (&page_title.text).into()]);
        let mut rows = Vec::new();
        for (question, ready) in page.questions.iter().zip(&form.ready().pages[p].questions) {
            rows.push(row(&words, &mut form_text, question, ready, None, locale));
            for (child, child_ready) in question.questions.iter().zip(&ready.questions) {
                rows.push(row(&words, &mut form_text, child, child_ready, Some(question), locale));
            }
        }
        pages.push(PageView {
            anchor: format!("page-{}", page.id),
            heading,
            title_missing: page_title.missing,
            time: words.page_time(p),
            shown_when: words.page_shown_when(p),
            rows,
        });
    }
    let intro = say(k::OVERVIEW_INTRO);
    let missing = (missing > 0).then(|| say_page(locale, k::OVERVIEW_MISSING_COUNT, &[missing.into(), (&language_name(locale.code())).into()]));
    OverviewPage {
        layout,
        intro,
        missing,
        about: say(k::OVERVIEW_ABOUT),
        facts,
        pages_heading: say(k::OVERVIEW_PAGES),
        pages,
        headings: [k::OVERVIEW_QUESTION, k::OVERVIEW_TYPE, k::OVERVIEW_REQUIRED, k::OVERVIEW_RULES, k::OVERVIEW_SHOWN_WHEN].map(say),
        options_label: say(k::OVERVIEW_OPTIONS),
        issues: Vec::new(),
        issues_intro: String::new(),
    }
}

fn row(words: &Words, text: &mut impl FnMut(&Text) -> FormText, question: &Question, ready: &QuestionReady, group: Option<&Question>, locale: &Locale) -> Row {
    let label = question.label.as_ref().or(question.text.as_ref()).map_or_else(|| FormText { text: String::new(), lang: None, missing: None }, &mut *text);
    let entry = group.and_then(|group| group.entry_title.as_ref()).map(|title| title.get(locale).to_string());
    Row {
        entry,
        label,
        id: question.id.clone(),
        hint: question.hint.as_ref().map(&mut *text),
        kind: words.kind(question.kind),
        required: words.required(question, &ready.required, group).unwrap_or_default(),
        rules: words.rules(question, group),
        options: question.options.iter().map(|option| (option.value.clone(), option.label.as_ref().map_or_else(|| FormText { text: option.value.clone(), lang: None, missing: None }, &mut *text))).collect(),
        shown_when: words.parsed(&ready.visible, group).unwrap_or_else(|| say_page(locale, k::OVERVIEW_ALWAYS, &[])),
    }
}

/// A file that cannot be read as a form: its located issues, as the app shows them.
pub fn broken(id: &str, issues: &[SchemaIssue], locale: &Locale) -> OverviewPage {
    let title = Ui::SchemaHasIssues { count: issues.len() }.text(locale);
    let layout = Layout::new(locale, title, |code| format!("/forms/{id}/overview?lang={code}"));
    OverviewPage {
        layout,
        intro: String::new(),
        missing: None,
        about: String::new(),
        facts: Vec::new(),
        pages_heading: String::new(),
        pages: Vec::new(),
        headings: Default::default(),
        options_label: String::new(),
        issues: issues.iter().map(ToString::to_string).collect(),
        issues_intro: Ui::SchemaIssuesIntro.text(locale),
    }
}

#[derive(serde::Deserialize)]
pub struct OverviewQuery {
    lang: Option<String>,
}

/// `GET /forms/{id}/overview`, in every mode: the form is public (its file is served to every
/// applicant), and a case officer reads its overview in production too.
pub async fn show(
    axum::extract::State(state): axum::extract::State<std::sync::Arc<crate::AppState>>,
    axum::extract::Path(id): axum::extract::Path<String>,
    axum::extract::Query(query): axum::extract::Query<OverviewQuery>,
    headers: axum::http::HeaderMap,
) -> Result<axum::response::Response, crate::error::ApiError> {
    use axum::http::{header, StatusCode};
    let file = state.forms.file(&id).await.map_err(|e| crate::error::ApiError::internal("cannot read the form", e))?;
    let file = file.ok_or_else(|| crate::error::ApiError::NotFound(format!("There is no form called {id}.")))?;
    let accept_language = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let Some(form) = &file.offered else {
        let locale = super::locale_of(query.lang.as_deref(), &headers);
        return Ok(super::html(StatusCode::OK, &broken(&id, &file.loaded.issues, &locale)));
    };
    let locale = locale_for(&form.languages, query.lang.as_deref(), accept_language);
    Ok(super::html(StatusCode::OK, &page(&id, form, &locale)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use blankett_core::schema::load::load_form;

    fn sample(name: &str) -> Form {
        let text = std::fs::read_to_string(format!("{}/../../forms/{name}.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
        load_form(&format!("{name}.json"), &text).usable().unwrap().clone()
    }

    #[test]
    fn the_language_is_one_the_form_is_written_in() {
        let languages = ["sv".to_string(), "en".to_string()];
        assert_eq!(locale_for(&languages, Some("en"), Some("sv")).code(), "en");
        assert_eq!(locale_for(&languages, Some("ar"), Some("en-GB,en;q=0.9")).code(), "en", "not a language of the form");
        assert_eq!(locale_for(&languages, None, Some("de,sv-SE;q=0.8")).code(), "sv");
        assert_eq!(locale_for(&languages, None, None).code(), "sv", "the form's first language");
    }

    #[test]
    fn every_page_and_question_is_there_with_its_conditions_in_words() {
        let form = sample("visitor-visa");
        let html = page("visitor-visa", &form, &Locale::new("en")).render().unwrap();
        assert!(html.contains("<h1>Overview: Application for a visitor visa</h1>"), "{html}");
        for page in &form.pages {
            assert!(html.contains(&format!("id=\"page-{}\"", page.id)), "{}", page.id);
        }
        assert!(html.contains("“What is the main purpose of your trip?” is “Visiting family or friends”"), "{html}");
        assert!(html.contains("“Where will you stay?” is “With a private person, for example the person I am visiting” and “What is the main purpose of your trip?” is not “Visiting family or friends”"));
        assert!(html.contains("48 hours after the last change, then deleted"));
        assert!(html.contains("After the date in “Planned date of arrival”"));
        assert!(!html.contains("Not translated"), "the sample form is translated");
        let swedish = page("visitor-visa", &form, &Locale::new("sv")).render().unwrap();
        assert!(swedish.contains("”Vad är huvudsyftet med resan?” är ”Besöka familj eller vänner”"));
        assert!(swedish.contains("<a lang=\"en\" href=\"/forms/visitor-visa/overview?lang=en\">English</a>"), "the switch names the form's languages");
        assert!(!swedish.contains("lang=ar"), "and no other");
    }

    #[test]
    fn a_missing_translation_is_marked_and_schema_text_escaped() {
        let loaded = load_form(
            "t.json",
            r#"{"id": "t", "title": {"sv": "Titel", "en": "Title"}, "kind": "other", "pages": [{"id": "p", "title": {"sv": "Sida", "en": "Page"}, "questions": [
                {"id": "name", "type": "short_text", "label": {"sv": "Namn <b>", "en": "Name <b>"}, "hint": {"sv": "Som i passet", "en": "As in the passport"}}]}]}"#,
        );
        let mut form = loaded.usable().unwrap().clone();
        form.pages[0].questions[0].hint = Some(serde_json::from_str(r#"{"sv": "Som i passet"}"#).unwrap());
        let html = page("t", &form, &Locale::new("en")).render().unwrap();
        assert!(html.contains(r#"<span lang="sv">Som i passet</span> <span class="tag tag-missing">Not translated into English</span>"#), "{html}");
        assert!(html.contains("One text of the form is not translated into English"));
        assert!(html.contains("Name &#60;b&#62;") || html.contains("Name &lt;b&gt;"), "{html}");
    }
}
