import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildReport, chartSpecs, renderHtml } from '../../src/index.js';
import { fixtureReportInput } from './fixture-report.js';
import { reportInput } from './report-input.js';

/** Debian's chromium (`apt-get install chromium`; .ci/run installs it). Never a downloaded browser. */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const inCi = process.env.CI === 'true';
const have = existsSync(CHROMIUM);
if (!have && !inCi) {
  console.warn(`skipping the headless-browser tests: ${CHROMIUM} is missing (apt-get install -y chromium)`);
}
const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** What a page did while it loaded: requests past the page itself, console errors, script errors. */
interface Visit {
  page: Page;
  requests: string[];
  errors: string[];
}

describe.skipIf(!have && !inCi)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'sentry-offline-browser-'));

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(html: string, name: string): Promise<Visit> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const url = `file://${file}`;
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const visit: Visit = { page, requests: [], errors: [] };
    page.on('request', (r) => void (r.url() !== url && visit.requests.push(r.url())));
    page.on('console', (m) => void (m.type() === 'error' && visit.errors.push(m.text())));
    page.on('pageerror', (e) => void visit.errors.push(e.message));
    await page.goto(url, { waitUntil: 'load' });
    return visit;
  }

  it('shows every section and chart of the bundled fixtures, with no request and no console error', async () => {
    const data = buildReport(fixtureReportInput(), {
      title: 'sentry-offline report of the bundled fixtures',
    });
    const { page, requests, errors } = await open(await renderHtml(data), 'fixtures.html');
    const sections = await page.$$eval('section', (els) => els.map((e) => e.id));
    expect(sections).toEqual([
      'inputs',
      'usage',
      'drop-rate',
      'drop-reasons',
      'signatures',
      'crash-sites',
      'in-app',
      'splits',
    ]);
    const charts = await page.$$eval('figure.chart', (els) =>
      els.map((e) => ({ id: e.getAttribute('data-chart'), marks: e.querySelectorAll('svg path').length })),
    );
    expect(charts.map((c) => c.id)).toEqual(chartSpecs(data).map((c) => c.id));
    for (const chart of charts) expect(chart.marks, chart.id!).toBeGreaterThan(0);
    expect(await page.textContent('#inputs .note.incomplete')).toContain('truncated-series');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    const shot = await page.screenshot({ fullPage: false });
    expect(shot.length).toBeGreaterThan(10_000);
    if (process.env.UPDATE_SCREENSHOT) writeFileSync(join(root, 'docs/images/report.png'), shot);
    await page.close();
  }, 60_000);

  it('does not run a script, an event handler or a javascript: link from a payload value', async () => {
    const attack = (s: string) =>
      `${s}<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">` +
      `<a href="javascript:window.__pwned = 3">x</a>`;
    const data = buildReport(reportInput(attack), { title: attack('June') });
    const { page, requests, errors } = await open(await renderHtml(data), 'hostile.html');
    await page.$$eval('a', (links) => links.forEach((a) => a.click()));
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$('script, img, a[href^="javascript:"]')).toHaveLength(0);
    expect(await page.title()).toBe(attack('June'));
    expect(await page.textContent('h1')).toBe(attack('June'));
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
