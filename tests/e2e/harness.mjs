// Shared set-up of the end-to-end tests: the reference server on a free port, Debian's Chromium
// through playwright-core, and a watch on every page for console errors, uncaught exceptions and
// Content-Security-Policy violations. A blank page (the wasm-opt trap) fails every test, because
// each one first waits for something a person would read.

import { before, after } from 'node:test';
import { readFileSync } from 'node:fs';
import { startReferenceServer } from '../reference-server.mjs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const env = (name, fallback) => process.env[name] || fallback;

export const paths = {
  chromium: env('CHROMIUM', '/usr/bin/chromium'),
};

/** Starts the reference backend on a free port (test mode); resolves to { url, stop }. */
export function startServer(options = {}) {
  return startReferenceServer(options);
}

/**
 * Starts the server and the browser before the file's tests and stops them after. Returns an
 * object whose `server` and `browser` are set once they run.
 */
export function useApp(options = {}) {
  const app = { server: undefined, browser: undefined };
  before(async () => {
    const forms = typeof options.forms === 'function' ? options.forms() : options.forms;
    app.server = await startServer(forms ? { forms } : {});
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    app.server?.stop();
  });
  return app;
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
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
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
