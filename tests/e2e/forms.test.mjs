// Filling in the sample forms the way a person does: by reading labels, legends, headings and
// button texts, never by CSS classes or ids. Each test walks every page of a form, answers every
// required question (and some optional ones) with realistic answers, and checks the step line,
// the page headings, the error summary and that Back keeps the answers.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, axeViolations, signIn, PATIENCE } from './harness.mjs';

const app = useApp();

/** A date `days` from today in the browser's own format for date inputs, YYYY-MM-DD. */
function daysFromToday(days) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The question with this label (a text, date, textarea or select), as a person finds it. */
const field = (scope, label) => scope.getByLabel(label, { exact: true });

/** Picks one option of a radio question: the fieldset whose legend is the question, then the option. */
async function choose(scope, question, option) {
  const radio = scope.getByRole('group', { name: question, exact: true }).getByRole('radio', { name: option, exact: true });
  await radio.check();
  assert.equal(await radio.isChecked(), true, `“${option}” is chosen for “${question}”`);
}

/** Ticks one checkbox of a multiple-choice question. */
async function tick(scope, question, option) {
  const box = scope.getByRole('group', { name: question, exact: true }).getByRole('checkbox', { name: option, exact: true });
  await box.check();
  assert.equal(await box.isChecked(), true, `“${option}” is ticked for “${question}”`);
}

/** Chooses an option of a dropdown or the country list by the text a person reads in it. */
async function select(scope, label, option) {
  const control = field(scope, label);
  await control.selectOption({ label: option });
  const shown = await control.evaluate((el) => el.selectedOptions[0]?.textContent);
  assert.equal(shown, option, `“${label}” shows “${option}”`);
}

/** Types an answer into a text, date or textarea question and checks the field kept it. */
async function fill(scope, label, value) {
  const control = field(scope, label);
  await control.fill(value);
  assert.equal(await control.inputValue(), value, `“${label}” keeps what was typed`);
}

/**
 * Types a memorable date (YYYY-MM-DD) into its three fields: the group whose legend is the
 * question, then its day, month and year, labelled in the page's language.
 */
async function fillDate(scope, question, value, [dayWord, monthWord, yearWord] = ['Day', 'Month', 'Year']) {
  const group = scope.getByRole('group', { name: question, exact: true });
  const [year, month, day] = value.split('-');
  for (const [word, part] of [[dayWord, day], [monthWord, month], [yearWord, year]]) {
    await group.getByLabel(word, { exact: true }).fill(part);
  }
}

/** Checks that this is the page a person expects: its step line and its h1. */
async function onPage(page, heading, step) {
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
  await page.getByText(step, { exact: true }).waitFor();
}

/**
 * Presses Next and waits for the next page's heading. If the page stays with an error summary
 * instead, the test fails with what the summary says, as a person would read it.
 */
async function next(page, button, heading) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const h1 = page.getByRole('heading', { level: 1, name: heading, exact: true });
  const alert = page.getByRole('alert');
  await h1.or(alert).first().waitFor();
  if (!(await h1.isVisible())) {
    throw new Error(`${button} did not lead to “${heading}”; the page says:\n${await alert.innerText()}`);
  }
  // Focus moves to the new page's heading so that the applicant starts at the top.
  await page.waitForFunction((name) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === name, heading);
}

test('an applicant fills in the whole work-permit application in English', async () => {
  const page = await openPage(app.browser);
  // Fail within seconds, not Playwright's 30, when something a person waits for never comes.
  page.setDefaultTimeout(PATIENCE);
  await signIn(page, app.server.url, '/forms/work-permit');
  await page.getByText('Application for a work permit', { exact: true }).waitFor();

  // Page 1. Six pages are counted until the family page opens the spouse page.
  await onPage(page, 'Personal details', 'Step 1 of 6');
  assert.equal(await page.getByRole('button', { name: 'Back', exact: true }).count(), 0, 'no Back on the first page');
  await fill(page, 'Given names', 'Priya Lakshmi');
  await fill(page, 'Surname', 'Raman');
  await fillDate(page, 'Date of birth', '1981-12-18');
  await choose(page, 'Do you have a Swedish personal identity number or coordination number?', 'Yes');
  // Typed as many do: two digits for the year, a space for the dash.
  await fill(page, 'Personal identity number or coordination number', '811218 9876');
  await choose(page, 'Sex as stated in your passport', 'Female');
  await select(page, 'Marital status', 'Married');
  await fill(page, 'Place of birth', 'Chennai');
  await select(page, 'Country of birth', 'India');
  await select(page, 'Citizenship', 'India');
  await choose(page, 'Are you a citizen of any other country?', 'No');
  await page.getByRole('heading', { level: 2, name: 'Passport' }).waitFor();
  await fill(page, 'Passport number', 'Z4512786');
  await fill(page, 'Passport date of issue', '2021-03-15');
  await fill(page, 'Passport date of expiry', daysFromToday(5 * 365));
  await next(page, 'Next', 'Contact details');

  // Page 2.
  await onPage(page, 'Contact details', 'Step 2 of 6');
  await fill(page, 'Email address', 'priya.raman@example.com');
  await fill(page, 'Phone number', '+91 98765 43210');
  await fill(page, 'Street address', '14 Luz Church Road, Mylapore');
  await fill(page, 'Postal code (optional)', '600004');
  await fill(page, 'City or town', 'Chennai');
  await select(page, 'Country', 'India');
  await choose(page, 'Do you already have an address in Sweden?', 'Yes');
  await fill(page, 'Street address in Sweden', 'c/o Andersson, Linnégatan 12');
  await fill(page, 'Postal code in Sweden', '413 04');
  await fill(page, 'City or town in Sweden', 'Göteborg');
  await next(page, 'Next', 'Employer and job offer');

  // Page 3.
  await onPage(page, 'Employer and job offer', 'Step 3 of 6');
  const start = daysFromToday(60);
  await fill(page, 'Name of the employer', 'Nordvik Software AB');
  await fill(page, "Employer's organisation number", '556123-4567');
  await fill(page, 'Contact person at the employer', 'Karin Lindqvist');
  await fill(page, "Contact person's email address", 'karin.lindqvist@nordvik.example.se');
  await fill(page, "Contact person's phone number", '+46 31 123 45 67');
  await fill(page, 'Occupation', 'Software developer');
  await fill(page, 'Briefly describe your duties (optional)', 'Developing and maintaining the booking system for public transport.');
  await fill(page, 'First day of employment', start);
  await fill(page, 'Last day of employment', daysFromToday(60 + 2 * 365));
  await fill(page, 'Monthly salary in Swedish kronor before tax', '52000');
  await fill(page, 'Working hours per week', '40');
  await fill(page, 'City or town where you will work', 'Göteborg');
  await next(page, 'Next', 'Family members');

  // Page 4: a family member applies too, and it is the spouse: that opens page 5.
  await onPage(page, 'Family members', 'Step 4 of 6');
  await choose(page, 'Are family members applying together with you?', 'Yes');
  // The group needs at least one entry, so its legend does not say “(optional)”.
  const members = page.getByRole('group', { name: 'Family members', exact: true });
  await members.getByRole('button', { name: 'Add family member', exact: true }).click();
  const member = page.getByRole('group', { name: 'Family member 1', exact: true });
  await member.waitFor();
  await select(member, 'Relationship to you', 'Spouse');
  await fill(member, 'Given names', 'Arjun');
  await fill(member, 'Surname', 'Raman');
  await fillDate(member, 'Date of birth', '1979-07-02');
  await select(member, 'Citizenship', 'India');
  await fill(member, 'Passport number (optional)', 'Z7730145');
  await member.getByRole('button', { name: 'Remove family member 1', exact: true }).waitFor();
  await choose(page, 'Is your spouse or partner one of those applying with you?', 'Yes');
  await page.getByText('Step 4 of 7', { exact: true }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'no WCAG violation with an entry in the group');
  await next(page, 'Next', 'Spouse or partner');

  // Page 5, the conditional one.
  await onPage(page, 'Spouse or partner', 'Step 5 of 7');
  await fill(page, 'Since when have you lived together?', '2008-02-14');
  await fill(page, "What is your spouse's or partner's current occupation?", 'Primary school teacher');
  await choose(page, 'What does your spouse or partner plan to do in Sweden?', 'Look for work');
  await choose(page, 'Has your spouse or partner been offered a job in Sweden?', 'No');
  await next(page, 'Next', 'Previous stays and applications');

  // Page 6.
  await onPage(page, 'Previous stays and applications', 'Step 6 of 7');
  await choose(page, 'Have you been in Sweden before?', 'Yes');
  const stays = page.getByRole('group', { name: 'Previous stays in Sweden', exact: true });
  await stays.getByRole('button', { name: 'Add stay', exact: true }).click();
  const stay = page.getByRole('group', { name: 'Stay 1', exact: true });
  await stay.waitFor();
  await fill(stay, 'From', '2019-09-02');
  await fill(stay, 'To', '2019-09-13');
  await select(stay, 'Reason for the stay', 'Business trip');
  await choose(page, 'Have you applied for a Swedish visa or residence permit before?', 'Yes');
  await fill(page, 'Tell us about your previous applications', 'A business visa in August 2019, granted. I do not have the case number.');
  await choose(page, 'Have you ever been refused a visa, a residence permit or entry to a Schengen country?', 'No');
  await next(page, 'Next', 'Documents and other information');

  // Page 7.
  await onPage(page, 'Documents and other information', 'Step 7 of 7');
  const passport = page.getByRole('group', { name: "Copy of your passport's details page", exact: true });
  await passport.getByLabel('Choose a file', { exact: true }).setInputFiles({ name: 'passport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 passport') });
  await passport.getByText('passport.pdf').first().waitFor();
  const otherInformation = 'My spouse will submit her own application the same day.';
  await fill(page, 'Other information (optional)', otherInformation);
  await next(page, 'Next', 'Check your answers');
  assert.match(await page.title(), /^Check your answers – Application for a work permit$/);
  assert.deepEqual(await axeViolations(page), [], 'no WCAG violation on the last screen');
  // The number as the agency writes it, however it was typed.
  const number = page.getByRole('term').filter({ hasText: /^Personal identity number or coordination number$/ });
  assert.equal(await number.locator('xpath=following-sibling::dd[1]').innerText(), '19811218-9876');

  // Back keeps every answer of the last page.
  await next(page, 'Back', 'Documents and other information');
  await page.getByText('Step 7 of 7', { exact: true }).waitFor();
  await passport.getByText('passport.pdf').first().waitFor();
  assert.equal(await field(page, 'Other information (optional)').inputValue(), otherInformation);

  // And the pages before it, too.
  await next(page, 'Back', 'Previous stays and applications');
  assert.equal(await field(page.getByRole('group', { name: 'Stay 1', exact: true }), 'To').inputValue(), '2019-09-13');
  assert.equal(await page.getByRole('group', { name: 'Have you been in Sweden before?', exact: true }).getByRole('radio', { name: 'Yes', exact: true }).isChecked(), true);
  assert.equal(await page.getByRole('alert').count(), 0, 'no error is shown');
  page.assertClean();
});

test('an applicant fills in the visitor visa in Swedish', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await signIn(page, app.server.url, '/forms/visitor-visa');
  await page.getByRole('heading', { level: 1, name: 'Personal details and passport', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Svenska', exact: true }).click();
  await page.getByText('Ansökan om besöksvisum', { exact: true }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'sv');

  // Sida 1.
  await onPage(page, 'Personuppgifter och pass', 'Steg 1 av 5');
  await fill(page, 'Förnamn', 'Thandiwe Grace');
  await fill(page, 'Efternamn', 'Nkosi');
  await fill(page, 'Efternamn vid födseln (frivilligt)', 'Dlamini');
  await fillDate(page, 'Födelsedatum', '1985-11-02', ['Dag', 'Månad', 'År']);
  await choose(page, 'Kön enligt passet', 'Kvinna');
  await fill(page, 'Födelseort', 'Durban');
  await select(page, 'Födelseland', 'Sydafrika');
  await select(page, 'Medborgarskap', 'Sydafrika');
  await select(page, 'Typ av pass', 'Vanligt pass');
  await fill(page, 'Passnummer', 'A09876543');
  await select(page, 'Land som utfärdade passet', 'Sydafrika');
  await fill(page, 'Passets utfärdandedatum', '2020-05-20');
  await fill(page, 'Passet gäller till och med', daysFromToday(6 * 365));
  await fill(page, 'E-postadress', 'thandiwe.nkosi@example.co.za');
  await fill(page, 'Telefonnummer', '+27 82 123 4567');
  await fill(page, 'Gatuadress i hemlandet', '27 Florida Road, Morningside');
  await fill(page, 'Ort', 'Durban');
  await select(page, 'Land där du bor', 'Sydafrika');
  await next(page, 'Nästa', 'Syftet med besöket');

  // Sida 2.
  await onPage(page, 'Syftet med besöket', 'Steg 2 av 5');
  await choose(page, 'Vad är huvudsyftet med resan?', 'Besöka familj eller vänner');
  await fill(page, 'Förnamn på den du besöker', 'Sipho');
  await fill(page, 'Efternamn på den du besöker', 'Nkosi');
  await select(page, 'Vad är personen för dig?', 'Syskon');
  await fill(page, 'Personens personnummer eller samordningsnummer (frivilligt)', '19811218-9876');
  await fill(page, 'Vad ska du göra under besöket? (frivilligt)', 'Fira min brors 45-årsdag i Uppsala och besöka Stockholm.');
  await next(page, 'Nästa', 'Resa och boende');

  // Sida 3.
  await onPage(page, 'Resa och boende', 'Steg 3 av 5');
  await fill(page, 'Planerat ankomstdatum', daysFromToday(45));
  await fill(page, 'Planerat avresedatum', daysFromToday(66));
  await choose(page, 'Hur många gånger vill du resa in?', 'En inresa');
  await fill(page, 'Ort där du ska vistas mest', 'Uppsala');
  await choose(page, 'Reser du tillsammans med någon?', 'Ja');
  const companions = page.getByRole('group', { name: 'Medresenärer', exact: true });
  await companions.getByRole('button', { name: 'Lägg till medresenär', exact: true }).click();
  const companion = page.getByRole('group', { name: 'Medresenär 1', exact: true });
  await companion.waitFor();
  await fill(companion, 'Förnamn', 'Lwazi');
  await fill(companion, 'Efternamn', 'Nkosi');
  await fill(companion, 'Relation till dig', 'Son');
  await choose(page, 'Var ska du bo?', 'Hos en privatperson, till exempel den jag besöker');
  await fill(page, 'Värdens gatuadress', 'Kungsgatan 47');
  await fill(page, 'Postnummer', '753 21');
  await fill(page, 'Ort', 'Uppsala');
  await fill(page, 'Värdens telefonnummer', '+46 70 123 45 67');
  await next(page, 'Nästa', 'Ekonomi och försäkring');

  // Sida 4.
  await onPage(page, 'Ekonomi och försäkring', 'Steg 4 av 5');
  await choose(page, 'Vem betalar resan och vistelsen?', 'Jag betalar själv');
  await fill(page, 'Hur mycket pengar har du för vistelsen, i kronor?', '25000');
  await tick(page, 'Hur ska du betala under vistelsen?', 'Bank- eller kreditkort');
  await tick(page, 'Hur ska du betala under vistelsen?', 'Värden står för kost och logi');
  await select(page, 'Vad är din huvudsakliga sysselsättning?', 'Anställd');
  await fill(page, 'Arbetsgivare, företag eller skola', 'eThekwini Municipality');
  await fill(page, 'Ungefärlig månadsinkomst, i kronor (frivilligt)', '18000');
  await choose(page, 'Har du en reseförsäkring för resan?', 'Ja');
  await fill(page, 'Försäkringsbolag', 'Hollard Travel Insurance');
  await next(page, 'Nästa', 'Försäkran och skicka in');

  // Sida 5.
  await onPage(page, 'Försäkran och skicka in', 'Steg 5 av 5');
  assert.deepEqual(await axeViolations(page), [], 'no WCAG violation on a Swedish page');
  await tick(page, 'Försäkran', 'Jag försäkrar att uppgifterna i ansökan är riktiga och fullständiga.');
  await tick(page, 'Försäkran', 'Jag kommer att lämna Schengenområdet senast den dag då visumet slutar gälla.');
  await next(page, 'Nästa', 'Kontrollera dina svar');
  await page.getByRole('button', { name: 'Tillbaka', exact: true }).waitFor();
  assert.match(await page.title(), /^Kontrollera dina svar – Ansökan om besöksvisum$/);
  page.assertClean();
});

test('Next on an empty page shows the error summary and links to the fields', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await signIn(page, app.server.url, '/forms/work-permit');
  await onPage(page, 'Personal details', 'Step 1 of 6');
  assert.doesNotMatch(await page.title(), /^Error: /);

  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const summary = page.getByRole('alert');
  await summary.getByRole('heading', { name: 'There is a problem', exact: true }).waitFor();
  // Still the same page, and the title says there are errors so a screen reader hears it first.
  await onPage(page, 'Personal details', 'Step 1 of 6');
  await page.waitForFunction(() => document.title.startsWith('Error: '));
  assert.match(await page.title(), /^Error: Personal details – Application for a work permit$/);
  // Focus moves to the summary so that it is read at once.
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'alert');

  // One link for every required question that is shown, in the order of the page.
  const links = summary.getByRole('link');
  const texts = await links.allInnerTexts();
  assert.deepEqual(texts, [
    'Given names: Answer this question',
    // The form gives these two their own words; the rest are the engine's.
    'Surname: Enter your surname',
    'Date of birth: Enter your date of birth',
    'Do you have a Swedish personal identity number or coordination number?: Select one of the options',
    'Sex as stated in your passport: Select one of the options',
    'Marital status: Select one of the options',
    'Place of birth: Answer this question',
    'Country of birth: Choose a country',
    'Citizenship: Choose a country',
    'Are you a citizen of any other country?: Select one of the options',
    'Passport number: Answer this question',
    'Passport date of issue: Enter a date',
    'Passport date of expiry: Enter a date',
  ], 'the summary lists every unanswered required question');

  // The message is also shown at the field, and a screen reader reads it with the field.
  const givenNames = field(page, 'Given names');
  assert.equal(await givenNames.getAttribute('aria-invalid'), 'true');
  const description = await givenNames.evaluate((el) =>
    (el.getAttribute('aria-describedby') || '').split(' ').map((id) => document.getElementById(id)?.textContent.trim()).join(' | '),
  );
  assert.match(description, /Answer this question/);

  // The first link moves focus to its field.
  await links.first().click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  assert.equal(await givenNames.evaluate((el) => el === document.activeElement), true, 'the first link focuses “Given names”');

  // A link to a radio question lands on its first option, inside the question's fieldset.
  await summary.getByRole('link', { name: /^Sex as stated in your passport/ }).click();
  const female = page.getByRole('group', { name: 'Sex as stated in your passport', exact: true }).getByRole('radio', { name: 'Female', exact: true });
  await page.waitForFunction(() => document.activeElement?.type === 'radio');
  assert.equal(await female.evaluate((el) => el === document.activeElement), true, 'the link focuses the first option');

  // A link to a date asked as day, month and year lands on the day.
  await summary.getByRole('link', { name: /^Date of birth/ }).click();
  const day = page.getByRole('group', { name: 'Date of birth', exact: true }).getByLabel('Day', { exact: true });
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('q-date_of_birth'));
  assert.equal(await day.evaluate((el) => el === document.activeElement), true, 'the link focuses the day');

  // A link to the country list lands on the list.
  await summary.getByRole('link', { name: /^Country of birth/ }).click();
  const country = field(page, 'Country of birth');
  await page.waitForFunction(() => document.activeElement?.tagName === 'SELECT');
  assert.equal(await country.evaluate((el) => el === document.activeElement), true, 'the link focuses “Country of birth”');

  assert.deepEqual(await axeViolations(page), [], 'no WCAG violation with the error summary shown');

  // Answering and pressing Next again shows only what is still missing.
  await fill(page, 'Given names', 'Priya');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await summary.getByRole('link', { name: /^Given names/ }).waitFor({ state: 'detached' });
  await summary.getByRole('link', { name: /^Surname/ }).waitFor();
  assert.equal(await givenNames.getAttribute('aria-invalid'), null);
  page.assertClean();
});

// Problems found while writing the tests above, now fixed; each test acts as the person who met
// the problem did.

/** Fills the visitor visa's first two pages in English and stops on "Travel and accommodation". */
async function toTravelPage(page) {
  await signIn(page, app.server.url, '/forms/visitor-visa');
  await onPage(page, 'Personal details and passport', 'Step 1 of 5');
  await fill(page, 'Given names', 'Thandiwe');
  await fill(page, 'Surname', 'Nkosi');
  await fillDate(page, 'Date of birth', '1985-11-02');
  await choose(page, 'Sex as stated in your passport', 'Female');
  await fill(page, 'Place of birth', 'Durban');
  await select(page, 'Country of birth', 'South Africa');
  await select(page, 'Citizenship', 'South Africa');
  await select(page, 'Type of passport', 'Ordinary passport');
  await fill(page, 'Passport number', 'A09876543');
  await select(page, 'Country that issued the passport', 'South Africa');
  await fill(page, 'Passport date of issue', '2020-05-20');
  await fill(page, 'Passport date of expiry', daysFromToday(6 * 365));
  await fill(page, 'Email address', 'thandiwe.nkosi@example.co.za');
  await fill(page, 'Phone number', '+27 82 123 4567');
  await fill(page, 'Street address in your home country', '27 Florida Road');
  await fill(page, 'City or town', 'Durban');
  await select(page, 'Country where you live', 'South Africa');
  await next(page, 'Next', 'Purpose of the visit');
  await choose(page, 'What is the main purpose of your trip?', 'Tourism');
  await next(page, 'Next', 'Travel and accommodation');
}

test('a repeating group that needs an entry is not marked optional, and its message says what to add', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await toTravelPage(page);
  await choose(page, 'Are you travelling with anyone?', 'Yes');
  await page.getByRole('group', { name: 'Travel companions', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const link = page.getByRole('alert').getByRole('link', { name: /^Travel companions/ });
  await link.waitFor();
  assert.equal(await link.innerText(), 'Travel companions: Add at least 1 with the “Add companion” button');
  page.assertClean();
});

test('removing the last entry of a group leaves focus on its Add button', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await toTravelPage(page);
  await choose(page, 'Are you travelling with anyone?', 'Yes');
  await page.getByRole('button', { name: 'Add companion', exact: true }).click();
  await page.getByRole('group', { name: 'Companion 1', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Remove companion 1', exact: true }).click();
  await page.getByText('Nothing added yet.', { exact: true }).waitFor();
  const add = page.getByRole('button', { name: 'Add companion', exact: true });
  await page.waitForFunction((button) => document.activeElement === button, await add.elementHandle());
  page.assertClean();
});

test('a date of birth is asked as day, month and year, checked as one date, and kept over a reload', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await signIn(page, app.server.url, '/forms/work-permit');
  await onPage(page, 'Personal details', 'Step 1 of 6');
  const born = page.getByRole('group', { name: 'Date of birth', exact: true });
  const part = (word) => born.getByLabel(word, { exact: true });
  // Three text fields for digits, which the browser may fill in from the applicant's own details.
  for (const [word, autocomplete] of [['Day', 'bday-day'], ['Month', 'bday-month'], ['Year', 'bday-year']]) {
    assert.equal(await part(word).getAttribute('type'), 'text');
    assert.equal(await part(word).getAttribute('inputmode'), 'numeric');
    assert.equal(await part(word).getAttribute('autocomplete'), autocomplete);
  }
  const told = async (message) => {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('alert').getByRole('link', { name: `Date of birth: ${message}`, exact: true }).waitFor();
    // One message for the three fields, read with the group.
    await born.getByText(message).waitFor();
    for (const word of ['Day', 'Month', 'Year']) assert.equal(await part(word).getAttribute('aria-invalid'), 'true', `${word} is marked`);
  };

  await fillDate(page, 'Date of birth', '1990-02-31');
  await told('The date does not exist. Check the day, month and year');
  await part('Month').fill('');
  await told('Enter the whole date: day, month and year');
  // The form's own words for its rule.
  await fillDate(page, 'Date of birth', '2090-03-05');
  await told('Your date of birth must be in the past');
  assert.deepEqual(await axeViolations(page), [], 'no WCAG violation with the date in error');

  // Typed as many do, without leading zeros; after a reload the fields show the date.
  await fillDate(page, 'Date of birth', '1990-3-5');
  page.on('dialog', (dialog) => dialog.accept());
  await page.reload();
  await onPage(page, 'Personal details', 'Step 1 of 6');
  assert.deepEqual([await part('Day').inputValue(), await part('Month').inputValue(), await part('Year').inputValue()], ['05', '03', '1990']);
  // Dates near today keep the browser's date picker.
  assert.equal(await field(page, 'Passport date of issue').getAttribute('type'), 'date');
  page.assertClean();
});

test('a half-typed date is refused with a message, and what was typed stays', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await signIn(page, app.server.url, '/forms/work-permit');
  await onPage(page, 'Personal details', 'Step 1 of 6');
  // Two of the three parts of the date (in whichever order this browser shows them): the field
  // has no date for it, yet Next asks for the whole date rather than treating it as unanswered.
  const date = field(page, 'Passport date of issue');
  await date.focus();
  await page.keyboard.type('1112');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('alert').getByRole('link', { name: 'Passport date of issue: Enter the whole date: day, month and year' }).waitFor();
  assert.equal(await date.evaluate((input) => input.validity.badInput), true, 'the half-typed date is still in the field');
  page.assertClean();
});
