// The archive check's logic on small hand-made archives: each kind of lost or injected paper it names.
import { describe, expect, test } from 'vitest';
import type { ListingRecord } from '../archive/listing-record.ts';
import { findArchiveProblems, type ArchiveCheckInput, type CheckedPaper } from './archive-check.ts';

const HTML = 'content/listings/cs.CR/2026-04-06.html';
const RSS = 'content/listings/cs.CR/2026-04-06-rss.xml';
const API = 'content/listings/api/1706.03762.xml';

function listing(source: string, entries: number, extra: Partial<ListingRecord> = {}): ListingRecord {
  return { source, format: 'arxiv-html', kind: 'new', category: 'cs.CR', dates: ['2026-04-06'], counts: [], entries, ...extra };
}

function announced(id: string, source = HTML, type: 'new' | 'cross' | 'replacement' = 'new'): CheckedPaper {
  return { id, announcements: [{ date: '2026-04-06', category: 'cs.CR', type, source }], sources: [] };
}

/** A whole archive: every paper has a page and a link. */
function whole(listings: ListingRecord[], papers: CheckedPaper[]): ArchiveCheckInput {
  const slugs = new Set(papers.map((p) => p.id.replace('/', '_')));
  return { listings, papers, paperPages: slugs, linkedPapers: new Set(slugs) };
}

describe('findArchiveProblems', () => {
  test('finds nothing when every entry is a paper with a linked page', () => {
    expect(findArchiveProblems(whole([listing(HTML, 2)], [announced('2604.09001'), announced('hep-th/9901001')]))).toEqual([]);
  });

  test('reports a listing with more entries than announcements of its category on its day', () => {
    expect(findArchiveProblems(whole([listing(HTML, 3)], [announced('2604.09001'), announced('2604.09002')]))).toEqual([
      `${HTML}: 3 entries but only 2 announcements in cs.CR on 2026-04-06`,
    ]);
  });

  test('counts an announcement that an earlier file of the same day is named the source of', () => {
    // Both files list both papers; the merge names the first file (by path) as the source.
    const listings = [listing(HTML, 2), listing(RSS, 2, { format: 'arxiv-rss', kind: 'feed' })];
    expect(findArchiveProblems(whole(listings, [announced('2604.09001'), announced('2604.09002')]))).toEqual([]);
  });

  test('reports papers that name a listing as their source beyond its entries, or a listing that was not ingested', () => {
    const papers = [announced('2604.09001'), announced('2604.09002'), announced('2604.09003', 'content/listings/cs.CR/injected.txt')];
    expect(findArchiveProblems(whole([listing(HTML, 1)], papers))).toEqual([
      `${HTML}: 2 papers name this listing as their source, but it holds only 1 entry`,
      'arXiv:2604.09003 names content/listings/cs.CR/injected.txt as its source, which is not an ingested listing',
    ]);
  });

  test('reports a paper that comes from no listing at all', () => {
    const orphan: CheckedPaper = { id: '2604.09009', announcements: [], sources: [] };
    expect(findArchiveProblems(whole([], [orphan]))).toEqual(['arXiv:2604.09009 comes from no listing: it has neither announcements nor sources']);
  });

  test('checks an API response by the papers that cite it, since it announces nothing', () => {
    const api = listing(API, 2, { format: 'arxiv-api-atom', kind: 'api', dates: [] });
    const cited: CheckedPaper = { id: '1706.03762', announcements: [], sources: [API] };
    expect(findArchiveProblems(whole([api], [cited]))).toEqual([`${API}: 2 entries but only 1 paper from it`]);
    expect(findArchiveProblems(whole([{ ...api, entries: 1 }], [cited]))).toEqual([]);
  });

  test('reports a paper without a page, and a page without a link from a day or topic page', () => {
    const input = whole([listing(HTML, 3)], [announced('2604.09001'), announced('2604.09002'), announced('hep-th/9901001')]);
    const paperPages = new Set(['2604.09002', 'hep-th_9901001']);
    const linkedPapers = new Set(['2604.09002']);
    expect(findArchiveProblems({ ...input, paperPages, linkedPapers })).toEqual([
      'arXiv:2604.09001 has no page: papers/2604.09001/index.html is missing',
      'papers/hep-th_9901001/ (arXiv:hep-th/9901001) is linked from no day or topic page',
    ]);
  });

  test('reports a paper page that belongs to no paper of the collection', () => {
    const input = whole([listing(HTML, 1)], [announced('2604.09001')]);
    const paperPages = new Set(['2604.09001', '2604.09666']);
    expect(findArchiveProblems({ ...input, paperPages })).toEqual(['papers/2604.09666/index.html is a paper page for no paper of the collection']);
  });
});
