//! `blankett-server import-accounts FILE`: accounts from the service before 4 December 2018, which
//! sign in with a six-character username and their password. The file is CSV with the header
//! `username,email,password_hash`; the hash is the old system's, as a PHC string of Argon2
//! (`"$argon2id$v=19$m=19456,t=2,p=1$…"`, quoted since it holds commas), so that the password is
//! never known here. Every row is checked first
//! and each problem said as `file:line: field: message`; then all rows are imported in one
//! transaction, or none. Imported accounts are confirmed: their addresses were in use.

use crate::store::Store;
use argon2::password_hash::phc::PasswordHash;
use blankett_core::account::is_username;
use blankett_core::basics::Millis;
use blankett_core::run::validate::is_email;
use std::collections::HashSet;

/// One account to import.
struct Row {
    username: String,
    email: String,
    password_hash: String,
}

/// Imports the accounts in `text` (the contents of `file`); returns how many, or every problem.
pub async fn import_accounts(store: &Store, file: &str, text: &str, now: Millis) -> Result<usize, Vec<String>> {
    let mut problems = Vec::new();
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(error) => return Err(vec![format!("{file}:1: {error}")]),
    };
    let column = |name: &str| headers.iter().position(|h| h == name);
    let (Some(username_at), Some(email_at), Some(hash_at)) = (column("username"), column("email"), column("password_hash")) else {
        return Err(vec![format!("{file}:1: the first line must name the columns: username,email,password_hash")]);
    };
    let (mut usernames, mut emails) = (HashSet::new(), HashSet::new());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(0, |p| p.line());
                problems.push(format!("{file}:{line}: {error}"));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let mut problem = |field: &str, message: String| problems.push(format!("{file}:{line}: {field}: {message}"));
        let username = record.get(username_at).unwrap_or_default().to_ascii_lowercase();
        let email = record.get(email_at).unwrap_or_default().to_ascii_lowercase();
        let password_hash = record.get(hash_at).unwrap_or_default().to_string();
        if !is_username(&username) {
            problem("username", format!("`{username}` is not a username: six letters and digits"));
        } else if !usernames.insert(username.clone()) {
            problem("username", format!("`{username}` is in the file twice"));
        } else if store.has_username(&username).await.map_err(|e| vec![e])? {
            problem("username", format!("an account with the username `{username}` exists"));
        }
        if !is_email(&email) {
            problem("email", format!("`{email}` is not an email address"));
        } else if !emails.insert(email.clone()) {
            problem("email", format!("`{email}` is in the file twice"));
        } else if store.has_email(&email).await.map_err(|e| vec![e])? {
            problem("email", format!("an account with the address `{email}` exists"));
        }
        match PasswordHash::new(&password_hash) {
            Ok(hash) if matches!(hash.algorithm.as_str(), "argon2id" | "argon2i" | "argon2d") => {}
            Ok(hash) => problem("password_hash", format!("`{}` hashes cannot be checked here; export Argon2 hashes", hash.algorithm)),
            Err(_) if ["$2a$", "$2b$", "$2y$"].iter().any(|p| password_hash.starts_with(p)) => {
                problem("password_hash", "bcrypt hashes cannot be checked here; export Argon2 hashes".into())
            }
            Err(_) => problem("password_hash", "not a password hash in the PHC format (`$argon2id$v=19$m=…`, quoted: it holds commas)".into()),
        }
        rows.push(Row { username, email, password_hash });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    store.insert_imported(&rows, now).await.map_err(|e| vec![e])?;
    Ok(rows.len())
}

impl Store {
    async fn has_username(&self, username: &str) -> Result<bool, String> {
        self.exists("SELECT 1 FROM accounts WHERE username = $1", username).await
    }

    async fn has_email(&self, email: &str) -> Result<bool, String> {
        self.exists("SELECT 1 FROM accounts WHERE email = $1", email).await
    }

    async fn exists(&self, query: &str, value: &str) -> Result<bool, String> {
        let found = sqlx::query(query).bind(value).fetch_optional(self.writer()).await.map_err(|e| e.to_string())?;
        Ok(found.is_some())
    }

    async fn insert_imported(&self, rows: &[Row], now: Millis) -> Result<(), String> {
        let mut transaction = self.begin().await.map_err(|e| format!("{e:?}"))?;
        for row in rows {
            sqlx::query("INSERT INTO accounts (email, password_hash, verified, username, created_at) VALUES ($1, $2, 1, $3, $4)")
                .bind(&row.email)
                .bind(&row.password_hash)
                .bind(&row.username)
                .bind(now)
                .execute(&mut *transaction)
                .await
                .map_err(|e| e.to_string())?;
        }
        transaction.commit().await.map_err(|e| e.to_string())
    }
}
