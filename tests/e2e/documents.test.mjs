// Issue 7: the document question. Files are checked against the question's limits before they
// are sent, with a clear error at the question; uploaded files are listed with a Remove button;
// the list survives a reload; the question's maximum hides the file input.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, fixtureForms, openPage, axeViolations, signIn, PATIENCE } from './harness.mjs';

const app = useApp({ forms: () => fixtureForms('with-documents') });

/** The first bytes each type's files start with: the backend checks that a file is what it says. */
const signatures = {
  'application/pdf': Buffer.from('%PDF-1.4\n'),
  'image/png': Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
};
/** A file of `bytes` bytes that starts as a file of its type does. */
const file = (name, mimeType, bytes) => {
  const buffer = Buffer.alloc(bytes, 37);
  signatures[mimeType]?.copy(buffer);
  return { name, mimeType, buffer };
};
const listed = (page) => page.getByRole('listitem');
const documentsOnBackend = (page) =>
  page.evaluate(async () => {
    const { applications } = await fetch('/api/applications').then((r) => r.json());
    return (await fetch(`/api/applications/${applications[0].id}/documents`).then((r) => r.json())).map((d) => d.name);
  });

test('files are checked before sending, listed, removed, and kept over a reload', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  await signIn(page, app.server.url, '/forms/with-documents');
  await page.getByRole('heading', { level: 1, name: 'Documents', exact: true }).waitFor();
  const question = page.getByRole('group', { name: "Copy of your passport's details page", exact: true });
  const choose = () => question.getByLabel('Choose a file', { exact: true });
  const uploads = [];
  page.on('request', (request) => request.method() === 'POST' && request.url().includes('/documents') && uploads.push(request.url()));

  // Next with nothing uploaded: the question's own error.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('alert').getByText('Upload a document').first().waitFor();

  // A wrong type and a file too large are refused in the browser, with what to do.
  await choose().setInputFiles(file('notes.txt', 'text/plain', 10));
  await question.getByText(/^Error: The file must be a .*Choose another file/).waitFor();
  await choose().setInputFiles(file('huge.pdf', 'application/pdf', 100 * 1024 + 1));
  await question.getByText(/^Error: The file must be 100 KB or smaller/).waitFor();
  assert.deepEqual(uploads, [], 'nothing was sent');
  assert.deepEqual(await axeViolations(page), [], 'an error at the document question');

  await choose().setInputFiles(file('passport.pdf', 'application/pdf', 2000));
  await question.getByRole('button', { name: 'Remove passport.pdf', exact: true }).waitFor();
  await choose().setInputFiles(file('page2.png', 'image/png', 1000));
  await question.getByRole('button', { name: 'Remove page2.png', exact: true }).waitFor();
  assert.equal(await choose().count(), 0, 'two files is the maximum: no file input');
  assert.deepEqual(await documentsOnBackend(page), ['passport.pdf', 'page2.png']);

  await question.getByRole('button', { name: 'Remove passport.pdf', exact: true }).click();
  await question.getByRole('button', { name: 'Remove passport.pdf', exact: true }).waitFor({ state: 'detached' });
  assert.deepEqual(await documentsOnBackend(page), ['page2.png'], 'removed from the backend too');
  await choose().waitFor();

  // The answer (the list) is saved like any answer: the reload waits until the backend's draft
  // lists just the file that is left, and the page says it is saved.
  await page.waitForFunction(async () => {
    const { applications } = await fetch('/api/applications').then((r) => r.json());
    const path = `/api/applications/${applications[0].id}`;
    const [draft, documents] = await Promise.all([fetch(path).then((r) => r.json()), fetch(`${path}/documents`).then((r) => r.json())]);
    const names = (draft.answers.passport_copy ?? []).map((id) => documents.find((d) => d.id === id)?.name);
    return names.length === 1 && names[0] === 'page2.png';
  }, undefined, { polling: 200 });
  await page.getByText(/^Saved at /).waitFor();
  await page.reload();
  await question.getByRole('button', { name: 'Remove page2.png', exact: true }).waitFor();
  assert.equal(await listed(question).count(), 1);
  page.assertClean();
});

const QUESTION = "Copy of your passport's details page";
const question = (page, name = QUESTION) => page.getByRole('group', { name, exact: true });

/** Signed in on the form with documents; `page.uploads` collects every upload request sent. */
async function open({ locale = 'en-GB', lang = 'en' } = {}) {
  const page = await openPage(app.browser, { locale });
  page.setDefaultTimeout(PATIENCE);
  await signIn(page, app.server.url, '/forms/with-documents', { lang });
  await page.getByRole('heading', { level: 1, name: lang === 'sv' ? 'Dokument' : 'Documents', exact: true }).waitFor();
  page.uploads = [];
  page.on('request', (request) => request.method() === 'POST' && request.url().includes('/documents') && page.uploads.push(request.url()));
  return page;
}

test('the question\'s error links to the file input, and an uploaded file takes it away', async () => {
  const page = await open();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const link = page.getByRole('alert').getByRole('link', { name: `${QUESTION}: Upload a document`, exact: true });
  await link.click();
  await page.waitForFunction(() => document.activeElement?.type === 'file');
  await question(page).getByLabel('Choose a file', { exact: true }).setInputFiles(file('passport.png', 'image/png', 3000));
  await question(page).getByRole('button', { name: 'Remove passport.png', exact: true }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0, 'the problem is gone');
  // The focus is on the file just uploaded, whose name says it is there.
  await page.waitForFunction(() => document.activeElement?.textContent.trim() === 'Remove passport.png');
  page.assertClean();
});

test('the backend\'s refusals and a lost connection read as the browser\'s own checks', async () => {
  const page = await open();
  // Two files uploaded elsewhere (another tab) since this page read the list: the backend refuses
  // a third, and the page says why.
  await page.evaluate(async () => {
    const draft = (await fetch('/api/applications').then((r) => r.json())).applications[0];
    for (const name of ['a.pdf', 'b.pdf']) {
      const url = `/api/applications/${draft.id}/documents?question=passport_copy&name=${name}`;
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/pdf', 'blankett-client': '1' }, body: '%PDF-1.7' });
    }
  });
  await question(page).getByLabel('Choose a file', { exact: true }).setInputFiles(file('passport.pdf', 'application/pdf', 2048));
  await question(page).getByText('You can upload at most 2 documents. Remove one before you upload another').waitFor();
  assert.equal(page.uploads.length, 3, 'sent, and refused by the backend');

  // Offline: the file is not sent, and the applicant is told what to do.
  await page.context().setOffline(true);
  await question(page).getByLabel('Choose a file', { exact: true }).setInputFiles(file('passport.pdf', 'application/pdf', 2048));
  await question(page).getByText(/The file was not sent because the service could not be reached\. Check your internet connection/).waitFor();
  await page.context().setOffline(false);
  // The request cut on purpose is not a problem (Chromium also logs it as a console error).
  page.problems.splice(0, page.problems.length, ...page.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)));
  page.assertClean();
});

test('while a file is sent, its progress is shown with a name and has the focus', async () => {
  const page = await open();
  // The upload is held for a moment, as on a slow connection.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/api/applications/*/documents?*', async (route) => {
    await held;
    await route.continue();
  });
  await question(page).getByLabel('Choose a file', { exact: true }).setInputFiles(file('passport.pdf', 'application/pdf', 60 * 1024));
  const progress = page.getByRole('progressbar', { name: /^Uploading passport\.pdf \d+%$/ });
  await progress.waitFor();
  assert.equal(await progress.getAttribute('max'), '100');
  await question(page).getByText(/^Uploading passport\.pdf \d+%$/).waitFor();
  assert.equal(await question(page).getByLabel('Choose a file', { exact: true }).count(), 0, 'one file at a time');
  await page.waitForFunction(() => document.activeElement?.tagName === 'PROGRESS');
  assert.deepEqual(await axeViolations(page), []);
  release();
  await question(page).getByRole('button', { name: 'Remove passport.pdf', exact: true }).waitFor();
  assert.equal(await page.getByRole('progressbar').count(), 0);
  page.assertClean();
});

test('the document question in Swedish', async () => {
  const page = await open({ locale: 'sv-SE', lang: 'sv' });
  const group = question(page, 'Kopia av passets uppgiftssida');
  await group.getByText('Du kan ladda upp högst 2 filer: PDF eller PNG, högst 100 KB per fil.').waitFor();
  const choose = () => group.getByLabel('Välj fil', { exact: true });
  await choose().setInputFiles(file('foto.jpg', 'image/jpeg', 2000));
  await group.getByText('Filen måste vara av typen PDF eller PNG. Välj en annan fil').waitFor();
  await choose().setInputFiles(file('skanning.pdf', 'application/pdf', 200 * 1024));
  await group.getByText(/Filen får vara högst 100 KB\. Välj en mindre fil/).waitFor();
  await choose().setInputFiles(file('pass.pdf', 'application/pdf', 1536));
  await group.getByRole('listitem').filter({ hasText: 'pass.pdf (2 KB)' }).waitFor();
  await group.getByRole('button', { name: 'Ta bort pass.pdf', exact: true }).click();
  await choose().waitFor();
  await page.getByRole('button', { name: 'Nästa', exact: true }).click();
  await group.getByText('Ladda upp ett dokument').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  page.assertClean();
});
