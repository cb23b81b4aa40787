// Conformance: the contract's edges, as a fuzzer or an attacker meets them. Every refusal is
// problem+json with a stable type; personal data is never cached; what If-Match and `page` take;
// a retried creation gives one draft; drafts and answers have limits; a stranger's guesses do not
// lock an owner out of the status lookup.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backend, Client, applicant, completeApplication, problem } from './backend.mjs';

let server;
before(async () => (server = await backend()));
after(() => server?.stop());

test('a refusal by the framework is problem+json too', async () => {
  const { client } = await applicant(server.url);
  const raw = (method, path, body, contentType) => client.request(method, path, { body, headers: contentType ? { 'content-type': contentType } : {} });
  problem(await raw('POST', '/api/applications', '{"form_id": ', 'application/json'), 400, 'malformed-json');
  problem(await raw('POST', '/api/applications', '{"form_id": 7}', 'application/json'), 422, 'invalid-body');
  problem(await raw('POST', '/api/applications', '{}', 'text/plain'), 415, 'unsupported-media-type');
  problem(await raw('POST', '/api/sessions', 'x'.repeat(3 * 1024 * 1024), 'application/json'), 413, 'body-too-large');
  problem(await raw('PATCH', '/api/applications'), 405, 'method-not-allowed');
  problem(await client.get('/api/nothing/here'), 404, 'not-found');
  problem(await client.get('/api/forms/no-such-form'), 404, 'not-found');
});

test('personal data is never kept by a cache', async () => {
  const { client } = await applicant(server.url);
  const draft = (await client.post('/api/applications', { form_id: 'with-documents' })).body;
  for (const path of ['/api/applications', `/api/applications/${draft.id}`, `/api/applications/${draft.id}/documents`, '/api/sessions/current']) {
    assert.equal((await client.get(path)).headers.get('cache-control'), 'no-store', path);
  }
});

test('a save names the version it read; `*` or nothing is not a version; 2.0 is the page 2', async () => {
  const { client } = await applicant(server.url);
  const draft = (await client.post('/api/applications', { form_id: 'work-permit' })).body;
  const path = `/api/applications/${draft.id}`;
  for (const ifMatch of ['*', '']) {
    problem(await client.put(path, { answers: {}, page: 0 }, { headers: { 'if-match': ifMatch } }), 428, 'version-required');
  }
  const saved = await client.put(path, { answers: {}, page: 2.0 }, { headers: { 'if-match': '"1"' } });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  assert.equal(saved.body.page, 2);
  problem(await client.put(path, { answers: {}, page: 1.5 }, { headers: { 'if-match': '"2"' } }), 422, 'invalid-body');
  problem(await client.put(path, { answers: { given_names: 'x'.repeat(1024 * 1024) }, page: 0 }, { headers: { 'if-match': '"2"' } }), 413, 'answers-too-large');
});

test('a creation retried with its Idempotency-Key gives one draft; a form has at most a few drafts', async () => {
  const { client } = await applicant(server.url);
  const key = { headers: { 'idempotency-key': `create-${Date.now()}` } };
  const first = await client.post('/api/applications', { form_id: 'visitor-visa' }, key);
  const again = await client.post('/api/applications', { form_id: 'visitor-visa' }, key);
  assert.equal(first.status, 201);
  assert.equal(again.body.id, first.body.id);
  assert.equal((await client.get('/api/applications')).body.applications.length, 1);
  const statuses = [];
  for (let i = 0; i < 8; i++) statuses.push((await client.post('/api/applications', { form_id: 'visitor-visa' })).status);
  assert.equal(statuses.at(-1), 409, JSON.stringify(statuses));
  problem(await client.post('/api/applications', { form_id: 'visitor-visa' }), 409, 'too-many-drafts');
});

test('a stranger trying dates of birth for a reference does not lock its owner out', async () => {
  const { client } = await applicant(server.url);
  const { path } = await completeApplication(client, { date_of_birth: '1990-04-23' });
  const { reference } = (await client.post(`${path}/confirm`, undefined, { headers: { 'idempotency-key': 'k' } })).body;
  const stranger = new Client(server.url);
  let last;
  for (let day = 1; day <= 7; day++) last = await stranger.post('/api/status', { reference, date_of_birth: `1990-01-0${day}` });
  problem(last, 429, 'too-many-attempts');
  const owner = new Client(server.url);
  const status = await owner.post('/api/status', { reference, date_of_birth: '1990-04-23' });
  assert.equal(status.status, 200, JSON.stringify(status.body));
  assert.deepEqual([status.body.status, status.body.decided_at], ['registered', null]);
});
