//! The application store against a real SQLite file, with a fake clock in milliseconds: what is
//! saved survives a restart, another applicant cannot read it, a stale save is refused, a draft is
//! deleted when its retention time runs out and leaves a record without its answers for a while,
//! confirmation happens once and locks everything, and more time on a page is counted per page and
//! given back by signing in.

use blankett_core::lifecycle::Refusal;
use blankett_core::schema::FormKind;
use blankett_server::store::{Store, StoreError};
use sqlx::Row;

const HOUR: i64 = 60 * 60 * 1000;
const DAY: i64 = 24 * HOUR;
/// 2026-11-21 07:00 UTC.
const T0: i64 = 1_795_244_400_000;

fn database() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!("blankett-store-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed)));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("blankett.sqlite").display().to_string()
}

#[tokio::test]
async fn a_saved_draft_survives_a_restart_and_only_its_owner_reads_it() {
    let path = database();
    let id = {
        let store = Store::open(&path, 2).await.unwrap();
        let created = store.create("ada@example.com", "work-permit", FormKind::WorkPermit, T0).await.unwrap();
        assert_eq!((created.application.version, created.answers.as_str(), created.page), (1, "{}", 0));
        assert_eq!(store.save("ada@example.com", &created.id, 1, r#"{"given_names":"Ada"}"#, 2, T0 + 1000).await, Ok(2));
        created.id
    };
    let reopened = Store::open(&path, 2).await.unwrap();
    let read = reopened.read("ada@example.com", &id, T0 + 2000).await.unwrap();
    assert_eq!((read.answers.as_str(), read.page, read.application.version), (r#"{"given_names":"Ada"}"#, 2, 2));
    assert_eq!(read.form_id, "work-permit");
    assert_eq!(reopened.read("eve@example.com", &id, T0 + 2000).await, Err(StoreError::NotFound));
    assert_eq!(reopened.save("eve@example.com", &id, 2, "{}", 0, T0 + 2000).await, Err(StoreError::NotFound));
}

#[tokio::test]
async fn a_save_based_on_an_old_version_is_refused_and_writes_nothing() {
    let store = Store::open(&database(), 2).await.unwrap();
    let id = store.create("ada", "visitor-visa", FormKind::Visit, T0).await.unwrap().id;
    assert_eq!(store.save("ada", &id, 1, r#"{"a":"tab one"}"#, 1, T0 + 1).await, Ok(2));
    assert_eq!(store.save("ada", &id, 1, r#"{"a":"tab two"}"#, 3, T0 + 2).await, Err(StoreError::Refused(Refusal::StaleVersion { based_on: 1, current: 2 })));
    let read = store.read("ada", &id, T0 + 3).await.unwrap();
    assert_eq!((read.answers.as_str(), read.page), (r#"{"a":"tab one"}"#, 1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_saves_of_the_same_version_at_once_let_exactly_one_through() {
    let store = std::sync::Arc::new(Store::open(&database(), 2).await.unwrap());
    let id = store.create("ada", "visitor-visa", FormKind::Visit, T0).await.unwrap().id;
    let saves: Vec<_> = (0..2)
        .map(|n| {
            let (store, id) = (store.clone(), id.clone());
            tokio::spawn(async move { store.save("ada", &id, 1, &format!(r#"{{"n":{n}}}"#), 0, T0 + 1).await })
        })
        .collect();
    let mut results = Vec::new();
    for save in saves {
        results.push(save.await.unwrap());
    }
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
    assert!(results.contains(&Err(StoreError::Refused(Refusal::StaleVersion { based_on: 1, current: 2 }))));
}

#[tokio::test]
async fn a_draft_is_deleted_when_its_retention_time_runs_out() {
    let store = Store::open(&database(), 2).await.unwrap();
    let visit = store.create("ada", "visitor-visa", FormKind::Visit, T0).await.unwrap().id;
    let permit = store.create("ada", "work-permit", FormKind::WorkPermit, T0).await.unwrap().id;
    // 48 hours after the last save the visit draft is gone; reading it says why, every time.
    assert!(store.read("ada", &visit, T0 + 48 * HOUR - 1).await.is_ok());
    assert_eq!(store.read("ada", &visit, T0 + 48 * HOUR).await, Err(StoreError::Refused(Refusal::Expired)));
    assert_eq!(store.read("ada", &visit, T0 + 48 * HOUR).await, Err(StoreError::Refused(Refusal::Expired)));
    // A save restarts the work permit's 30 days.
    assert_eq!(store.save("ada", &permit, 1, "{}", 0, T0 + 20 * DAY).await, Ok(2));
    assert_eq!(store.purge_expired(T0 + 49 * DAY).await, Ok(0));
    assert_eq!(store.purge_expired(T0 + 50 * DAY).await, Ok(1));
    assert_eq!(store.read("ada", &permit, T0 + 50 * DAY).await, Err(StoreError::Refused(Refusal::Expired)));
    assert!(store.list("ada", T0 + 50 * DAY).await.unwrap().is_empty());
}

/// Every text and blob in every table of the store's database, as text.
async fn everything_stored(store: &Store) -> Vec<String> {
    // sqlx's record of migrations holds no applicant's data (and times the Any driver cannot read).
    let tables: Vec<String> = sqlx::query("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> '_sqlx_migrations'")
        .fetch_all(store.pool())
        .await
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    let mut values = Vec::new();
    for table in tables {
        for row in sqlx::query(&format!("SELECT * FROM \"{table}\"")).fetch_all(store.pool()).await.unwrap() {
            for column in 0..row.len() {
                if let Ok(Some(text)) = row.try_get::<Option<String>, _>(column) {
                    values.push(text);
                } else if let Ok(Some(bytes)) = row.try_get::<Option<Vec<u8>>, _>(column) {
                    values.push(String::from_utf8_lossy(&bytes).into_owned());
                }
            }
        }
    }
    values
}

#[tokio::test]
async fn a_draft_deleted_by_read_list_or_purge_leaves_a_record_without_its_answers_or_documents() {
    use blankett_core::schema::DocumentLimits;
    use blankett_server::documents::Upload;
    use blankett_server::store::ExpiredDraft;
    let path = database();
    let store = Store::open(&path, 2).await.unwrap();
    // Three visit drafts a hour apart, each to expire by another path; the first has answers, the
    // last a document, both with words that must not outlive the draft.
    let by_read = store.create("ada", "visitor-visa", FormKind::Visit, T0).await.unwrap().id;
    assert_eq!(store.save("ada", &by_read, 1, r#"{"family_name":"Lovelace-secret"}"#, 1, T0 + HOUR).await, Ok(2));
    let by_list = store.create("ada", "visitor-visa", FormKind::Visit, T0 + 2 * HOUR).await.unwrap().id;
    let by_purge = store.create("ada", "with-documents", FormKind::Visit, T0 + 3 * HOUR).await.unwrap().id;
    let limits = DocumentLimits { file_types: vec!["application/pdf".into()], max_bytes: 1000, max_files: 2 };
    let upload = Upload { question: "passport_copy", name: "passport-secret.pdf", content_type: "application/pdf", content: b"%PDF content-secret" };
    store.add_document("ada", &by_purge, upload, &limits, T0 + 3 * HOUR).await.unwrap();
    assert!(everything_stored(&store).await.iter().any(|value| value.contains("Lovelace-secret")), "the check below can see answers");
    assert!(everything_stored(&store).await.iter().any(|value| value.contains("content-secret")), "and documents");

    let record = |id: &str, form_id: &str, saved_at: i64| ExpiredDraft { id: id.into(), form_id: form_id.into(), kind: FormKind::Visit, saved_at, expired_at: saved_at + 48 * HOUR };
    // Reading: 48 hours after its last save (not its creation).
    assert!(store.read("ada", &by_read, T0 + 49 * HOUR - 1).await.is_ok());
    assert_eq!(store.read("ada", &by_read, T0 + 49 * HOUR).await, Err(StoreError::Refused(Refusal::Expired)));
    assert_eq!(store.expired_drafts("ada", T0 + 49 * HOUR).await.unwrap(), vec![record(&by_read, "visitor-visa", T0 + HOUR)]);
    // Listing.
    let listed: Vec<String> = store.list("ada", T0 + 50 * HOUR).await.unwrap().into_iter().map(|s| s.id).collect();
    assert_eq!(listed, vec![by_purge.clone()]);
    assert_eq!(store.expired_drafts("ada", T0 + 50 * HOUR).await.unwrap(), vec![record(&by_list, "visitor-visa", T0 + 2 * HOUR), record(&by_read, "visitor-visa", T0 + HOUR)]);
    // Purging, with its document; the latest expiry comes first.
    assert_eq!(store.purge_expired(T0 + 51 * HOUR).await, Ok(1));
    let all = vec![record(&by_purge, "with-documents", T0 + 3 * HOUR), record(&by_list, "visitor-visa", T0 + 2 * HOUR), record(&by_read, "visitor-visa", T0 + HOUR)];
    assert_eq!(store.expired_drafts("ada", T0 + 51 * HOUR).await.unwrap(), all);

    for id in [&by_read, &by_list, &by_purge] {
        assert_eq!(store.read("ada", id, T0 + 52 * HOUR).await, Err(StoreError::Refused(Refusal::Expired)));
        assert_eq!(store.save("ada", id, 2, "{}", 0, T0 + 52 * HOUR).await, Err(StoreError::Refused(Refusal::Expired)));
        assert_eq!(store.documents("ada", id, T0 + 52 * HOUR).await, Err(StoreError::Refused(Refusal::Expired)));
    }
    let stored = everything_stored(&store).await;
    assert!(!stored.iter().any(|value| value.contains("secret")), "no answer, file name or file content is kept: {stored:?}");
    // Nothing further to purge, and the records stay.
    assert_eq!(store.purge_expired(T0 + 52 * HOUR).await, Ok(0));
    assert_eq!(store.expired_drafts("ada", T0 + 52 * HOUR).await.unwrap(), all);
}

#[tokio::test]
async fn an_expired_record_is_its_owners_only_goes_when_that_form_is_started_again_and_30_days_after_expiry() {
    let path = database();
    let store = Store::open(&path, 2).await.unwrap();
    let visit = store.create("ada", "visitor-visa", FormKind::Visit, T0).await.unwrap().id;
    let permit = store.create("ada", "work-permit", FormKind::WorkPermit, T0).await.unwrap().id;
    let bos = store.create("bo", "visitor-visa", FormKind::Visit, T0).await.unwrap().id;
    let confirmed = store.create("bo", "visitor-visa", FormKind::Visit, T0).await.unwrap().id;
    store.confirm("bo", &confirmed, "k", None, T0).await.unwrap();
    assert_eq!(store.purge_expired(T0 + 48 * HOUR).await, Ok(2));

    // Another applicant neither sees the record nor learns that the id existed.
    assert_eq!(store.read("bo", &visit, T0 + 48 * HOUR).await, Err(StoreError::NotFound));
    assert_eq!(store.save("bo", &visit, 1, "{}", 0, T0 + 48 * HOUR).await, Err(StoreError::NotFound));
    assert_eq!(store.expired_drafts("bo", T0 + 48 * HOUR).await.unwrap().iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), vec![bos.as_str()]);

    // Starting another form leaves the record; starting the same form again removes it.
    store.create("ada", "work-permit", FormKind::WorkPermit, T0 + 49 * HOUR).await.unwrap();
    assert_eq!(store.expired_drafts("ada", T0 + 49 * HOUR).await.unwrap().len(), 1);
    assert_eq!(store.read("ada", &visit, T0 + 49 * HOUR).await, Err(StoreError::Refused(Refusal::Expired)));
    let second_visit = store.create("ada", "visitor-visa", FormKind::Visit, T0 + 49 * HOUR).await.unwrap().id;
    assert_eq!(store.expired_drafts("ada", T0 + 49 * HOUR).await.unwrap(), vec![]);
    assert_eq!(store.read("ada", &visit, T0 + 49 * HOUR).await, Err(StoreError::NotFound));
    assert_eq!(store.expired_drafts("bo", T0 + 49 * HOUR).await.unwrap().len(), 1, "another applicant's record stays");

    // Bo's record is kept 30 days after the draft expired; then it is gone whether or not the
    // purge has run, and the purge deletes it.
    let kept_until = T0 + 48 * HOUR + 30 * DAY;
    assert_eq!(store.expired_drafts("bo", kept_until - 1).await.unwrap().len(), 1);
    assert_eq!(store.read("bo", &bos, kept_until - 1).await, Err(StoreError::Refused(Refusal::Expired)));
    // Meanwhile Ada's first work permit (30 days) and second visit draft (48 hours) expired.
    assert_eq!(store.purge_expired(kept_until - 1).await, Ok(2));
    assert_eq!(store.expired_drafts("bo", kept_until).await.unwrap(), vec![]);
    assert_eq!(store.read("bo", &bos, kept_until).await, Err(StoreError::NotFound));
    let rows = || async { sqlx::query("SELECT COUNT(*) FROM expired_drafts WHERE id = $1").bind(&bos).fetch_one(store.pool()).await.unwrap().get::<i64, _>(0) };
    assert_eq!(rows().await, 1);
    assert_eq!(store.purge_expired(kept_until).await, Ok(0));
    assert_eq!(rows().await, 0);

    // A work permit expires 30 days after its last save, so its record comes first although it
    // was saved first. A confirmed application never expires, so it never leaves a record.
    let ada: Vec<(String, FormKind, i64)> = store.expired_drafts("ada", kept_until).await.unwrap().into_iter().map(|r| (r.id, r.kind, r.expired_at)).collect();
    assert_eq!(ada, vec![(permit, FormKind::WorkPermit, T0 + 30 * DAY), (second_visit, FormKind::Visit, T0 + 97 * HOUR)]);
    assert_eq!(store.read("bo", &confirmed, T0 + 400 * DAY).await.map(|s| s.id), Ok(confirmed.clone()));
}

#[tokio::test]
async fn a_database_from_before_the_records_is_migrated_and_keeps_its_drafts() {
    let path = database();
    // The file as the version of the server before the records of expired drafts left it, with a
    // draft that server wrote.
    {
        let old = Store::open_at(&path, 1, 7).await.unwrap();
        sqlx::query("INSERT INTO applications (id, owner, form_id, kind, version, saved_at, page_started_at) VALUES ('old', 'ada', 'visitor-visa', 'visit', 1, $1, $1)")
            .bind(T0)
            .execute(old.pool())
            .await
            .unwrap();
        old.close().await;
    }
    let store = Store::open(&path, 2).await.unwrap();
    assert_eq!(store.read("ada", "old", T0 + 48 * HOUR).await, Err(StoreError::Refused(Refusal::Expired)));
    assert_eq!(store.expired_drafts("ada", T0 + 48 * HOUR).await.unwrap().len(), 1);
}

#[tokio::test]
async fn confirmation_happens_once_per_key_is_numbered_and_locks_the_application() {
    let store = Store::open(&database(), 2).await.unwrap();
    let first = store.create("ada", "work-permit", FormKind::WorkPermit, T0).await.unwrap().id;
    let second = store.create("bo", "visitor-visa", FormKind::Visit, T0).await.unwrap().id;

    let receipt = store.confirm("ada", &first, "click-1", None, T0 + 10).await.unwrap();
    assert_eq!(receipt.confirmed_at, T0 + 10);
    assert!(is_reference(&receipt.reference), "{}", receipt.reference);
    // A retried request with the same key gets the same receipt, not a second submission.
    assert_eq!(store.confirm("ada", &first, "click-1", None, T0 + 20).await, Ok(receipt.clone()));
    assert_eq!(store.confirm("ada", &first, "click-2", None, T0 + 20).await, Err(StoreError::Refused(Refusal::AlreadyConfirmed)));
    let other = store.confirm("bo", &second, "k", None, T0 + 30).await.unwrap().reference;
    assert!(is_reference(&other) && other != receipt.reference, "{other}");

    let version = store.read("ada", &first, T0 + 40).await.unwrap().application.version;
    assert_eq!(store.save("ada", &first, version, r#"{"changed":"yes"}"#, 0, T0 + 40).await, Err(StoreError::Refused(Refusal::Locked)));
    // A confirmed application is not a draft: the retention rule does not delete it.
    assert_eq!(store.purge_expired(T0 + 400 * DAY).await, Ok(0));
    assert!(store.read("ada", &first, T0 + 400 * DAY).await.is_ok());
}

#[tokio::test]
async fn an_expired_draft_cannot_be_confirmed_and_uses_up_no_number() {
    let store = Store::open(&database(), 2).await.unwrap();
    let late = store.create("ada", "visitor-visa", FormKind::Visit, T0).await.unwrap().id;
    let on_time = store.create("bo", "visitor-visa", FormKind::Visit, T0 + 47 * HOUR).await.unwrap().id;
    assert_eq!(store.confirm("ada", &late, "k", None, T0 + 48 * HOUR).await, Err(StoreError::Refused(Refusal::Expired)));
    assert!(is_reference(&store.confirm("bo", &on_time, "k", None, T0 + 48 * HOUR).await.unwrap().reference));
}

/// A reference number: the year and eight digits in two groups, `BL-2026-4821-0736`.
fn is_reference(reference: &str) -> bool {
    let parts: Vec<&str> = reference.split('-').collect();
    let digits = |part: &str, n: usize| part.len() == n && part.bytes().all(|b| b.is_ascii_digit());
    parts.len() == 4 && parts[0] == "BL" && parts[1] == "2026" && digits(parts[2], 4) && digits(parts[3], 4)
}

#[tokio::test]
async fn a_purged_draft_takes_its_documents_with_it() {
    use blankett_core::schema::DocumentLimits;
    use blankett_server::documents::Upload;
    let path = database();
    let store = Store::open(&path, 2).await.unwrap();
    let id = store.create("ada", "with-documents", FormKind::Visit, T0).await.unwrap().id;
    let limits = DocumentLimits { file_types: vec!["application/pdf".into()], max_bytes: 1000, max_files: 2 };
    let upload = Upload { question: "passport_copy", name: "p.pdf", content_type: "application/pdf", content: b"%PDF" };
    store.add_document("ada", &id, upload, &limits, T0 + 1).await.unwrap();
    let count = || async { sqlx::query("SELECT COUNT(*) FROM documents").fetch_one(store.pool()).await.unwrap().get::<i64, _>(0) };
    assert_eq!(count().await, 1);
    assert_eq!(store.purge_expired(T0 + 48 * HOUR).await, Ok(1));
    assert_eq!(count().await, 0, "the file is deleted with its application");
}

#[tokio::test]
async fn more_time_is_counted_per_page_and_signing_in_restarts_the_time_of_the_owners_drafts_only() {
    use blankett_server::store::Change;
    const MINUTE: i64 = 60 * 1000;
    let store = Store::open(&database(), 2).await.unwrap();
    let draft = store.create("ada@example.com", "visitor-visa", FormKind::Visit, T0).await.unwrap().id;
    let confirmed = store.create("ada@example.com", "visitor-visa", FormKind::Visit, T0).await.unwrap().id;
    let others = store.create("bo@example.com", "visitor-visa", FormKind::Visit, T0).await.unwrap().id;
    store.confirm("ada@example.com", &confirmed, "k", None, T0).await.unwrap();

    for n in 1..=2 {
        let extended = store.extend("ada@example.com", &draft, 2, T0 + n * MINUTE).await.unwrap();
        assert_eq!((extended.page_started_at, extended.page_extensions, extended.application.version), (T0 + n * MINUTE, n as u32, 1));
    }
    assert_eq!(store.extend("ada@example.com", &draft, 2, T0 + 3 * MINUTE).await, Err(StoreError::NoMoreTime { allowed: 2 }));
    assert_eq!(store.extend("bo@example.com", &draft, 2, T0).await, Err(StoreError::NotFound));
    assert_eq!(store.extend("ada@example.com", &confirmed, 2, T0).await, Err(StoreError::Refused(Refusal::Locked)));

    // Without a form there is no deadline, so no save is late; another page starts the count again.
    let saved = store.save_timed("ada@example.com", &draft, Change { based_on: 1, answers: "{}", page: 1 }, None, T0 + 9 * 60 * MINUTE).await.unwrap();
    assert_eq!((saved.version, saved.timed_out), (2, None));
    let read = store.read("ada@example.com", &draft, T0 + 9 * 60 * MINUTE).await.unwrap();
    assert_eq!((read.page, read.page_started_at, read.page_extensions), (1, T0 + 9 * 60 * MINUTE, 0));

    store.extend("ada@example.com", &draft, 2, T0 + 10 * 60 * MINUTE).await.unwrap();
    store.open_session("Ada@Example.com", T0 + 11 * 60 * MINUTE).await.unwrap();
    let read = store.read("ada@example.com", &draft, T0 + 11 * 60 * MINUTE).await.unwrap();
    assert_eq!((read.page_started_at, read.page_extensions, read.application.version), (T0 + 11 * 60 * MINUTE, 0, 2));
    assert_eq!(store.read("bo@example.com", &others, T0 + 11 * 60 * MINUTE).await.unwrap().page_started_at, T0, "another applicant's draft");
    assert_eq!(store.read("ada@example.com", &confirmed, T0 + 11 * 60 * MINUTE).await.unwrap().page_started_at, T0, "a confirmed application");
}

#[tokio::test]
async fn a_database_the_server_made_before_sqlx_is_adopted_and_migrated_on() {
    use sqlx::{Connection, Executor};
    let path = database();
    // The file as the server with hand-written migrations left it: their fifteen steps applied,
    // `user_version` saying so, and a draft.
    {
        sqlx::any::install_default_drivers();
        let mut old = sqlx::AnyConnection::connect(&format!("sqlite://{path}?mode=rwc")).await.unwrap();
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/sqlite");
        for step in 1..=15 {
            let file = std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().path()).find(|p| p.file_name().unwrap().to_string_lossy().starts_with(&format!("{step:04}_"))).unwrap();
            old.execute(std::fs::read_to_string(file).unwrap().as_str()).await.unwrap();
        }
        old.execute("PRAGMA user_version = 15").await.unwrap();
        sqlx::query("INSERT INTO applications (id, owner, form_id, kind, version, saved_at, page_started_at) VALUES ('old', 'ada', 'visitor-visa', 'visit', 3, $1, $1)")
            .bind(T0)
            .execute(&mut old)
            .await
            .unwrap();
        old.close().await.unwrap();
    }
    let store = Store::open(&path, 2).await.unwrap();
    assert_eq!(store.read("ada", "old", T0 + 1).await.unwrap().application.version, 3, "the draft is kept");
    let applied: i64 = sqlx::query("SELECT COUNT(*) FROM _sqlx_migrations").fetch_one(store.pool()).await.unwrap().get(0);
    assert_eq!(applied, blankett_server::database::migrations(blankett_server::database::Dialect::Sqlite).len() as i64, "the old steps recorded, the new ones applied");
    store.close().await;
    let reopened = Store::open(&path, 2).await.unwrap();
    assert_eq!(reopened.save("ada", "old", 3, "{}", 0, T0 + 2).await, Ok(4), "opened again: nothing is applied twice");
}
