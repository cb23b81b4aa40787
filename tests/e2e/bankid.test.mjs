// BankID and Mobile BankID against the project's BankID test service (tests/e2e/bankid.mjs),
// which speaks the Relying Party API v6.0 over mutual TLS. Mobile BankID: the QR code changes
// every second and each code read off the screen follows BankID's HMAC rule; BankID's messages
// follow the order; Cancel cancels it; the first sign-in asks for the address for the agency's
// mail. BankID on this device: the autostart link. A failed order says what to do.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { fixtureForms, launchBrowser, openPage, axeViolations, PATIENCE } from './harness.mjs';
import { startReferenceServer } from '../reference-server.mjs';
import { startBankId, qrPayload } from './bankid.mjs';
import { Client, codeFor } from '../conformance/backend.mjs';

const anna = { personalNumber: '199001011239', givenName: 'Anna', surname: 'Andersson' };
const fixtures = new URL('../fixtures/bankid/', import.meta.url).pathname;
let bankid;
let server;
let browser;

before(async () => {
  bankid = await startBankId();
  const config = join(mkdtempSync(join(tmpdir(), 'blankett-bankid-')), 'sign-in.toml');
  writeFileSync(
    config,
    `public_url = "http://127.0.0.1"\n[bankid]\nurl = "${bankid.url}"\ncertificate = "${fixtures}rp.p12"\npassword = "qwerty123"\nca = "${fixtures}ca.pem"\ntest = true\n`,
  );
  server = await startReferenceServer({ forms: fixtureForms('household'), args: ['--sign-in-config', config] });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
  await bankid?.stop();
});

async function open() {
  const page = await openPage(browser);
  page.setDefaultTimeout(PATIENCE);
  await page.goto(`${server.url}/sign-in?lang=en&next=/forms/household`);
  return page;
}

const qrImage = (page) => page.getByRole('img', { name: 'QR code to scan with the BankID app', exact: true });

/** What the QR code on the screen holds, read off a screenshot as a phone's camera would. */
async function readQr(page) {
  const png = PNG.sync.read(await qrImage(page).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** Waits for the screen's QR code to hold something other than `before`; resolves to it. */
async function nextQr(page, before) {
  for (;;) {
    const shown = await qrImage(page).getAttribute('src');
    const now = await readQr(page);
    if (now && now !== before) return now;
    // The next picture the page shows (it asks for a new one every second), once it has loaded.
    await qrImage(page).evaluate((img, shown) => new Promise((done) => {
      const loaded = () => (img.getAttribute('src') !== shown && img.complete ? done() : img.addEventListener('load', loaded, { once: true }));
      loaded();
    }), shown);
  }
}

test('the chooser offers BankID first, on this device or Mobile BankID on another', async () => {
  const page = await open();
  assert.deepEqual((await page.getByRole('heading', { level: 2 }).allInnerTexts()).slice(0, 2), ['BankID and Mobile BankID (test)', 'Username and password']);
  await page.getByRole('link', { name: 'Log in with BankID on this device', exact: true }).waitFor();
  await page.getByRole('link', { name: 'Log in with Mobile BankID on another device', exact: true }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  page.assertClean();
});

test('Mobile BankID the first time: the QR code changes every second by BankID\'s rule; then BankID on this device', async () => {
  const page = await open();
  await page.getByRole('link', { name: 'Log in with Mobile BankID on another device', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Mobile BankID', exact: true }).waitFor();
  const order = bankid.newest();
  assert.equal(bankid.calls.find((c) => c.operation === 'auth' && c.body.endUserIp).body.endUserIp, '127.0.0.1', 'the applicant\'s address');
  await page.getByRole('status').filter({ hasText: 'Start your BankID app.' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);

  const first = await nextQr(page, undefined);
  const second = await nextQr(page, first);
  for (const payload of [first, second]) {
    const seconds = Number(payload.split('.')[2]);
    assert.equal(payload, qrPayload(order, seconds), 'bankid.{qrStartToken}.{seconds}.{HMAC-SHA256 keyed with qrStartSecret}');
  }
  assert.ok(Number(second.split('.')[2]) > Number(first.split('.')[2]), `${first} then ${second}`);
  assert.ok(!(await page.content()).includes(order.qrStartSecret), 'the secret never reaches the browser');

  // The user's app asks for the security code: BankID's message for it.
  bankid.hint(order, 'userSign');
  await page.getByRole('status').filter({ hasText: 'Enter your security code in the BankID app and select Identify.' }).waitFor();
  bankid.complete(order, anna);
  await page.getByRole('heading', { level: 1, name: 'Your email address', exact: true }).waitFor();
  const email = `anna-bankid-${Date.now()}@example.com`;
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Send a code', exact: true }).click();
  await page.getByLabel('Code', { exact: true }).fill(await codeFor(new Client(server.url), email));
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'About you', exact: true }).waitFor();
  page.assertClean();

  // Another day, BankID on this device: the button opens the app with the order's autostart token.
  const later = await open();
  await later.getByRole('link', { name: 'Log in with BankID on this device', exact: true }).click();
  await later.getByRole('heading', { level: 1, name: 'BankID on this device', exact: true }).waitFor();
  const onThisDevice = bankid.newest();
  const autostart = `bankid:///?autostarttoken=${onThisDevice.autoStartToken}&redirect=null`;
  assert.equal(await later.getByRole('link', { name: 'Open BankID', exact: true }).getAttribute('href'), autostart);
  assert.equal(await later.getByRole('link', { name: 'Nothing happens? Open BankID here', exact: true }).getAttribute('href'), autostart);
  await later.getByRole('status').filter({ hasText: 'Trying to start your BankID app.' }).waitFor();
  assert.deepEqual(await axeViolations(later), []);
  bankid.complete(onThisDevice, anna);
  await later.getByRole('heading', { level: 1, name: 'About you', exact: true }).waitFor();
  assert.deepEqual(await later.evaluate(() => fetch('/api/sessions/current').then((r) => r.json())), { email });
  later.assertClean();
});

test('Cancel cancels the order at BankID; a failed order says what to do, with Try again', async () => {
  const page = await open();
  await page.getByRole('link', { name: 'Log in with Mobile BankID on another device', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Mobile BankID', exact: true }).waitFor();
  const cancelled = bankid.newest();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in', exact: true }).waitFor();
  assert.ok(bankid.calls.some((c) => c.operation === 'cancel' && c.body.orderRef === cancelled.orderRef), 'cancelled at BankID');

  await page.getByRole('link', { name: 'Log in with Mobile BankID on another device', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Mobile BankID', exact: true }).waitFor();
  bankid.fail(bankid.newest(), 'expiredTransaction');
  await page.getByRole('alert').filter({ hasText: 'The BankID app is not responding.' }).waitFor();
  assert.equal(await qrImage(page).count(), 0, 'no QR code for an order that is over');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('link', { name: 'Try again', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Start your BankID app.' }).waitFor();
  assert.equal(await page.evaluate(() => fetch('/api/sessions/current').then((r) => r.status)), 401, 'nobody signed in');

  // BankID refuses the order itself: its message for that, and Try again.
  bankid.refuseNextAuth('alreadyInProgress');
  await page.goto(`${server.url}/sign-in/bankid/start?device=other&lang=en`);
  await page.getByRole('alert').filter({ hasText: 'An identification or signing for this personal number is already started. Please try again.' }).waitFor();
  await page.getByRole('link', { name: 'Try again', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Start your BankID app.' }).waitFor();
  page.assertClean();
});

test('in Swedish: Mobilt BankID, BankID\'s own words, and Avbryt', async () => {
  const page = await openPage(browser, { locale: 'sv-SE' });
  page.setDefaultTimeout(PATIENCE);
  await page.goto(`${server.url}/sign-in?lang=sv&next=/forms/household`);
  await page.getByRole('link', { name: 'Logga in med Mobilt BankID på en annan enhet', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Mobilt BankID', exact: true }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Starta BankID-appen.' }).waitFor();
  await page.getByRole('img', { name: 'QR-kod att läsa av med BankID-appen', exact: true }).waitFor();
  bankid.hint(bankid.newest(), 'userSign');
  await page.getByRole('status').filter({ hasText: 'Skriv in din säkerhetskod i BankID-appen och välj Identifiera.' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Avbryt', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Logga in', exact: true }).waitFor();
  page.assertClean();
});
