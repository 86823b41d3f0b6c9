// Properties of the Markdown writer: any paper the normalizer can produce, from any Unicode a
// listing may hold, is written so that Astro's content layer reads back exactly the same paper.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseFrontmatter } from 'astro/markdown';
import type { ParsedListing, RawEntry } from '../ingest/listing.ts';
import { normalizeAbstract, normalizeListing } from '../archive/normalize.ts';
import { mergeAppearances } from '../archive/merge.ts';
import { paperSchema, type Paper } from '../archive/paper.ts';
import { ALL_CATEGORIES } from '../archive/taxonomy.ts';
import { readAbstractParagraphs, renderPaperMarkdown } from './paper-markdown.ts';

/** Characters that mean something to YAML, Markdown, HTML or the front matter fence, and white space of every kind. */
const SPECIAL_UNITS = [
  '-', '---', '...', ':', ': ', '#', ' #', '&', '*', '!', '!!', '|', '>', "'", '"', '%', '@', '`', '```', '~', '{', '}', '[', ']',
  ',', '?', '\\', '_', '__', '$', '$$', '<', '</', '<!--', '-->', '+', '=', '(', ')', '^', '.', '1.', '0x1F', '1e3', '.inf',
  'yes', 'no', 'null', 'true', 'on', 'off', '<<', '2026-04-06', '12:30', '&amp;', '&#x41;', '&lt;', '\n', '\r\n', '\r',
  '\n\n', '\t', ' ', '  ', '\u00a0', '\u0085', '\u2028', '\u2029', '\ufeff', '\u200b', '\u202e', '\ufffd', '\ufffe', '\uffff',
  '\u0000', '\u0007', '\u001b', '\u007f', '\u009f', '\u{1f600}', 'e\u0301', 'http://', 'https://x.org/a_b*c', 'javascript:',
];

/** Arbitrary text weighted towards the characters serializers get wrong. */
const hostileText = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_UNITS) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
    ),
    maxLength,
  });

const categoryCode = fc.constantFrom(...ALL_CATEGORIES.map((category) => category.code));
const newStyleId = fc
  .tuple(fc.integer({ min: 15, max: 99 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 99_999 }))
  .map(([yy, mm, n]) => `${yy}${String(mm).padStart(2, '0')}.${String(n).padStart(5, '0')}`);
const oldStyleId = fc
  .tuple(fc.constantFrom('hep-th', 'math', 'cond-mat', 'astro-ph', 'q-bio'), fc.integer({ min: 92, max: 106 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 999 }))
  .map(([archive, year, mm, n]) => `${archive}/${String(year % 100).padStart(2, '0')}${String(mm).padStart(2, '0')}${String(n).padStart(3, '0')}`);
const printedId = fc.tuple(fc.oneof(newStyleId, oldStyleId), fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined })).map(([id, v]) => (v ? `${id}v${v}` : id));
const isoDay = fc.date({ min: new Date('1991-08-14T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** A raw entry as any parser may produce it: every field free text, the id and categories as printed. */
const rawEntry: fc.Arbitrary<RawEntry> = fc.record(
  {
    line: fc.integer({ min: 1, max: 10_000 }),
    id: fc.option(printedId, { nil: undefined }),
    title: hostileText(60),
    authors: fc.array(hostileText(20), { maxLength: 5 }),
    abstract: hostileText(200),
    comments: hostileText(40),
    journalRef: hostileText(40),
    doi: hostileText(20),
    mscClass: hostileText(20),
    acmClass: hostileText(20),
    categories: fc.array(categoryCode, { maxLength: 4 }),
    primaryKnown: fc.boolean(),
    links: fc.record(
      {
        abs: fc.oneof(fc.webUrl(), fc.string({ unit: 'grapheme-ascii', maxLength: 30 }).map((path) => `/abs/${path}`)),
        pdf: hostileText(30).map((path) => `https://arxiv.org/pdf/${path}`),
        html: fc.string({ unit: 'grapheme-ascii', maxLength: 30 }).map((path) => `https://arxiv.org/html/${path}`),
      },
      { requiredKeys: [] },
    ),
    type: fc.constantFrom('new', 'cross', 'replacement'),
    date: isoDay,
  },
  { requiredKeys: ['line'] },
);

/**
 * A listing file's path as `source`. Paths are not listing text and are not cleaned, so they are
 * kept to characters YAML can hold (js-yaml refuses C0/C1 controls and U+FFFE/U+FFFF in a stream).
 */
const YAML_NON_PRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/;
const listingSource = hostileText(40).filter((source) => source.trim() !== '' && !YAML_NON_PRINTABLE.test(source));

/** Papers exactly as ingest would write them: raw entries through the real normalizer and merge. */
const normalizedPaper: fc.Arbitrary<Paper> = fc
  .record({ entry: rawEntry, source: listingSource, category: categoryCode, date: isoDay })
  .map(({ entry, source, category, date }) => {
    const listing: ParsedListing = { format: 'listing-text', kind: 'new', category, date, entries: [entry], counts: [], diagnostics: [] };
    const { appearances } = normalizeListing(source, listing, {});
    return mergeAppearances(appearances).papers[0];
  })
  .filter((paper): paper is Paper => paper !== undefined);

/** Reads a written file back the way Astro's content layer does: front matter through js-yaml and the schema, the body through remark. */
function readBack(markdown: string): Paper {
  const { frontmatter, content } = parseFrontmatter(markdown);
  const abstract = readAbstractParagraphs(content).join('\n\n');
  return { ...paperSchema.parse(frontmatter), ...(abstract ? { abstract } : {}) };
}

describe('renderPaperMarkdown', () => {
  test('writes every paper the normalizer can produce so that Astro reads back the same fields', () => {
    fc.assert(
      fc.property(normalizedPaper, (paper) => {
        expect(readBack(renderPaperMarkdown(paper))).toEqual(paper);
      }),
      { numRuns: 200 },
    );
  });

  test('writes an abstract of any normalized paragraphs as that many Markdown paragraphs', () => {
    // One paragraph each: the normalizer's cleaning of a text with no line breaks.
    const paragraph = hostileText(80)
      .map((text) => normalizeAbstract(text.replaceAll('\n', ' ')))
      .filter((text): text is string => text !== undefined);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const paper: Paper = { id: '2604.09001', authors: [], categories: [], announcements: [], sources: [], unidentified: false, abstract: paragraphs.join('\n\n') };
        const { content } = parseFrontmatter(renderPaperMarkdown(paper));
        expect(readAbstractParagraphs(content)).toEqual(paragraphs);
      }),
      { numRuns: 200 },
    );
  });

  test('writes the same bytes for the same paper', () => {
    fc.assert(
      fc.property(normalizedPaper, (paper) => {
        expect(renderPaperMarkdown(structuredClone(paper))).toBe(renderPaperMarkdown(paper));
      }),
      { numRuns: 100 },
    );
  });
});
