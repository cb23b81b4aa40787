//! The schema files in the forms folder, each checked once and kept in memory until the file
//! changes. A request reads the file (a few kilobytes) and compares it with the text kept, so an
//! autosave no longer parses and checks its form again, and a designer's edit is served, checked,
//! at the next request. Comparing the text rather than the modification time cannot miss two
//! edits within the file system's clock tick.

use blankett_core::schema::load::{load_form, LoadedForm};
use blankett_core::schema::Form;
use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// A schema file as last read: its text, what loading and checking it found, and the form when it
/// can be offered (read, and without issues).
pub struct SchemaFile {
    pub text: String,
    pub loaded: LoadedForm,
    pub offered: Option<Arc<Form>>,
}

pub struct Forms {
    folder: PathBuf,
    files: Mutex<HashMap<String, Arc<SchemaFile>>>,
}

impl Forms {
    pub fn new(folder: &Path) -> Self {
        Forms { folder: folder.to_path_buf(), files: Mutex::default() }
    }

    /// The schema file of form `id`, read again only if it changed; `None` if there is no such
    /// file (or `id` could not name one).
    pub async fn file(&self, id: &str) -> io::Result<Option<Arc<SchemaFile>>> {
        if !is_form_id(id) {
            return Ok(None);
        }
        self.read(id).await
    }

    async fn read(&self, id: &str) -> io::Result<Option<Arc<SchemaFile>>> {
        let text = match tokio::fs::read_to_string(self.folder.join(format!("{id}.json"))).await {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                self.files().remove(id);
                return Ok(None);
            }
            Err(e) => return Err(e),
        };
        if let Some(kept) = self.files().get(id).filter(|kept| kept.text == text) {
            return Ok(Some(kept.clone()));
        }
        let loaded = load_form(&format!("{id}.json"), &text);
        let offered = loaded.usable().cloned().map(Arc::new);
        let file = Arc::new(SchemaFile { text, loaded, offered });
        self.files().insert(id.to_string(), file.clone());
        Ok(Some(file))
    }

    /// A form the server offers: its file exists and has no issues.
    pub async fn offered(&self, id: &str) -> Option<Arc<Form>> {
        self.file(id).await.ok().flatten()?.offered.clone()
    }

    /// Every schema file in the folder, by id, sorted.
    pub async fn all(&self) -> io::Result<Vec<(String, Arc<SchemaFile>)>> {
        let mut entries = tokio::fs::read_dir(&self.folder).await?;
        let mut ids = Vec::new();
        while let Some(entry) = entries.next_entry().await? {
            ids.extend(form_id(&entry.path()));
        }
        ids.sort();
        let mut forms = Vec::new();
        for id in ids {
            // Listed even if its name cannot be a form's address, so that the designer sees it.
            if let Some(file) = self.read(&id).await? {
                forms.push((id, file));
            }
        }
        Ok(forms)
    }

    fn files(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<SchemaFile>>> {
        // A panic while holding the lock leaves nothing half-written: entries are replaced whole.
        self.files.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// A schema file's id is its name without `.json`; `schema.json` is the JSON Schema, not a form.
pub fn form_id(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    (path.extension()? == "json" && stem != "schema").then(|| stem.to_string())
}

/// Whether `id` can name a form file: letters, digits, `-` and `_` only (so it can never leave
/// the forms folder), and not the JSON Schema.
pub fn is_form_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') && id != "schema"
}
