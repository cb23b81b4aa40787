//! The reference backend's sign-in pages: sign in, create an account, confirm the email address
//! with the mailed code (R1), and sign out. Plain HTML forms rendered here, like the start page:
//! signing in belongs to the backend (the full set of login methods, R11, are identity providers
//! the app never sees), it works without JavaScript, and it keeps the app's download to the form
//! engine. The app links here as `/sign-in?next=/forms/x&lang=sv` (see api/openapi.yaml) and
//! the applicant comes back to `next` signed in.
//!
//! What is checked and what each refusal means are the engine's rules (`blankett_core::account`);
//! the words are its catalogue, in Swedish or English.

use crate::accounts::AccountError;
use crate::api::{end_session, limit_attempts, session_cookie, sign_in_key, ApiError};
use crate::gallery::{choose_locale, document, escape, language_switch};
use crate::AppState;
use axum::extract::{Form, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use blankett_core::account::{check, Field, Problem, Say, Screen, MIN_PASSWORD_LENGTH};
use blankett_core::messages::Ui;
use blankett_core::text::Locale;
use serde::Deserialize;
use std::sync::Arc;

/// What the pages' address and forms carry. Every field is optional: a hand-made request gets the
/// sign-in page, not an error.
#[derive(Deserialize, Default)]
pub struct Fields {
    screen: Option<String>,
    email: Option<String>,
    password: Option<String>,
    code: Option<String>,
    next: Option<String>,
    lang: Option<String>,
}

impl Fields {
    fn screen(&self) -> Screen {
        match self.screen.as_deref() {
            Some("create") => Screen::CreateAccount,
            Some("verify") => Screen::Verify { email: self.email.clone().unwrap_or_default().trim().to_string() },
            _ => Screen::SignIn,
        }
    }
    fn locale(&self, headers: &HeaderMap) -> Locale {
        choose_locale(self.lang.as_deref(), headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()))
    }
    /// Where to go once signed in: a path on this site only, so the page cannot be used to send
    /// someone elsewhere.
    fn next(&self) -> String {
        match self.next.as_deref() {
            Some(next) if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') => next.to_string(),
            _ => "/".into(),
        }
    }
}

fn screen_name(screen: &Screen) -> &'static str {
    match screen {
        Screen::SignIn => "sign-in",
        Screen::CreateAccount => "create",
        Screen::Verify { .. } => "verify",
    }
}

fn title_of(screen: &Screen) -> Say {
    match screen {
        Screen::SignIn => Say::SignInTitle,
        Screen::CreateAccount => Say::CreateAccountTitle,
        Screen::Verify { .. } => Say::VerifyTitle,
    }
}

/// One page of the sign-in flow, with the problems found in what was sent (GOV.UK error pattern:
/// a summary linking to each field, the message at the field, "Error:" in the title).
fn page(screen: &Screen, email: &str, next: &str, problems: &[Problem], locale: &Locale) -> String {
    let say = |text: Say| escape(&text.text(locale));
    let lang = locale.code();
    let mut body = String::new();
    if !problems.is_empty() {
        body.push_str(&format!(
            "<div id=\"error-summary\" class=\"error-summary\" tabindex=\"-1\" role=\"alert\" aria-labelledby=\"error-summary-title\">\
             <h2 id=\"error-summary-title\">{}</h2><ul>",
            escape(&Ui::ErrorSummaryTitle.text(locale))
        ));
        for problem in problems {
            let target = problem.field.map_or("page-heading", Field::dom_id);
            body.push_str(&format!("<li><a href=\"#{target}\">{}</a></li>", say(problem.text)));
        }
        body.push_str("</ul></div>\n");
    }
    let field = |which: Field, label: Say, hint: Option<Say>, kind: &str, autocomplete: &str, value: &str| {
        let id = which.dom_id();
        let error = problems.iter().find(|p| p.field == Some(which));
        let mut described = Vec::new();
        let mut html = format!("<div class=\"field{}\"><label for=\"{id}\">{}</label>", if error.is_some() { " field-error" } else { "" }, say(label));
        if let Some(hint) = hint {
            html.push_str(&format!("<div class=\"hint\" id=\"{id}-hint\">{}</div>", say(hint)));
            described.push(format!("{id}-hint"));
        }
        if let Some(error) = error {
            html.push_str(&format!(
                "<p class=\"error-message\" id=\"{id}-error\"><span class=\"visually-hidden\">{} </span>{}</p>",
                escape(&Ui::ErrorLabel.text(locale)),
                say(error.text)
            ));
            described.push(format!("{id}-error"));
        }
        let name = match which {
            Field::Email => "email",
            Field::Password => "password",
            Field::Code => "code",
        };
        html.push_str(&format!(
            "<input id=\"{id}\" name=\"{name}\" type=\"{kind}\" autocomplete=\"{autocomplete}\" spellcheck=\"false\"{}{} value=\"{}\"></div>\n",
            if described.is_empty() { String::new() } else { format!(" aria-describedby=\"{}\"", described.join(" ")) },
            if error.is_some() { " aria-invalid=\"true\"" } else { "" },
            escape(value)
        ));
        html
    };
    let hidden = |name: &str, value: &str| format!("<input type=\"hidden\" name=\"{name}\" value=\"{}\">", escape(value));
    let address = |screen: &str, code: &str| format!("/sign-in?screen={screen}&lang={code}&next={}", urlencode(next));
    let current_screen = screen_name(screen);
    body.push_str(&language_switch(locale, |code| address(current_screen, code)));
    body.push_str(&format!("\n<h1 id=\"page-heading\" tabindex=\"-1\">{}</h1>\n", say(title_of(screen))));
    body.push_str("<form method=\"post\" action=\"/sign-in\" novalidate>\n");
    body.push_str(&hidden("screen", current_screen));
    body.push_str(&hidden("next", next));
    body.push_str(&hidden("lang", lang));
    let (button, other, other_screen) = match screen {
        Screen::SignIn => {
            body.push_str(&format!("<p>{}</p>\n", say(Say::SignInIntro)));
            body.push_str(&field(Field::Email, Say::EmailLabel, None, "email", "email", email));
            body.push_str(&field(Field::Password, Say::PasswordLabel, None, "password", "current-password", ""));
            (Say::SignInButton, Say::NoAccountYet, "create")
        }
        Screen::CreateAccount => {
            body.push_str(&field(Field::Email, Say::EmailLabel, Some(Say::EmailCannotChange), "email", "email", email));
            body.push_str(&field(Field::Password, Say::PasswordLabel, Some(Say::NewPasswordHint { min: MIN_PASSWORD_LENGTH }), "password", "new-password", ""));
            (Say::CreateAccountButton, Say::HaveAccount, "sign-in")
        }
        Screen::Verify { email } => {
            body.push_str(&format!("<p>{}</p>\n<p><strong>{}</strong></p>\n", say(Say::VerifyIntro), escape(email)));
            body.push_str(&hidden("email", email));
            body.push_str(&field(Field::Code, Say::CodeLabel, None, "text", "one-time-code", ""));
            (Say::VerifyButton, Say::HaveAccount, "sign-in")
        }
    };
    body.push_str(&format!(
        "<div class=\"actions\"><button type=\"submit\" class=\"button\">{}</button> <a href=\"{}\">{}</a></div>\n</form>\n",
        say(button),
        escape(&address(other_screen, lang)),
        say(other)
    ));
    let title = say(title_of(screen));
    let title = if problems.is_empty() { title } else { escape(&Ui::ErrorTitlePrefix.text(locale)) + &title };
    document(locale, &title, &body)
}

/// Percent-encodes a path for a query string.
fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn html(status: StatusCode, body: String) -> Response {
    (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8"), (header::CACHE_CONTROL, "no-store")], body).into_response()
}

/// Where each refusal from the store lands: a problem at a field, or (an unverified account) the
/// code screen.
fn refused(error: AccountError, email: &str) -> Result<Screen, Problem> {
    let at = |field: Field, text: Say| Err(Problem { field: Some(field), text });
    match error {
        AccountError::NotVerified => Ok(Screen::Verify { email: email.trim().to_string() }),
        AccountError::InvalidEmail => at(Field::Email, Say::EmailFormat),
        AccountError::Exists => at(Field::Email, Say::AccountExists),
        AccountError::WeakPassword => at(Field::Password, Say::PasswordTooShort { min: MIN_PASSWORD_LENGTH }),
        AccountError::WrongCredentials => at(Field::Password, Say::WrongCredentials),
        AccountError::WrongCode => at(Field::Code, Say::WrongCode),
        AccountError::CodeUsedUp => at(Field::Code, Say::CodeUsedUp),
        AccountError::SignedOut | AccountError::Store(_) => Err(Problem { field: None, text: Say::Failed(Ui::RequestFailed) }),
    }
}

/// A form post from another site is refused: the session cookie is `SameSite=Strict`, and this
/// stops a page elsewhere from signing a visitor in or out.
fn from_this_site(headers: &HeaderMap) -> bool {
    let value = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = value("sec-fetch-site") {
        return matches!(site, "same-origin" | "none");
    }
    match (value("origin"), value("host")) {
        (Some(origin), Some(host)) => origin.split_once("://").is_some_and(|(_, rest)| rest == host),
        // Browsers without Fetch Metadata send Origin on every POST; a request without either
        // is not from a browser form on another site.
        _ => true,
    }
}

pub async fn show(Query(fields): Query<Fields>, headers: HeaderMap) -> Response {
    let locale = fields.locale(&headers);
    html(StatusCode::OK, page(&fields.screen(), fields.email.as_deref().unwrap_or_default(), &fields.next(), &[], &locale))
}

pub async fn submit(State(state): State<Arc<AppState>>, jar: CookieJar, headers: HeaderMap, Form(fields): Form<Fields>) -> Response {
    let locale = fields.locale(&headers);
    if !from_this_site(&headers) {
        return html(StatusCode::FORBIDDEN, page(&Screen::SignIn, "", "/", &[Problem { field: None, text: Say::Failed(Ui::RequestFailed) }], &locale));
    }
    let screen = fields.screen();
    let (email, password, code) = (fields.email.clone().unwrap_or_default(), fields.password.clone().unwrap_or_default(), fields.code.clone().unwrap_or_default());
    let next = fields.next();
    let problems = check(&screen, &email, &password, &code);
    if !problems.is_empty() {
        return html(StatusCode::BAD_REQUEST, page(&screen, &email, &next, &problems, &locale));
    }
    let now = state.clock.now();
    if screen == Screen::SignIn {
        if let Err(ApiError::TooManyAttempts(seconds)) = limit_attempts(&state, &[sign_in_key(&email)], now) {
            let problem = Problem { field: None, text: Say::Failed(Ui::TooManyAttempts { minutes: seconds.div_ceil(60) }) };
            return html(StatusCode::TOO_MANY_REQUESTS, page(&screen, &email, &next, &[problem], &locale));
        }
    }
    let result = match &screen {
        Screen::SignIn => state.store.sign_in(&email, &password, now).map(Some),
        Screen::CreateAccount => state.store.create_account(&email, &password, now).map(|()| None),
        // The code proves the address is theirs: confirmed, they are signed in.
        Screen::Verify { email } => state.store.verify_account(email, &code).and_then(|()| state.store.open_session(email, now)).map(Some),
    };
    match result {
        Ok(Some(token)) => {
            let back = if next.contains('?') { next } else { format!("{next}?lang={}", locale.code()) };
            (StatusCode::SEE_OTHER, jar.add(session_cookie(token, state.config.secure_cookies)), [(header::LOCATION, back)]).into_response()
        }
        Ok(None) => html(StatusCode::CREATED, page(&Screen::Verify { email: email.trim().to_string() }, &email, &next, &[], &locale)),
        Err(error) => match refused(error, &email) {
            Ok(next_screen) => html(StatusCode::OK, page(&next_screen, &email, &next, &[], &locale)),
            Err(problem) => html(StatusCode::BAD_REQUEST, page(&screen, &email, &next, &[problem], &locale)),
        },
    }
}

/// Signs out and goes to the start page. A post only, so a link on another site cannot do it.
pub async fn sign_out(State(state): State<Arc<AppState>>, jar: CookieJar, headers: HeaderMap, Form(fields): Form<Fields>) -> Response {
    let locale = fields.locale(&headers);
    if !from_this_site(&headers) {
        return html(StatusCode::FORBIDDEN, page(&Screen::SignIn, "", "/", &[Problem { field: None, text: Say::Failed(Ui::RequestFailed) }], &locale));
    }
    match end_session(&state, jar) {
        Ok(jar) => (StatusCode::SEE_OTHER, jar, [(header::LOCATION, format!("/?lang={}", locale.code()))]).into_response(),
        Err(error) => error.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_on_this_site_are_followed_after_signing_in() {
        let next = |n: &str| Fields { next: Some(n.into()), ..Default::default() }.next();
        assert_eq!(next("/forms/work-permit"), "/forms/work-permit");
        assert_eq!(next("//evil.example/x"), "/");
        assert_eq!(next("https://evil.example/"), "/");
        assert_eq!(next("/\\evil.example"), "/");
    }

    #[test]
    fn problems_are_shown_at_their_fields_and_text_is_escaped() {
        let problems = check(&Screen::CreateAccount, "<b>@x", "short", "");
        let html = page(&Screen::CreateAccount, "<b>@x", "/forms/a?b=<c>", &problems, &Locale::new("en"));
        assert!(html.contains("<title>Error: Create an account – Blankett</title>"));
        assert!(html.contains("<a href=\"#account-email\">Enter the email address in the right format"));
        assert!(html.contains("aria-describedby=\"account-email-hint account-email-error\" aria-invalid=\"true\" value=\"&lt;b&gt;@x\""));
        assert!(!html.contains("<b>"));
        assert!(html.contains("name=\"next\" value=\"/forms/a?b=&lt;c&gt;\""));
    }

    #[test]
    fn a_post_from_another_site_is_refused() {
        let headers = |pairs: &[(&'static str, &'static str)]| {
            let mut map = HeaderMap::new();
            for (k, v) in pairs {
                map.insert(*k, v.parse().unwrap());
            }
            map
        };
        assert!(from_this_site(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(!from_this_site(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(from_this_site(&headers(&[("origin", "http://127.0.0.1:8080"), ("host", "127.0.0.1:8080")])));
        assert!(!from_this_site(&headers(&[("origin", "https://evil.example"), ("host", "127.0.0.1:8080")])));
    }
}
