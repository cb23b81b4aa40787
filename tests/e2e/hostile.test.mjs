// Issue 17: a schema and answers carrying markup, script, a right-to-left override and a very
// long label (tests/fixtures/hostile.json) are shown as the text they are, on the server's pages
// and in the app, and nothing in them runs: no script, no handler, no Content-Security-Policy
// report (which the harness counts as a problem).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, fixtureForms, openPage, signIn, PATIENCE } from './harness.mjs';

const app = useApp({ forms: () => fixtureForms('hostile') });

const ran = (page) => page.evaluate(() => window.__pwned ?? null);

test('markup and script in a schema and in answers are shown as text and never run', async () => {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  const dialogs = [];
  page.on('dialog', (dialog) => (dialogs.push(dialog.message()), dialog.dismiss()));

  // The start page (the server's) lists the form by its title, as text.
  await page.goto(app.server.url);
  await page.getByRole('link', { name: "<script>window.__pwned = 'title'</script>Hostile", exact: true }).waitFor();

  await signIn(page, app.server.url, '/forms/hostile');
  await page.getByRole('heading', { level: 1, name: `<img src=x onerror="window.__pwned='page'">Words`, exact: true }).waitFor();
  const name = page.getByLabel(`Name <b onmouseover="window.__pwned='label'">bold</b>`, { exact: true });
  await name.hover();
  await page.getByText(`</div><script>window.__pwned='hint'</script> \u202Eexe.txt\u202C`, { exact: true }).waitFor();
  await page.getByRole('radio', { name: `"><svg onload="window.__pwned='option'">A`, exact: true }).waitFor();
  await page.getByRole('radio', { name: '{{ b }} ${b} &amp; B', exact: true }).waitFor();
  await page.getByLabel(/^Long x{3000} \(optional\)$/).waitFor();

  // The applicant's own answer, with markup in it, on the review and the print header.
  const typed = '<img src=x onerror="window.__pwned=\'answer\'">Ada';
  await name.fill(typed);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers', exact: true }).waitFor();
  await page.getByRole('definition').filter({ hasText: typed }).first().waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });

  assert.equal(await ran(page), null, 'nothing ran');
  assert.deepEqual(dialogs, []);
  assert.equal(await page.locator('main script, main img, main svg, main b').count(), 0, 'no element came from the text');
  page.assertClean();
});
