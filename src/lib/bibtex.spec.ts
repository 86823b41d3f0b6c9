import { describe, expect, test } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import type { Creator, Entry } from '@retorquere/bibtex-parser';
import { paperSchema } from '../archive/paper.ts';
import type { PaperData } from '../archive/paper.ts';
import { escapeBibtexName, escapeBibtexTitle, formatBibtex, formatBibtexKey } from './bibtex.ts';

/** Test papers go through the real schema, so they carry its defaults and cannot drift from it. */
function makePaper(fields: Partial<PaperData> & { id: string }): PaperData {
  return paperSchema.parse(fields);
}

const NALAR = makePaper({
  id: '2509.16407',
  title: 'Nalar: A Serving Framework for Agent Workflows',
  authors: ['Marco Laju', 'Donghyun Son', 'Aditya Akella'],
  primaryCategory: 'cs.DC',
  categories: ['cs.DC', 'cs.AI'],
  announcements: [
    { date: '2025-09-23', category: 'cs.DC', type: 'new', source: 'content/listings/cs.DC/2025-09-23.txt' },
    { date: '2026-03-02', category: 'cs.DC', type: 'replacement', source: 'content/listings/cs.DC/2026-03-02.txt' },
  ],
});

/** Parses BibTeX the way reference managers do (LaTeX read into Unicode), failing on any parse error. */
function parseEntry(bibtex: string, raw = false): Entry {
  const library = parse(bibtex, { english: false, raw });
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  return library.entries[0]!;
}

function joinCreator(creator: Creator): string {
  return creator.name ?? [creator.firstName, creator.prefix, creator.lastName].filter(Boolean).join(' ');
}

describe('formatBibtex', () => {
  test('writes arXiv’s @misc entry with the id, primary class and arXiv DOI', () => {
    expect(formatBibtex(NALAR)).toBe(
      [
        '@misc{laju2025nalar,',
        '  title={Nalar: A Serving Framework for Agent Workflows},',
        '  author={Marco Laju and Donghyun Son and Aditya Akella},',
        '  year={2025},',
        '  eprint={2509.16407},',
        '  archivePrefix={arXiv},',
        '  primaryClass={cs.DC},',
        '  doi={10.48550/arXiv.2509.16407},',
        '  url={https://arxiv.org/abs/2509.16407}',
        '}',
      ].join('\n'),
    );
  });

  test('round-trips every field through a BibTeX parser', () => {
    const entry = parseEntry(formatBibtex(NALAR)!);
    expect(entry.type).toBe('misc');
    expect(entry.key).toBe('laju2025nalar');
    expect(entry.fields.title).toBe('Nalar: A Serving Framework for Agent Workflows');
    expect(entry.fields.author?.map(joinCreator)).toEqual(['Marco Laju', 'Donghyun Son', 'Aditya Akella']);
    expect(entry.fields.year).toBe('2025');
    expect(entry.fields.eprint).toBe('2509.16407');
    expect(entry.fields.archiveprefix).toBe('arXiv');
    expect(entry.fields.primaryclass).toBe('cs.DC');
    expect(entry.fields.doi).toBe('10.48550/arXiv.2509.16407');
    expect(entry.fields.url).toBe('https://arxiv.org/abs/2509.16407');
  });

  test('round-trips a title with braces, percent, ampersand and other LaTeX specials', () => {
    const title = 'Sets {a, b} at 100% & #1 of a_b ~ x^y in C:\\tmp, $5 only';
    const entry = parseEntry(formatBibtex(makePaper({ id: '2501.00001', title, authors: ['A. N. Other'] }))!);
    expect(entry.fields.title).toBe(title);
  });

  test('keeps formulas as TeX, so LaTeX typesets them and the parser reads them as math', () => {
    const bibtex = formatBibtex(makePaper({ id: '2501.00002', title: 'Energy $x^{2}$ and \\(\\alpha\\) bounds', authors: ['A. Author'] }))!;
    expect(bibtex).toContain('title={Energy $x^{2}$ and \\(\\alpha\\) bounds}');
    expect(parseEntry(bibtex).fields.title).toBe('Energy x² and α bounds');
    // Read without LaTeX conversion, both formulas are still math (the parser writes \(…\) as $…$).
    expect(parseEntry(bibtex, true).fields.title).toBe('Energy $x^{2}$ and $\\alpha$ bounds');
  });

  test('escapes a formula that would break LaTeX as plain text', () => {
    const title = 'Broken $\\frac{1}{$ and unbalanced $\\{x$';
    const bibtex = formatBibtex(makePaper({ id: '2501.00003', title }))!;
    expect(bibtex).toContain(
      'title={Broken \\$\\textbackslash{}frac\\textbraceleft{}1\\textbraceright{}\\textbraceleft{}\\$ and unbalanced \\$\\textbackslash{}\\textbraceleft{}x\\$}',
    );
    expect(parseEntry(bibtex).fields.title).toBe(title);
  });

  test('round-trips accented names and names BibTeX would split', () => {
    const authors = ['José Müller', 'Zoë Ångström', 'Édouard Brézin', 'Telmo de Menezes e Silva Filho', 'The ATLAS and CMS Collaborations', 'Smith, Jr.'];
    const entry = parseEntry(formatBibtex(makePaper({ id: 'hep-th/9901001', title: 'T', authors }))!);
    expect(entry.fields.author?.map(joinCreator)).toEqual(authors);
  });

  test('takes the year from the first announcement, else from the id', () => {
    expect(formatBibtex(NALAR)).toContain('year={2025}');
    const old = makePaper({ id: 'hep-th/9901001', title: 'Large N', authors: ['Juan M. Maldacena'] });
    expect(formatBibtex(old)).toBe(
      [
        '@misc{maldacena1999large,',
        '  title={Large N},',
        '  author={Juan M. Maldacena},',
        '  year={1999},',
        '  eprint={hep-th/9901001},',
        '  archivePrefix={arXiv},',
        '  doi={10.48550/arXiv.hep-th/9901001},',
        '  url={https://arxiv.org/abs/hep-th/9901001}',
        '}',
      ].join('\n'),
    );
    expect(parseEntry(formatBibtex(old)!).fields.eprint).toBe('hep-th/9901001');
  });

  test('uses the first category when no listing said which is primary', () => {
    expect(formatBibtex(makePaper({ id: '2501.00004', categories: ['math.AG', 'math.NT'] }))).toContain('primaryClass={math.AG}');
  });

  test('offers nothing for an unidentified entry', () => {
    expect(formatBibtex(makePaper({ id: 'unidentified-3f9a1c2b7d4e', unidentified: true, title: 'x' }))).toBeUndefined();
  });
});

describe('formatBibtexKey', () => {
  test('folds accents and skips leading stop words', () => {
    expect(formatBibtexKey({ id: '2501.00001', title: 'The Ångström scale', authors: ['Zoë Brézin'] }, 2025)).toBe('brezin2025angstrom');
  });

  test('keeps each part of the key short whatever the listing printed', () => {
    expect(formatBibtexKey({ id: '2604.09201', title: '<script>window.__pwned=1</script> Feeds', authors: ['<img src=x onerror="window.__pwned=1">'] }, 2026)).toBe(
      'onerrorwindowpwned12026scriptwindowpwned1sc',
    );
  });

  test('falls back to the id when there is no author and no title', () => {
    expect(formatBibtexKey({ id: 'hep-th/9901001', authors: [] }, undefined)).toBe('arxivhepth9901001');
  });
});

describe('escapeBibtexTitle', () => {
  test('escapes text specials and keeps a typesettable formula', () => {
    expect(escapeBibtexTitle('50% of {x} & $O(n^2)$')).toBe('50\\% of \\textbraceleft{}x\\textbraceright{} \\& $O(n^2)$');
  });

  test('does not keep a formula holding a bare %, which would comment out the rest of the line', () => {
    expect(escapeBibtexTitle('$50%$ gain')).toBe('\\$50\\%\\$ gain');
  });
});

describe('escapeBibtexName', () => {
  test('braces names with a comma or a standalone "and"', () => {
    expect(escapeBibtexName('Smith, Jr.')).toBe('{Smith, Jr.}');
    expect(escapeBibtexName('ATLAS and CMS')).toBe('{ATLAS and CMS}');
    expect(escapeBibtexName('Alexander Anderson')).toBe('Alexander Anderson');
  });
});
