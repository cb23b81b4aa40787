// What a form designer sees: every form in the forms folder is listed, a schema file with a
// mistake is shown with its located issue instead of a blank page (and the rest keeps working),
// and a right-to-left language is laid out right to left.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, openPage, axeViolations, signIn } from './harness.mjs';

const root = new URL('../../', import.meta.url).pathname;
// A forms folder of this file's own: two good forms and two with mistakes.
const app = useApp({
  forms: () => {
    const forms = mkdtempSync(join(tmpdir(), 'blankett-designer-'));
    copyFileSync(`${root}tests/fixtures/household.json`, join(forms, 'household.json'));
    copyFileSync(`${root}tests/fixtures/rtl-greeting.json`, join(forms, 'rtl-greeting.json'));
    copyFileSync(`${root}tests/schemas/broken/15-unknown-type-typo.json`, join(forms, 'typo.json'));
    copyFileSync(`${root}tests/schemas/broken/01-trailing-comma-object.json`, join(forms, 'comma.json'));
    return forms;
  },
});

test('the gallery lists every form and marks the ones with mistakes', async () => {
  const page = await openPage(app.browser);
  await page.goto(app.server.url);
  await page.getByRole('link', { name: 'Household' }).waitFor();
  await page.getByRole('link', { name: 'Test form' }).waitFor();
  // A file that cannot be read is listed by its file name, with its issue count.
  const typo = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'typo.json' }) });
  await typo.getByText('This form has 1 error and cannot be shown').waitFor();
  page.assertClean();
});

test('a schema mistake is shown located, and the rest of the app keeps working', async () => {
  const page = await openPage(app.browser);
  // Signed in, so that a good form opens at the end.
  await signIn(page, app.server.url, '/');
  await page.getByRole('link', { name: 'typo.json' }).click();
  await page.getByRole('heading', { level: 1, name: 'This form has 1 error and cannot be shown' }).waitFor();
  await page.getByText('typo.json:11:32').waitFor();
  await page.getByText('pages[0].questions[0].type', { exact: true }).waitFor();
  await page.getByText('unknown value `shorttext`; did you mean `short_text`?').waitFor();
  assert.match(await page.title(), /^Error: /);
  assert.deepEqual(await axeViolations(page), []);

  // A JSON syntax error too.
  await page.goto(`${app.server.url}/forms/comma`);
  await page.getByText('comma.json:', { exact: false }).first().waitFor();
  await page.getByText(/expected a field name in double quotes/).waitFor();

  // And the other forms still open.
  await page.getByRole('link', { name: 'To all applications' }).click();
  await page.getByRole('link', { name: 'Household' }).click();
  await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
  page.assertClean();
});

test('a right-to-left language lays the page out right to left', async () => {
  const page = await openPage(app.browser);
  await signIn(page, app.server.url, '/forms/rtl-greeting');
  await page.getByRole('heading', { level: 1, name: 'Name' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');
  // The switch names each language in itself.
  await page.getByRole('button', { name: 'العربية' }).click();
  await page.getByRole('heading', { level: 1, name: 'الاسم' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
  await page.getByLabel('الاسم الأول').fill('ليلى');
  // The country list comes in the applicant's language too, from the browser's own names.
  const country = page.getByLabel('بلد الميلاد');
  await country.selectOption({ label: 'السويد' });
  assert.equal(await country.inputValue(), 'SE');
  // Laid out right to left: the label's right edge is at the right of the page.
  const label = await page.getByText('الاسم الأول', { exact: true }).boundingBox();
  const main = await page.getByRole('main').boundingBox();
  assert.ok(label.x + label.width > main.x + main.width * 0.6, 'the label is on the right');
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: `${tmpdir()}/blankett-rtl.png` });
  page.assertClean();
});
