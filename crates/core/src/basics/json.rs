//! A small JSON reader and writer whose values remember where they stood in the text.
//!
//! Why not serde_json in the engine: the app is a WebAssembly download, and serde's generated
//! readers for the schema types cost about 25 KB gzipped — a sixth of the whole budget (measured;
//! see ARCHITECTURE.md). This reader is one small, non-generic piece of code, and because every
//! value keeps its line and column, reading a schema can point at the exact field at fault and
//! report every problem at once instead of stopping at the first. serde stays on the server.

use crate::basics::locate::Position;
use std::fmt::Write;

#[derive(Clone, Debug, PartialEq)]
pub struct Json {
    pub at: Position,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    /// Members in the order written; the position of each key is kept for "unknown field".
    Object(Vec<Member>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub key: String,
    pub key_at: Position,
    pub value: Json,
}

/// Where the text stops being JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub at: Position,
    pub message: String,
}

impl Json {
    pub fn kind(&self) -> &'static str {
        match self.value {
            Value::Null => "null",
            Value::Bool(_) => "true or false",
            Value::Number(_) => "a number",
            Value::String(_) => "text",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
    pub fn members(&self) -> Option<&[Member]> {
        match &self.value {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }
    pub fn items(&self) -> Option<&[Json]> {
        match &self.value {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.members()?.iter().find(|m| m.key == key).map(|m| &m.value)
    }
}

pub fn parse(text: &str) -> Result<Json, SyntaxError> {
    if text.starts_with('\u{feff}') {
        // Some editors on Windows write one; serde and other backends refuse it, so say so plainly.
        return Err(SyntaxError {
            at: Position { line: 1, column: 1 },
            message: "the file starts with a byte order mark (BOM); save it as UTF-8 without BOM".into(),
        });
    }
    let mut parser = Parser { chars: text.chars().collect(), at: 0, line: 1, column: 1, depth: 0 };
    parser.space();
    let value = parser.value()?;
    parser.space();
    if parser.peek().is_some() {
        return Err(parser.error("there is more text after the end of the JSON document"));
    }
    Ok(value)
}

/// Deeper nesting than any form needs; a limit keeps a hostile file from exhausting the stack.
const MAX_DEPTH: usize = 64;

struct Parser {
    chars: Vec<char>,
    at: usize,
    line: usize,
    column: usize,
    depth: usize,
}

impl Parser {
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
    fn here(&self) -> Position {
        Position { line: self.line, column: self.column }
    }
    fn error(&self, message: &str) -> SyntaxError {
        SyntaxError { at: self.here(), message: message.to_string() }
    }
    fn space(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.bump();
        }
    }
    fn expect(&mut self, c: char, message: &str) -> Result<(), SyntaxError> {
        if self.peek() == Some(c) {
            self.bump();
            Ok(())
        } else {
            Err(self.error(message))
        }
    }

    fn value(&mut self) -> Result<Json, SyntaxError> {
        let at = self.here();
        let value = match self.peek() {
            None => return Err(self.error("the file ends where a value is expected")),
            Some('{') => self.object()?,
            Some('[') => self.array()?,
            Some('"') => Value::String(self.string()?),
            Some('-' | '0'..='9') => self.number()?,
            Some('\'') => return Err(self.error("`'` cannot start a value; text needs double quotes")),
            Some('/') => return Err(self.error("JSON cannot hold comments; remove the `//` comment")),
            Some(c) if c.is_ascii_alphabetic() => {
                let word = self.word();
                match word.as_str() {
                    "true" => Value::Bool(true),
                    "false" => Value::Bool(false),
                    "null" => Value::Null,
                    _ => return Err(SyntaxError { at, message: format!("`{word}` is not a JSON value; text needs double quotes") }),
                }
            }
            Some(c) => return Err(self.error(&format!("`{c}` cannot start a value"))),
        };
        Ok(Json { at, value })
    }

    fn word(&mut self) -> String {
        let mut word = String::new();
        while let Some(c) = self.peek().filter(|c| c.is_ascii_alphanumeric() || *c == '_') {
            word.push(c);
            self.bump();
        }
        word
    }

    fn nest(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("the document is nested too deeply"));
        }
        self.bump();
        self.space();
        Ok(())
    }

    fn object(&mut self) -> Result<Value, SyntaxError> {
        self.nest()?;
        let mut members = Vec::new();
        if self.peek() == Some('}') {
            self.bump();
            self.depth -= 1;
            return Ok(Value::Object(members));
        }
        loop {
            match self.peek() {
                Some('"') => {}
                Some('/') => return Err(self.error("JSON cannot hold comments; remove the `//` comment")),
                Some('\'') => return Err(self.error("`'` cannot quote a field name; use double quotes")),
                _ => return Err(self.error("expected a field name in double quotes (a comma before `}` is not allowed)")),
            }
            let key_at = self.here();
            let key = self.string()?;
            self.space();
            self.expect(':', "expected `:` after the field name")?;
            self.space();
            let value = self.value()?;
            members.push(Member { key, key_at, value });
            self.space();
            match self.peek() {
                Some(',') => {
                    self.bump();
                    self.space();
                }
                Some('}') => {
                    self.bump();
                    break;
                }
                Some('/') => return Err(self.error("JSON cannot hold comments; remove the `//` comment")),
                _ => return Err(self.error("expected `,` or `}` after the field's value")),
            }
        }
        self.depth -= 1;
        Ok(Value::Object(members))
    }

    fn array(&mut self) -> Result<Value, SyntaxError> {
        self.nest()?;
        let mut items = Vec::new();
        if self.peek() == Some(']') {
            self.bump();
            self.depth -= 1;
            return Ok(Value::Array(items));
        }
        loop {
            if self.peek() == Some(']') {
                return Err(self.error("a comma before `]` is not allowed"));
            }
            items.push(self.value()?);
            self.space();
            match self.peek() {
                Some(',') => {
                    self.bump();
                    self.space();
                }
                Some(']') => {
                    self.bump();
                    break;
                }
                _ => return Err(self.error("expected `,` or `]` after the list item")),
            }
        }
        self.depth -= 1;
        Ok(Value::Array(items))
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        let start = self.here();
        self.bump();
        let mut out = String::new();
        loop {
            let here = self.here();
            match self.bump() {
                None => return Err(SyntaxError { at: start, message: "the text is not closed with `\"`".into() }),
                Some('"') => return Ok(out),
                Some('\n' | '\r') => return Err(SyntaxError { at: start, message: "the text is not closed with `\"` before the end of the line".into() }),
                Some('\\') => match self.bump() {
                    Some('"') => out.push('"'),
                    Some('\\') => out.push('\\'),
                    Some('/') => out.push('/'),
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some('r') => out.push('\r'),
                    Some('b') => out.push('\u{8}'),
                    Some('f') => out.push('\u{c}'),
                    Some('u') => out.push(self.unicode_escape()?),
                    _ => return Err(SyntaxError { at: here, message: "unknown escape after `\\`; write `\\\\` for a backslash".into() }),
                },
                Some(c) if (c as u32) < 0x20 => {
                    return Err(SyntaxError { at: here, message: "a control character must be escaped (a tab is `\\t`)".into() })
                }
                Some(c) => out.push(c),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = self.bump().and_then(|c| c.to_digit(16)).ok_or_else(|| self.error("`\\u` needs four hex digits"))?;
            n = n * 16 + digit;
        }
        Ok(n)
    }

    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            // A surrogate pair: two escapes make one character.
            if self.bump() != Some('\\') || self.bump() != Some('u') {
                return Err(self.error("a high surrogate must be followed by a low one"));
            }
            let second = self.hex4()?;
            0x10000 + ((first - 0xD800) << 10) + (second.wrapping_sub(0xDC00) & 0x3FF)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("not a valid character"))
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let (start, at) = (self.at, self.here());
        while matches!(self.peek(), Some('-' | '+' | '.' | 'e' | 'E' | '0'..='9')) {
            self.bump();
        }
        let text: String = self.chars[start..self.at].iter().collect();
        // JSON has no leading zeros ("05") and a point needs digits on both sides (".5", "5."),
        // all of which Rust would accept.
        let unsigned = text.strip_prefix('-').unwrap_or(&text);
        let leading_zero = unsigned.len() > 1 && unsigned.starts_with('0') && unsigned.as_bytes()[1].is_ascii_digit();
        let bare_point = unsigned.split('.').skip(1).any(|after| !after.starts_with(|c: char| c.is_ascii_digit()));
        let valid_shape = !unsigned.starts_with('.') && !leading_zero && !bare_point;
        match crate::basics::numbers::parse_decimal(&text) {
            Some(n) if valid_shape && n.is_finite() => Ok(Value::Number(n)),
            _ if leading_zero => Err(SyntaxError { at, message: format!("`{text}` is not a number; write it without the leading zero") }),
            _ => Err(SyntaxError { at, message: format!("`{text}` is not a number") }),
        }
    }
}

/// Writes JSON text. Numbers are written as the engine's number format; every other value exactly.
pub fn write(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&crate::basics::numbers::format_number(*n)),
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(&item.value, out);
            }
            out.push(']');
        }
        Value::Object(members) => {
            out.push('{');
            for (i, member) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(&member.key, out);
                out.push(':');
                write(&member.value.value, out);
            }
            out.push('}');
        }
    }
}

pub fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Builds values to write, with no position.
pub fn value(value: Value) -> Json {
    Json { at: Position { line: 0, column: 0 }, value }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Position {
        Position { line, column }
    }

    #[test]
    fn values_keep_their_positions() {
        let doc = parse("{\n  \"a\": [1, -2.5e1, true, null],\n  \"b\": {\"c\": \"x\\u00e5\\n\"}\n}").unwrap();
        let a = doc.get("a").unwrap();
        assert_eq!(a.at, at(2, 8));
        assert_eq!(a.items().unwrap()[1].value, Value::Number(-25.0));
        let c = doc.get("b").unwrap().get("c").unwrap();
        assert_eq!((c.at, c.as_str()), (at(3, 14), Some("xå\n")));
        assert_eq!(doc.members().unwrap()[1].key_at, at(3, 3));
    }

    #[test]
    fn syntax_errors_say_where_and_what() {
        let cases = [
            ("{\"a\": 1,}", at(1, 9), "expected a field name"),
            ("[1, 2,]", at(1, 7), "a comma before `]`"),
            ("{\"a\" 1}", at(1, 6), "expected `:`"),
            ("{\"a\": 1 \"b\": 2}", at(1, 9), "expected `,` or `}`"),
            ("{\"a\": yes}", at(1, 7), "`yes` is not a JSON value"),
            ("{\"a\": \"open}", at(1, 7), "not closed"),
            ("{\"a\": 01}", at(1, 7), "`01` is not a number; write it without the leading zero"),
            ("{\"a\": -05}", at(1, 7), "write it without the leading zero"),
            ("{\"a\": 5.}", at(1, 7), "`5.` is not a number"),
            ("{\"a\": 1.e3}", at(1, 7), "`1.e3` is not a number"),
            ("{} x", at(1, 4), "more text after the end"),
            ("", at(1, 1), "the file ends"),
            ("{\"a\": 'x'}", at(1, 7), "`'` cannot start a value; text needs double quotes"),
            ("{\"a\": 1 // note\n}", at(1, 9), "JSON cannot hold comments"),
            ("\u{feff}{}", at(1, 1), "byte order mark"),
            ("{\"a\": \"x\r\n\"}", at(1, 7), "before the end of the line"),
            ("{\"a\": \"x\ty\"}", at(1, 9), "a control character must be escaped"),
        ];
        for (text, position, message) in cases {
            let error = parse(text).expect_err(text);
            assert_eq!(error.at, position, "{text}: {}", error.message);
            assert!(error.message.contains(message), "{text}: {}", error.message);
        }
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert!(parse(&deep).unwrap_err().message.contains("nested too deeply"));
    }

    #[test]
    fn writing_reads_back_the_same() {
        let text = r#"{"name":"Åsa \"A\"\n","list":["a",1.5,true,null],"empty":{}}"#;
        let mut out = String::new();
        write(&parse(text).unwrap().value, &mut out);
        assert_eq!(out, text);
    }
}
