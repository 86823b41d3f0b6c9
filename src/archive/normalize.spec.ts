import { describe, expect, test } from 'vitest';
import type { ParsedListing, RawEntry } from '../ingest/listing.ts';
import { normalizeListing } from './normalize.ts';

function listing(entries: RawEntry[], extra: Partial<ParsedListing> = {}): ParsedListing {
  return { format: 'arxiv-html', kind: 'new', category: 'cs.DC', date: '2026-03-02', entries, counts: [], diagnostics: [], ...extra };
}

describe('normalizeListing', () => {
  test('strips versions, resolves printed categories to codes, primary first', () => {
    const { appearances, diagnostics } = normalizeListing(
      'content/listings/cs.DC/2026-03-02.html',
      listing([
        {
          line: 7,
          id: '2602.23598v2',
          title: '  QoSFlow:\n  Ensuring   Service Quality ',
          authors: ['Md Hasanur Rashid', ' Jesun  Firoz '],
          categories: ['Distributed, Parallel, and Cluster Computing (cs.DC)', 'Performance (cs.PF)'],
          primaryKnown: true,
          type: 'replacement',
          links: { abs: '/abs/2602.23598', pdf: '/pdf/2602.23598v2', html: 'javascript:alert(1)' },
        },
      ]),
      { category: 'cs.DC', date: '2026-03-02' },
    );
    expect(diagnostics).toEqual([]);
    expect(appearances).toEqual([
      {
        source: 'content/listings/cs.DC/2026-03-02.html',
        line: 7,
        id: '2602.23598',
        paper: {
          version: 2,
          title: 'QoSFlow: Ensuring Service Quality',
          authors: ['Md Hasanur Rashid', 'Jesun Firoz'],
          primaryCategory: 'cs.DC',
          categories: ['cs.DC', 'cs.PF'],
          links: { abs: 'https://arxiv.org/abs/2602.23598', pdf: 'https://arxiv.org/pdf/2602.23598v2' },
        },
        announcement: { date: '2026-03-02', category: 'cs.DC', type: 'replacement' },
      },
    ]);
  });

  test('decodes TeX accents in author names and keeps TeX in abstracts verbatim', () => {
    const { appearances } = normalizeListing(
      'x.txt',
      listing([{ line: 1, id: '2509.16407', authors: ['Kurt G\\"{o}del', 'Paul Erd{\\H o}s'], abstract: 'Speedups of $2.9\\times$\n\nSecond   paragraph.' }]),
      {},
    );
    expect(appearances[0]!.paper.authors).toEqual(['Kurt Gödel', 'Paul Erdős']);
    expect(appearances[0]!.paper.abstract).toBe('Speedups of $2.9\\times$\n\nSecond paragraph.');
  });

  test('takes date and category from the path when the content has none', () => {
    const { appearances, record, diagnostics } = normalizeListing(
      'content/listings/cs.DC/2026-01-12.txt',
      { format: 'category-abstracts', kind: 'category-page', category: 'Distributed, Parallel, and Cluster Computing', entries: [{ line: 6, abstract: 'An abstract.' }], counts: [], diagnostics: [] },
      { category: 'cs.DC', date: '2026-01-12' },
    );
    expect(diagnostics).toEqual([]);
    expect(appearances[0]!.announcement).toEqual({ date: '2026-01-12', category: 'cs.DC', type: 'new' });
    expect(appearances[0]!.paper.categories).toEqual(['cs.DC']);
    expect(appearances[0]!.id).toBeUndefined();
    expect(record).toMatchObject({ category: 'cs.DC', dates: ['2026-01-12'], entries: 1 });
  });

  test('reports a path date that disagrees with the content, naming both', () => {
    const { diagnostics } = normalizeListing('content/listings/cs.DC/2026-03-03.txt', listing([{ line: 5, id: '2602.23598' }]), {
      category: 'cs.DC',
      date: '2026-03-03',
    });
    expect(diagnostics).toEqual([
      { severity: 'error', line: 1, message: 'the path says 2026-03-03 but the content is dated 2026-03-02: rename the file to 2026-03-02' },
    ]);
  });

  test('reports a path category that disagrees with the content', () => {
    const { diagnostics } = normalizeListing('content/listings/cs.LG/2026-03-02.txt', listing([{ line: 5, id: '2602.23598' }]), {
      category: 'cs.LG',
      date: '2026-03-02',
    });
    expect(diagnostics.map((d) => d.message)).toEqual([
      'the path says category cs.LG but the content says cs.DC: move the file to content/listings/cs.DC/',
    ]);
  });

  test('reports a missing date when neither content nor path gives one', () => {
    const { diagnostics, appearances } = normalizeListing('somewhere/file.txt', listing([{ line: 9, abstract: 'Text.' }], { date: undefined }), {});
    expect(appearances).toEqual([]);
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        line: 9,
        message: 'no announcement date: the content shows none, so name the file content/listings/<category>/<YYYY-MM-DD>.<ext>',
      },
    ]);
  });

  test('rejects ids that are not arXiv ids, such as path tricks', () => {
    const { diagnostics, appearances } = normalizeListing('x.html', listing([{ line: 3, id: '../../etc/passwd' }]), {});
    expect(appearances).toEqual([]);
    expect(diagnostics).toEqual([{ severity: 'error', line: 3, message: '"../../etc/passwd" is not an arXiv id (expected e.g. 2509.16407, 0704.0001 or hep-th/9901001v1); the entry is skipped' }]);
  });

  test('records API entries as sources, not announcements', () => {
    const { appearances } = normalizeListing('api.xml', listing([{ line: 2, id: '1706.03762v7', categories: ['cs.CL', 'cs.LG'], primaryKnown: true }], { kind: 'api', format: 'arxiv-api-atom', category: undefined, date: undefined }), {});
    expect(appearances[0]!.announcement).toBeUndefined();
    expect(appearances[0]!.paper).toMatchObject({ version: 7, primaryCategory: 'cs.CL', categories: ['cs.CL', 'cs.LG'] });
  });

  test('folds every kind of white space, and leaves clean text as it is', () => {
    const { appearances } = normalizeListing('x.html', listing([{ line: 1, id: '2509.16407', title: '\u00a0A\tB\u2003\u2003C ', comments: 'Already clean.' }]), {});
    expect(appearances[0]!.paper.title).toBe('A B C');
    expect(appearances[0]!.paper.comments).toBe('Already clean.');
  });

  test('drops control characters from fields', () => {
    const { appearances } = normalizeListing('x.html', listing([{ line: 1, id: '2509.16407', title: 'A\u0000B\u001b[31m title\u0007' }]), {});
    expect(appearances[0]!.paper.title).toBe('AB[31m title');
  });
});

describe('normalizeListing for archive-wide listings', () => {
  test('files a q-fin mailing under the archive id', () => {
    const { record, appearances, diagnostics } = normalizeListing(
      'mailing.txt',
      { format: 'arxiv-mailing', kind: 'mailing', category: 'q-fin', date: '2023-03-17', entries: [{ line: 14, id: '2303.08867', categories: ['q-fin.TR', 'cond-mat.stat-mech'], primaryKnown: true, type: 'new' }], counts: [], diagnostics: [] },
      {},
    );
    expect(diagnostics).toEqual([]);
    expect(record.category).toBe('q-fin');
    expect(appearances[0]!.announcement).toEqual({ date: '2023-03-17', category: 'q-fin', type: 'new' });
  });
});

describe('normalizeListing with an unknown folder', () => {
  test('refuses a folder name that is no arXiv category', () => {
    const { diagnostics } = normalizeListing(
      'content/listings/foo/2026-01-12.txt',
      { format: 'category-abstracts', kind: 'category-page', entries: [{ line: 6, abstract: 'An abstract.' }], counts: [], diagnostics: [] },
      { category: 'foo', date: '2026-01-12' },
    );
    expect(diagnostics).toEqual([
      { severity: 'error', line: 1, message: 'the folder "foo" is not an arXiv category or archive: put the file under content/listings/<category>/, e.g. cs.DC' },
      { severity: 'error', line: 1, message: 'no listing category: the content shows none, so name the file content/listings/<category>/<YYYY-MM-DD>.<ext>' },
    ]);
  });
});
