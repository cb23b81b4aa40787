// Conformance: a draft deleted when its retention time ran out (R4: 48 hours after its last save
// for any form but a work permit), as a client relies on it to explain what happened instead of
// showing an empty form. Checked through HTTP only, with the test clock: GET /api/applications
// names it under `expired` (id, form_id, saved_at, expires_at, nothing typed), every request on
// its id answers 410 `expired` until the applicant starts that form again or 30 days have passed
// since it expired, and nobody else learns of it. Needs the sample forms and
// tests/fixtures/with-documents.json (see contract.test.mjs).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backend, applicant, advanceClock, problem } from './backend.mjs';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
let server;
before(async () => (server = await backend()));
after(() => server?.stop());

/** An applicant who can come back days later: the session ends after 30 idle minutes (R10). */
async function returning() {
  const { client, email, password } = await applicant(server.url);
  const signInAgain = async () => assert.equal((await client.post('/api/sessions', { email, password })).status, 201);
  const start = async (form_id) => {
    const created = await client.post('/api/applications', { form_id });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body;
  };
  const list = async () => {
    const listed = await client.get('/api/applications');
    assert.equal(listed.status, 200, JSON.stringify(listed.body));
    assert.ok(Array.isArray(listed.body.expired), 'always an array, empty when nothing expired');
    return listed.body;
  };
  return { client, signInAgain, start, list };
}

test('an expired draft is listed under `expired` with its last save and its expiry, and nothing typed', async () => {
  const { client, signInAgain, start, list } = await returning();
  const visa = await start('visitor-visa');
  const permit = await start('work-permit');
  await advanceClock(client, 10 * MINUTE);
  const path = `/api/applications/${visa.id}`;
  const saved = await client.put(path, { answers: { given_names: 'Ada', family_name: 'Lovelace' }, page: 1 }, { headers: { 'if-match': '"1"' } });
  assert.equal(saved.status, 200);
  assert.deepEqual((await list()).expired, [], 'nothing has expired yet');

  await advanceClock(client, 48 * HOUR);
  await signInAgain();
  const body = await list();
  // The same strings the live draft carried, so a client can show them as it showed the draft's:
  // which form, when it was last saved, when it was deleted.
  assert.deepEqual(body.expired, [{ id: visa.id, form_id: 'visitor-visa', saved_at: saved.body.saved_at, expires_at: saved.body.expires_at }]);
  assert.notEqual(saved.body.saved_at, visa.saved_at, 'the last save counts, not the start');
  assert.equal(Date.parse(body.expired[0].expires_at) - Date.parse(body.expired[0].saved_at), 48 * HOUR);
  assert.ok(!JSON.stringify(body.expired).includes('Lovelace'), 'no answers');
  // A work permit is kept 30 days, so it is still there to continue.
  assert.deepEqual(body.applications.map((a) => a.id), [permit.id]);
});

test('every request on an expired draft answers 410 expired, every time', async () => {
  const { client, signInAgain, start, list } = await returning();
  const draft = await start('with-documents');
  const path = `/api/applications/${draft.id}`;
  const upload = () => client.upload(`${path}/documents?question=passport_copy&name=p.pdf`, Buffer.from('%PDF-1.4 test'), 'application/pdf');
  const uploaded = await upload();
  assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));

  await advanceClock(client, 48 * HOUR);
  await signInAgain();
  for (let round = 1; round <= 2; round++) {
    problem(await client.get(path), 410, 'expired');
    problem(await client.put(path, { answers: {}, page: 0 }, { headers: { 'if-match': '"1"' } }), 410, 'expired');
    problem(await client.post(`${path}/extend`), 410, 'expired');
    problem(await client.post(`${path}/confirm`, undefined, { headers: { 'idempotency-key': `k${round}` } }), 410, 'expired');
    problem(await client.get(`${path}/documents`), 410, 'expired');
    problem(await upload(), 410, 'expired');
    problem(await client.delete(`${path}/documents/${uploaded.body.id}`), 410, 'expired');
    assert.deepEqual((await list()).expired.map((e) => e.id), [draft.id], `round ${round}: still explained`);
  }
});

test('the latest expiry comes first; starting a form again removes its records and only its', async () => {
  const { client, signInAgain, start, list } = await returning();
  const first = await start('visitor-visa');
  await advanceClock(client, 5 * MINUTE);
  const second = await start('visitor-visa');
  await advanceClock(client, 5 * MINUTE);
  const other = await start('with-documents');
  await advanceClock(client, 48 * HOUR);
  await signInAgain();
  assert.deepEqual((await list()).expired.map((e) => [e.id, e.form_id]), [[other.id, 'with-documents'], [second.id, 'visitor-visa'], [first.id, 'visitor-visa']]);

  // The app has explained it; the applicant starts the visa again.
  const again = await start('visitor-visa');
  const body = await list();
  assert.deepEqual(body.expired.map((e) => e.id), [other.id]);
  assert.deepEqual(body.applications.map((a) => a.id), [again.id]);
  problem(await client.get(`/api/applications/${first.id}`), 404, 'not-found');
  problem(await client.get(`/api/applications/${other.id}`), 410, 'expired');
});

test('another applicant neither sees the record nor learns that the draft existed', async () => {
  const ada = await returning();
  const eve = await returning();
  const draft = await ada.start('visitor-visa');
  const path = `/api/applications/${draft.id}`;
  await advanceClock(ada.client, 48 * HOUR);
  await ada.signInAgain();
  await eve.signInAgain();
  assert.deepEqual((await ada.list()).expired.map((e) => e.id), [draft.id]);
  assert.deepEqual(await eve.list(), { applications: [], expired: [] });
  problem(await eve.client.get(path), 404, 'not-found');
  problem(await eve.client.put(path, { answers: {}, page: 0 }, { headers: { 'if-match': '"1"' } }), 404, 'not-found');
  // Eve starting the same form leaves Ada's record alone.
  await eve.start('visitor-visa');
  assert.deepEqual((await ada.list()).expired.map((e) => e.id), [draft.id]);
});

test('the record is kept 30 days after the expiry; then the id is simply unknown', async () => {
  const { client, signInAgain, start, list } = await returning();
  const draft = await start('visitor-visa');
  const path = `/api/applications/${draft.id}`;
  // Read for the first time a little before the 30 days are up (the clock runs on between requests).
  await advanceClock(client, 48 * HOUR + 30 * DAY - 5 * MINUTE);
  await signInAgain();
  assert.deepEqual((await list()).expired.map((e) => e.id), [draft.id]);
  problem(await client.get(path), 410, 'expired');
  await advanceClock(client, 10 * MINUTE);
  assert.deepEqual((await list()).expired, []);
  problem(await client.get(path), 404, 'not-found');
});
