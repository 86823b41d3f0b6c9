// The built site executes nothing from listing content. Every page built from the hostile
// listings (src/__fixtures__/site/hostile-*) is opened in Chromium twice: as published, with a
// trap on `window.__pwned` (which every payload sets) and a dialog handler; and under a strict
// Content-Security-Policy that allows only the site's own scripts, so that even a payload that
// would not reach the trap is reported as a violation. Then cheerio checks every built page for
// event-handler attributes, script URLs and unsafe links in abstracts and comments.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import { parseFrontmatter } from 'astro/markdown';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, startStaticServer } from './browser.ts';
import type { StaticServer } from './browser.ts';
import { BASE, SITE_DIST_DIR, SITE_GENERATED_DIR } from './built-site.ts';
import { paperSchema } from '../src/archive/paper.ts';
import { idToSlug } from '../src/archive/arxiv-id.ts';

/** Listing files whose content is hostile: the accepted part of the adversarial corpus. */
const HOSTILE_SOURCE = /^src\/__fixtures__\/site\/hostile-/;
const EVENT_HANDLER_ATTRIBUTE = /^on/i;
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;
const HTTP_URL = /^https?:\/\//;
const HREF_ATTRIBUTE = /\bhref="([^"]*)"/g;
const INDEX_FILE = /(?:^|\/)index\.html$/;
/** Console errors that mean a payload ran or was blocked: a policy violation, or the trap's name. */
const PAYLOAD_CONSOLE_ERROR = /Content Security Policy|pwned/i;
const LINK_REL = 'nofollow noopener noreferrer';
/** Attributes that hold a URL a browser may load or navigate to. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset', 'data', 'background'];
/** What the search page says once results are shown. */
const SOME_FOUND = /^\d+ papers? found$/;
const ANY_STATUS = /^(?:\d+ papers? found|No papers match\.)$/;
/** Time for deferred work (timers, idle callbacks, late event handlers) to run after load. */
const SETTLE_MS = 100;

interface BuiltPage {
  /** Path inside dist, posix: `papers/2604.09001/index.html`. */
  file: string;
  /** The page's URL path under the base: `papers/2604.09001/`. */
  url: string;
  $: CheerioAPI;
}

/** What the init script records in the page. */
interface Trap {
  pwned: string[];
  violations: string[];
}

function listHtmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The built site, read once (the `site` project's global setup built it before this file loads). */
const pages: BuiltPage[] = listHtmlFiles(SITE_DIST_DIR).map((file) => ({
  file,
  url: file.replace(INDEX_FILE, (m) => (m.startsWith('/') ? '/' : '')),
  $: load(readFileSync(path.join(SITE_DIST_DIR, file), 'utf8')),
}));

/** Slugs of the papers that the hostile listings announce. */
const hostileSlugs = new Set(
  readdirSync(path.join(SITE_GENERATED_DIR, 'papers'))
    .map((name) => paperSchema.parse(parseFrontmatter(readFileSync(path.join(SITE_GENERATED_DIR, 'papers', name), 'utf8')).frontmatter))
    .filter((paper) => [...paper.announcements.map((a) => a.source), ...paper.sources].some((source) => HOSTILE_SOURCE.test(source)))
    .map((paper) => idToSlug(paper.id)),
);

/** Every page showing hostile content: the hostile papers' own pages and each page that links to one. */
const hostilePages = pages.filter((page) => {
  const html = page.$.html();
  return [...html.matchAll(HREF_ATTRIBUTE)].some((m) => {
    const slug = m[1]!.startsWith(`${BASE}papers/`) ? decodeURIComponent(m[1]!.slice(`${BASE}papers/`.length).split('/')[0]!) : undefined;
    return slug !== undefined && hostileSlugs.has(slug);
  }) || [...hostileSlugs].some((slug) => page.file === `papers/${slug}/index.html`);
});

/** The site's own inline scripts: those that pages built from ordinary listings carry too. */
const siteScriptHashes = new Set(
  pages
    .filter((page) => !hostilePages.includes(page))
    .flatMap((page) => page.$('script:not([src])').map((_, el) => `'sha256-${createHash('sha256').update(page.$(el).text()).digest('base64')}'`).get()),
);
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${[...siteScriptHashes].join(' ')}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

let server: StaticServer;
let browser: Browser;
/** The site as published (no policy), and the site under the strict policy. */
let published: BrowserContext;
let underPolicy: BrowserContext;

beforeAll(async () => {
  server = await startStaticServer(SITE_DIST_DIR, BASE);
  browser = await launchChromium();
  published = await openContext({ csp: false });
  underPolicy = await openContext({ csp: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A context that reaches the local server only, traps `window.__pwned` and records CSP violations
 * in every document; with `csp`, every response carries the strict policy.
 */
async function openContext(options: { csp: boolean; synthetic?: { path: string; html: string } }): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const trap: Trap = { pwned: [], violations: [] };
    Object.defineProperty(window, '__folioTrap', { value: trap });
    Object.defineProperty(window, '__pwned', {
      configurable: false,
      get: () => undefined,
      set: (value: unknown) => {
        trap.pwned.push(`window.__pwned = ${String(value)}`);
      },
    });
    document.addEventListener('securitypolicyviolation', (event) => {
      trap.violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}: ${event.sample}`);
    });
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(server.url)) return route.abort();
    const headers: Record<string, string> = options.csp ? { 'content-security-policy': CONTENT_SECURITY_POLICY } : {};
    if (options.synthetic && url === server.url + options.synthetic.path) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: options.synthetic.html });
    }
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  return context;
}

const NOTHING_RAN = { trap: { pwned: [], violations: [] }, dialogs: [], errors: [], handlers: [] };

interface Visit {
  trap: Trap;
  dialogs: string[];
  errors: string[];
  /** Elements of the live DOM carrying an event-handler attribute, after the page's scripts ran. */
  handlers: string[];
}

/**
 * Opens a page, waits for `ready` (the page's own scripts finishing), lets every inline event
 * handler fire that could, and reports what ran.
 */
async function visit(context: BrowserContext, url: string, ready?: (page: Page) => Promise<unknown>): Promise<Visit> {
  const page: Page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && PAYLOAD_CONSOLE_ERROR.test(message.text())) errors.push(message.text());
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.status(), url).toBe(200);
  await ready?.(page);
  const handlers = await page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        if (attribute.toLowerCase().startsWith('on')) found.push(`<${element.localName} ${attribute}>`);
      }
      // Fire what a reader would trigger by pointing at, focusing or reaching an element.
      for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin', 'animationstart', 'toggle']) element.dispatchEvent(new Event(type));
    }
    return found;
  });
  await page.waitForTimeout(SETTLE_MS);
  const trap = await page.evaluate(() => (window as unknown as { __folioTrap: Trap }).__folioTrap);
  await page.close();
  return { trap, dialogs, errors, handlers };
}

describe('the pages built from the hostile listings', () => {
  test('are the hostile papers, their days, topics and authors', () => {
    expect([...hostileSlugs].sort()).toEqual([
      '2604.09001', '2604.09002', '2604.09003', '2604.09004', '2604.09005', '2604.09101', '2604.09102', '2604.09103',
      '2604.09201', '2604.09202', '2604.09301', '2604.09302',
    ]);
    const urls = hostilePages.map((p) => p.url);
    for (const day of ['2026-04-06', '2026-04-07', '2026-04-08', '2026-04-09']) expect(urls).toContain(`days/${day}/`);
    for (const topic of ['cs.CR', 'cs.DL', 'cs']) expect(urls).toContain(`topics/${topic}/`);
    expect(urls.filter((u) => u.startsWith('papers/'))).toHaveLength(hostileSlugs.size);
    expect(urls.some((u) => u.startsWith('authors/'))).toBe(true);
  });

  test('the trap, the dialog handler and the policy catch a payload that does run', async () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>trap</title></head><body><img src="x" onerror="window.__pwned=1"><script>alert(1)</script></body></html>`;
    const open = await openContext({ csp: false, synthetic: { path: 'trap-check/', html } });
    const strict = await openContext({ csp: true, synthetic: { path: 'trap-check/', html } });
    try {
      const ran = await visit(open, `${server.url}trap-check/`);
      expect(ran.trap.pwned).toEqual(['window.__pwned = 1']);
      expect(ran.dialogs).toEqual(['alert: 1']);
      expect(ran.handlers).toEqual(['<img onerror>']);
      const blocked = await visit(strict, `${server.url}trap-check/`);
      expect(blocked.trap.pwned).toEqual([]);
      expect(blocked.dialogs).toEqual([]);
      expect(blocked.trap.violations.length).toBeGreaterThanOrEqual(2);
    } finally {
      await open.close();
      await strict.close();
    }
  });

  test.each(hostilePages.map((p) => p.url))('runs nothing from the listings on %s, as published or under a strict policy', async (url) => {
    expect(await visit(published, server.url + url)).toEqual(NOTHING_RAN);
    expect(await visit(underPolicy, server.url + url)).toEqual(NOTHING_RAN);
  });

  test.each([
    ['a payload word', 'pwned', SOME_FOUND],
    ['markup', 'onerror', SOME_FOUND],
    ['a payload in the query itself', '<img src=x onerror=window.__pwned=1><script>window.__pwned=1</script>', ANY_STATUS],
  ])('runs nothing when the search page shows its results for %s', async (_, query, status) => {
    const url = `${server.url}search/?q=${encodeURIComponent(query)}`;
    for (const context of [published, underPolicy]) {
      let shown = '';
      const ran = await visit(context, url, async (page) => {
        await page.waitForFunction(() => {
          const text = document.querySelector('.search-status')?.textContent ?? '';
          return text !== '' && !text.startsWith('Searching') && !text.includes('so far');
        });
        shown = (await page.locator('.search-status').textContent()) ?? '';
      });
      expect(shown).toMatch(status);
      expect(ran).toEqual(NOTHING_RAN);
    }
  });
});

describe('every page of the built site', () => {
  test('has no event-handler attribute and no javascript:, vbscript: or data: URL', () => {
    const found: string[] = [];
    for (const { file, $ } of pages) {
      $('*').each((_, element) => {
        if (!('attribs' in element)) return;
        for (const [name, value] of Object.entries(element.attribs)) {
          if (EVENT_HANDLER_ATTRIBUTE.test(name)) found.push(`${file}: <${element.tagName} ${name}="${value}">`);
          if (URL_ATTRIBUTES.includes(name) && SCRIPT_URL.test(value)) found.push(`${file}: <${element.tagName} ${name}="${value}">`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  test('links from abstracts, comments and journal references only to http(s), with rel="nofollow noopener noreferrer"', () => {
    let checked = 0;
    for (const { file, $ } of pages) {
      const content = $('.abstract, dl.fields > dt').map((_, element) => {
        const $element = $(element);
        return element.tagName === 'dt' ? ($element.text() === 'Comments' || $element.text() === 'Journal reference' ? $element.next('dd').get() : []) : [element];
      });
      $(content.get()).find('a').each((_, link) => {
        checked++;
        expect(link.attribs.href, `${file}: ${$(link).toString()}`).toMatch(HTTP_URL);
        expect(link.attribs.rel, `${file}: ${$(link).toString()}`).toBe(LINK_REL);
      });
    }
    // The hostile abstracts and comments hold real links too: the check saw some.
    expect(checked).toBeGreaterThan(0);
  });

  test('shows hostile titles and author names as the text the listing printed', () => {
    const page = pages.find((p) => p.file === 'papers/2604.09001/index.html')!;
    expect(page.$('h1').text()).toBe(
      '<script>window.__pwned=1;alert(1)</script> Cross-Site <img src=x onerror="window.__pwned=1;alert(1)"> Scripting in </textarea></title> Listings',
    );
    expect(page.$('title').text()).toContain('<script>window.__pwned=1;alert(1)</script> Cross-Site');
    expect(page.$('p.authors a').map((_, a) => page.$(a).text()).get()).toEqual([
      '<img src=x onerror="window.__pwned=1;alert(1)">',
      'Mallory </textarea><script>window.__pwned=1</script>',
      'Eve "Quote" O\'Brien',
    ]);
    const yaml = pages.find((p) => p.file === 'papers/2604.09002/index.html')!;
    expect(yaml.$('h1').text()).toBe(
      '--- title: "injected" # not a comment &anchor *alias !!js/function [Markdown](javascript:window.__pwned=1) **bold** _em_ `code` <!-- comment',
    );
  });

  test('writes feed descriptions that a feed reader shows as text, not as markup', () => {
    const feeds = readdirSync(SITE_DIST_DIR, { recursive: true })
      .map((file) => String(file).split(path.sep).join('/'))
      .filter((file) => file.endsWith('feed.xml'));
    expect(feeds).toContain('feed.xml');
    const markup: string[] = [];
    for (const feed of feeds) {
      const xml = load(readFileSync(path.join(SITE_DIST_DIR, feed), 'utf8'), { xml: true });
      xml('item > description').each((_, description) => {
        // RSS readers render a description as HTML once the XML is decoded.
        const html = load(`<body>${xml(description).text()}</body>`);
        html('body *').each((_, element) => {
          markup.push(`${feed}: <${element.tagName}> in "${xml(description).text().slice(0, 60)}…"`);
        });
      });
    }
    expect(markup).toEqual([]);
  });
});
