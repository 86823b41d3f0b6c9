import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ingestListingFiles, type ListingFile } from './ingest-listings.ts';
import { formatDiagnostic } from '../archive/diagnostics.ts';
import { LISTINGS_DIR, SEED_ABSTRACTS_ONLY, SEED_CLEAN_TEXT, SEED_RUN_TOGETHER, SHARED_ARXIV_DIR } from '../__fixtures__/fixtures.ts';

/** A fixture file as ingest sees it, placed at `listingPath` under content/listings/. */
function listingFile(file: string, listingPath: string): ListingFile {
  return { source: `content/listings/${listingPath}`, listingPath, bytes: readFileSync(file) };
}

function countTypes(result: ReturnType<typeof ingestListingFiles>) {
  const counts = { new: 0, cross: 0, replacement: 0 };
  for (const p of result.papers) for (const a of p.announcements) counts[a.type]++;
  return counts;
}

describe('ingestListingFiles on the seeds', () => {
  test('reads the run-together copy as 42 papers of 23 September 2025', () => {
    const result = ingestListingFiles([listingFile(SEED_RUN_TOGETHER, 'cs.DC/2025-09-23.txt')]);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    expect(result.papers).toHaveLength(42);
    expect(countTypes(result)).toEqual({ new: 17, cross: 5, replacement: 20 });
    expect(new Set(result.papers.flatMap((p) => p.announcements.map((a) => `${a.date} ${a.category}`)))).toEqual(new Set(['2025-09-23 cs.DC']));
    const shadowServe = result.papers.find((p) => p.id === '2509.16857')!;
    expect(shadowServe.title).toBe('ShadowServe: Interference-Free KV Cache Fetching for Distributed Prefix Caching');
    expect(shadowServe.authors).toHaveLength(9);
    expect(shadowServe.categories).toEqual(['cs.DC', 'cs.AI', 'cs.LG']);
  });

  test('reads the clean copy as 19 papers of 2 March 2026', () => {
    const result = ingestListingFiles([listingFile(SEED_CLEAN_TEXT, 'cs.DC/2026-03-02.txt')]);
    expect(result.errorCount).toBe(0);
    expect(result.papers).toHaveLength(19);
    expect(countTypes(result)).toEqual({ new: 6, cross: 6, replacement: 7 });
    expect(result.papers.find((p) => p.id === '2602.23598')).toMatchObject({
      title: 'QoSFlow: Ensuring Service Quality of Distributed Workflows Using Interpretable Sensitivity Models',
      authors: ['Md Hasanur Rashid', 'Jesun Firoz', 'Nathan R. Tallent', 'Luanzheng Guo', 'Meng Tang', 'Dong Dai'],
      primaryCategory: 'cs.DC',
      categories: ['cs.DC', 'cs.PF'],
      comments: 'to be published in 40th IEEE International Parallel & Distributed Processing Symposium (IPDPS), 2026',
      announcements: [{ date: '2026-03-02', category: 'cs.DC', type: 'new', source: 'content/listings/cs.DC/2026-03-02.txt' }],
    });
  });

  test('reads the abstracts-only page as 20 unidentified cs.DC papers dated by the path', () => {
    const result = ingestListingFiles([listingFile(SEED_ABSTRACTS_ONLY, 'cs.DC/2026-01-12.txt')]);
    expect(result.errorCount).toBe(0);
    expect(result.papers).toHaveLength(20);
    for (const paper of result.papers) {
      expect(paper).toMatchObject({ unidentified: true, categories: ['cs.DC'], authors: [] });
      expect(paper.id).toMatch(/^unidentified-[0-9a-f]{16}$/);
      expect(paper.title).toBeUndefined();
      expect(paper.announcements).toEqual([{ date: '2026-01-12', category: 'cs.DC', type: 'new', source: 'content/listings/cs.DC/2026-01-12.txt' }]);
    }
    expect(result.papers.some((p) => p.abstract?.startsWith('LLM-driven agentic applications increasingly automate'))).toBe(true);
  });

  test('refuses the abstracts-only page where no path gives its date', () => {
    const result = ingestListingFiles([{ source: '000_91dae2cc694fc208.txt', listingPath: '000_91dae2cc694fc208.txt', bytes: readFileSync(SEED_ABSTRACTS_ONLY) }]);
    expect(result.papers).toEqual([]);
    expect(result.diagnostics.map(formatDiagnostic)).toContain(
      '000_91dae2cc694fc208.txt:6: error: no announcement date: the content shows none, so name the file content/listings/<category>/<YYYY-MM-DD>.<ext>',
    );
  });
});

describe('ingestListingFiles across formats and days', () => {
  test('merges one paper seen as new, cross-list and replacement in three formats into one record', () => {
    const result = ingestListingFiles([
      listingFile(SEED_RUN_TOGETHER, 'cs.DC/2025-09-23.txt'),
      listingFile(path.join(LISTINGS_DIR, 'merge/rss-cs.DS-2025-09-23.xml'), 'cs.DS/2025-09-23.xml'),
      listingFile(path.join(LISTINGS_DIR, 'merge/mailing-cs.DC-2025-10-01.txt'), 'cs/2025-10-01.txt'),
    ]);
    expect(result.errorCount).toBe(0);
    const warpSpeed = result.papers.filter((p) => p.id === '2509.16407');
    expect(warpSpeed).toHaveLength(1);
    expect(warpSpeed[0]).toMatchObject({
      title: 'WarpSpeed: A High-Performance Library for Concurrent GPU Hash Tables',
      // The text copy printed no authors; the feed and the mailing did.
      authors: ['Hunter McCoy', 'Prashant Pandey'],
      primaryCategory: 'cs.DC',
      categories: ['cs.DC', 'cs.DS'],
      comments: '14 pages, 9 figures',
      journalRef: 'Proc. VLDB Endow. 19(2), 2025',
      announcements: [
        { date: '2025-09-23', category: 'cs.DC', type: 'new', source: 'content/listings/cs.DC/2025-09-23.txt' },
        { date: '2025-09-23', category: 'cs.DS', type: 'cross', source: 'content/listings/cs.DS/2025-09-23.xml' },
        { date: '2025-10-01', category: 'cs', type: 'replacement', source: 'content/listings/cs/2025-10-01.txt' },
      ],
    });
    // The text copy's abstract has three paragraphs; the feed's one is shorter: the fuller wins.
    expect(warpSpeed[0]!.abstract!.split('\n\n')).toHaveLength(3);
  });

  test('is deterministic whatever order the files are read in', () => {
    const files = [listingFile(SEED_CLEAN_TEXT, 'cs.DC/2026-03-02.txt'), listingFile(SEED_RUN_TOGETHER, 'cs.DC/2025-09-23.txt')];
    expect(ingestListingFiles([...files].reverse())).toEqual(ingestListingFiles(files));
  });
});

describe('ingestListingFiles on real arXiv pages', () => {
  const realFiles = ['html', 'rss', 'atom', 'text'].flatMap((dir) =>
    readdirSync(path.join(SHARED_ARXIV_DIR, dir)).map((name) => path.join(dir, name)),
  );

  test.each(realFiles)('ingests %s', (relative) => {
    const result = ingestListingFiles([{ source: relative, listingPath: relative, bytes: readFileSync(path.join(SHARED_ARXIV_DIR, relative)) }]);
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    if (relative.includes('TRIMMED') && relative.startsWith('html/')) {
      // The trimmed /new page prints 267 entries (136 + 38 + 93) but holds 4.
      expect(errors).toEqual([
        expect.stringMatching(/^html\/list-new_cs\.RO_2026-10-06_TRIMMED\.html:\d+: error: Total: the page prints 267 entries but 4 were found/),
        expect.stringMatching(/: error: New submissions: the page prints 136 entries but 2 were found/),
        expect.stringMatching(/: error: Cross submissions: the page prints 38 entries but 1 was found/),
        expect.stringMatching(/: error: Replacement submissions: the page prints 93 entries but 1 was found/),
      ]);
    } else {
      expect(errors).toEqual([]);
    }
    expect(result.papers.length).toBeGreaterThan(0);
  });
});

describe('ingestListingFiles on unsafe file names', () => {
  test('refuses a listing whose name holds control characters, naming it quoted', () => {
    const result = ingestListingFiles([{ source: 'content/listings/cs.DC/2026-03-02\u0007.txt', listingPath: 'cs.DC/2026-03-02\u0007.txt', bytes: readFileSync(SEED_CLEAN_TEXT) }]);
    expect(result.papers).toEqual([]);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      '"content/listings/cs.DC/2026-03-02\\u0007.txt":1: error: the file name holds control or noncharacters: rename it <YYYY-MM-DD>.<ext>',
    ]);
  });
});
