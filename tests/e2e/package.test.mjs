// The widget's npm package (issue 21): what `scripts/build-widget` packs is what a frontend
// developer installs: the module, the WebAssembly, the style sheet, the types and package.json
// with its exports; the types compile and say what the module does; README's tables say what the
// module and its style sheet take. Then the second example, examples/module-page (a page of its
// own that installs the packed tarball and uses mount()), runs in Chromium against the backend on
// another origin: signed in by the page with a token, the language switched at run time with the
// answers kept, no history entries of its own, and nothing left after unmount().

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { useApp, openPage, newAccount, PASSWORD, PATIENCE } from './harness.mjs';
import { serveStatic } from './static.mjs';

const root = new URL('../../', import.meta.url).pathname;
// Absolute, so that npm reads the tarball's path as a file and not as a GitHub shorthand.
const dist = resolve(process.env.BLANKETT_DIST || `${root}dist`);
const tarball = readdirSync(dist).filter((name) => /^blankett-form-.*\.tgz$/.test(name)).map((name) => join(dist, name))[0];

// The example, installed from the tarball as a developer installs it, in a folder of its own.
const site = mkdtempSync(join(tmpdir(), 'blankett-module-page-'));
cpSync(`${root}examples/module-page`, site, { recursive: true });
if (tarball) execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: site });
const host = await serveStatic({ '/': site });
after(() => host.stop());

const app = useApp({
  forms: () => {
    const forms = mkdtempSync(join(tmpdir(), 'blankett-package-'));
    copyFileSync(`${root}tests/fixtures/timed.json`, join(forms, 'timed.json'));
    return forms;
  },
  args: () => ['--allow-origin', host.origin],
});

const installed = join(site, 'node_modules/blankett-form');
const source = readFileSync(`${root}src/widget/blankett-form.js`, 'utf8');
/** The names in `export const NAME = [...]` or `static NAME = [...]` of the module's source. */
const listIn = (text, name) => JSON.parse(text.match(new RegExp(`${name} = (\\[[^\\]]*\\])`))[1].replaceAll("'", '"'));

test('the package holds the module, the WebAssembly, the style sheet, the types and its exports', () => {
  assert.ok(tarball, `scripts/build-widget packs dist/blankett-form-<version>.tgz (in ${dist})`);
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
  for (const file of ['blankett-form.js', 'blankett-form.d.ts', 'blankett-form.css', 'blankett.js', 'blankett_bg.wasm', 'package.json', 'README.md']) {
    assert.ok(files.includes(`package/${file}`), `${file} in ${files}`);
  }
  assert.ok(files.some((file) => /^package\/catalogs\/ar-\w+\.txt$/.test(file)), 'the catalogs of the languages fetched when shown');
  assert.ok(!files.some((file) => /\.(br|gz)$/.test(file)), 'not the backend\'s compressed copies');
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'blankett-form');
  assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
  assert.equal(manifest.type, 'module');
  assert.deepEqual(manifest.exports['.'], { types: './blankett-form.d.ts', default: './blankett-form.js' });
  for (const target of [manifest.exports['.'].types, manifest.exports['.'].default, manifest.exports['./blankett-form.css']]) {
    assert.ok(existsSync(join(installed, target)), `${target} is installed`);
  }
});

test('the types compile, and name every event and attribute the module has', () => {
  const types = readFileSync(join(installed, 'blankett-form.d.ts'), 'utf8');
  for (const name of listIn(source, 'EVENTS')) assert.match(types, new RegExp(`['\\s]${name}'?: \\{|'${name}': `), `the event ${name}`);
  for (const attribute of listIn(source, 'observedAttributes')) {
    const property = attribute.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
    assert.match(types, new RegExp(`The \`${attribute}\` attribute|^  ${property}[?:]`, 'm'), `the attribute ${attribute}`);
  }
  // A TypeScript page's use of the package compiles, and its mistakes do not (usage.ts).
  const tsc = `${root}tests/e2e/node_modules/.bin/tsc`;
  try {
    execFileSync(tsc, ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom', 'usage.ts'], { cwd: site, encoding: 'utf8' });
  } catch (error) {
    assert.fail(`usage.ts does not compile against the package's types:\n${error.stdout}`);
  }
});

test('README\'s embedding tables list every option, event and theme property, and no other', () => {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const section = readme.slice(readme.indexOf('## Embedding'), readme.indexOf('\n## ', readme.indexOf('## Embedding') + 1));
  assert.ok(section.length > 1000, 'README has an Embedding section');
  const named = (pattern) => new Set([...section.matchAll(pattern)].map((match) => match[1]));
  const events = named(/^\| `blankett-([\w-]+)` \|/gm);
  assert.deepEqual([...events].sort(), [...listIn(source, 'EVENTS')].sort());
  const attributes = named(/^\| `([\w-]+)` \(attribute\)/gm);
  assert.deepEqual([...attributes].sort(), [...listIn(source, 'observedAttributes')].sort());
  const theme = named(/^\| `(--blankett-[\w-]+)` \|/gm);
  const css = readFileSync(join(installed, 'blankett-form.css'), 'utf8');
  const read = new Set([...css.matchAll(/var\((--blankett-[\w-]+),/g)].map((match) => match[1]));
  assert.deepEqual([...theme].sort(), [...read].sort(), 'the theme properties the style sheet reads');
});

test('a page of its own mounts a form from the package, switches its language, and unmounts it', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await page.goto(`${host.origin}/index.html?backend=${encodeURIComponent(app.server.url)}&form=timed`);
  const entries = await page.evaluate(() => history.length);
  await page.getByLabel('Email address').fill(await newAccount(app.server.url));
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in and show the form' }).click();
  const form = page.locator('#form');
  await form.getByRole('heading', { level: 1, name: 'Your name' }).waitFor();
  await form.getByLabel('Given name').fill('Ada');
  await form.getByRole('button', { name: 'Next' }).click();
  await form.getByRole('heading', { level: 1, name: 'Your trip' }).waitFor();
  assert.equal(await page.evaluate(() => history.length), entries, 'history "none": the form adds no entry');

  // The language at run time: the words change, the answers stay.
  await page.getByLabel('The page\'s language').selectOption('sv');
  await form.getByRole('heading', { level: 1, name: 'Din resa' }).waitFor();
  await form.getByRole('button', { name: 'Tillbaka' }).click();
  assert.equal(await form.getByLabel('Förnamn').inputValue(), 'Ada');
  assert.equal(await form.locator('.blankett').getAttribute('lang'), 'sv', 'the form says its language, not the page\'s');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

  const backend = new URL(app.server.url).origin;
  let sent = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).origin === backend) sent++;
  });
  await page.getByRole('button', { name: 'Remove the form' }).click();
  assert.equal(await form.evaluate((element) => element.shadowRoot.childElementCount), 0, 'nothing of the form is left');
  await page.getByRole('button', { name: 'Remove the form' }).click();
  assert.equal(sent, 0);
  // Its editing lock went with it: the same draft opens again here to be edited, not as "open
  // in another tab".
  await page.getByRole('button', { name: 'Sign in and show the form' }).click();
  await form.getByRole('heading', { level: 1, name: 'Ditt namn' }).waitFor();
  assert.equal(await form.getByLabel('Förnamn').inputValue(), 'Ada');
  assert.equal(await form.getByRole('button', { name: 'Nästa' }).isVisible(), true);
  page.assertClean();
});
