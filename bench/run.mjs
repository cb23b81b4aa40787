// scripts/bench: Blankett and SurveyJS on the same generated forms, measured in one Chromium run,
// interleaved, several runs each; writes BENCHMARKS.md with the medians and their ratios.
// Blankett is the release build (dist/) on the reference backend; SurveyJS (survey-core and
// survey-js-ui from npm, bench/package.json) is served by a small static server here, compressed
// the same way (brotli, quality 11). Every measurement is taken inside the page with
// performance.now(), so Playwright's own round trips are not counted.

import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { startReferenceServer } from '../tests/reference-server.mjs';
import { Client, codeFor } from '../tests/conformance/backend.mjs';
import { blankett, surveyjs } from './forms.mjs';
import { lighthouseOf } from './lighthouse.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 7);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3);
const root = new URL('../', import.meta.url).pathname;
const modules = new URL('./node_modules/', import.meta.url).pathname;
const PASSWORD = 'correct horse battery';

// --- the forms, for both engines --------------------------------------------------------------
const forms = mkdtempSync(join(tmpdir(), 'blankett-bench-forms-'));
writeFileSync(join(forms, 'bench-20x50.json'), JSON.stringify(blankett('bench-20x50', 20, 50)));
writeFileSync(join(forms, 'bench-1x50.json'), JSON.stringify(blankett('bench-1x50', 1, 50)));
writeFileSync(join(forms, 'bench-1x1000.json'), JSON.stringify(blankett('bench-1x1000', 1, 1000)));

// --- SurveyJS on a static server of its own -----------------------------------------------------
const files = {
  '/survey.core.min.js': [readFileSync(`${modules}survey-core/survey.core.min.js`), 'text/javascript'],
  '/survey-js-ui.min.js': [readFileSync(`${modules}survey-js-ui/survey-js-ui.min.js`), 'text/javascript'],
  '/survey-core.min.css': [readFileSync(`${modules}survey-core/survey-core.min.css`), 'text/css'],
};
const page = (json) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SurveyJS</title>
<link rel="stylesheet" href="/survey-core.min.css"><script src="/survey.core.min.js"></script><script src="/survey-js-ui.min.js"></script></head>
<body><div id="survey"></div><script>
const survey = new Survey.Model(${JSON.stringify(json)});
survey.render(document.getElementById('survey'));
</script></body></html>`;
for (const [name, json] of Object.entries({ '20x50': surveyjs(20, 50), '1x50': surveyjs(1, 50), '1x1000': surveyjs(1, 1000), '1x1000-typing': surveyjs(1, 1000, 'onTyping') })) {
  files[`/${name}.html`] = [Buffer.from(page(json)), 'text/html; charset=utf-8'];
}
const compressed = Object.fromEntries(Object.entries(files).map(([path, [body]]) => [path, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })]));
const surveyServer = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const file = files[path];
  if (!file) return response.writeHead(404).end();
  const br = /\bbr\b/.test(request.headers['accept-encoding'] || '');
  response.writeHead(200, { 'content-type': file[1], 'cache-control': 'no-cache', ...(br ? { 'content-encoding': 'br' } : {}) });
  response.end(br ? compressed[path] : file[0]);
});
await new Promise((done) => surveyServer.listen(0, '127.0.0.1', done));
const surveyBase = `http://127.0.0.1:${surveyServer.address().port}`;

// --- the measurements, inside the page ----------------------------------------------------------
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--enable-precise-memory-info', '--no-first-run'],
});
const server = await startReferenceServer({ forms });
let accounts = 0;

/** A browser context signed in as a new applicant of the reference backend. */
async function signedIn() {
  const client = new Client(server.url);
  const email = `bench-${process.pid}-${++accounts}@example.com`;
  await client.post('/api/accounts', { email, password: PASSWORD });
  await client.post('/api/accounts/verify', { email, password: PASSWORD, code: await codeFor(client, email) });
  const context = await browser.newContext();
  // On the sign-in page, as an applicant does (the app knows a session by how it began).
  const tab = await context.newPage();
  await tab.goto(`${server.url}/sign-in?lang=en&next=/`);
  await tab.getByLabel('Email address or username', { exact: true }).fill(email);
  await tab.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await tab.getByRole('button', { name: 'Sign in', exact: true }).click();
  await tab.waitForURL((url) => url.pathname === '/');
  await tab.close();
  return context;
}

/** Opens `url` and waits until `ready` holds in the page: the times, the download and the heap. */
async function open(context, url, ready) {
  const tab = await context.newPage();
  // The WebAssembly memories the page makes, to count them beside the JS heap.
  await tab.addInitScript(() => {
    const keep = (result) => {
      for (const value of Object.values((result.instance || result).exports || {})) {
        if (value instanceof WebAssembly.Memory) (window.__benchMemories ||= new Set()).add(value);
      }
      return result;
    };
    const streaming = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = (...args) => streaming(...args).then(keep);
    const instantiate = WebAssembly.instantiate;
    WebAssembly.instantiate = (...args) => instantiate(...args).then(keep);
  });
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  await tab.goto(url, { waitUntil: 'commit' });
  const shown = await tab
    .waitForFunction(ready, null, { polling: 'raf', timeout: Number(process.env.BENCH_TIMEOUT || 120_000) })
    .catch(async (error) => {
      const seen = await tab.evaluate(() => `${location.href}: h1 "${document.querySelector('h1')?.textContent}", ${document.querySelectorAll('main .field').length} fields, ${document.body.innerText.slice(0, 300)}`);
      throw new Error(`${url} never got ready: ${seen}`, { cause: error });
    })
    .then(() => tab.evaluate(() => performance.now()));
  const timing = await tab.evaluate(() => {
    const resources = performance.getEntriesByType('resource');
    const navigation = performance.getEntriesByType('navigation')[0];
    const bytes = resources.reduce((sum, r) => sum + r.transferSize, navigation.transferSize);
    const code = resources.filter((r) => /\.(js|wasm|css)$/.test(new URL(r.name).pathname)).reduce((sum, r) => sum + r.transferSize, 0);
    return { bytes, code, dataReady: Math.max(navigation.responseEnd, ...resources.map((r) => r.responseEnd)) };
  });
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  const wasm = await tab.evaluate(() => [...(window.__benchMemories || [])].reduce((sum, memory) => sum + memory.buffer.byteLength, 0));
  return { tab, shown, dataReady: Math.min(timing.dataReady, shown), bytes: timing.bytes, code: timing.code, heap, wasm };
}

/** Clicks the button named `name` in the page and waits until `done` holds: milliseconds. */
async function timedClick(tab, name, done) {
  return tab.evaluate(async ([name, done]) => {
    const button = [...document.querySelectorAll('button, input[type=button]')].find((b) => (b.textContent || b.value).trim() === name);
    const check = new Function(`return (${done})()`);
    const t0 = performance.now();
    button.click();
    while (!check()) await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  }, [name, done.toString()]);
}

/**
 * Types `count` characters into `field` (a selector) as the browser delivers keystrokes (an input
 * event each), each measured from the event to the end of the work it starts (the microtasks and
 * one message-loop turn): milliseconds per character, and the DOM changes outside `question`.
 * Then the same into a bare `<input>` put just before the typed question, which no engine listens to: what
 * the browser itself spends per keystroke on a page of that size (`bare`).
 */
async function typing(tab, field, question, count = 200) {
  const measured = await typeInto(tab, field, question, count);
  // Just before the typed question, so that the browser lays out as much of the page after it.
  await tab.evaluate(([field, question]) => {
    const own = document.querySelector(field).closest(question);
    const bare = document.createElement('input');
    bare.id = 'bench-bare';
    own.parentNode.insertBefore(bare, own);
  }, [field, question]);
  const bare = await typeInto(tab, '#bench-bare', '#bench-bare', count);
  return { ...measured, bare: bare.perCharacter, own: Math.max(0, measured.perCharacter - bare.perCharacter) };
}

async function typeInto(tab, field, question, count) {
  return tab.evaluate(async ([field, question, count]) => {
    const input = document.querySelector(field);
    const own = input.closest(question);
    let outside = 0;
    const observer = new MutationObserver((records) => { outside += records.filter((r) => !own.contains(r.target)).length; });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const turn = () => new Promise((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
    input.focus();
    let total = 0;
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      input.value += 'a';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'a', inputType: 'insertText' }));
      await Promise.resolve();
      await turn();
      total += performance.now() - t0;
    }
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    return { perCharacter: total / count, outside };
  }, [field, question, count]);
}

const results = { blankett: [], surveyjs: [] };
async function runBlankett() {
  const context = await signedIn();
  const first = await open(context, `${server.url}/forms/bench-20x50`, () => [...document.querySelectorAll('h1')].some((h) => h.textContent === 'Page 1' && h.offsetParent !== null) && document.querySelectorAll('main .field').length >= 50);
  const next = await timedClick(first.tab, 'Next', () => document.querySelectorAll('.error-message').length >= 50);
  const short = await open(context, `${server.url}/forms/bench-1x50`, () => document.querySelectorAll('main .field').length >= 50);
  const typedShort = await typing(short.tab, '#q-p0_q0', '.field');
  const long = await open(context, `${server.url}/forms/bench-1x1000`, () => document.querySelectorAll('main .field').length >= 1000);
  const typedLong = await typing(long.tab, '#q-p0_q0', '.field');
  await context.close();
  return { download: first.bytes, shown: first.shown, dataReady: first.dataReady, rendered: first.shown - first.dataReady, next, typed50: typedShort.perCharacter, typed1000: typedLong.perCharacter, bare50: typedShort.bare, bare1000: typedLong.bare, own50: typedShort.own, own1000: typedLong.own, outside: typedLong.outside, render1000: long.shown, heap: first.heap, wasm: first.wasm, memory: first.heap + first.wasm };
}
async function runSurveyJS() {
  const context = await browser.newContext();
  const ready = (count) => new Function(`return document.querySelectorAll('.sd-question').length >= ${count}`);
  const first = await open(context, `${surveyBase}/20x50.html`, ready(50));
  const next = await timedClick(first.tab, 'Next', () => document.querySelectorAll('.sd-question__erbox').length >= 50);
  const short = await open(context, `${surveyBase}/1x50.html`, ready(50));
  const typedShort = await typing(short.tab, 'input[type=text]', '.sd-question');
  const long = await open(context, `${surveyBase}/1x1000.html`, ready(1000));
  const typedLong = await typing(long.tab, 'input[type=text]', '.sd-question');
  const onTyping = await open(context, `${surveyBase}/1x1000-typing.html`, ready(1000));
  const typedOnTyping = await typing(onTyping.tab, 'input[type=text]', '.sd-question', 20);
  await context.close();
  return { download: first.bytes, shown: first.shown, dataReady: first.dataReady, rendered: first.shown - first.dataReady, next, typed50: typedShort.perCharacter, typed1000: typedLong.perCharacter, bare50: typedShort.bare, bare1000: typedLong.bare, own50: typedShort.own, own1000: typedLong.own, outside: typedLong.outside, typedOnTyping: typedOnTyping.perCharacter, render1000: long.shown, heap: first.heap, wasm: first.wasm, memory: first.heap + first.wasm };
}
for (let run = 0; run < RUNS; run++) {
  results.blankett.push(await runBlankett());
  results.surveyjs.push(await runSurveyJS());
  console.log(`run ${run + 1} of ${RUNS}: Blankett ${JSON.stringify(results.blankett.at(-1))}\n  SurveyJS ${JSON.stringify(results.surveyjs.at(-1))}`);
}
// Lighthouse on the first page of each, as a phone sees it (its own Chromium, an empty cache).
const lighthouseContext = await signedIn();
const cookie = (await lighthouseContext.cookies(server.url)).map((c) => `${c.name}=${c.value}`).join('; ');
await lighthouseContext.close();
console.log(`Lighthouse, ${LIGHTHOUSE_RUNS} runs each`);
const lighthouseRuns = {
  blankett: await lighthouseOf(`${server.url}/forms/bench-20x50`, { cookie, runs: LIGHTHOUSE_RUNS }),
  surveyjs: await lighthouseOf(`${surveyBase}/20x50.html`, { runs: LIGHTHOUSE_RUNS }),
};
console.log(JSON.stringify(lighthouseRuns));
const browserVersion = browser.version();
await browser.close();
server.stop();
surveyServer.close();

// --- BENCHMARKS.md ------------------------------------------------------------------------------
const median = (values) => { const sorted = [...values].sort((a, b) => a - b); return sorted[Math.floor(sorted.length / 2)]; };
const m = (engine, key) => median(results[engine].map((r) => r[key]));
const ms = (v) => `${v.toFixed(1)} ms`;
const kb = (v) => `${(v / 1024).toFixed(0)} KB`;
const rows = [
  ['download on the wire (brotli; code, CSS, page, data)', 'download', kb],
  ['first page of the 20×50 form shown (from navigation)', 'shown', ms],
  ['… of which until the last byte of code and data', 'dataReady', ms],
  ['… of which rendering after that', 'rendered', ms],
  ['Next on the empty 50-question page → every error shown', 'next', ms],
  ['first render of one page of 1000 questions (from navigation)', 'render1000', ms],
  ['typing, per character, 50-question page', 'typed50', ms],
  ['**typing, per character, 1000-question page**', 'typed1000', ms],
  ['… a bare `<input>` on the same 50-question page (the browser\'s own part)', 'bare50', ms],
  ['… a bare `<input>` on the same 1000-question page', 'bare1000', ms],
  ['typing, per character, less the bare input: the engine\'s own work, 50 questions', 'own50', ms],
  ['**… the engine\'s own work, 1000 questions**', 'own1000', ms],
  ['DOM changes outside the typed question (1000-question page, 200 characters)', 'outside', (v) => String(v)],
  ['JS heap after the first page', 'heap', (v) => `${(v / 1048576).toFixed(1)} MB`],
  ['… and WebAssembly memory', 'wasm', (v) => `${(v / 1048576).toFixed(1)} MB`],
  ['**memory after the first page, JS heap and WebAssembly**', 'memory', (v) => `${(v / 1048576).toFixed(1)} MB`],
];
const lighthouseRows = [
  ['performance score (target ≥ 0.95)', 'performance', (v) => v.toFixed(2)],
  ['largest contentful paint (target ≤ 2.0 s)', 'lcp', (v) => `${(v / 1000).toFixed(2)} s`],
  ['total blocking time (target ≤ 200 ms)', 'tbt', (v) => `${v.toFixed(0)} ms`],
  ['first contentful paint', 'fcp', (v) => `${(v / 1000).toFixed(2)} s`],
  ['time to interactive', 'interactive', (v) => `${(v / 1000).toFixed(2)} s`],
  ['accessibility score', 'accessibility', (v) => v.toFixed(2)],
  ['best practices score', 'bestPractices', (v) => v.toFixed(2)],
];
const version = (name) => JSON.parse(readFileSync(`${modules}${name}/package.json`, 'utf8')).version;
const chromiumVersion = `Chromium ${browserVersion}`;
const commit = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
const lines = [
  '# Benchmarks',
  '',
  `Written by \`scripts/bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}: Blankett ${commit} (release build, reference backend) beside SurveyJS ${version('survey-js-ui')} (survey-core ${version('survey-core')}), ` +
    `the same generated forms (bench/forms.mjs: 20 pages × 50 required questions of eight kinds; one page of 50; one page of 1000), ${RUNS} interleaved runs each, medians, in ${chromiumVersion}, headless, on ${cpus().length} × ${cpus()[0].model.trim()}. ` +
    'Read the ratios, not the milliseconds: the machine is shared.',
  '',
  '| figure | SurveyJS | Blankett | ratio |',
  '|---|---|---|---|',
  ...rows.map(([label, key, show]) => `| ${label} | ${show(m('surveyjs', key))} | ${show(m('blankett', key))} | ${m('surveyjs', key) ? (m('blankett', key) / m('surveyjs', key)).toFixed(2) : '—'} |`),
  `| SurveyJS with \`textUpdateMode: "onTyping"\` (the same work as Blankett's), per character, 1000 questions | ${ms(m('surveyjs', 'typedOnTyping'))} | ${ms(m('blankett', 'typed1000'))} | ${(m('blankett', 'typed1000') / m('surveyjs', 'typedOnTyping')).toPrecision(2)} |`,
  '',
  'Typing is measured from the input event to the end of the work it starts (its microtasks and one turn of the message loop), 200 characters (20 for SurveyJS\'s onTyping mode), so a frame\'s painting is not in it. SurveyJS by default takes a text answer on blur and does no work per keystroke.',
  '',
  '## Lighthouse on the first page of the 20×50 form',
  '',
  `Lighthouse ${lighthouseRuns.blankett.lighthouse} from npm, its default mobile settings (simulated slow 4G, a CPU four times slower), each run in a new Chromium with an empty cache; the median of ${LIGHTHOUSE_RUNS} runs by performance score.`,
  '',
  '| figure | SurveyJS | Blankett |',
  '|---|---|---|',
  ...lighthouseRows.map(([label, key, show]) => `| ${label} | ${show(lighthouseRuns.surveyjs[key])} | ${show(lighthouseRuns.blankett[key])} |`),
  '',
  '## Targets of issue 20 and where they stand',
  '',
  ...targets().map(([what, value, met]) => `- ${what}: ${value} — ${met ? 'met' : '**not met**'}.`),
  '',
];
// What the figures say is written by hand below the figures, and kept from one run to the next.
const HAND_WRITTEN = '## What the figures say';
const previous = (() => { try { return readFileSync(join(root, 'BENCHMARKS.md'), 'utf8'); } catch { return ''; } })();
lines.push(previous.includes(HAND_WRITTEN) ? previous.slice(previous.indexOf(HAND_WRITTEN)) : `${HAND_WRITTEN}\n\n(To be written: what the figures above say, and what remains.)\n`);

function targets() {
  const ratio = (a, b) => a / b;
  const typing = ratio(m('blankett', 'typed1000'), m('blankett', 'typed50'));
  const own = m('blankett', 'own1000') - m('blankett', 'own50');
  const blur = ratio(m('blankett', 'typed1000'), m('surveyjs', 'typed1000'));
  const ready = ratio(m('blankett', 'dataReady'), m('surveyjs', 'dataReady'));
  const lh = lighthouseRuns.blankett;
  return [
    ['Typing on 1000 questions within 1.2× of 50, as measured (the browser\'s own part included)', `${typing.toFixed(2)}×`, typing <= 1.2],
    // Within 1.2×, or within 0.1 ms where the own work on 50 questions is too small to take a fifth of.
    ['… the engine\'s own work per character (a bare input\'s time taken away) on 1000 questions against 50', `${m('blankett', 'own1000').toFixed(2)} ms against ${m('blankett', 'own50').toFixed(2)} ms`, own <= Math.max(0.2 * m('blankett', 'own50'), 0.1)],
    ["Typing at most 0.5× SurveyJS's default mode", `${blur.toFixed(2)}×`, blur <= 0.5],
    ['"Data ready" at most 0.5× SurveyJS\'s', `${ready.toFixed(2)}×`, ready <= 0.5],
    ['Lighthouse performance ≥ 0.95', lh.performance.toFixed(2), lh.performance >= 0.95],
    ['Largest contentful paint ≤ 2.0 s', `${(lh.lcp / 1000).toFixed(2)} s`, lh.lcp <= 2000],
    ['Total blocking time ≤ 200 ms', `${lh.tbt.toFixed(0)} ms`, lh.tbt <= 200],
  ];
}
writeFileSync(join(root, 'BENCHMARKS.md'), lines.join('\n'));
console.log(lines.join('\n'));
