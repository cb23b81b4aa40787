// Embedding (issue 21): examples/host.html, a page of another site (another origin: a port of its
// own) with a hostile style sheet, embeds two forms from the reference backend, which allows that
// origin (--allow-origin). The first form is signed in by the host page with a session token; the
// second offers the backend's sign-in, which returns to the host page. Through labels and roles:
// a form filled and saved, its events in order, the host's own history and popstate handler
// working beside the form's entries, styles leaking neither way, a theme property on the host
// reaching the form, axe inside the shadow root, printing the application only, and a removed
// form sending nothing more when an hour passes.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, openPage, newAccount, PASSWORD, PATIENCE } from './harness.mjs';
import { serveStatic } from './static.mjs';
import { Client, advanceClock } from '../conformance/backend.mjs';

const root = new URL('../../', import.meta.url).pathname;
// Started first: the backend must know the host page's origin to allow it.
const host = await serveStatic({ '/': `${root}examples` });
after(() => host.stop());

const app = useApp({
  forms: () => {
    const forms = mkdtempSync(join(tmpdir(), 'blankett-embedding-'));
    copyFileSync(`${root}tests/fixtures/timed.json`, join(forms, 'timed.json'));
    copyFileSync(`${root}forms/work-permit.json`, join(forms, 'work-permit.json'));
    return forms;
  },
  args: () => ['--allow-origin', host.origin],
});

const HOUR = 60 * 60 * 1000;

/** The host page with its two forms: `timed` signed in by the host, `work-permit` by the backend. */
async function openHost({ clock = false } = {}) {
  const page = await openPage(app.browser);
  page.setDefaultTimeout(PATIENCE);
  if (clock) await page.clock.install();
  await page.goto(`${host.origin}/host.html?backend=${encodeURIComponent(app.server.url)}&forms=timed,work-permit`);
  return page;
}

/** The lines of the host's list of events, of the form with this id. */
async function eventsOf(page, id) {
  const lines = await page.getByRole('list', { name: 'Events from the forms' }).getByRole('listitem').allTextContents();
  return lines.filter((line) => line.startsWith(`${id} `)).map((line) => line.slice(id.length + 1));
}

/** Signs in on the host's own form; the host gives the first form the token. */
async function signInOnTheHost(page) {
  const email = await newAccount(app.server.url);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText('Signed in.').waitFor();
  return email;
}

const visa = (page) => page.locator('#visa');
const permit = (page) => page.locator('#permit');
const computed = (locator, property) => locator.evaluate((element, property) => getComputedStyle(element)[property], property);

test('a form on a host page of another site is filled and saved, with its events, beside the host\'s own history and styles', async () => {
  const page = await openHost();
  // The second form offers the backend's sign-in, back to this very page.
  const signInLink = permit(page).getByRole('link', { name: 'Sign in to start or continue' });
  await signInLink.waitFor();
  // A first visit is told what to do, not that something ended.
  await permit(page).getByText('Sign in to fill in the application. If you have started it before, you continue with what you saved.').waitFor();
  assert.equal(await permit(page).getByRole('alert').count(), 0, 'a notice, not an alert');
  const address = new URL(await signInLink.getAttribute('href'));
  assert.equal(address.origin, app.server.url);
  assert.equal(address.pathname, '/sign-in');
  assert.equal(address.searchParams.get('next'), page.url());

  await signInOnTheHost(page);
  const heading = visa(page).getByRole('heading', { level: 1, name: 'Your name' });
  await heading.waitFor();

  // The host's own entry first: a section of its page, with its own state.
  await page.getByRole('button', { name: 'News' }).click();
  await page.getByText('Showing the host\'s section: news').waitFor();

  // Next on an empty page: the problem is told in the form and to the host page.
  await visa(page).getByRole('button', { name: 'Next' }).click();
  await visa(page).getByRole('link', { name: /Given name/ }).click();
  const field = await visa(page).getByLabel('Given name').elementHandle();
  await page.waitForFunction((field) => field.getRootNode().activeElement === field, field);
  await field.fill('Ada');
  await visa(page).getByRole('button', { name: 'Next' }).click();
  await visa(page).getByRole('heading', { level: 1, name: 'Your trip' }).waitFor();
  await page.getByText(/^visa saved .*"version":2/).waitFor();
  assert.deepEqual(
    (await eventsOf(page, 'visa')).map((line) => line.split(' ')[0]),
    ['sign-in', 'page', 'invalid', 'page', 'saved'],
    'in the order they happened; nobody signed in at first is a sign-in, not an error',
  );
  const [signIn, first, invalid, second] = await eventsOf(page, 'visa');
  assert.equal(signIn, 'sign-in {"mode":"host"}');
  assert.equal(first, 'page {"page":"name","number":1}');
  assert.equal(invalid, 'invalid {"page":"name","problems":1}');
  assert.equal(second, 'page {"page":"trip","number":2}');

  // The browser's Back is the form's Back; the host's popstate handler still hears its own
  // state (the form's entry carries it), then its own entry before it.
  await page.goBack();
  await heading.waitFor();
  assert.equal(await page.locator('#section').textContent(), 'news', 'the host still shows the section of its entry');
  await page.goBack();
  await page.getByText('Showing the host\'s section: start').waitFor();
  await page.goForward();
  await page.getByText('Showing the host\'s section: news').waitFor();
  await page.goForward();
  await visa(page).getByRole('heading', { level: 1, name: 'Your trip' }).waitFor();
  const states = await page.evaluate(() => history.state);
  assert.equal(states.section, 'news', 'the host finds the state it pushed');

  // Styles: the host's reach the host only, the form's the form only.
  const hostText = page.getByText('This paragraph is the host page\'s own content', { exact: false });
  assert.equal(await computed(hostText, 'fontSize'), '40px');
  assert.equal(await computed(hostText, 'color'), 'rgb(255, 0, 0)');
  const formHeading = visa(page).getByRole('heading', { level: 1 });
  assert.notEqual(await computed(formHeading, 'fontSize'), '40px');
  assert.notEqual(await computed(formHeading, 'color'), 'rgb(255, 0, 0)');
  assert.doesNotMatch(await computed(formHeading, 'fontFamily'), /^serif$/);
  assert.ok(await visa(page).getByLabel('Purpose of the trip').isVisible(), 'the host hides its inputs, not the form\'s');
  const hostButton = page.getByRole('button', { name: 'The host\'s own button' });
  const formButton = visa(page).getByRole('button', { name: 'Next' });
  assert.equal(await computed(formButton, 'backgroundColor'), 'rgb(0, 112, 60)', 'the form\'s own button');
  assert.notEqual(await computed(hostButton, 'backgroundColor'), 'rgb(0, 112, 60)', 'the form\'s .button does not reach the host\'s');

  // A theme property set on the host changes the form.
  await visa(page).evaluate((element) => element.style.setProperty('--blankett-colour-button', 'rgb(75, 42, 134)'));
  assert.equal(await computed(formButton, 'backgroundColor'), 'rgb(75, 42, 134)');

  assert.deepEqual(await axeInShadowRoot(page, '#visa'), [], 'axe finds nothing in the form');

  // The host changes the form's language: the words change, the answers stay.
  await visa(page).evaluate((element) => element.setAttribute('lang', 'sv'));
  await visa(page).getByRole('heading', { level: 1, name: 'Din resa' }).waitFor();
  await visa(page).getByRole('button', { name: 'Tillbaka' }).click();
  assert.equal(await visa(page).getByLabel('Förnamn').inputValue(), 'Ada');
  page.assertClean();
});

/**
 * Runs axe-core (WCAG 2.x A and AA) on the contents of the widget `selector`'s shadow root only:
 * the host page is someone else's (here it is red on white on purpose).
 */
async function axeInShadowRoot(page, selector) {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate((selector) => globalThis.axe.run(
    { include: { fromShadowDom: [selector, '.blankett'] } },
    { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
  ), selector);
  if (result.passes.length === 0) throw new Error('axe checked nothing: is the shadow root open?');
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the backend\'s sign-in returns to the host page, and the form goes on there with the cookie', async () => {
  const page = await openHost();
  const email = await newAccount(app.server.url);
  await permit(page).getByRole('link', { name: 'Sign in to start or continue' }).click();
  await page.getByLabel('Email address or username', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.origin === host.origin && url.pathname === '/host.html');
  await permit(page).getByRole('heading', { level: 1 }).first().waitFor();
  assert.notEqual(await permit(page).getByRole('heading', { level: 1 }).first().textContent(), '');
  assert.equal((await eventsOf(page, 'permit')).filter((line) => line.startsWith('page ')).length, 1);
  page.assertClean();
});

test('printing from a form prints the application only, not the host page', async () => {
  const page = await openHost();
  await signInOnTheHost(page);
  await visa(page).getByLabel('Given name').fill('Ada');
  await visa(page).getByRole('button', { name: 'Next' }).click();
  await visa(page).getByRole('button', { name: 'Next' }).click();
  await visa(page).getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  // The print dialog is the browser's; what it would print is the page in print media.
  await page.evaluate(() => { window.print = () => {}; });
  await visa(page).getByRole('button', { name: 'Print' }).click();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByText('This paragraph is the host page\'s own content').isVisible(), false, 'the host page is not printed');
  assert.equal(await permit(page).isVisible(), false, 'nor the other form');
  assert.equal(await visa(page).getByText('Ada', { exact: true }).isVisible(), true, 'the application is');
  assert.equal(await visa(page).getByRole('button', { name: 'Print' }).isVisible(), false, 'without its buttons');
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  assert.equal(await page.getByText('This paragraph is the host page\'s own content').isVisible(), true, 'the page is whole again after printing');
  page.assertClean();
});

test('a removed form sends nothing more, even when an hour passes', async () => {
  const page = await openHost({ clock: true });
  await signInOnTheHost(page);
  await visa(page).getByLabel('Given name').fill('Ada');
  await page.getByText(/^visa saved /).waitFor();
  const backend = new URL(app.server.url).origin;
  let sent = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin === backend) sent.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  // While the form is there, time passing is heard: four and a half minutes into the page's five
  // the warning opens and the session is kept alive at the backend.
  await page.clock.runFor(4.5 * 60 * 1000);
  await visa(page).getByRole('dialog').waitFor();
  assert.ok(sent.includes('GET /api/sessions/current'), `the running form asks the backend: ${sent}`);
  await page.getByText(/^visa time-warning \{"endsAt":\d+\}$/).waitFor();
  // The modal warning, in the shadow root, takes the focus and passes axe.
  await page.waitForFunction(() => document.querySelector('#visa').shadowRoot.activeElement?.textContent === 'More time');
  assert.deepEqual(await axeInShadowRoot(page, '#visa'), [], 'no violations with the warning open');
  sent = [];
  // Removed, it hears nothing, though an hour would be a time-out (a save and a sign-out).
  await page.evaluate(() => document.querySelector('#visa').remove());
  await page.evaluate(() => document.querySelector('#permit').remove());
  await advanceClock(new Client(app.server.url), HOUR);
  await page.clock.runFor(HOUR);
  // The clock ran every timer of the hour, so any request they made has left. A request the page
  // sends now is heard after all of those: when it is, nothing else is there.
  // (A request the backend allows this page, answered in full: an opaque one may be cut off.)
  await page.evaluate((backend) => fetch(`${backend}/api/forms/timed`).then((answer) => answer.text()), backend);
  assert.deepEqual(sent, ['GET /api/forms/timed'], 'no request left after the forms were removed');
  assert.equal(await page.locator('blankett-form').count(), 0);
  page.assertClean();
});
