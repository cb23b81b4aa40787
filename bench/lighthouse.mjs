// Lighthouse (from npm) on a page, as a phone sees it: Lighthouse's default mobile settings, with
// simulated slow 4G and a CPU four times slower. Each run starts Debian's Chromium afresh (an
// empty cache, as a first visit), through Lighthouse's own launcher.

import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/**
 * Lighthouse's performance score and its figures for `url`, the median of `runs` runs by score.
 * `cookie` is sent with every request (a signed-in applicant's session).
 */
export async function lighthouseOf(url, { cookie, runs = 3 } = {}) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    const chrome = await launch({ chromePath: process.env.CHROMIUM || '/usr/bin/chromium', chromeFlags: FLAGS });
    try {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
      });
      const audit = (id) => lhr.audits[id]?.numericValue;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
      results.push({
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        bestPractices: lhr.categories['best-practices'].score,
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        fcp: audit('first-contentful-paint'),
        interactive: audit('interactive'),
        lighthouse: lhr.lighthouseVersion,
      });
    } finally {
      await chrome.kill();
    }
  }
  results.sort((a, b) => a.performance - b.performance);
  return results[Math.floor(results.length / 2)];
}
