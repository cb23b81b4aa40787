//! What the preview's banner does: start a preview (or start again as a new applicant), go to a
//! page, fill in example answers, and continue after the form's file changed. Each changes the
//! test applicant's draft through the store and the engine, exactly as a save from the app
//! would (a version over the last one, the page's time started again on another page), and
//! sends the browser back to the form, which continues the draft where it now is (R5).
//!
//! Each is a form post or a link from this site only (`from_this_site`): a page elsewhere cannot
//! sign a designer's browser in as a test applicant or change its drafts.

use super::{applicant, applicant_cookie, applicant_email, lang_query, see_other, Said, APPLICANT_COOKIE};
use crate::documents::Upload;
use crate::error::ApiError;
use crate::sign_in::from_this_site;
use crate::store::{Stored, StoreError};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use axum_extra::extract::cookie::CookieJar;
use blankett_core::lifecycle::State as Lifecycle;
use blankett_core::run::answers::{Answer, Answers};
use blankett_core::run::{examples, FormRun};
use blankett_core::schema::Form as Schema;
use serde::Deserialize;
use serde_json::{Map, Value};
use std::sync::Arc;

#[derive(Deserialize)]
pub struct Asked {
    lang: Option<String>,
    /// `go_to_page`: the page's index; the number of pages is the review.
    page: Option<String>,
    /// `fill_in_examples`: `this` (the draft's page) or `all`.
    pages: Option<String>,
    /// `continue_after_change`: the version of the file the page showed.
    from: Option<String>,
}

fn refused() -> Response {
    (StatusCode::FORBIDDEN, "Open the preview from this service's start page.").into_response()
}

/// `GET /preview/{id}`: signs this browser in as its test applicant (a new one the first time)
/// and opens the form. A form whose file has mistakes opens too: the app shows them located,
/// and the preview comes back once they are put right.
pub async fn start(State(state): State<Arc<AppState>>, Path(id): Path<String>, Query(asked): Query<Asked>, jar: CookieJar, headers: HeaderMap) -> Response {
    if !from_this_site(&headers) {
        return refused();
    }
    if !matches!(state.forms.file(&id).await, Ok(Some(_))) {
        return ApiError::NotFound(format!("There is no form called {id}.")).into_response();
    }
    if applicant(&state, &jar).await.is_some() {
        return see_other(&form_address(&id, asked.lang.as_deref()));
    }
    let token = jar.get(APPLICANT_COOKIE).map(|cookie| cookie.value().to_string()).filter(|token| is_token(token)).unwrap_or_else(new_token);
    match sign_in(&state, jar, &token).await {
        Ok(jar) => (jar, see_other(&form_address(&id, asked.lang.as_deref()))).into_response(),
        Err(error) => ApiError::from(error).into_response(),
    }
}

/// `POST /preview/{id}/again`: a new test applicant, without the old one's drafts.
pub async fn again(State(state): State<Arc<AppState>>, Path(id): Path<String>, jar: CookieJar, headers: HeaderMap, Form(asked): Form<Asked>) -> Response {
    if !from_this_site(&headers) {
        return refused();
    }
    if let Some(session) = jar.get(crate::api::SESSION_COOKIE) {
        let _ = state.store.sign_out(session.value()).await;
    }
    match sign_in(&state, jar, &new_token()).await {
        Ok(jar) => (jar, see_other(&form_address(&id, asked.lang.as_deref()))).into_response(),
        Err(error) => ApiError::from(error).into_response(),
    }
}

/// `POST /preview/{id}/page`: the draft goes to the page asked for (or the review). A page its
/// answers skip is said, and the app shows the page before it, as it does for any draft.
pub async fn go_to_page(State(state): State<Arc<AppState>>, Path(id): Path<String>, jar: CookieJar, headers: HeaderMap, Form(asked): Form<Asked>) -> Response {
    let back = form_address(&id, asked.lang.as_deref());
    let (owner, form, draft) = match prepare(&state, &id, &jar, &headers).await {
        Ok(prepared) => prepared,
        Err(answer) => return answer,
    };
    let Some(page) = asked.page.as_deref().and_then(|page| page.parse::<usize>().ok()).filter(|page| *page <= form.pages.len()) else {
        return see_other(&back);
    };
    let answers = read_answers(&draft.answers);
    let shown = FormRun::resume(form.clone(), answers, page).place() == page;
    let said = (!shown).then_some(Said::Skipped { page });
    match state.store.save(&owner, &draft.id, draft.application.version, &draft.answers, page as u32, state.clock.now()).await {
        Ok(_) => with_said(jar, said, &back),
        Err(error) => ApiError::from(error).into_response(),
    }
}

/// `POST /preview/{id}/examples`: every shown question on the draft's page (or on every page)
/// gets an example answer its rules accept (`blankett_core::run::examples`); a document
/// question gets an example file, uploaded to the draft as the app would upload one.
pub async fn fill_in_examples(State(state): State<Arc<AppState>>, Path(id): Path<String>, jar: CookieJar, headers: HeaderMap, Form(asked): Form<Asked>) -> Response {
    let back = form_address(&id, asked.lang.as_deref());
    let (owner, form, draft) = match prepare(&state, &id, &jar, &headers).await {
        Ok(prepared) => prepared,
        Err(answer) => return answer,
    };
    let page = draft.page as usize;
    let pages = if asked.pages.as_deref() == Some("all") { 0..form.pages.len() } else { page..page + 1 };
    let now = state.clock.now();
    let mut filled = examples::fill(&form, &read_answers(&draft.answers), pages, state.service.today(now));
    let mut attached = Vec::new();
    for path in &filled.needs_file {
        let Some(asked) = form.asked(path.group.as_ref().map(|(group, _)| group.as_str()), &path.id) else { continue };
        let Some(document) = example_document(&state, &owner, &draft.id, &path.id, &asked.question.document_limits(), now).await else { continue };
        filled.answers.set(path, Answer::Choices(vec![document]));
        attached.push(path.clone());
    }
    let not_filled = filled.left.iter().filter(|(_, issue)| !attached.contains(&issue.field)).map(|(_, issue)| issue.field.id.clone()).collect::<Vec<_>>();
    let said = Said::Filled { count: filled.written + attached.len(), not_filled: dedup(not_filled) };
    let answers = merged(&draft.answers, &filled.answers);
    match state.store.save(&owner, &draft.id, draft.application.version, &answers, draft.page, now).await {
        Ok(_) => with_said(jar, Some(said), &back),
        Err(error) => ApiError::from(error).into_response(),
    }
}

/// `GET /preview/{id}/continue?from=VERSION`: where `preview.js` goes when the form's file has
/// changed, once the app has saved. The draft stays on the page it was on, found by the page's
/// id in the version the browser showed, even if pages were added or removed before it; then
/// the form opens in its new version (or with its located issues).
pub async fn continue_after_change(State(state): State<Arc<AppState>>, Path(id): Path<String>, Query(asked): Query<Asked>, jar: CookieJar, headers: HeaderMap) -> Response {
    let back = form_address(&id, asked.lang.as_deref());
    let (owner, form, draft) = match prepare(&state, &id, &jar, &headers).await {
        Ok(prepared) => prepared,
        // A file with mistakes, or no test applicant: the form's address says what there is.
        Err(_) => return with_said(jar, Some(Said::Changed), &back),
    };
    let was = asked.from.as_deref().and_then(|version| state.preview.versions.pages_of(&id, version));
    let moved = was.and_then(|was| super::changes::same_place(&was, &form, draft.page as usize)).filter(|place| *place != draft.page as usize);
    if let Some(place) = moved {
        if let Err(error) = state.store.save(&owner, &draft.id, draft.application.version, &draft.answers, place as u32, state.clock.now()).await {
            return ApiError::from(error).into_response();
        }
    }
    with_said(jar, Some(Said::Changed), &back)
}

/// The test applicant, the form (offered: read and without issues) and its newest application,
/// started now if there is none; or the answer to give instead. A confirmed application is said
/// and left as it is (R8).
async fn prepare(state: &Arc<AppState>, id: &str, jar: &CookieJar, headers: &HeaderMap) -> Result<(String, Arc<Schema>, Stored), Response> {
    if !from_this_site(headers) {
        return Err(refused());
    }
    let back = form_address(id, None);
    // Signed out since (30 minutes without activity): the preview starts again for this browser.
    let Some(owner) = applicant(state, jar).await else { return Err(see_other(&format!("/preview/{id}"))) };
    let Some(form) = state.forms.offered(id).await else { return Err(see_other(&back)) };
    let now = state.clock.now();
    let newest = state.store.list(&owner, now).await.map_err(|e| ApiError::from(e).into_response())?.into_iter().find(|stored| stored.form_id == id);
    let draft = match newest {
        Some(draft) => draft,
        None => state.store.create(&owner, id, form.kind, now).await.map_err(|e| ApiError::from(e).into_response())?,
    };
    if matches!(draft.application.state, Lifecycle::Confirmed(_)) {
        return Err(with_said(jar.clone(), Some(Said::Confirmed), &back));
    }
    Ok((owner, form, draft))
}

/// Opens a session for the test applicant `token` names, as signing in does, and sets both
/// cookies.
async fn sign_in(state: &AppState, jar: CookieJar, token: &str) -> Result<CookieJar, StoreError> {
    let session = state.store.open_session(&applicant_email(token), state.clock.now()).await?;
    let secure = state.config.secure_cookies;
    Ok(jar.add(applicant_cookie(token, secure)).add(crate::api::session_cookie(session, secure)))
}

fn new_token() -> String {
    crate::store::random_id() + &crate::store::random_id()
}

/// A token this server made: 64 hex digits.
fn is_token(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

fn form_address(id: &str, lang: Option<&str>) -> String {
    format!("/forms/{id}{}", lang_query(lang))
}

fn with_said(jar: CookieJar, said: Option<Said>, address: &str) -> Response {
    let jar = match said {
        Some(said) => jar.add(said.cookie()),
        None => jar,
    };
    (jar, see_other(address)).into_response()
}

/// The answers a draft keeps (JSON text, as the app sent them), as the engine reads them; what
/// cannot be read is left out here, and kept in the draft by [`merged`].
fn read_answers(text: &str) -> Answers {
    let raw: Map<String, Value> = serde_json::from_str(text).unwrap_or_default();
    let mut answers = Answers::default();
    for (id, value) in raw {
        if let Ok(answer) = serde_json::from_value::<Answer>(value) {
            answers.0.insert(id, answer);
        }
    }
    answers
}

/// The draft's answers with those the examples wrote or kept put over them: nothing the draft
/// holds is dropped, not even an answer to a question the form no longer has.
fn merged(text: &str, filled: &Answers) -> String {
    let mut raw: Map<String, Value> = serde_json::from_str(text).unwrap_or_default();
    for (id, answer) in filled.0.iter() {
        if let Ok(value) = serde_json::to_value(answer) {
            raw.insert(id.clone(), value);
        }
    }
    Value::Object(raw).to_string()
}

fn dedup(mut ids: Vec<String>) -> Vec<String> {
    let mut seen = Vec::new();
    ids.retain(|id| !seen.contains(id) && {
        seen.push(id.clone());
        true
    });
    ids
}

/// An example file for a document question, of a type it accepts (a one-page PDF that says it
/// is an example, or a one-pixel PNG), uploaded to the draft; its id, or `None` if the question
/// takes neither.
async fn example_document(state: &AppState, owner: &str, draft: &str, question: &str, limits: &blankett_core::schema::DocumentLimits, now: blankett_core::basics::Millis) -> Option<String> {
    const PDF: &[u8] = include_bytes!("../../templates/example.pdf");
    const PNG: &[u8] = include_bytes!("../../templates/example.png");
    let accepts = |kind: &str| limits.file_types.iter().any(|accepted| accepted.eq_ignore_ascii_case(kind));
    let (name, content_type, content) = if accepts("application/pdf") {
        ("example.pdf", "application/pdf", PDF)
    } else if accepts("image/png") {
        ("example.png", "image/png", PNG)
    } else {
        return None;
    };
    let upload = Upload { question, name, content_type, content };
    state.store.add_document(owner, draft, upload, limits, now).await.ok().map(|document| document.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_examples_keep_every_answer_the_draft_had() {
        let mut filled = Answers::default();
        filled.0.insert("name".into(), Answer::Text("Example".into()));
        let text = merged(r#"{"old_question":"kept","name":"","odd":null}"#, &filled);
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["old_question"], "kept", "an answer to a question the form no longer has");
        assert_eq!(value["name"], "Example");
        assert_eq!(value["odd"], Value::Null, "what the engine cannot read is left as it was");
        assert_eq!(read_answers(r#"{"a":"x","b":["y"],"c":null,"d":5}"#).0.len(), 2);
    }

    #[test]
    fn the_example_files_are_what_their_names_say() {
        assert!(crate::documents::is_what_it_says("application/pdf", include_bytes!("../../templates/example.pdf")));
        assert!(crate::documents::is_what_it_says("image/png", include_bytes!("../../templates/example.png")));
        assert!(is_token(&new_token()));
        assert!(!is_token("abc"));
    }
}
