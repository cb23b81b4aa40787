// A form designer's loop (issue 22), in Chromium, through labels, roles and button names only:
// Preview opens a form as a test applicant without any sign-in step (and production has no
// preview); saving the form's file reaches the open preview by itself, with the answers kept, a
// mistake shown located, and the form back once it is put right; example answers and the page
// list reach the last page and the review in a few clicks; the overview of both sample forms
// says their conditions in words, in both languages, and prints. axe checks the banner and the
// overview. Nothing here waits a fixed time: each step waits for what a person would see.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, openPage, axeViolations, startServer, pdfText } from './harness.mjs';

const root = new URL('../../', import.meta.url).pathname;
const household = readFileSync(`${root}tests/fixtures/household.json`, 'utf8');

// A forms folder of this file's own: the sample forms, and a form this file edits.
const app = useApp({
  forms: () => {
    const forms = mkdtempSync(join(tmpdir(), 'blankett-preview-'));
    for (const name of ['visitor-visa', 'work-permit']) copyFileSync(`${root}forms/${name}.json`, join(forms, `${name}.json`));
    writeFileSync(join(forms, 'household.json'), household);
    return forms;
  },
});

/** The start page's entry of the form with this title. */
function entry(page, title) {
  return page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

/** Opens the preview of a form from the start page, as a designer does, and waits for its first page. */
async function openPreview(page, title, heading) {
  await page.goto(`${app.server.url}/?lang=en`);
  await entry(page, title).getByRole('link', { name: 'Preview', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
  return page.getByRole('complementary', { name: 'Preview' });
}

test('Preview opens a form as a test applicant, without signing in', async () => {
  const page = await openPage(app.browser);
  const visited = [];
  page.on('framenavigated', (frame) => frame === page.mainFrame() && visited.push(new URL(frame.url()).pathname));
  const banner = await openPreview(page, 'Household', 'About you');
  await banner.getByText('You are filling in this form as a test applicant, without signing in.').waitFor();
  assert.equal(visited[0], '/');
  assert.equal(visited.at(-1), '/forms/household');
  assert.deepEqual(visited.filter((path) => !['/', '/forms/household'].includes(path)), [], 'no sign-in page, no code, no account');
  // The real app on the real backend: a typed answer is saved as an applicant's is.
  await page.getByLabel('Given name', { exact: true }).fill('Ada');
  await page.getByText(/^Saved at /).waitFor();
  // The banner is the first landmark in the page, before the app's own.
  const landmarks = await page.evaluate(() => [...document.body.children].map((e) => e.tagName.toLowerCase()).filter((t) => ['aside', 'header', 'main', 'footer'].includes(t)));
  assert.deepEqual(landmarks, ['aside', 'header', 'main', 'footer']);
  assert.deepEqual(await axeViolations(page), []);
  page.assertClean();
});

test('production has no preview', async () => {
  const production = await startServer({ forms: app.forms, args: ['--mode', 'production'] });
  try {
    const page = await openPage(app.browser);
    await page.goto(`${production.url}/?lang=en`);
    await entry(page, 'Household').getByRole('link', { name: 'Overview', exact: true }).waitFor();
    assert.equal(await entry(page, 'Household').getByRole('link', { name: 'Preview' }).count(), 0);
    for (const path of ['/preview/household', '/preview.js']) {
      const response = await page.goto(`${production.url}${path}`);
      assert.equal(response.status(), 404, path);
    }
  } finally {
    await production.stop();
  }
});

test('saving the form file updates the open preview: answers kept, a mistake located, then fixed', async () => {
  const page = await openPage(app.browser);
  const file = join(app.forms, 'household.json');
  const banner = await openPreview(page, 'Household', 'About you');
  await page.getByLabel('Given name', { exact: true }).fill('Ada');
  await page.getByRole('group', { name: 'Do you have children?', exact: true }).getByRole('radio', { name: 'Yes', exact: true }).check();

  // An edit: a question gets a new label. The page follows by itself; nothing typed is lost.
  const renamed = household.replace('"en": "Surname"', '"en": "Family name"');
  assert.notEqual(renamed, household);
  writeFileSync(file, renamed);
  await page.getByLabel('Family name', { exact: true }).waitFor();
  await banner.getByRole('status').getByText("The form's file has changed. The new version is shown.").waitFor();
  assert.equal(await page.getByLabel('Given name', { exact: true }).inputValue(), 'Ada');
  assert.equal(await page.getByRole('group', { name: 'Do you have children?', exact: true }).getByRole('radio', { name: 'Yes', exact: true }).isChecked(), true);

  // A mistake: the page shows where it is, by file, line, column and field.
  const broken = renamed.replace('"type": "short_text"', '"type": "shorttext"');
  const lines = broken.split('\n');
  const line = lines.findIndex((l) => l.includes('"shorttext"'));
  const located = `household.json:${line + 1}:${lines[line].indexOf('"shorttext"') + 1}`;
  writeFileSync(file, broken);
  await page.getByRole('heading', { level: 1, name: 'This form has 1 error and cannot be shown' }).waitFor();
  await page.getByText(located, { exact: true }).waitFor();
  await page.getByText('pages[0].questions[0].type', { exact: true }).waitFor();
  await page.getByText('unknown value `shorttext`; did you mean `short_text`?').waitFor();
  assert.deepEqual(await axeViolations(page), []);

  // Put right: the preview is back, on the same page, with the answers.
  writeFileSync(file, renamed);
  await page.getByRole('heading', { level: 1, name: 'About you', exact: true }).waitFor();
  assert.equal(await page.getByLabel('Given name', { exact: true }).inputValue(), 'Ada');
  await page.getByLabel('Family name', { exact: true }).waitFor();
  writeFileSync(file, household);
  await page.getByLabel('Surname', { exact: true }).waitFor();
  page.assertClean();
});

test('example answers and the page list reach the last page and the review', async () => {
  const page = await openPage(app.browser);
  const banner = await openPreview(page, 'Application for a visitor visa', 'Personal details and passport');
  await banner.getByRole('button', { name: 'Fill every page with example answers', exact: true }).click();
  await banner.getByRole('status').getByText(/^\d+ answers filled in with examples\.$/).waitFor();
  assert.equal(await page.getByLabel('Given names', { exact: true }).inputValue(), 'Example');
  await banner.getByText('Go to a page', { exact: true }).click();
  await banner.getByRole('button', { name: 'Page 5: Declaration and submission', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Declaration and submission', exact: true }).waitFor();
  const declaration = page.getByRole('group', { name: 'Declaration', exact: true });
  assert.equal(await declaration.getByRole('checkbox', { name: /^I declare that the information/ }).isChecked(), true);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers', exact: true }).waitFor();
  await page.getByText('applicant@example.com').first().waitFor();
  // "This page" on a page of its own, after starting again as a new applicant.
  await banner.getByRole('button', { name: 'Start again as a new applicant', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Personal details and passport', exact: true }).waitFor();
  assert.equal(await page.getByLabel('Given names', { exact: true }).inputValue(), '');
  await banner.getByRole('button', { name: 'Fill this page with example answers', exact: true }).click();
  await banner.getByRole('status').getByText(/answers filled in with examples\.$/).waitFor();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Purpose of the visit', exact: true }).waitFor();
  page.assertClean();
});

test('the overview of both sample forms says their conditions in words, and prints', async () => {
  const page = await openPage(app.browser);
  await page.goto(`${app.server.url}/?lang=en`);
  await entry(page, 'Application for a visitor visa').getByRole('link', { name: 'Overview', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview: Application for a visitor visa' }).waitFor();
  await page.getByText('48 hours after the last change, then deleted').waitFor();
  await page.getByRole('heading', { level: 2, name: 'Page 3: Travel and accommodation' }).waitFor();
  const visited = page.getByRole('row', { name: /^Given names of the person you are visiting/ });
  await visited.getByRole('cell', { name: '“What is the main purpose of your trip?” is “Visiting family or friends”', exact: true }).waitFor();
  const host = page.getByRole('row', { name: /^Host's name/ });
  await host.getByRole('cell', { name: '“Where will you stay?” is “With a private person, for example the person I am visiting” and “What is the main purpose of your trip?” is not “Visiting family or friends”', exact: true }).waitFor();
  await page.getByRole('row', { name: /^Planned date of departure/ }).getByText('After the date in “Planned date of arrival”').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  page.assertClean();

  await page.goto(`${app.server.url}/?lang=en`);
  await entry(page, 'Application for a work permit').getByRole('link', { name: 'Overview', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview: Application for a work permit' }).waitFor();
  await page.getByText('30 days after the last change, then deleted').waitFor();
  const spouse = page.getByRole('region', { name: 'Page 5: Spouse or partner' });
  await spouse
    .getByText('Shown only when “Are family members applying together with you?” is Yes and “Is your spouse or partner one of those applying with you?” is Yes. Otherwise the page is skipped.')
    .waitFor();
  await page.getByRole('row', { name: /^Personal identity number or coordination number/ }).getByText('“Do you have a Swedish personal identity number or coordination number?” is Yes').waitFor();
  assert.deepEqual(await axeViolations(page), []);

  // In Swedish, the form's other language.
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Svenska' }).click();
  await page.getByRole('heading', { level: 1, name: 'Översikt: Ansökan om arbetstillstånd' }).waitFor();
  await page
    .getByRole('region', { name: 'Sida 5: Make, maka eller sambo' })
    .getByText('Visas bara när ”Ansöker familjemedlemmar tillsammans med dig?” är Ja och ”Är din make, maka eller sambo en av dem som ansöker med dig?” är Ja. Annars hoppas sidan över.')
    .waitFor();
  assert.deepEqual(await axeViolations(page), []);

  // Printed: the text of every page, without the page's controls.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('navigation', { name: 'Språk' }).isVisible(), false);
  const sheets = await pdfText(await page.pdf({ format: 'A4' }));
  const printed = sheets.join(' ');
  assert.ok(sheets.length > 1, `${sheets.length} sheets`);
  assert.match(printed, /Make, maka eller sambo/);
  assert.match(printed, /Dokument och övrig information/);
  page.assertClean();
});
