// Tests for the export.arxiv.org API Atom parser.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LISTINGS_DIR, readFixture, sharedArxivFixture } from '../../__fixtures__/fixtures.ts';
import { parseArxivApiAtom } from './arxiv-api-atom.ts';

const ATTENTION = readFixture(sharedArxivFixture('atom/api-id_list_1706.03762_2026-07-27.xml'));
const SEARCH = readFixture(sharedArxivFixture('atom/api-search_cs.LG-OR-cs.AI_2026-04-30.xml'));
const OLD_IDS = readFixture(path.join(LISTINGS_DIR, 'atom/api-id_list_old-style-ids.xml'));
const ERROR = readFixture(path.join(LISTINGS_DIR, 'atom/api-error_incorrect-id.xml'));

describe('parseArxivApiAtom', () => {
  test('reads an entry field by field, with no announcement type or day', () => {
    const listing = parseArxivApiAtom(ATTENTION);
    expect(listing.format).toBe('arxiv-api-atom');
    expect(listing.kind).toBe('api');
    expect(listing.category).toBeUndefined();
    expect(listing.date).toBeUndefined();
    expect(listing.diagnostics).toEqual([]);
    expect(listing.entries).toEqual([
      {
        line: 10,
        id: '1706.03762v7',
        title: 'Attention Is All You Need',
        authors: [
          'Ashish Vaswani',
          'Noam Shazeer',
          'Niki Parmar',
          'Jakob Uszkoreit',
          'Llion Jones',
          'Aidan N. Gomez',
          'Lukasz Kaiser',
          'Illia Polosukhin',
        ],
        abstract: expect.any(String),
        comments: '15 pages, 5 figures',
        categories: ['cs.CL', 'cs.LG'],
        primaryKnown: true,
        links: { abs: 'https://arxiv.org/abs/1706.03762v7', pdf: 'https://arxiv.org/pdf/1706.03762v7' },
      },
    ]);
    const abstract = listing.entries[0]?.abstract;
    expect(abstract?.startsWith('The dominant sequence transduction models are based on complex recurrent')).toBe(true);
    expect(abstract?.endsWith('English constituency parsing both with large and limited training data.')).toBe(true);
  });

  test('records totalResults beside the entries found, for information', () => {
    expect(parseArxivApiAtom(ATTENTION).counts).toEqual([{ line: 8, label: 'totalResults', total: 1, parsed: 1 }]);
    expect(parseArxivApiAtom(SEARCH).counts).toEqual([{ line: 8, label: 'totalResults', total: 364218, parsed: 20 }]);
  });

  test('reads every entry of a search response, primary category first', () => {
    const listing = parseArxivApiAtom(SEARCH);
    expect(listing.diagnostics).toEqual([]);
    expect(listing.entries).toHaveLength(20);
    expect(listing.entries.slice(0, 4).map((entry) => [entry.line, entry.id, entry.categories])).toEqual([
      [10, '2604.26951v1', ['cs.CL', 'cs.AI', 'cs.LG']],
      [36, '2604.26942v1', ['cs.LG', 'math.ST', 'q-bio.GN', 'stat.ME', 'stat.ML']],
      [61, '2604.26932v1', ['math.OC', 'cs.LG']],
      [82, '2604.26926v1', ['cs.LG', 'math.OC', 'stat.ML']],
    ]);
    expect(listing.entries.at(-1)?.id).toBe('2604.26835v1');
    expect(listing.entries.every((entry) => entry.primaryKnown === true && entry.type === undefined && entry.date === undefined)).toBe(true);
  });

  test('keeps TeX, non-ASCII names and comment URLs as printed', () => {
    const { entries } = parseArxivApiAtom(SEARCH);
    const byId = (id: string) => entries.find((entry) => entry.id === id);
    expect(byId('2604.26926v1')?.title).toBe('A Note on How to Remove the $\\ln\\ln T$ Term from the Squint Bound');
    expect(byId('2604.26926v1')?.abstract?.startsWith('In Orabona and Pál [2016], we introduced the shifted KT potentials, to remove the $\\ln \\ln T$ factor')).toBe(true);
    expect(byId('2604.26869v1')?.authors).toEqual([
      'Attila Pintér',
      'Javier Rico',
      'Attila Répai',
      'Jalal Al-Afandi',
      'Adrienn Éva Borsy',
      'András Kozma',
      'Hajnalka Andrikovics',
      'György Cserey',
    ]);
    expect(byId('2604.26951v1')?.comments).toBe('15 pages, 3 figures. Code: https://github.com/PKU-YuanGroup/TIDE');
  });

  test('reads journal references and DOIs, ignoring the DOI link', () => {
    const { entries } = parseArxivApiAtom(SEARCH);
    expect(entries.find((entry) => entry.id === '2604.26888v1')).toMatchObject({
      title: 'Multiple Additive Neural Networks for Structured and Unstructured Data',
      authors: ['Janis Mohr', 'Jörg Frochte'],
      comments: 'Accepted author manuscript; page layout differs from the published Springer version',
      journalRef:
        'In: Bäck, T. et al. (eds.), Computational Intelligence, IJCCI 2023, Studies in Computational Intelligence, vol. 1196, Springer, Cham, pp. 165-186 (2025)',
      doi: '10.1007/978-3-031-85252-7_10',
      categories: ['cs.LG'],
      links: { abs: 'https://arxiv.org/abs/2604.26888v1', pdf: 'https://arxiv.org/pdf/2604.26888v1' },
    });
  });

  test('splits a summary into paragraphs at its indented lines', () => {
    const curves = parseArxivApiAtom(SEARCH).entries.find((entry) => entry.id === '2604.26922v1');
    const paragraphs = curves?.abstract?.split('\n\n');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs?.[0]?.startsWith('Learning curves are a fundamental primitive in supervised learning,')).toBe(true);
    expect(paragraphs?.[1]?.startsWith('In this work we initiate the study of learning curves for revenue maximization')).toBe(true);
  });

  test('reads old-style identifiers and unwraps old hard-wrapped responses', () => {
    const listing = parseArxivApiAtom(OLD_IDS);
    expect(listing.diagnostics).toEqual([]);
    expect(listing.counts).toEqual([{ line: 7, label: 'totalResults', total: 2, parsed: 2 }]);
    expect(listing.entries).toEqual([
      {
        line: 10,
        id: 'hep-th/9901001v1',
        title: 'Boundary states for strings on group manifolds and their D-brane charges',
        authors: ['Maria Rossi', 'Jonas Lindqvist'],
        abstract:
          'We construct boundary states for strings on compact group manifolds and compute the charges of the ' +
          'corresponding D-branes. The charges agree with twisted K-theory of the group.\n\n' +
          'As an application we discuss D-branes on $SU(2)$ at level $k$ and their bound states.',
        comments: '21 pages, LaTeX, 2 figures; references added',
        journalRef: 'Nucl.Phys. B552 (1999) 101-121',
        doi: '10.1016/S0550-3213(99)00123-4',
        categories: ['hep-th', 'math.QA'],
        primaryKnown: true,
        links: { abs: 'http://arxiv.org/abs/hep-th/9901001v1', pdf: 'http://arxiv.org/pdf/hep-th/9901001v1' },
      },
      {
        line: 41,
        id: 'math/0501001v2',
        title: 'Iwasawa invariants of $\\mathbb{Z}_p$-extensions',
        authors: ['Zoë Lefèvre'],
        abstract: 'We show that the $\\mu$-invariant vanishes for a family of $\\mathbb{Z}_p$-extensions of imaginary quadratic fields.',
        categories: ['math.NT'],
        primaryKnown: true,
        links: { abs: 'http://arxiv.org/abs/math/0501001v2', pdf: 'http://arxiv.org/pdf/math/0501001v2' },
      },
    ]);
  });

  test('puts the primary category first wherever it is listed', () => {
    const reordered = OLD_IDS.replace(
      '<category term="hep-th" scheme="http://arxiv.org/schemas/atom"/>\n    <category term="math.QA" scheme="http://arxiv.org/schemas/atom"/>',
      '<category term="math.QA" scheme="http://arxiv.org/schemas/atom"/>\n    <category term="hep-th" scheme="http://arxiv.org/schemas/atom"/>',
    );
    expect(reordered).not.toBe(OLD_IDS);
    expect(parseArxivApiAtom(reordered).entries[0]?.categories).toEqual(['hep-th', 'math.QA']);
  });

  test('keeps the printed order, primary unknown, when no primary category is given', () => {
    const withoutPrimary = OLD_IDS.replace(/ *<arxiv:primary_category [^>]*term="hep-th"[^>]*\/>\n/, '');
    expect(parseArxivApiAtom(withoutPrimary).entries[0]).toMatchObject({ categories: ['hep-th', 'math.QA'], primaryKnown: false });
  });

  test('turns an API error feed into an error diagnostic with the API message', () => {
    const listing = parseArxivApiAtom(ERROR);
    expect(listing.entries).toEqual([]);
    expect(listing.counts).toEqual([{ line: 7, label: 'totalResults', total: 1, parsed: 0 }]);
    expect(listing.diagnostics).toEqual([
      {
        severity: 'error',
        line: 10,
        message: 'The arXiv API answered with an error instead of results: "incorrect id format for 1234.12345". Fix the query and fetch again.',
      },
    ]);
  });

  test('reports an entry without an arXiv id at its line', () => {
    const listing = parseArxivApiAtom(OLD_IDS.replace('<id>http://arxiv.org/abs/math/0501001v2</id>', ''));
    expect(listing.entries[1]?.id).toBeUndefined();
    expect(listing.entries[1]?.title).toBe('Iwasawa invariants of $\\mathbb{Z}_p$-extensions');
    expect(listing.diagnostics).toEqual([{ severity: 'error', line: 41, message: expect.stringContaining('has no arXiv id') }]);
  });

  test('reports a response cut off inside an entry', () => {
    const truncated = SEARCH.slice(0, SEARCH.indexOf('<name>Insung Kong</name>'));
    const listing = parseArxivApiAtom(truncated);
    expect(listing.entries.map((entry) => entry.id)).toEqual(['2604.26951v1', '2604.26942v1']);
    expect(listing.diagnostics).toEqual([{ severity: 'error', line: 36, message: expect.stringContaining('looks truncated') }]);
  });

  test('reports a response cut off between entries', () => {
    const truncated = ATTENTION.slice(0, ATTENTION.indexOf('</feed>'));
    expect(parseArxivApiAtom(truncated).diagnostics).toEqual([
      { severity: 'error', line: 2, message: expect.stringContaining('<feed> element starting here is never closed') },
    ]);
  });

  test('reports input that is not an API response', () => {
    expect(parseArxivApiAtom('Rate exceeded.').diagnostics).toEqual([
      { severity: 'error', line: 1, message: expect.stringContaining('No Atom <feed> element') },
    ]);
    expect(parseArxivApiAtom('<rss version="2.0"><channel/></rss>').diagnostics).toEqual([
      { severity: 'error', line: 1, message: expect.stringContaining('(found <rss>)') },
    ]);
  });

  test('gives the same entries and line numbers with CRLF or lone CR line endings', () => {
    const expected = parseArxivApiAtom(OLD_IDS);
    expect(parseArxivApiAtom(OLD_IDS.replaceAll('\n', '\r\n'))).toEqual(expected);
    expect(parseArxivApiAtom(OLD_IDS.replaceAll('\n', '\r'))).toEqual(expected);
  });

  test('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(SEARCH.length), (noise, cut) => {
        parseArxivApiAtom(noise);
        parseArxivApiAtom(SEARCH.slice(0, cut) + noise);
      }),
    );
  });
});
