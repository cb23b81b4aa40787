// Issue 16, done when: in a real browser, in Swedish and English, checking an application without
// signing in (found, not found, decided, too many tries), the support page with the contacts of
// the deployment's service file, and "Did this page help you?" (Yes; No with a comment) on the
// server's pages and in the app, with the export the people who improve the pages read; axe
// finds nothing on each.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, openPage, axeViolations, signIn, PATIENCE } from './harness.mjs';
import { Client, applicant, completeApplication } from '../conformance/backend.mjs';

const root = new URL('../../', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'blankett-support-'));
const service = join(folder, 'service.toml');
// Not the example file's values, so that the page shows what this file says.
writeFileSync(service, `time_zone = "Europe/Stockholm"
[support]
phone = "+46 771-000 111"
email = "help@agency.example"
hours = [{ days = "monday-thursday", opens = "08:30", closes = "16:00" }, { days = "friday", opens = "08:30", closes = "12:00" }]
`);
const forms = join(folder, 'forms');

const app = useApp({
  forms: () => {
    execFileSync('mkdir', ['-p', forms]);
    for (const name of ['with-documents', 'timed']) copyFileSync(`${root}tests/fixtures/${name}.json`, join(forms, `${name}.json`));
    return forms;
  },
  args: ['--service-config', service],
});

const words = {
  en: {
    check: 'Check your application without signing in', reference: 'Reference number', birth: 'Your date of birth', day: 'Day', month: 'Month', year: 'Year',
    button: 'Check the application', result: 'Your application', registered: (ref) => `Application ${ref} is registered.`,
    undecided: 'No decision has been made yet.', decided: 'A decision was made on', notFound: 'We found no application with this reference number',
    tooMany: 'You have tried many times. To protect the applications, try again at ', separator: ':', problem: 'There is a problem',
    enterReference: 'Enter the reference number', help: 'Help and support', helped: 'Did this page help you?', yes: 'Yes', no: 'No',
    thanks: 'Thank you for helping us improve the website!', comment: 'How can we make this page better? (optional)', send: 'Send',
  },
  sv: {
    check: 'Kontrollera din ansökan utan att logga in', reference: 'Referensnummer', birth: 'Ditt födelsedatum', day: 'Dag', month: 'Månad', year: 'År',
    button: 'Kontrollera ansökan', result: 'Din ansökan', registered: (ref) => `Ansökan ${ref} är registrerad.`,
    undecided: 'Inget beslut har fattats ännu.', decided: 'Ett beslut har fattats i ärendet den', notFound: 'Vi hittade ingen ansökan med det referensnumret',
    tooMany: 'Du har försökt många gånger. För att skydda ansökningarna kan du försöka igen kl. ', separator: '.', problem: 'Det finns ett problem',
    enterReference: 'Skriv referensnumret', help: 'Hjälp och support', helped: 'Fick du hjälp av informationen på den här sidan?', yes: 'Ja', no: 'Nej',
    thanks: 'Tack för att du hjälper oss att förbättra webbplatsen!', comment: 'Berätta hur vi kan göra den här sidan bättre (frivilligt)', send: 'Skicka',
  },
};

/** A confirmed application with this date of birth, made over the API; resolves to its reference. */
async function confirmedApplication(dateOfBirth) {
  const { client } = await applicant(app.server.url);
  const { path } = await completeApplication(client, { date_of_birth: dateOfBirth });
  const receipt = await client.post(`${path}/confirm`, undefined, { headers: { 'idempotency-key': 'k' } });
  assert.equal(receipt.status, 200);
  return receipt.body.reference;
}

/**
 * The first whole minute ("14:05" or "14.05") on Stockholm's clock at or after a moment between
 * `from` and `to` (a time read to the second is up to a second early).
 */
function stockholmMinutes(from, to, separator) {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const minutes = new Set();
  for (const at of [from, to]) {
    const parts = Object.fromEntries(format.formatToParts(new Date(Math.ceil(at / 60_000) * 60_000)).map((part) => [part.type, part.value]));
    minutes.add(`${parts.hour}${separator}${parts.minute}`);
  }
  return [...minutes];
}

async function expectNoAxeViolations(page, what) {
  assert.deepEqual(await axeViolations(page), [], what);
}

/** The answers to "Did this page help you?" as the export command writes them, one object a row. */
function exported() {
  const server = process.env.BLANKETT_SERVER || `${root}target/debug/blankett-server`;
  const csv = execFileSync(server, ['export-feedback', '--database', app.server.database], { encoding: 'utf8' });
  const [header, ...lines] = csv.trim().split('\n');
  const names = header.split(',');
  // The comments below hold no commas or quotes, so a line splits at its commas.
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [names[i], value])));
}

for (const lang of ['en', 'sv']) {
  const w = words[lang];
  test(`checking an application without signing in (${lang}): found, not found, decided, too many tries`, async () => {
    const reference = await confirmedApplication(lang === 'en' ? '1990-04-23' : '1985-11-02');
    const dateOfBirth = lang === 'en' ? '1990-04-23' : '1985-11-02';
    const page = await openPage(app.browser, { locale: lang === 'en' ? 'en-GB' : 'sv-SE' });
    page.setDefaultTimeout(PATIENCE);
    // Linked from the sign-in chooser, as the seeds do.
    await page.goto(`${app.server.url}/sign-in?lang=${lang}`);
    await page.getByRole('main').getByRole('link', { name: w.check, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: w.check, exact: true }).waitFor();
    await expectNoAxeViolations(page, 'the empty page');

    // Nothing typed: the problem is named at its field, and nothing is looked up.
    await page.getByRole('button', { name: w.button, exact: true }).click();
    await page.getByRole('link', { name: w.enterReference, exact: true }).waitFor();
    await expectNoAxeViolations(page, 'the page with problems');

    const checkWith = async (ref, date) => {
      await page.getByLabel(w.reference, { exact: true }).fill(ref);
      // Day, month and year, in the group whose legend is the question.
      const [year, month, day] = date.split('-');
      const born = page.getByRole('group', { name: w.birth, exact: true });
      for (const [word, part] of [[w.day, day], [w.month, month], [w.year, year]]) await born.getByLabel(word, { exact: true }).fill(part);
      await page.getByRole('button', { name: w.button, exact: true }).click();
    };
    // Typed in lower case, as people do.
    await checkWith(reference.toLowerCase(), dateOfBirth);
    await page.getByRole('heading', { level: 2, name: w.result, exact: true }).waitFor();
    await page.getByText(w.registered(reference), { exact: false }).waitFor();
    await page.getByText(w.undecided, { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'registered');

    // A wrong date of birth: one neutral message that says nothing about the application.
    await checkWith(reference, dateOfBirth.replace(/.$/, (d) => String((Number(d) + 1) % 10)));
    await page.getByText(w.notFound, { exact: false }).waitFor();
    assert.equal(await page.getByText(w.registered(reference), { exact: false }).count(), 0);
    await expectNoAxeViolations(page, 'not found');

    await new Client(app.server.url).post('/api/test/decisions', { reference });
    await checkWith(reference, dateOfBirth);
    await page.getByText(w.decided, { exact: false }).waitFor();
    assert.equal(await page.getByText(w.undecided, { exact: false }).count(), 0);
    await expectNoAxeViolations(page, 'decided');

    // Five checks of one reference an hour from one network: the sixth says when to try again,
    // on the service's clock.
    await checkWith(reference, dateOfBirth);
    await page.getByText(w.decided, { exact: false }).waitFor();
    await checkWith(reference, dateOfBirth);
    await page.getByText(w.decided, { exact: false }).waitFor();
    const [answer] = await Promise.all([
      page.waitForResponse((response) => new URL(response.url()).pathname === '/status' && response.request().method() === 'POST'),
      checkWith(reference, dateOfBirth),
    ]);
    assert.equal(answer.status(), 429);
    const refusal = page.getByRole('alert').filter({ hasText: w.tooMany });
    await refusal.waitFor();
    const said = (await refusal.textContent()).trim();
    // The server's clock, from its answer: Date (to the second) plus Retry-After.
    const unlocked = Date.parse(answer.headers().date) + Number(answer.headers()['retry-after']) * 1000;
    const minutes = stockholmMinutes(unlocked, unlocked + 1000, w.separator);
    assert.ok(minutes.some((time) => said.endsWith(`${w.tooMany}${time}.`)), `${said} names one of ${minutes}`);
    assert.equal(await page.getByText(w.decided, { exact: false }).count(), 0);
    await expectNoAxeViolations(page, 'too many tries');
    page.assertClean();
  });

  test(`the support page (${lang}) gives the service file's contacts, and its reset clears this site's storage`, async () => {
    const page = await openPage(app.browser, { locale: lang === 'en' ? 'en-GB' : 'sv-SE' });
    page.setDefaultTimeout(PATIENCE);
    await page.goto(`${app.server.url}/?lang=${lang}`);
    await page.evaluate(() => localStorage.setItem('blankett-test', 'kept on this device'));
    await page.getByRole('contentinfo').getByRole('link', { name: w.help, exact: true }).click();
    const title = lang === 'en' ? 'Technical support for the e-service' : 'Teknisk support för e-tjänsten';
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    const phone = page.getByRole('link', { name: '+46 771-000 111', exact: true });
    assert.equal(await phone.getAttribute('href'), 'tel:+46771000111');
    const hours = lang === 'en' ? ['Monday–Thursday 08:30–16:00', 'Friday 08:30–12:00'] : ['Måndag–torsdag 08.30–16.00', 'Fredag 08.30–12.00'];
    for (const line of hours) await page.getByRole('listitem').filter({ hasText: line }).waitFor();
    await page.getByText(lang === 'en' ? 'The times are in the time zone Europe/Stockholm' : 'Tiderna gäller tidszonen Europe/Stockholm', { exact: false }).waitFor();
    const mail = page.getByRole('link', { name: /help@agency\.example$/ });
    assert.equal(await mail.getAttribute('href'), 'mailto:help@agency.example');
    // Each form's own time on a page, from its schema.
    await page.getByRole('listitem').filter({ hasText: lang === 'en' ? 'Timed application: 5 to 60 minutes on each page' : 'Tidsbegränsad ansökan: 5 till 60 minuter på varje sida' }).waitFor();
    await expectNoAxeViolations(page, 'the support page');

    const reset = lang === 'en' ? "Reset this service's saved data on this device" : 'Återställ tjänstens sparade data på den här enheten';
    await page.getByRole('button', { name: reset, exact: true }).click();
    await page.getByRole('status').filter({ hasText: lang === 'en' ? "This service's data on this device is removed." : 'Tjänstens data på den här enheten är borttagen.' }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('blankett-test')), null);
    await expectNoAxeViolations(page, 'after the reset');
    page.assertClean();
  });
}

test('"Did this page help you?" on the server\'s pages: No with a comment (en), Yes (sv), and without JavaScript', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  const en = words.en;
  await page.goto(`${app.server.url}/support?lang=en`);
  await page.getByRole('heading', { level: 2, name: en.helped, exact: true }).waitFor();
  await page.getByRole('button', { name: en.no, exact: true }).click();
  await page.getByText(en.thanks, { exact: true }).waitFor();
  const comment = page.getByLabel(en.comment, { exact: true });
  await comment.waitFor();
  await expectNoAxeViolations(page, 'the comment field');
  await comment.fill('The phone hours were hard to find. Call me on 070 123 45 67');
  await page.getByRole('button', { name: en.send, exact: true }).click();
  await comment.waitFor({ state: 'hidden' });
  await page.getByText(en.thanks, { exact: true }).waitFor();

  const sv = words.sv;
  await page.goto(`${app.server.url}/status?lang=sv`);
  await page.getByRole('button', { name: sv.yes, exact: true }).click();
  await page.getByText(sv.thanks, { exact: true }).waitFor();
  await expectNoAxeViolations(page, 'after Yes');
  page.assertClean();

  // Without JavaScript the same buttons are forms, and the answer a page of its own.
  const context = await app.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
  const plain = await context.newPage();
  await plain.goto(`${app.server.url}/signed-out?lang=en`);
  await plain.getByRole('button', { name: en.no, exact: true }).click();
  await plain.getByRole('heading', { level: 1, name: 'Thank you', exact: true }).waitFor();
  await plain.getByLabel(en.comment, { exact: true }).fill('Say which browser to close');
  await plain.getByRole('button', { name: en.send, exact: true }).click();
  await plain.getByText(en.thanks, { exact: true }).waitFor();
  assert.equal(await plain.getByLabel(en.comment, { exact: true }).count(), 0);
  await plain.getByRole('link', { name: 'Back to the page', exact: true }).click();
  await plain.getByRole('heading', { level: 1, name: 'You have been signed out', exact: true }).waitFor();
  await context.close();
  // axe needs JavaScript, so it looks at the same page reached with the page's script not
  // served (as when it fails to load).
  const scriptless = await openPage(app.browser);
  await scriptless.route('**/pages.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await scriptless.goto(`${app.server.url}/signed-out?lang=sv`);
  await scriptless.getByRole('button', { name: sv.yes, exact: true }).click();
  await scriptless.getByRole('heading', { level: 1, name: 'Tack', exact: true }).waitFor();
  await scriptless.getByLabel(sv.comment, { exact: true }).waitFor();
  // As a person sees it: with its style sheet.
  await scriptless.waitForLoadState('load');
  await expectNoAxeViolations(scriptless, 'the page after an answer, without the script');
  scriptless.assertClean();

  const rows = exported();
  const find = (page, language, helpful) => rows.find((row) => row.page === page && row.language === language && row.helpful === helpful);
  assert.equal(find('/support', 'en', 'no')?.comment, 'The phone hours were hard to find. Call me on [removed]', JSON.stringify(rows));
  assert.ok(find('/status', 'sv', 'yes'), JSON.stringify(rows));
  assert.ok(find('/signed-out', 'sv', 'yes'), JSON.stringify(rows));
  assert.equal(find('/signed-out', 'en', 'no')?.comment, 'Say which browser to close', JSON.stringify(rows));
  assert.ok(rows.every((row) => /^\d{4}-\d{2}-\d{2}$/.test(row.day)), 'the day only');
});

test('"Did this page help you?" under each page of the form in the app, asked again on the next page', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await signIn(page, app.server.url, '/forms/timed');
  await page.getByRole('heading', { level: 1, name: 'Your name', exact: true }).waitFor();
  const en = words.en;
  await page.getByRole('heading', { level: 2, name: en.helped, exact: true }).waitFor();
  await page.getByRole('contentinfo').getByRole('link', { name: en.help, exact: true }).waitFor();
  // The footer's reset lines up with the page's content, not the window's edge.
  await page.setViewportSize({ width: 1280, height: 800 });
  const reset = await page.getByRole('contentinfo').getByRole('button', { name: "Reset this service's saved data on this device", exact: true }).boundingBox();
  const heading = await page.getByRole('heading', { level: 1, name: 'Your name', exact: true }).boundingBox();
  assert.ok(reset.x >= heading.x - 1 && reset.x + reset.width <= heading.x + 42 * 16, `the reset at ${reset.x}, the content from ${heading.x}`);
  await page.getByRole('button', { name: en.yes, exact: true }).click();
  await page.getByText(en.thanks, { exact: true }).waitFor();
  const comment = page.getByLabel(en.comment, { exact: true });
  await expectNoAxeViolations(page, 'the form page with the comment field');
  await comment.fill('Clear page');
  await page.getByRole('button', { name: en.send, exact: true }).click();
  await comment.waitFor({ state: 'hidden' });
  await page.getByText(en.thanks, { exact: true }).waitFor();

  // What the applicant typed in the form is untouched by all this.
  await page.getByLabel('Given name', { exact: true }).fill('Ada');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Your trip', exact: true }).waitFor();
  await page.getByRole('heading', { level: 2, name: en.helped, exact: true }).waitFor();
  await page.getByRole('button', { name: en.no, exact: true }).click();
  await page.getByLabel(en.comment, { exact: true }).waitFor();
  await expectNoAxeViolations(page, 'the second page after No');
  page.assertClean();

  const rows = exported().filter((row) => row.page === '/forms/timed');
  assert.deepEqual(rows.map((row) => [row.part, row.language, row.helpful, row.comment]), [['name', 'en', 'yes', 'Clear page'], ['trip', 'en', 'no', '']]);
});
