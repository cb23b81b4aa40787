// The foundation: the release build, served by the reference backend, renders in Chromium with
// no console error and under the strict Content-Security-Policy, and a person can open a form.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, axeViolations, signIn } from './harness.mjs';

const app = useApp();

test('the start page lists the sample forms, with no console error and a strict CSP', async () => {
  const page = await openPage(app.browser);
  const response = await page.goto(app.server.url);
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline/);

  await page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
  await page.getByRole('link', { name: 'Application for a work permit' }).waitFor();
  await page.getByRole('link', { name: /visitor visa/i }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0, 'no error is shown');
  page.assertClean();
});

test('the built page has no inline script', async () => {
  const page = await openPage(app.browser);
  // The app's page (a form's address sends anyone not signed in to sign in first).
  const response = await page.request.get(`${app.server.url}/index.html`);
  const html = await response.text();
  const inline = html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) || [];
  assert.deepEqual(inline, [], 'every <script> has a src');
  await page.close();
});

test('an applicant opens a form and sees its first page', async () => {
  const page = await openPage(app.browser);
  await signIn(page, app.server.url, '/');
  await page.getByRole('link', { name: 'Application for a work permit' }).click();
  await page.getByRole('heading', { level: 1, name: 'Personal details' }).waitFor();
  // Six of the seven pages are shown until the answers open the conditional one.
  await page.getByText('Step 1 of 6').waitFor();
  assert.match(await page.title(), /Personal details/);
  page.assertClean();
});

test('the language switch shows Swedish and keeps the page', async () => {
  const page = await openPage(app.browser);
  await signIn(page, app.server.url, '/forms/work-permit');
  await page.getByRole('heading', { level: 1, name: 'Personal details' }).waitFor();
  await page.getByRole('button', { name: 'Svenska' }).click();
  await page.getByRole('heading', { level: 1, name: 'Personuppgifter' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
  page.assertClean();
});

test('axe-core finds no WCAG violation on the start page and a form page', async () => {
  const page = await openPage(app.browser);
  await signIn(page, app.server.url, '/');
  await page.getByRole('link', { name: 'Application for a work permit' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('link', { name: 'Application for a work permit' }).click();
  await page.getByRole('heading', { level: 1, name: 'Personal details' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  page.assertClean();
});
