// Issue 7: the document question. Files are checked against the question's limits before they
// are sent, with a clear error at the question; uploaded files are listed with a Remove button;
// the list survives a reload; the question's maximum hides the file input.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, openPage, axeViolations, signIn } from './harness.mjs';

const root = new URL('../../', import.meta.url).pathname;
const app = useApp({
  forms: () => {
    const forms = mkdtempSync(join(tmpdir(), 'blankett-documents-'));
    copyFileSync(`${root}tests/fixtures/with-documents.json`, join(forms, 'with-documents.json'));
    return forms;
  },
});

const file = (name, mimeType, bytes) => ({ name, mimeType, buffer: Buffer.alloc(bytes, 37) });
const listed = (page) => page.getByRole('listitem');
const documentsOnBackend = (page) =>
  page.evaluate(async () => {
    const { applications } = await fetch('/api/applications').then((r) => r.json());
    return (await fetch(`/api/applications/${applications[0].id}/documents`).then((r) => r.json())).map((d) => d.name);
  });

test('files are checked before sending, listed, removed, and kept over a reload', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(5000);
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

  // The answer (the list) is saved like any answer.
  await page.waitForFunction(() => !document.body.innerText.includes('Saving'));
  await page.waitForTimeout(2500);
  await page.reload();
  await question.getByRole('button', { name: 'Remove page2.png', exact: true }).waitFor();
  assert.equal(await listed(question).count(), 1);
  page.problems.splice(0);
});
