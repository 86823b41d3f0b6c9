// Checks over the built test site (test-results/dist, under BASE): every internal link and asset
// resolves, every page has lang, a title and one h1, the size budgets hold, reading pages need no
// JavaScript, TeX that parses never reaches the reader raw, and the sitemap and feeds are whole.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import sax from 'sax';
import { beforeAll, describe, expect, test } from 'vitest';
import { BASE, SITE, SITE_DIST_DIR } from './built-site.ts';
import { isRenderableTex, splitTex } from '../src/lib/render-text.ts';

const PAPER_PAGE_BUDGET = 8 * 1024;
const CSS_BUDGET = 10 * 1024;
/** Largest inline script a reading page may carry: an enhancement, never a renderer. */
const INLINE_SCRIPT_BUDGET = 1024;
const FEED_ITEM_LIMIT = 50;
/** Pages meant to be read: they must work with JavaScript off. */
const READING_PAGE = /^(?:papers|days|topics|authors)\//;
const EXTERNAL_URL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

interface BuiltPage {
  /** Path inside dist, posix: `papers/2509.16407/index.html`. */
  file: string;
  html: string;
  $: CheerioAPI;
}

let pages: BuiltPage[];

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, relative) : [relative];
  });
}

function readDist(file: string): string {
  return readFileSync(path.join(SITE_DIST_DIR, file), 'utf8');
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(path.join(SITE_DIST_DIR, file))).length;
}

/** The dist file an internal URL serves, or undefined when it points outside the base. */
function resolveInternalUrl(url: string, fromFile: string): { file: string; fragment: string } | undefined {
  const pageUrl = new URL(`${BASE}${fromFile.replace(/index\.html$/, '')}`, 'http://site.test');
  const target = new URL(url, pageUrl);
  if (!target.pathname.startsWith(BASE)) return undefined;
  let relative = decodeURIComponent(target.pathname.slice(BASE.length));
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  return { file: relative, fragment: decodeURIComponent(target.hash.slice(1)) };
}

/** Why a document is not well-formed XML, or undefined when it is (sax in strict mode). */
function readXmlError(xml: string): string | undefined {
  const parser = sax.parser(true);
  let error: string | undefined;
  parser.onerror = (e) => {
    error ??= e.message;
    parser.resume();
  };
  parser.write(xml).close();
  return error;
}

function isServedFile(file: string): boolean {
  const full = path.join(SITE_DIST_DIR, file);
  return existsSync(full) && statSync(full).isFile();
}

beforeAll(() => {
  pages = listFiles(SITE_DIST_DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readDist(file);
      return { file, html, $: load(html) };
    });
});

describe('the built site', () => {
  test('has the pages of every kind', () => {
    const files = new Set(pages.map((p) => p.file));
    for (const file of ['index.html', '404.html', 'days/index.html', 'topics/index.html', 'days/2026-03-02/index.html', 'topics/cs.DC/index.html', 'papers/2509.16407/index.html', 'papers/math_0501001/index.html']) {
      expect(files, file).toContain(file);
    }
    expect(pages.filter((p) => p.file.startsWith('authors/')).length).toBeGreaterThan(50);
  });

  test('resolves every internal link and asset under the base', () => {
    const broken: string[] = [];
    for (const { file, $ } of pages) {
      const urls = [
        ...$('a[href], link[href]').map((_, el) => $(el).attr('href')!).get(),
        ...$('[src]').map((_, el) => $(el).attr('src')!).get(),
        ...$('form[action]').map((_, el) => $(el).attr('action')!).get(),
      ];
      for (const url of urls) {
        if (EXTERNAL_URL.test(url)) continue;
        if (url.startsWith('#')) {
          const id = decodeURIComponent(url.slice(1));
          if ($(`[id="${id}"]`).length === 0) broken.push(`${file}: ${url} (no such id)`);
          continue;
        }
        const target = resolveInternalUrl(url, file);
        if (!target) broken.push(`${file}: ${url} (outside ${BASE})`);
        else if (!isServedFile(target.file)) broken.push(`${file}: ${url} (no ${target.file})`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('gives every page lang, a title, exactly one h1 and the landmarks', () => {
    const problems: string[] = [];
    for (const { file, $ } of pages) {
      if (!$('html').attr('lang')) problems.push(`${file}: no lang`);
      if ($('title').length !== 1 || !$('title').text().trim()) problems.push(`${file}: no <title>`);
      if ($('h1').length !== 1) problems.push(`${file}: ${$('h1').length} h1`);
      if ($('main#main').length !== 1) problems.push(`${file}: no <main id="main">`);
      if ($('a.skip-link[href="#main"]').length !== 1) problems.push(`${file}: no skip link`);
      if ($('body > header').length !== 1 || $('body > footer').length !== 1 || $('nav').length < 1) problems.push(`${file}: missing landmarks`);
    }
    expect(problems).toEqual([]);
  });

  test('keeps every paper page within 8 KB gzipped', () => {
    const papers = pages.filter((p) => p.file.startsWith('papers/'));
    expect(papers.length).toBeGreaterThan(50);
    const over = papers.map((p) => ({ file: p.file, size: gzipSize(p.file) })).filter((p) => p.size > PAPER_PAGE_BUDGET);
    expect(over).toEqual([]);
  });

  test('ships one stylesheet, and at most 10 KB of gzipped CSS to any page', () => {
    const problems: string[] = [];
    for (const { file, $ } of pages) {
      const stylesheets = $('link[rel="stylesheet"]')
        .map((_, el) => $(el).attr('href')!)
        .get();
      // The search page (src/pages/search, its own owner) may add the search UI's styles.
      if (!file.startsWith('search/') && stylesheets.length !== 1) problems.push(`${file}: ${stylesheets.length} stylesheets`);
      if ($('style').length) problems.push(`${file}: inline <style>`);
      const css = stylesheets.reduce((sum, href) => sum + gzipSize(resolveInternalUrl(href, file)!.file), 0);
      if (css > CSS_BUDGET) problems.push(`${file}: ${css} bytes of gzipped CSS`);
    }
    expect(problems).toEqual([]);
  });

  test('needs no JavaScript to read paper, day, topic and author pages', () => {
    const problems: string[] = [];
    for (const { file, $ } of pages.filter((p) => READING_PAGE.test(p.file))) {
      if ($('script[src]').length) problems.push(`${file}: <script src>`);
      if ($('noscript').length) problems.push(`${file}: <noscript>`);
      // Inline scripts only enhance (the copy button, the search box's keyboard shortcut) and stay tiny.
      $('script').each((_, el) => {
        const length = $(el).text().length;
        if (length > INLINE_SCRIPT_BUDGET) problems.push(`${file}: an inline script of ${length} bytes`);
      });
      if ($('main [hidden]:not(.copy-button)').length) problems.push(`${file}: content hidden until a script runs`);
    }
    expect(problems).toEqual([]);
  });

  test('turns every TeX expression that parses into MathML in titles and abstracts', () => {
    const raw: string[] = [];
    let formulas = 0;
    for (const { file, $ } of pages.filter((p) => READING_PAGE.test(p.file))) {
      formulas += $('math').length;
      $('h1, .paper-item-title, .abstract p, .fields dd').each((_, el) => {
        const copy = $(el).clone();
        copy.find('math').remove();
        for (const segment of splitTex(copy.text())) {
          if (segment.kind === 'math' && isRenderableTex(segment.tex)) raw.push(`${file}: ${segment.raw}`);
        }
      });
    }
    expect(raw).toEqual([]);
    expect(formulas).toBeGreaterThan(0);
  });

  test('renders the seed’s speedup and the HTML fixture’s formulas as MathML', () => {
    // The seed's category page prints Nalar's abstract without an id.
    const nalar = pages.find((p) => p.file.startsWith('papers/') && p.$('.abstract').text().includes('Nalar is a ground-up agent-serving framework'))!;
    expect(nalar.$('.abstract math').first().text()).toBe('2.9×');
    expect(nalar.$('.abstract').text()).not.toContain('$2.9\\times$');
    const mathNa = pages.filter((p) => p.file.startsWith('days/2025-01-14/'));
    expect(mathNa).toHaveLength(1);
    expect(mathNa[0]!.$('.abstract math').length).toBeGreaterThan(0);
  });

  test('lists every paper page in the sitemap', () => {
    const index = readDist('sitemap-index.xml');
    expect(readXmlError(index)).toBeUndefined();
    const sitemaps = load(index, { xml: true })('sitemap > loc')
      .map((_, el) => load(index, { xml: true })(el).text())
      .get();
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = new Set<string>();
    for (const sitemap of sitemaps) {
      expect(sitemap.startsWith(`${SITE}${BASE}`)).toBe(true);
      const xml = readDist(sitemap.slice(`${SITE}${BASE}`.length));
      expect(readXmlError(xml)).toBeUndefined();
      const $ = load(xml, { xml: true });
      $('url > loc').each((_, el) => {
        urls.add($(el).text());
      });
    }
    const missing = pages
      .filter((p) => p.file.startsWith('papers/'))
      .map((p) => `${SITE}${BASE}${p.file.replace(/index\.html$/, '')}`)
      .filter((url) => !urls.has(url));
    expect(missing).toEqual([]);
  });

  test('writes feeds that parse as XML, with at most 50 plain-text items linking to paper pages', () => {
    const feeds = listFiles(SITE_DIST_DIR).filter((file) => file.endsWith('feed.xml'));
    expect(feeds).toContain('feed.xml');
    expect(feeds).toContain('topics/cs.DC/feed.xml');
    for (const feed of feeds) {
      const xml = readDist(feed);
      expect(readXmlError(xml), feed).toBeUndefined();
      const $ = load(xml, { xml: true });
      const items = $('item');
      expect(items.length, feed).toBeGreaterThan(0);
      expect(items.length, feed).toBeLessThanOrEqual(FEED_ITEM_LIMIT);
      items.each((_, item) => {
        const link = $(item).children('link').text();
        expect(link.startsWith(`${SITE}${BASE}papers/`), link).toBe(true);
        expect(isServedFile(`${link.slice(`${SITE}${BASE}`.length)}index.html`), link).toBe(true);
        expect($(item).children('description').text()).not.toContain('<math');
      });
    }
    const home = pages.find((p) => p.file === 'index.html')!;
    expect(home.$('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe(`${BASE}feed.xml`);
    const topic = pages.find((p) => p.file === 'topics/cs.DC/index.html')!;
    expect(topic.$('link[rel="alternate"][type="application/rss+xml"]').map((_, el) => topic.$(el).attr('href')).get()).toEqual([
      `${BASE}feed.xml`,
      `${BASE}topics/cs.DC/feed.xml`,
    ]);
  });

  test('keeps TeX as written in feed titles', () => {
    const xml = readDist('feed.xml');
    const titles = load(xml, { xml: true })('item > title')
      .map((_, el) => load(xml, { xml: true })(el).text())
      .get();
    expect(titles.some((t) => t.includes('$'))).toBe(true);
  });

  test('points robots.txt at the sitemap under the base', () => {
    expect(readDist('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}${BASE}sitemap-index.xml\n`);
  });

  test('labels an unidentified entry honestly and invents no arXiv links or citation for it', () => {
    const unidentified = pages.filter((p) => p.file.startsWith('papers/unidentified-'));
    expect(unidentified.length).toBeGreaterThan(0);
    for (const { file, $ } of unidentified) {
      expect($('.notice').text(), file).toBe('arXiv did not print an id for this entry; it is identified here by its abstract.');
      expect($('a[href*="arxiv.org/abs"], a[href*="arxiv.org/pdf"]').length, file).toBe(0);
      expect($('.bibtex').length, file).toBe(0);
    }
  });

  test('gives an old-style id its page, arXiv links and BibTeX', () => {
    const page = pages.find((p) => p.file === 'papers/math_0501001/index.html')!;
    expect(page.$('.link-row a').map((_, el) => page.$(el).attr('href')).get().slice(0, 2)).toEqual([
      'https://arxiv.org/abs/math/0501001',
      'https://arxiv.org/pdf/math/0501001',
    ]);
    expect(page.$('.bibtex pre').text()).toContain('eprint={math/0501001}');
  });
});
