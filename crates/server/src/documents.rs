//! Documents uploaded to a draft: kept in the database beside the application, within the limits
//! the form's `document` question declares (`blankett_core::schema::DocumentLimits`), and refused
//! once the application is confirmed (R8). An upload is read only once the session, the
//! application and the question's limits have let it through, and never past the question's
//! size limit ([`read_upload`]); what is read must be what its type says ([`is_what_it_says`]).

use crate::store::{random_id, Store, StoreError};
use blankett_core::basics::Millis;
use blankett_core::schema::{document_name, DocumentLimits, DocumentRefusal};
use http_body_util::BodyExt;
use sqlx::{AnyConnection, Row};

/// Reads an upload's body, at most `max_bytes` of it: a body that goes on is refused as soon as
/// it passes the limit, so a large upload costs no more memory than an allowed one.
pub async fn read_upload(body: axum::body::Body, max_bytes: u64) -> Result<axum::body::Bytes, DocumentRefusal> {
    let limited = http_body_util::Limited::new(body, usize::try_from(max_bytes).unwrap_or(usize::MAX));
    match limited.collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        // Too large, or the client stopped sending: either way nothing is kept.
        Err(_) => Err(DocumentRefusal::TooLarge { max_bytes }),
    }
}

/// Whether a file's content is what its declared type says, by the signature its first bytes
/// carry: a type with a known signature (PDF, JPEG, PNG, …) must carry it, and a file of any
/// other declared type must not carry another known one. An HTML page or a program sent as
/// `application/pdf` is refused, since a browser or a case officer's computer might open it as
/// what it really is.
pub fn is_what_it_says(content_type: &str, content: &[u8]) -> bool {
    let declared = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    let found = infer::get(content).map(|kind| kind.mime_type());
    match found {
        Some(found) => found == declared,
        None => !infer::is_mime_supported(&declared),
    }
}

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
    pub async fn add_document(&self, owner: &str, application: &str, upload: Upload<'_>, limits: &DocumentLimits, now: Millis) -> Result<DocumentInfo, StoreError> {
        let mut transaction = self.begin().await?;
        let stored = self.load(&mut transaction, owner, application, now).await?;
        stored.application.writable(now).map_err(StoreError::Refused)?;
        let already: i64 = sqlx::query("SELECT COUNT(*) FROM documents WHERE application_id = $1 AND question = $2")
            .bind(application)
            .bind(upload.question)
            .fetch_one(&mut *transaction)
            .await?
            .try_get(0)?;
        limits.admits(upload.content_type, upload.content.len() as u64, already as u32).map_err(StoreError::Document)?;
        let info = DocumentInfo {
            id: random_id(),
            question: upload.question.to_string(),
            name: document_name(upload.name),
            content_type: upload.content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase(),
            size: upload.content.len() as u64,
            uploaded_at: now,
        };
        sqlx::query("INSERT INTO documents (id, application_id, question, name, content_type, size, content, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
            .bind(&info.id)
            .bind(application)
            .bind(&info.question)
            .bind(&info.name)
            .bind(&info.content_type)
            .bind(info.size as i64)
            .bind(upload.content.to_vec())
            .bind(now)
            .execute(&mut *transaction)
            .await?;
        transaction.commit().await?;
        Ok(info)
    }

    pub async fn documents(&self, owner: &str, application: &str, now: Millis) -> Result<Vec<DocumentInfo>, StoreError> {
        self.read(owner, application, now).await?;
        Ok(Store::documents_of(&mut *self.reading().await?, application).await?)
    }

    /// The documents of an application, oldest first, read on `connection` (in a transaction of
    /// the caller's, if it has one).
    pub(crate) async fn documents_of(connection: &mut AnyConnection, application: &str) -> Result<Vec<DocumentInfo>, sqlx::Error> {
        let rows = sqlx::query("SELECT id, question, name, content_type, size, uploaded_at FROM documents WHERE application_id = $1 ORDER BY uploaded_at, id")
            .bind(application)
            .fetch_all(connection)
            .await?;
        rows.iter()
            .map(|row| {
                Ok(DocumentInfo {
                    id: row.try_get(0)?,
                    question: row.try_get(1)?,
                    name: row.try_get(2)?,
                    content_type: row.try_get(3)?,
                    size: row.try_get::<i64, _>(4)? as u64,
                    uploaded_at: row.try_get(5)?,
                })
            })
            .collect()
    }

    pub async fn remove_document(&self, owner: &str, application: &str, document: &str, now: Millis) -> Result<(), StoreError> {
        let mut transaction = self.begin().await?;
        let stored = self.load(&mut transaction, owner, application, now).await?;
        stored.application.writable(now).map_err(StoreError::Refused)?;
        let removed = sqlx::query("DELETE FROM documents WHERE id = $1 AND application_id = $2").bind(document).bind(application).execute(&mut *transaction).await?.rows_affected();
        if removed == 0 {
            return Err(StoreError::NotFound);
        }
        transaction.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::is_what_it_says;

    #[test]
    fn a_file_is_what_its_signature_says() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert!(is_what_it_says("application/pdf", b"%PDF-1.7 ..."));
        assert!(is_what_it_says("image/png", png));
        assert!(is_what_it_says("image/jpeg", b"\xff\xd8\xff\xe0\0\x10JFIF"));
        assert!(!is_what_it_says("application/pdf", png));
        assert!(!is_what_it_says("application/pdf", b"<!DOCTYPE html><script>"));
        assert!(!is_what_it_says("application/pdf", b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff"));
        assert!(!is_what_it_says("image/png", b"plain text"));
        // A type without a signature takes any content that is not another known type.
        assert!(is_what_it_says("text/plain", b"plain text"));
        assert!(!is_what_it_says("text/plain", b"%PDF-1.7"));
    }
}
