//! Documents uploaded to a draft: kept in the database beside the application, within the limits
//! the form's `document` question declares (`blankett_core::schema::DocumentLimits`), and refused
//! once the application is confirmed (R8).

use crate::store::{random_id, Store, StoreError};
use blankett_core::lifecycle::Millis;
use blankett_core::schema::DocumentLimits;
use rusqlite::{params, Connection};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentInfo {
    pub id: String,
    pub question: String,
    pub name: String,
    pub content_type: String,
    pub size: u64,
    pub uploaded_at: Millis,
}

/// One file as it arrives.
pub struct Upload<'a> {
    pub question: &'a str,
    pub name: &'a str,
    pub content_type: &'a str,
    pub content: &'a [u8],
}

impl Store {
    pub fn add_document(&self, owner: &str, application: &str, upload: Upload, limits: &DocumentLimits, now: Millis) -> Result<DocumentInfo, StoreError> {
        let mut connection = self.connection();
        let transaction = connection.transaction()?;
        let stored = Store::load(&transaction, owner, application, now)?;
        stored.application.writable(now).map_err(StoreError::Refused)?;
        let already: u32 = transaction.query_row(
            "SELECT COUNT(*) FROM documents WHERE application_id = ?1 AND question = ?2",
            params![application, upload.question],
            |row| row.get(0),
        )?;
        limits.admits(upload.content_type, upload.content.len() as u64, already).map_err(StoreError::Document)?;
        let info = DocumentInfo {
            id: random_id(),
            question: upload.question.to_string(),
            // A name is only shown back as text; keep it short and on one line.
            name: upload.name.chars().filter(|c| !c.is_control()).take(200).collect(),
            content_type: upload.content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase(),
            size: upload.content.len() as u64,
            uploaded_at: now,
        };
        transaction.execute(
            "INSERT INTO documents (id, application_id, question, name, content_type, size, content, uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![info.id, application, info.question, info.name, info.content_type, info.size as i64, upload.content, now],
        )?;
        transaction.commit()?;
        Ok(info)
    }

    pub fn documents(&self, owner: &str, application: &str, now: Millis) -> Result<Vec<DocumentInfo>, StoreError> {
        self.read(owner, application, now)?;
        Ok(Store::documents_of(&self.connection(), application)?)
    }

    /// The documents of an application, oldest first, read on `connection` (in a transaction of
    /// the caller's, if it has one).
    pub(crate) fn documents_of(connection: &Connection, application: &str) -> Result<Vec<DocumentInfo>, rusqlite::Error> {
        let mut statement = connection.prepare(
            "SELECT id, question, name, content_type, size, uploaded_at FROM documents WHERE application_id = ?1 ORDER BY uploaded_at, id",
        )?;
        let documents = statement.query_map(params![application], |row| {
            Ok(DocumentInfo {
                id: row.get(0)?,
                question: row.get(1)?,
                name: row.get(2)?,
                content_type: row.get(3)?,
                size: row.get::<_, i64>(4)? as u64,
                uploaded_at: row.get(5)?,
            })
        })?;
        documents.collect()
    }

    pub fn remove_document(&self, owner: &str, application: &str, document: &str, now: Millis) -> Result<(), StoreError> {
        let mut connection = self.connection();
        let transaction = connection.transaction()?;
        let stored = Store::load(&transaction, owner, application, now)?;
        stored.application.writable(now).map_err(StoreError::Refused)?;
        let removed = transaction.execute("DELETE FROM documents WHERE id = ?1 AND application_id = ?2", params![document, application])?;
        if removed == 0 {
            return Err(StoreError::NotFound);
        }
        transaction.commit()?;
        Ok(())
    }
}
