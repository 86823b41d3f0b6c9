import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES_DIR, REPO_ROOT } from '../__fixtures__/fixtures.ts';
import { paperSchema, type Paper } from '../archive/paper.ts';
import { readListingFile } from '../ingest/read-listings.ts';
import { ingestListingFiles } from '../ingest/ingest-listings.ts';
import { renderAbstractMarkdown } from '../markdown/paper-markdown.ts';
import { buildArchiveIndex, type ArchivePaper, type PaperView } from './archive-index.ts';
import { getPaperSearchRecord, planSearchShards, type PaperSearchRecord } from './search-record.ts';

const SITE_LISTINGS = path.join(FIXTURES_DIR, 'site');
let papers: Map<string, PaperView>;

/** Papers as the pages see them: ingested from the test site's real listings, through the schema and the archive index. */
beforeAll(async () => {
  const files = await Promise.all(
    ['cs.DC/2026-03-02.txt', 'math/2025-01-14.txt'].map((file) => readListingFile(path.join(SITE_LISTINGS, file), SITE_LISTINGS, REPO_ROOT)),
  );
  const result = ingestListingFiles(files);
  papers = new Map(buildArchiveIndex(result.papers.map(toArchivePaper), []).papers.map((paper) => [paper.data.id, paper]));
});

function toArchivePaper({ abstract, ...data }: Paper): ArchivePaper {
  return { data: paperSchema.parse(data), ...(abstract ? { body: renderAbstractMarkdown(abstract) } : {}) };
}

function getPaper(id: string): PaperView {
  const paper = papers.get(id);
  if (!paper) throw new Error(`the site fixtures hold no paper ${id}`);
  return paper;
}

describe('getPaperSearchRecord', () => {
  test('indexes what the paper page shows: title, authors, abstract, comments and the id in every form', () => {
    const record = getPaperSearchRecord(getPaper('2602.24044'), '/folio/');
    const lines = record.content.split('\n');
    expect(lines[0]).toBe('Data Driven Optimization of GPU efficiency for Distributed LLM Adapter Serving');
    expect(lines[1]).toBe('Ferran Agullo, Joan Oliveras, Chen Wang, Alberto Gutierrez-Torre, Olivier Tardieu, Alaa Youssef, Jordi Torres, Josep Ll. Berral');
    expect(lines[2]).toMatch(/^Large Language Model \(LLM\) adapters enable low-cost model specialization, .* highlighting its versatility for future large-scale LLM serving infrastructures\.$/);
    expect(lines.slice(3)).toEqual([
      'journal extension of the workshop paper titled as "A data-driven ml approach for maximizing performance in llm-adapter serving"',
      'arXiv:2602.24044',
      '2602.24044',
    ]);
  });

  test('links to the paper page under the base path and shows title, id, authors, latest day and primary category', () => {
    const record = getPaperSearchRecord(getPaper('2602.24044'), '/folio/');
    expect(record.url).toBe('/folio/papers/2602.24044/');
    expect(record.language).toBe('en');
    expect(record.meta).toEqual({
      title: 'Data Driven Optimization of GPU efficiency for Distributed LLM Adapter Serving',
      id: '2602.24044',
      authors: 'Ferran Agullo, Joan Oliveras, Chen Wang, Alberto Gutierrez-Torre, Olivier Tardieu, Alaa Youssef, Jordi Torres, Josep Ll. Berral',
      date: '2026-03-02',
      category: 'cs.DC',
    });
  });

  test('filters by every category, the announcement sections and years, and sorts by the latest day', () => {
    const record = getPaperSearchRecord(getPaper('2602.24044'), '/');
    expect(record.url).toBe('/papers/2602.24044/');
    expect(record.filters).toEqual({ category: ['cs.DC', 'cs.AI', 'cs.CL', 'cs.LG'], type: ['new'], year: ['2026'] });
    expect(record.sort).toEqual({ date: '2026-03-02' });
  });

  test('keeps an old-style id, its TeX title and accented author as the page shows them', () => {
    const record = getPaperSearchRecord(getPaper('math/0501001'), '/folio/');
    expect(record.url).toBe('/folio/papers/math_0501001/');
    expect(record.content.split('\n')).toEqual([
      'Iwasawa invariants of $\\mathbb{Z}_p$-extensions',
      'Zoë Lefèvre',
      'Corrected proof of Lemma 3',
      'arXiv:math/0501001',
      'math/0501001',
    ]);
    expect(record.meta).toEqual({
      title: 'Iwasawa invariants of $\\mathbb{Z}_p$-extensions',
      id: 'math/0501001',
      authors: 'Zoë Lefèvre',
      date: '2025-01-14',
      category: 'math.NT',
    });
    // The page lists the math listing that announced it beside its own category, and so does the filter.
    expect(record.filters).toEqual({ category: ['math.NT', 'math'], type: ['replacement'], year: ['2025'] });
  });

  test('adds the versioned id when a listing printed a version', () => {
    const paper = getPaper('2602.24044');
    const record = getPaperSearchRecord({ ...paper, data: { ...paper.data, version: 3 } }, '/');
    expect(record.content.split('\n').slice(-3)).toEqual(['arXiv:2602.24044', '2602.24044', '2602.24044v3']);
  });

  test('names an unidentified entry by its abstract, with no id to search or show', () => {
    const data = paperSchema.parse({
      id: 'unidentified-95070a429c4049e9',
      authors: [],
      categories: ['cs.DC'],
      primaryCategory: 'cs.DC',
      unidentified: true,
      announcements: [{ date: '2026-01-12', category: 'cs.DC', type: 'new', source: 'content/listings/cs.DC/2026-01-12.txt' }],
    });
    const [paper] = buildArchiveIndex([{ data, body: renderAbstractMarkdown('Existing GPU-sharing techniques fall short.') }], []).papers;
    const record = getPaperSearchRecord(paper!, '/');
    expect(record.url).toBe('/papers/unidentified-95070a429c4049e9/');
    expect(record.meta.title).toBe('Untitled entry: “Existing GPU-sharing techniques fall short.”');
    expect(record.meta.id).toBe('');
    expect(record.content).toBe('Untitled entry: “Existing GPU-sharing techniques fall short.”\nExisting GPU-sharing techniques fall short.');
  });
});

describe('planSearchShards', () => {
  function recordOn(date: string, years: string[] = date ? [date.slice(0, 4)] : []): Pick<PaperSearchRecord, 'sort' | 'filters'> & { name: string } {
    return { name: date, sort: date ? { date } : {}, filters: { category: [], type: [], year: years } };
  }

  test('cuts consecutive days newest first: a small first shard, then shards of the larger size', () => {
    const records = ['2024-05-01', '2025-01-02', '2023-12-31', '2025-03-04', '2024-11-30', '2022-06-01'].map((date) => recordOn(date));
    const shards = planSearchShards(records, { first: 2, rest: 3 });
    expect(shards.map(({ records: r }) => r.map(({ name }) => name))).toEqual([
      ['2025-03-04', '2025-01-02'],
      ['2024-11-30', '2024-05-01', '2023-12-31'],
      ['2022-06-01'],
    ]);
    expect(shards.map(({ shard }) => shard)).toEqual([
      { path: '', papers: 2, newest: '2025-03-04', oldest: '2025-01-02', years: ['2025'] },
      { path: 'shard-1/', papers: 3, newest: '2024-11-30', oldest: '2023-12-31', years: ['2024', '2023'] },
      { path: 'shard-2/', papers: 1, newest: '2022-06-01', oldest: '2022-06-01', years: ['2022'] },
    ]);
  });

  test('lists every announcement year of a shard, and puts undated papers last', () => {
    const shards = planSearchShards([recordOn(''), recordOn('2025-02-03', ['2024', '2025'])], { first: 1, rest: 1 });
    expect(shards.map(({ shard }) => shard)).toEqual([
      { path: '', papers: 1, newest: '2025-02-03', oldest: '2025-02-03', years: ['2025', '2024'] },
      { path: 'shard-1/', papers: 1, newest: '', oldest: '', years: [] },
    ]);
  });

  test('makes one shard for an archive smaller than the first shard, and none for an empty one', () => {
    expect(planSearchShards([recordOn('2025-01-01')], { first: 10, rest: 20 }).map(({ shard }) => shard.path)).toEqual(['']);
    expect(planSearchShards([], { first: 10, rest: 20 })).toEqual([]);
  });
});
