//! Time on a page (R2): each page of a form has a limit, 30 minutes unless the form or the page
//! sets another. The backend tells a client the current page's deadline; the countdown, its
//! warning and extensions build on this (issue 5).

use crate::lifecycle::Millis;
use crate::schema::Form;

pub const DEFAULT_PAGE_MINUTES: u32 = 30;

/// How long the applicant has on page `page` (an index into `form.pages`): the page's own limit,
/// else the form's, else 30 minutes.
pub fn page_limit(form: &Form, page: usize) -> Millis {
    let minutes = form.pages.get(page).and_then(|p| p.time_limit_minutes).or(form.page_time_limit_minutes).unwrap_or(DEFAULT_PAGE_MINUTES);
    Millis::from(minutes) * 60 * 1000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_has_its_own_limit_else_the_forms_else_thirty_minutes() {
        let text = r#"{"id":"f","title":"F","kind":"visit","languages":["en"],"pages":[
            {"id":"a","title":"A","questions":[]},
            {"id":"b","title":"B","time_limit_minutes":5,"questions":[]}]}"#;
        let mut form = crate::load::read_form("f.json", text).form.unwrap();
        assert_eq!(page_limit(&form, 0), 30 * 60 * 1000);
        assert_eq!(page_limit(&form, 1), 5 * 60 * 1000);
        form.page_time_limit_minutes = Some(45);
        assert_eq!(page_limit(&form, 0), 45 * 60 * 1000);
        assert_eq!(page_limit(&form, 1), 5 * 60 * 1000);
        assert_eq!(page_limit(&form, 9), 45 * 60 * 1000, "a page that no longer exists gets the form's limit");
    }
}
