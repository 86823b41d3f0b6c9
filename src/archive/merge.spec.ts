import { describe, expect, test } from 'vitest';
import type { Appearance } from './normalize.ts';
import { getAbstractKey, getUnidentifiedId, mergeAppearances } from './merge.ts';

function appearance(source: string, line: number, id: string | undefined, paper: Partial<Appearance['paper']>, announcement?: Appearance['announcement']): Appearance {
  return { source, line, ...(id ? { id } : {}), paper: { authors: [], categories: [], ...paper }, ...(announcement ? { announcement } : {}) };
}

describe('mergeAppearances', () => {
  test('makes one record per id with every announcement, oldest first', () => {
    const { papers, diagnostics } = mergeAppearances([
      appearance('b.html', 10, '2509.16407', { title: 'WarpSpeed', categories: ['cs.DC'] }, { date: '2025-09-24', category: 'cs.DS', type: 'cross' }),
      appearance('a.txt', 5, '2509.16407', { version: 1, categories: ['cs.DC', 'cs.DS'] }, { date: '2025-09-23', category: 'cs.DC', type: 'new' }),
      appearance('c.xml', 3, '2509.16407', { version: 2 }, { date: '2025-10-01', category: 'cs.DC', type: 'replacement' }),
    ]);
    expect(diagnostics).toEqual([]);
    expect(papers).toEqual([
      {
        id: '2509.16407',
        version: 2,
        title: 'WarpSpeed',
        authors: [],
        categories: ['cs.DC', 'cs.DS'],
        announcements: [
          { date: '2025-09-23', category: 'cs.DC', type: 'new', source: 'a.txt' },
          { date: '2025-09-24', category: 'cs.DS', type: 'cross', source: 'b.html' },
          { date: '2025-10-01', category: 'cs.DC', type: 'replacement', source: 'c.xml' },
        ],
        sources: [],
        unidentified: false,
      },
    ]);
  });

  test('never replaces a known value by nothing, and the fuller value wins field by field', () => {
    const { papers } = mergeAppearances([
      appearance('a.txt', 1, '2602.23598', { title: 'QoSFlow', authors: ['A. Rashid'], comments: 'code at this https URL', abstract: 'Short.' }),
      appearance('b.html', 1, '2602.23598', { authors: ['Md Hasanur Rashid', 'Jesun Firoz'], comments: 'code at https://x.org', journalRef: 'IPDPS 2026' }),
    ]);
    expect(papers[0]).toMatchObject({
      title: 'QoSFlow',
      authors: ['Md Hasanur Rashid', 'Jesun Firoz'],
      comments: 'code at https://x.org',
      journalRef: 'IPDPS 2026',
      abstract: 'Short.',
    });
    expect(papers[0]!.doi).toBeUndefined();
  });

  test('merges an abstract-only entry into the paper printing the same abstract', () => {
    const { papers } = mergeAppearances([
      appearance('cat.txt', 7, undefined, { abstract: 'Results at this https URL and   more.', categories: ['cs.DC'] }, { date: '2026-03-02', category: 'cs.DC', type: 'new' }),
      appearance('new.html', 40, '2602.23598', { title: 'QoSFlow', abstract: 'Results at https://github.com/x/y and more.' }, { date: '2026-03-02', category: 'cs.DC', type: 'new' }),
    ]);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({ id: '2602.23598', unidentified: false, abstract: 'Results at https://github.com/x/y and more.' });
    expect(papers[0]!.announcements).toEqual([{ date: '2026-03-02', category: 'cs.DC', type: 'new', source: 'cat.txt' }]);
  });

  test('gives an abstract-only entry a stable id from its normalized abstract', () => {
    const { papers } = mergeAppearances([appearance('cat.txt', 7, undefined, { abstract: 'We study   X.' }, { date: '2026-01-12', category: 'cs.DC', type: 'new' })]);
    expect(papers[0]!.id).toBe(getUnidentifiedId('We study X.'));
    expect(papers[0]!.id).toMatch(/^unidentified-[0-9a-f]{16}$/);
    expect(papers[0]!.unidentified).toBe(true);
    expect(getAbstractKey('a  this https URL\nb')).toBe(getAbstractKey('a https://e.org/x b'));
  });

  test('reports one file listing a paper twice with conflicting metadata as an error at the second entry', () => {
    const { papers, diagnostics } = mergeAppearances([
      appearance('day.html', 10, '2509.16407', { title: 'One title' }, { date: '2025-09-23', category: 'cs.DC', type: 'new' }),
      appearance('day.html', 50, '2509.16407', { title: 'Another title' }, { date: '2025-09-23', category: 'cs.DC', type: 'new' }),
    ]);
    expect(papers).toHaveLength(1);
    expect(diagnostics).toEqual([
      {
        file: 'day.html',
        line: 50,
        severity: 'error',
        message: 'arXiv:2509.16407 is listed again (first at line 10) with a different title: keep the entry arXiv printed and delete the other',
      },
    ]);
  });

  test('warns about an identical repeat and keeps one', () => {
    const entry = { title: 'Same' };
    const { papers, diagnostics } = mergeAppearances([
      appearance('day.html', 10, '2509.16407', entry, { date: '2025-09-23', category: 'cs.DC', type: 'new' }),
      appearance('day.html', 50, '2509.16407', entry, { date: '2025-09-23', category: 'cs.DC', type: 'new' }),
    ]);
    expect(papers[0]!.announcements).toHaveLength(1);
    expect(diagnostics.map((d) => [d.line, d.severity])).toEqual([[50, 'warning']]);
  });

  test('keeps one announcement when two files record the same day, category and section', () => {
    const { papers } = mergeAppearances([
      appearance('cs.DC/2026-03-02.txt', 3, '2602.23598', {}, { date: '2026-03-02', category: 'cs.DC', type: 'new' }),
      appearance('cs.DC/2026-03-02.html', 30, '2602.23598', {}, { date: '2026-03-02', category: 'cs.DC', type: 'new' }),
    ]);
    expect(papers[0]!.announcements).toEqual([{ date: '2026-03-02', category: 'cs.DC', type: 'new', source: 'cs.DC/2026-03-02.html' }]);
  });

  test('gives the same result whatever order the appearances come in', () => {
    const input = [
      appearance('b.html', 1, '2509.1', { title: 'Long title here' }, { date: '2025-09-24', category: 'cs.DC', type: 'new' }),
      appearance('a.txt', 1, '2509.1', { title: 'Long title hare' }, { date: '2025-09-23', category: 'cs.DC', type: 'new' }),
      appearance('a.txt', 2, '0704.0001', { title: 'X' }, { date: '2025-09-23', category: 'cs.DC', type: 'cross' }),
    ];
    expect(mergeAppearances([...input].reverse())).toEqual(mergeAppearances(input));
  });
});
