//! Accounts from before 4 December 2018: imported from a CSV file (`import-accounts`), every
//! problem located first and nothing imported then; afterwards they sign in with their
//! six-character username (in any case) or their address, and the password the old system hashed.

mod common;

use axum::http::StatusCode;
use blankett_server::import::import_accounts;
use common::{Browser, PASSWORD};
use serde_json::json;

const FIXTURE: &str = include_str!("../../../tests/fixtures/legacy-accounts.csv");

#[tokio::test]
async fn every_problem_in_the_file_is_located_and_then_nothing_is_imported() {
    let (state, _router) = common::server("import", &[]).await;
    // The fixture's hash of PASSWORD, quoted as CSV needs it (it holds commas).
    let hash = &FIXTURE.lines().nth(1).unwrap()[FIXTURE.lines().nth(1).unwrap().find('"').unwrap()..];
    let file = format!(
        "username,email,password_hash\n\
         ab12cd,ada@example.com,{hash}\n\
         ab12c,bo@example.com,{hash}\n\
         AB12CD,not-an-address,{hash}\n\
         cy34ef,ada@example.com,$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW\n\
         dq56gh,dq@example.com,secret\n\
         ef78ij,ef@example.com,$pbkdf2-sha256$i=600000$c2FsdHNhbHQ$ZmFrZWhhc2hmYWtlaGFzaA\n"
    );
    let problems = import_accounts(&state.store, "old.csv", &file, state.clock.now()).await.unwrap_err();
    assert_eq!(
        problems,
        [
            "old.csv:3: username: `ab12c` is not a username: six letters and digits",
            "old.csv:4: username: `ab12cd` is in the file twice",
            "old.csv:4: email: `not-an-address` is not an email address",
            "old.csv:5: email: `ada@example.com` is in the file twice",
            "old.csv:5: password_hash: bcrypt hashes cannot be checked here; export Argon2 hashes",
            "old.csv:6: password_hash: not a password hash in the PHC format (`$argon2id$v=19$m=…`, quoted: it holds commas)",
            "old.csv:7: password_hash: `pbkdf2-sha256` hashes cannot be checked here; export Argon2 hashes",
        ]
    );
    assert!(import_accounts(&state.store, "no-header.csv", "ab12cd,ada@example.com,x\n", state.clock.now()).await.is_err());
    // Nothing of it was imported: the first, good, row is not an account.
    let good = format!("username,email,password_hash\nab12cd,ada@example.com,{hash}\n");
    assert_eq!(import_accounts(&state.store, "good.csv", &good, state.clock.now()).await, Ok(1));
    let again = import_accounts(&state.store, "good.csv", &good, state.clock.now()).await.unwrap_err();
    assert_eq!(again, ["good.csv:2: username: an account with the username `ab12cd` exists", "good.csv:2: email: an account with the address `ada@example.com` exists"]);
}

#[tokio::test]
async fn an_imported_account_signs_in_with_its_username_or_its_address() {
    let (state, router) = common::server("import", &[]).await;
    assert_eq!(import_accounts(&state.store, "legacy-accounts.csv", FIXTURE, state.clock.now()).await, Ok(2));
    let mut browser = Browser::stranger(&router);
    let page = browser.post_form("/sign-in", &format!("email=AB12cd&password={}&next=%2F", PASSWORD.replace(' ', "+"))).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.text);
    assert_eq!(browser.get("/api/sessions/current").await.body, json!({ "email": "amina.legacy@example.com" }));

    let mut api = Browser::stranger(&router);
    assert_eq!(api.post("/api/sessions", Some(json!({ "email": "bo.legacy@example.com", "password": PASSWORD }))).await.status, StatusCode::CREATED);
    let mut stranger = Browser::stranger(&router);
    let wrong = stranger.post("/api/sessions", Some(json!({ "email": "zx98yw", "password": "a guess at it" }))).await;
    let unknown = stranger.post("/api/sessions", Some(json!({ "email": "qq11qq", "password": "a guess at it" }))).await;
    wrong.is_problem(StatusCode::FORBIDDEN, "wrong-credentials");
    assert_eq!(wrong.body, unknown.body);
    // A username is not an address: a new account still needs one.
    let page = stranger.post_form("/sign-in", "screen=create&email=ab12cd&password=long+enough+password").await;
    assert!(page.text.contains("Enter the email address in the right format"), "{}", page.text);
}
