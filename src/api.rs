//! The one module that talks to the backend. It speaks the contract in `api/`; no other module
//! makes requests. A failed request becomes an [`ApiError`] that the page shows in the
//! applicant's language with what to do next.

use blankett_core::json::{self, Json};
use blankett_core::load::SchemaIssue;
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

/// The status and body of a GET; only a failure to reach the server is an error here.
async fn get(path: &str) -> Result<(u16, String), ApiError> {
    let window = web_sys::window().ok_or(ApiError::Network)?;
    let response = JsFuture::from(window.fetch_with_str(path)).await.map_err(|_| ApiError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| ApiError::Network)?;
    let status = response.status();
    let text = JsFuture::from(response.text().map_err(|_| ApiError::Server { status })?).await.map_err(|_| ApiError::Network)?;
    Ok((status, text.as_string().unwrap_or_default()))
}


// Wire types are read with the engine's small JSON reader rather than serde: serde's generated
// readers would add to every applicant's download (see ARCHITECTURE.md, "Size").

fn text_field(json: &Json, name: &str) -> Option<String> {
    json.get(name)?.as_str().map(str::to_string)
}

fn number_field(json: &Json, name: &str) -> Option<usize> {
    match json.get(name)?.value {
        json::Value::Number(n) if n >= 0.0 => Some(n as usize),
        _ => None,
    }
}

fn schema_issue(json: &Json) -> Option<SchemaIssue> {
    Some(SchemaIssue {
        file: text_field(json, "file")?,
        line: number_field(json, "line")?,
        column: number_field(json, "column")?,
        path: text_field(json, "path").unwrap_or_default(),
        message: text_field(json, "message")?,
    })
}

/// Reads a list, or fails as a server error: an answer the contract does not describe.
fn list_of<T>(text: &str, key: Option<&str>, item: fn(&Json) -> Option<T>, status: u16) -> Result<Vec<T>, ApiError> {
    let document = json::parse(text).map_err(|_| ApiError::Server { status })?;
    let list = match key {
        Some(key) => document.get(key).and_then(Json::items),
        None => document.items(),
    };
    list.ok_or(ApiError::Server { status })?.iter().map(|j| item(j).ok_or(ApiError::Server { status })).collect()
}


/// A form as the backend serves it.
pub enum FormFile {
    /// The schema file's text; it passed the backend's checks.
    Text(String),
    /// The file has issues, each located; the backend refuses to offer it.
    Issues(Vec<SchemaIssue>),
}

pub async fn form_file(id: &str) -> Result<FormFile, ApiError> {
    match get(&format!("/api/forms/{id}")).await? {
        (200, text) => Ok(FormFile::Text(text)),
        (422, body) => list_of(&body, Some("issues"), schema_issue, 422).map(FormFile::Issues),
        (404 | 410, _) => Err(ApiError::NotFound),
        (status, _) => Err(ApiError::Server { status }),
    }
}
