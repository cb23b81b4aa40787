// Gives the names that wasm-bindgen's glue and the module share short names, in both files:
// `node scripts/short-names.mjs DIR` rewrites DIR/blankett_bg.wasm and DIR/blankett.js.
//
// wasm-bindgen names every import `__wbg_<name>_<16 hex digits>` and every closure shim
// `wasm_bindgen__convert__closures_____invoke__<hash>`; each name is written twice (the module's
// import or export section, and the glue), and hex hashes do not compress. Renaming them to
// `a`, `b`, … is 3–4 KB less download, gzipped. Run after wasm-opt and before terser (the
// release hook in Trunk.toml). Nothing else changes: the module's code refers to imports and
// exports by index, not by name, and the glue is the only reader of the names. It fails (and the
// build with it) if the glue does not have every name exactly where expected.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/short-names.mjs DIR');
  process.exit(2);
}
const wasmPath = join(dir, 'blankett_bg.wasm');
const jsPath = join(dir, 'blankett.js');
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, 'utf8');

// The glue's name for the module it imports from (the key of the import object).
const MODULE = './blankett_bg.js';
const SHORT_MODULE = 'a';

function fail(message) {
  console.error(`short-names: ${message}`);
  process.exit(1);
}

// ---- reading and writing the module's binary format ----
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}
function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}
function readName(bytes, at) {
  const [length, start] = readLeb(bytes, at);
  return [bytes.toString('utf8', start, start + length), start + length];
}
function name(text) {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
}
function skipLimits(bytes, at) {
  const flags = bytes[at++];
  [, at] = readLeb(bytes, at);
  if (flags & 1) [, at] = readLeb(bytes, at);
  return at;
}
// The bytes of one import's description (after its two names).
function skipImportDescription(bytes, at) {
  const kind = bytes[at++];
  switch (kind) {
    case 0: // function: type index
      return readLeb(bytes, at)[1];
    case 1: // table: element type, limits
      return skipLimits(bytes, at + 1);
    case 2: // memory: limits
      return skipLimits(bytes, at);
    case 3: // global: value type, mutability
      return at + 2;
    case 4: // tag: attribute, type index
      return readLeb(bytes, at + 1)[1];
    default:
      return fail(`unknown import kind ${kind}`);
  }
}

// Short names: a … z, A … Z, then two characters. Never a JavaScript keyword or an existing name,
// since every one is a property name only (`imports.a`, `wasm.b`).
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
function shortName(index) {
  let text = '';
  do {
    text = ALPHABET[index % ALPHABET.length] + text;
    index = Math.floor(index / ALPHABET.length) - 1;
  } while (index >= 0);
  return text;
}

// ---- the module ----
if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a WebAssembly module`);
const parts = [wasm.subarray(0, 8)];
const importNames = new Map();
const exportNames = new Map();
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, start] = readLeb(wasm, at + 1);
  const end = start + size;
  const body = wasm.subarray(start, end);
  let newBody = body;
  if (id === 2) {
    let [count, p] = readLeb(body, 0);
    const entries = [leb(count)];
    for (let i = 0; i < count; i++) {
      let module, field;
      [module, p] = readName(body, p);
      [field, p] = readName(body, p);
      const descriptionStart = p;
      p = skipImportDescription(body, p);
      const description = body.subarray(descriptionStart, p);
      if (module === MODULE) {
        if (!importNames.has(field)) importNames.set(field, shortName(importNames.size));
        entries.push(name(SHORT_MODULE), name(importNames.get(field)), description);
      } else {
        entries.push(name(module), name(field), description);
      }
    }
    newBody = Buffer.concat(entries);
  } else if (id === 7) {
    let [count, p] = readLeb(body, 0);
    const entries = [leb(count)];
    for (let i = 0; i < count; i++) {
      let field;
      [field, p] = readName(body, p);
      const descriptionStart = p;
      p = readLeb(body, p + 1)[1];
      const description = body.subarray(descriptionStart, p);
      // Only names the glue reads as `wasm.NAME` are renamed; the others keep theirs.
      const used = new RegExp(`\\bwasm\\.${field.replace(/\$/g, '\\$')}(?![\\w$])`).test(js);
      if (used) exportNames.set(field, shortName(exportNames.size));
      entries.push(name(used ? exportNames.get(field) : field), description);
    }
    newBody = Buffer.concat(entries);
  }
  parts.push(Buffer.from([id]), leb(newBody.length), newBody);
  at = end;
}
if (importNames.size === 0) fail(`no imports from "${MODULE}" in ${wasmPath}`);

// ---- the glue ----
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function replaceExactly(pattern, replacement, expected, what) {
  let found = 0;
  js = js.replace(pattern, (...match) => {
    found++;
    return typeof replacement === 'function' ? replacement(...match) : replacement;
  });
  if (found !== expected) fail(`expected ${expected} ${what} in ${jsPath}, found ${found}`);
}
// Each import is one key of the import object: `        NAME: function(…`.
for (const [long, short] of importNames) {
  replaceExactly(new RegExp(`(?<![\\w$])${escape(long)}(?=: )`, 'g'), short, 1, `key ${long}`);
}
replaceExactly(new RegExp(`"${escape(MODULE)}": `, 'g'), `"${SHORT_MODULE}": `, 1, `module key "${MODULE}"`);
for (const [long, short] of exportNames) {
  js = js.replace(new RegExp(`\\bwasm\\.${escape(long)}(?![\\w$])`, 'g'), `wasm.${short}`);
}
// A long name left anywhere means the glue reads it some other way than expected.
for (const long of [...importNames.keys(), ...exportNames.keys()]) {
  if (new RegExp(`(?<![\\w$])${escape(long)}(?![\\w$])`).test(js.replace(/\/\/.*$/gm, '')) && !/^[a-z]+$/.test(long)) {
    // Local helper functions share the closure shims' names; they are not the export's name.
    if (!long.startsWith('wasm_bindgen__convert__closures')) fail(`${long} is still in ${jsPath}`);
  }
}

writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(jsPath, js);
console.log(`short-names: ${importNames.size} imports and ${exportNames.size} exports renamed`);
