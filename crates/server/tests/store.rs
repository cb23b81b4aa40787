//! The application store against a real SQLite file, with a fake clock in milliseconds: what is
//! saved survives a restart, another applicant cannot read it, a stale save is refused, a draft is
//! deleted when its retention time runs out, confirmation happens once and locks everything, and
//! more time on a page is counted per page and given back by signing in.

use blankett_core::lifecycle::{Receipt, Refusal};
use blankett_core::schema::FormKind;
use blankett_server::store::{Store, StoreError};
use std::path::PathBuf;

const HOUR: i64 = 60 * 60 * 1000;
const DAY: i64 = 24 * HOUR;
/// 2026-11-21 07:00 UTC.
const T0: i64 = 1_795_244_400_000;

fn database() -> PathBuf {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!("blankett-store-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed)));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("blankett.sqlite")
}

#[test]
fn a_saved_draft_survives_a_restart_and_only_its_owner_reads_it() {
    let path = database();
    let id = {
        let store = Store::open(&path).unwrap();
        let created = store.create("ada@example.com", "work-permit", FormKind::WorkPermit, T0).unwrap();
        assert_eq!((created.application.version, created.answers.as_str(), created.page), (1, "{}", 0));
        assert_eq!(store.save("ada@example.com", &created.id, 1, r#"{"given_names":"Ada"}"#, 2, T0 + 1000), Ok(2));
        created.id
    };
    let reopened = Store::open(&path).unwrap();
    let read = reopened.read("ada@example.com", &id, T0 + 2000).unwrap();
    assert_eq!((read.answers.as_str(), read.page, read.application.version), (r#"{"given_names":"Ada"}"#, 2, 2));
    assert_eq!(read.form_id, "work-permit");
    assert_eq!(reopened.read("eve@example.com", &id, T0 + 2000), Err(StoreError::NotFound));
    assert_eq!(reopened.save("eve@example.com", &id, 2, "{}", 0, T0 + 2000), Err(StoreError::NotFound));
}

#[test]
fn a_save_based_on_an_old_version_is_refused_and_writes_nothing() {
    let store = Store::open(&database()).unwrap();
    let id = store.create("ada", "visitor-visa", FormKind::Visit, T0).unwrap().id;
    assert_eq!(store.save("ada", &id, 1, r#"{"a":"tab one"}"#, 1, T0 + 1), Ok(2));
    assert_eq!(store.save("ada", &id, 1, r#"{"a":"tab two"}"#, 3, T0 + 2), Err(StoreError::Refused(Refusal::StaleVersion { based_on: 1, current: 2 })));
    let read = store.read("ada", &id, T0 + 3).unwrap();
    assert_eq!((read.answers.as_str(), read.page), (r#"{"a":"tab one"}"#, 1));
}

#[test]
fn two_saves_of_the_same_version_at_once_let_exactly_one_through() {
    let store = std::sync::Arc::new(Store::open(&database()).unwrap());
    let id = store.create("ada", "visitor-visa", FormKind::Visit, T0).unwrap().id;
    let results: Vec<_> = (0..2)
        .map(|n| {
            let (store, id) = (store.clone(), id.clone());
            std::thread::spawn(move || store.save("ada", &id, 1, &format!(r#"{{"n":{n}}}"#), 0, T0 + 1))
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|handle| handle.join().unwrap())
        .collect();
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
    assert!(results.contains(&Err(StoreError::Refused(Refusal::StaleVersion { based_on: 1, current: 2 }))));
}

#[test]
fn a_draft_is_deleted_when_its_retention_time_runs_out() {
    let store = Store::open(&database()).unwrap();
    let visit = store.create("ada", "visitor-visa", FormKind::Visit, T0).unwrap().id;
    let permit = store.create("ada", "work-permit", FormKind::WorkPermit, T0).unwrap().id;
    // 48 hours after the last save the visit draft is gone; reading it says why, once.
    assert!(store.read("ada", &visit, T0 + 48 * HOUR - 1).is_ok());
    assert_eq!(store.read("ada", &visit, T0 + 48 * HOUR), Err(StoreError::Refused(Refusal::Expired)));
    assert_eq!(store.read("ada", &visit, T0 + 48 * HOUR), Err(StoreError::NotFound));
    // A save restarts the work permit's 30 days.
    assert_eq!(store.save("ada", &permit, 1, "{}", 0, T0 + 20 * DAY), Ok(2));
    assert_eq!(store.purge_expired(T0 + 49 * DAY), Ok(0));
    assert_eq!(store.purge_expired(T0 + 50 * DAY), Ok(1));
    assert_eq!(store.read("ada", &permit, T0 + 50 * DAY), Err(StoreError::NotFound));
}

#[test]
fn confirmation_happens_once_per_key_is_numbered_and_locks_the_application() {
    let store = Store::open(&database()).unwrap();
    let first = store.create("ada", "work-permit", FormKind::WorkPermit, T0).unwrap().id;
    let second = store.create("bo", "visitor-visa", FormKind::Visit, T0).unwrap().id;

    let receipt = store.confirm("ada", &first, "click-1", None, T0 + 10).unwrap();
    assert_eq!(receipt, Receipt { reference: "BL-2026-000001".into(), confirmed_at: T0 + 10 });
    // A retried request with the same key gets the same receipt, not a second submission.
    assert_eq!(store.confirm("ada", &first, "click-1", None, T0 + 20), Ok(receipt.clone()));
    assert_eq!(store.confirm("ada", &first, "click-2", None, T0 + 20), Err(StoreError::Refused(Refusal::AlreadyConfirmed)));
    assert_eq!(store.confirm("bo", &second, "k", None, T0 + 30).unwrap().reference, "BL-2026-000002");

    let version = store.read("ada", &first, T0 + 40).unwrap().application.version;
    assert_eq!(store.save("ada", &first, version, r#"{"changed":"yes"}"#, 0, T0 + 40), Err(StoreError::Refused(Refusal::Locked)));
    // A confirmed application is not a draft: the retention rule does not delete it.
    assert_eq!(store.purge_expired(T0 + 400 * DAY), Ok(0));
    assert!(store.read("ada", &first, T0 + 400 * DAY).is_ok());
}

#[test]
fn an_expired_draft_cannot_be_confirmed_and_uses_up_no_number() {
    let store = Store::open(&database()).unwrap();
    let late = store.create("ada", "visitor-visa", FormKind::Visit, T0).unwrap().id;
    let on_time = store.create("bo", "visitor-visa", FormKind::Visit, T0 + 47 * HOUR).unwrap().id;
    assert_eq!(store.confirm("ada", &late, "k", None, T0 + 48 * HOUR), Err(StoreError::Refused(Refusal::Expired)));
    assert_eq!(store.confirm("bo", &on_time, "k", None, T0 + 48 * HOUR).unwrap().reference, "BL-2026-000001");
}

#[test]
fn a_purged_draft_takes_its_documents_with_it() {
    use blankett_core::schema::DocumentLimits;
    use blankett_server::documents::Upload;
    let path = database();
    let store = Store::open(&path).unwrap();
    let id = store.create("ada", "with-documents", FormKind::Visit, T0).unwrap().id;
    let limits = DocumentLimits { file_types: vec!["application/pdf".into()], max_bytes: 1000, max_files: 2 };
    let upload = Upload { question: "passport_copy", name: "p.pdf", content_type: "application/pdf", content: b"%PDF" };
    store.add_document("ada", &id, upload, &limits, T0 + 1).unwrap();
    let count = || -> i64 { rusqlite::Connection::open(&path).unwrap().query_row("SELECT COUNT(*) FROM documents", [], |row| row.get(0)).unwrap() };
    assert_eq!(count(), 1);
    assert_eq!(store.purge_expired(T0 + 48 * HOUR), Ok(1));
    assert_eq!(count(), 0, "the file is deleted with its application");
}

#[test]
fn more_time_is_counted_per_page_and_signing_in_restarts_the_time_of_the_owners_drafts_only() {
    use blankett_server::store::Change;
    const MINUTE: i64 = 60 * 1000;
    let store = Store::open(&database()).unwrap();
    let draft = store.create("ada@example.com", "visitor-visa", FormKind::Visit, T0).unwrap().id;
    let confirmed = store.create("ada@example.com", "visitor-visa", FormKind::Visit, T0).unwrap().id;
    let others = store.create("bo@example.com", "visitor-visa", FormKind::Visit, T0).unwrap().id;
    store.confirm("ada@example.com", &confirmed, "k", None, T0).unwrap();

    for n in 1..=2 {
        let extended = store.extend("ada@example.com", &draft, 2, T0 + n * MINUTE).unwrap();
        assert_eq!((extended.page_started_at, extended.page_extensions, extended.application.version), (T0 + n * MINUTE, n as u32, 1));
    }
    assert_eq!(store.extend("ada@example.com", &draft, 2, T0 + 3 * MINUTE), Err(StoreError::NoMoreTime { allowed: 2 }));
    assert_eq!(store.extend("bo@example.com", &draft, 2, T0), Err(StoreError::NotFound));
    assert_eq!(store.extend("ada@example.com", &confirmed, 2, T0), Err(StoreError::Refused(Refusal::Locked)));

    // Without a form there is no deadline, so no save is late; another page starts the count again.
    let saved = store.save_timed("ada@example.com", &draft, Change { based_on: 1, answers: "{}", page: 1 }, None, T0 + 9 * 60 * MINUTE).unwrap();
    assert_eq!((saved.version, saved.timed_out), (2, None));
    let read = store.read("ada@example.com", &draft, T0 + 9 * 60 * MINUTE).unwrap();
    assert_eq!((read.page, read.page_started_at, read.page_extensions), (1, T0 + 9 * 60 * MINUTE, 0));

    store.extend("ada@example.com", &draft, 2, T0 + 10 * 60 * MINUTE).unwrap();
    store.open_session("Ada@Example.com", T0 + 11 * 60 * MINUTE).unwrap();
    let read = store.read("ada@example.com", &draft, T0 + 11 * 60 * MINUTE).unwrap();
    assert_eq!((read.page_started_at, read.page_extensions, read.application.version), (T0 + 11 * 60 * MINUTE, 0, 2));
    assert_eq!(store.read("bo@example.com", &others, T0 + 11 * 60 * MINUTE).unwrap().page_started_at, T0, "another applicant's draft");
    assert_eq!(store.read("ada@example.com", &confirmed, T0 + 11 * 60 * MINUTE).unwrap().page_started_at, T0, "a confirmed application");
}
