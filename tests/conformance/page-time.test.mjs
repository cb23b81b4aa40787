// Conformance: the time on a page (R2) as api/openapi.yaml states it, checked through HTTP only:
// more time on request (POST /api/applications/{id}/extend) as often as the form allows; a save
// after the page's deadline is kept, then the form's `on_time_out` policy runs; signing in again
// gives the page its full time; and the Date header is the backend's clock. Needs the sample forms
// and tests/fixtures/save-and-continue.json (see contract.test.mjs).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backend, Client, applicant, advanceClock, problem, completeApplication } from './backend.mjs';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
let server;
before(async () => (server = await backend()));
after(() => server?.stop());

/** When the backend answered, by its own clock (the Date header, whole seconds). */
const answeredAt = (response) => Date.parse(response.headers.get('date'));

/** The page's deadline is `limit` after the backend answered, give or take the Date header's rounding. */
function deadlineIn(response, limit, message) {
  const left = Date.parse(response.body.page_deadline) - answeredAt(response);
  assert.ok(Math.abs(left - limit) <= 2 * SECOND, `${message}: ${left} ms left, expected ${limit}`);
}

const ifMatch = (response) => ({ headers: { 'if-match': response.headers.get('etag') } });

test('a page gets more time ten times, then 409 no-more-time; the next page has ten of its own', async () => {
  const { client } = await applicant(server.url);
  const created = await client.post('/api/applications', { form_id: 'work-permit' });
  assert.equal(created.body.page_extensions_left, 10, 'ten by default');
  const path = `/api/applications/${created.body.id}`;

  for (let round = 1; round <= 10; round++) {
    await advanceClock(client, 28 * MINUTE);
    const extended = await client.post(`${path}/extend`);
    assert.equal(extended.status, 200, JSON.stringify(extended.body));
    assert.equal(extended.headers.get('etag'), '"1"', 'more time is not a new version');
    assert.deepEqual([extended.body.version, extended.body.page, extended.body.page_extensions_left], [1, 0, 10 - round]);
    deadlineIn(extended, 30 * MINUTE, `round ${round}: the page's full time again, from now`);
  }
  await advanceClock(client, 28 * MINUTE);
  const before = (await client.get(path)).body;
  problem(await client.post(`${path}/extend`), 409, 'no-more-time');
  const after = (await client.get(path)).body;
  assert.deepEqual([after.page_deadline, after.page_extensions_left, after.version], [before.page_deadline, 0, 1], 'a refusal changes nothing');

  // Moving on: the next page's time and its own ten extensions.
  const moved = await client.put(path, { answers: { given_names: 'Ada' }, page: 1 }, ifMatch(await client.get(path)));
  assert.equal(moved.status, 200);
  assert.equal(moved.body.page_extensions_left, 10);
  deadlineIn(moved, 30 * MINUTE, 'a new page, a new deadline');
  assert.equal((await client.post(`${path}/extend`)).body.page_extensions_left, 9);
  // Saving on the same page keeps the count.
  const same = await client.put(path, { answers: { given_names: 'Ada L' }, page: 1 }, ifMatch(moved));
  assert.equal(same.body.page_extensions_left, 9);
});

test('more time needs the session, the client header and a draft of one\'s own', async () => {
  const { client } = await applicant(server.url);
  const { application: draft } = await completeApplication(client);
  const extend = `/api/applications/${draft.id}/extend`;
  problem(await new Client(server.url).post(extend), 401, 'signed-out');
  problem(await client.post(extend, undefined, { withoutClientHeader: true }), 403, 'missing-client-header');
  const { client: other } = await applicant(server.url);
  problem(await other.post(extend), 404, 'not-found');
  problem(await client.post('/api/applications/no-such-application/extend'), 404, 'not-found');

  assert.equal((await client.post(`/api/applications/${draft.id}/confirm`, undefined, { headers: { 'idempotency-key': 'k' } })).status, 200);
  problem(await client.post(extend), 409, 'locked');
  const confirmed = (await client.get(`/api/applications/${draft.id}`)).body;
  assert.deepEqual([confirmed.page_deadline, confirmed.page_extensions_left], [null, null], 'no time limit once confirmed');
});

test('a save after the page\'s deadline is kept, then the session ends; signing in again gives the page its full time', async () => {
  const { client, email, password } = await applicant(server.url);
  const created = await client.post('/api/applications', { form_id: 'work-permit' });
  const path = `/api/applications/${created.body.id}`;
  await advanceClock(client, 20 * MINUTE);
  const onTime = await client.put(path, { answers: { given_names: 'Ada' }, page: 0 }, ifMatch(created));
  assert.equal(onTime.status, 200);
  assert.equal((await client.get('/api/sessions/current')).status, 200, 'a save before the deadline changes nothing');
  await client.post(`${path}/extend`);

  // The page's time runs out (30 minutes after the extension); the answers typed meanwhile are
  // saved, and the form's default policy, save-and-sign-out, ends the session with that response.
  await advanceClock(client, 20 * MINUTE);
  assert.equal((await client.get('/api/sessions/current')).status, 200);
  await advanceClock(client, 10 * MINUTE);
  const late = await client.put(path, { answers: { given_names: 'Ada', family_name: 'Lovelace' }, page: 0 }, ifMatch(onTime));
  assert.equal(late.status, 200, JSON.stringify(late.body));
  assert.deepEqual([late.body.version, late.body.answers], [3, { given_names: 'Ada', family_name: 'Lovelace' }], 'nothing is lost');
  problem(await client.get('/api/sessions/current'), 401, 'signed-out');

  // Signing in again: the same page with its answers, its full time and all its extensions.
  await advanceClock(client, 5 * MINUTE);
  assert.equal((await client.post('/api/sessions', { email, password })).status, 201);
  const read = await client.get(path);
  assert.deepEqual([read.body.page, read.body.answers, read.body.page_extensions_left], [0, late.body.answers, 10]);
  deadlineIn(read, 30 * MINUTE, 'signing in starts the page\'s time again');
});

test('with on_time_out save-and-continue, a late save keeps the session and starts the page\'s time again', async () => {
  const { client } = await applicant(server.url);
  const created = await client.post('/api/applications', { form_id: 'save-and-continue' });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal(created.body.page_extensions_left, 12, 'the form allows twelve');
  deadlineIn(created, 10 * MINUTE, 'the form\'s own limit');
  const path = `/api/applications/${created.body.id}`;
  const moved = await client.put(path, { answers: { name: 'Ada' }, page: 1 }, ifMatch(created));
  deadlineIn(moved, 5 * MINUTE, 'the page\'s own limit');
  await advanceClock(client, 4 * MINUTE);
  assert.equal((await client.post(`${path}/extend`)).body.page_extensions_left, 11);

  await advanceClock(client, 6 * MINUTE);
  const late = await client.put(path, { answers: { name: 'Ada', city: 'Lund' }, page: 1 }, ifMatch(moved));
  assert.equal(late.status, 200, JSON.stringify(late.body));
  assert.deepEqual(late.body.answers, { name: 'Ada', city: 'Lund' });
  deadlineIn(late, 5 * MINUTE, 'the page\'s full time again, from the late save');
  assert.equal(late.body.page_extensions_left, 12, 'with all its extensions');
  assert.equal((await client.get('/api/sessions/current')).status, 200, 'still signed in');
});

test('every response carries a Date header from the backend\'s clock', async () => {
  const client = new Client(server.url);
  const first = await client.get('/api/forms');
  const moved = await client.post('/api/test/clock', { advance_ms: HOUR });
  const later = await client.get('/api/forms');
  for (const response of [first, moved, later, await client.get('/api/no-such-thing')]) {
    assert.match(response.headers.get('date') ?? '', /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
  }
  const step = answeredAt(later) - answeredAt(first);
  assert.ok(step >= HOUR && step <= HOUR + 5 * SECOND, `the Date header moved by ${step} ms with the clock`);
  assert.ok(Math.abs(answeredAt(moved) - Date.parse(moved.body.now)) <= SECOND, 'the same clock as the test endpoint\'s');
});
