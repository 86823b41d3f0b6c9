// The reading pages in a real browser (Debian's Chromium through playwright-core), served from
// 127.0.0.1 under the base: at 360 px and 1280 px, in light and dark schemes, with screenshots
// kept as artifacts, no horizontal scrolling, and no serious or critical axe-core violations.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, startStaticServer } from './browser.ts';
import type { StaticServer } from './browser.ts';
import { BASE, REPO_ROOT, SCREENSHOTS_DIR, SITE_DIST_DIR } from './built-site.ts';

const AXE_SCRIPT = path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
const WIDTHS = [360, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
/** A paper with TeX in its title and abstract, a day with all three sections, and a topic. */
const PAGES = [
  { name: 'paper', path: 'papers/2501.07311/' },
  { name: 'day', path: 'days/2026-03-02/' },
  { name: 'topic', path: 'topics/cs.DC/' },
] as const;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  server = await startStaticServer(SITE_DIST_DIR, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A browser context that can reach the local server and nothing else. */
async function openContext(options: { width: number; javaScriptEnabled?: boolean }): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  await context.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
  return context;
}

async function runAxe(page: Page): Promise<AxeResults['violations']> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(() => (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe.run(document));
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('reading pages in Chromium', () => {
  for (const { name, path: pagePath } of PAGES) {
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        test(`shows the ${name} page at ${width} px in the ${scheme} scheme without accessibility violations`, async () => {
          const context = await openContext({ width });
          try {
            const page = await context.newPage();
            await page.emulateMedia({ colorScheme: scheme });
            const response = await page.goto(server.url + pagePath);
            expect(response?.status()).toBe(200);
            // Show one abstract so the screenshot has math in it.
            await page.evaluate(() => document.querySelector('details.abstract-toggle')?.setAttribute('open', ''));
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
            await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}-${width}-${scheme}.png`), fullPage: true });
            const violations = await runAxe(page);
            expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
          } finally {
            await context.close();
          }
        });
      }
    }
  }

  test('reads a paper with JavaScript off: abstract, BibTeX and no dead copy button', async () => {
    const context = await openContext({ width: 1280, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}papers/2501.07311/`);
      await expect(page.locator('.abstract math').first().isVisible()).resolves.toBe(true);
      await expect(page.locator('.bibtex pre').textContent()).resolves.toContain('eprint={2501.07311}');
      await expect(page.locator('.copy-button').isVisible()).resolves.toBe(false);
    } finally {
      await context.close();
    }
  });

  test('copies the BibTeX entry with the copy button', async () => {
    const context = await openContext({ width: 1280 });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
      const page = await context.newPage();
      await page.goto(`${server.url}papers/2501.07311/`);
      await page.locator('.copy-button').click();
      await expect(page.locator('.copy-status').textContent()).resolves.toBe('Copied to the clipboard.');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      await expect(page.locator('.bibtex pre').textContent()).resolves.toBe(copied);
    } finally {
      await context.close();
    }
  });

  test('opens an abstract on a day page with its disclosure toggle', async () => {
    const context = await openContext({ width: 360, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}days/2026-03-02/`);
      const first = page.locator('details.abstract-toggle').first();
      await expect(first.locator('.abstract').isVisible()).resolves.toBe(false);
      await first.locator('summary').click();
      await expect(first.locator('.abstract').isVisible()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });
});
