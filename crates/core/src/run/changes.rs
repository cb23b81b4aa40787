//! What changed in a run, so that a view redraws only the questions that can look different.
//!
//! A keystroke changes one answer. Unless a condition reads that question, nothing else on the
//! page can change: no question is shown, hidden, made required or given an error by it. A view
//! that asked every question again after every keystroke would do work in proportion to the
//! page's length for each character typed; with this it asks only the question typed in.

use crate::run::answers::FieldPath;

/// What can have changed since a version of the run (see [`Changes::since`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Changed {
    Nothing,
    /// Only these questions can look different (their answer, or their error).
    Questions(Vec<FieldPath>),
    /// Anything can: the page, what is shown or required, the errors.
    Everything,
}

/// The most recent changes, numbered. A view notes the version it last drew and asks what
/// changed since; several changes between two drawings (a view draws after the event that made
/// them) come back together. Older ones than the list holds read as everything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changes {
    version: usize,
    /// (version, the question it changed, or `None` for anything).
    recent: Vec<(usize, Option<FieldPath>)>,
}

/// How many changes are kept. More between two drawings is not a keystroke's work.
const KEPT: usize = 16;

impl Changes {
    pub fn version(&self) -> usize {
        self.version
    }

    /// One question changed (its answer or its error), and nothing else.
    pub fn question(&mut self, field: &FieldPath) {
        self.note(Some(field.clone()));
    }

    /// Anything can have changed.
    pub fn everything(&mut self) {
        self.note(None);
    }

    fn note(&mut self, change: Option<FieldPath>) {
        self.version += 1;
        if self.recent.len() == KEPT {
            self.recent.remove(0);
        }
        self.recent.push((self.version, change));
    }

    pub fn since(&self, version: usize) -> Changed {
        if version == self.version {
            return Changed::Nothing;
        }
        // The change right after `version` must still be kept (a version from another run, or
        // older than the list, is not).
        if !self.recent.iter().any(|(v, _)| *v == version + 1) {
            return Changed::Everything;
        }
        let mut questions: Vec<FieldPath> = Vec::new();
        for (_, change) in self.recent.iter().filter(|(v, _)| *v > version) {
            match change {
                None => return Changed::Everything,
                Some(field) if !questions.contains(field) => questions.push(field.clone()),
                Some(_) => {}
            }
        }
        Changed::Questions(questions)
    }
}
