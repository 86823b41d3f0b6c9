import { describe, expect, test } from 'vitest';
import { paperSchema } from '../archive/paper.ts';
import type { PaperData } from '../archive/paper.ts';
import { listingRecordSchema } from '../archive/listing-record.ts';
import type { ListingRecord } from '../archive/listing-record.ts';
import { buildArchiveIndex, getArchiveName } from './archive-index.ts';
import type { ArchivePaper } from './archive-index.ts';

const SEPT = 'content/listings/cs.DC/2025-09-23.txt';
const MARCH = 'content/listings/cs.DC/2026-03-02.txt';
const MARCH_HTML = 'content/listings/cs.DC/2026-03-02.html';

function makePaper(fields: Partial<PaperData> & { id: string }, body?: string): ArchivePaper {
  return { data: paperSchema.parse(fields), ...(body === undefined ? {} : { body }) };
}

function makeListing(fields: Partial<ListingRecord> & { source: string }): ListingRecord {
  return listingRecordSchema.parse({ format: 'arxiv-text', kind: 'new', dates: [], counts: [], entries: 0, ...fields });
}

const PAPERS: ArchivePaper[] = [
  makePaper(
    {
      id: '2509.16407',
      title: 'Nalar',
      authors: ['Marco Laju', 'José Müller'],
      primaryCategory: 'cs.DC',
      categories: ['cs.DC', 'cs.AI'],
      announcements: [
        { date: '2025-09-23', category: 'cs.DC', type: 'new', source: SEPT },
        { date: '2026-03-02', category: 'cs.DC', type: 'replacement', source: MARCH },
      ],
    },
    'LLM-driven agentic applications.',
  ),
  makePaper({
    id: '2509.11111',
    title: 'Survey',
    authors: ['Jose Muller'],
    primaryCategory: 'cs.LG',
    categories: ['cs.LG', 'cs.DC'],
    announcements: [{ date: '2025-09-23', category: 'cs.DC', type: 'cross', source: SEPT }],
  }),
  makePaper({
    id: '2509.10000',
    title: 'Earlier id',
    authors: ['Marco Laju'],
    categories: ['cs.DC'],
    announcements: [{ date: '2025-09-23', category: 'cs.DC', type: 'new', source: SEPT }],
  }),
  makePaper({
    id: 'unidentified-3f9a1c2b7d4e',
    categories: ['cs.DC'],
    unidentified: true,
    announcements: [{ date: '2025-09-23', category: 'cs.DC', type: 'new', source: SEPT }],
  }),
  makePaper({ id: '2401.00001', title: 'Only in an API response', categories: ['math.AG'], sources: ['content/listings/api/x.xml'] }),
];

const LISTINGS: ListingRecord[] = [
  makeListing({
    source: SEPT,
    category: 'cs.DC',
    dates: ['2025-09-23'],
    counts: [
      { label: 'New submissions', type: 'new', shown: 36, total: 36, parsed: 3 },
      { label: 'Cross-lists', type: 'cross', shown: 12, total: 12, parsed: 1 },
      { label: 'Replacements', type: 'replacement', shown: 0, total: 0, parsed: 0 },
      { label: 'Total', total: 48, parsed: 4 },
    ],
  }),
  makeListing({ source: MARCH, category: 'cs.DC', dates: ['2026-03-02'], counts: [{ label: 'Replacement submissions', type: 'replacement', shown: 7, total: 7, parsed: 1 }] }),
  makeListing({ source: MARCH_HTML, category: 'cs.DC', dates: ['2026-03-02'], counts: [{ label: 'Replacement submissions', type: 'replacement', shown: 7, total: 7, parsed: 1 }] }),
  makeListing({ source: 'content/listings/hep-th/2026-03-02.txt', category: 'hep-th', dates: ['2026-03-02'], counts: [{ label: 'New submissions', type: 'new', shown: 0, total: 0, parsed: 0 }] }),
];

const INDEX = buildArchiveIndex(PAPERS, LISTINGS);

describe('buildArchiveIndex', () => {
  test('lays out a day by category and section in arXiv’s order, with the counts printed', () => {
    const day = INDEX.days.find((d) => d.date === '2025-09-23')!;
    expect(day.paperCount).toBe(4);
    expect(day.sources).toEqual([SEPT]);
    expect(day.categories.map((c) => [c.code, c.name])).toEqual([['cs.DC', 'Distributed, Parallel, and Cluster Computing']]);
    const [dc] = day.categories;
    expect(dc!.sections.map((s) => [s.type, s.papers.map((p) => p.data.id), s.printed])).toEqual([
      ['new', ['2509.10000', '2509.16407', 'unidentified-3f9a1c2b7d4e'], [{ label: 'New submissions', shown: 36, total: 36 }]],
      ['cross', ['2509.11111'], [{ label: 'Cross-lists', shown: 12, total: 12 }]],
      ['replacement', [], [{ label: 'Replacements', shown: 0, total: 0 }]],
    ]);
    expect(dc!.printed).toEqual([{ label: 'Total', total: 48 }]);
  });

  test('merges the same count printed by two copies of a listing and keeps a category with no papers', () => {
    const day = INDEX.days.find((d) => d.date === '2026-03-02')!;
    expect(day.sources).toEqual([MARCH_HTML, MARCH, 'content/listings/hep-th/2026-03-02.txt']);
    expect(day.categories.map((c) => c.code)).toEqual(['cs.DC', 'hep-th']);
    expect(day.categories[0]!.sections).toEqual([
      { type: 'replacement', papers: [INDEX.papers[0]], printed: [{ label: 'Replacement submissions', shown: 7, total: 7 }] },
    ]);
    expect(day.categories[1]!.sections).toEqual([{ type: 'new', papers: [], printed: [{ label: 'New submissions', shown: 0, total: 0 }] }]);
  });

  test('orders days oldest first and counts distinct papers', () => {
    expect(INDEX.days.map((d) => [d.date, d.paperCount])).toEqual([
      ['2025-09-23', 4],
      ['2026-03-02', 1],
    ]);
  });

  test('gives every category a paper carries a topic, newest announcement first', () => {
    expect(INDEX.topics.map((t) => [t.code, t.archive, t.papers.map((p) => p.data.id)])).toEqual([
      ['cs.AI', 'cs', ['2509.16407']],
      ['cs.DC', 'cs', ['2509.16407', 'unidentified-3f9a1c2b7d4e', '2509.11111', '2509.10000']],
      ['cs.LG', 'cs', ['2509.11111']],
      ['math.AG', 'math', ['2401.00001']],
    ]);
    expect(INDEX.topics[0]!.name).toBe('Artificial Intelligence');
  });

  test('lists the papers of each printed name under a collision-free slug', () => {
    expect(INDEX.authors.map((a) => [a.name, a.slug, a.papers.map((p) => p.data.id)])).toEqual([
      ['Jose Muller', 'jose-muller', ['2509.11111']],
      ['José Müller', 'jose-muller-2', ['2509.16407']],
      ['Marco Laju', 'marco-laju', ['2509.16407', '2509.10000']],
    ]);
    expect(INDEX.papers[0]!.authors).toEqual([
      { name: 'Marco Laju', slug: 'marco-laju' },
      { name: 'José Müller', slug: 'jose-muller-2' },
    ]);
  });

  test('keeps the abstract body and the newest announcement day with each paper', () => {
    expect(INDEX.papers[0]!.body).toBe('LLM-driven agentic applications.');
    expect(INDEX.papers[0]!.latestDate).toBe('2026-03-02');
    expect(INDEX.papersByRecency.map((p) => p.data.id)).toEqual([
      '2509.16407',
      'unidentified-3f9a1c2b7d4e',
      '2509.11111',
      '2509.10000',
      '2401.00001',
    ]);
  });
});

describe('getArchiveName', () => {
  test('names known archives and falls back to the code', () => {
    expect(getArchiveName('hep-th')).toBe('High Energy Physics - Theory');
    expect(getArchiveName('bio-ph')).toBe('bio-ph');
  });
});
