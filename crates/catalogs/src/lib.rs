//! The engine's words as message catalogs: one Project Fluent file per language in `catalogs/`,
//! which a translator edits without touching Rust. This crate reads and checks them and compiles
//! each message into the small form the engine reads at run time (see [`compile`]); it runs when
//! the engine is built (`crates/core/build.rs`), in `blankett-server lint`, and to write the
//! files the web app fetches, and is never part of the download.
//!
//! `en.ftl` is the reference: its messages are the ones the engine knows, and their variables
//! the placeholders each translation may use. What the compiled form supports is what the
//! engine's words need: text, variables (`{ $minutes }`), plural choices on a number
//! (`{ $minutes -> [one] … *[other] … }`) and terms (`{ -reference-number }`), which keep the
//! agency's words the same in every message of a language.

use fluent_syntax::ast;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// Marks a variable in a compiled pattern; the next character is `'0'` plus its position among
/// the reference message's variables.
pub const VARIABLE: char = '\u{1}';
/// Starts a choice on a variable (as [`VARIABLE`]); variants follow as `key` [`VARIANT_TEXT`]
/// `text`, separated by [`NEXT_VARIANT`] and ended by [`END_CHOICE`]. The default variant's key
/// starts with `*`.
pub const CHOICE: char = '\u{2}';
pub const VARIANT_TEXT: char = '\u{3}';
pub const NEXT_VARIANT: char = '\u{4}';
pub const END_CHOICE: char = '\u{5}';

/// A line break inside a pattern, in a compiled file (where each pattern is one line).
pub const LINE_BREAK: char = '\u{6}';

/// The plural categories of Unicode CLDR, the keys a choice on a number may have.
pub const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The line a translator writes at the top of a catalog no native speaker has checked yet.
pub const AWAITING_REVIEW: &str = "### Awaiting review by a native translator.";

/// A problem in a catalog, located as `file:line: key: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    pub file: String,
    pub line: usize,
    /// The message's key, or `-` for a problem outside any message.
    pub key: String,
    pub message: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}: {}", self.file, self.line, self.key, self.message)
    }
}

/// One message of a catalog.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub key: String,
    pub line: usize,
    /// The variables the message uses, in the order they first appear.
    pub variables: Vec<String>,
    value: ast::Pattern<String>,
}

/// A catalog as read from its file.
#[derive(Clone, Debug)]
pub struct Catalog {
    /// The language code: the file's name without `.ftl`.
    pub language: String,
    pub file: String,
    pub messages: Vec<Message>,
    pub awaiting_review: bool,
    terms: BTreeMap<String, ast::Pattern<String>>,
}

impl Catalog {
    pub fn get(&self, key: &str) -> Option<&Message> {
        self.messages.iter().find(|m| m.key == key)
    }
}

fn line_of(source: &str, byte: usize) -> usize {
    source.get(..byte.min(source.len())).unwrap_or(source).matches('\n').count() + 1
}

/// The line on which `key = …` starts.
fn line_of_key(source: &str, key: &str) -> usize {
    source
        .split('\n')
        .position(|line| line.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .map_or(1, |at| at + 1)
}

/// Reads the catalog in `source`, named `file` (its language is the file's stem). Syntax errors
/// and what the compiled form cannot hold are issues; the messages that could be read are kept.
pub fn read(file: &str, source: &str) -> (Catalog, Vec<Issue>) {
    let language = Path::new(file).file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
    let mut issues = Vec::new();
    let resource = match fluent_syntax::parser::parse(source.to_string()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                let line = line_of(source, error.pos.start);
                issues.push(Issue { file: file.into(), line, key: "-".into(), message: format!("not Fluent syntax: {}", error.kind) });
            }
            resource
        }
    };
    let mut catalog = Catalog { language, file: file.into(), messages: Vec::new(), awaiting_review: false, terms: BTreeMap::new() };
    catalog.awaiting_review = source.lines().any(|l| l.trim() == AWAITING_REVIEW);
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let key = message.id.name.clone();
                let line = line_of_key(source, &key);
                if !message.attributes.is_empty() {
                    issues.push(Issue { file: file.into(), line, key: key.clone(), message: "attributes (.name = …) are not used by the engine; write a message of its own".into() });
                }
                let Some(value) = message.value else { continue };
                if catalog.get(&key).is_some() {
                    issues.push(Issue { file: file.into(), line, key, message: "appears twice; the first is used".into() });
                    continue;
                }
                let mut variables = Vec::new();
                collect_variables(&value, &mut variables);
                catalog.messages.push(Message { key, line, variables, value });
            }
            ast::Entry::Term(term) => {
                catalog.terms.insert(term.id.name.clone(), term.value);
            }
            _ => {}
        }
    }
    // Compile each once here, so that what the compiled form cannot hold is reported on reading.
    for message in &catalog.messages {
        if let Err(problem) = compile_message(&catalog, message, &message.variables) {
            issues.push(Issue { file: file.into(), line: message.line, key: message.key.clone(), message: problem });
        }
    }
    (catalog, issues)
}

fn collect_variables(pattern: &ast::Pattern<String>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_in_expression(expression, out);
        }
    }
}

fn collect_in_expression(expression: &ast::Expression<String>, out: &mut Vec<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_in_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => collect_in_inline(inline, out),
    }
}

fn collect_in_inline(inline: &ast::InlineExpression<String>, out: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } if !out.contains(&id.name) => out.push(id.name.clone()),
        ast::InlineExpression::Placeable { expression } => collect_in_expression(expression, out),
        _ => {}
    }
}

/// The compiled pattern of `message`, whose variables are numbered by their place in
/// `reference` (the English message's variables).
fn compile_message(catalog: &Catalog, message: &Message, reference: &[String]) -> Result<String, String> {
    let mut out = String::new();
    compile_pattern(catalog, &message.value, reference, &mut out, 0)?;
    Ok(out)
}

fn compile_pattern(catalog: &Catalog, pattern: &ast::Pattern<String>, reference: &[String], out: &mut String, depth: usize) -> Result<(), String> {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                if value.chars().any(|c| ('\u{1}'..='\u{6}').contains(&c)) {
                    return Err("contains a control character".into());
                }
                out.push_str(value);
            }
            ast::PatternElement::Placeable { expression } => compile_expression(catalog, expression, reference, out, depth)?,
        }
    }
    Ok(())
}

fn variable_index(name: &str, reference: &[String]) -> Result<char, String> {
    let at = reference.iter().position(|v| v == name).ok_or_else(|| {
        if reference.is_empty() {
            format!("{{ ${name} }} is not a placeholder of this message, which has none")
        } else {
            let known: Vec<String> = reference.iter().map(|v| format!("{{ ${v} }}")).collect();
            format!("{{ ${name} }} is not a placeholder of this message; it has {}", known.join(", "))
        }
    })?;
    char::from_u32('0' as u32 + at as u32).ok_or_else(|| "too many placeholders".to_string())
}

fn compile_expression(catalog: &Catalog, expression: &ast::Expression<String>, reference: &[String], out: &mut String, depth: usize) -> Result<(), String> {
    match expression {
        ast::Expression::Inline(inline) => compile_inline(catalog, inline, reference, out, depth),
        ast::Expression::Select { selector, variants } => {
            if depth > 0 {
                return Err("a choice inside a choice is not supported; write each case out".into());
            }
            let ast::InlineExpression::VariableReference { id } = selector else {
                return Err("a choice must be on a placeholder, as { $count -> … }".into());
            };
            out.push(CHOICE);
            out.push(variable_index(&id.name, reference)?);
            for (i, variant) in variants.iter().enumerate() {
                if i > 0 {
                    out.push(NEXT_VARIANT);
                }
                if variant.default {
                    out.push('*');
                }
                match &variant.key {
                    ast::VariantKey::Identifier { name } => {
                        if !PLURAL_CATEGORIES.contains(&name.as_str()) {
                            return Err(format!("[{name}] is not a plural category; use {}, or a number", PLURAL_CATEGORIES.join(", ")));
                        }
                        out.push_str(name);
                    }
                    ast::VariantKey::NumberLiteral { value } => {
                        if value.parse::<i64>().is_err() {
                            return Err(format!("[{value}] must be a whole number"));
                        }
                        out.push_str(value);
                    }
                }
                out.push(VARIANT_TEXT);
                compile_pattern(catalog, &variant.value, reference, out, depth + 1)?;
            }
            out.push(END_CHOICE);
            Ok(())
        }
    }
}

fn compile_inline(catalog: &Catalog, inline: &ast::InlineExpression<String>, reference: &[String], out: &mut String, depth: usize) -> Result<(), String> {
    match inline {
        ast::InlineExpression::StringLiteral { value } => {
            // Fluent's escapes: a literal brace or quote is written { "{" } or { "\"" }.
            out.push_str(&value.replace("\\\"", "\"").replace("\\\\", "\\"));
            Ok(())
        }
        ast::InlineExpression::NumberLiteral { value } => {
            out.push_str(value);
            Ok(())
        }
        ast::InlineExpression::VariableReference { id } => {
            out.push(VARIABLE);
            out.push(variable_index(&id.name, reference)?);
            Ok(())
        }
        ast::InlineExpression::TermReference { id, attribute, arguments } => {
            if attribute.is_some() || arguments.is_some() {
                return Err(format!("{{ -{} }} is written with attributes or arguments, which are not supported", id.name));
            }
            let term = catalog.terms.get(&id.name).ok_or_else(|| format!("the term -{} is not defined in this catalog", id.name))?;
            if depth > 4 {
                return Err(format!("the term -{} refers to itself", id.name));
            }
            compile_pattern(catalog, term, reference, out, depth + 1)
        }
        ast::InlineExpression::Placeable { expression } => compile_expression(catalog, expression, reference, out, depth),
        ast::InlineExpression::MessageReference { id, .. } => Err(format!("refers to the message {}; write its words here instead", id.name)),
        ast::InlineExpression::FunctionReference { id, .. } => Err(format!("{}() is not supported: numbers and dates are written by the engine", id.name)),
    }
}

/// Checks `catalog` against the reference (English): every key there, none the engine does not
/// know, and only the reference's placeholders, each of them used.
pub fn check(reference: &Catalog, catalog: &Catalog) -> Vec<Issue> {
    let mut issues = Vec::new();
    let issue = |line: usize, key: &str, message: String| Issue { file: catalog.file.clone(), line, key: key.to_string(), message };
    for message in &catalog.messages {
        let Some(known) = reference.get(&message.key) else {
            issues.push(issue(message.line, &message.key, format!("the engine has no message by this key ({} does not)", reference.file)));
            continue;
        };
        if let Err(problem) = compile_message(catalog, message, &known.variables) {
            // Already reported by read when it is not about placeholders.
            if problem.contains("placeholder") {
                issues.push(issue(message.line, &message.key, problem));
            }
            continue;
        }
        for variable in &known.variables {
            if !message.variables.contains(variable) {
                issues.push(issue(message.line, &message.key, format!("leaves out the placeholder {{ ${variable} }}")));
            }
        }
    }
    let last_line = catalog.messages.iter().map(|m| m.line).max().unwrap_or(1);
    for known in &reference.messages {
        if catalog.get(&known.key).is_none() {
            issues.push(issue(last_line, &known.key, format!("missing: the engine shows it in English (\"{}\")", english(reference, known))));
        }
    }
    issues
}

/// A message's English words with placeholders as written, for an issue's text.
fn english(reference: &Catalog, message: &Message) -> String {
    compile_message(reference, message, &message.variables)
        .map(|compiled| {
            let mut out = String::new();
            let mut chars = compiled.chars();
            while let Some(c) = chars.next() {
                match c {
                    VARIABLE | CHOICE => {
                        let i = chars.next().map(|d| d as usize - '0' as usize).unwrap_or(0);
                        out.push_str(&format!("{{ ${} }}", message.variables.get(i).map(String::as_str).unwrap_or("?")));
                        if c == CHOICE {
                            for c in chars.by_ref() {
                                if c == END_CHOICE {
                                    break;
                                }
                            }
                        }
                    }
                    c => out.push(c),
                }
            }
            out
        })
        .unwrap_or_default()
}

/// Every message of `catalog`, compiled, in the reference's order; a message the catalog lacks
/// or cannot compile is `None` (the engine then shows the English).
pub fn compile(reference: &Catalog, catalog: &Catalog) -> Vec<Option<String>> {
    reference
        .messages
        .iter()
        .map(|known| catalog.get(&known.key).and_then(|m| compile_message(catalog, m, &known.variables).ok()))
        .collect()
}

/// The file the web app fetches for `catalog`: its language on the first line, then one compiled
/// pattern per line in the reference's order (an empty line for a missing one; a line break
/// inside a message as [`LINE_BREAK`]).
pub fn compiled_file(reference: &Catalog, catalog: &Catalog) -> String {
    compiled_file_breaking(reference, catalog, &LINE_BREAK.to_string())
}

/// [`compiled_file`] with a line break inside a message written as `line_break`: a space for a
/// web page, where a line break reads as one.
pub fn compiled_file_breaking(reference: &Catalog, catalog: &Catalog, line_break: &str) -> String {
    let mut out = format!("blankett-catalog {}\n", catalog.language);
    for pattern in compile(reference, catalog) {
        out.push_str(&pattern.unwrap_or_default().replace('\n', line_break));
        out.push('\n');
    }
    out
}

/// A short name for a compiled file's content (FNV-1a, 32 bits, in hex), so that its address
/// changes when its words do and a browser may keep it for as long as it likes.
pub fn content_name(language: &str, compiled: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in compiled.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    format!("{language}-{hash:08x}.txt")
}

/// Every catalog in `dir` (`*.ftl`), the reference first; with the issues found reading them and
/// checking each against the reference.
pub fn read_dir(dir: &Path) -> Result<(Vec<Catalog>, Vec<Issue>), String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    let mut catalogs = Vec::new();
    let mut issues = Vec::new();
    for path in files {
        let source = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let (catalog, found) = read(&path.display().to_string(), &source);
        issues.extend(found);
        catalogs.push(catalog);
    }
    let Some(at) = catalogs.iter().position(|c| c.language == "en") else {
        return Err(format!("{}: there is no en.ftl, the catalog every other is checked against", dir.display()));
    };
    let reference = catalogs.remove(at);
    for catalog in &catalogs {
        issues.extend(check(&reference, catalog));
    }
    catalogs.insert(0, reference);
    Ok((catalogs, issues))
}

#[cfg(test)]
mod tests;
