// The applicant's side of the backend contract: an account with the mailed code, a draft that is
// saved on every page and is still there after the server restarts, and failed saves that say
// what happened and lose nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, fixtureForms, openPage, axeViolations, signIn, startServer, PASSWORD, PATIENCE } from './harness.mjs';
import { Client, codeFor, advanceClock } from '../conformance/backend.mjs';

const app = useApp({ forms: () => fixtureForms('household') });

/** Fills the household form's first page and moves on, as a person does. */
async function fillAboutYou(page) {
  await page.getByRole('heading', { level: 1, name: 'About you', exact: true }).waitFor();
  await page.getByLabel('Given name', { exact: true }).fill('Amina');
  await page.getByLabel('Surname', { exact: true }).fill('Yusuf');
  await page.getByRole('group', { name: 'Do you have children?' }).getByLabel('Yes', { exact: true }).check();
  await page.getByLabel('How many children?', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Children', exact: true }).waitFor();
}

/** After a reload or a restart: back on "Children", and Back shows every answer of "About you". */
async function expectResumedWithEverything(page) {
  await page.getByRole('heading', { level: 1, name: 'Children', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'About you', exact: true }).waitFor();
  assert.equal(await page.getByLabel('Given name', { exact: true }).inputValue(), 'Amina');
  assert.equal(await page.getByLabel('Surname', { exact: true }).inputValue(), 'Yusuf');
  assert.equal(await page.getByLabel('How many children?', { exact: true }).inputValue(), '2');
}

test('an applicant creates an account with the mailed code and comes back to the form', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await page.goto(`${app.server.url}/forms/household`);
  // Not signed in: straight to the backend's sign-in page, which names the application.
  await page.getByRole('heading', { level: 1, name: 'Sign in', exact: true }).waitFor();
  await page.getByText('Sign in to fill in Household. Your answers are saved', { exact: false }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/sign-in');
  await page.getByRole('link', { name: 'Create an account', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Create an account', exact: true }).waitFor();

  const email = `new-${Date.now()}@example.com`;
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create account', exact: true }).click();
  // The GOV.UK error pattern: a summary that links to the field, the message at the field.
  await page.getByRole('alert').getByRole('link', { name: 'Choose a password of at least 10 characters' }).waitFor();
  assert.match(await page.title(), /^Error: Create an account/);
  assert.equal(await page.getByLabel('Email address', { exact: true }).inputValue(), email, 'the address is kept');
  assert.deepEqual(await axeViolations(page), []);

  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Confirm your email address', exact: true }).waitFor();
  await page.getByText(email, { exact: true }).waitFor();
  // A person reads the code in their mail; the test reads the development outbox.
  await page.getByLabel('Code', { exact: true }).fill(await codeFor(new Client(app.server.url), email));
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();

  // Confirmed and signed in, back on the form.
  await page.getByRole('heading', { level: 1, name: 'About you', exact: true }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/forms/household');
  page.assertClean();
});

test('a wrong password is refused at the field, in Swedish too', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await page.goto(`${app.server.url}/sign-in?lang=sv&next=/forms/household`);
  await page.getByLabel('E-postadress eller användarnamn', { exact: true }).fill('nobody@example.com');
  await page.getByLabel('Lösenord', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  const summary = page.getByRole('alert');
  await summary.getByRole('link', { name: /E-postadressen eller lösenordet stämmer inte/ }).click();
  // The link moves to the field it names.
  await page.waitForFunction(() => document.activeElement?.id === 'account-password');
  page.assertClean();
});

test('a draft saved in the browser survives a server restart and opens on the same page', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await signIn(page, app.server.url, '/forms/household');
  await fillAboutYou(page);
  await page.getByText(/^Saved at /).waitFor();

  // The server stops and starts again on the same database (and on another port).
  const before = app.server;
  await before.stop();
  app.server = await startServer({ forms: app.forms, database: before.database });
  await page.goto(`${app.server.url}/forms/household`);

  // Back where the applicant left off (R5), with every answer.
  await expectResumedWithEverything(page);
  page.assertClean();
});

test('a save that cannot reach the server says so, keeps the answers, and goes through on Try again', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await signIn(page, app.server.url, '/forms/household');
  // Opening the form starts the draft; once the form is shown, the network fails for saves only.
  await page.getByRole('heading', { level: 1, name: 'About you', exact: true }).waitFor();
  await page.route('**/api/applications**', (route) => (route.request().method() === 'GET' ? route.continue() : route.abort('internetdisconnected')));
  await fillAboutYou(page);
  const alert = page.getByRole('alert');
  await alert.getByText('You are offline. Your answers are kept on this device and will be saved when the connection returns. You can keep filling in the form.').waitFor();
  assert.deepEqual(await axeViolations(page), []);

  await page.unroute('**/api/applications**');
  await alert.getByRole('button', { name: 'Try again', exact: true }).click();
  await page.getByText(/^Saved at /).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  await page.reload();
  await expectResumedWithEverything(page);
  // The aborted saves are what this test did; anything else is a problem.
  const expected = (p) => p.includes('ERR_INTERNET_DISCONNECTED');
  page.problems.splice(0, page.problems.length, ...page.problems.filter((p) => !expected(p)));
  page.assertClean();
});

test('signed out after 30 minutes, the applicant signs in again in a new tab and loses nothing', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  const email = await signIn(page, app.server.url, '/forms/household');
  await page.getByRole('heading', { level: 1, name: 'About you', exact: true }).waitFor();
  // 31 minutes without a request (R10): the server ends the session.
  await advanceClock(new Client(app.server.url), 31 * 60 * 1000);
  await fillAboutYou(page);
  const alert = page.getByRole('alert');
  await alert.getByText(/You are signed out/).waitFor();

  const [tab] = await Promise.all([
    page.context().waitForEvent('page'),
    alert.getByRole('link', { name: 'Sign in again (opens in a new tab)' }).click(),
  ]);
  await tab.getByLabel('Email address or username', { exact: true }).fill(email);
  await tab.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await tab.getByRole('button', { name: 'Sign in', exact: true }).click();
  // The draft is being edited in the first tab; this one says so instead of editing it too.
  await tab.getByText('This application is open in another tab or window.', { exact: false }).waitFor();
  await tab.close();

  // Back in the first tab, the page is as it was; Try again saves it.
  await alert.getByRole('button', { name: 'Try again', exact: true }).click();
  await page.getByText(/^Saved at /).waitFor();
  await page.reload();
  await expectResumedWithEverything(page);
  page.assertClean();
});

test('signing out ends the session: the form then asks to sign in again', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await signIn(page, app.server.url, '/forms/household');
  await page.getByRole('heading', { level: 1, name: 'About you', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'You have been signed out', exact: true }).waitFor();
  await page.getByText('Remember to close the browser if you are using a public computer', { exact: false }).waitFor();
  await page.goto(`${app.server.url}/forms/household`);
  await page.getByRole('heading', { level: 1, name: 'Sign in', exact: true }).waitFor();
  page.assertClean();
});
