//! The one module that talks to the backend. It speaks the contract in `api/`; no other module
//! makes requests. A failed request becomes an [`ApiError`] that the page shows in the
//! applicant's language with what to do next.

use serde::Deserialize;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The server could not be reached (offline, DNS, connection refused).
    Network,
    /// There is nothing at that address.
    NotFound,
    /// The server answered with an error or something that is not what the contract says.
    Server { status: u16 },
}

/// One form as the list of forms describes it.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct FormSummary {
    pub id: String,
    pub title: Option<blankett_core::text::Text>,
    pub kind: Option<String>,
    /// How many schema issues the file has; a form with issues is listed but cannot be filled in.
    pub issues: usize,
}

async fn get_text(path: &str) -> Result<String, ApiError> {
    let window = web_sys::window().ok_or(ApiError::Network)?;
    let response = JsFuture::from(window.fetch_with_str(path)).await.map_err(|_| ApiError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| ApiError::Network)?;
    match response.status() {
        200 => {}
        404 | 410 => return Err(ApiError::NotFound),
        status => return Err(ApiError::Server { status }),
    }
    let text = JsFuture::from(response.text().map_err(|_| ApiError::Server { status: 200 })?).await.map_err(|_| ApiError::Network)?;
    text.as_string().ok_or(ApiError::Server { status: 200 })
}

pub async fn list_forms() -> Result<Vec<FormSummary>, ApiError> {
    let text = get_text("/api/forms").await?;
    serde_json::from_str(&text).map_err(|_| ApiError::Server { status: 200 })
}

/// The schema file's text, exactly as the designer wrote it: the app checks it itself so that a
/// broken file is shown with located issues.
pub async fn form_text(id: &str) -> Result<String, ApiError> {
    get_text(&format!("/api/forms/{id}")).await
}
