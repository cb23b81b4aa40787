// Issue 7: the end of an application. "Check your answers" lists every answer with a Change
// button that returns to it; the application prints as a PDF whose text holds the answers; Confirm
// needs the declaration, happens once however often it is pressed, and gives a receipt; after
// that every page is only viewed, and the backend refuses changes whatever the browser sends.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, fixtureForms, openPage, axeViolations, signIn, pdfText, PATIENCE } from './harness.mjs';
import { Client, mailsTo } from '../conformance/backend.mjs';

const app = useApp({ forms: () => fixtureForms('household') });

const heading = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });
const field = (page, label) => page.getByLabel(label, { exact: true });
const button = (page, name) => page.getByRole('button', { name, exact: true });
/** The answer shown beside a question on the summary: the <dd> after its <dt>. */
const answerTo = (page, question) =>
  page.locator('dt', { hasText: new RegExp(`^${question.replace(/[?()]/g, '\\$&')}$`) }).locator('xpath=following-sibling::dd[1]');

async function fillHousehold(page) {
  await field(page, 'Given name').fill('Amina');
  await field(page, 'Surname').fill('Yusuf');
  await page.getByRole('group', { name: 'Do you have children?' }).getByLabel('Yes', { exact: true }).check();
  await field(page, 'How many children?').fill('1');
  await button(page, 'Next').click();
  await heading(page, 'Children').waitFor();
  await button(page, 'Add child').click();
  await field(page, 'Name').fill('Bo');
  await button(page, 'Next').click();
  await heading(page, 'The end').waitFor();
  await button(page, 'Next').click();
  await heading(page, 'Check your answers').waitFor();
}

async function start() {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  const email = await signIn(page, app.server.url, '/forms/household');
  await heading(page, 'About you').waitFor();
  await fillHousehold(page);
  return { page, email };
}

test('Check your answers lists every answer; Change goes to the question and Next comes back', async () => {
  const { page } = await start();
  assert.equal((await answerTo(page, 'Given name').innerText()).trim(), 'Amina');
  assert.equal((await answerTo(page, 'Do you have children?').innerText()).trim(), 'Yes');
  assert.equal((await answerTo(page, 'Child 1: Name').innerText()).trim(), 'Bo', 'a repeating group is listed entry by entry');
  assert.equal((await answerTo(page, 'Email').innerText()).trim(), 'Not answered');
  assert.deepEqual(await axeViolations(page), [], 'the check-answers page');

  await button(page, 'Change Surname').click();
  await heading(page, 'About you').waitFor();
  // Focus moves once the page is drawn: wait for it, as a person's next keystroke would.
  await page.waitForFunction(() => document.activeElement?.labels?.[0]?.textContent === 'Surname');
  await field(page, 'Surname').fill('Okafor');
  await button(page, 'Next').click();
  await heading(page, 'Check your answers').waitFor();
  assert.equal((await answerTo(page, 'Surname').innerText()).trim(), 'Okafor', 'back on the review, not on the next page');

  // A change that hides a page: its answers leave the summary.
  await button(page, 'Change Do you have children?').click();
  await page.getByRole('group', { name: 'Do you have children?' }).getByLabel('No', { exact: true }).check();
  await button(page, 'Next').click();
  await heading(page, 'Check your answers').waitFor();
  assert.equal(await page.locator('dt', { hasText: 'Child 1: Name' }).count(), 0);
  // Shown again, the page's answers are there again (kept while hidden, and still complete).
  await button(page, 'Change Do you have children?').click();
  await page.getByRole('group', { name: 'Do you have children?' }).getByLabel('Yes', { exact: true }).check();
  await button(page, 'Next').click();
  await heading(page, 'Check your answers').waitFor();
  assert.equal((await answerTo(page, 'Child 1: Name').innerText()).trim(), 'Bo');

  // A reload keeps the applicant on the review.
  await page.waitForFunction(() => !document.body.innerText.includes('Saving'));
  await page.reload();
  await heading(page, 'Check your answers').waitFor();
  page.assertClean();
});

test('the application prints: Print calls the browser, and the PDF holds the answers as text', async () => {
  const { page } = await start();
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => { window.printed += 1; };
  });
  await button(page, 'Print').click();
  assert.equal(await page.evaluate(() => window.printed), 1);

  const sheets = await pdfText(await page.pdf({ format: 'A4' }));
  const all = sheets.join('\n');
  for (const text of ['Household', 'Printed', 'Amina', 'Yusuf', 'Not sent: a draft to check', 'Child 1: Name', 'Bo']) {
    assert.ok(all.includes(text), `the PDF holds "${text}":\n${all}`);
  }
  for (const text of ['Change Surname', 'Time left', 'Sign out', 'Confirm and send', 'Next']) {
    assert.ok(!all.includes(text), `the PDF has no "${text}"`);
  }
  const sheetOf = (text) => sheets.findIndex((sheet) => sheet.includes(text));
  assert.ok(sheetOf('Child 1: Name') > sheetOf('Given name'), 'each page of the form starts on a new sheet');
  page.assertClean();
});

test('Confirm needs the declaration, a double click sends once, and the receipt has the reference', async () => {
  const { page, email } = await start();
  const confirms = [];
  page.on('request', (request) => request.url().endsWith('/confirm') && confirms.push(request.method()));

  await button(page, 'Confirm and send').click();
  await page.getByText('Tick the box to confirm that the information is correct').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'declaration');
  assert.deepEqual(await axeViolations(page), [], 'the declaration error');
  assert.deepEqual(confirms, [], 'nothing sent');

  await page.getByLabel('I confirm that the information I have given is correct and complete.').check();
  await button(page, 'Confirm and send').dblclick();
  await heading(page, 'Application sent').waitFor();
  const reference = (await page.locator('strong', { hasText: /^BL-/ }).innerText()).trim();
  assert.match(reference, /^BL-\d{4}-\d{4}-\d{4}$/);
  await page.getByText('We have sent a confirmation to your email address.').waitFor();
  assert.deepEqual(confirms, ['POST'], 'one confirmation request');
  const mails = (await mailsTo(new Client(app.server.url), email)).filter((mail) => mail.body.includes(reference));
  assert.equal(mails.length, 1, 'one confirmation mail');
  assert.match(await page.title(), /^Application sent – Household$/);
  assert.deepEqual(await axeViolations(page), [], 'the receipt');

  // Only viewed from now on: answers as text, no inputs, no countdown; after a reload and after
  // the browser's Back too.
  const readOnly = async (when) => {
    for (const role of ['textbox', 'checkbox', 'radio', 'combobox', 'spinbutton']) {
      assert.equal(await page.getByRole(role).count(), 0, `${when}: no ${role}`);
    }
    assert.equal(await page.getByText(/Time left/).count(), 0, `${when}: no countdown`);
    assert.equal((await answerTo(page, 'Surname').innerText()).trim(), 'Yusuf', `${when}: the answers as text`);
  };
  await readOnly('after confirming');
  // Back: once the app has handled it (its listener runs first, then this one's task), the
  // receipt is what is shown, never the form.
  await page.evaluate(() => {
    window.backHandled = new Promise((resolve) => addEventListener('popstate', () => setTimeout(resolve, 0), { once: true }));
  });
  await page.goBack();
  await page.evaluate(() => window.backHandled);
  await heading(page, 'Application sent').waitFor();
  await readOnly('after Back');
  await page.reload();
  await heading(page, 'Application sent').waitFor();
  assert.equal((await page.locator('strong', { hasText: /^BL-/ }).innerText()).trim(), reference);
  await readOnly('after a reload');

  const sheets = await pdfText(await page.pdf({ format: 'A4' }));
  assert.ok(sheets.join('\n').includes(reference), 'the printed application has the reference number');

  // A tampered browser: a direct write is refused, and the answers stay.
  const refused = await page.evaluate(async () => {
    const { applications } = await fetch('/api/applications').then((r) => r.json());
    const [application] = applications;
    const put = await fetch(`/api/applications/${application.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'blankett-client': '1', 'if-match': `"${application.version}"` },
      body: JSON.stringify({ answers: { surname: 'Changed' }, page: 0 }),
    });
    const after = await fetch(`/api/applications/${application.id}`).then((r) => r.json());
    return [put.status, after.answers.surname];
  });
  assert.deepEqual(refused, [409, 'Yusuf']);
  page.problems.splice(0);
});

test('a Confirm that cannot reach the server says what to do, keeps the answers, and Try again sends it once', async () => {
  const { page } = await start();
  await page.getByLabel('I confirm that the information I have given is correct and complete.').check();
  await page.route('**/confirm', (route) => route.abort('internetdisconnected'));
  await button(page, 'Confirm and send').click();
  const alert = page.getByRole('alert');
  await alert.getByText('The service could not be reached. Check your internet connection and try again. What you have written is kept.').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the failed confirmation');
  assert.equal((await answerTo(page, 'Surname').innerText()).trim(), 'Yusuf', 'the answers are still on the page');

  await page.unroute('**/confirm');
  const confirms = [];
  page.on('request', (request) => request.url().endsWith('/confirm') && confirms.push(request.method()));
  await alert.getByRole('button', { name: 'Try again', exact: true }).click();
  await heading(page, 'Application sent').waitFor();
  assert.match((await page.locator('strong', { hasText: /^BL-/ }).innerText()).trim(), /^BL-\d{4}-\d{4}-\d{4}$/);
  assert.deepEqual(confirms, ['POST'], 'Try again sent one confirmation');
  assert.equal(await page.getByRole('alert').count(), 0, 'the notice is gone');
  // The aborted confirmation is what this test did; anything else is a problem.
  page.problems.splice(0, page.problems.length, ...page.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')));
  page.assertClean();
});
