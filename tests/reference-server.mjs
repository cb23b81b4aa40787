// Starts the reference backend for a test run: on a free port, in test mode, with a database of
// its own. Shared by the end-to-end tests and the conformance suite; no dependencies, so the
// conformance suite stays runnable with Node alone.

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;

/**
 * A database of its own for a server: a SQLite file in a new folder, or, when BLANKETT_TEST_STORE
 * is `postgres`, a new database on the PostgreSQL server at BLANKETT_TEST_POSTGRES (scripts/test
 * starts one), made with psql.
 */
export function newDatabase() {
  if (process.env.BLANKETT_TEST_STORE !== 'postgres') return join(mkdtempSync(join(tmpdir(), 'blankett-test-')), 'blankett.sqlite');
  const server = process.env.BLANKETT_TEST_POSTGRES;
  if (!server) throw new Error('BLANKETT_TEST_STORE=postgres needs BLANKETT_TEST_POSTGRES, the address of a PostgreSQL server');
  const name = `test_${process.pid}_${Date.now()}_${++databases}`;
  execFileSync('psql', [server, '-qXc', `CREATE DATABASE ${name}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}
let databases = 0;

/**
 * Resolves to { url, database, stop } once the server listens; `stop()` resolves once it has
 * exited. Pass the `database` of a stopped server to start it again on the same data; `port` to
 * listen on a port chosen beforehand (an identity provider must know where to send people back);
 * `args` for more of the server's options.
 */
export function startReferenceServer({
  forms = process.env.BLANKETT_FORMS || `${root}forms`,
  database = newDatabase(),
  port = 0,
  args: more = [],
} = {}) {
  // As cargo built it: in CARGO_TARGET_DIR when that is set (a worktree of its own).
  const server = process.env.BLANKETT_SERVER || `${process.env.CARGO_TARGET_DIR || `${root}target`}/debug/blankett-server`;
  const dist = process.env.BLANKETT_DIST || `${root}dist`;
  const args = ['serve', '--addr', `127.0.0.1:${port}`, '--mode', 'test', '--database', database, '--dist', dist, '--forms', forms, ...more];
  return new Promise((resolve, reject) => {
    const child = spawn(server, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the reference server did not start:\n${output}`)), 15000);
    const read = (chunk) => {
      output += chunk;
      const match = output.match(/listening on (http:\/\/[\d.:]+)/);
      if (match) {
        clearTimeout(timer);
        const exited = new Promise((done) => child.on('exit', done));
        resolve({ url: match[1], database, stop: () => (child.kill('SIGINT'), exited) });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`the reference server exited with ${code}:\n${output}`)));
  });
}
