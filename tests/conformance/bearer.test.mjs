// Conformance: the session as a bearer token, for a client that signs in itself (an embedded form
// on another site). The same session as the cookie, with the same rules (R10, signing out), and a
// secret: read only from the Authorization header, judged by itself alone, never needing the CSRF
// header. Both ways to authenticate are checked here; the cookie's own rules are in contract.test.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backend, Client, applicant, advanceClock, problem } from './backend.mjs';

let server;
before(async () => (server = await backend()));
after(() => server?.stop());

/** A new client that signs the applicant in for a token. */
async function tokenFor(email, password) {
  const client = new Client(server.url);
  const signedIn = await client.post('/api/sessions', { email, password, token: true });
  assert.equal(signedIn.status, 201, JSON.stringify(signedIn.body));
  assert.equal(signedIn.body.email, email);
  assert.equal(typeof signedIn.body.token, 'string');
  assert.ok(signedIn.body.token.length >= 16, 'as hard to guess as the cookie');
  assert.deepEqual(signedIn.setCookie.filter((c) => c.startsWith('blankett_session=')), [], 'a token client gets no cookie');
  return { client, token: signedIn.body.token };
}

const bearer = (token) => ({ authorization: `Bearer ${token}` });

test('the token is the session for every operation, without the client header; a cookie still needs it', async () => {
  const { client: cookie, email, password } = await applicant(server.url);
  const { client, token } = await tokenFor(email, password);
  const asToken = { headers: bearer(token), withoutClientHeader: true };
  assert.equal((await client.get('/api/sessions/current', asToken)).body.email, email);
  const created = await client.post('/api/applications', { form_id: 'with-documents' }, asToken);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const path = `/api/applications/${created.body.id}`;
  const saved = await client.put(path, { answers: { date_of_birth: '1990-01-01' }, page: 0 }, { headers: { ...bearer(token), 'if-match': created.headers.get('etag') }, withoutClientHeader: true });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  const uploaded = await client.request('POST', `${path}/documents?question=passport_copy&name=p.pdf`, { body: Buffer.from('%PDF-1.4 a document'), headers: { ...bearer(token), 'content-type': 'application/pdf' }, withoutClientHeader: true });
  assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
  assert.equal((await client.get(`${path}/documents`, asToken)).body.length, 1);
  // The cookie session is the same applicant's, and still needs the header for a change.
  assert.equal((await cookie.get(path)).body.answers.date_of_birth, '1990-01-01');
  problem(await cookie.post('/api/applications', { form_id: 'with-documents' }, { withoutClientHeader: true }), 403, 'missing-client-header');
});

test('a wrong token, one in the address, or a wrong one beside a good cookie is signed out', async () => {
  const { client: cookie, email, password } = await applicant(server.url);
  const { token } = await tokenFor(email, password);
  const stranger = new Client(server.url);
  for (const wrong of ['0000', `${token}0`, token.slice(1), `${token} x`]) {
    problem(await stranger.get('/api/applications', { headers: { authorization: `Bearer ${wrong}` } }), 401, 'signed-out');
  }
  problem(await stranger.get('/api/applications', { headers: { authorization: 'Bearer' } }), 401, 'signed-out');
  for (const name of ['access_token', 'token', 'bearer']) {
    problem(await stranger.get(`/api/applications?${name}=${token}`), 401, 'signed-out');
  }
  problem(await cookie.get('/api/applications', { headers: bearer('0000') }), 401, 'signed-out');
  assert.equal((await cookie.get('/api/applications')).status, 200, 'the cookie alone is still signed in');
});

test('the token ends when it signs out, and after 30 minutes without a request', async () => {
  const { email, password } = await applicant(server.url);
  const first = await tokenFor(email, password);
  const second = await tokenFor(email, password);
  const out = await first.client.delete('/api/sessions/current', { headers: bearer(first.token), withoutClientHeader: true });
  assert.equal(out.status, 204);
  assert.deepEqual(out.setCookie, [], 'no cookie is set or removed');
  problem(await first.client.get('/api/sessions/current', { headers: bearer(first.token) }), 401, 'signed-out');
  assert.equal((await second.client.get('/api/sessions/current', { headers: bearer(second.token) })).status, 200, 'another session goes on');

  await advanceClock(second.client, 29 * 60 * 1000);
  assert.equal((await second.client.get('/api/applications', { headers: bearer(second.token) })).status, 200, 'a request is activity');
  await advanceClock(second.client, 30 * 60 * 1000 + 1000);
  problem(await second.client.get('/api/applications', { headers: bearer(second.token) }), 401, 'signed-out');
});
