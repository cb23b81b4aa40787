// Time limits in a real browser (issue 5): the page's countdown with its warning and More time,
// the end of a page's time (answers saved first, then signed out, then back on the same page),
// a reload that keeps the remaining time, two tabs in step, and the inactivity limit. Minutes pass
// on both clocks at once: Playwright's clock for the browser, the test clock for the backend.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, openPage, axeViolations, signIn, PASSWORD, PATIENCE } from './harness.mjs';
import { Client, advanceClock } from '../conformance/backend.mjs';

const root = new URL('../../', import.meta.url).pathname;
const app = useApp({
  forms: () => {
    const forms = mkdtempSync(join(tmpdir(), 'blankett-timed-'));
    // Page "Your name" has 5 minutes, page "Your trip" the form's 60.
    copyFileSync(`${root}tests/fixtures/timed.json`, join(forms, 'timed.json'));
    return forms;
  },
});

const MINUTE = 60_000;

/** Signs in as a new applicant with the browser's clock under the test's control. */
async function openTimed() {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await page.clock.install();
  const email = await signIn(page, app.server.url, '/forms/timed');
  await page.getByRole('heading', { level: 1, name: 'Your name', exact: true }).waitFor();
  return { page, email };
}

/** Lets `ms` pass for the backend and the browser alike. */
async function pass(page, ms) {
  await advanceClock(new Client(app.server.url), ms);
  await page.clock.fastForward(ms);
}

const countdown = (page) => page.getByText(/^Time left on this page:/);

/**
 * The countdown shows about `seconds` (within 3 s: the browser's and the backend's clocks are
 * read a moment apart, and the backend's Date header has whole seconds).
 */
async function expectTimeLeft(page, seconds) {
  const text = await countdown(page).textContent();
  const [, minutes, rest] = text.match(/Time left on this page: (\d+):(\d\d)$/) ?? [];
  const shown = Number(minutes) * 60 + Number(rest);
  assert.ok(Math.abs(shown - seconds) <= 3, `expected about ${seconds} s left, the page shows "${text}"`);
}
const warning = (page, name = 'Your time on this page is running out') => page.getByRole('dialog', { name });

test('the countdown warns before the end; Escape or More time gives the full time again, ten times', async () => {
  const { page } = await openTimed();
  await expectTimeLeft(page, 300);
  const name = page.getByLabel('Given name', { exact: true });
  await name.fill('Ada');

  await pass(page, 3 * MINUTE + 1000);
  const dialog = warning(page);
  await dialog.waitFor();
  // Focus is in the dialog, on its one button; a screen reader hears the time through the
  // dialog's own live region (the page behind it is inert).
  await page.waitForFunction(() => document.activeElement?.textContent === 'More time');
  await dialog.getByRole('status').filter({ hasText: '2 minutes left on this page' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'no violations with the warning open');

  // Each time is given once the backend has given it too: a pass of time that overtakes the
  // request would have the backend extend from a later moment, and the page rightly follow it.
  const extended = () => page.waitForResponse((response) => response.url().endsWith('/extend'));
  await Promise.all([extended(), page.keyboard.press('Escape')]);
  await dialog.waitFor({ state: 'hidden' });
  // Focus returns to where it was.
  await page.waitForFunction((field) => field === document.activeElement, await name.elementHandle());
  await expectTimeLeft(page, 300);

  for (let round = 2; round <= 10; round++) {
    await pass(page, 3 * MINUTE + 1000);
    await Promise.all([extended(), dialog.getByRole('button', { name: 'More time', exact: true }).click()]);
    await dialog.waitFor({ state: 'hidden' });
  }
  // The eleventh warning can only be closed, and says so.
  await pass(page, 3 * MINUTE + 1000);
  await dialog.getByText('This page cannot get more time.', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await name.inputValue(), 'Ada');
  page.assertClean();
});

test('when the time runs out the answers are saved first; signing in again returns to them', async () => {
  const { page, email } = await openTimed();
  await page.getByLabel('Given name', { exact: true }).fill('Ada');
  // Something this service kept in the browser, to see that signing out removes it.
  await page.evaluate(() => localStorage.setItem('blankett:answers', 'Ada'));

  // Straight past the end, as after a sleeping laptop: the typed answer was never saved.
  await pass(page, 5 * MINUTE + 1000);
  await page.getByRole('heading', { level: 1, name: 'You have been signed out', exact: true }).waitFor();
  await page.getByText('Your time on the page ran out.', { exact: true }).waitFor();
  // In the applicant's own way of writing dates (en-GB here: day, month, year).
  await page.getByText(/^Your answers are saved and kept until \d+ \w+ 20\d\d/).waitFor();
  assert.equal(await page.title(), 'You have been signed out');
  assert.equal(await page.getByRole('button', { name: 'Sign out', exact: true }).count(), 0, 'nothing left to sign out of');
  assert.equal(await page.evaluate(() => localStorage.getItem('blankett:answers')), null, 'personal data is removed');
  assert.equal(await page.evaluate(() => fetch('/api/sessions/current').then(async (r) => (await r.text(), r.status))), 401, 'the session has ended');
  assert.deepEqual(await axeViolations(page), []);

  await page.getByRole('link', { name: 'Sign in again to continue on the same page', exact: true }).click();
  await page.getByLabel('Email address or username', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Your name', exact: true }).waitFor();
  assert.equal(await page.getByLabel('Given name', { exact: true }).inputValue(), 'Ada');
  await expectTimeLeft(page, 300);
  page.assertClean();
});

test('a reload keeps the remaining time, because the deadline is the backend\'s', async () => {
  const { page } = await openTimed();
  await pass(page, 2 * MINUTE);
  await expectTimeLeft(page, 180);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Your name', exact: true }).waitFor();
  await expectTimeLeft(page, 180);
  page.assertClean();
});

test('a second tab waits while the first edits; taking over brings the time along, and signing out in one signs out both', async () => {
  const { page: first } = await openTimed();
  const second = await first.context().newPage();
  second.setDefaultTimeout(PATIENCE);
  await second.goto(`${app.server.url}/forms/timed`);
  await second.getByText(/^This application is open in another tab or window\./).waitFor();
  assert.equal(await second.getByRole('heading', { level: 1, name: 'Your name' }).isVisible(), false, 'one editor at a time');

  await pass(first, 3 * MINUTE + 1000);
  await warning(first).waitFor();
  await Promise.all([
    first.waitForResponse((response) => response.url().endsWith('/extend')),
    warning(first).getByRole('button', { name: 'More time', exact: true }).click(),
  ]);
  await warning(first).waitFor({ state: 'hidden' });
  assert.equal(await warning(second).isVisible(), false, 'the waiting tab keeps no clock of its own');

  await second.getByRole('button', { name: 'Edit here instead', exact: true }).click();
  await second.getByRole('heading', { level: 1, name: 'Your name', exact: true }).waitFor();
  await expectTimeLeft(second, 300);
  await first.getByText(/^You continued this application in another tab or window\./).waitFor();

  await second.getByRole('button', { name: 'Sign out', exact: true }).click();
  await first.getByRole('heading', { level: 1, name: 'You have been signed out', exact: true }).waitFor();
  await first.getByText('You signed out in another window.', { exact: true }).waitFor();
  first.assertClean();
});

test('30 minutes without a click sign the applicant out, with a warning first', async () => {
  const { page } = await openTimed();
  await page.getByLabel('Given name', { exact: true }).fill('Ada');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Your trip', exact: true }).waitFor();
  await page.getByLabel('Purpose of the trip (optional)', { exact: true }).fill('A conference');

  // Typing is not activity (R10); only the page's 60 minutes are still far away.
  await pass(page, 28 * MINUTE + 1000);
  const dialog = warning(page, 'You will soon be signed out');
  await dialog.waitFor();
  await dialog.getByRole('status').filter({ hasText: 'You will be signed out in 2 minutes' }).waitFor();
  await dialog.getByRole('button', { name: 'Stay signed in', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });

  await pass(page, 30 * MINUTE + 1000);
  await page.getByRole('heading', { level: 1, name: 'You have been signed out', exact: true }).waitFor();
  await page.getByText('You had not used the service for 30 minutes.', { exact: true }).waitFor();
  await page.getByText(/^Your answers are saved and kept until/).waitFor();
  page.assertClean();
});
