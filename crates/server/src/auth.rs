//! Who an API request is from: the session its `Authorization: Bearer` token names, or else the
//! session cookie's. Both are the same session (one row of the session table, the token hashed),
//! with the same rules: 30 minutes without a request ends it (R10), 12 hours after signing in at
//! the latest, and signing out ends it at once.
//!
//! A bearer token is for a client that signs in itself (`POST /api/sessions` with `"token":
//! true`), typically a page on another site that embeds the forms (the widget) and reaches the
//! API through CORS (`cors.rs`). It is read from that header only — never from the address,
//! where it would be kept in histories and logs — and a request that carries one is judged by it
//! alone: a wrong or ended token is signed out even beside a good cookie. A request with a bearer
//! token needs no `blankett-client` header: no page on another site can add an `Authorization`
//! header without a CORS preflight, which the backend grants only to the allowed sites, so it is
//! no cross-site request forgery (a cookie request still needs the header).

use crate::api::SESSION_COOKIE;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::FromRequestParts;
use axum::http::{header, request::Parts, HeaderMap};
use axum_extra::extract::cookie::CookieJar;

/// The session a request names, and how.
pub struct Caller {
    credential: Credential,
    /// The request's cookies, to remove the session cookie when a cookie session ends.
    pub jar: CookieJar,
}

enum Credential {
    /// `Authorization: Bearer …`; `None` when the header names the scheme with no usable token.
    Bearer(Option<String>),
    Cookie(Option<String>),
}

/// What `Authorization` says, if it names the Bearer scheme (in any case, RFC 9110): the token,
/// or `Some(None)` for a token that cannot be one (empty, or with characters RFC 6750's
/// `b64token` has not). Another scheme (a proxy's `Basic`) is not the API's and is left alone.
pub fn bearer(headers: &HeaderMap) -> Option<Option<String>> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ').unwrap_or((value.trim(), ""));
    if !scheme.eq_ignore_ascii_case("bearer") {
        return None;
    }
    let token = token.trim_start();
    let b64token = |b: u8| b.is_ascii_alphanumeric() || b"-._~+/".contains(&b);
    let body = token.trim_end_matches('=');
    Some((!body.is_empty() && body.bytes().all(b64token)).then(|| token.to_string()))
}

impl<S: Send + Sync> FromRequestParts<S> for Caller {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_request_parts(parts, state).await?;
        let credential = match bearer(&parts.headers) {
            Some(token) => Credential::Bearer(token),
            None => Credential::Cookie(jar.get(SESSION_COOKIE).map(|c| c.value().to_string())),
        };
        Ok(Caller { credential, jar })
    }
}

impl Caller {
    fn token(&self) -> Option<&str> {
        match &self.credential {
            Credential::Bearer(token) | Credential::Cookie(token) => token.as_deref(),
        }
    }

    /// The signed-in applicant's address; counts as activity (R10).
    pub async fn owner(&self, state: &AppState) -> Result<String, ApiError> {
        let token = self.token().ok_or(ApiError::SignedOut)?;
        Ok(state.store.session(token, state.clock.now()).await?)
    }

    /// Ends the session, if any: a cookie session also loses its cookie. A bearer request's
    /// answer sets no cookie, so that it cannot end a cookie session the same browser holds.
    pub async fn sign_out(self, state: &AppState) -> Result<CookieJar, ApiError> {
        match self.credential {
            Credential::Bearer(token) => {
                if let Some(token) = token {
                    state.store.sign_out(&token).await?;
                }
                Ok(CookieJar::new())
            }
            Credential::Cookie(_) => crate::api::end_session(state, self.jar).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authorization(value: &str) -> Option<Option<String>> {
        let mut headers = HeaderMap::new();
        headers.insert(header::AUTHORIZATION, value.parse().unwrap());
        bearer(&headers)
    }

    #[test]
    fn only_the_bearer_scheme_is_the_apis_and_a_token_is_b64token() {
        assert_eq!(authorization("Bearer abc123"), Some(Some("abc123".into())));
        assert_eq!(authorization("bearer abc123"), Some(Some("abc123".into())), "the scheme in any case");
        assert_eq!(authorization("BEARER  a-b.c_d~e+f/g=="), Some(Some("a-b.c_d~e+f/g==".into())));
        assert_eq!(authorization("Bearer"), Some(None), "the scheme without a token is a wrong token");
        assert_eq!(authorization("Bearer "), Some(None));
        assert_eq!(authorization("Bearer a b"), Some(None));
        assert_eq!(authorization("Bearer a,b"), Some(None));
        assert_eq!(authorization("Bearer ==="), Some(None));
        assert_eq!(authorization("Basic dXNlcjpwYXNz"), None, "a proxy's scheme is left alone");
        assert_eq!(authorization("Bearerabc"), None);
        assert_eq!(bearer(&HeaderMap::new()), None);
    }
}
