//! Compiles the message catalogs in `catalogs/` for the engine (`messages::catalog::words`): a
//! number per message of `en.ftl`, the Swedish and English patterns (the languages in the
//! download) and, outside the browser, every other language's too. In the browser the other
//! languages are fetched when shown, from the files `blankett-catalogs write` makes, whose names
//! are listed here.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let catalogs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogs");
    // The app's words, and the backend pages' (which the download never holds).
    generate(&catalogs, "words.rs");
    generate(&catalogs.join("pages"), "page_words.rs");
    // The compiled form's markers, as blankett-catalogs writes them, for `catalog.rs` to read.
    use blankett_catalogs::{CHOICE, END_CHOICE, LINE_BREAK, NEXT_VARIANT, VARIABLE, VARIANT_TEXT};
    let markers: String = [("VARIABLE", VARIABLE), ("CHOICE", CHOICE), ("VARIANT_TEXT", VARIANT_TEXT), ("NEXT_VARIANT", NEXT_VARIANT), ("END_CHOICE", END_CHOICE), ("LINE_BREAK", LINE_BREAK)]
        .iter()
        .map(|(name, c)| format!("const {name}: char = {c:?};\n"))
        .collect();
    std::fs::write(Path::new(&std::env::var("OUT_DIR").unwrap()).join("markers.rs"), markers).unwrap();
}

fn generate(dir: &Path, target: &str) {
    // The app's words are read on web pages, where a line break reads as a space; the pages'
    // and mails' keep theirs.
    let line_break = if target == "words.rs" { " ".to_string() } else { blankett_catalogs::LINE_BREAK.to_string() };
    println!("cargo:rerun-if-changed={}", dir.display());
    let (catalogs, issues) = blankett_catalogs::read_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    let (reference, others) = catalogs.split_first().expect("read_dir puts en.ftl first");
    let mut broken = false;
    for issue in &issues {
        // The languages in the download must be whole; another language's gaps show in English
        // until its translator fixes them (lint names them).
        let in_download = issue.file.ends_with("en.ftl") || issue.file.ends_with("sv.ftl");
        println!("cargo:warning={issue}");
        broken |= in_download;
    }
    assert!(!broken, "the Swedish and English catalogs have the issues above");
    let swedish = others.iter().find(|c| c.language == "sv").expect("catalogs/sv.ftl");
    let en = blankett_catalogs::compile(reference, reference);

    let mut out = String::new();
    let fetched: Vec<_> = others.iter().filter(|c| c.language != "sv").collect();
    out.push_str("/// Each language beside Swedish and English, and the file of its words the app fetches.\n");
    out.push_str("pub const FETCHED: &[(&str, &str)] = &[\n");
    for catalog in &fetched {
        let file = blankett_catalogs::compiled_file_breaking(reference, catalog, &line_break);
        writeln!(out, "    ({:?}, {:?}),", catalog.language, blankett_catalogs::content_name(&catalog.language, &file)).unwrap();
    }
    out.push_str("];\n");
    let complete: Vec<&str> = catalogs
        .iter()
        .filter(|c| blankett_catalogs::compile(reference, c).iter().all(Option::is_some))
        .map(|c| c.language.as_str())
        .collect();
    writeln!(out, "/// The languages of the catalogs, as in the file names.\npub const LANGUAGES: &[&str] = &{:?};", catalogs.iter().map(|c| c.language.as_str()).collect::<Vec<_>>()).unwrap();
    writeln!(out, "/// The languages whose catalog has every message.\npub const COMPLETE: &[&str] = &{complete:?};").unwrap();
    let waiting: Vec<&str> = catalogs.iter().filter(|c| c.awaiting_review).map(|c| c.language.as_str()).collect();
    writeln!(out, "/// The languages whose catalog awaits a native translator's review.\npub const AWAITING_REVIEW: &[&str] = &{waiting:?};").unwrap();
    out.push_str("/// Every other language's catalog file, built in where size does not matter.\n#[cfg(not(target_arch = \"wasm32\"))]\npub(super) static BUILT_IN: &[(&str, &str)] = &[\n");
    for catalog in &fetched {
        writeln!(out, "    ({:?}, {:?}),", catalog.language, blankett_catalogs::compiled_file(reference, catalog)).unwrap();
    }
    out.push_str("];\n\n");
    // Keys, not a function per message: `Ui::text` then maps its variants to numbers (a table
    // in the download) and makes one call, where a call per message cost about 2 KB.
    out.push_str("/// Each message's number, by its key in en.ftl.\npub mod key {\n");
    for (index, message) in reference.messages.iter().enumerate() {
        let english = en[index].as_deref().unwrap_or_default();
        writeln!(out, "    /// `{}` (en.ftl:{}): {english:?}", message.key, message.line).unwrap();
        writeln!(out, "    pub const {}: usize = {index};", message.key.replace('-', "_").to_ascii_uppercase()).unwrap();
    }
    out.push_str("}\n");
    // Each language as one text, a pattern per line, rather than a table of strings: a table's
    // addresses do not compress and cost about 1 KB of download.
    // The widget's own words (`widget-…`, the last in en.ftl) only where the widget is built: the
    // standalone app's download ends before them, and never asks for them.
    let widget = std::env::var_os("CARGO_FEATURE_EMBEDDING").is_some();
    let widget_words = reference.messages.iter().rev().take_while(|m| m.key.starts_with("widget-")).count();
    assert_eq!(widget_words, reference.messages.iter().filter(|m| m.key.starts_with("widget-")).count(), "the widget's words come last in en.ftl");
    let built_in = |catalog| {
        let file = blankett_catalogs::compiled_file_breaking(reference, catalog, &line_break);
        let mut lines: Vec<&str> = file.split_terminator('\n').collect();
        if !widget {
            lines.truncate(lines.len() - widget_words);
        }
        lines.join("\n") + "\n"
    };
    writeln!(out, "pub(super) static SV: &str = {:?};", built_in(swedish)).unwrap();
    writeln!(out, "pub(super) static EN: &str = {:?};", built_in(reference)).unwrap();
    let arity: Vec<usize> = reference.messages.iter().map(|m| m.variables.len()).collect();
    writeln!(out, "/// How many placeholders each message has.\n#[cfg(not(target_arch = \"wasm32\"))]\npub(super) static ARITY: [usize; {}] = {arity:?};", arity.len()).unwrap();
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join(target);
    std::fs::write(target, out).unwrap();
}
