// The backend under test: BLANKETT_BASE_URL if set (any backend that implements api/openapi.yaml
// in its test mode), otherwise the reference server, started here in test mode on a free port
// with a database of its own. Also a small client that keeps the session cookie, as a browser does.

import { mkdtempSync, readdirSync, copyFileSync } from 'node:fs';
import { startReferenceServer } from '../reference-server.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import https from 'node:https';
import assert from 'node:assert/strict';

const root = new URL('../../', import.meta.url).pathname;

export async function backend() {
  if (process.env.BLANKETT_BASE_URL) return { url: process.env.BLANKETT_BASE_URL.replace(/\/$/, ''), stop() {} };
  // The forms the suite needs: the sample forms, the fixture with a document question and the one
  // that continues when a page's time runs out.
  const forms = mkdtempSync(join(tmpdir(), 'blankett-conformance-'));
  const samples = process.env.BLANKETT_FORMS || `${root}forms`;
  for (const file of readdirSync(samples).filter((f) => f.endsWith('.json'))) copyFileSync(join(samples, file), join(forms, file));
  for (const fixture of ['with-documents.json', 'save-and-continue.json']) copyFileSync(`${root}tests/fixtures/${fixture}`, join(forms, fixture));
  return startReferenceServer({ forms });
}

let clients = 0;

/**
 * A client with its own cookie jar (one per simulated browser). Against a backend on this machine
 * each client also connects from a loopback address of its own (127.0.0.0/8 is all this machine),
 * as applicants on different networks do: a backend limits some attempts per network address
 * (creating accounts, failed sign-ins), and the suite is many applicants, not one attacker.
 */
export class Client {
  constructor(base, { sameNetworkAs } = {}) {
    this.base = base;
    this.cookies = new Map();
    const n = ++clients;
    this.localAddress = sameNetworkAs?.localAddress ?? `127.${(n >> 16) & 255}.${(n >> 8) & 255}.${(n & 255) || 1}`;
  }

  async request(method, path, { json, body, headers = {}, withoutClientHeader = false } = {}) {
    const all = { ...headers };
    // The contract's CSRF rule: every state change carries this header.
    if (method !== 'GET' && !withoutClientHeader) all['blankett-client'] = '1';
    if (json !== undefined) all['content-type'] = 'application/json';
    if (this.cookies.size) all.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await send(new URL(`${this.base}${path}`), method, all, json === undefined ? body : JSON.stringify(json), this.localAddress);
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair.split('=');
      if (value === '' || /Max-Age=0|expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.trim());
    }
    const text = response.text;
    let parsed;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: response.status, headers: response.headers, body: parsed, text, setCookie: response.headers.getSetCookie() };
  }

  get(path, options) { return this.request('GET', path, options); }
  post(path, json, options = {}) { return this.request('POST', path, { ...options, json }); }
  put(path, json, options = {}) { return this.request('PUT', path, { ...options, json }); }
  delete(path, options) { return this.request('DELETE', path, options); }
  /** Uploads `bytes` as one file (the body is the file). */
  upload(path, bytes, contentType) { return this.request('POST', path, { body: bytes, headers: { 'content-type': contentType } }); }
}

/**
 * One request with node:http, which (unlike fetch) can choose the address it connects from.
 * Resolves to { status, headers (a Headers), text }.
 */
function send(url, method, headers, body, localAddress) {
  const loopback = /^(127\.|localhost$|\[::1\]$)/.test(url.hostname);
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = transport.request(url, { method, headers, ...(loopback ? { localAddress } : {}) }, (response) => {
      answered = true;
      const chunks = [];
      const done = () => {
        const answer = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          for (const one of [].concat(value)) answer.append(name, one);
        }
        resolve({ status: response.statusCode, headers: answer, text: Buffer.concat(chunks).toString('utf8') });
      };
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', done);
      // A backend may answer an upload before reading it (a refusal) and close the connection
      // while the body is still being sent: the answer counts, as it does for a browser.
      response.on('error', done);
    });
    request.on('error', (error) => answered || reject(error));
    request.end(body);
  });
}

let counter = 0;
/** A fresh, verified, signed-in applicant. */
export async function applicant(base) {
  const client = new Client(base);
  const email = `applicant-${process.pid}-${Date.now()}-${++counter}@example.com`;
  const password = 'correct horse battery';
  const created = await client.post('/api/accounts', { email, password });
  if (created.status !== 201) throw new Error(`creating an account: ${created.status} ${JSON.stringify(created.body)}`);
  const verified = await client.post('/api/accounts/verify', { email, password, code: await codeFor(client, email) });
  if (verified.status !== 204) throw new Error(`verifying: ${verified.status}`);
  const signedIn = await client.post('/api/sessions', { email, password });
  if (signedIn.status !== 201) throw new Error(`signing in: ${signedIn.status}`);
  return { client, email, password };
}

/** The verification code in the newest mail to `email`, from the test-mode outbox. */
export async function codeFor(client, email) {
  const mails = await mailsTo(client, email);
  const code = mails[0]?.body.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no verification code was mailed to ${email}`);
  return code;
}

export async function mailsTo(client, email) {
  const outbox = await client.get('/api/dev/outbox');
  return outbox.body.filter((mail) => mail.to === email);
}

export async function advanceClock(client, ms) {
  const moved = await client.post('/api/test/clock', { advance_ms: ms });
  if (moved.status !== 200) throw new Error(`moving the test clock: ${moved.status}`);
}

/**
 * A draft of tests/fixtures/with-documents.json that can be confirmed: a PDF uploaded to its one
 * required question and listed in the answer, with `answers` beside it, saved on the review (the
 * place after the form's one page). Resolves to the saved application, its path and the document.
 */
export async function completeApplication(client, answers = {}) {
  const created = await client.post('/api/applications', { form_id: 'with-documents' });
  if (created.status !== 201) throw new Error(`starting a draft: ${created.status} ${JSON.stringify(created.body)}`);
  const path = `/api/applications/${created.body.id}`;
  const pdf = Buffer.from('%PDF-1.4 a small test document');
  const document = await client.upload(`${path}/documents?question=passport_copy&name=passport.pdf`, pdf, 'application/pdf');
  if (document.status !== 201) throw new Error(`uploading: ${document.status} ${JSON.stringify(document.body)}`);
  const saved = await client.put(path, { answers: { ...answers, passport_copy: [document.body.id] }, page: 1 }, { headers: { 'if-match': created.headers.get('etag') } });
  if (saved.status !== 200) throw new Error(`saving: ${saved.status} ${JSON.stringify(saved.body)}`);
  return { application: saved.body, path, document: document.body };
}

/** Asserts that `response` is the contract's problem+json refusal with this status and type. */
export function problem(response, status, type) {
  assert.equal(response.status, status, JSON.stringify(response.body));
  assert.match(response.headers.get('content-type'), /^application\/problem\+json/);
  assert.equal(response.body.type, `/problems/${type}`);
  assert.equal(response.body.status, status);
  assert.ok(response.body.detail.length > 10, 'says what happened and what to do');
}
