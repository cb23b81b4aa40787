//! What the support page's common questions say about each form, taken from the form itself so
//! that it is never typed twice: the time on each page (R2) and for how long an interrupted draft
//! is kept (R4, from the form's kind).

use super::Tell;
use crate::schema::{Form, TimeOutPolicy};
use crate::basics::text::Text;
use crate::timing::{extensions, page_limit};

/// One form's rules, as its common questions answer them.
#[derive(Clone, Debug, PartialEq)]
pub struct FormFacts {
    pub id: String,
    pub title: Text,
    /// The shortest and the longest time on a page, in minutes.
    pub minutes: (u32, u32),
    /// How many times more time can be asked for on one page.
    pub extensions: u32,
    pub on_time_out: TimeOutPolicy,
    pub kept_hours: u32,
}

impl FormFacts {
    pub fn of(id: &str, form: &Form) -> FormFacts {
        let minutes: Vec<u32> = (0..form.pages.len().max(1)).map(|page| (page_limit(form, page) / 60_000) as u32).collect();
        FormFacts {
            id: id.to_string(),
            title: form.title.clone(),
            minutes: (minutes.iter().copied().min().unwrap_or(0), minutes.iter().copied().max().unwrap_or(0)),
            extensions: extensions(form),
            on_time_out: form.on_time_out.unwrap_or_default(),
            kept_hours: form.kind.retention_hours(),
        }
    }

    /// "30 minutes on each page, …" for this form.
    pub fn time_on_pages(&self) -> Tell {
        Tell::TimeOnPages { minutes: self.minutes, extensions: self.extensions, continue_after: self.on_time_out == TimeOutPolicy::SaveAndContinue }
    }

    /// "Kept for 30 days after your last change" for this form.
    pub fn kept(&self) -> Tell {
        Tell::DraftKept { hours: self.kept_hours }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::load::read_form;
    use crate::basics::text::Locale;

    fn form(kind: &str, extra: &str, pages: &str) -> Form {
        let text = format!(r#"{{"id":"f","title":"F","kind":"{kind}"{extra},"pages":[{pages}]}}"#);
        read_form("f.json", &text).form.expect("a form")
    }

    #[test]
    fn the_answers_come_from_the_form_itself() {
        let permit = FormFacts::of("f", &form("work-permit", "", r#"{"id":"a","title":"A","questions":[]}"#));
        let en = Locale::new("en");
        assert_eq!(permit.minutes, (30, 30));
        assert_eq!(permit.time_on_pages().text(&en), "30 minutes on each page. You are warned before the time runs out and can get more time, up to 10 times on a page. When the time runs out, your answers are saved and you are signed out.");
        assert_eq!(permit.kept().text(&en), "30 days after your last change");
        let visit = FormFacts::of(
            "f",
            &form("visit", r#","page_time_limit_minutes":45,"on_time_out":"save-and-continue""#, r#"{"id":"a","title":"A","questions":[]},{"id":"b","title":"B","time_limit_minutes":5,"questions":[]}"#),
        );
        assert_eq!(visit.kept().text(&Locale::new("sv")), "48 timmar efter din senaste ändring");
        assert!(visit.time_on_pages().text(&en).starts_with("5 to 45 minutes on each page, depending on the page."));
        assert!(visit.time_on_pages().text(&en).ends_with("When the time runs out, your answers are saved and the page's time starts again."));
    }
}
