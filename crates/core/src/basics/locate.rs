//! Where each value of a schema document stands, by field path, so that every issue found by
//! checking (which works on the schema types, not the text) can name the line a designer must go
//! to: `pages[2].questions[0].label` → line 41, column 13.

use crate::basics::json::{Json, Value};
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Default)]
pub struct Locations {
    by_path: BTreeMap<String, Position>,
    /// Where each object member's name starts, for issues about the name itself.
    keys: BTreeMap<String, Position>,
}

impl Locations {
    pub fn of(document: &Json) -> Locations {
        let mut locations = Locations::default();
        locations.record(String::new(), document);
        locations
    }

    fn record(&mut self, path: String, json: &Json) {
        match &json.value {
            Value::Object(members) => {
                for member in members {
                    let member_path = join_key(&path, &member.key);
                    self.keys.insert(member_path.clone(), member.key_at);
                    self.record(member_path, &member.value);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.record(join_index(&path, i), item);
                }
            }
            _ => {}
        }
        self.by_path.insert(path, json.at);
    }

    /// `path` if the document has it, else its nearest ancestor that it has.
    pub fn nearest(&self, path: &str) -> String {
        let mut p = path.to_string();
        while !p.is_empty() && !self.by_path.contains_key(&p) {
            match p.rfind(['.', '[']) {
                Some(cut) => p.truncate(cut),
                None => p.clear(),
            }
        }
        p
    }

    /// Where the name of the member at `path` starts; for a list item, where it starts.
    pub fn find_key(&self, path: &str) -> Position {
        self.keys.get(path).copied().unwrap_or_else(|| self.find(path))
    }

    /// The position of `path`, or of its nearest ancestor that exists (a missing field is
    /// reported where its object starts).
    pub fn find(&self, path: &str) -> Position {
        let mut p = path.to_string();
        loop {
            if let Some(at) = self.by_path.get(&p) {
                return *at;
            }
            match p.rfind(['.', '[']) {
                Some(cut) => p.truncate(cut),
                None if !p.is_empty() => p.clear(),
                None => return Position { line: 1, column: 1 },
            }
        }
    }
}

/// Joins a parent path and an object key the way messages show it.
pub fn join_key(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

pub fn join_index(parent: &str, index: usize) -> String {
    format!("{parent}[{index}]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values_and_falls_back_to_the_parent() {
        let text = "{\n  \"pages\": [\n    {\"id\": \"a\",\n     \"questions\": [ {\"label\": \"x\"} ]}\n  ]\n}";
        let at = Locations::of(&crate::basics::json::parse(text).unwrap());
        assert_eq!(at.find("pages[0].id"), Position { line: 3, column: 12 });
        assert_eq!(at.find("pages[0].questions[0].label"), Position { line: 4, column: 31 });
        // A field that is not there is located at the object that lacks it.
        assert_eq!(at.find("pages[0].questions[0].type"), Position { line: 4, column: 21 });
        assert_eq!(at.find("nothing.here"), Position { line: 1, column: 1 });
    }
}
