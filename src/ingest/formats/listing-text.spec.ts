// Tests for the one-field-per-line text copy parser on the seed copy and on small copies in its shape.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LISTINGS_DIR, SEED_CLEAN_TEXT, readFixture } from '../../__fixtures__/fixtures.ts';
import { parseListingText } from './listing-text.ts';

const SEED = readFixture(SEED_CLEAN_TEXT);
const textFixture = (name: string): string => readFixture(path.join(LISTINGS_DIR, 'text', name));

const DC = 'Distributed, Parallel, and Cluster Computing (cs.DC)';

describe('parseListingText', () => {
  const listing = parseListingText(SEED);

  test('reads the seed as the cs.DC /new copy of Monday 2 March 2026 with nothing to report', () => {
    expect(listing.format).toBe('listing-text');
    expect(listing.kind).toBe('new');
    expect(listing.category).toBe('cs.DC');
    expect(listing.date).toBe('2026-03-02');
    expect(listing.diagnostics).toEqual([]);
  });

  test('lists the 19 entries in order with their sections, lines and day', () => {
    expect(listing.entries.map((entry) => [entry.id, entry.type, entry.line, entry.date])).toEqual([
      ['2602.23598', 'new', 32, '2026-03-02'],
      ['2602.23758', 'new', 40, '2026-03-02'],
      ['2602.23927', 'new', 48, '2026-03-02'],
      ['2602.23935', 'new', 55, '2026-03-02'],
      ['2602.24044', 'new', 62, '2026-03-02'],
      ['2602.24237', 'new', 70, '2026-03-02'],
      ['2602.23434', 'cross', 80, '2026-03-02'],
      ['2602.23464', 'cross', 89, '2026-03-02'],
      ['2602.23504', 'cross', 97, '2026-03-02'],
      ['2602.23556', 'cross', 105, '2026-03-02'],
      ['2602.23798', 'cross', 113, '2026-03-02'],
      ['2602.24152', 'cross', 120, '2026-03-02'],
      ['2505.23649', 'replacement', 130, '2026-03-02'],
      ['2602.19433', 'replacement', 137, '2026-03-02'],
      ['2602.21897', 'replacement', 145, '2026-03-02'],
      ['2602.22017', 'replacement', 156, '2026-03-02'],
      ['2602.22437', 'replacement', 164, '2026-03-02'],
      ['2503.04398', 'replacement', 171, '2026-03-02'],
      ['2505.23819', 'replacement', 180, '2026-03-02'],
    ]);
  });

  test('records the printed total once and each section count beside the entries found in it', () => {
    expect(listing.counts).toEqual([
      { line: 27, label: 'Total', total: 19, parsed: 19 },
      { line: 30, label: 'New submissions', type: 'new', shown: 6, total: 6, parsed: 6 },
      { line: 78, label: 'Cross submissions', type: 'cross', shown: 6, total: 6, parsed: 6 },
      { line: 128, label: 'Replacement submissions', type: 'replacement', shown: 7, total: 7, parsed: 7 },
    ]);
  });

  test('reads every field of a new submission, the authors from the unprefixed line after the title', () => {
    expect(listing.entries[0]).toEqual({
      line: 32,
      id: '2602.23598',
      type: 'new',
      date: '2026-03-02',
      title: 'QoSFlow: Ensuring Service Quality of Distributed Workflows Using Interpretable Sensitivity Models',
      authors: ['Md Hasanur Rashid', 'Jesun Firoz', 'Nathan R. Tallent', 'Luanzheng Guo', 'Meng Tang', 'Dong Dai'],
      comments: 'to be published in 40th IEEE International Parallel & Distributed Processing Symposium (IPDPS), 2026',
      categories: [DC, 'Performance (cs.PF)'],
      primaryKnown: true,
      abstract:
        "With the increasing importance of distributed scientific workflows, there is a critical need to ensure Quality of Service (QoS) constraints, such as minimizing time or limiting execution to resource subsets. However, the unpredictable nature of workflow behavior, even with similar configurations, makes it difficult to provide QoS guarantees. For effective reasoning about QoS scheduling, we introduce QoSFlow, a performance modeling method that partitions a workflow's execution configuration space into regions with similar behavior. Each region groups configurations with comparable execution times according to a given statistical sensitivity, enabling efficient QoS-driven scheduling through analytical reasoning rather than exhaustive testing. Evaluation on three diverse workflows shows that QoSFlow's execution recommendations outperform the best-performing standard heuristic by 27.38%. Empirical validation confirms that QoSFlow's recommended configurations consistently match measured execution outcomes across different QoS constraints.",
    });
  });

  test('reads a cross-list with its journal reference and the subjects in printed order', () => {
    expect(listing.entries[6]).toMatchObject({
      id: '2602.23434',
      type: 'cross',
      title: 'The PLUTO Code on GPUs: Offloading Lagrangian Particle Methods',
      authors: [
        'Alessio Suriano',
        'Stefano Truzzi',
        'Agnese Costa',
        'Marco Rossazza',
        'Nitin Shukla',
        'Andrea Mignone',
        'Vittoria Berta',
        'Claudio Zanni',
      ],
      comments:
        'Published in Astronomy and Computing. Special issue: Advancing Cosmology and Astrophysics through High-Performance Computing and Machine Learning',
      journalRef: 'Astronomy and Computing, Volume 55, 2026, 101088, ISSN 2213-1337',
      categories: [
        'High Energy Astrophysical Phenomena (astro-ph.HE)',
        'Instrumentation and Methods for Astrophysics (astro-ph.IM)',
        DC,
      ],
      primaryKnown: true,
    });
    expect(listing.entries[6]!.primaryKnown).toBe(true);
  });

  test('keeps a single author as a one-name list', () => {
    expect(listing.entries[7]).toMatchObject({
      title: '2G2T: Constant-Size, Statistically Sound MSM Outsourcing',
      authors: ['Majid Khabbazian'],
      comments: '18 pages, 1 figure',
      categories: ['Cryptography and Security (cs.CR)', DC, 'Data Structures and Algorithms (cs.DS)'],
      primaryKnown: true,
    });
  });

  test('reads a replacement with accented authors and a journal reference', () => {
    expect(listing.entries[14]).toMatchObject({
      id: '2602.21897',
      type: 'replacement',
      title: 'A task-based data-flow methodology for programming heterogeneous systems with multiple accelerator APIs',
      authors: ['Aleix Boné', 'Alejandro Aguirre', 'David Álvarez', 'Pedro J. Martinez-Ferrer', 'Vicenç Beltran'],
      comments: '18 pages, 8 figures',
      journalRef: 'Future Generation Computer Systems, Volume 180, July 2026, 108383',
      categories: [DC],
      primaryKnown: true,
    });
  });

  test('turns each line of a multi-line abstract into a paragraph', () => {
    const paragraphs = listing.entries[14]!.abstract!.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]!.startsWith('Heterogeneous nodes that combine multi-core CPUs')).toBe(true);
    expect(paragraphs[1]!.startsWith('Applications are expressed as a directed acyclic graph (DAG)')).toBe(true);
    expect(paragraphs[2]!.startsWith('These results demonstrate that task-aware libraries')).toBe(true);
    expect(listing.entries[17]!.abstract!.split('\n\n')).toHaveLength(2);
  });

  test('keeps TeX and Unicode of the abstract and title verbatim', () => {
    const entry = listing.entries[12]!;
    expect(entry.abstract).toContain(
      'Recently, Gąsieniec, Grodzicki, and Stachowiak [GGS25] (PODC) proved that $n+O(\\log n)$ states',
    );
    expect(listing.entries[18]!.title).toBe(
      'Linear Layouts: Robust Code Generation of Efficient Tensor Computation Using $\\mathbb{F}_2$',
    );
  });

  test('ends the last abstract at the page footer', () => {
    expect(listing.entries[18]!.abstract!.endsWith("while fixing several bugs in Triton's legacy layout system.")).toBe(
      true,
    );
    expect(listing.entries[18]!.abstract).not.toContain('Total of 19 entries');
  });

  test('reads the same listing from CR-only and CRLF copies of the seed', () => {
    expect(parseListingText(SEED.replace(/\n/g, '\r'))).toEqual(listing);
    expect(parseListingText(SEED.replace(/\n/g, '\r\n'))).toEqual(listing);
  });

  test('reads a CRLF copy of another category with exact fields and line numbers', () => {
    const copy = parseListingText(textFixture('new_math.NA_crlf.txt'));
    expect(copy).toMatchObject({ kind: 'new', category: 'math.NA', date: '2026-03-13', diagnostics: [] });
    expect(copy.entries).toEqual([
      {
        line: 32,
        id: '2603.11001',
        type: 'new',
        date: '2026-03-13',
        title: 'A Stable Splitting Scheme for Stiff Reaction-Diffusion Systems',
        authors: ['Ana María Pérez', 'Jürgen Müller', 'Chloé Dubois'],
        comments: '24 pages, 6 figures',
        categories: ['Numerical Analysis (math.NA)', 'Analysis of PDEs (math.AP)'],
        primaryKnown: true,
        abstract:
          'We propose a splitting scheme for stiff reaction-diffusion systems that remains stable for time steps $\\Delta t \\le 1$.\n\nNumerical experiments on three benchmark problems confirm second-order convergence.',
      },
      {
        line: 41,
        id: '2603.11002v2',
        type: 'new',
        date: '2026-03-13',
        title: 'Error Bounds for Randomized Low-Rank Approximation',
        authors: ['Wei Zhang'],
        categories: ['Numerical Analysis (math.NA)'],
        primaryKnown: true,
        abstract:
          'We derive sharp error bounds for randomized low-rank approximation of matrices with decaying singular values.',
      },
      {
        line: 50,
        id: '2603.10555',
        type: 'cross',
        date: '2026-03-13',
        title: 'Learning Preconditioners for Sparse Linear Systems',
        authors: ['Kim Lee', 'Ola Nordmann'],
        comments: 'Code is available at this https URL',
        categories: ['Machine Learning (cs.LG)', 'Numerical Analysis (math.NA)'],
        primaryKnown: true,
        abstract:
          'We train graph neural networks to produce preconditioners for sparse linear systems arising from finite element discretizations.',
      },
      {
        line: 60,
        id: '2511.09876',
        type: 'replacement',
        date: '2026-03-13',
        title: 'Convergence of Multigrid Methods on Adaptive Meshes',
        authors: ['Jan van der Berg', 'Marta Kowalska-Nowak'],
        journalRef: 'SIAM J. Numer. Anal. 64 (2026) 101-130',
        categories: ['Numerical Analysis (math.NA)'],
        primaryKnown: true,
        abstract: 'We prove uniform convergence of multigrid methods on adaptively refined meshes.',
      },
    ]);
    expect(copy.counts).toEqual([
      { line: 27, label: 'Total', total: 4, parsed: 4 },
      { line: 30, label: 'New submissions', type: 'new', shown: 2, total: 2, parsed: 2 },
      { line: 48, label: 'Cross submissions', type: 'cross', shown: 1, total: 1, parsed: 1 },
      { line: 58, label: 'Replacement submissions', type: 'replacement', shown: 1, total: 1, parsed: 1 },
    ]);
  });

  test('reads MSC-class, ACM-class, DOI and Journal-ref lines', () => {
    const copy = parseListingText(textFixture('new_math.CO_msc-journal-ref.txt'));
    expect(copy.diagnostics).toEqual([]);
    expect(copy.category).toBe('math.CO');
    expect(copy.entries).toEqual([
      {
        line: 14,
        id: '2603.09001',
        type: 'new',
        date: '2026-03-12',
        title: 'Counting Lattice Paths Below a Rational Line',
        authors: ['Marie-Claire Dupont', 'Tomáš Novák'],
        comments: '18 pages; v2 fixes a typo in Lemma 3',
        journalRef: 'Electron. J. Combin. 33 (2026) P1.7',
        categories: ['Combinatorics (math.CO)', 'Discrete Mathematics (cs.DM)'],
        primaryKnown: true,
        mscClass: '05A15, 05A19',
        acmClass: 'G.2.1',
        doi: '10.37236/12345',
        abstract: 'We count lattice paths that stay below a line of rational slope.',
      },
      {
        line: 28,
        id: '2603.08123',
        type: 'cross',
        date: '2026-03-12',
        title: 'Perfect Matchings in Sparse Random Graphs',
        authors: ['Lena Fischer'],
        mscClass: '05C70; 05C80',
        categories: ['Discrete Mathematics (cs.DM)', 'Combinatorics (math.CO)'],
        primaryKnown: true,
        abstract: 'We determine the threshold for perfect matchings in sparse random graphs.',
      },
    ]);
  });

  describe('on a damaged copy', () => {
    const copy = parseListingText(textFixture('new_cs.DC_damaged.txt'));

    test('reports an unreadable section count and a missing title at their lines', () => {
      expect(copy.diagnostics).toEqual([
        {
          severity: 'warning',
          line: 12,
          message:
            'the count in the heading "New submissions (showing 3 of three entries)" cannot be read (expected "(showing N of M entries)"); this section\'s completeness is not checked',
        },
        {
          severity: 'error',
          line: 14,
          message:
            'entry [1] (arXiv:2603.00001) has no "Title:" line; copy the listing page again, or add "Title: …" after the entry\'s header',
        },
      ]);
    });

    test('keeps what the damaged entries still show and guesses nothing else', () => {
      expect(copy.entries).toEqual([
        {
          line: 14,
          id: '2603.00001',
          type: 'new',
          date: '2026-03-02',
          comments: '10 pages',
          categories: [DC],
          primaryKnown: true,
          abstract: 'An abstract whose title line was lost when the page was copied.',
        },
        {
          line: 21,
          id: '2603.0002',
          type: 'new',
          date: '2026-03-02',
          title: 'A Header With a Truncated Identifier',
          authors: ['Carol White'],
          categories: [DC],
          primaryKnown: true,
          abstract: 'The identifier of this entry lost a digit.',
        },
        {
          line: 28,
          id: '2603.00003',
          type: 'new',
          date: '2026-03-02',
          title: 'An Intact Entry',
          authors: ['Dan Brown'],
          categories: [DC],
          primaryKnown: true,
          abstract: 'This entry is complete.',
        },
      ]);
      expect(copy.counts).toEqual([{ line: 9, label: 'Total', total: 3, parsed: 3 }]);
    });
  });

  test("reads a /recent copy by its days, with each day's count and no abstracts", () => {
    const copy = parseListingText(textFixture('recent_cs.CL_day-counts.txt'));
    expect(copy.kind).toBe('recent');
    expect(copy.category).toBe('cs.CL');
    expect(copy.date).toBeUndefined();
    expect(copy.diagnostics).toEqual([]);
    expect(copy.entries).toEqual([
      {
        line: 18,
        id: '2607.22529',
        type: 'new',
        date: '2026-07-27',
        title: 'Skill Self-Play: Pushing the Frontier of LLM Capability with Co-Evolving Skills',
        authors: ['Siyuan Huang', 'Pengyu Cheng', 'Haotian Liu'],
        categories: ['Computation and Language (cs.CL)'],
        primaryKnown: true,
      },
      {
        line: 23,
        id: '2607.22182',
        type: 'cross',
        date: '2026-07-27',
        title: 'From Isolated Tasks to Structured Capabilities: A Multilayer Taxonomy for Large Language Models',
        authors: ['Shixin Fang', 'Jiachen Wo', 'Yanghua Xiao (Fudan University)'],
        comments: '34 pages, 5 figures, 20 tables',
        categories: ['Artificial Intelligence (cs.AI)', 'Computation and Language (cs.CL)'],
        primaryKnown: true,
      },
      {
        line: 31,
        id: '2607.21000',
        type: 'new',
        date: '2026-07-24',
        title: 'Grapheme-Level Metrics for Multilingual Text Processing',
        authors: ['Izzath Nisfer', 'Menan Velayuthan'],
        categories: ['Computation and Language (cs.CL)'],
        primaryKnown: true,
      },
    ]);
    expect(copy.counts).toEqual([
      { line: 13, label: 'Total', total: 408, parsed: 3 },
      { line: 16, label: 'Mon, 27 Jul 2026', date: '2026-07-27', shown: 2, total: 2, parsed: 2 },
      { line: 29, label: 'Fri, 24 Jul 2026', date: '2026-07-24', shown: 1, total: 110, parsed: 1 },
    ]);
  });

  test('says so when the text holds no entries', () => {
    expect(parseListingText('')).toEqual({
      format: 'listing-text',
      kind: 'new',
      entries: [],
      counts: [],
      diagnostics: [{ severity: 'error', line: 1, message: 'no arXiv listing entries found in this text copy' }],
    });
  });

  test('drops the cut-off note of a long author list and the placeholder for a missing one', () => {
    const copy = parseListingText(
      [
        'Showing new listings for Monday, 2 March 2026',
        '[1] arXiv:2603.00001 [pdf]',
        'Title: A Large Collaboration Paper',
        'Ann Lee, Bo Li, Cy Young et al. (25 additional authors not shown) You must enable JavaScript to view entire author list.',
        'Subjects: Performance (cs.PF)',
        '[2] arXiv:2603.00002 [pdf]',
        'Title: A Paper Without Its Authors',
        '(author list is unavailable)',
        'Subjects: Performance (cs.PF)',
      ].join('\n'),
    );
    expect(copy.entries.map((entry) => entry.authors)).toEqual([['Ann Lee', 'Bo Li', 'Cy Young'], undefined]);
    expect(copy.diagnostics).toEqual([]);
  });

  test('finds nothing missing when the page says there were no updates', () => {
    const copy = parseListingText('Showing new listings for Monday, 2 March 2026\n\nNo updates today.\n');
    expect(copy.entries).toEqual([]);
    expect(copy.diagnostics).toEqual([]);
    expect(copy.date).toBe('2026-03-02');
  });

  test('does not take an abstract that merely starts like a section heading for one', () => {
    const copy = parseListingText(
      '[1] arXiv:2603.00001 [pdf]\nTitle: T\nA. Author\nSubjects: Performance (cs.PF)\n\nReplacements for worn parts (RWP) are scheduled.\nNew submissions (NS) arrive hourly.',
    );
    expect(copy.entries[0]!.abstract).toBe(
      'Replacements for worn parts (RWP) are scheduled.\n\nNew submissions (NS) arrive hourly.',
    );
    expect(copy.counts).toEqual([]);
  });

  test('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(SEED.length), (noise, cut) => {
        const result = parseListingText(SEED.slice(0, cut) + noise);
        expect(result.format).toBe('listing-text');
        for (const diagnostic of result.diagnostics) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseListingText on abstract lines that look like page text', () => {
  test('keeps a bulleted line and a "Total of" sentence inside an abstract', () => {
    const copy = parseListingText(
      [
        'Showing new listings for Monday, 2 March 2026',
        'New submissions (showing 1 of 1 entries)',
        '[1] arXiv:2602.23598 [pdf, html, other]',
        'Title: A Title',
        'Ada Lovelace, Alan Turing',
        'Subjects: Performance (cs.PF)',
        '',
        'Before the list.',
        '• First, we bound the error.',
        'Total of 3 entries were scanned.',
        '',
        'Total of 1 entries',
      ].join('\n'),
    );
    expect(copy.entries[0]!.abstract).toBe('Before the list.\n\n• First, we bound the error.\n\nTotal of 3 entries were scanned.');
    expect(copy.counts.find((c) => c.label === 'Total')).toMatchObject({ total: 1, parsed: 1 });
  });
});
