// Signing in as a stranger tries it (issue 14): the code screen signs nobody in without the
// password, whatever the address and the code; and as an applicant needs it: a new code when the
// mail went missing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, fixtureForms, openPage, axeViolations, newAccount, PASSWORD, PATIENCE } from './harness.mjs';
import { Client, codeFor, mailsTo } from '../conformance/backend.mjs';
import { execFileSync } from 'node:child_process';

const app = useApp({ forms: () => fixtureForms('household') });

test('a stranger with an applicant\'s address and any code is not signed in', async () => {
  const victim = await newAccount(app.server.url);
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);

  // The form a stranger would post by hand (the finding's request), from this browser.
  const posted = await page.request.post(`${app.server.url}/sign-in`, {
    form: { screen: 'verify', email: victim, code: '000000', next: '/' },
    maxRedirects: 0,
  });
  assert.notEqual(posted.status(), 303);
  assert.equal((await page.request.get(`${app.server.url}/api/sessions/current`)).status(), 401);
  assert.equal((await page.request.get(`${app.server.url}/api/applications`)).status(), 401);

  // The code screen for someone else's address is not offered: the password is asked for.
  await page.goto(`${app.server.url}/sign-in?screen=verify&email=${encodeURIComponent(victim)}&next=/forms/household`);
  await page.getByRole('heading', { level: 1, name: 'Sign in', exact: true }).waitFor();
  await page.getByText('Sign in with your email address and password to enter the code we sent you').waitFor();
  assert.equal(await page.getByLabel('Code', { exact: true }).count(), 0);

  // The form is still closed to this browser: it is sent to sign in.
  await page.goto(`${app.server.url}/forms/household`);
  await page.getByRole('heading', { level: 1, name: 'Sign in', exact: true }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 1, name: 'About you', exact: true }).count(), 0);
  page.assertClean();
});

test('an applicant whose code went missing asks for a new one and confirms with it', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  const client = new Client(app.server.url);
  const email = `new-code-${Date.now()}@example.com`;
  await page.goto(`${app.server.url}/sign-in?lang=en&screen=create&next=/forms/household`);
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Confirm your email address', exact: true }).waitFor();
  const first = await codeFor(client, email);

  await page.getByRole('button', { name: 'Send a new code', exact: true }).click();
  await page.getByRole('status').getByText('We have sent a new code to this address. The code you had before no longer works.').waitFor();
  assert.equal((await mailsTo(client, email)).length, 2);
  assert.deepEqual(await axeViolations(page), []);
  const second = await codeFor(client, email);

  if (first !== second) {
    await page.getByLabel('Code', { exact: true }).fill(first);
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.getByRole('alert').getByRole('link', { name: /The code is not right/ }).waitFor();
  }
  await page.getByLabel('Code', { exact: true }).fill(second);
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'About you', exact: true }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/forms/household');
  page.assertClean();
});

test('the sign-in page offers username and password and explains Foreign eID, in Swedish too', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await page.goto(`${app.server.url}/sign-in?lang=sv&next=/forms/household`);
  await page.getByRole('heading', { level: 1, name: 'Logga in', exact: true }).waitFor();
  // The service's ways to sign in, in its order (this deployment offers these two), and then,
  // as under every page, the question whether it helped.
  const methods = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  assert.deepEqual(methods, ['Användarnamn och lösenord', 'Foreign eID', 'Fick du hjälp av informationen på den här sidan?']);
  assert.deepEqual(await axeViolations(page), []);

  await page.getByRole('link', { name: 'Logga in med en utländsk e-legitimation', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Foreign eID', exact: true }).waitFor();
  await page.getByText('Inga internationella e-legitimationer kan alltså användas.', { exact: false }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  // What to do instead: an account with an email address.
  await page.getByRole('link', { name: 'Skapa ett konto', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Skapa ett konto', exact: true }).waitFor();
  page.assertClean();
});

test('in Swedish, a forgotten password is replaced the same way', async () => {
  const email = await newAccount(app.server.url);
  const page = await openPage(app.browser, { locale: 'sv-SE' });
  page.setDefaultTimeout(PATIENCE);
  await page.goto(`${app.server.url}/sign-in?lang=sv&next=/forms/household`);
  await page.getByRole('link', { name: 'Glömt lösenordet?', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Återställ ditt lösenord', exact: true }).waitFor();
  await page.getByLabel('E-postadress', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Skicka en kod', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Välj ett nytt lösenord', exact: true }).waitFor();
  await page.getByLabel('Kod', { exact: true }).fill(await codeFor(new Client(app.server.url), email));
  await page.getByLabel('Nytt lösenord', { exact: true }).fill('ett helt nytt lösenord');
  await page.getByRole('button', { name: 'Spara lösenordet och logga in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Om dig', exact: true }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  page.assertClean();
});

test('a forgotten password is replaced with a mailed code, and the old one stops working', async () => {
  const email = await newAccount(app.server.url);
  const client = new Client(app.server.url);
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await page.goto(`${app.server.url}/sign-in?lang=en&next=/forms/household`);
  await page.getByRole('link', { name: 'Forgot your password?', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Reset your password', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Send a code', exact: true }).click();
  await page.getByRole('alert').getByRole('link', { name: 'Enter your email address' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the error state');
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Send a code', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose a new password', exact: true }).waitFor();
  assert.deepEqual(await axeViolations(page), []);

  await page.getByLabel('Code', { exact: true }).fill(await codeFor(client, email));
  await page.getByLabel('New password', { exact: true }).fill('a brand new password');
  await page.getByRole('button', { name: 'Save the password and sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'About you', exact: true }).waitFor();
  assert.equal((await client.post('/api/sessions', { email, password: PASSWORD })).status, 403, 'the old password no longer works');
  page.assertClean();
});

test('an account from before 4 December 2018 signs in with its six-character username', async () => {
  // The operator imports the old accounts into the running backend's database.
  const root = new URL('../../', import.meta.url).pathname;
  const server = process.env.BLANKETT_SERVER || `${root}target/debug/blankett-server`;
  execFileSync(server, ['import-accounts', `${root}tests/fixtures/legacy-accounts.csv`, '--database', app.server.database], { stdio: 'pipe' });

  for (const [lang, field, password, button, heading] of [
    ['en', 'Email address or username', 'Password', 'Sign in', 'About you'],
    ['sv', 'E-postadress eller användarnamn', 'Lösenord', 'Logga in', 'Om dig'],
  ]) {
    const page = await openPage(app.browser);
    page.setDefaultTimeout(PATIENCE);
    await page.goto(`${app.server.url}/sign-in?lang=${lang}&next=/forms/household`);
    await page.getByLabel(field, { exact: true }).fill(lang === 'en' ? 'AB12CD' : 'ab12cd');
    await page.getByLabel(password, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    assert.deepEqual(await page.evaluate(() => fetch('/api/sessions/current').then((r) => r.json())), { email: 'amina.legacy@example.com' });
    page.assertClean();
  }
});

test('two-step verification: turned on from the account page, then signing in takes the texted code', async () => {
  const email = await newAccount(app.server.url);
  const client = new Client(app.server.url);
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await page.goto(`${app.server.url}/sign-in?lang=en&next=${encodeURIComponent('/account')}`);
  await page.getByLabel('Email address or username', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Your account', exact: true }).waitFor();
  await page.getByText('Two-step verification is off.', { exact: true }).waitFor();
  assert.deepEqual(await axeViolations(page), []);

  await page.getByRole('link', { name: 'Turn on two-step verification', exact: true }).click();
  await page.getByLabel('Mobile phone number', { exact: true }).fill('070-123 45 67');
  await page.getByLabel('Your password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Send a code', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Confirm the phone number', exact: true }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  // A person reads the text message on the phone; the test reads the development outbox.
  await page.getByLabel('Code', { exact: true }).fill(await codeFor(client, '+46701234567'));
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await page.getByRole('status').getByText('Two-step verification is on.').waitFor();
  await page.getByText(/ending in 67\.$/).waitFor();

  // Another day, another browser: the password, then the code from the text message.
  const later = await openPage(app.browser);
  later.setDefaultTimeout(PATIENCE);
  await later.goto(`${app.server.url}/sign-in?lang=sv&next=/forms/household`);
  await later.getByLabel('E-postadress eller användarnamn', { exact: true }).fill(email);
  await later.getByLabel('Lösenord', { exact: true }).fill(PASSWORD);
  await later.getByRole('button', { name: 'Logga in', exact: true }).click();
  await later.getByRole('heading', { level: 1, name: 'Skriv koden från sms:et', exact: true }).waitFor();
  assert.deepEqual(await axeViolations(later), []);
  assert.equal(await later.getByLabel('Kod', { exact: true }).getAttribute('autocomplete'), 'one-time-code');
  await later.getByLabel('Kod', { exact: true }).fill(await codeFor(client, '+46701234567'));
  await later.getByRole('button', { name: 'Logga in', exact: true }).click();
  await later.getByRole('heading', { level: 1, name: 'Om dig', exact: true }).waitFor();
  page.assertClean();
  later.assertClean();
});

test('every sign-in screen and its error state meets WCAG, in Swedish and English', async () => {
  const words = {
    en: { signIn: 'Sign in', create: 'Create account', forgot: 'Send a code', code: 'Code', confirm: 'Confirm', email: 'Email address', password: 'Password' },
    sv: { signIn: 'Logga in', create: 'Skapa konto', forgot: 'Skicka en kod', code: 'Kod', confirm: 'Bekräfta', email: 'E-postadress', password: 'Lösenord' },
  };
  for (const [lang, say] of Object.entries(words)) {
    const page = await openPage(app.browser);
    page.setDefaultTimeout(PATIENCE);
    const errorShown = async (screen) => {
      await page.getByRole('alert').waitFor();
      assert.deepEqual(await axeViolations(page), [], `${lang}: ${screen} with its errors`);
    };
    await page.goto(`${app.server.url}/sign-in?lang=${lang}&next=/forms/household`);
    await page.getByRole('button', { name: say.signIn, exact: true }).click();
    await errorShown('sign in');
    await page.goto(`${app.server.url}/sign-in?lang=${lang}&screen=create`);
    await page.getByRole('button', { name: say.create, exact: true }).click();
    await errorShown('create an account');
    await page.goto(`${app.server.url}/sign-in?lang=${lang}&screen=forgot`);
    await page.getByRole('button', { name: say.forgot, exact: true }).click();
    await errorShown('forgotten password');
    // The code screen with a wrong code.
    await page.goto(`${app.server.url}/sign-in?lang=${lang}&screen=create`);
    await page.getByLabel(say.email, { exact: true }).fill(`sweep-${lang}-${Date.now()}@example.com`);
    await page.getByLabel(say.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: say.create, exact: true }).click();
    await page.getByLabel(say.code, { exact: true }).fill('12');
    await page.getByRole('button', { name: say.confirm, exact: true }).click();
    await errorShown('the code screen');
    page.assertClean();
  }
});
