// Signing in with e-identification through OpenID Connect, against a real OpenID Provider
// (oidc-provider, tests/e2e/oidc.mjs) configured as the test provider of both methods:
// professional e-ID in the chooser with the service's checklist, Telia behind "More
// alternatives"; the first sign-in asks for the address for the agency's mail, confirmed with a
// mailed code; the next goes straight back to the form; a cancelled sign-in says so.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureForms, launchBrowser, openPage, axeViolations, PATIENCE } from './harness.mjs';
import { startReferenceServer } from '../reference-server.mjs';
import { startProvider, freePort, SCOPE } from './oidc.mjs';
import { Client, codeFor } from '../conformance/backend.mjs';

const people = {
  anna: { personalNumber: '199001011239', name: 'Anna Andersson' },
  bo: { personalNumber: '198507092388', name: 'Bo Berg' },
};
let provider;
let server;
let browser;

before(async () => {
  const port = await freePort();
  provider = await startProvider({ redirectUri: `http://127.0.0.1:${port}/sign-in/eid/callback`, people });
  const method = `issuer = "${provider.issuer}"\nclient_id = "${provider.clientId}"\nclient_secret = "${provider.clientSecret}"\nscopes = ["openid", "${SCOPE}"]\ntest = true\n`;
  const config = join(mkdtempSync(join(tmpdir(), 'blankett-eid-')), 'sign-in.toml');
  writeFileSync(config, `public_url = "http://127.0.0.1:${port}"\n[professional]\n${method}[telia]\n${method}`);
  server = await startReferenceServer({ forms: fixtureForms('household'), port, args: ['--sign-in-config', config] });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
  await provider?.stop();
});

/**
 * A page for these tests. The provider's own login page asks for a web font from Google, which
 * this closed network cannot reach; it gets an empty style sheet instead (the page is not ours).
 */
async function open() {
  const page = await openPage(browser);
  page.setDefaultTimeout(PATIENCE);
  await page.route('https://fonts.googleapis.com/**', (route) => route.fulfill({ contentType: 'text/css', body: '' }));
  return page;
}

/** At the provider's own login page: a login name and a password, then continue. */
async function atProvider(page, login) {
  await page.getByRole('textbox', { name: /login/i }).fill(login);
  await page.getByRole('textbox', { name: /password/i }).or(page.locator('input[type=password]')).fill('any password');
  await page.getByRole('button', { name: /sign-in/i }).click();
  await page.getByRole('button', { name: /continue/i }).click();
}

test('the chooser offers professional e-ID with its checklist, and Telia behind "More alternatives"', async () => {
  const page = await open();
  await page.goto(`${server.url}/sign-in?lang=en&next=/forms/household`);
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  assert.deepEqual(headings.slice(0, 3), ['Username and password', 'Municipality, county council or region (test)', 'Foreign eID']);
  await page.getByRole('listitem').filter({ hasText: 'Do you have Net iD installed on your computer?' }).waitFor();
  const telia = page.getByRole('link', { name: 'Log in with Telia e-identification', exact: true });
  assert.equal(await telia.isVisible(), false, 'hidden until "More alternatives"');
  assert.deepEqual(await axeViolations(page), []);
  // A real disclosure: a button that says whether it is open, reached and pressed with the keyboard.
  const more = page.getByRole('button', { name: 'More alternatives', exact: true });
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  await more.focus();
  await page.keyboard.press('Enter');
  await telia.waitFor();
  assert.equal(await more.getAttribute('aria-expanded'), 'true');
  assert.deepEqual(await axeViolations(page), [], 'opened');
  page.assertClean();
});

test('"More alternatives" works without JavaScript too, and the chooser in Swedish', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE' });
  const page = await context.newPage();
  page.setDefaultTimeout(PATIENCE);
  await page.goto(`${server.url}/sign-in?lang=sv&next=/forms/household`);
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  assert.deepEqual(headings.slice(0, 3), ['Användarnamn och lösenord', 'Kommun, landsting eller region (test)', 'Foreign eID']);
  await page.getByRole('listitem').filter({ hasText: 'Har du Net iD installerad på din dator?' }).waitFor();
  await page.getByRole('button', { name: 'Fler alternativ', exact: true }).click();
  await page.getByRole('link', { name: 'Logga in med Telia e-legitimation', exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Fler alternativ', exact: true }).getAttribute('aria-expanded'), 'true');
  assert.equal(new URL(page.url()).searchParams.get('next'), '/forms/household', 'where the applicant was going is kept');
  // (axe runs scripts in the page, which this context does not: the open state is checked with
  // JavaScript in the test before.)
  await context.close();
});

test('the first sign-in with e-ID asks for the address and confirms it; the next goes straight back', async () => {
  const page = await open();
  await page.goto(`${server.url}/sign-in?lang=en&next=/forms/household`);
  await page.getByRole('link', { name: 'Log in with professional e-identification', exact: true }).click();
  await atProvider(page, 'anna');
  await page.getByRole('heading', { level: 1, name: 'Your email address', exact: true }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  const email = `anna-${Date.now()}@example.com`;
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Send a code', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Confirm your email address', exact: true }).waitFor();
  await page.getByLabel('Code', { exact: true }).fill(await codeFor(new Client(server.url), email));
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'About you', exact: true }).waitFor();
  assert.deepEqual(await page.evaluate(() => fetch('/api/sessions/current').then((r) => r.json())), { email });

  // Another day, through Telia: the same person, the same account, no questions.
  const later = await open();
  await later.goto(`${server.url}/sign-in?lang=en&next=/forms/household`);
  await later.getByRole('button', { name: 'More alternatives', exact: true }).click();
  await later.getByRole('link', { name: 'Log in with Telia e-identification', exact: true }).click();
  await atProvider(later, 'anna');
  await later.getByRole('heading', { level: 1, name: 'About you', exact: true }).waitFor();
  assert.deepEqual(await later.evaluate(() => fetch('/api/sessions/current').then((r) => r.json())), { email });
  page.assertClean();
  later.assertClean();
});

test('a sign-in that does not come back right says so, and signs nobody in', async () => {
  const page = await open();
  // The provider's answer without a code (the applicant cancelled), and one for a login that never began.
  for (const query of ['error=access_denied&state=x', 'code=forged&state=never-begun']) {
    await page.goto(`${server.url}/sign-in/eid/callback?${query}`);
    await page.getByRole('alert').getByText('Logging in with e-identification was cancelled or did not work').waitFor();
    assert.equal((await page.request.get(`${server.url}/api/sessions/current`)).status(), 401);
  }
  assert.deepEqual(await axeViolations(page), []);
});
