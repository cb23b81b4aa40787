//! What this device keeps of a draft: the answers not yet saved by the backend, so that a reload,
//! a closed tab or a network outage loses nothing.
//!
//! Browser storage is a cache, never the truth (R13: the service's support page had to tell
//! people to clear their cookies when errors stuck in the browser). What is kept carries a format
//! number and is dropped when it does not match or cannot be read; it is kept only while the
//! backend lacks it; and when the backend's draft moved on since (another device saved), the
//! applicant chooses which answers to keep instead of either silently winning.

use crate::contract::{answers_from_json, answers_to_json, Draft};
use crate::run::Snapshot;
use crate::basics::json::{self, Json, Value};

/// The format of what is kept. Raise it when the format changes: older copies are then dropped
/// rather than misread.
pub const FORMAT: u64 = 1;

/// The storage key of a form's unsaved answers. Every key of the service starts with `blankett`,
/// so that signing out or "Reset this service's saved data on this device" removes them all.
pub fn key(form_id: &str) -> String {
    format!("blankett:unsaved:{form_id}")
}

/// Answers the backend has not saved yet.
#[derive(Clone, Debug, PartialEq)]
pub struct Unsaved {
    pub draft: String,
    /// The draft's version these answers were changed from.
    pub based_on: u64,
    pub snapshot: Snapshot,
}

impl Unsaved {
    pub fn encode(&self) -> String {
        let mut out = format!("{{\"format\":{FORMAT},\"draft\":");
        json::write_string(&self.draft, &mut out);
        out + &format!(",\"based_on\":{},\"page\":{},\"answers\":{}}}", self.based_on, self.snapshot.page, answers_to_json(&self.snapshot.answers))
    }

    /// Reads a kept copy; `None` if it is of another format or not readable at all.
    pub fn decode(text: &str) -> Option<Unsaved> {
        let kept = json::parse(text).ok()?;
        let number = |key: &str| match kept.get(key)?.value {
            Value::Number(n) if n >= 0.0 && n.fract() == 0.0 => Some(n as u64),
            _ => None,
        };
        if number("format")? != FORMAT {
            return None;
        }
        Some(Unsaved {
            draft: kept.get("draft").and_then(Json::as_str)?.to_string(),
            based_on: number("based_on")?,
            snapshot: Snapshot { answers: answers_from_json(kept.get("answers")?)?, page: number("page")? as usize },
        })
    }
}

/// Where to continue a draft from.
#[derive(Clone, Debug, PartialEq)]
pub enum Resume {
    /// The backend has everything.
    Saved,
    /// This device has answers the backend lacks, changed from the version the backend has:
    /// they are shown and sent.
    Unsaved(Snapshot),
    /// This device has answers the backend lacks, but the draft was saved elsewhere since: they
    /// are shown, and the applicant chooses which answers to keep.
    Conflict(Snapshot),
}

pub fn resume(draft: &Draft, kept: Option<Unsaved>) -> Resume {
    let saved = Snapshot { answers: draft.answers.clone(), page: draft.page };
    match kept {
        Some(kept) if kept.draft == draft.id && kept.snapshot != saved && draft.receipt.is_none() => {
            if kept.based_on == draft.version {
                Resume::Unsaved(kept.snapshot)
            } else {
                Resume::Conflict(kept.snapshot)
            }
        }
        _ => Resume::Saved,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::answers::{Answer, Answers, FieldPath};

    fn snapshot(name: &str, page: usize) -> Snapshot {
        let mut answers = Answers::default();
        answers.set(&FieldPath::top("name"), Answer::Text(name.into()));
        answers.set(&FieldPath::in_entry("children", 0, "name"), Answer::Text("Bo \"B\"".into()));
        Snapshot { answers, page }
    }

    fn draft(version: u64, snapshot: Snapshot) -> Draft {
        Draft { id: "d1".into(), form_id: "f".into(), receipt: None, version, answers: snapshot.answers, page: snapshot.page, expires_at: None, page_deadline: None, extensions_left: None }
    }

    #[test]
    fn a_kept_copy_reads_back_as_written() {
        let kept = Unsaved { draft: "d\"1".into(), based_on: 4, snapshot: snapshot("Åsa", 2) };
        assert_eq!(Unsaved::decode(&kept.encode()), Some(kept));
    }

    #[test]
    fn another_format_or_a_broken_copy_is_dropped() {
        let text = Unsaved { draft: "d1".into(), based_on: 4, snapshot: snapshot("Ada", 2) }.encode();
        assert_eq!(Unsaved::decode(&text.replace("\"format\":1", "\"format\":2")), None);
        assert_eq!(Unsaved::decode(&text.replace("\"format\":1,", "")), None, "no format at all");
        assert_eq!(Unsaved::decode(&text[..text.len() - 3]), None, "cut short (a full disk)");
        assert_eq!(Unsaved::decode("[object Object]"), None);
    }

    #[test]
    fn unsaved_answers_win_only_over_the_version_they_came_from() {
        let saved = draft(4, snapshot("Ada", 1));
        let kept = |based_on, name| Some(Unsaved { draft: "d1".into(), based_on, snapshot: snapshot(name, 2) });
        assert_eq!(resume(&saved, None), Resume::Saved);
        assert_eq!(resume(&saved, kept(4, "Ada L")), Resume::Unsaved(snapshot("Ada L", 2)));
        assert_eq!(resume(&saved, kept(3, "Ada L")), Resume::Conflict(snapshot("Ada L", 2)), "saved elsewhere since");
        let same = Some(Unsaved { draft: "d1".into(), based_on: 3, snapshot: snapshot("Ada", 1) });
        assert_eq!(resume(&saved, same), Resume::Saved, "the backend has these answers already");
        let other = Some(Unsaved { draft: "d0".into(), based_on: 4, snapshot: snapshot("Bo", 0) });
        assert_eq!(resume(&saved, other), Resume::Saved, "a copy of another (older) draft");
        let confirmed = Draft { receipt: Some(crate::contract::Confirmed { reference: "BL-1".into(), confirmed_at: "t".into() }), ..saved };
        assert_eq!(resume(&confirmed, kept(4, "Ada L")), Resume::Saved, "a confirmed application cannot change");
    }
}
