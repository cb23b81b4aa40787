//! The shape of the code, as ARCHITECTURE.md states it, checked so that it stays true:
//!
//! - the engine's modules are layers (lib.rs lists them): each uses only its own layer and those
//!   below, and no two modules use each other, directly or round about;
//! - no source file is over 600 lines, outside its tests;
//! - only `src/browser.rs` touches `window` and `document`, and only `src/api.rs` makes requests;
//! - code that runs in the browser slices no string with `&s[a..b]`, which panics on a wrong
//!   index and links std's formatting of that error into the download.
//!
//! Each check reads the source as text, without its comments and its `#[cfg(test)]` part.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The engine's layers, bottom first: a module may use the modules of its own layer and below.
const LAYERS: &[&[&str]] = &[
    &["basics"],
    &["schema"],
    &["timing", "lifecycle", "attempts"],
    &["messages"],
    &["run"],
    &["contract"],
    &["session"],
    &["account", "bankid", "support"],
];

const LONGEST_FILE: usize = 600;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else { return files };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// A file's code: without its `#[cfg(test)]` part, and each line without its comment.
fn code(path: &Path) -> Vec<(usize, String)> {
    let text = fs::read_to_string(path).unwrap();
    text.lines()
        .take_while(|line| !line.starts_with("#[cfg(test)]"))
        .enumerate()
        .map(|(i, line)| (i + 1, line.split("//").next().unwrap_or("").to_string()))
        .collect()
}

/// The top-level module a file of `crates/core/src` belongs to (`schema/load.rs` → `schema`).
fn module_of(path: &Path, src: &Path) -> String {
    let relative = path.strip_prefix(src).unwrap();
    let first = relative.components().next().unwrap().as_os_str().to_string_lossy().to_string();
    first.trim_end_matches(".rs").to_string()
}

/// The engine's modules each module uses, with a line that shows it.
fn engine_uses() -> BTreeMap<String, BTreeMap<String, String>> {
    let src = root().join("crates/core/src");
    let mut uses: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for file in rust_files(&src) {
        let module = module_of(&file, &src);
        if module == "lib" {
            continue;
        }
        let entry = uses.entry(module.clone()).or_default();
        for (number, line) in code(&file) {
            for used in crate_paths(&line) {
                if used != module {
                    entry.entry(used).or_insert_with(|| format!("{}:{number}", file.strip_prefix(&src).unwrap().display()));
                }
            }
        }
    }
    uses
}

/// The first segment of every `crate::…` path in a line, including `crate::{a, b::c}`.
fn crate_paths(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inner = group.split('}').next().unwrap_or("");
            found.extend(inner.split(',').map(|part| part.trim().split("::").next().unwrap_or("").trim().to_string()));
        } else {
            found.push(rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect());
        }
    }
    found.retain(|m| !m.is_empty());
    found
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

#[test]
fn every_engine_module_uses_only_its_layer_and_those_below() {
    let uses = engine_uses();
    let mut problems = Vec::new();
    for (module, used) in &uses {
        let Some(layer) = layer_of(module) else {
            problems.push(format!("`{module}` is in no layer: add it to LAYERS here and to the list in lib.rs"));
            continue;
        };
        for (other, at) in used {
            match layer_of(other) {
                Some(other_layer) if other_layer > layer => problems.push(format!("{at}: `{module}` (layer {}) uses `{other}`, a layer above it ({})", layer + 1, other_layer + 1)),
                _ => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_engine_modules_use_each_other_round_about() {
    let uses = engine_uses();
    for start in uses.keys() {
        // Every module reachable from `start`, with the way there; reaching `start` is a cycle.
        let mut seen = BTreeSet::new();
        let mut stack: Vec<Vec<String>> = uses[start].keys().map(|m| vec![start.clone(), m.clone()]).collect();
        while let Some(via) = stack.pop() {
            let module = via.last().unwrap();
            assert!(module != start, "a cycle: {}", via.join(" → "));
            if seen.insert(module.clone()) {
                for next in uses.get(module).into_iter().flat_map(|u| u.keys()) {
                    stack.push([via.clone(), vec![next.clone()]].concat());
                }
            }
        }
    }
}

#[test]
fn the_layer_list_names_real_modules() {
    let uses = engine_uses();
    for module in LAYERS.iter().flat_map(|layer| layer.iter()) {
        assert!(uses.contains_key(*module), "LAYERS names `{module}`, which is not a module of crates/core/src");
    }
}

#[test]
fn no_source_file_is_over_600_lines_outside_its_tests() {
    let mut long = Vec::new();
    for dir in ["src", "crates/core/src", "crates/server/src"] {
        for file in rust_files(&root().join(dir)) {
            let lines = code(&file).len();
            if lines > LONGEST_FILE {
                long.push(format!("{}: {lines} lines", file.strip_prefix(root()).unwrap().display()));
            }
        }
    }
    assert!(long.is_empty(), "split these by concern:\n{}", long.join("\n"));
}

/// Whether `line` names `name` itself, not a longer name ending in it (`owner_document()`, a
/// node's own document, is not the window's).
fn calls(line: &str, name: &str) -> bool {
    line.match_indices(name).any(|(at, _)| !line[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '.'))
}

#[test]
fn only_browser_rs_touches_the_window_and_only_api_rs_makes_requests() {
    let src = root().join("src");
    let mut problems = Vec::new();
    for file in rust_files(&src) {
        let name = file.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
        for (number, line) in code(&file) {
            let window = ["web_sys::window", "window()", "document()"].iter().any(|w| calls(&line, w));
            if window && name != "browser.rs" {
                problems.push(format!("src/{name}:{number}: touches the window; ask src/browser.rs"));
            }
            let request = ["browser::fetch", "XmlHttpRequest"].iter().any(|r| line.contains(r));
            if request && name != "api.rs" {
                problems.push(format!("src/{name}:{number}: makes a request; ask src/api.rs"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn browser_code_slices_no_string_by_index() {
    // Byte and character arrays may be sliced after their length is checked: their slices are
    // not strings. Everything else uses `get`, `split_at_checked` or `strip_prefix`.
    let arrays = ["bytes", "digits", "short", "chars", "text_bytes"];
    let mut problems = Vec::new();
    for dir in ["src", "crates/core/src"] {
        for file in rust_files(&root().join(dir)) {
            for (number, line) in code(&file) {
                for (at, _) in line.match_indices('&') {
                    let after = &line[at + 1..];
                    let name: String = after.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.').collect();
                    let Some(index) = after[name.len()..].strip_prefix('[') else { continue };
                    let index = index.split(']').next().unwrap_or("");
                    if !name.is_empty() && index.contains("..") && !arrays.contains(&name.as_str()) {
                        problems.push(format!("{}:{number}: `&{name}[{index}]`", file.strip_prefix(root()).unwrap().display()));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "slicing that can panic:\n{}", problems.join("\n"));
}
