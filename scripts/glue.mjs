// Two rewrites of what wasm-bindgen makes, DIR/blankett_bg.wasm and its glue DIR/blankett.js, run by
// scripts/finish-release in release builds. Each fails (and the build with it) if a file is not
// shaped as expected, rather than writing something half-changed.
//
// `node scripts/glue.mjs drop-streams DIR`, before wasm-opt: removes the three classes that
// wasm-streams exports to JavaScript (IntoUnderlyingSource, IntoUnderlyingByteSource,
// IntoUnderlyingSink) from both files. Leptos links them through server_fn's browser client
// whether or not anything streams; nothing in the app does, and no Rust code hands one to
// JavaScript (the glue has no constructor for them). Without the exports wasm-opt removes their
// code: 1.5 KB less download, gzipped.
//
// `node scripts/glue.mjs shorten DIR`, after wasm-opt and before terser: wasm-bindgen names every
// import `__wbg_<name>_<16 hex digits>` and every closure shim
// `wasm_bindgen__convert__closures_____invoke__<hash>`; each name is written twice (the module's
// import or export section, and the glue), and hex hashes do not compress. Renaming them to
// `a`, `b`, … is 4 KB less download, gzipped. The module's code refers to imports and exports by
// index, not by name, and the glue is the only reader of the names.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [command, dir] = process.argv.slice(2);
if (!['drop-streams', 'shorten'].includes(command) || !dir) {
  console.error('usage: node scripts/glue.mjs drop-streams|shorten DIR');
  process.exit(2);
}
const wasmPath = join(dir, 'blankett_bg.wasm');
const jsPath = join(dir, 'blankett.js');
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, 'utf8');

function fail(message) {
  console.error(`glue.mjs ${command}: ${message}`);
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
// The end of one import's description (after its two names).
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

/**
 * Rewrites the module's import and export sections. `onImport(module, field)` returns the new
 * [module, field]; `onExport(field)` returns the new name, or null to remove the export.
 */
function rewriteModule({ onImport = (module, field) => [module, field], onExport = (field) => field }) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a WebAssembly module`);
  const parts = [wasm.subarray(0, 8)];
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
        const [newModule, newField] = onImport(module, field);
        entries.push(name(newModule), name(newField), body.subarray(descriptionStart, p));
      }
      newBody = Buffer.concat(entries);
    } else if (id === 7) {
      let [count, p] = readLeb(body, 0);
      const entries = [];
      for (let i = 0; i < count; i++) {
        let field;
        [field, p] = readName(body, p);
        const descriptionStart = p;
        p = readLeb(body, p + 1)[1];
        const newField = onExport(field);
        if (newField !== null) entries.push(name(newField), body.subarray(descriptionStart, p));
      }
      newBody = Buffer.concat([leb(entries.length / 2), ...entries]);
    }
    parts.push(Buffer.from([id]), leb(newBody.length), newBody);
    at = end;
  }
  return Buffer.concat(parts);
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Replaces every match of `pattern` (global) and fails unless there were exactly `expected`. */
function replaceExactly(pattern, replacement, expected, what) {
  let found = 0;
  js = js.replace(pattern, (...match) => {
    found++;
    return typeof replacement === 'function' ? replacement(...match) : replacement;
  });
  if (found !== expected) fail(`expected ${expected} ${what} in ${jsPath}, found ${found}`);
}

function dropStreams() {
  const CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];
  let dropped = 0;
  const module = rewriteModule({
    onExport(field) {
      if (!/^(__wbg_)?intounderlying(bytesource|sink|source)_/.test(field)) return field;
      dropped++;
      return null;
    },
  });
  if (dropped === 0) fail(`no wasm-streams exports in ${wasmPath}`);
  for (const cls of CLASSES) {
    // `export class NAME { … }` up to its closing brace at the start of a line.
    replaceExactly(new RegExp(`^export class ${cls} \\{\\n[\\s\\S]*?^\\}\\n`, 'gm'), '', 1, `class ${cls}`);
    replaceExactly(new RegExp(`^if \\(Symbol\\.dispose\\) ${cls}\\.prototype\\[Symbol\\.dispose\\] = ${cls}\\.prototype\\.free;\\n`, 'gm'), '', 1, `dispose of ${cls}`);
    replaceExactly(new RegExp(`^const ${cls}Finalization = [^;]*;\\n`, 'gm'), '', 1, `finalization of ${cls}`);
  }
  if (/intounderlying/i.test(js)) fail(`${jsPath} still uses the wasm-streams classes`);
  writeFileSync(wasmPath, module);
  writeFileSync(jsPath, js);
  console.log(`glue.mjs drop-streams: ${dropped} exports and ${CLASSES.length} classes removed`);
}

// Short names: a … z, A … Z, then two characters. Every one is a property name only (`imports.a`,
// `wasm.b`), so no JavaScript keyword or global can clash.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
function shortName(index) {
  let text = '';
  do {
    text = ALPHABET[index % ALPHABET.length] + text;
    index = Math.floor(index / ALPHABET.length) - 1;
  } while (index >= 0);
  return text;
}

function shorten() {
  // The glue's name for the module it imports from (the key of the import object).
  const MODULE = './blankett_bg.js';
  const SHORT_MODULE = 'a';
  const importNames = new Map();
  const exportNames = new Map();
  const module = rewriteModule({
    onImport(module, field) {
      if (module !== MODULE) return [module, field];
      if (!importNames.has(field)) importNames.set(field, shortName(importNames.size));
      return [SHORT_MODULE, importNames.get(field)];
    },
    onExport(field) {
      // Only names the glue reads as `wasm.NAME` are renamed; the others keep theirs.
      if (!new RegExp(`\\bwasm\\.${escape(field)}(?![\\w$])`).test(js)) return field;
      exportNames.set(field, shortName(exportNames.size));
      return exportNames.get(field);
    },
  });
  if (importNames.size === 0) fail(`no imports from "${MODULE}" in ${wasmPath}`);
  // Each import is one key of the import object: `        NAME: function(…`.
  for (const [long, short] of importNames) {
    replaceExactly(new RegExp(`(?<![\\w$])${escape(long)}(?=: )`, 'g'), short, 1, `key ${long}`);
  }
  replaceExactly(new RegExp(`"${escape(MODULE)}": `, 'g'), `"${SHORT_MODULE}": `, 1, `module key "${MODULE}"`);
  for (const [long, short] of exportNames) {
    js = js.replace(new RegExp(`\\bwasm\\.${escape(long)}(?![\\w$])`, 'g'), `wasm.${short}`);
  }
  // An import's long name left outside comments means the glue reads it some other way.
  const code = js.replace(/\/\/.*$/gm, '');
  for (const long of importNames.keys()) {
    if (new RegExp(`(?<![\\w$])${escape(long)}(?![\\w$])`).test(code)) fail(`${long} is still in ${jsPath}`);
  }
  writeFileSync(wasmPath, module);
  writeFileSync(jsPath, js);
  console.log(`glue.mjs shorten: ${importNames.size} imports and ${exportNames.size} exports renamed`);
}

if (command === 'drop-streams') dropStreams();
else shorten();
