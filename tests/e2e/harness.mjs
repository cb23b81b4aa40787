// Shared set-up of the end-to-end tests: the reference server on a free port, Debian's Chromium
// through playwright-core, and a watch on every page for console errors, uncaught exceptions and
// Content-Security-Policy violations. A blank page (the wasm-opt trap) fails every test, because
// each one first waits for something a person would read.

import { before, after } from 'node:test';
import { readFileSync, mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReferenceServer } from '../reference-server.mjs';
import { Client, codeFor } from '../conformance/backend.mjs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const env = (name, fallback) => process.env[name] || fallback;

export const paths = {
  chromium: env('CHROMIUM', '/usr/bin/chromium'),
};

/**
 * How long a step waits for what a person would see before the test fails: long, because CI's
 * 2-core machine is busy (a release build beside the tests once took a page past 5 seconds),
 * and a wait ends as soon as the thing is there, so a patient cap costs a passing test nothing.
 */
export const PATIENCE = 30_000;

/** Starts the reference backend on a free port (test mode); resolves to { url, stop }. */
export function startServer(options = {}) {
  return startReferenceServer(options);
}

/**
 * Starts the server and the browser before the file's tests and stops them after. Returns an
 * object whose `server` and `browser` are set once they run. `forms` is a forms folder and
 * `args` more of the server's options (either may be a function, called when the server starts).
 */
export function useApp(options = {}) {
  const app = { server: undefined, browser: undefined, forms: undefined };
  before(async () => {
    const forms = typeof options.forms === 'function' ? options.forms() : options.forms;
    app.forms = forms;
    const args = typeof options.args === 'function' ? options.args() : options.args;
    app.server = await startServer({ ...(forms ? { forms } : {}), ...(args ? { args } : {}) });
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    app.server?.stop();
  });
  return app;
}

/** A forms folder of a test file's own, holding these fixtures (`tests/fixtures/<name>.json`). */
export function fixtureForms(...names) {
  const forms = mkdtempSync(join(tmpdir(), 'blankett-forms-'));
  for (const name of names) copyFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), join(forms, `${name}.json`));
  return forms;
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: paths.chromium,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * Opens a page that records every problem a person might not see but that breaks the app:
 * console errors (including CSP violations, which Chromium reports there), uncaught exceptions
 * and failed requests. `assertClean()` fails the test if any happened.
 */
export async function openPage(browser, { locale = 'en-GB' } = {}) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    // Chromium also logs every HTTP error status as a console error; a 404 or 422 can be the app
    // working as designed (an unknown form, a schema with issues), so statuses are judged below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource: the server responded with a status of')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`server error: ${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  // A request still loading when the page goes elsewhere (a link, a reload) is aborted by the
  // browser, which is no failure of the app: the personal data the backend answers with is never
  // cached (no-store), so an answer nobody read yet is dropped with the page. That includes a
  // request the old page starts after the navigation began and before the new page replaced it
  // (a poll's timer firing just after a click on Cancel).
  const inFlight = new Set();
  let leaving = false;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      for (const other of inFlight) other.leftBehind = true;
      leaving = true;
    } else if (leaving && request.frame() === page.mainFrame()) {
      request.leftBehind = true;
    }
    inFlight.add(request);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) leaving = false;
  });
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => {
    inFlight.delete(request);
    const errorText = request.failure()?.errorText;
    if (errorText === 'net::ERR_ABORTED' && request.leftBehind) return;
    problems.push(`request failed: ${request.url()} ${errorText}`);
  });
  page.assertClean = () => {
    if (problems.length) throw new Error(`the page had problems:\n${problems.join('\n')}`);
  };
  page.problems = problems;
  return page;
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now and returns the violations.
 * axe is injected through the DevTools protocol, not a <script>, so the page's CSP stays strict.
 */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export const PASSWORD = 'correct horse battery';
let accounts = 0;

/** A new, confirmed account, made through the API (the sign-in pages have tests of their own). */
export async function newAccount(base) {
  const client = new Client(base);
  const email = `person-${process.pid}-${Date.now()}-${++accounts}@example.com`;
  const created = await client.post('/api/accounts', { email, password: PASSWORD });
  if (created.status !== 201) throw new Error(`creating an account: ${created.status}`);
  const verified = await client.post('/api/accounts/verify', { email, password: PASSWORD, code: await codeFor(client, email) });
  if (verified.status !== 204) throw new Error(`confirming an account: ${verified.status}`);
  return email;
}

const signInWords = {
  en: { email: 'Email address or username', password: 'Password', button: 'Sign in' },
  sv: { email: 'E-postadress eller användarnamn', password: 'Lösenord', button: 'Logga in' },
};

/**
 * Signs in as a new applicant on the backend's sign-in page, as a person does, and waits to be
 * back at `next` (a path). Resolves to the email address.
 */
export async function signIn(page, base, next = '/', { lang = 'en', email } = {}) {
  email ??= await newAccount(base);
  const words = signInWords[lang];
  await page.goto(`${base}/sign-in?lang=${lang}&next=${encodeURIComponent(next)}`);
  await page.getByLabel(words.email, { exact: true }).fill(email);
  await page.getByLabel(words.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: words.button, exact: true }).click();
  await page.waitForURL((url) => url.pathname === next);
  return email;
}

/**
 * The text of a PDF, one string per sheet (white space as single spaces), as a reader of the file gets it (pdf.js, the PDF
 * reader of Firefox). Proves a printed page is readable text, not a picture of it.
 */
export async function pdfText(buffer) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(buffer), disableFontFace: true, useSystemFonts: false }).promise;
  const sheets = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    // Lines are joined with spaces: a reader's text, whatever the width of the sheet.
    sheets.push(content.items.map((item) => item.str).join(' ').replace(/\s+/g, ' '));
  }
  await pdf.destroy();
  return sheets;
}
