//! Where each value of a JSON document starts, by path, so that every schema issue can name the
//! line a designer must go to. serde_json reports positions only for syntax errors; this small
//! scanner gives them for every field (`pages[2].questions[0].label` → line 41, column 13).

use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// The start position of every value in a document, keyed by its path. The scanner is lenient:
/// on text that is not JSON it keeps what it found so far (the syntax error itself is reported by
/// serde_json).
#[derive(Debug, Default)]
pub struct Locations {
    by_path: HashMap<String, Position>,
}

impl Locations {
    pub fn scan(text: &str) -> Locations {
        let mut scanner = Scanner { chars: text.chars().collect(), at: 0, line: 1, column: 1, found: HashMap::new() };
        scanner.skip_space();
        let _ = scanner.value(String::new());
        Locations { by_path: scanner.found }
    }

    /// The position of `path`, or of its nearest ancestor that exists (a missing field is
    /// reported where its object starts).
    pub fn find(&self, path: &str) -> Position {
        let mut p = path.to_string();
        loop {
            if let Some(pos) = self.by_path.get(&p) {
                return *pos;
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

struct Scanner {
    chars: Vec<char>,
    at: usize,
    line: usize,
    column: usize,
    found: HashMap<String, Position>,
}

impl Scanner {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }
    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += 1;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }
    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(c) if c.is_whitespace()) {
            self.bump();
        }
    }
    fn here(&self) -> Position {
        Position { line: self.line, column: self.column }
    }

    fn value(&mut self, path: String) -> Option<()> {
        self.found.insert(path.clone(), self.here());
        match self.peek()? {
            '{' => self.object(path),
            '[' => self.array(path),
            '"' => self.string().map(|_| ()),
            _ => {
                while matches!(self.peek(), Some(c) if !c.is_whitespace() && !matches!(c, ',' | '}' | ']')) {
                    self.bump();
                }
                Some(())
            }
        }
    }

    fn object(&mut self, path: String) -> Option<()> {
        self.bump();
        loop {
            self.skip_space();
            match self.peek()? {
                '}' => {
                    self.bump();
                    return Some(());
                }
                ',' => {
                    self.bump();
                }
                '"' => {
                    let key = self.string()?;
                    self.skip_space();
                    if self.peek()? != ':' {
                        return None;
                    }
                    self.bump();
                    self.skip_space();
                    self.value(join_key(&path, &key))?;
                }
                _ => return None,
            }
        }
    }

    fn array(&mut self, path: String) -> Option<()> {
        self.bump();
        let mut index = 0;
        loop {
            self.skip_space();
            match self.peek()? {
                ']' => {
                    self.bump();
                    return Some(());
                }
                ',' => {
                    self.bump();
                }
                _ => {
                    self.value(join_index(&path, index))?;
                    index += 1;
                }
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        self.bump();
        let mut out = String::new();
        loop {
            match self.bump()? {
                '"' => return Some(out),
                '\\' => {
                    let escaped = self.bump()?;
                    out.push(escaped);
                }
                c => out.push(c),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values_and_falls_back_to_the_parent() {
        let text = "{\n  \"pages\": [\n    {\"id\": \"a\",\n     \"questions\": [ {\"label\": \"x\"} ]}\n  ]\n}";
        let at = Locations::scan(text);
        assert_eq!(at.find("pages[0].id"), Position { line: 3, column: 12 });
        assert_eq!(at.find("pages[0].questions[0].label"), Position { line: 4, column: 31 });
        // A field that is not there is located at the object that lacks it.
        assert_eq!(at.find("pages[0].questions[0].type"), Position { line: 4, column: 21 });
        assert_eq!(at.find("nothing.here"), Position { line: 1, column: 1 });
    }
}
