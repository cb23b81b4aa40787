// Conformance: "Did this page help you?" (R14), `POST /api/feedback` and its comment, as any caller
// sees them: without signing in, about a page of this service only, in one of its languages, a
// comment once and not too long, and at most so many from one network address an hour. What is
// kept (never who answered) is not visible through the API; these tests check what is.
//
// The limit counts per network address: every test uses Clients of its own (each a loopback
// address of its own, see backend.mjs), so that no test spends another's answers.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backend, Client, advanceClock, problem } from './backend.mjs';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
/** Answers and comments one network address may send in an hour. */
const PER_HOUR = 20;
/** The server's own pages that ask the question (the app's are `/forms/{id}`). */
const SERVER_PAGES = ['/', '/sign-in', '/sign-in/foreign-eid', '/account', '/status', '/support', '/signed-out'];

let server;
before(async () => (server = await backend()));
after(() => server?.stop());

/** An answer that the contract takes: about the support page, in English, Yes. */
const answer = (more = {}) => ({ page: '/support', language: 'en', helpful: true, ...more });

/** Sends an answer and asserts that it was kept: 201 with an id. Resolves to the id. */
async function kept(client, body) {
  const response = await client.post('/api/feedback', body);
  assert.equal(response.status, 201, `${JSON.stringify(body).slice(0, 200)}: ${JSON.stringify(response.body)}`);
  assert.match(response.headers.get('content-type'), /^application\/json/);
  assert.equal(typeof response.body.id, 'string');
  assert.ok(response.body.id.length > 0, 'an id to add a comment with');
  return response.body.id;
}

test('an answer about a page is kept without signing in: 201 with an id', async () => {
  const client = new Client(server.url);
  const support = await kept(client, answer());
  const form = await kept(client, { page: '/forms/work-permit', part: 'employment', language: 'sv', helpful: false });
  assert.notEqual(form, support, 'each answer has an id of its own');
  // The part is optional, and a comment may come with the answer.
  await kept(client, { page: '/forms/work-permit', language: 'en', helpful: true, comment: 'Clear enough.' });
  const response = await client.post('/api/feedback', answer());
  assert.equal(response.status, 201);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.equal(response.setCookie.length, 0, 'no session, no cookie');
});

test('every one of the server\'s own pages can be answered about, with a part or without', async () => {
  const client = new Client(server.url);
  for (const page of SERVER_PAGES) await kept(client, answer({ page }));
  await kept(client, answer({ page: '/forms/visitor-visa', part: 'review' }));
  await kept(client, answer({ page: '/forms/visitor-visa', part: 'about_you-2' }));
  await kept(client, answer({ part: 'x'.repeat(64) }));
});

test('an answer about anything but a page of this service, in another language, or too long is 422 invalid-feedback', async () => {
  const client = new Client(server.url);
  for (const page of ['/admin', 'https://evil.example/', 'https://evil.example/support', '/forms/../x', '/forms/', '/forms/a/b', '/support?email=a@example.com', '']) {
    problem(await client.post('/api/feedback', answer({ page })), 422, 'invalid-feedback');
  }
  for (const part of ['<script>', 'a/b', 'x'.repeat(65), 'två']) {
    problem(await client.post('/api/feedback', answer({ page: '/forms/work-permit', part })), 422, 'invalid-feedback');
  }
  for (const language of ['de', 'EN', '']) problem(await client.post('/api/feedback', answer({ language })), 422, 'invalid-feedback');
  problem(await client.post('/api/feedback', answer({ comment: 'x'.repeat(1201) })), 422, 'invalid-feedback');
  // A body of another shape is the contract's usual refusal.
  problem(await client.post('/api/feedback', { ...answer(), email: 'a@example.com' }), 422, 'invalid-body');
  problem(await client.post('/api/feedback', { page: '/support', language: 'en' }), 422, 'invalid-body');
  problem(await client.post('/api/feedback', answer({ helpful: 'yes' })), 422, 'invalid-body');
  problem(await client.request('POST', '/api/feedback', { body: '{"page":', headers: { 'content-type': 'application/json' } }), 400, 'malformed-json');
  problem(await client.request('POST', '/api/feedback', { body: JSON.stringify(answer()), headers: { 'content-type': 'text/plain' } }), 415, 'unsupported-media-type');
  // More than twenty refusals, and none of them counted against this address; 1200 characters
  // are characters, not bytes.
  await kept(client, answer({ comment: 'å'.repeat(1200) }));
});

test('an answer or a comment without the client header is refused (CSRF)', async () => {
  const client = new Client(server.url);
  problem(await client.post('/api/feedback', answer(), { withoutClientHeader: true }), 403, 'missing-client-header');
  const id = await kept(client, answer());
  problem(await client.post(`/api/feedback/${id}/comment`, { comment: 'From another site' }, { withoutClientHeader: true }), 403, 'missing-client-header');
  assert.equal((await client.post(`/api/feedback/${id}/comment`, { comment: 'From this site' })).status, 204, 'the refused comment did nothing');
});

test('an answer takes one comment: 204, then 404; an unknown id is 404; a comment too long is 422', async () => {
  const client = new Client(server.url);
  const id = await kept(client, answer({ helpful: false }));
  const comment = (to, text) => client.post(`/api/feedback/${to}/comment`, { comment: text });
  problem(await comment(id, 'x'.repeat(1201)), 422, 'invalid-feedback');
  const added = await comment(id, 'I could not find the phone number. Mine is 070-123 45 67.');
  assert.equal(added.status, 204, 'the refusal did nothing: the answer still takes its comment');
  assert.equal(added.text, '');
  problem(await comment(id, 'And one more thing'), 404, 'not-found');
  problem(await comment('no-such-answer', 'Hello'), 404, 'not-found');
  // An answer that came with its comment takes no other.
  const withComment = await kept(client, answer({ comment: 'Good page.' }));
  problem(await comment(withComment, 'Very good page.'), 404, 'not-found');
  problem(await client.post(`/api/feedback/${id}/comment`, { comment: 'x', page: '/support' }), 422, 'invalid-body');
  problem(await client.post(`/api/feedback/${id}/comment`, {}), 422, 'invalid-body');
});

test('at most twenty answers from one network address an hour; another address is not held up', async () => {
  const first = new Client(server.url);
  for (let i = 0; i < PER_HOUR; i++) await kept(first, answer({ helpful: i % 2 === 0 }));
  const refused = await first.post('/api/feedback', answer());
  problem(refused, 429, 'too-many-attempts');
  const wait = Number(refused.headers.get('retry-after'));
  assert.ok(wait > 0 && wait <= HOUR / 1000, `Retry-After ${refused.headers.get('retry-after')} seconds, within the hour`);

  // Comments count too: the limit is on everything one address sends.
  const other = new Client(server.url);
  const id = await kept(other, answer());
  problem(await first.post(`/api/feedback/${id}/comment`, { comment: 'Me again' }), 429, 'too-many-attempts');
  assert.equal((await other.post(`/api/feedback/${id}/comment`, { comment: 'Fine' })).status, 204, 'the answer was not spent by the refusal');

  await advanceClock(first, HOUR);
  await kept(first, answer());
});
