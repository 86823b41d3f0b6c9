// The search index agrees with the built pages: one record per paper page and nothing else, at
// the page's URL; each record is what the integration derives from the generated collection, and
// every field it matches and shows (title, authors, abstract, comments, id) is text the page's
// <main> shows, formulas included (compared as the text of the MathML the page renders).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderMathml, splitTex } from '../src/lib/render-text.ts';
import { readSearchRecords } from '../src/integrations/pagefind.ts';
import type { PaperSearchFilters, PaperSearchMeta, PaperSearchRecord, SearchManifest } from '../src/lib/search-record.ts';
import { BASE, SITE_DIST_DIR, SITE_GENERATED_DIR } from './built-site.ts';

/** What Pagefind stores for a record: its fragment file, gzip of `pagefind_dcd` + JSON. */
interface IndexedRecord {
  url: string;
  content: string;
  meta: PaperSearchMeta;
  filters: PaperSearchFilters;
}

const FRAGMENT_SIGNATURE = 'pagefind_dcd';
const WHITESPACE_RUN = /\s+/g;
/** Pagefind drops zero-width spaces from the text it keeps (it uses them to mark word breaks). */
const ZERO_WIDTH_SPACE = /\u200B/g;
const PAGEFIND_DIR = path.join(SITE_DIST_DIR, 'pagefind');

let records: IndexedRecord[];
let expected: Map<string, PaperSearchRecord>;
let paperPages: Map<string, string>;

beforeAll(async () => {
  const manifest = JSON.parse(readFileSync(path.join(PAGEFIND_DIR, 'folio-shards.json'), 'utf8')) as SearchManifest;
  records = manifest.shards.flatMap(({ path: shardPath }) => readIndexedRecords(path.join(PAGEFIND_DIR, shardPath)));
  expected = new Map((await readSearchRecords(SITE_GENERATED_DIR, BASE)).map((record) => [record.url, record]));
  const papersDir = path.join(SITE_DIST_DIR, 'papers');
  paperPages = new Map(
    readdirSync(papersDir).map((slug) => [`${BASE}papers/${slug}/`, readFileSync(path.join(papersDir, slug, 'index.html'), 'utf8')]),
  );
});

function readIndexedRecords(shardDir: string): IndexedRecord[] {
  const fragmentsDir = path.join(shardDir, 'fragment');
  return readdirSync(fragmentsDir).map((file) => {
    const bytes = gunzipSync(readFileSync(path.join(fragmentsDir, file)));
    const text = bytes.toString('utf8');
    if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment`);
    return JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as IndexedRecord;
  });
}

function collapse(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** The pieces of a field a page shows as text: its plain runs, and for each formula the text of the MathML it renders. */
function getShownPieces(field: string): string[] {
  return splitTex(field)
    .map((segment) => {
      if (segment.kind === 'text') return collapse(segment.text);
      const mathml = renderMathml(segment.tex, segment.display);
      return collapse(mathml === undefined ? segment.raw : load(mathml).text());
    })
    .filter(Boolean);
}

function getMainText(html: string): string {
  return collapse(load(html)('main').text());
}

describe('search index records', () => {
  test('hold exactly one record for each paper page, at its URL, and no other page', () => {
    const urls = records.map((record) => record.url).sort();
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toEqual([...paperPages.keys()].sort());
    expect(records.length).toBe(expected.size);
    expect(records.length).toBeGreaterThan(90);
  });

  test('hold the records the integration derives from the generated collection', () => {
    for (const record of records) {
      const source = expected.get(record.url)!;
      // Pagefind keeps the text with its white space collapsed.
      expect(record.content, record.url).toBe(collapse(source.content.replace(ZERO_WIDTH_SPACE, '')));
      expect(record.meta, record.url).toEqual(source.meta);
      expect(record.filters, record.url).toEqual(source.filters);
    }
  });

  test('match and show only text the paper page shows', () => {
    const mismatches: string[] = [];
    for (const record of expected.values()) {
      const mainText = getMainText(paperPages.get(record.url)!);
      const fields = [...record.content.split('\n'), record.meta.title, ...record.meta.authors.split(', ')];
      for (const field of fields) {
        for (const piece of getShownPieces(field)) {
          if (!mainText.includes(piece)) mismatches.push(`${record.url}: "${piece}"`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  test('title each result with the page heading and tag it with the categories the page lists', () => {
    for (const record of records) {
      const $ = load(paperPages.get(record.url)!);
      const heading = collapse($('main h1').text());
      expect(getShownPieces(record.meta.title).every((piece) => heading.includes(piece)), `${record.url}: ${record.meta.title}`).toBe(true);
      const pageCategories = $('main .categories a').map((_, link) => $(link).attr('href')!.split('/').at(-2)!).get();
      expect([...record.filters.category].sort(), record.url).toEqual([...new Set(pageCategories.map(decodeURIComponent))].sort());
    }
  });

  test('index the WarpSpeed paper as its page shows it', () => {
    const warpSpeed = records.find((record) => record.url === `${BASE}papers/2509.16407/`);
    expect(warpSpeed?.meta).toEqual({
      title: 'WarpSpeed: A High-Performance Library for Concurrent GPU Hash Tables',
      id: '2509.16407',
      authors: '',
      date: '2025-09-23',
      category: 'cs.DC',
    });
    expect(warpSpeed?.filters).toEqual({ category: ['cs.DC', 'cs.DS'], type: ['new'], year: ['2025'] });
    expect(warpSpeed?.content).toMatch(/^WarpSpeed: A High-Performance Library for Concurrent GPU Hash Tables GPU hash tables are increasingly used .* arXiv:2509\.16407 2509\.16407$/);
  });
});
