//! "Did this page help you?" (R14): the prompt at the end of the server's pages, and the page a
//! browser without JavaScript gets after answering it (the thanks, and the comment field). The
//! words are the app's (`Ui`), since the app asks the same at the end of its pages.

use super::{Layout, Link};
use askama::Template;
use blankett_core::account::return_path;
use blankett_core::messages::Ui;
use blankett_core::support::feedback::{about, COMMENT_MAX};
use blankett_core::support::Tell;
use blankett_core::basics::text::Locale;

/// The prompt's words and where an answer goes.
pub struct Prompt {
    /// The page the answer is about (its path).
    pub page: String,
    /// Where "Back to the page" leads from the feedback page: this page's own address.
    pub back: String,
    pub question: String,
    pub yes: String,
    pub no: String,
    pub thanks: String,
    pub comment_label: String,
    pub comment_hint: String,
    pub send: String,
    pub max: usize,
    /// What was typed, shown again with its problem.
    pub comment: String,
    pub error: Option<String>,
    pub summary_title: String,
    pub error_label: String,
}

impl Prompt {
    /// The prompt for the page at `address`, if it is one that asks for feedback.
    pub fn for_page(address: &str, locale: &Locale) -> Option<Prompt> {
        let path = address.split(['?', '#']).next().unwrap_or_default();
        let page = about(path, None).ok()?.page;
        Some(Prompt::new(page, return_path(address).unwrap_or("/").to_string(), locale))
    }

    fn new(page: String, back: String, locale: &Locale) -> Prompt {
        Prompt {
            page,
            back,
            question: Ui::PageHelpful.text(locale),
            yes: Ui::Yes.text(locale),
            no: Ui::No.text(locale),
            thanks: Ui::FeedbackThanks.text(locale),
            comment_label: Ui::FeedbackComment.text(locale),
            comment_hint: Ui::FeedbackNoPersonalData.text(locale),
            send: Ui::SendComment.text(locale),
            max: COMMENT_MAX,
            comment: String::new(),
            error: None,
            summary_title: Ui::ErrorSummaryTitle.text(locale),
            error_label: Ui::ErrorLabel.text(locale),
        }
    }
}

/// After an answer or a comment, without JavaScript.
#[derive(Template)]
#[template(path = "feedback.html")]
pub struct FeedbackPage {
    pub layout: Layout,
    pub thanks: String,
    /// The comment field, while a comment can still be added to the answer (`id`).
    pub comment: Option<(String, Prompt)>,
    /// A comment that could not be kept.
    pub refusal: Option<String>,
    pub back: Link,
}

/// What the feedback page shows.
pub enum Shown {
    /// Thanks for an answer; a comment may follow.
    Answered { id: String },
    /// Thanks for the comment.
    Commented,
    /// The comment is too long: shown again with its problem.
    TooLong { id: String, comment: String },
    /// The answer the comment was for is gone or already has one.
    Gone,
    /// Not kept, for this reason (too many answers, or a form that was not the prompt's).
    Refused(Ui),
}

pub fn page(shown: Shown, back: &str, locale: &Locale) -> FeedbackPage {
    let code = locale.code().to_string();
    let back = return_path(back).unwrap_or("/").to_string();
    let title = Tell::FeedbackTitle.text(locale);
    let title = if matches!(shown, Shown::TooLong { .. }) { Ui::ErrorTitlePrefix.text(locale) + &title } else { title };
    let layout = Layout::new(locale, title, |lang| with_lang(&back, lang)).without_feedback();
    let prompt = |comment: String, error: Option<String>| Prompt { comment, error, ..Prompt::new(String::new(), back.clone(), locale) };
    let (comment, refusal) = match shown {
        Shown::Answered { id } => (Some((id, prompt(String::new(), None))), None),
        Shown::Commented => (None, None),
        Shown::TooLong { id, comment } => (Some((id, prompt(comment, Some(Tell::CommentTooLong { max: COMMENT_MAX }.text(locale))))), None),
        Shown::Gone => (None, Some(Tell::FeedbackGone.text(locale))),
        Shown::Refused(why) => (None, Some(why.text(locale))),
    };
    FeedbackPage {
        layout,
        thanks: Ui::FeedbackThanks.text(locale),
        comment,
        refusal,
        back: Link { href: with_lang(&back, &code), text: Tell::BackToPage.text(locale) },
    }
}

/// `address` with its `lang` set to `lang`.
fn with_lang(address: &str, lang: &str) -> String {
    let (path, query) = address.split_once('?').unwrap_or((address, ""));
    let mut pairs: Vec<&str> = query.split('&').filter(|pair| !pair.is_empty() && !pair.starts_with("lang=")).collect();
    let lang = format!("lang={lang}");
    pairs.insert(0, &lang);
    format!("{path}?{}", pairs.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prompt_is_on_the_pages_that_ask_it_and_goes_back_to_them() {
        let prompt = Prompt::for_page("/sign-in?lang=sv&next=/forms/visit", &Locale::new("sv")).unwrap();
        assert_eq!((prompt.page.as_str(), prompt.back.as_str()), ("/sign-in", "/sign-in?lang=sv&next=/forms/visit"));
        assert_eq!(prompt.question, "Fick du hjälp av informationen på den här sidan?");
        assert!(Prompt::for_page("/sign-in/bankid/wait?lang=en", &Locale::new("en")).is_none());
        assert_eq!(with_lang("/sign-in?lang=sv&next=/x", "en"), "/sign-in?lang=en&next=/x");
        assert_eq!(with_lang("/support", "sv"), "/support?lang=sv");
    }

    #[test]
    fn the_way_back_stays_on_this_site() {
        let page = page(Shown::Commented, "//evil.example/", &Locale::new("en"));
        assert_eq!(page.back.href, "/?lang=en");
        assert!(page.render().unwrap().contains("Thank you for helping us improve the website!"));
    }
}
