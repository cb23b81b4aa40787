// Issue 6: nothing typed is lost, and the applicant lands where they left off. The browser's Back
// and Forward over several pages, a reload in the middle of a page, offline then online, a full
// storage quota, two tabs and two devices, closing the browser, an expired draft, and the reset
// action that replaces "clear your cookies".

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, fixtureForms, openPage, axeViolations, signIn, PATIENCE } from './harness.mjs';
import { Client, advanceClock } from '../conformance/backend.mjs';

const app = useApp({ forms: () => fixtureForms('household') });

const heading = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });
const field = (page, label) => page.getByLabel(label, { exact: true });
const button = (page, name) => page.getByRole('button', { name, exact: true });
const HOUR = 60 * 60 * 1000;

async function open() {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  const email = await signIn(page, app.server.url, '/forms/household');
  await heading(page, 'About you').waitFor();
  return { page, email };
}

async function fillAboutYou(page, name = 'Amina') {
  await field(page, 'Given name').fill(name);
  await field(page, 'Surname').fill('Yusuf');
  await page.getByRole('group', { name: 'Do you have children?' }).getByLabel('Yes', { exact: true }).check();
  await field(page, 'How many children?').fill('2');
}

/** The draft as the backend holds it, read with the browser's own session. */
const savedDraft = (page) => page.evaluate(() => fetch('/api/applications').then((r) => r.json()).then((b) => b.applications[0]));

/** Waits until the backend's copy of the draft passes `check`, as autosave reaches it: after each
 * save the page sends (PUT), the backend's copy is read again. No timer: each save is awaited. */
async function savedSoon(page, check) {
  for (;;) {
    // Listened for before reading, so that a save answered meanwhile is not missed.
    const saved = page.waitForResponse((response) => response.request().method() === 'PUT' && /\/api\/applications\/[^/]+$/.test(new URL(response.url()).pathname));
    const draft = await savedDraft(page);
    try {
      check(draft);
      saved.catch(() => {});
      return draft;
    } catch (error) {
      // No further save: the backend's copy is not what was expected, and this says how.
      await saved.catch(() => {
        throw error;
      });
    }
  }
}

/** Waits until the keyboard focus is on the element with this id. */
const focusOn = (page, id) => page.waitForFunction((id) => document.activeElement?.id === id, id);

/** Requests this test cut on purpose are not problems. */
function forgive(page, pattern) {
  page.problems.splice(0, page.problems.length, ...page.problems.filter((p) => !pattern.test(p)));
}

test('Back and Forward of the browser move through the pages as the form\'s own buttons do', async () => {
  const { page } = await open();
  const entries = () => page.evaluate(() => history.length);
  const start = await entries();
  await fillAboutYou(page);
  await button(page, 'Next').click();
  await heading(page, 'Children').waitFor();
  await button(page, 'Add child').click();
  await field(page, 'Name').fill('Bo');
  await button(page, 'Next').click();
  await heading(page, 'The end').waitFor();
  assert.equal(await entries(), start + 2, 'one entry per page moved to');

  await page.goBack();
  await heading(page, 'Children').waitFor();
  assert.equal(await field(page, 'Name').inputValue(), 'Bo');
  await page.goBack();
  await heading(page, 'About you').waitFor();
  assert.equal(await field(page, 'Given name').inputValue(), 'Amina', 'Back keeps every answer');
  // A page reached through history moves the focus to its heading (or its errors) a moment after
  // it shows; typing starts once it has, as a keyboard user's does. (Typed before, the
  // keystrokes went to the heading, and Forward found the answer unchanged.)
  await focusOn(page, 'page-heading');

  // Forward never skips the checks: with a required answer removed it stops on this page.
  await field(page, 'Given name').fill('');
  await page.goForward();
  await page.getByRole('alert').getByRole('link', { name: /Given name/ }).waitFor();
  await heading(page, 'About you').waitFor();
  await focusOn(page, 'error-summary');
  assert.deepEqual(await axeViolations(page), []);
  await field(page, 'Given name').fill('Amina');
  await page.goForward();
  await heading(page, 'Children').waitFor();

  // The form's Back goes back through the same entry, so Forward is Next again.
  await button(page, 'Back').click();
  await heading(page, 'About you').waitFor();
  await page.goForward();
  await heading(page, 'Children').waitFor();
  await page.goForward();
  await heading(page, 'The end').waitFor();
  assert.equal(await entries(), start + 2, 'no entry was added twice to hold the applicant');
  page.assertClean();
});

test('a reload in the middle of a page keeps what was typed, saved or not', async () => {
  const { page } = await open();
  await fillAboutYou(page);
  await button(page, 'Next').click();
  await heading(page, 'Children').waitFor();
  await button(page, 'Add child').click();
  await field(page, 'Name').fill('Bo');
  // Saved after a pause in typing, with the time shown.
  await savedSoon(page, (draft) => assert.deepEqual(draft.answers.children, [{ name: 'Bo' }]));
  await page.getByText(/^Saved at \d\d?[:.]\d\d/).waitFor();
  // Sentences, each ending with a full stop, and one clock for both times: the browser's
  // (en-GB here: 24 hours).
  assert.match(await page.getByText(/^Saved at/).textContent(), /^Saved at \d\d:\d\d\. Your draft is kept until \d+ \w+ 20\d\d at \d\d:\d\d\. Each save keeps it longer\.$/);

  // Typed, and reloaded at once: the browser asks first, and nothing is lost when it goes on.
  await field(page, 'Name').fill('Bosse');
  const asked = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    dialog.accept();
  });
  await page.reload();
  assert.deepEqual(asked, ['beforeunload'], 'leaving with unsaved answers asks for confirmation');
  await heading(page, 'Children').waitFor();
  assert.equal(await field(page, 'Name').inputValue(), 'Bosse');
  await savedSoon(page, (draft) => assert.deepEqual(draft.answers.children, [{ name: 'Bosse' }]));

  // Everything saved: leaving does not ask.
  await page.reload();
  await heading(page, 'Children').waitFor();
  assert.deepEqual(asked, ['beforeunload']);
  // The save sent as the page unloaded is cut off from the page (it goes on as keepalive); the
  // device's copy covered it either way.
  forgive(page, /api\/applications\/\w+ net::ERR_ABORTED/);
  page.assertClean();
});

test('offline, the answers wait on the device and are sent once, in order, when the network returns', async () => {
  const { page } = await open();
  let online = true;
  const sentOnline = [];
  page.on('request', (request) => {
    if (request.method() === 'PUT' && online) sentOnline.push(JSON.parse(request.postData()).answers.given_name);
  });
  online = false;
  await page.context().setOffline(true);
  await fillAboutYou(page, 'Amina');
  await button(page, 'Next').click();
  await heading(page, 'Children').waitFor();
  await page.getByRole('alert').getByText(/^You are offline\. Your answers are kept on this device/).waitFor();
  await button(page, 'Back').click();
  await field(page, 'Given name').fill('Amina Y');
  await button(page, 'Next').click();
  await heading(page, 'Children').waitFor();

  online = true;
  await page.context().setOffline(false);
  await page.getByText(/^Saved at/).waitFor();
  const saved = await savedDraft(page);
  assert.deepEqual([saved.answers.given_name, saved.page], ['Amina Y', 1], 'the newest answers, on the page where the applicant is');
  assert.deepEqual(sentOnline, ['Amina Y'], 'what waited was sent once, the newest last');
  assert.equal(await page.getByRole('alert').count(), 0);
  forgive(page, /ERR_INTERNET_DISCONNECTED/);
  page.assertClean();
});

test('a full storage quota is survived: the applicant is told, and the backend still saves', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  // Fill this origin's storage to the brim before the app starts.
  await page.goto(`${app.server.url}/sign-in`);
  await page.evaluate(() => {
    const block = 'x'.repeat(1 << 20);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`other-site-data-${i}`, block);
      } catch {
        break;
      }
    }
    for (let size = 1 << 19; size > 0; size >>= 1) {
      try {
        localStorage.setItem(`other-site-rest-${size}`, 'x'.repeat(size));
      } catch {}
    }
  });
  await signIn(page, app.server.url, '/forms/household');
  await heading(page, 'About you').waitFor();
  await fillAboutYou(page);
  await page.getByRole('status').filter({ hasText: 'This browser cannot keep your answers on this device' }).waitFor();
  await page.getByText(/^Saved at/).waitFor();
  await page.reload();
  await heading(page, 'About you').waitFor();
  assert.equal(await field(page, 'Given name').inputValue(), 'Amina', 'the backend\'s copy is the truth');
  page.assertClean();
});

test('a second tab waits while the first edits, and takes over with the newest answers', async () => {
  const { page: first } = await open();
  await field(first, 'Given name').fill('Amina');
  const second = await first.context().newPage();
  second.setDefaultTimeout(PATIENCE);
  await second.goto(`${app.server.url}/forms/household`);
  await second.getByRole('status').filter({ hasText: 'This application is open in another tab or window.' }).waitFor();
  assert.equal(await heading(second, 'About you').isVisible(), false);
  assert.deepEqual(await axeViolations(second), []);

  // Typed in the first tab a moment ago and not saved yet: taking over saves it first.
  await field(first, 'Surname').fill('Yusuf');
  await button(second, 'Edit here instead').click();
  await heading(second, 'About you').waitFor();
  await first.getByText(/^You continued this application in another tab or window\. Your answers here are saved\./).waitFor();
  await second.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.value === 'Yusuf'));
  assert.equal(await field(second, 'Given name').inputValue(), 'Amina');
  assert.equal(await field(second, 'Surname').inputValue(), 'Yusuf');

  // And back again.
  await button(first, 'Edit here instead').click();
  await heading(first, 'About you').waitFor();
  await second.getByText(/^You continued this application in another tab or window/).waitFor();
  first.assertClean();
});

test('two devices cannot silently overwrite each other: the applicant chooses which answers to keep', async () => {
  const { page: phone, email } = await open();
  const laptop = await openPage(app.browser);
  laptop.setDefaultTimeout(PATIENCE);
  await signIn(laptop, app.server.url, '/forms/household', { email });
  await heading(laptop, 'About you').waitFor();

  await field(phone, 'Given name').fill('From the phone');
  await phone.getByText(/^Saved at/).waitFor();
  await field(laptop, 'Given name').fill('From the laptop');
  const alert = laptop.getByRole('alert');
  await alert.getByText(/^The application was changed in another window or on another device/).waitFor();
  assert.equal((await savedDraft(phone)).answers.given_name, 'From the phone', 'nothing was written over');

  await alert.getByRole('button', { name: 'Keep the answers on this screen' }).click();
  await laptop.getByText(/^Saved at/).waitFor();
  assert.equal((await savedDraft(phone)).answers.given_name, 'From the laptop');

  // On the phone, the next change meets the laptop's save: this time the phone shows what is saved.
  await field(phone, 'Surname').fill('Yusuf');
  await phone.getByRole('alert').getByRole('button', { name: 'Show the saved answers' }).click();
  await heading(phone, 'About you').waitFor();
  await phone.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.value === 'From the laptop'));
  phone.assertClean();
  laptop.assertClean();
});

test('after closing the browser, the service opens on the page where the applicant left, with the date the draft is kept until', async () => {
  const { page } = await open();
  await fillAboutYou(page);
  await button(page, 'Next').click();
  await heading(page, 'Children').waitFor();
  await page.getByText(/^Saved at/).waitFor();
  const state = await page.context().storageState();
  await page.context().close();

  const context = await app.browser.newContext({ locale: 'en-GB', storageState: state });
  const again = await context.newPage();
  again.setDefaultTimeout(PATIENCE);
  await again.goto(`${app.server.url}/forms/household`);
  await heading(again, 'Children').waitFor();
  await again.getByRole('status').filter({ hasText: 'Welcome back. You are on the page where you left off, with all your answers.' }).waitFor();
  // R4: the household form is kept 48 hours after the last save.
  const { saved_at: savedAt, expires_at: expiresAt } = await savedDraft(again);
  assert.equal(Date.parse(expiresAt) - Date.parse(savedAt), 48 * HOUR);
  const shown = new Date(expiresAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
  await again.getByText(`Your draft is kept until ${shown}.`, { exact: false }).waitFor();
  await button(again, 'Back').click();
  assert.equal(await field(again, 'Given name').inputValue(), 'Amina');
  await context.close();
});

test('an expired draft is explained, not silently empty', async () => {
  const { page, email } = await open();
  await fillAboutYou(page);
  await page.getByText(/^Saved at/).waitFor();
  await advanceClock(new Client(app.server.url), 49 * HOUR);
  await page.goto(`${app.server.url}/sign-in?next=/forms/household`);
  await field(page, 'Email address or username').fill(email);
  await field(page, 'Password').fill('correct horse battery');
  await button(page, 'Sign in').click();
  await heading(page, 'About you').waitFor();
  await page.getByRole('status').filter({ hasText: /^Your earlier draft was deleted on \d+ \w+ 20\d\d.* because it had not been saved in time/ }).waitFor();
  assert.equal(await field(page, 'Given name').inputValue(), '', 'a new application');
  page.assertClean();
});

test('"Reset this service\'s saved data on this device" replaces clearing cookies and keeps the draft', async () => {
  const { page } = await open();
  await fillAboutYou(page);
  await page.getByText(/^Saved at/).waitFor();
  // Something broken left behind by an older version of the app.
  await page.evaluate(() => localStorage.setItem('blankett:unsaved:household', '{"format":0}'));
  await page.evaluate(() => localStorage.setItem('someone-else', 'kept'));
  await button(page, 'Reset this service\'s saved data on this device').click();
  await page.getByRole('status').filter({ hasText: 'This service\'s data on this device is removed. Your saved draft is still kept by the service.' }).waitFor();
  await heading(page, 'About you').waitFor();
  assert.equal(await field(page, 'Given name').inputValue(), 'Amina');
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ['someone-else'], 'only this service\'s data goes');
  page.assertClean();
});

test('a repeating group says the most that can be added, before and once it is reached, in either language', async () => {
  const { page } = await open();
  await fillAboutYou(page);
  await button(page, 'Next').click();
  await heading(page, 'Children').waitFor();
  const group = page.getByRole('group', { name: 'Your children', exact: true });
  await group.getByText('You can add at most 3.', { exact: true }).waitFor();
  for (let n = 1; n <= 3; n++) {
    await button(page, 'Add child').click();
    await page.getByRole('group', { name: `Child ${n}`, exact: true }).waitFor();
  }
  // Add is gone, and the words stay where it was.
  assert.equal(await button(page, 'Add child').count(), 0);
  await group.getByText('You can add at most 3.', { exact: true }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  // Another language keeps the page and every entry (it went back to the first page before).
  await page.getByRole('button', { name: 'Svenska', exact: true }).click();
  await heading(page, 'Barn').waitFor();
  assert.equal(await page.getByRole('group', { name: /^Barn \d$/ }).count(), 3);
  await page.getByRole('group', { name: 'Dina barn', exact: true }).getByText('Du kan lägga till högst 3.', { exact: true }).waitFor();
  page.assertClean();
});
