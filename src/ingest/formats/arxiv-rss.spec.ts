// Tests for the rss.arxiv.org feed parser, RSS 2.0 and Atom variants.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LISTINGS_DIR, readFixture, sharedArxivFixture } from '../../__fixtures__/fixtures.ts';
import { parseArxivRss } from './arxiv-rss.ts';

const CS_AI = readFixture(sharedArxivFixture('rss/rss_cs.AI_2026-04-27_TRIMMED.xml'));
const CS_LG = readFixture(sharedArxivFixture('rss/rss_cs.LG_2026-04-27_TRIMMED.xml'));
const MATH_NA = readFixture(path.join(LISTINGS_DIR, 'rss/rss_math.NA_2025-01-14.xml'));
const MATH_OC_ATOM = readFixture(path.join(LISTINGS_DIR, 'rss/atom_math.OC_2024-08-23.xml'));

describe('parseArxivRss', () => {
  test('reads the category from the channel title and the day from its pubDate', () => {
    const listing = parseArxivRss(CS_AI);
    expect(listing.format).toBe('arxiv-rss');
    expect(listing.kind).toBe('feed');
    expect(listing.category).toBe('cs.AI');
    expect(listing.date).toBe('2026-04-27');
    expect(listing.counts).toEqual([]);
    expect(listing.diagnostics).toEqual([]);
  });

  test('reads an item field by field, without the "Announce Type" prefix in the abstract', () => {
    const [first] = parseArxivRss(CS_AI).entries;
    expect(first).toEqual({
      line: 16,
      id: '2604.21935v1',
      title: 'Math Takes Two: A test for emergent mathematical reasoning in communication',
      authors: ['Michael Cooper', 'Samuel Cooper'],
      abstract: expect.any(String),
      categories: ['cs.AI', 'cs.LG'],
      primaryKnown: true,
      links: { abs: 'https://arxiv.org/abs/2604.21935' },
      type: 'new',
      date: '2026-04-27',
    });
    expect(first?.abstract?.startsWith('Although language models demonstrate remarkable proficiency on mathematical benchmarks,')).toBe(true);
    expect(first?.abstract?.endsWith('develop and evaluate models with emergent numerical reasoning capabilities.')).toBe(true);
    expect(first?.abstract).not.toContain('Announce Type');
    expect(first?.abstract).not.toContain('\n');
  });

  test('keeps long author lists in order and TeX in abstracts verbatim', () => {
    const artifact = parseArxivRss(CS_AI).entries[1];
    expect(artifact?.id).toBe('2604.21936v1');
    expect(artifact?.authors).toHaveLength(18);
    expect(artifact?.authors?.slice(0, 3)).toEqual(['Lianrui Zuo', 'Yihao Liu', 'Gaurav Rudravaram']);
    expect(artifact?.authors?.slice(-2)).toEqual(['Yuankai Huo', 'Bennett A. Landman']);
    expect(artifact?.categories).toEqual(['cs.AI', 'cs.CV', 'cs.MA']);
    expect(artifact?.abstract).toContain('Two requirements therefore become central: \\textbf{adaptability}, the ability');
  });

  test('keeps the categories in the printed order, the primary first', () => {
    const listing = parseArxivRss(CS_LG);
    expect(listing.category).toBe('cs.LG');
    expect(listing.entries.map((entry) => [entry.line, entry.id, entry.categories])).toEqual([
      [16, '2604.21952v1', ['cs.LG', 'cs.AI', 'cs.AR', 'cs.NE', 'cs.RO']],
      [32, '2604.21953v1', ['cs.LG', 'cs.CY']],
      [45, '2604.21956v1', ['cs.LG']],
    ]);
    expect(listing.entries[0]?.abstract).toContain('visual resolution & stride, and graph-level operator fusion');
  });

  test('maps every announce type to its section', () => {
    const listing = parseArxivRss(MATH_NA);
    expect(listing.diagnostics).toEqual([]);
    expect(listing.category).toBe('math.NA');
    expect(listing.date).toBe('2025-01-14');
    expect(listing.entries.map((entry) => [entry.line, entry.id, entry.type, entry.categories])).toEqual([
      [17, '2501.07311v1', 'new', ['math.NA', 'cs.NA', 'math.AP']],
      [31, '2501.06870v1', 'cross', ['cs.LG', 'cs.NA', 'math.NA']],
      [45, '2309.01234v3', 'replacement', ['math.NA', 'cs.NA']],
      [60, '2406.11111v2', 'replacement', ['physics.comp-ph', 'math.NA']],
    ]);
  });

  test('splits creators on commas and "and", keeping TeX accents, and keeps real URLs and decoded entities', () => {
    const [splitting, operator] = parseArxivRss(MATH_NA).entries;
    expect(splitting).toEqual({
      line: 17,
      id: '2501.07311v1',
      title: 'Stable splitting schemes for stiff reaction-diffusion systems on surfaces',
      authors: ['J\\"org Schr\\"oder', 'Ana Pereira', 'Wei Zhang'],
      abstract:
        'We propose a second-order splitting scheme for stiff reaction-diffusion systems posed on closed surfaces. ' +
        'The scheme is unconditionally stable in the $L^2$ norm & preserves positivity when $\\tau < h^2$. ' +
        'Code is available at https://github.com/example/surface-splitting.',
      categories: ['math.NA', 'cs.NA', 'math.AP'],
      primaryKnown: true,
      links: { abs: 'https://arxiv.org/abs/2501.07311' },
      type: 'new',
      date: '2025-01-14',
    });
    expect(operator?.authors).toEqual(['Priya Raman', "Tom\\'as Ortega"]);
  });

  test('reads the DOI and journal reference of a replacement and collapses title whitespace', () => {
    const replaced = parseArxivRss(MATH_NA).entries[2];
    expect(replaced).toMatchObject({
      title: 'A posteriori estimates for discontinuous Galerkin methods',
      authors: ['Lena Hoffmann'],
      abstract: 'We derive reliable and efficient a posteriori error estimators.',
      doi: '10.1093/imanum/drae001',
      journalRef: 'IMA J. Numer. Anal. 45 (2025) 1-30',
    });
  });

  test('reads the Atom variant of the feed', () => {
    const listing = parseArxivRss(MATH_OC_ATOM);
    expect(listing.category).toBe('math.OC');
    expect(listing.date).toBeUndefined();
    expect(listing.diagnostics).toEqual([]);
    expect(listing.entries).toEqual([
      {
        line: 8,
        id: '2408.12001v1',
        title: 'Convergence of proximal gradient methods without Lipschitz gradients',
        authors: ['Clara Dubois', 'Mehmet Y{\\i}lmaz'],
        abstract:
          'We prove convergence of the proximal gradient method for objectives whose gradient is only locally ' +
          'H\\"older continuous, with rate $O(1/k)$.',
        categories: ['math.OC', 'cs.LG'],
        primaryKnown: true,
        links: { abs: 'https://arxiv.org/abs/2408.12001' },
        type: 'new',
        date: '2024-08-23',
      },
      {
        line: 22,
        id: '2203.01250v3',
        title: 'Mass concentration in rescaled first order integral functionals',
        authors: ['Antonin Monteil', 'Paul Pegon'],
        abstract:
          'We consider first order local minimization problems of the form $\\min \\int_{\\mathbb{R}^N}f(u,\\nabla u)$ ' +
          'under a mass constraint $\\int_{\\mathbb{R}^N}u=m$.',
        journalRef: "Journal de l'\\'Ecole polytechnique - Math\\'ematiques, Tome 11 (2024), pp. 431-472",
        doi: '10.5802/jep.257',
        categories: ['math.AP', 'math.OC'],
        primaryKnown: true,
        links: { abs: 'https://arxiv.org/abs/2203.01250' },
        type: 'replacement',
        date: '2024-08-23',
      },
    ]);
  });

  test('takes the id and type from the description when the guid and announce_type are missing', () => {
    const listing = parseArxivRss(
      MATH_NA.replace('<guid isPermaLink="false">oai:arXiv.org:2501.06870v1</guid>', '').replace(
        '<arxiv:announce_type>cross</arxiv:announce_type>',
        '',
      ),
    );
    expect(listing.entries[1]?.id).toBe('2501.06870v1');
    expect(listing.entries[1]?.type).toBe('cross');
    expect(listing.diagnostics).toEqual([]);
  });

  test('reports an item without an id at its line', () => {
    const listing = parseArxivRss(
      MATH_NA.replace('<guid isPermaLink="false">oai:arXiv.org:2309.01234v3</guid>', '').replace(
        'arXiv:2309.01234v3 Announce Type: replace \nAbstract: ',
        '',
      ),
    );
    expect(listing.entries[2]?.id).toBeUndefined();
    expect(listing.entries[2]?.abstract).toBe('We derive reliable and efficient a posteriori error estimators.');
    expect(listing.diagnostics).toEqual([{ severity: 'error', line: 45, message: expect.stringContaining('has no arXiv id') }]);
  });

  test('warns about unknown or missing announce types', () => {
    const listing = parseArxivRss(
      MATH_NA.replace('<arxiv:announce_type>cross</arxiv:announce_type>', '<arxiv:announce_type>absonly</arxiv:announce_type>')
        .replace('<arxiv:announce_type>replace</arxiv:announce_type>', '')
        .replace('Announce Type: replace \n', 'Announce Type: \n'),
    );
    expect(listing.entries[1]?.type).toBeUndefined();
    expect(listing.entries[2]?.type).toBeUndefined();
    expect(listing.diagnostics).toEqual([
      { severity: 'warning', line: 31, message: expect.stringContaining('Unknown announce type "absonly"') },
      { severity: 'warning', line: 45, message: expect.stringContaining('has no <arxiv:announce_type>') },
    ]);
  });

  test('reports a feed cut off inside an item at that item', () => {
    const truncated = CS_AI.slice(0, CS_AI.indexOf('<category>cs.CV</category>'));
    const listing = parseArxivRss(truncated);
    expect(listing.entries.map((entry) => entry.id)).toEqual(['2604.21935v1', '2604.21936v1']);
    expect(listing.diagnostics).toEqual([{ severity: 'error', line: 29, message: expect.stringContaining('looks truncated') }]);
  });

  test('reports a feed cut off between items', () => {
    const truncated = CS_AI.slice(0, CS_AI.indexOf('    <item>', CS_AI.indexOf('</item>')));
    const listing = parseArxivRss(truncated);
    expect(listing.entries).toHaveLength(1);
    expect(listing.diagnostics).toEqual([{ severity: 'error', line: 1, message: expect.stringContaining('<rss> element') }]);
  });

  test('leaves the category empty for a feed combining several categories', () => {
    const listing = parseArxivRss(CS_LG.replace('<title>cs.LG updates on arXiv.org</title>', '<title>cs.LG, stat.ML updates on arXiv.org</title>'));
    expect(listing.category).toBeUndefined();
    expect(listing.diagnostics).toEqual([
      { severity: 'warning', line: 2, message: expect.stringContaining('combines several categories (cs.LG, stat.ML)') },
    ]);
  });

  test('leaves the category empty when the feed title names none', () => {
    const listing = parseArxivRss(MATH_OC_ATOM.replace('<title>math.OC updates on arXiv.org</title>', '<title>My reading list</title>'));
    expect(listing.category).toBeUndefined();
    expect(listing.entries).toHaveLength(2);
    expect(listing.diagnostics).toEqual([
      {
        severity: 'warning',
        line: 2,
        message: 'The feed title "My reading list" does not read "<category> updates on arXiv.org", so the listing has no category.',
      },
    ]);
  });

  test('warns about a feed with no items', () => {
    const empty = CS_AI.slice(0, CS_AI.indexOf('    <item>')) + '  </channel>\n</rss>\n';
    const listing = parseArxivRss(empty);
    expect(listing.entries).toEqual([]);
    expect(listing.date).toBe('2026-04-27');
    expect(listing.diagnostics).toEqual([{ severity: 'warning', line: 1, message: expect.stringContaining('no items') }]);
  });

  test('reports input that is not a feed', () => {
    expect(parseArxivRss('').diagnostics).toEqual([
      { severity: 'error', line: 1, message: expect.stringContaining('No <rss> or <feed> element') },
    ]);
    expect(parseArxivRss('\n\n<html><body>arXiv</body></html>').diagnostics).toEqual([
      { severity: 'error', line: 3, message: expect.stringContaining('(found <html>)') },
    ]);
    expect(parseArxivRss('<rss version="2.0"></rss>').diagnostics).toEqual([
      { severity: 'error', line: 1, message: expect.stringContaining('has no <channel>') },
    ]);
  });

  test('gives the same entries and line numbers with CRLF or lone CR line endings', () => {
    const expected = parseArxivRss(MATH_NA);
    expect(parseArxivRss(MATH_NA.replaceAll('\n', '\r\n'))).toEqual(expected);
    expect(parseArxivRss(MATH_NA.replaceAll('\n', '\r'))).toEqual(expected);
  });

  test('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(MATH_NA.length), (noise, cut) => {
        parseArxivRss(noise);
        parseArxivRss(MATH_NA.slice(0, cut) + noise);
        parseArxivRss(MATH_OC_ATOM.slice(0, cut) + noise);
      }),
    );
  });
});
