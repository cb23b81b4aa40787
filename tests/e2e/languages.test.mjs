// Issue 19: the applicant's own language. A whole form walked in Arabic and in Persian, from the
// sign-in page to the receipt, through labels and roles in those languages, with digits typed as
// an Arabic or Persian phone keyboard types them; no English word on any screen outside what the
// applicant typed; axe on every screen; screenshots of a page, the error state, the warning
// dialog and the review (written to the temporary folder, named in the test's output).
//
// The words the test looks for are read from the catalogs a translator edits (catalogs/*.ftl and
// catalogs/pages/*.ftl), so a corrected translation does not break the test, and a missing one
// does: the engine would show the English.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { useApp, fixtureForms, openPage, axeViolations, newAccount, PASSWORD } from './harness.mjs';
import { Client, advanceClock } from '../conformance/backend.mjs';

const app = useApp({ forms: () => fixtureForms('residence') });
const root = new URL('../../', import.meta.url);

/** The one-line messages of a catalog without placeholders, by key. */
function catalog(path) {
  const messages = {};
  for (const line of readFileSync(new URL(path, root), 'utf8').split('\n')) {
    const found = line.match(/^([a-z][a-z0-9-]*) = ([^{]+)$/);
    if (found) messages[found[1]] = found[2].trim();
  }
  return messages;
}

/** Each language's words, and what an applicant reading it types and chooses. */
const applicants = {
  ar: {
    words: { ...catalog('catalogs/pages/ar.ftl'), ...catalog('catalogs/ar.ftl') },
    name: 'ليلى', day: '٢٣', month: '٤', year: '١٩٩٠', children: '٢', sweden: 'السويد',
    form: { about: 'عنك', givenName: 'الاسم الأول', birth: 'تاريخ الميلاد', citizenship: 'الجنسية', family: 'العائلة', hasChildren: 'هل لديك أطفال؟', howMany: 'كم عدد أطفالك؟', contact: 'التواصل', email: 'البريد الإلكتروني' },
  },
  fa: {
    words: { ...catalog('catalogs/pages/fa.ftl'), ...catalog('catalogs/fa.ftl') },
    name: 'مریم', day: '۲۳', month: '۴', year: '۱۹۹۰', children: '۲', sweden: 'سوئد',
    form: { about: 'درباره شما', givenName: 'نام', birth: 'تاریخ تولد', citizenship: 'تابعیت', family: 'خانواده', hasChildren: 'آیا فرزند دارید؟', howMany: 'چند فرزند دارید؟', contact: 'تماس', email: 'ایمیل' },
  },
};

/**
 * Latin-letter words on the screen, in its title and in its labels for screen readers, that are
 * not allowed there. Allowed: the product's and providers' names, languages named in themselves,
 * file types and units, the Swedish words an applicant meets on the agency's letters (which the
 * translations give beside their own), the BankID app's button as that app shows it, and what the
 * applicant typed.
 */
const ALLOWED = new Set([
  'Blankett', 'BankID', 'Mobilt', 'Mobile', 'Telia', 'SITHS', 'Efos', 'Net', 'iD', 'Freja',
  'Svenska', 'English', 'Soomaali',
  'BL', 'PDF', 'JPEG', 'PNG', 'MB', 'KB', 'UTC', 'YYYYMMDD', 'NNNN', 'TLS', 'SSL', 'PC', 'Mac', 'F5', 'Command', 'Shift',
  'personnummer', 'samordningsnummer', 'folkbokföring', 'Skatteverket', 'kommun', 'landsting', 'region',
  'Identify', 'Identifiera',
]);
async function englishOn(page, typed = []) {
  const text = await page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label], [alt], [title]')].map((e) => [e.getAttribute('aria-label'), e.getAttribute('alt'), e.getAttribute('title')].join(' '));
    return [document.title, document.body.innerText, ...labels].join(' ');
  });
  const allowed = new Set([...ALLOWED, ...typed.flatMap((t) => t.match(/[A-Za-z]+/g) ?? [])]);
  return [...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])].filter((word) => !allowed.has(word));
}

async function screen(page, what, typed) {
  assert.deepEqual(await englishOn(page, typed), [], `no English on ${what}`);
  assert.deepEqual(await axeViolations(page), [], `axe on ${what}`);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl', `${what} is laid out right to left`);
}

async function shot(page, name) {
  const path = `${tmpdir()}/blankett-${name}.png`;
  await page.screenshot({ path, fullPage: true });
  console.log(`screenshot: ${path}`);
}

/** Signs in on the backend's sign-in page in `lang`, as a person reading it does. */
async function signIn(page, lang, next) {
  const { words } = applicants[lang];
  const email = await newAccount(app.server.url);
  await page.goto(`${app.server.url}/sign-in?lang=${lang}&next=${encodeURIComponent(next)}`);
  await page.getByRole('heading', { level: 1, name: words['sign-in-title'] }).waitFor();
  await screen(page, `the sign-in page in ${lang}`);
  if (lang === 'ar') await shot(page, 'ar-sign-in');
  await page.getByLabel(words['email-or-username-label'], { exact: true }).fill(email);
  await page.getByLabel(words['password-label'], { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: words['sign-in-button'], exact: true }).click();
  return email;
}

for (const lang of ['ar', 'fa']) {
  test(`a whole form in ${lang === 'ar' ? 'Arabic' : 'Persian'}, from signing in to the receipt`, async () => {
    const { words, form, ...typed } = applicants[lang];
    const page = await openPage(app.browser);
    const heading = (name) => page.getByRole('heading', { level: 1, name, exact: true });
    const next = () => page.getByRole('button', { name: words.next, exact: true }).click();
    const asked = [];
    page.on('request', (request) => request.method() === 'GET' && asked.push(new URL(request.url()).pathname));
    await signIn(page, lang, '/forms/residence');
    await heading(form.about).waitFor();
    await page.getByRole('button', { name: words.next, exact: true }).waitFor();
    // The form, the drafts and the catalog were fetched once each: the page's early requests
    // (Link: rel=preload) are the ones the app uses, made while its code downloads.
    for (const path of ['/api/forms/residence', '/api/applications']) {
      assert.equal(asked.filter((p) => p === path).length, 1, `${path} once: ${asked.join(' ')}`);
    }
    assert.equal(asked.filter((p) => p.startsWith('/catalogs/')).length, 1, asked.join(' '));
    await screen(page, 'the first page');
    if (lang === 'ar') await shot(page, 'ar-page');

    // Next on the empty page: the error summary and each question's message, in the language.
    await next();
    const summary = page.getByRole('alert').filter({ hasText: words['error-summary-title'] });
    await summary.waitFor();
    await summary.getByRole('link', { name: words.required }).first().waitFor();
    await screen(page, 'the error state');
    if (lang === 'ar') await shot(page, 'ar-errors');

    await page.getByLabel(form.givenName, { exact: true }).fill(typed.name);
    const birth = page.getByRole('group', { name: form.birth, exact: true });
    await birth.getByLabel(words.day, { exact: true }).fill(typed.day);
    await birth.getByLabel(words.month, { exact: true }).fill(typed.month);
    await birth.getByLabel(words.year, { exact: true }).fill(typed.year);
    await page.getByLabel(form.citizenship, { exact: true }).selectOption({ label: typed.sweden });
    await next();

    await heading(form.family).waitFor();
    await page.getByRole('group', { name: form.hasChildren }).getByLabel(words.yes, { exact: true }).check();
    await page.getByLabel(form.howMany, { exact: true }).fill(typed.children);
    // The switch names each of the form's languages in itself and keeps every answer.
    const other = lang === 'ar' ? { name: 'فارسی', heading: applicants.fa.form.family, back: 'العربية' } : { name: 'العربية', heading: applicants.ar.form.family, back: 'فارسی' };
    await page.getByRole('button', { name: other.name, exact: true }).click();
    await heading(other.heading).waitFor();
    await page.getByRole('button', { name: other.back, exact: true }).click();
    await heading(form.family).waitFor();
    assert.equal(await page.getByLabel(form.howMany, { exact: true }).inputValue(), typed.children, 'the answer is kept as typed');
    assert.equal(await page.getByRole('group', { name: form.hasChildren }).getByLabel(words.yes, { exact: true }).isChecked(), true);
    await next();

    await heading(form.contact).waitFor();
    const email = `${lang}-applicant@example.com`;
    await page.getByLabel(form.email, { exact: true }).fill(email);
    await next();

    await heading(words['check-answers']).waitFor();
    await page.getByRole('button', { name: words.confirm, exact: true }).waitFor();
    await screen(page, 'the review', [email]);
    if (lang === 'ar') await shot(page, 'ar-review');
    // What was typed with Arabic or Persian digits was saved as a number and a date.
    const { applications } = await page.evaluate(async () => (await fetch('/api/applications')).json());
    const { answers } = applications.find((a) => a.form_id === 'residence');
    assert.equal(answers.children_count, '2');
    assert.equal(answers.date_of_birth, '1990-04-23');

    await page.getByLabel(words['declaration-default'], { exact: true }).check();
    await page.getByRole('button', { name: words.confirm, exact: true }).click();
    await heading(words['receipt-title']).waitFor();
    const reference = (await page.locator('.reference').textContent()).trim();
    assert.match(reference, /^BL-\d{4}-\d{4}-\d{4}$/);
    await screen(page, 'the receipt', [email]);
    if (lang === 'ar') await shot(page, 'ar-receipt');
    // The printed application is laid out right to left too.
    await page.emulateMedia({ media: 'print' });
    if (lang === 'ar') await shot(page, 'ar-print');
    assert.equal(await page.getByRole('button', { name: words.print }).isVisible(), false, 'no buttons on paper');
    await page.emulateMedia({ media: 'screen' });

    // The pages around the forms: support, and checking an application without signing in.
    await page.goto(`${app.server.url}/support?lang=${lang}`);
    await heading(words['support-title']).waitFor();
    await screen(page, 'the support page');
    await page.goto(`${app.server.url}/status?lang=${lang}`);
    await heading(words['status-title']).waitFor();
    await page.getByRole('button', { name: words['check-button'], exact: true }).click();
    await page.getByRole('alert').filter({ hasText: words['enter-reference'] }).waitFor();
    await screen(page, 'the status check with its errors');
    page.assertClean();
  });
}

test('the warning before the page time runs out, in Arabic', async () => {
  const { words, form } = applicants.ar;
  const page = await openPage(app.browser);
  await page.clock.install();
  await signIn(page, 'ar', '/forms/residence');
  await page.getByRole('heading', { level: 1, name: form.about, exact: true }).waitFor();
  // The form's pages have 30 minutes; the warning comes two minutes before the end.
  const ms = 28 * 60_000 + 1000;
  await advanceClock(new Client(app.server.url), ms);
  await page.clock.fastForward(ms);
  const dialog = page.getByRole('dialog', { name: words['page-time-warning-title'] });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: words['more-time'], exact: true }).waitFor();
  await screen(page, 'the warning dialog');
  await shot(page, 'ar-dialog');
  await dialog.getByRole('button', { name: words['more-time'], exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  page.assertClean();
});
