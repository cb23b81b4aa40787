// Names each file of a release build after its content (`start-3f2a9c81d0e4.js`), so that the
// reference backend can let browsers keep them a year without asking again (`immutable`): a new
// build has new names, and only the page itself (index.html) is revalidated. Run by
// scripts/finish-release once every file is final, before the compressed copies are written.
//
// A file is renamed after the files it names, so that its name covers theirs too: the modules
// first, then the JavaScript, the page last. `assets.json` maps each old name to the new one for
// the backend's own pages, which share the app's stylesheet.
//
// Usage: node scripts/fingerprint.mjs DIR
import { readFileSync, writeFileSync, renameSync, readdirSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, extname, basename } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/fingerprint.mjs DIR');
  process.exit(2);
}
function fail(message) {
  console.error(`fingerprint.mjs: ${message}`);
  process.exit(1);
}

const renamed = {};
const hashOf = (...texts) => {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text);
  return hash.digest('hex').slice(0, 12);
};
const withHash = (name, hash) => `${basename(name, extname(name))}-${hash}${extname(name)}`;

/** Replaces every `name` that stands as a file name in `text`: after `/`, a quote or `=` (an unquoted attribute in the minified page), before a quote, `?`, `#`, `>` or a space. */
function rewrite(text, names) {
  for (const [from, to] of Object.entries(names)) {
    const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    text = text.replace(new RegExp(`(["'/=])${escaped}(?=["'?#>\\s])`, 'g'), `$1${to}`);
  }
  return text;
}

function rename(name, hash) {
  const to = withHash(name, hash);
  renameSync(join(dir, name), join(dir, to));
  renamed[name] = to;
}

const files = readdirSync(dir);
for (const required of ['index.html', 'start.js']) {
  if (!files.includes(required)) fail(`${join(dir, required)} is missing`);
}

// 1. The modules and the stylesheet name nothing.
for (const name of files.filter((f) => ['.wasm', '.css'].includes(extname(f)))) {
  rename(name, hashOf(readFileSync(join(dir, name))));
}

// 2. The JavaScript modules other than start.js: the glue and the split modules' loader import
// each other, so they are named together, after their joint content.
const scripts = files.filter((f) => extname(f) === '.js' && f !== 'start.js');
const texts = Object.fromEntries(scripts.map((name) => [name, rewrite(readFileSync(join(dir, name), 'utf8'), renamed)]));
const jointHash = hashOf(...scripts.map((name) => texts[name]));
const scriptNames = Object.fromEntries(scripts.map((name) => [name, withHash(name, jointHash)]));
for (const name of scripts) {
  writeFileSync(join(dir, name), rewrite(texts[name], scriptNames));
  rename(name, jointHash);
}

// 3. start.js names the glue and the main module; the page names everything.
const start = rewrite(readFileSync(join(dir, 'start.js'), 'utf8'), renamed);
writeFileSync(join(dir, 'start.js'), start);
rename('start.js', hashOf(start));
const page = rewrite(readFileSync(join(dir, 'index.html'), 'utf8'), renamed);
for (const [from, to] of Object.entries(renamed)) {
  if (page.includes(`/${from}`)) fail(`index.html still names ${from} (now ${to})`);
}
writeFileSync(join(dir, 'index.html'), page);
if (!page.includes(`/${renamed['start.js']}`)) fail(`index.html does not name ${renamed['start.js']}`);
if (existsSync(join(dir, 'assets.json'))) fail('assets.json exists already: fingerprint a build only once');
writeFileSync(join(dir, 'assets.json'), JSON.stringify(renamed, null, 1) + '\n');
