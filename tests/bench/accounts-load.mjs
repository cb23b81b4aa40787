// Benchmark: does password hashing hold up other applicants? Measures the time of one applicant's
// read (GET /api/applications) alone, then while 8 clients keep signing in with wrong passwords
// and creating accounts (each checks a deliberately slow password hash), over at least 100 of
// those. Prints medians and the
// 90th percentile in milliseconds. Run against the reference backend (release build):
//   cargo build --release -p blankett-server
//   BLANKETT_SERVER=target/release/blankett-server node tests/bench/accounts-load.mjs
// Read the ratio of loaded to alone, not the milliseconds: the machine's speed varies.

import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReferenceServer } from '../reference-server.mjs';
import { Client, applicant } from '../conformance/backend.mjs';

const READS = Number(process.env.READS || 40);
const root = mkdtempSync(join(tmpdir(), 'blankett-bench-'));
mkdirSync(join(root, 'dist'));
writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>Blankett</title>');
process.env.BLANKETT_DIST ??= join(root, 'dist');
const server = await startReferenceServer();
const { client: reader } = await applicant(server.url);
await reader.post('/api/applications', { form_id: 'work-permit' });

/** At least READS reads, one after another, and (under load) until 100 hashes were done meanwhile. */
async function reads(underLoad = false) {
  const times = [];
  const until = hashed + 100;
  for (let i = 0; i < READS || (underLoad && hashed < until); i++) {
    const started = performance.now();
    const answer = await reader.get('/api/applications');
    if (answer.status !== 200) throw new Error(`read: ${answer.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)] };
}

let hashed = 0;
const alone = await reads();
let running = true;
const load = Array.from({ length: 8 }, async (_, n) => {
  for (let i = 0; running; i++) {
    // A new network address each time, so that the per-client limits do not stop the load.
    const client = new Client(server.url);
    const email = `load-${n}-${i}@example.com`;
    if (n % 2) await client.post('/api/accounts', { email, password: 'correct horse battery' });
    else await client.post('/api/sessions', { email: `nobody-${n}-${i}@example.com`, password: 'a wrong password' });
    hashed++;
  }
});
// Once the load is going, measure while it goes on.
while (hashed < 16) await new Promise((resolve) => setTimeout(resolve, 10));
const before = hashed;
const loaded = await reads(true);
const during = hashed - before;
running = false;
await Promise.all(load);
server.stop();
const f = (x) => x.toFixed(1);
console.log(`read alone:  median ${f(alone.median)} ms, p90 ${f(alone.p90)} ms`);
console.log(`read loaded: median ${f(loaded.median)} ms, p90 ${f(loaded.p90)} ms (${during} sign-ins and creations meanwhile)`);
console.log(`ratio (median): ${f(loaded.median / alone.median)}`);
