// Tests for the plain-text daily mailing parser and the arXiv text helpers it exports.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LISTINGS_DIR, readFixture, sharedArxivFixture } from '../../__fixtures__/fixtures.ts';
import { parseArxivMailing } from './arxiv-mailing.ts';
import { splitAuthorNames, unwrapText } from './printed-text.ts';

const Q_FIN = readFixture(sharedArxivFixture('text/mailing_q-fin_2023-03-17.txt'));
const MATH = readFixture(path.join(LISTINGS_DIR, 'mailing/mailing_math_2025-01-14.txt'));

describe('parseArxivMailing', () => {
  test('reads the category and the announcement day from the e-mail headers', () => {
    const listing = parseArxivMailing(Q_FIN);
    expect(listing.format).toBe('arxiv-mailing');
    expect(listing.kind).toBe('mailing');
    expect(listing.category).toBe('q-fin');
    expect(listing.date).toBe('2023-03-17');
    expect(listing.diagnostics).toEqual([]);
  });

  test('lists every record in order with its section', () => {
    const { entries } = parseArxivMailing(Q_FIN);
    expect(entries.map((entry) => [entry.id, entry.type, entry.line])).toEqual([
      ['2303.08867', 'new', 13],
      ['2303.08968', 'new', 34],
      ['2303.09011', 'new', 68],
      ['2303.09147', 'new', 101],
      ['2303.09176', 'new', 128],
      ['2303.09323', 'new', 157],
      ['2303.09330', 'new', 192],
      ['2303.09393', 'new', 224],
      ['2303.09397', 'new', 251],
      ['2303.09399', 'new', 276],
      ['2303.09405', 'new', 327],
      ['2303.09406', 'new', 354],
      ['2303.09407', 'new', 378],
      ['2011.00552', 'replacement', 409],
      ['2203.01664', 'replacement', 419],
      ['2206.14015', 'replacement', 429],
    ]);
    expect(entries.every((entry) => entry.date === '2023-03-17')).toBe(true);
  });

  test('reads a new submission field by field, abstract unwrapped and TeX kept', () => {
    const first = parseArxivMailing(Q_FIN).entries[0];
    expect(first).toEqual({
      line: 13,
      id: '2303.08867',
      title: 'A Bayesian derivation of the square root law of market impact',
      authors: ['Louis Saddier', 'Matteo Marsili'],
      categories: ['q-fin.TR', 'cond-mat.stat-mech'],
      primaryKnown: true,
      comments: '16 pages, 5 figures',
      abstract:
        'We show that the main empirical findings on the impact of a sequence of transactions on prices of financial ' +
        'assets can be recovered within a surprisingly simple model with fully Bayesian market expectations. This ' +
        "includes {\\em i)} the square-root behavior of the expected price variation with the total volume traded, {\\em ii)} it's " +
        'crossover to a linear regime for small volumes, and {\\em iii)} the impact decay back to equilibrium, after the ' +
        'sequence of trades is over. The simplicity of this derivation lends further support to its robustness and ' +
        'universality, and it sheds light on its origin. In particular, it suggests that the square-root impact law ' +
        'originates from the over-estimation of order flows originating from meta-orders.',
      links: { abs: 'https://arxiv.org/abs/2303.08867' },
      type: 'new',
      date: '2023-03-17',
    });
  });

  test('joins indented continuation lines of titles and author lists', () => {
    const { entries } = parseArxivMailing(Q_FIN);
    const parsimonious = entries.find((entry) => entry.id === '2303.08968');
    expect(parsimonious?.title).toBe(
      'A parsimonious neural network approach to solve portfolio optimization problems without using dynamic programming',
    );
    expect(parsimonious?.authors).toEqual(['Pieter M. van Staden', 'Peter A. Forsyth', 'Yuying Li']);
    const whales = entries.find((entry) => entry.id === '2303.09393');
    expect(whales?.title).toBe('A Deep Dive into NFT Whales: A Longitudinal Study of the NFT Trading Ecosystem');
    expect(whales?.authors).toEqual([
      'Na Hyeon Park',
      'Hanna Kim',
      'Chanhee Lee',
      'Changhoon Yoon',
      'Seunghyeon Lee',
      'Youngjin jin',
      'Seungwon Shin',
    ]);
    expect(whales?.abstract?.startsWith('NFT (Non-fungible Token) has drastically increased in its size, accounting for over \\$16.9B')).toBe(true);
    expect(whales?.abstract?.endsWith('to empirically understand the whales in the NFT market for the first time.')).toBe(true);
  });

  test('reads journal references, DOIs and MSC classes', () => {
    const { entries } = parseArxivMailing(Q_FIN);
    const entropy = entries.find((entry) => entry.id === '2303.09330');
    expect(entropy).toMatchObject({
      comments: '24 pages, 12 figures, 4 tables',
      journalRef: 'Journal of Risk Financial Management 2023, 16(2), 114',
      doi: '10.3390/jrfm16020114',
      categories: ['q-fin.ST'],
    });
    expect(entries.find((entry) => entry.id === '2303.09397')?.authors).toEqual(['Haritha GB', 'Sahana N.B']);
    expect(entries.find((entry) => entry.id === '2303.09397')?.doi).toBe('10.5121/csit.2023.130302');
  });

  test('reads replacement records, which print no abstract', () => {
    const { entries } = parseArxivMailing(Q_FIN);
    expect(entries.find((entry) => entry.id === '2206.14015')).toEqual({
      line: 429,
      id: '2206.14015',
      title: 'Robust utility maximization with nonlinear continuous semimartingales',
      authors: ['David Criens', 'Lars Niemann'],
      categories: ['q-fin.MF', 'math.OC', 'math.PR'],
      primaryKnown: true,
      mscClass: '60G65, 91B16, 93E20',
      links: { abs: 'https://arxiv.org/abs/2206.14015' },
      type: 'replacement',
      date: '2023-03-17',
    });
    expect(entries.find((entry) => entry.id === '2011.00552')?.title).toBe(
      'Mixed--frequency quantile regressions to forecast Value--at--Risk and Expected Shortfall',
    );
  });

  test('records the Subject counts, leaving a blank cross count unknown', () => {
    expect(parseArxivMailing(Q_FIN).counts).toEqual([
      { line: 2, label: 'new', type: 'new', total: 13, parsed: 13 },
      { line: 2, label: 'crosses', type: 'cross', parsed: 0 },
    ]);
    expect(parseArxivMailing(MATH).counts).toEqual([
      { line: 2, label: 'new', type: 'new', total: 2, parsed: 2 },
      { line: 2, label: 'crosses', type: 'cross', total: 1, parsed: 1 },
    ]);
  });

  test('reads cross-lists and replaced cross-lists from their sections', () => {
    const listing = parseArxivMailing(MATH);
    expect(listing.category).toBe('math');
    expect(listing.date).toBe('2025-01-14');
    expect(listing.diagnostics).toEqual([]);
    expect(listing.entries.map((entry) => [entry.id, entry.type])).toEqual([
      ['2501.07001', 'new'],
      ['2501.07002', 'new'],
      ['2501.06543', 'cross'],
      ['math/0501001', 'replacement'],
      ['2410.01234', 'replacement'],
    ]);
    expect(listing.entries[2]).toEqual({
      line: 48,
      id: '2501.06543',
      title: 'Sampling from log-concave measures with splitting schemes',
      authors: ['Priya Raman', 'Kenji Sato'],
      categories: ['stat.ML', 'math.NA', 'math.PR'],
      primaryKnown: true,
      comments: '40 pages',
      abstract: 'We analyse splitting schemes for Langevin dynamics.',
      links: { abs: 'https://arxiv.org/abs/2501.06543' },
      type: 'cross',
      date: '2025-01-14',
    });
  });

  test('keeps TeX accents verbatim in wrapped author lists and splits abstract paragraphs', () => {
    const [damped, cahnHilliard] = parseArxivMailing(MATH).entries;
    expect(damped).toEqual({
      line: 13,
      id: '2501.07001',
      title: 'Sharp decay estimates for a damped wave equation on exterior domains',
      authors: ['Anna M\\"uller', 'Pierre Dupont', 'Li Wei', "Mar\\'ia Garc\\'ia-L\\'opez", 'Johannes van der Berg'],
      categories: ['math.AP', 'math.NA'],
      primaryKnown: true,
      comments: '24 pages, 2 figures',
      journalRef: 'J. Differential Equations 412 (2025) 1-24',
      doi: '10.1016/j.jde.2025.01.001',
      abstract:
        'We prove sharp decay estimates in $L^2$ for a damped wave equation posed on exterior domains, with a damping ' +
        'coefficient that may vanish on a compact set.\n\n' +
        'Our proofs use a multiplier method. Numerical experiments confirm the rates; the code is at ' +
        'https://github.com/example/damped-wave .',
      links: { abs: 'https://arxiv.org/abs/2501.07001' },
      type: 'new',
      date: '2025-01-14',
    });
    expect(cahnHilliard).toMatchObject({
      authors: ["Tom\\'as Ortega", 'Lena Hoffmann'],
      mscClass: '65M60, 65N30',
      acmClass: 'G.1.8',
    });
  });

  test('reads old-style identifiers', () => {
    const replaced = parseArxivMailing(MATH).entries[3];
    expect(replaced).toEqual({
      line: 61,
      id: 'math/0501001',
      title: 'Iwasawa invariants of $\\mathbb{Z}_p$-extensions',
      authors: ['Zo\\"e Lef\\`evre'],
      categories: ['math.NT'],
      primaryKnown: true,
      comments: 'Corrected proof of Lemma 3',
      links: { abs: 'https://arxiv.org/abs/math/0501001' },
      type: 'replacement',
      date: '2025-01-14',
    });
  });

  test('takes the type from the records themselves when the section rules are missing', () => {
    const withoutRules = MATH.split('\n')
      .filter((line) => !line.startsWith('%-%-') && !line.startsWith('%%--'))
      .join('\n');
    expect(parseArxivMailing(withoutRules).entries.map((entry) => entry.type)).toEqual([
      'new',
      'new',
      'cross',
      'replacement',
      'replacement',
    ]);
  });

  test('gives the same entries and line numbers with CRLF or lone CR line endings', () => {
    const expected = parseArxivMailing(MATH);
    expect(parseArxivMailing(MATH.replaceAll('\n', '\r\n'))).toEqual(expected);
    expect(parseArxivMailing(MATH.replaceAll('\n', '\r'))).toEqual(expected);
  });

  test('reports a record cut off by the end of the file', () => {
    const truncated = Q_FIN.split('\n').slice(0, 80).join('\n');
    const listing = parseArxivMailing(truncated);
    expect(listing.entries.map((entry) => entry.id)).toEqual(['2303.08867', '2303.08968', '2303.09011']);
    expect(listing.entries[2]?.title).toBe('Economics of In-Space Industry and Competitiveness of Lunar-Derived Rocket Propellant');
    expect(listing.diagnostics).toEqual([
      { severity: 'error', line: 68, message: expect.stringContaining('arXiv:2303.09011 starting here has no closing') },
    ]);
  });

  test('reports a record whose closing line is missing before the next separator', () => {
    const listing = parseArxivMailing(MATH.replace('\\\\ ( https://arxiv.org/abs/2501.07002 ,  95kb)\n', ''));
    expect(listing.entries).toHaveLength(5);
    expect(listing.diagnostics).toEqual([
      { severity: 'error', line: 32, message: expect.stringContaining('looks truncated') },
    ]);
  });

  test('reports records without an arXiv line or without a title', () => {
    const listing = parseArxivMailing(
      MATH.replace('arXiv:2501.07002\n', '').replace('Title: Sampling from log-concave measures with splitting schemes\n', ''),
    );
    expect(listing.entries[1]?.id).toBeUndefined();
    expect(listing.entries[1]?.title).toBe('Finite element approximation of a nonlocal Cahn-Hilliard system');
    expect(listing.entries[2]?.title).toBeUndefined();
    expect(listing.diagnostics).toEqual([
      { severity: 'error', line: 32, message: expect.stringContaining('no "arXiv:ID" line') },
      { severity: 'error', line: 47, message: expect.stringContaining('(arXiv:2501.06543) has no "Title:" line') },
    ]);
  });

  test('warns about fields it does not know instead of dropping them silently', () => {
    const listing = parseArxivMailing(MATH.replace('Comments: 40 pages\n', 'Comments: 40 pages\nProxy: ccsd\n'));
    expect(listing.diagnostics).toEqual([
      { severity: 'warning', line: 56, message: 'Unknown field "Proxy:" in a mailing record; it was ignored.' },
    ]);
  });

  test('reports input that holds no mailing', () => {
    for (const text of ['', 'Hello,\nplease find the paper attached.\n']) {
      const listing = parseArxivMailing(text);
      expect(listing.entries).toEqual([]);
      expect(listing.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.line])).toEqual([
        ['warning', 1],
        ['error', 1],
      ]);
    }
  });

  test('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(Q_FIN.length), (noise, cut) => {
        parseArxivMailing(noise);
        parseArxivMailing(Q_FIN.slice(0, cut) + noise);
      }),
    );
  });
});

describe('splitAuthorNames', () => {
  test('splits on commas and a final "and", or on "and" alone', () => {
    expect(splitAuthorNames('A. One, B. Two, C. Three and D. Four')).toEqual(['A. One', 'B. Two', 'C. Three', 'D. Four']);
    expect(splitAuthorNames('A. One and B. Two and C. Three')).toEqual(['A. One', 'B. Two', 'C. Three']);
    expect(splitAuthorNames('A. One, B. Two, and C. Three')).toEqual(['A. One', 'B. Two', 'C. Three']);
  });

  test('does not split inside parenthesized affiliations', () => {
    expect(splitAuthorNames('A. One (Physics and Astronomy, MIT), B. Two ((1) Oxford, (2) Cambridge)')).toEqual([
      'A. One (Physics and Astronomy, MIT)',
      'B. Two ((1) Oxford, (2) Cambridge)',
    ]);
  });
});

describe('unwrapText', () => {
  test('starts a paragraph at each indented line and at blank lines', () => {
    expect(unwrapText('  First line\nwrapped.\n  Second\r\nparagraph.\n\nThird.')).toBe(
      'First line wrapped.\n\nSecond paragraph.\n\nThird.',
    );
  });
});
