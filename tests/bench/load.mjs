// The bounded load test of issue 23, run by scripts/load (which starts the servers): APPLICANTS
// applicants at once on loopback, each signing in, starting a draft of tests/bench/load-forms/
// load.json, saving its 10 pages one after another and confirming twice with one
// Idempotency-Key, against the instances named in BLANKETT_LOAD_URLS (each request to the next
// instance in turn, as a load balancer without stickiness does). Prints requests per second and
// p50/p95/p99 per kind of request, then counts in the database (BLANKETT_LOAD_DATABASE: a
// SQLite file or postgres://) that every acknowledged save and exactly one confirmation per
// applicant is there.
//
// With BLANKETT_LOAD_KILL set to a command, it runs that command once 40% of the saves are
// acknowledged (scripts/load: kill -9 of an instance and its restart). A request that gets no
// answer (the instance died under it) is sent again, to the next instance, as a browser's retry
// would: a save with the same If-Match (if the first had been written, the answer is 412 with
// the saved answers, which counts as acknowledged), a confirmation with the same key.

import http from 'node:http';
import { execFileSync, execSync } from 'node:child_process';

const APPLICANTS = Number(process.env.APPLICANTS || 200);
const PAGES = 10;
const urls = (process.env.BLANKETT_LOAD_URLS || '').split(',').filter(Boolean).map((u) => new URL(u));
const database = process.env.BLANKETT_LOAD_DATABASE;
const killCommand = process.env.BLANKETT_LOAD_KILL;
const password = 'correct horse battery';
if (!urls.length || !database) throw new Error('BLANKETT_LOAD_URLS and BLANKETT_LOAD_DATABASE are set by scripts/load');

const agent = new http.Agent({ keepAlive: true, maxSockets: APPLICANTS * 2 });
let next = 0;
const times = { 'sign-in': [], create: [], save: [], confirm: [] };
let requests = 0;
let retries = 0;

/** One request to the next instance; resolves to { status, headers, body } or rejects if no answer came. */
function once(method, path, { json, headers = {}, cookie }) {
  const url = urls[next++ % urls.length];
  const all = { ...headers, 'blankett-client': '1' };
  if (json !== undefined) all['content-type'] = 'application/json';
  if (cookie) all.cookie = cookie;
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, path, method, headers: all, agent }, (response) => {
      const chunks = [];
      response.on('data', (c) => chunks.push(c));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body;
        try { body = text ? JSON.parse(text) : undefined; } catch { body = text; }
        resolve({ status: response.statusCode, headers: response.headers, body });
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(json === undefined ? undefined : JSON.stringify(json));
  });
}

/** A request, timed under `kind`, sent again (to the next instance) while no answer comes. */
async function send(kind, method, path, options = {}) {
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    try {
      const answer = await once(method, path, options);
      requests++;
      // An instance that is starting again answers 503 from its balancer; here, only connection errors.
      times[kind].push(performance.now() - started);
      return answer;
    } catch (error) {
      if (attempt > 1000) throw error;
      retries++;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

let savesAcknowledged = 0;
let killed;
const totalSaves = APPLICANTS * PAGES;

async function applicant(n) {
  const username = `ld${String(n).padStart(4, '0')}`;
  const signedIn = await send('sign-in', 'POST', '/api/sessions', { json: { email: username, password } });
  if (signedIn.status !== 201) throw new Error(`sign-in ${username}: ${signedIn.status} ${JSON.stringify(signedIn.body)}`);
  const cookie = signedIn.headers['set-cookie'].map((line) => line.split(';')[0]).join('; ');
  const created = await send('create', 'POST', '/api/applications', { json: { form_id: 'load' }, cookie, headers: { 'idempotency-key': `create-${n}` } });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  const path = `/api/applications/${created.body.id}`;
  let version = created.body.version;
  const answers = {};
  for (let page = 1; page <= PAGES; page++) {
    answers[`answer${page}`] = `applicant ${n} page ${page}`;
    const saved = await send('save', 'PUT', path, { json: { answers, page }, cookie, headers: { 'if-match': `"${version}"` } });
    if (saved.status === 200) {
      version = saved.body.version;
    } else if (saved.status === 412 && saved.body.current?.answers?.[`answer${page}`] === answers[`answer${page}`]) {
      // A retry of a save that was written before its instance died: acknowledged now.
      version = saved.body.current.version;
    } else {
      throw new Error(`save ${page}: ${saved.status} ${JSON.stringify(saved.body)}`);
    }
    savesAcknowledged++;
    if (killCommand && !killed && savesAcknowledged >= totalSaves * 0.4) {
      killed = true;
      console.log(`-- ${savesAcknowledged} saves acknowledged: ${killCommand}`);
      execSync(killCommand, { stdio: 'inherit', shell: '/bin/bash' });
    }
  }
  const receipts = [];
  for (let click = 0; click < 2; click++) {
    const confirmed = await send('confirm', 'POST', `${path}/confirm`, { cookie, headers: { 'idempotency-key': `confirm-${n}` } });
    if (confirmed.status !== 200) throw new Error(`confirm: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
    receipts.push(confirmed.body.reference);
  }
  if (receipts[0] !== receipts[1]) throw new Error(`two receipts for one key: ${receipts}`);
  return { id: created.body.id, version, answers, reference: receipts[0] };
}

const started = performance.now();
const results = await Promise.all(Array.from({ length: APPLICANTS }, (_, n) => applicant(n)));
const seconds = (performance.now() - started) / 1000;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
console.log(`${APPLICANTS} applicants, ${urls.length} instance(s), ${requests} requests in ${seconds.toFixed(1)} s: ${(requests / seconds).toFixed(0)} requests/s${retries ? `, ${retries} sent again after no answer` : ''}`);
console.log('| request | count | p50 ms | p95 ms | p99 ms |');
console.log('|---|---:|---:|---:|---:|');
for (const [kind, list] of Object.entries(times)) {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(`| ${kind} | ${sorted.length} | ${percentile(sorted, 50).toFixed(1)} | ${percentile(sorted, 95).toFixed(1)} | ${percentile(sorted, 99).toFixed(1)} |`);
}

// What the database holds.
const rows = query('SELECT id, version, answers, reference FROM applications');
const byId = new Map(rows.map((row) => [row[0], row]));
let lost = 0;
let wrongConfirmations = 0;
for (const result of results) {
  const row = byId.get(result.id);
  const stored = row ? JSON.parse(row[2]) : {};
  if (!row || Object.entries(result.answers).some(([k, v]) => stored[k] !== v) || Number(row[1]) < result.version) lost++;
  if (!row || row[3] !== result.reference) wrongConfirmations++;
}
const confirmations = Number(query('SELECT COUNT(*) FROM applications WHERE reference IS NOT NULL')[0][0]);
// The accounts were imported confirmed and signing in mails nothing: the outbox holds the confirmations.
const mails = Number(query('SELECT COUNT(*) FROM outbox')[0][0]);
console.log(`in the database: ${rows.length} applications, ${confirmations} confirmed, ${mails} confirmation mails; acknowledged saves lost: ${lost}; applicants without exactly their one confirmation: ${wrongConfirmations}`);
if (lost || wrongConfirmations || confirmations !== APPLICANTS || rows.length !== APPLICANTS || mails !== APPLICANTS) {
  console.log('FAILED: the database does not hold what was acknowledged');
  process.exit(1);
}

/** Rows of a query on the load's database, as arrays of text. */
function query(sql) {
  if (database.startsWith('postgres')) {
    const out = execFileSync('psql', [database, '-AtqX', '-F', '\u001f', '-c', sql], { encoding: 'utf8', maxBuffer: 1 << 28 });
    return out.split('\n').filter(Boolean).map((line) => line.split('\u001f'));
  }
  const script = 'import json, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); print(json.dumps([[None if v is None else str(v) for v in r] for r in c.execute(sys.argv[2])]))';
  return JSON.parse(execFileSync('python3', ['-c', script, database, sql], { encoding: 'utf8', maxBuffer: 1 << 28 }));
}
