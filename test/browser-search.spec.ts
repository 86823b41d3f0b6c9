// Search in a real browser (Debian's Chromium) against the built test site served from 127.0.0.1
// under the base path: ranking (title over abstract, arXiv ids, authors), filters, order, shared
// URLs, the `/` shortcut, the page without JavaScript, screenshots in both schemes, and the same
// answers from an index cut into shards as from the single one.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import * as pagefind from 'pagefind';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSearchIndex } from '../src/integrations/pagefind.ts';
import { launchChromium, startStaticServer } from './browser.ts';
import type { StaticServer } from './browser.ts';
import { BASE, REPO_ROOT, SCREENSHOTS_DIR, SITE_DIST_DIR, SITE_GENERATED_DIR, TEST_RESULTS_DIR } from './built-site.ts';

const AXE_SCRIPT = path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
/** The test site with its index rebuilt in shards of a few papers, so every search crosses shards. */
const SHARDED_DIST_DIR = path.join(TEST_RESULTS_DIR, 'dist-search-shards');
const WARPSPEED = `${BASE}papers/2509.16407/`;
const AGULLO_PAPER = `${BASE}papers/2602.24044/`;
const NVIDIA_PCM = `${BASE}papers/2602.24237/`;
/** What the status says once a search has stopped: all shards searched, or (in date order) enough of them. */
const FINAL_STATUS = /^(\d+ papers? found|\d+ papers? found among the newest papers; .* are searched when you show more\.|No papers match\.)$/;

let server: StaticServer;
let shardedServer: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  rmSync(SHARDED_DIST_DIR, { recursive: true, force: true });
  cpSync(SITE_DIST_DIR, SHARDED_DIST_DIR, { recursive: true });
  rmSync(path.join(SHARDED_DIST_DIR, 'pagefind'), { recursive: true });
  try {
    await buildSearchIndex({
      generatedDir: SITE_GENERATED_DIR,
      base: BASE,
      outputDir: path.join(SHARDED_DIST_DIR, 'pagefind'),
      shardSizes: { first: 20, rest: 30 },
    });
  } finally {
    await pagefind.close();
  }
  server = await startStaticServer(SITE_DIST_DIR, BASE);
  shardedServer = await startStaticServer(SHARDED_DIST_DIR, BASE);
  browser = await launchChromium();
  context = await openContext({ width: 1280 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await shardedServer?.close();
});

/** A browser context that can reach the local servers and nothing else. */
async function openContext(options: { width: number; javaScriptEnabled?: boolean }): Promise<BrowserContext> {
  const opened = await browser.newContext({ viewport: { width: options.width, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  await opened.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(server.url) || url.startsWith(shardedServer.url) ? route.continue() : route.abort();
  });
  return opened;
}

async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction((pattern) => new RegExp(pattern).test(document.querySelector('.search-status')?.textContent ?? ''), FINAL_STATUS.source);
}

/** Opens the search page for a query the way a shared link does. */
async function openSearch(page: Page, params: Record<string, string>, site = server): Promise<void> {
  await page.goto(`${site.url}search/?${new URLSearchParams(params)}`);
  await waitForResults(page);
}

/** Types a query as a reader does: the URL follows, then the results. */
async function typeQuery(page: Page, query: string): Promise<void> {
  await page.fill('#site-search', query);
  await page.waitForURL((url) => url.searchParams.get('q') === query);
  await waitForResults(page);
}

function getResultUrls(page: Page): Promise<string[]> {
  return page.$$eval('.search-results .paper-item-title a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** Every result, showing more until the list is complete. */
async function getAllResultUrls(page: Page): Promise<string[]> {
  while (await page.isVisible('.search-more')) {
    const shown = (await getResultUrls(page)).length;
    await page.click('.search-more');
    await page.waitForFunction((count) => document.querySelectorAll('.search-results li').length > count || document.querySelector<HTMLElement>('.search-more')!.hidden, shown);
    await waitForResults(page);
  }
  return getResultUrls(page);
}

function getResultDates(page: Page): Promise<string[]> {
  return page.$$eval('.search-results time', (times) => times.map((time) => time.getAttribute('datetime') ?? ''));
}

async function getStatus(page: Page): Promise<string> {
  return (await page.textContent('.search-status')) ?? '';
}

describe('search page', () => {
  test('finds the paper whose title holds the word first, ahead of one whose abstract says it twice', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}search/`);
    await typeQuery(page, 'nvidia');
    const urls = await getResultUrls(page);
    expect(urls[0]).toBe(NVIDIA_PCM);
    expect(urls).toContain(WARPSPEED);
    expect(await page.textContent('.search-results li:first-child .paper-item-title')).toBe(
      'nvidia-pcm: A D-Bus-Driven Platform Configuration Manager for OpenBMC Environments',
    );
    await page.close();
  });

  test('shows title, authors, date, primary category and an excerpt with the match marked', async () => {
    const page = await context.newPage();
    await openSearch(page, { q: 'concurrent hash tables' });
    expect((await getResultUrls(page))[0]).toBe(WARPSPEED);
    const first = page.locator('.search-results li').first();
    expect(await first.locator('.paper-item-meta').textContent()).toBe('arXiv:2509.16407 · 23 Sept 2025 · cs.DC');
    expect(await first.locator('time').getAttribute('datetime')).toBe('2025-09-23');
    expect(await first.locator('.search-excerpt mark').allTextContents()).toEqual(['Concurrent', 'Hash', 'Tables', 'hash', 'tables']);
    await openSearch(page, { q: 'Ferran Agullo' });
    expect((await getResultUrls(page))[0]).toBe(AGULLO_PAPER);
    expect(await page.locator('.search-results li .authors').first().textContent()).toBe(
      'Ferran Agullo, Joan Oliveras, Chen Wang, Alberto Gutierrez-Torre, Olivier Tardieu, Alaa Youssef, Jordi Torres, Josep Ll. Berral',
    );
    await page.close();
  });

  test('finds a paper by its arXiv id however it is written', async () => {
    const page = await context.newPage();
    for (const q of ['2509.16407', 'arXiv:2509.16407', 'https://arxiv.org/abs/2509.16407v2', 'math/0501001']) {
      await openSearch(page, { q });
      expect((await getResultUrls(page))[0], q).toBe(q === 'math/0501001' ? `${BASE}papers/math_0501001/` : WARPSPEED);
    }
    await page.close();
  });

  test("finds an author's papers by surname, accents and all", async () => {
    const page = await context.newPage();
    await openSearch(page, { q: 'Agullo' });
    expect(await getResultUrls(page)).toEqual([AGULLO_PAPER]);
    await openSearch(page, { q: 'Zoë Lefèvre' });
    expect((await getResultUrls(page))[0]).toBe(`${BASE}papers/math_0501001/`);
    await page.close();
  });

  test('narrows the results by a category filter and keeps it in the URL', async () => {
    const page = await context.newPage();
    await openSearch(page, { q: 'GPU' });
    const all = await getAllResultUrls(page);
    await page.click('.search-filters summary');
    await page.waitForSelector('select[name="category"] option[value="cs.LG"]', { state: 'attached' });
    expect(await page.textContent('select[name="category"] option[value="cs.DC"]')).toMatch(/^cs\.DC: Distributed, Parallel, and Cluster Computing \(\d+\)$/);
    await page.selectOption('select[name="category"]', 'cs.LG');
    await page.waitForURL((url) => url.searchParams.get('category') === 'cs.LG');
    await waitForResults(page);
    const narrowed = await getAllResultUrls(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(all).toEqual(expect.arrayContaining(narrowed));
    expect(narrowed).toContain(`${BASE}papers/2504.11651/`);
    expect(narrowed).not.toContain(WARPSPEED);
    await page.close();
  });

  test('reloads a shared URL with the same results', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}search/`);
    await typeQuery(page, 'GPU inference');
    await page.selectOption('select[name="sort"]', 'date');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'date');
    await waitForResults(page);
    const shared = page.url();
    const results = await getResultUrls(page);
    expect(new URL(shared).search).toBe('?q=GPU+inference&sort=date');

    const reader = await context.newPage();
    await reader.goto(shared);
    await waitForResults(reader);
    expect(await reader.inputValue('#site-search')).toBe('GPU inference');
    expect(await reader.inputValue('select[name="sort"]')).toBe('date');
    expect(await getResultUrls(reader)).toEqual(results);
    await reader.close();
    await page.close();
  });

  test('orders by date, newest first', async () => {
    const page = await context.newPage();
    await openSearch(page, { q: 'GPU', sort: 'date' });
    const dates = await getResultDates(page);
    expect(dates.length).toBe(10);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.close();
  });

  test('shows hostile listing text as text', async () => {
    const page = await context.newPage();
    await openSearch(page, { q: 'pwned' });
    expect((await getResultUrls(page)).length).toBeGreaterThan(0);
    expect(await page.locator('.search-results script, .search-results img, .search-results iframe, .search-results svg').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await page.close();
  });

  test('focuses the search box on `/`, except while the reader types in a field', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}papers/2509.16407/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('gpu/hash');
    expect(await page.inputValue('#site-search')).toBe('gpu/hash');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `${BASE}search/` && url.searchParams.get('q') === 'gpu/hash');
    await page.close();
  });

  test('without JavaScript says search needs it and offers the topics and days', async () => {
    const noScript = await openContext({ width: 1280, javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${server.url}search/?q=GPU`);
    expect(await page.textContent('main .notice')).toMatch(/^\s*Search runs in your browser and needs JavaScript\./);
    expect(await page.$$eval('main .notice a', (links) => links.map((link) => link.getAttribute('href')))).toEqual([`${BASE}topics/`, `${BASE}days/`]);
    expect(await page.isVisible('.search-ui')).toBe(false);
    await noScript.close();
  });

  for (const width of [360, 1280] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`shows results at ${width} px in the ${scheme} scheme without accessibility violations`, async () => {
        const sized = await openContext({ width });
        const page = await sized.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await openSearch(page, { q: 'GPU hash', category: 'cs.DC' });
        await page.waitForSelector('select[name="category"] option[value="cs.LG"]', { state: 'attached' });
        await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `search-${width}-${scheme}.png`), fullPage: true });
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'the page scrolls sideways').toBeLessThanOrEqual(0);
        await page.addScriptTag({ path: AXE_SCRIPT });
        const results = await page.evaluate(() => (window as unknown as { axe: { run: (d: Document) => Promise<AxeResults> } }).axe.run(document));
        const violations = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
        await sized.close();
      });
    }
  }
});

describe('search page over a sharded index', () => {
  test('finds the same papers as the single index, however the query is ordered or filtered', async () => {
    const single = await context.newPage();
    const sharded = await context.newPage();
    const searches: Record<string, string>[] = [{ q: 'GPU' }, { q: 'scheduling' }, { q: 'GPU', sort: 'date' }, { q: 'learning', year: '2025' }, { q: 'learning', category: 'cs.LG' }];
    for (const params of searches) {
      await openSearch(single, params);
      await openSearch(sharded, params, shardedServer);
      const expected = await getAllResultUrls(single);
      const found = await getAllResultUrls(sharded);
      expect(expected.length, JSON.stringify(params)).toBeGreaterThan(1);
      expect([...found].sort(), JSON.stringify(params)).toEqual([...expected].sort());
      // Papers of the same day may come in either order; the days must not.
      if (params.sort) expect(await getResultDates(sharded), JSON.stringify(params)).toEqual(await getResultDates(single));
    }
    await single.close();
    await sharded.close();
  });

  test('finds the oldest paper by its id first, from the last shard', async () => {
    const page = await context.newPage();
    await openSearch(page, { q: '2305.08460' }, shardedServer);
    expect((await getResultUrls(page))[0]).toBe(`${BASE}papers/2305.08460/`);
    expect(await getStatus(page)).toMatch(FINAL_STATUS);
    await page.close();
  });

  test('answers newest first from the newest shards without loading the oldest', async () => {
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await openSearch(page, { q: 'GPU', sort: 'date' }, shardedServer);
    expect((await getResultUrls(page)).length).toBe(10);
    expect(await getStatus(page)).toBe('13 papers found among the newest papers; older papers announced on or before 12 Jan 2026 are searched when you show more.');
    expect(requested.some((url) => url.includes('/pagefind/shard-3/'))).toBe(false);
    await page.close();
  });
});
