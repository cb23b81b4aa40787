// Issue 7, done when: the sample work-permit application is filled, reviewed, printed, confirmed
// and then only viewed, in Swedish and in English. The pages are answered through the labels the
// schema gives in the applicant's language (read from forms/work-permit.json, as a person reads
// them on the screen), so the same walk runs in both languages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, openPage, axeViolations, signIn, pdfText, PATIENCE } from './harness.mjs';
import { Client, mailsTo } from '../conformance/backend.mjs';

const root = new URL('../../', import.meta.url).pathname;
const form = JSON.parse(readFileSync(`${root}forms/work-permit.json`, 'utf8'));
const app = useApp();

const words = {
  en: { next: 'Next', review: 'Check your answers', optional: '(optional)', yes: 'Yes', no: 'No', choose: 'Choose a file',
    print: 'Print', confirm: 'Confirm and send', sent: 'Application sent', mailed: 'We have sent a confirmation to your email address.',
    notSent: 'Not sent: a draft to check', change: 'Change', day: 'Day', month: 'Month', year: 'Year' },
  sv: { next: 'Nästa', review: 'Kontrollera dina svar', optional: '(frivilligt)', yes: 'Ja', no: 'Nej', choose: 'Välj fil',
    print: 'Skriv ut', confirm: 'Bekräfta och skicka in', sent: 'Ansökan är inskickad', mailed: 'Vi har skickat en bekräftelse till din e-postadress.',
    notSent: 'Inte inskickad: ett utkast att kontrollera', change: 'Ändra', day: 'Dag', month: 'Månad', year: 'År' },
};

function daysFromToday(days) {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return date.toISOString().slice(0, 10);
}

/** The answers of one applicant, by question id; documents are files to choose. */
function answersFor(surname) {
  return {
    given_names: 'Amina Grace', surname, date_of_birth: '1990-04-12', has_swedish_id_number: 'no', sex: 'female',
    marital_status: 'married', place_of_birth: 'Lagos', country_of_birth: 'NG', citizenship: 'NG', has_other_citizenship: 'no',
    passport_number: 'A12345678', passport_issue_date: '2022-01-10', passport_expiry_date: daysFromToday(5 * 365),
    email: 'amina@example.com', phone: '+234 803 123 4567', home_street: '12 Allen Avenue', home_city: 'Lagos', home_country: 'NG',
    has_swedish_address: 'no', employer_name: 'Nordic Code AB', employer_org_number: '556123-4567', employer_contact_name: 'Sara Lind',
    employer_contact_email: 'sara@nordic.example', employer_contact_phone: '+46 8 123 456 78', occupation: 'Software developer',
    employment_start_date: daysFromToday(60), employment_end_date: daysFromToday(60 + 2 * 365), monthly_salary_sek: '45000',
    hours_per_week: '40', work_city: 'Stockholm', family_members_applying: 'no', been_in_sweden_before: 'no', previous_applications: 'no',
    refused_entry_before: 'no', passport_copy: 'passport.pdf', other_information: 'I can start earlier if needed.',
  };
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A question's label as shown: its text, and "(optional)" after it when it is not required. */
const labelled = (question, lang) => new RegExp(`^${escape(question.label[lang])}( ${escape(words[lang].optional)})?$`);

async function answerPage(page, definition, lang, answers, files) {
  for (const question of definition.questions) {
    const value = answers[question.id];
    if (value === undefined) continue;
    const label = labelled(question, lang);
    switch (question.type) {
      case 'yes_no':
      case 'single_choice': {
        const option = question.type === 'yes_no' ? words[lang][value] : question.options.find((o) => o.value === value).label[lang];
        await page.getByRole('group', { name: label }).getByRole('radio', { name: option, exact: true }).check();
        break;
      }
      case 'dropdown':
        await page.getByLabel(label).selectOption({ label: question.options.find((o) => o.value === value).label[lang] });
        break;
      case 'country':
        await page.getByLabel(label).selectOption(value);
        break;
      case 'document': {
        const group = page.getByRole('group', { name: label });
        await group.getByLabel(words[lang].choose, { exact: true }).setInputFiles(files[value]);
        await group.getByText(value).first().waitFor();
        break;
      }
      case 'date':
        if (question.memorable) {
          // Day, month and year, each its own labelled field in the question's group.
          const [year, month, day] = value.split('-');
          const group = page.getByRole('group', { name: label });
          await group.getByLabel(words[lang].day, { exact: true }).fill(day);
          await group.getByLabel(words[lang].month, { exact: true }).fill(month);
          await group.getByLabel(words[lang].year, { exact: true }).fill(year);
          break;
        }
        await page.getByLabel(label).fill(value);
        break;
      default:
        await page.getByLabel(label).fill(value);
    }
  }
}

async function walkAndConfirm(lang) {
  const w = words[lang];
  const dir = mkdtempSync(join(tmpdir(), 'blankett-permit-'));
  const files = { 'passport.pdf': join(dir, 'passport.pdf') };
  writeFileSync(files['passport.pdf'], '%PDF-1.4\n% a scanned passport page for the test\n');
  const surname = lang === 'sv' ? 'Lindqvist' : 'Okafor';
  const answers = answersFor(surname);

  const page = await openPage(app.browser, { locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
  page.setDefaultTimeout(PATIENCE);
  const email = await signIn(page, app.server.url, '/forms/work-permit', { lang });
  if (lang === 'sv') await page.getByRole('button', { name: 'Svenska', exact: true }).click();
  else await page.getByRole('button', { name: 'English', exact: true }).click();

  // Filled: every shown page, through its labels.
  for (const definition of form.pages) {
    if (definition.visible_if) continue; // the spouse page: not shown for these answers
    await page.getByRole('heading', { level: 1, name: definition.title[lang], exact: true }).waitFor();
    await answerPage(page, definition, lang, answers, files);
    await page.getByRole('button', { name: w.next, exact: true }).click();
  }

  // Reviewed: every page's answers as text, the document by its name, and a change that comes back.
  await page.getByRole('heading', { level: 1, name: w.review, exact: true }).waitFor();
  const summary = await page.getByRole('main').innerText();
  for (const text of ['Amina Grace', surname, 'Nordic Code AB', '45000', 'passport.pdf', answers.other_information]) {
    assert.ok(summary.includes(text), `${lang}: the review shows “${text}”`);
  }
  const occupation = form.pages[2].questions.find((q) => q.id === 'occupation').label[lang];
  await page.getByRole('button', { name: `${w.change} ${occupation}`, exact: true }).click();
  await page.getByLabel(occupation, { exact: true }).fill('Senior software developer');
  await page.getByRole('button', { name: w.next, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: w.review, exact: true }).waitFor();
  assert.ok((await page.getByRole('main').innerText()).includes('Senior software developer'));
  assert.deepEqual(await axeViolations(page), [], `${lang}: the check-answers page`);

  // Printed: the PDF's text holds the answers and says it is not sent yet.
  const draftPdf = (await pdfText(await page.pdf({ format: 'A4' }))).join('\n');
  for (const text of [form.title[lang], `Amina Grace ${surname}`, 'Senior software developer', 'passport.pdf', w.notSent]) {
    assert.ok(draftPdf.includes(text), `${lang}: the printed draft holds “${text}”`);
  }

  // Confirmed.
  await page.getByLabel(form.declaration[lang], { exact: true }).check();
  await page.getByRole('button', { name: w.confirm, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: w.sent, exact: true }).waitFor();
  const reference = (await page.locator('strong', { hasText: /^BL-/ }).innerText()).trim();
  await page.getByText(w.mailed, { exact: true }).waitFor();
  const mails = (await mailsTo(new Client(app.server.url), email)).filter((mail) => mail.body.includes(reference));
  assert.equal(mails.length, 1, `${lang}: one confirmation mail with the reference`);
  assert.deepEqual(await axeViolations(page), [], `${lang}: the receipt`);
  const sentPdf = (await pdfText(await page.pdf({ format: 'A4' }))).join('\n');
  assert.ok(sentPdf.includes(reference) && sentPdf.includes('Senior software developer'), `${lang}: the printed application has the reference`);

  // Then only viewed: no control to answer with, no file to choose, no countdown, after a reload too.
  for (const when of ['after confirming', 'after a reload']) {
    if (when === 'after a reload') {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: w.sent, exact: true }).waitFor();
    }
    for (const role of ['textbox', 'checkbox', 'radio', 'combobox', 'spinbutton']) {
      assert.equal(await page.getByRole(role).count(), 0, `${lang} ${when}: no ${role}`);
    }
    assert.equal(await page.locator('input[type=file]').count(), 0, `${lang} ${when}: no file to choose`);
    assert.equal(await page.getByRole('button', { name: w.print, exact: true }).count(), 1, `${lang} ${when}: Print is offered`);
    assert.ok((await page.getByRole('main').innerText()).includes('passport.pdf'), `${lang} ${when}: the document is listed`);
  }

  // The backend refuses a document sent behind the app's back.
  const upload = await page.evaluate(async () => {
    const { applications } = await fetch('/api/applications').then((r) => r.json());
    const response = await fetch(`/api/applications/${applications[0].id}/documents?question=passport_copy&name=late.pdf`, {
      method: 'POST', headers: { 'content-type': 'application/pdf', 'blankett-client': '1' }, body: '%PDF-1.4 late',
    });
    return response.status;
  });
  assert.equal(upload, 409, `${lang}: no document after confirmation`);
  page.problems.splice(0);
}

test('the work-permit application is filled, reviewed, printed, confirmed and then only viewed, in English', () => walkAndConfirm('en'));
test('ansökan om arbetstillstånd fylls i, kontrolleras, skrivs ut, skickas in och kan sedan bara läsas, på svenska', () => walkAndConfirm('sv'));
