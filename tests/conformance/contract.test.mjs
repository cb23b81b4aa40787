// Conformance: the rules of api/openapi.yaml, checked from outside through HTTP only, so that any
// backend can be held to them. Run against another backend with
//   BLANKETT_BASE_URL=https://backend.example node --test tests/conformance/
// (it must run in its test mode: GET /api/dev/outbox and POST /api/test/clock, and offer the
// sample forms, tests/fixtures/with-documents.json and tests/fixtures/save-and-continue.json).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backend, Client, applicant, codeFor, mailsTo, advanceClock, problem, completeApplication } from './backend.mjs';

const MINUTE = 60 * 1000;
/** The first bytes of a PNG file: its signature and header chunk. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
let server;
before(async () => (server = await backend()));
after(() => server?.stop());

test('an account is created with an email, confirmed with a mailed code, and exists once', async () => {
  const client = new Client(server.url);
  const email = `new-${Date.now()}@example.com`;
  const password = 'long enough password';
  problem(await client.post('/api/accounts', { email: 'not an address', password }), 400, 'invalid-email');
  problem(await client.post('/api/accounts', { email, password: 'short' }), 400, 'weak-password');
  assert.equal((await client.post('/api/accounts', { email, password })).status, 201);
  problem(await client.post('/api/sessions', { email, password }), 403, 'not-verified');
  const code = await codeFor(client, email);
  problem(await client.post('/api/accounts/verify', { email, password, code: code === '000000' ? '111111' : '000000' }), 400, 'wrong-code');
  // The code confirms only for whoever gives the account's password.
  problem(await client.post('/api/accounts/verify', { email, password: 'not the password', code }), 403, 'wrong-credentials');
  assert.equal((await client.post('/api/accounts/verify', { email, password, code })).status, 204);
  // Once: the address is confirmed, and the code does nothing more, not even sign in.
  problem(await client.post('/api/accounts/verify', { email, password, code }), 403, 'wrong-credentials');
  problem(await client.post('/api/accounts', { email, password: 'another long password' }), 409, 'account-exists');
  problem(await client.post('/api/sessions', { email, password: 'wrong password!!' }), 403, 'wrong-credentials');
  const signedIn = await client.post('/api/sessions', { email, password });
  assert.equal(signedIn.status, 201);
  const cookie = signedIn.setCookie.join('\n');
  assert.match(cookie, /HttpOnly/i);
  assert.match(cookie, /SameSite=Strict/i);
  assert.deepEqual((await client.get('/api/sessions/current')).body, { email });
});

test('a code signs nobody in: a confirmed address answers as an unknown one, to anyone', async () => {
  const { email } = await applicant(server.url);
  const stranger = new Client(server.url);
  for (const code of ['000000', '123456']) {
    const known = await stranger.post('/api/accounts/verify', { email, password: 'a guess at it', code });
    const unknown = await stranger.post('/api/accounts/verify', { email: `nobody-${Date.now()}@example.com`, password: 'a guess at it', code });
    problem(known, 403, 'wrong-credentials');
    assert.deepEqual(known.body, unknown.body);
  }
  const page = await stranger.request('POST', '/sign-in', {
    body: `screen=verify&email=${encodeURIComponent(email)}&code=000000&next=%2F`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.notEqual(page.status, 303);
  assert.ok(!page.setCookie.some((c) => /^blankett_session=[^;]/.test(c)), 'no session cookie');
  problem(await stranger.get('/api/sessions/current'), 401, 'signed-out');
});

test('a stranger\'s wrong codes do not use up an applicant\'s code', async () => {
  const client = new Client(server.url);
  const email = `stranger-${Date.now()}@example.com`;
  const password = 'long enough password';
  await client.post('/api/accounts', { email, password });
  const right = await codeFor(client, email);
  const stranger = new Client(server.url);
  for (let i = 0; i < 5; i++) problem(await stranger.post('/api/accounts/verify', { email, password: 'not the password', code: right === '123456' ? '654321' : '123456' }), 403, 'wrong-credentials');
  problem(await stranger.post('/api/accounts/code', { email, password: 'not the password' }), 403, 'wrong-credentials');
  assert.equal((await client.post('/api/accounts/verify', { email, password, code: right })).status, 204);
});

test('a code stops working after five wrong tries or 30 minutes, and its owner can ask for a new one', async () => {
  const client = new Client(server.url);
  const email = `guess-${Date.now()}@example.com`;
  const password = 'long enough password';
  await client.post('/api/accounts', { email, password });
  const right = await codeFor(client, email);
  const wrong = right === '123456' ? '654321' : '123456';
  for (let i = 0; i < 4; i++) problem(await client.post('/api/accounts/verify', { email, password, code: wrong }), 400, 'wrong-code');
  problem(await client.post('/api/accounts/verify', { email, password, code: wrong }), 403, 'code-used-up');
  problem(await client.post('/api/accounts/verify', { email, password, code: right }), 403, 'code-used-up');

  assert.equal((await client.post('/api/accounts/code', { email, password })).status, 202);
  const second = await codeFor(client, email);
  await advanceClock(client, 30 * MINUTE);
  problem(await client.post('/api/accounts/verify', { email, password, code: second }), 400, 'code-expired');
  assert.equal((await client.post('/api/accounts/code', { email, password })).status, 202);
  assert.equal((await client.post('/api/accounts/verify', { email, password, code: await codeFor(client, email) })).status, 204);
});

test('an address registered but never confirmed can be registered again by its owner', async () => {
  const email = `claimed-${Date.now()}@example.com`;
  const squatter = new Client(server.url);
  assert.equal((await squatter.post('/api/accounts', { email, password: "the squatter's password" })).status, 201);
  const owner = new Client(server.url);
  assert.equal((await owner.post('/api/accounts', { email, password: 'the owner password' })).status, 201);
  const code = await codeFor(owner, email);
  problem(await squatter.post('/api/accounts/verify', { email, password: "the squatter's password", code }), 403, 'wrong-credentials');
  assert.equal((await owner.post('/api/accounts/verify', { email, password: 'the owner password', code })).status, 204);
  assert.equal((await owner.post('/api/sessions', { email, password: 'the owner password' })).status, 201);
});

test('guessing a password is slowed: after ten sign-ins the next must wait, even with the right password', async () => {
  const { email, password } = await applicant(server.url);
  const client = new Client(server.url);
  // Every check of the password counts: the applicant's confirmation and sign-in are the first two.
  for (let i = 0; i < 8; i++) problem(await client.post('/api/sessions', { email, password: `wrong guess ${i}!` }), 403, 'wrong-credentials');
  const refused = await client.post('/api/sessions', { email: email.toUpperCase(), password });
  problem(refused, 429, 'too-many-attempts');
  assert.ok(Number(refused.headers.get('retry-after')) > 0, 'says when to try again');
  await advanceClock(client, 15 * MINUTE);
  assert.equal((await client.post('/api/sessions', { email, password })).status, 201, 'waiting helps');
});

test('a state change without the client header is refused (CSRF)', async () => {
  const { client } = await applicant(server.url);
  problem(await client.post('/api/applications', { form_id: 'visitor-visa' }, { withoutClientHeader: true }), 403, 'missing-client-header');
  problem(await client.delete('/api/sessions/current', { withoutClientHeader: true }), 403, 'missing-client-header');
  assert.equal((await client.get('/api/sessions/current')).status, 200, 'the refused sign-out did nothing');
});

test('a session ends after 30 minutes without activity, and activity keeps it', async () => {
  const { client } = await applicant(server.url);
  await advanceClock(client, 29 * MINUTE);
  assert.equal((await client.get('/api/sessions/current')).status, 200, 'activity at 29 minutes');
  await advanceClock(client, 29 * MINUTE);
  assert.equal((await client.get('/api/sessions/current')).status, 200, 'counted from the last activity');
  await advanceClock(client, 30 * MINUTE);
  problem(await client.get('/api/sessions/current'), 401, 'signed-out');
});

test('signing out ends the session', async () => {
  const { client } = await applicant(server.url);
  assert.equal((await client.delete('/api/sessions/current')).status, 204);
  problem(await client.get('/api/sessions/current'), 401, 'signed-out');
});

test('a draft is created, read and saved with its version; a stale save gets 412 and the current version', async () => {
  const { client } = await applicant(server.url);
  problem(await new Client(server.url).post('/api/applications', { form_id: 'work-permit' }), 401, 'signed-out');
  problem(await client.post('/api/applications', { form_id: 'no-such-form' }), 404, 'not-found');

  const created = await client.post('/api/applications', { form_id: 'work-permit' });
  assert.equal(created.status, 201);
  assert.equal(created.headers.get('etag'), '"1"');
  const draft = created.body;
  assert.equal(draft.state, 'draft');
  assert.deepEqual([draft.version, draft.answers, draft.page], [1, {}, 0]);
  // R4: a work-permit draft is kept 30 days after its last save.
  assert.equal(Date.parse(draft.expires_at) - Date.parse(draft.saved_at), 30 * DAY);

  const path = `/api/applications/${draft.id}`;
  problem(await client.put(path, { answers: { given_names: 'Ada' }, page: 1 }), 428, 'version-required');
  // R2: 30 minutes on each page (the sample forms set no other limit), from when the page began.
  assert.equal(Date.parse(draft.page_deadline) - Date.parse(draft.saved_at), 30 * MINUTE);
  await advanceClock(client, 2 * MINUTE);
  const saved = await client.put(path, { answers: { given_names: 'Ada' }, page: 1 }, { headers: { 'if-match': '"1"' } });
  assert.equal(saved.status, 200);
  assert.equal(saved.headers.get('etag'), '"2"');
  assert.deepEqual([saved.body.version, saved.body.answers, saved.body.page], [2, { given_names: 'Ada' }, 1]);
  assert.equal(Date.parse(saved.body.page_deadline) - Date.parse(saved.body.saved_at), 30 * MINUTE, 'a new page, a new deadline');

  // Another tab, still on version 1: refused, nothing written, and told what is there now.
  const stale = await client.put(path, { answers: { given_names: 'Eve' }, page: 0 }, { headers: { 'if-match': '"1"' } });
  problem(stale, 412, 'stale-version');
  assert.deepEqual([stale.body.current.version, stale.body.current.answers], [2, { given_names: 'Ada' }]);
  const read = await client.get(path);
  assert.deepEqual([read.status, read.headers.get('etag'), read.body.answers], [200, '"2"', { given_names: 'Ada' }]);

  // The applicant's list offers it to continue (R5), newest save first; nobody else's list has it.
  const newer = (await client.post('/api/applications', { form_id: 'visitor-visa' })).body;
  await advanceClock(client, MINUTE);
  const samePage = await client.put(path, { answers: { given_names: 'Ada L' }, page: 1 }, { headers: { 'if-match': '"2"' } });
  assert.equal(samePage.body.page_deadline, saved.body.page_deadline, 'saving on the same page keeps its deadline');
  await client.put(`/api/applications/${draft.id}`, { answers: { given_names: 'Ada' }, page: 2 }, { headers: { 'if-match': '"3"' } });
  const list = await client.get('/api/applications');
  assert.equal(list.status, 200);
  assert.deepEqual(list.body.applications.map((a) => [a.id, a.form_id, a.state, a.page]), [[draft.id, 'work-permit', 'draft', 2], [newer.id, 'visitor-visa', 'draft', 0]]);
  problem(await new Client(server.url).get('/api/applications'), 401, 'signed-out');

  // Nobody else can read or write it.
  const { client: other } = await applicant(server.url);
  assert.deepEqual((await other.get('/api/applications')).body, { applications: [], expired: [] });
  problem(await other.get(path), 404, 'not-found');
  problem(await other.put(path, { answers: {}, page: 0 }, { headers: { 'if-match': '"2"' } }), 404, 'not-found');
});

test('a visitor draft expires 48 hours after its last save and is then gone', async () => {
  const { client, email, password } = await applicant(server.url);
  const draft = (await client.post('/api/applications', { form_id: 'visitor-visa' })).body;
  assert.equal(Date.parse(draft.expires_at) - Date.parse(draft.saved_at), 48 * HOUR);
  await advanceClock(client, 48 * HOUR);
  // The session ended long ago too; the applicant signs in again, two days later.
  assert.equal((await client.post('/api/sessions', { email, password })).status, 201);
  const path = `/api/applications/${draft.id}`;
  problem(await client.get(path), 410, 'expired');
  const list = (await client.get('/api/applications')).body;
  assert.deepEqual(list.applications, [], 'an expired draft is not offered to continue');
  // What the app is told about it instead: expired.test.mjs.
  assert.deepEqual(list.expired.map((e) => e.id), [draft.id]);
});

test('confirming needs an Idempotency-Key, happens once, mails a confirmation and locks the application', async () => {
  const { client, email } = await applicant(server.url);
  const { application: draft, path } = await completeApplication(client);
  problem(await client.post(`${path}/confirm`), 400, 'idempotency-key-required');

  const key = { headers: { 'idempotency-key': `confirm-${draft.id}` } };
  const first = await client.post(`${path}/confirm`, undefined, key);
  assert.equal(first.status, 200);
  assert.match(first.body.reference, /^BL-\d{4}-\d{4}-\d{4}$/);
  // A double click or a retried request: the same receipt, not a second submission.
  const again = await client.post(`${path}/confirm`, undefined, key);
  assert.deepEqual(again.body, first.body);
  problem(await client.post(`${path}/confirm`, undefined, { headers: { 'idempotency-key': 'another' } }), 409, 'already-confirmed');

  // R9: one confirmation mail, with the reference number.
  const confirmations = (await mailsTo(client, email)).filter((mail) => mail.body.includes(first.body.reference));
  assert.equal(confirmations.length, 1);

  // R8: nothing can be changed after confirmation, even by a direct call.
  const read = await client.get(path);
  assert.deepEqual([read.body.state, read.body.receipt.reference, read.body.expires_at], ['confirmed', first.body.reference, null]);
  problem(await client.put(path, { answers: { changed: 'yes' }, page: 0 }, { headers: { 'if-match': read.headers.get('etag') } }), 409, 'locked');
  assert.deepEqual((await client.get(path)).body.answers, draft.answers);
});

test('confirming an incomplete application is refused with 422 incomplete, each problem located, and it stays a draft', async () => {
  const { client, email } = await applicant(server.url);
  const created = await client.post('/api/applications', { form_id: 'with-documents' });
  const path = `/api/applications/${created.body.id}`;
  const key = { headers: { 'idempotency-key': `confirm-${created.body.id}` } };
  /** The refusal's issues as [page, field]; each says what to do. */
  const refused = async () => {
    const response = await client.post(`${path}/confirm`, undefined, key);
    problem(response, 422, 'incomplete');
    return response.body.issues.map(({ page, field, message }) => {
      assert.ok(typeof message === 'string' && message.length > 5, `a message for ${field}`);
      return [page, field];
    });
  };

  // Nothing answered: the one required question, on its page (the fixture's only page).
  assert.deepEqual(await refused(), [['documents', 'passport_copy']]);
  // A browser can be tampered with: a document listed that was never uploaded, a date of birth
  // in the future. Saved on the review, the place after the last page.
  const saved = await client.put(path, { answers: { date_of_birth: '2999-01-01', passport_copy: ['no-such-document'] }, page: 1 }, { headers: { 'if-match': '"1"' } });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  assert.deepEqual(await refused(), [['documents', 'date_of_birth'], ['documents', 'passport_copy']]);

  // Nothing happened: a draft of the same version, on the review, and nothing mailed.
  const read = await client.get(path);
  assert.deepEqual([read.body.state, read.body.version, read.body.page, read.body.receipt], ['draft', 2, 1, undefined]);
  assert.equal((await mailsTo(client, email)).length, 1, 'only the verification code');

  // Two uploaded, one listed (the other is harmless), the date in the past: confirmed.
  const upload = (name) => client.upload(`${path}/documents?question=passport_copy&name=${name}`, Buffer.from('%PDF-1.4 test'), 'application/pdf');
  const listed = (await upload('passport.pdf')).body;
  assert.equal((await upload('spare.pdf')).status, 201);
  const complete = await client.put(path, { answers: { date_of_birth: '1990-04-23', passport_copy: [listed.id] }, page: 1 }, { headers: { 'if-match': '"2"' } });
  assert.equal(complete.status, 200);
  const confirmed = await client.post(`${path}/confirm`, undefined, key);
  assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
  assert.equal((await client.get(path)).body.state, 'confirmed');
  assert.equal((await mailsTo(client, email)).filter((mail) => mail.body.includes(confirmed.body.reference)).length, 1);
});

test('documents are uploaded within the question\'s limits, listed, removed, and refused after confirmation', async () => {
  const { client } = await applicant(server.url);
  const draft = (await client.post('/api/applications', { form_id: 'with-documents' })).body;
  const documents = `/api/applications/${draft.id}/documents`;
  const upload = (name, bytes, type) => client.upload(`${documents}?question=passport_copy&name=${encodeURIComponent(name)}`, bytes, type);
  const pdf = Buffer.from('%PDF-1.4 a small test document');

  // The question accepts PDF and PNG, at most 100 KB each, at most two files.
  problem(await upload('notes.txt', Buffer.from('text'), 'text/plain'), 415, 'document-type');
  // A file is what its content says, not what its type claims.
  problem(await upload('page.pdf', Buffer.from('<!doctype html><script>alert(1)</script>'), 'application/pdf'), 415, 'document-type');
  problem(await upload('setup.pdf', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), 'application/pdf'), 415, 'document-type');
  problem(await upload('huge.pdf', Buffer.alloc(100 * 1024 + 1, 1), 'application/pdf'), 413, 'document-too-large');
  problem(await upload('empty.pdf', Buffer.alloc(0), 'application/pdf'), 400, 'document-empty');
  problem(await client.upload(`${documents}?question=no_such_question&name=a.pdf`, pdf, 'application/pdf'), 404, 'not-found');
  const first = await upload('passport – sida 1.pdf', pdf, 'application/pdf');
  assert.equal(first.status, 201);
  assert.deepEqual([first.body.question, first.body.name, first.body.content_type, first.body.size], ['passport_copy', 'passport – sida 1.pdf', 'application/pdf', pdf.length]);
  assert.equal((await upload('page2.png', PNG, 'image/png')).status, 201);
  problem(await upload('page3.pdf', pdf, 'application/pdf'), 409, 'too-many-documents');

  const listed = await client.get(documents);
  assert.deepEqual(listed.body.map((d) => d.name), ['passport – sida 1.pdf', 'page2.png']);
  assert.equal((await client.delete(`${documents}/${first.body.id}`)).status, 204);
  assert.deepEqual((await client.get(documents)).body.map((d) => d.name), ['page2.png']);

  // Nobody else sees them.
  const { client: other } = await applicant(server.url);
  problem(await other.get(documents), 404, 'not-found');

  // R8: after confirmation no documents can be sent or removed, even by a direct call.
  const [kept] = (await client.get(documents)).body;
  const path = `/api/applications/${draft.id}`;
  assert.equal((await client.put(path, { answers: { passport_copy: [kept.id] }, page: 1 }, { headers: { 'if-match': '"1"' } })).status, 200);
  assert.equal((await client.post(`${path}/confirm`, undefined, { headers: { 'idempotency-key': 'k' } })).status, 200);
  problem(await upload('late.pdf', pdf, 'application/pdf'), 409, 'locked');
  problem(await client.delete(`${documents}/${kept.id}`), 409, 'locked');
  assert.equal((await client.get(documents)).body.length, 1);
});

test('without signing in, a reference number and the date of birth tell the status, and guessing is slowed', async () => {
  const { client } = await applicant(server.url);
  // The form names its date question as the date of birth (`birth_date_question`).
  const { path } = await completeApplication(client, { date_of_birth: '1990-04-23' });
  const confirmed = await client.post(`${path}/confirm`, undefined, { headers: { 'idempotency-key': 'k' } });
  assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
  const { reference, confirmed_at: confirmedAt } = confirmed.body;

  const anyone = new Client(server.url);
  const lookup = (ref, date) => anyone.post('/api/status', { reference: ref, date_of_birth: date });
  const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  /** The answer to a lookup that finds it: 200, the status, when it was registered and decided. */
  const found = async (ref, status) => {
    const answer = await lookup(ref, '1990-04-23');
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.status, status);
    assert.match(answer.body.registered_at, RFC_3339);
    // Registered when it was confirmed: the receipt's time, at or before the backend's now (the
    // test clock, which other tests move forward, says so in the Date header).
    assert.equal(Date.parse(answer.body.registered_at), Date.parse(confirmedAt));
    assert.ok(Date.parse(answer.body.registered_at) <= Date.parse(answer.headers.get('date')) + 1000, 'registered at or before now');
    return answer.body;
  };
  assert.ok(Date.parse(confirmedAt) <= Date.parse(confirmed.headers.get('date')) + 1000, 'confirmed at or shortly before now');
  assert.ok(Date.parse(confirmed.headers.get('date')) - Date.parse(confirmedAt) < MINUTE, 'confirmed now, not earlier');
  assert.equal((await found(reference, 'registered')).decided_at, null, 'no decision yet');
  assert.equal((await found(reference.toLowerCase(), 'registered')).decided_at, null, 'the reference in any case');
  // A wrong date and an unknown reference get the same answer: nothing tells which was wrong.
  const wrongDate = await lookup(reference, '1990-04-24');
  const unknown = await lookup('BL-1999-000001', '1990-04-23');
  problem(wrongDate, 404, 'not-found');
  problem(unknown, 404, 'not-found');
  assert.equal(wrongDate.body.detail, unknown.body.detail);

  await advanceClock(anyone, 5 * MINUTE);
  const decision = await anyone.post('/api/test/decisions', { reference });
  assert.equal(decision.status, 204);
  const decidedNow = Date.parse(decision.headers.get('date'));
  // Five lookups of one reference an hour: these are the fourth and fifth, the sixth waits.
  const decided = await found(reference, 'decision-made');
  assert.match(decided.decided_at, RFC_3339);
  const decidedAt = Date.parse(decided.decided_at);
  assert.ok(decidedAt >= Date.parse(confirmedAt) + 5 * MINUTE, 'decided after it was registered, when the decision was recorded');
  assert.ok(decidedAt <= decidedNow + 1000 && decidedNow - decidedAt < MINUTE, 'decided when the decision was recorded');
  assert.deepEqual(await found(reference, 'decision-made'), decided, 'the same answer again');
  const refused = await lookup(reference, '1990-04-23');
  problem(refused, 429, 'too-many-attempts');
  assert.ok(Number(refused.headers.get('retry-after')) > 0);
  await advanceClock(anyone, 60 * MINUTE);
  assert.deepEqual(await found(reference, 'decision-made'), decided, 'the times do not move with the clock');
});
