import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Paper } from '../archive/paper.ts';
import type { ListingFile } from './ingest-listings.ts';
import { countPaperChanges, renderReviewGithub, renderReviewText, reviewListingFiles, type Review } from './review.ts';
import { LISTINGS_DIR } from '../__fixtures__/fixtures.ts';

const MARCH_2 = 'content/listings/cs.DC/2026-03-02.html';
const FEBRUARY_27 = 'content/listings/cs.DC/2026-02-27.txt';

/** A fixture placed at content/listings/<listingPath>, as ingest sees it. */
function listingFile(fixture: string, listingPath: string): ListingFile {
  return { source: `content/listings/${listingPath}`, listingPath, bytes: readFileSync(path.join(LISTINGS_DIR, fixture)) };
}

const archive = [listingFile('review/cs.DC/2026-02-27.txt', 'cs.DC/2026-02-27.txt'), listingFile('review/cs.DC/2026-03-02.html', 'cs.DC/2026-03-02.html')];

function paper(id: string, fields: Partial<Paper> = {}): Paper {
  return {
    id,
    authors: ['Yuichi Sudo'],
    categories: ['cs.DC'],
    announcements: [{ date: '2026-02-27', category: 'cs.DC', type: 'new', source: FEBRUARY_27 }],
    sources: [],
    unidentified: false,
    ...fields,
  };
}

describe('reviewListingFiles', () => {
  test('reviews a named /new page against the archive without it: format, day, counts, new and updated papers', () => {
    const review = reviewListingFiles({ archive, named: [archive[1]!] });
    expect(review).toEqual({
      listings: [
        {
          source: MARCH_2,
          format: 'arxiv-html',
          record: {
            source: MARCH_2,
            format: 'arxiv-html',
            kind: 'new',
            category: 'cs.DC',
            dates: ['2026-03-02'],
            counts: [
              { label: 'Total', total: 7, parsed: 7 },
              { label: 'New submissions', type: 'new', date: '2026-03-02', shown: 3, total: 3, parsed: 3 },
              { label: 'Cross submissions', type: 'cross', date: '2026-03-02', shown: 2, total: 2, parsed: 2 },
              { label: 'Replacement submissions', type: 'replacement', date: '2026-03-02', shown: 2, total: 2, parsed: 2 },
            ],
            entries: 7,
          },
          // 2602.22017 was announced on 27 February; its replacement on 2 March updates it.
          papers: { added: 6, updated: 1, unchanged: 0 },
          diagnostics: [],
          errors: 0,
          warnings: 0,
        },
      ],
      paperCount: 10,
      errorCount: 0,
      warningCount: 0,
    });
  });

  test('reviews every listing, without paper changes, when no file is named', () => {
    const review = reviewListingFiles({ archive });
    expect(review.listings.map((l) => [l.source, l.format, l.record?.dates, l.papers])).toEqual([
      [FEBRUARY_27, 'listing-text', ['2026-02-27'], undefined],
      [MARCH_2, 'arxiv-html', ['2026-03-02'], undefined],
    ]);
    expect(review.paperCount).toBe(10);
  });

  test('finds a text copy of a day already archived as HTML to change nothing', () => {
    const copy = listingFile('same-day/cs.DC/2026-03-02-text.txt', 'cs.DC/2026-03-02-text.txt');
    const review = reviewListingFiles({ archive, named: [copy] });
    expect(review.listings).toHaveLength(1);
    expect(review.listings[0]).toMatchObject({
      source: 'content/listings/cs.DC/2026-03-02-text.txt',
      format: 'listing-text',
      papers: { added: 0, updated: 0, unchanged: 7 },
      diagnostics: [],
    });
    expect(review.paperCount).toBe(10);
  });

  test('reports the problems of each named file, including files that could not be read, and counts them', () => {
    const wrongDay = listingFile('broken/cs.DC/2026-03-03.txt', 'cs.DC/2026-03-03.txt');
    const empty = listingFile('broken/cs.DC/2026-03-09.txt', 'cs.DC/2026-03-09.txt');
    const missing = { file: 'content/listings/cs.DC/2026-03-10.txt', line: 1, severity: 'error' as const, message: 'cannot read the file (ENOENT): name an existing listing file' };
    const review = reviewListingFiles({ archive, named: [wrongDay, empty], unreadable: [missing] });
    expect(review.listings.map((l) => [l.source, l.format, l.errors, l.diagnostics.map((d) => `${d.line}: ${d.message}`)])).toEqual([
      [
        'content/listings/cs.DC/2026-03-03.txt',
        'listing-text',
        1,
        ['1: the path says 2026-03-03 but the content is dated 2026-03-02: rename the file to 2026-03-02'],
      ],
      ['content/listings/cs.DC/2026-03-09.txt', undefined, 1, ['1: the file is empty: save the listing page again']],
      ['content/listings/cs.DC/2026-03-10.txt', undefined, 1, ['1: cannot read the file (ENOENT): name an existing listing file']],
    ]);
    expect(review.errorCount).toBe(3);
  });
});

describe('countPaperChanges', () => {
  test('sorts a file\'s papers into added, updated and unchanged', () => {
    const before = [paper('2505.23649'), paper('2602.22017')];
    const replaced = { date: '2026-03-02', category: 'cs.DC', type: 'replacement' as const, source: MARCH_2 };
    const after = [paper('2505.23649'), paper('2602.22017', { announcements: [...paper('2602.22017').announcements, replaced] }), paper('2602.23598')];
    expect(countPaperChanges([paper('2505.23649'), paper('2602.22017'), paper('2602.23598')], before, after)).toEqual({ added: 1, updated: 1, unchanged: 1 });
  });

  test('does not count a second file recording the same announcement as a change', () => {
    const before = [paper('2505.23649')];
    const after = [paper('2505.23649', { announcements: [{ date: '2026-02-27', category: 'cs.DC', type: 'new', source: 'content/listings/cs.DC/2026-02-27-a.txt' }] })];
    expect(countPaperChanges(before, before, after)).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });

  test('matches an entry without an id to the archived paper with the same abstract', () => {
    const abstract = 'We study the self-stabilizing leader election (SS-LE) problem in the population protocol model.';
    const before = [paper('2505.23649', { abstract })];
    const alone = [paper('unidentified-0123456789abcdef', { unidentified: true, abstract: `${abstract}\n` })];
    expect(countPaperChanges(alone, before, before)).toEqual({ added: 0, updated: 0, unchanged: 1 });
    const other = [paper('unidentified-fedcba9876543210', { unidentified: true, abstract: 'Another abstract.' })];
    expect(countPaperChanges(other, before, [...before, ...other])).toEqual({ added: 1, updated: 0, unchanged: 0 });
  });
});

/** A review of one good and one broken file, as reviewListingFiles builds it. */
const REVIEW: Review = {
  listings: [
    {
      source: MARCH_2,
      format: 'arxiv-html',
      record: {
        source: MARCH_2,
        format: 'arxiv-html',
        kind: 'recent',
        category: 'cs.DC',
        dates: ['2026-02-27', '2026-03-02'],
        counts: [
          { label: 'Mon, 2 Mar 2026', date: '2026-03-02', shown: 12, total: 12, parsed: 12 },
          { label: 'Fri, 27 Feb 2026', date: '2026-02-27', shown: 3, total: 20, parsed: 3 },
          { label: 'crosses', type: 'cross', parsed: 0 },
        ],
        entries: 15,
      },
      papers: { added: 14, updated: 1, unchanged: 0 },
      diagnostics: [{ file: MARCH_2, line: 40, severity: 'warning', message: 'Fri, 27 Feb 2026: partial page, showing 3 of 20 entries' }],
      errors: 0,
      warnings: 1,
    },
    {
      source: 'content/listings/cs.DC/2026-03-06.json',
      diagnostics: [{ file: 'content/listings/cs.DC/2026-03-06.json', line: 1, severity: 'error', message: 'unknown format, 100%' }],
      errors: 1,
      warnings: 0,
    },
  ],
  paperCount: 22,
  errorCount: 1,
  warningCount: 1,
};

describe('renderReviewText', () => {
  test('prints a block per file, its problems as file:line lines, then the totals', () => {
    expect(renderReviewText(REVIEW)).toEqual([
      MARCH_2,
      '  format: arxiv-html (a /recent page)',
      '  category: cs.DC',
      '  dates: 2026-02-27, 2026-03-02',
      '  Mon, 2 Mar 2026: 12 parsed / 12 printed',
      '  Fri, 27 Feb 2026: 3 parsed / 3 printed (of 20)',
      '  crosses: 0 parsed (no count printed)',
      '  papers: 14 new to the archive, 1 updated, 0 unchanged',
      '  problems: 0 errors, 1 warning',
      `${MARCH_2}:40: warning: Fri, 27 Feb 2026: partial page, showing 3 of 20 entries`,
      '',
      'content/listings/cs.DC/2026-03-06.json',
      '  format: unknown',
      '  problems: 1 error, 0 warnings',
      'content/listings/cs.DC/2026-03-06.json:1: error: unknown format, 100%',
      '',
      'validate: 2 listing files reviewed (archive: 22 papers), 1 error, 1 warning: fix the errors above (CONTRIBUTING.md explains each message)',
    ]);
  });

  test('says ok and counts the entries of a listing that prints no counts', () => {
    const review: Review = {
      listings: [
        {
          source: 'content/listings/cs.DC/2026-01-12.txt',
          format: 'category-abstracts',
          record: { source: 'content/listings/cs.DC/2026-01-12.txt', format: 'category-abstracts', kind: 'category-page', category: 'cs.DC', dates: ['2026-01-12'], counts: [], entries: 20 },
          diagnostics: [],
          errors: 0,
          warnings: 0,
        },
      ],
      paperCount: 20,
      errorCount: 0,
      warningCount: 0,
    };
    expect(renderReviewText(review)).toEqual([
      'content/listings/cs.DC/2026-01-12.txt',
      '  format: category-abstracts (a category page copy)',
      '  category: cs.DC',
      '  date: 2026-01-12',
      '  entries: 20 parsed (the listing prints no counts)',
      '  problems: none',
      '',
      'validate: ok, 1 listing file reviewed (archive: 20 papers), 0 errors, 0 warnings',
    ]);
  });
});

describe('renderReviewGithub', () => {
  test('groups each file\'s summary in the log and annotates its problems on their lines', () => {
    expect(renderReviewGithub(REVIEW)).toEqual([
      `::group::${MARCH_2}`,
      'format: arxiv-html (a /recent page)',
      'category: cs.DC',
      'dates: 2026-02-27, 2026-03-02',
      'Mon, 2 Mar 2026: 12 parsed / 12 printed',
      'Fri, 27 Feb 2026: 3 parsed / 3 printed (of 20)',
      'crosses: 0 parsed (no count printed)',
      'papers: 14 new to the archive, 1 updated, 0 unchanged',
      'problems: 0 errors, 1 warning',
      '::endgroup::',
      `::warning file=${MARCH_2},line=40,title=Folio listing check::Fri, 27 Feb 2026: partial page, showing 3 of 20 entries`,
      '::group::content/listings/cs.DC/2026-03-06.json',
      'format: unknown',
      'problems: 1 error, 0 warnings',
      '::endgroup::',
      '::error file=content/listings/cs.DC/2026-03-06.json,line=1,title=Folio listing check::unknown format, 100%25',
      'validate: 2 listing files reviewed (archive: 22 papers), 1 error, 1 warning: fix the errors above (CONTRIBUTING.md explains each message)',
    ]);
  });
});
