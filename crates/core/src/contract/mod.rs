//! The backend contract (`api/openapi.yaml`) as the app reads it: what a refusal means for the
//! applicant, the wire form of a draft, and [`DraftSync`], which decides when a draft is created
//! and saved so that no answer is written over a newer one or lost when a request fails.
//!
//! The app's `api` module only carries requests; every decision about them is made here, where it
//! is tested natively.

pub mod problem;

pub use problem::Problem;

use crate::run::answers::{Answer, Answers};
use crate::basics::json::{self, Json, Member, Value};
use crate::basics::Millis;
use crate::basics::locate::Position;
use crate::basics::map::Map;
use crate::messages::{Message, Ui};
use crate::schema::{DocumentLimits, DocumentRefusal};

/// Why a request did not do what the applicant asked, in the applicant's terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The server could not be reached.
    Offline,
    /// No session, or it ended after 30 minutes without activity (R10).
    SignedOut,
    NotFound,
    /// The draft was deleted when its retention time ran out (R4).
    Expired,
    /// The application is confirmed; nothing can be changed (R8).
    Locked,
    /// Saved elsewhere (another tab or device) since this page read it; nothing was written.
    Stale,
    TooManyAttempts { minutes: u64 },
    /// The request was refused for what it carried; `kind` is the problem type's last part
    /// (`wrong-code`, `account-exists`, …).
    Refused { kind: String },
    /// Anything the contract does not describe, such as a 500.
    Unexpected,
}

// The problem types the app tells apart, as patterns.
const LOCKED: &str = Problem::Locked.name();
const ALREADY_CONFIRMED: &str = Problem::AlreadyConfirmed.name();
const DOCUMENT_TYPE: &str = Problem::DocumentType.name();
const DOCUMENT_TOO_LARGE: &str = Problem::DocumentTooLarge.name();
const DOCUMENT_EMPTY: &str = Problem::DocumentEmpty.name();
const TOO_MANY_DOCUMENTS: &str = Problem::TooManyDocuments.name();

impl Failure {
    /// Whether the backend refused the request for this problem.
    pub fn is(&self, problem: Problem) -> bool {
        matches!(self, Failure::Refused { kind } if kind == problem.name())
    }

    /// Reads a failed response: its status, its problem `type` if it had one, and `Retry-After`.
    pub fn from_response(status: u16, problem_type: Option<&str>, retry_after_seconds: Option<u64>) -> Failure {
        let kind = problem_type.map(|t| t.rsplit('/').next().unwrap_or(t)).unwrap_or("");
        match (status, kind) {
            (401, _) => Failure::SignedOut,
            (404, _) => Failure::NotFound,
            (410, _) => Failure::Expired,
            (409, LOCKED | ALREADY_CONFIRMED) => Failure::Locked,
            (412, _) => Failure::Stale,
            (429, _) => Failure::TooManyAttempts { minutes: retry_after_seconds.unwrap_or(60).div_ceil(60).max(1) },
            (400..=499, kind) if !kind.is_empty() => Failure::Refused { kind: kind.to_string() },
            _ => Failure::Unexpected,
        }
    }

    /// The contract's problem type this failure came from (the last part of `/problems/…`), or
    /// `network` when the backend could not be reached: what a page embedding the form is told
    /// with the applicant's message (`session::Report::Failed`).
    pub fn problem_type(&self) -> &str {
        match self {
            Failure::Offline => "network",
            Failure::SignedOut => Problem::SignedOut.name(),
            Failure::NotFound => Problem::NotFound.name(),
            Failure::Expired => Problem::Expired.name(),
            Failure::Locked => Problem::Locked.name(),
            Failure::Stale => Problem::StaleVersion.name(),
            Failure::TooManyAttempts { .. } => Problem::TooManyAttempts.name(),
            Failure::Refused { kind } => kind,
            Failure::Unexpected => Problem::Internal.name(),
        }
    }

    /// What the applicant reads: what happened and what to do next.
    pub fn message(&self) -> Ui {
        match self {
            Failure::Offline => Ui::NetworkFailed,
            Failure::SignedOut => Ui::SignedOut,
            Failure::NotFound => Ui::DraftNotFound,
            Failure::Expired => Ui::DraftExpired,
            Failure::Locked => Ui::DraftLocked,
            Failure::Stale => Ui::DraftStale,
            Failure::TooManyAttempts { minutes } => Ui::TooManyAttempts { minutes: *minutes },
            Failure::Refused { kind } if kind == Problem::Incomplete.name() => Ui::Incomplete,
            Failure::Refused { .. } | Failure::Unexpected => Ui::RequestFailed,
        }
    }

    /// Whether sending the same request again can help, so the page offers "Try again". After
    /// being signed out it can, once the applicant has signed in again (in another tab, so that
    /// the page keeps what they typed); after the draft expired, it starts a new draft with the
    /// answers on the screen.
    pub fn can_retry(&self) -> bool {
        matches!(self, Failure::Offline | Failure::Unexpected | Failure::SignedOut | Failure::Expired)
    }

    /// What a failed upload means at its question. The backend's refusals are the browser's own
    /// checks ([`DocumentLimits::admits`]) and read as the same messages.
    pub fn upload_problem(&self, limits: &DocumentLimits) -> Message {
        let refusal = match self {
            Failure::Refused { kind } => match kind.as_str() {
                DOCUMENT_TYPE => DocumentRefusal::WrongType { accepted: limits.file_types.clone() },
                DOCUMENT_TOO_LARGE => DocumentRefusal::TooLarge { max_bytes: limits.max_bytes },
                DOCUMENT_EMPTY => DocumentRefusal::Empty,
                TOO_MANY_DOCUMENTS => DocumentRefusal::TooMany { max_files: limits.max_files },
                _ => return Message::UploadFailed,
            },
            Failure::Offline => return Message::UploadOffline,
            Failure::Unexpected => return Message::UploadFailed,
            other => return Message::Failed(other.message()),
        };
        Message::DocumentRefused(refusal)
    }
}

/// A file uploaded to a draft's `document` question (its id is in the question's answer).
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub id: String,
    pub question: String,
    pub name: String,
    pub content_type: String,
    /// In bytes.
    pub size: u64,
}

impl Document {
    /// Reads one document as the backend lists it; `None` if it is not what the contract describes.
    pub fn from_json(json: &Json) -> Option<Document> {
        let text = |key: &str| json.get(key)?.as_str().map(str::to_string);
        let size = match json.get("size")?.value {
            Value::Number(n) if n >= 0.0 && n.fract() == 0.0 => n as u64,
            _ => return None,
        };
        Some(Document { id: text("id")?, question: text("question")?, name: text("name")?, content_type: text("content_type")?, size })
    }

    /// A draft's documents (`GET /api/applications/{id}/documents`).
    pub fn list_from_json(json: &Json) -> Option<Vec<Document>> {
        json.items()?.iter().map(Document::from_json).collect()
    }
}

/// A draft as the backend returns it.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub id: String,
    pub form_id: String,
    /// Set once the application is confirmed: it is then only viewed (R8).
    pub receipt: Option<Confirmed>,
    pub version: u64,
    pub answers: Answers,
    pub page: usize,
    /// When the backend deletes the draft unless it is saved again (RFC 3339), if it is a draft.
    pub expires_at: Option<String>,
    /// When the current page's time ends (RFC 3339, the backend's clock); none once confirmed.
    pub page_deadline: Option<String>,
    /// How many more times the current page may get more time.
    pub extensions_left: Option<u32>,
}

/// A draft as the backend answered with it: the backend's clock at that moment (its `Date`
/// header) and the current page's deadline read from `page_deadline`, both in milliseconds.
#[derive(Clone, Debug, PartialEq)]
pub struct Written {
    pub draft: Draft,
    pub backend_now: Option<Millis>,
    pub deadline: Option<Millis>,
}

impl Draft {
    /// Whether the applicant has begun: an answer, or a page past the first. Opening such a draft
    /// is continuing it (R5), and the page says so.
    pub fn is_started(&self) -> bool {
        self.page > 0 || !self.answers.0.is_empty()
    }

    /// Reads an application; `None` if the body is not what the contract describes.
    pub fn from_json(json: &Json) -> Option<Draft> {
        let number = |key: &str| match json.get(key)?.value {
            Value::Number(n) if n >= 0.0 && n.fract() == 0.0 => Some(n as u64),
            _ => None,
        };
        Some(Draft {
            id: json.get("id")?.as_str()?.to_string(),
            form_id: json.get("form_id")?.as_str()?.to_string(),
            receipt: json.get("receipt").and_then(Confirmed::from_json).filter(|_| json.get("state").and_then(Json::as_str) == Some("confirmed")),
            version: number("version")?,
            answers: answers_from_json(json.get("answers")?)?,
            page: number("page")? as usize,
            expires_at: json.get("expires_at").and_then(Json::as_str).map(str::to_string),
            page_deadline: json.get("page_deadline").and_then(Json::as_str).map(str::to_string),
            extensions_left: number("page_extensions_left").map(|n| n as u32),
        })
    }
}

/// The receipt of a confirmed application: the reference number to quote, and when.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Confirmed {
    pub reference: String,
    /// An RFC 3339 time.
    pub confirmed_at: String,
}

impl Confirmed {
    /// Reads `{"reference": …, "confirmed_at": …}`: the confirm answer, or an application's
    /// `receipt`.
    pub fn from_json(json: &Json) -> Option<Confirmed> {
        let text = |key: &str| json.get(key).and_then(Json::as_str).map(str::to_string);
        Some(Confirmed { reference: text("reference")?, confirmed_at: text("confirmed_at")? })
    }
}

/// Answers from their JSON form (see [`answers_to_json`]); `None` if it is not that form.
pub fn answers_from_json(json: &Json) -> Option<Answers> {
    let mut map = Map::new();
    for member in json.members()? {
        let answer = match &member.value.value {
            Value::String(text) => Answer::Text(text.clone()),
            Value::Array(items) if items.iter().all(|i| i.as_str().is_some()) => {
                Answer::Choices(items.iter().filter_map(|i| i.as_str().map(str::to_string)).collect())
            }
            Value::Array(items) => Answer::Entries(items.iter().map(answers_from_json).collect::<Option<_>>()?),
            _ => return None,
        };
        map.insert(member.key.clone(), answer);
    }
    Some(Answers(map))
}

fn answers_value(answers: &Answers) -> Value {
    let member = |key: &str, value: Value| Member { key: key.to_string(), key_at: Position { line: 0, column: 0 }, value: json::value(value) };
    Value::Object(
        answers
            .0
            .iter()
            .map(|(id, answer)| {
                let value = match answer {
                    Answer::Text(text) => Value::String(text.clone()),
                    Answer::Choices(values) => Value::Array(values.iter().map(|v| json::value(Value::String(v.clone()))).collect()),
                    Answer::Entries(entries) => Value::Array(entries.iter().map(|e| json::value(answers_value(e))).collect()),
                };
                member(id, value)
            })
            .collect(),
    )
}

/// Answers as the contract carries them: text as a string, ticked values as a list of strings,
/// a repeating group as a list of objects.
pub fn answers_to_json(answers: &Answers) -> String {
    let mut out = String::new();
    json::write(&answers_value(answers), &mut out);
    out
}

/// The request [`crate::session::sync::DraftSync`] wants sent next.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// `POST /api/applications` for this form.
    Create { form_id: String },
    /// `PUT /api/applications/{id}` with `If-Match: "version"` and this body.
    Save { id: String, version: u64, body: String },
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::answers::FieldPath;

    #[test]
    fn refusals_mean_what_the_contract_says() {
        assert_eq!(Failure::from_response(401, Some("/problems/signed-out"), None), Failure::SignedOut);
        assert_eq!(Failure::from_response(412, Some("/problems/stale-version"), None), Failure::Stale);
        assert_eq!(Failure::from_response(409, Some("/problems/locked"), None), Failure::Locked);
        assert_eq!(Failure::from_response(410, None, None), Failure::Expired);
        assert_eq!(Failure::from_response(429, None, Some(90)), Failure::TooManyAttempts { minutes: 2 });
        assert_eq!(Failure::from_response(429, None, None), Failure::TooManyAttempts { minutes: 1 });
        assert_eq!(Failure::from_response(400, Some("/problems/wrong-code"), None), Failure::Refused { kind: "wrong-code".into() });
        assert_eq!(Failure::from_response(400, None, None), Failure::Unexpected, "a 400 without a problem type is not the contract");
        assert_eq!(Failure::from_response(502, Some("/problems/internal"), None), Failure::Unexpected);
        assert!(Failure::Offline.can_retry() && Failure::Unexpected.can_retry() && Failure::SignedOut.can_retry());
        assert!(!Failure::Locked.can_retry() && !Failure::Stale.can_retry());
    }

    #[test]
    fn an_embedding_page_is_told_the_contracts_problem_type_of_a_failure() {
        for name in ["signed-out", "not-found", "expired", "locked", "stale-version", "too-many-attempts", "wrong-code", "incomplete"] {
            let status = match name { "signed-out" => 401, "not-found" => 404, "expired" => 410, "locked" => 409, "stale-version" => 412, "too-many-attempts" => 429, _ => 400 };
            let failure = Failure::from_response(status, Some(&format!("/problems/{name}")), None);
            assert_eq!(failure.problem_type(), name, "{failure:?}");
            assert!(Problem::ALL.iter().any(|p| p.name() == failure.problem_type()), "{name} is a problem type of the contract");
        }
        assert_eq!(Failure::Offline.problem_type(), "network", "no answer, so no problem type");
        assert_eq!(Failure::Unexpected.problem_type(), "internal");
    }

    #[test]
    fn documents_are_read_from_the_backend_and_its_refusals_mean_the_browsers_checks() {
        let body = r#"[{"id":"k1","question":"passport_copy","name":"passport.pdf","content_type":"application/pdf","size":2048,"uploaded_at":"2026-11-21T10:00:00.000Z"}]"#;
        let list = Document::list_from_json(&json::parse(body).unwrap()).unwrap();
        let expected = Document { id: "k1".into(), question: "passport_copy".into(), name: "passport.pdf".into(), content_type: "application/pdf".into(), size: 2048 };
        assert_eq!(list, vec![expected]);
        assert_eq!(Document::list_from_json(&json::parse("[]").unwrap()), Some(vec![]));
        assert!(Document::list_from_json(&json::parse(r#"[{"id":"k1","size":-1}]"#).unwrap()).is_none());
        assert!(Document::from_json(&json::parse(r#"{"id":"k1","question":"q","name":"a","content_type":"b","size":1.5}"#).unwrap()).is_none());

        let limits = DocumentLimits { file_types: vec!["application/pdf".into()], max_bytes: 1024, max_files: 2 };
        let refused = |status, kind: &str| Failure::from_response(status, Some(&format!("/problems/{kind}")), None).upload_problem(&limits);
        let browser = |content_type, size, already| Message::DocumentRefused(limits.admits(content_type, size, already).unwrap_err());
        assert_eq!(refused(415, "document-type"), browser("image/gif", 10, 0));
        assert_eq!(refused(413, "document-too-large"), browser("application/pdf", 2048, 0));
        assert_eq!(refused(400, "document-empty"), browser("application/pdf", 0, 0));
        assert_eq!(refused(409, "too-many-documents"), browser("application/pdf", 10, 2));
        assert_eq!(refused(409, "locked"), Message::Failed(Ui::DraftLocked));
        assert_eq!(refused(401, "signed-out"), Message::Failed(Ui::SignedOut));
        assert_eq!(Failure::Offline.upload_problem(&limits), Message::UploadOffline);
        assert_eq!(Failure::from_response(500, None, None).upload_problem(&limits), Message::UploadFailed);
        assert_eq!(Failure::from_response(413, None, None).upload_problem(&limits), Message::UploadFailed, "a proxy's refusal is no contract");
    }

    #[test]
    fn answers_survive_the_wire() {
        let text = r#"{"name":"Ada","langs":["sv","en"],"none":[],"children":[{"name":"Bo","tags":["a"]},{}]}"#;
        let answers = answers_from_json(&json::parse(text).unwrap()).unwrap();
        assert_eq!(answers.get("langs"), Some(&Answer::Choices(vec!["sv".into(), "en".into()])));
        assert_eq!(answers.entry_count("children"), 2);
        let written = answers_to_json(&answers);
        assert_eq!(answers_from_json(&json::parse(&written).unwrap()).unwrap(), answers);
        assert_eq!(answers_to_json(&Answers::default()), "{}");
        assert!(answers_from_json(&json::parse(r#"{"age":42}"#).unwrap()).is_none(), "not an answer");
    }

    #[test]
    fn a_draft_is_read_from_the_backend() {
        let body = r#"{"id":"d1","form_id":"work-permit","state":"draft","version":3,"answers":{"name":"Ada"},"page":2,
            "saved_at":"2026-11-21T10:00:00.000Z","expires_at":"2026-12-21T10:00:00.000Z",
            "page_deadline":"2026-11-21T10:30:00.000Z","page_extensions_left":10}"#;
        let draft = Draft::from_json(&json::parse(body).unwrap()).unwrap();
        assert_eq!((draft.id.as_str(), draft.version, draft.page, draft.receipt.is_some()), ("d1", 3, 2, false));
        let mut ada = Answers::default();
        ada.set(&FieldPath::top("name"), Answer::Text("Ada".into()));
        assert_eq!(draft.answers, ada);
        assert_eq!(draft.expires_at.as_deref(), Some("2026-12-21T10:00:00.000Z"));
        assert_eq!((draft.page_deadline.as_deref(), draft.extensions_left), (Some("2026-11-21T10:30:00.000Z"), Some(10)));
        assert!(draft.is_started());
        assert!(!Draft { answers: Answers::default(), page: 0, ..draft }.is_started(), "a draft only opened");
        assert!(Draft::from_json(&json::parse(r#"{"id":"d1"}"#).unwrap()).is_none());
    }
}
