import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ListingRecord, SectionCount } from './listing-record.ts';
import { checkListingConflicts } from './listing-conflicts.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { ingestListingFiles, type ListingFile } from '../ingest/ingest-listings.ts';
import { LISTINGS_DIR } from '../__fixtures__/fixtures.ts';

const HTML_COPY = path.join(LISTINGS_DIR, 'review/cs.DC/2026-03-02.html');
const TEXT_COPY = path.join(LISTINGS_DIR, 'same-day/cs.DC/2026-03-02-text.txt');
/** Entry [3] of the text copy, up to the next section's heading. */
const THIRD_ENTRY = /\[3\] arXiv:2602\.23927[\s\S]*?(?=Cross submissions)/;
const ADVICE =
  'copies of one announcement print the same counts, so one of them was saved on another day or edited; keep the copy that matches arXiv and remove the other';

function record(source: string, dates: string[], counts: SectionCount[], category = 'cs.DC'): ListingRecord {
  return { source, format: 'arxiv-html', kind: 'new', category, dates, counts, entries: 0 };
}

function section(label: string, type: SectionCount['type'], total: number, date?: string): SectionCount {
  return { label, ...(type ? { type } : {}), ...(date ? { date } : {}), shown: total, total, parsed: total };
}

/** A fixture placed at content/listings/<listingPath>, as ingest sees it. */
function listingFile(listingPath: string, bytes: Uint8Array): ListingFile {
  return { source: `content/listings/${listingPath}`, listingPath, bytes };
}

describe('checkListingConflicts', () => {
  test('warns on both files when two copies of a day print different counts for a section, naming both files and both counts', () => {
    const html = record('content/listings/cs.DC/2026-03-02.html', ['2026-03-02'], [section('New submissions', 'new', 6, '2026-03-02')]);
    const text = record('content/listings/cs.DC/2026-03-02-text.txt', ['2026-03-02'], [section('New submissions', 'new', 5)]);
    const message =
      'cs.DC, 2026-03-02: content/listings/cs.DC/2026-03-02-text.txt prints 5 entries under "New submissions" but ' +
      `content/listings/cs.DC/2026-03-02.html prints 6 under "New submissions": ${ADVICE}`;
    expect(checkListingConflicts([html, text])).toEqual([
      { file: 'content/listings/cs.DC/2026-03-02-text.txt', line: 1, severity: 'warning', message },
      { file: 'content/listings/cs.DC/2026-03-02.html', line: 1, severity: 'warning', message },
    ]);
  });

  test('accepts copies that agree, and counts of other sections, days or categories', () => {
    const listings = [
      record('a/cs.DC/2026-03-02.html', ['2026-03-02'], [section('New submissions', 'new', 6), section('Cross submissions', 'cross', 6)]),
      record('a/cs.DC/2026-03-02-text.txt', ['2026-03-02'], [section('New submissions', 'new', 6), section('Replacement submissions', 'replacement', 2)]),
      record('a/cs.DC/2026-03-03.html', ['2026-03-03'], [section('New submissions', 'new', 9)]),
      record('a/cs.DS/2026-03-02.html', ['2026-03-02'], [section('New submissions', 'new', 4)], 'cs.DS'),
    ];
    expect(checkListingConflicts(listings)).toEqual([]);
  });

  test('compares the day counts of /recent and /pastweek pages by their total, not the part a page shows', () => {
    const recent = record('a/cs.CL/2026-07-27-recent.html', ['2026-07-24', '2026-07-27'], [
      { label: 'Fri, 24 Jul 2026', date: '2026-07-24', shown: 3, total: 110, parsed: 3 },
    ], 'cs.CL');
    const pastweek = record('a/cs.CL/2026-07-27-pastweek.html', ['2026-07-24', '2026-07-27'], [
      { label: 'Fri, 24 Jul 2026', date: '2026-07-24', shown: 110, total: 110, parsed: 110 },
    ], 'cs.CL');
    expect(checkListingConflicts([recent, pastweek])).toEqual([]);
    const other = record('a/cs.CL/2026-07-28-pastweek.html', ['2026-07-24', '2026-07-28'], [
      { label: 'Fri, 24 Jul 2026', date: '2026-07-24', shown: 111, total: 111, parsed: 111 },
    ], 'cs.CL');
    expect(checkListingConflicts([recent, other]).map(formatDiagnostic)).toEqual([
      `a/cs.CL/2026-07-27-recent.html:1: warning: cs.CL, 2026-07-24: a/cs.CL/2026-07-27-recent.html prints 110 entries under "Fri, 24 Jul 2026" but a/cs.CL/2026-07-28-pastweek.html prints 111 under "Fri, 24 Jul 2026": ${ADVICE}`,
      `a/cs.CL/2026-07-28-pastweek.html:1: warning: cs.CL, 2026-07-24: a/cs.CL/2026-07-27-recent.html prints 110 entries under "Fri, 24 Jul 2026" but a/cs.CL/2026-07-28-pastweek.html prints 111 under "Fri, 24 Jul 2026": ${ADVICE}`,
    ]);
  });

  test('leaves page totals and undated sections of several-day files out: they cover different spans', () => {
    const newPage = record('a/cs.DC/2026-03-02.html', ['2026-03-02'], [{ label: 'Total', total: 19, parsed: 19 }]);
    const recentPage = record('a/cs.DC/2026-03-02-recent.html', ['2026-02-27', '2026-03-02'], [
      { label: 'Total', total: 80, parsed: 80 },
      section('New submissions', 'new', 40),
    ]);
    expect(checkListingConflicts([newPage, recentPage])).toEqual([]);
  });
});

describe('ingestListingFiles with two copies of one day', () => {
  const html = listingFile('cs.DC/2026-03-02.html', readFileSync(HTML_COPY));
  const text = listingFile('cs.DC/2026-03-02-text.txt', readFileSync(TEXT_COPY));

  test('merges an HTML page and a text copy of the same day into the same papers, each announced once', () => {
    const alone = ingestListingFiles([html]);
    const both = ingestListingFiles([html, text]);
    expect(both.diagnostics).toEqual([]);
    expect(both.papers.map((p) => p.id)).toEqual(['2503.04398', '2602.22017', '2602.23434', '2602.23464', '2602.23598', '2602.23758', '2602.23927']);
    expect(both.papers.map((p) => p.id)).toEqual(alone.papers.map((p) => p.id));
    for (const paper of both.papers) expect(paper.announcements).toHaveLength(1);
    // The first file by path records the announcement: "-text.txt" sorts before ".html".
    expect(both.papers.find((p) => p.id === '2602.23434')).toMatchObject({
      title: 'The PLUTO Code on GPUs: Offloading Lagrangian Particle Methods',
      primaryCategory: 'astro-ph.HE',
      categories: ['astro-ph.HE', 'astro-ph.IM', 'cs.DC'],
      journalRef: 'Astronomy and Computing, Volume 55, 2026, 101088, ISSN 2213-1337',
      announcements: [{ date: '2026-03-02', category: 'cs.DC', type: 'cross', source: 'content/listings/cs.DC/2026-03-02-text.txt' }],
    });
    expect(both.papers.find((p) => p.id === '2503.04398')!.announcements).toEqual([
      { date: '2026-03-02', category: 'cs.DC', type: 'replacement', source: 'content/listings/cs.DC/2026-03-02-text.txt' },
    ]);
  });

  test('warns on both copies when the text copy prints another count for a section', () => {
    // A copy of another announcement of the day: entry [3] gone, and its heading and total say so.
    const edited = readFileSync(TEXT_COPY, 'utf8')
      .replace(THIRD_ENTRY, '')
      .replace('New submissions (showing 3 of 3 entries)', 'New submissions (showing 2 of 2 entries)')
      .replaceAll('Total of 7 entries', 'Total of 6 entries');
    const result = ingestListingFiles([html, listingFile('cs.DC/2026-03-02-text.txt', new TextEncoder().encode(edited))]);
    const message =
      'cs.DC, 2026-03-02: content/listings/cs.DC/2026-03-02-text.txt prints 2 entries under "New submissions" but ' +
      `content/listings/cs.DC/2026-03-02.html prints 3 under "New submissions": ${ADVICE}`;
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `content/listings/cs.DC/2026-03-02-text.txt:1: warning: ${message}`,
      `content/listings/cs.DC/2026-03-02.html:1: warning: ${message}`,
    ]);
    expect(result.papers).toHaveLength(7);
  });
});
