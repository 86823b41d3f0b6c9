// Tests for the arXiv listing HTML parser: /new, /recent and /pastweek pages, 2024+ and classic layouts.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LISTINGS_DIR, readFixture, sharedArxivFixture } from '../../__fixtures__/fixtures.ts';
import type { RawEntry } from '../listing.ts';
import { parseArxivHtml } from './arxiv-html.ts';

const NEW_CS_RO = readFixture(sharedArxivFixture('html/list-new_cs.RO_2026-10-06_TRIMMED.html'));
const PASTWEEK_CO_CLASSIC = readFixture(sharedArxivFixture('html/list-pastweek_astro-ph.CO_2024-05-07_old-layout.html'));
const PASTWEEK_CO_2024 = readFixture(sharedArxivFixture('html/list-pastweek_astro-ph.CO_2024-05-08.html'));
const PASTWEEK_CO_2026 = readFixture(sharedArxivFixture('html/list-pastweek_astro-ph.CO_2026-07-24.html'));
const PASTWEEK_ASTRO_PH = readFixture(sharedArxivFixture('html/list-pastweek_astro-ph_2024-11-22.html'));
const RECENT_CS_CL = readFixture(sharedArxivFixture('html/list-recent_cs.CL_2026-07-27.html'));
const CLASSIC_NEW = readFixture(path.join(LISTINGS_DIR, 'html/classic-new_cs.RO_2024-09-23.html'));
const NEW_MATH_NA = readFixture(path.join(LISTINGS_DIR, 'html/new_math.NA_2025-01-14.html'));
const DAMAGED = readFixture(path.join(LISTINGS_DIR, 'html/new_cs.DC_damaged.html'));

const NO_ENTRIES = 'no arXiv listing entries found: is this a saved /list/<category>/new, /recent or /pastweek page?';

/** Entries per announcement day, in page order. */
function countByDate(entries: RawEntry[]): [string | undefined, number][] {
  const counts = new Map<string | undefined, number>();
  for (const entry of entries) counts.set(entry.date, (counts.get(entry.date) ?? 0) + 1);
  return [...counts];
}

function findEntry(entries: RawEntry[], id: string): RawEntry | undefined {
  return entries.find((entry) => entry.id === id);
}

describe('parseArxivHtml', () => {
  test('reads the day, category, section counts and page total of a 2024+ /new page', () => {
    const listing = parseArxivHtml(NEW_CS_RO);
    expect(listing.format).toBe('arxiv-html');
    expect(listing.kind).toBe('new');
    expect(listing.category).toBe('cs.RO');
    expect(listing.date).toBe('2026-10-06');
    expect(listing.diagnostics).toEqual([]);
    // The trimmed page keeps arXiv's printed counts but only 2 + 1 + 1 entries: reported as found.
    expect(listing.counts).toEqual([
      { line: 5, label: 'Total', total: 267, parsed: 4 },
      { line: 21, label: 'New submissions', type: 'new', date: '2026-10-06', shown: 136, total: 136, parsed: 2 },
      { line: 84, label: 'Cross submissions', type: 'cross', date: '2026-10-06', shown: 38, total: 38, parsed: 1 },
      { line: 119, label: 'Replacement submissions', type: 'replacement', date: '2026-10-06', shown: 93, total: 93, parsed: 1 },
    ]);
  });

  test('reads every field of a 2024+ /new entry, with real URLs for "this https URL" links', () => {
    const [first, second] = parseArxivHtml(NEW_CS_RO).entries;
    expect(first).toEqual({
      line: 24,
      id: '2610.03828',
      title: 'TACET: Context-Appropriate Acoustic-Social Navigation for Quadrupeds',
      authors: ['Sungsan Park', 'Young-Sik Shin', 'Sanghyun Kim'],
      abstract: expect.any(String),
      comments: '8 pages',
      categories: ['Robotics (cs.RO)'],
      primaryKnown: true,
      links: {
        abs: 'https://arxiv.org/abs/2610.03828',
        pdf: 'https://arxiv.org/pdf/2610.03828',
        html: 'https://arxiv.org/html/2610.03828v1',
      },
      type: 'new',
      date: '2026-10-06',
    });
    expect(first?.abstract?.startsWith('Quadruped robots entering hospitals, care homes, and quiet offices must be')).toBe(true);
    expect(first?.abstract).toContain("a legged robot's locomotion noise, dominated by foot-ground impacts,");
    expect(first?.abstract).toContain('a single compact behavior token, <gait, speed, social_cost>. The same token');
    expect(first?.abstract).toContain('with low acoustic intrusion (<=2.9 dBA), jointly improving');
    expect(first?.abstract?.endsWith('The project page is available at https://rcilab.khu.ac.kr/tacet/.')).toBe(true);
    expect(first?.abstract).not.toContain('this https URL');
    expect(first?.abstract).not.toContain('\n');
    expect(second?.comments).toBe('Project page: https://dex-gott.github.io/');
    expect(second?.authors).toEqual([
      'Yulin Liu', 'Lai Wei', 'Yen-Jen Wang', 'Akash Sharma', 'Pieter Abbeel', 'Henrik I. Christensen', 'Haozhi Qi',
    ]);
    expect(second?.categories).toEqual([
      'Robotics (cs.RO)',
      'Artificial Intelligence (cs.AI)',
      'Computer Vision and Pattern Recognition (cs.CV)',
    ]);
  });

  test('marks cross-lists and replacements from their "(cross-list from …)" and "(replaced)" markers', () => {
    const [, , cross, replacement] = parseArxivHtml(NEW_CS_RO).entries;
    expect({ ...cross, abstract: undefined }).toEqual({
      line: 87,
      id: '2610.03773',
      title: 'Tactile Perception through Fluid-Solid Interaction',
      authors: [
        'Arman Goshtasbi', 'Minke Berghuis', 'Aida Parvaresh', 'Saravana Prashanth Murali Babu', 'Robert W. Style', 'Ahmad Rafsanjani',
      ],
      abstract: undefined,
      journalRef:
        'Goshtasbi A., Berghuis M., Parvaresh A., Murali Babu S.P., Style R.W. & Rafsanjani A. (2026) Tactile perception through fluid-solid interaction. Nature Communications 17, 5874',
      categories: ['Soft Condensed Matter (cond-mat.soft)', 'Robotics (cs.RO)'],
      primaryKnown: true,
      links: { abs: 'https://arxiv.org/abs/2610.03773', pdf: 'https://arxiv.org/pdf/2610.03773' },
      type: 'cross',
      date: '2026-10-06',
    });
    expect(replacement?.line).toBe(122);
    expect(replacement?.id).toBe('2410.18275');
    expect(replacement?.type).toBe('replacement');
    expect(replacement?.authors).toEqual([
      'Dibyendu Das', 'Aditya Patankar', 'Nilanjan Chakraborty', 'C.R. Ramakrishnan', 'I.V. Ramakrishnan',
    ]);
    expect(replacement?.comments).toBe(
      'Published in: 2026 IEEE International Conference on Robotics and Automation (ICRA) ---- External Link: https://doi.org/10.1109/ICRA57385.2026.11696870',
    );
    expect(replacement?.links?.html).toBe('https://arxiv.org/html/2410.18275v2');
    expect(replacement?.abstract?.endsWith('A short video supplement is available on YouTube: https://youtu.be/KbAPgIouIvo')).toBe(true);
  });

  test('reads the classic /new layout, its "New submissions for", "Cross-lists for" and "Replacements for" sections', () => {
    const listing = parseArxivHtml(CLASSIC_NEW);
    expect(listing.kind).toBe('new');
    expect(listing.category).toBe('cs.RO');
    expect(listing.date).toBe('2024-09-23');
    expect(listing.diagnostics).toEqual([]);
    // Classic sections print no counts; the total is printed twice, and recorded once.
    expect(listing.counts).toEqual([{ line: 36, label: 'Total', total: 5, shown: 5, parsed: 5 }]);
    expect(listing.entries.map((entry) => [entry.line, entry.id, entry.type, entry.date])).toEqual([
      [40, '2409.13210', 'new', '2024-09-23'],
      [71, '2409.13387', 'new', '2024-09-23'],
      [99, '2409.12774', 'cross', '2024-09-23'],
      [121, '2403.01562', 'replacement', '2024-09-23'],
      [143, '2311.04410', 'replacement', '2024-09-23'],
    ]);
  });

  test('reads descriptor-led classic fields: authors, comments, MSC-class, ACM-class, journal-ref and DOI', () => {
    const [planning, tactile, cross, wholeBody] = parseArxivHtml(CLASSIC_NEW).entries;
    expect(planning).toEqual({
      line: 40,
      id: '2409.13210',
      title: 'Sampling-Based Motion Planning with $\\mathcal{O}(\\log n)$ Collision Checks for Legged Robots',
      authors: ['Jana Müller', 'Pablo Ordóñez', 'Chidi N. Okafor'],
      abstract:
        'We present a sampling-based planner for legged robots that needs only $\\mathcal{O}(\\log n)$ collision checks per expansion. ' +
        'On a quadruped & a humanoid it plans 2.9$\\times$ faster than RRT* while keeping the same success rate.',
      comments: '8 pages, 5 figures. Code: https://github.com/example/loglegs',
      mscClass: '68T40, 93C85',
      acmClass: 'I.2.9',
      categories: ['Robotics (cs.RO)', 'Computational Geometry (cs.CG)'],
      primaryKnown: true,
      links: { abs: 'https://arxiv.org/abs/2409.13210', pdf: 'https://arxiv.org/pdf/2409.13210' },
      type: 'new',
      date: '2024-09-23',
    });
    expect(tactile).toEqual({
      line: 71,
      id: '2409.13387',
      title: 'Tactile Servoing for Cable Routing',
      authors: ['Astrid Lindqvist'],
      abstract: 'A tactile fingertip follows a cable along a board without vision. The data set is at http://example.org/cables',
      journalRef: 'IEEE Robotics and Automation Letters 9 (2024) 7711-7718',
      doi: '10.1109/LRA.2024.0000001',
      categories: ['Robotics (cs.RO)'],
      primaryKnown: true,
      links: { abs: 'https://arxiv.org/abs/2409.13387', pdf: 'https://arxiv.org/pdf/2409.13387' },
      type: 'new',
      date: '2024-09-23',
    });
    expect(cross?.categories).toEqual(['Machine Learning (cs.LG)', 'Robotics (cs.RO)']);
    expect(cross?.authors).toEqual(['Rami Haddad', 'Eline van der Berg']);
    expect(wholeBody?.authors).toEqual(['Kenji Sato', 'Luísa Ferreira']);
    expect(wholeBody?.comments).toBe('v2: new experiments on stairs');
  });

  test('keeps a version printed in the identifier', () => {
    const versioned = CLASSIC_NEW.replace('>arXiv:2409.13210</a>', '>arXiv:2409.13210v2</a>');
    const [first] = parseArxivHtml(versioned).entries;
    expect(first?.id).toBe('2409.13210v2');
    expect(first?.links?.abs).toBe('https://arxiv.org/abs/2409.13210');
  });

  test('splits abstracts into paragraphs at <br /> and decodes entities in every field', () => {
    const listing = parseArxivHtml(NEW_MATH_NA);
    expect(listing.kind).toBe('new');
    expect(listing.category).toBe('math.NA');
    expect(listing.date).toBe('2025-01-14');
    expect(listing.diagnostics).toEqual([]);
    const [newton, preconditioners, sdc] = listing.entries;
    expect(newton).toEqual({
      line: 105,
      id: '2501.07311',
      title: "Why Newton's method stalls on $|x|^{3/2}$ & how to damp it",
      authors: ['Lena Jäger', "Siobhán O'Brien", 'Thi Hoa Nguyen'],
      abstract:
        "Newton's method converges slowly on functions such as $|x|^{3/2}$, whose second derivative blows up at the root. " +
        'We explain the stall with a scaling argument.\n\n' +
        "We then damp each step by $(1+|f''(x_k)|)^{-1}$ and prove that the damped iteration is $2.9\\times$ faster " +
        'on our test set <100 functions>. Data: https://zenodo.org/records/0000000',
      comments: '14 pages; code at https://github.com/example/damped-newton',
      categories: ['Numerical Analysis (math.NA)', 'Optimization and Control (math.OC)'],
      primaryKnown: true,
      links: {
        abs: 'https://arxiv.org/abs/2501.07311',
        pdf: 'https://arxiv.org/pdf/2501.07311',
        html: 'https://arxiv.org/html/2501.07311v1',
      },
      type: 'new',
      date: '2025-01-14',
    });
    expect(preconditioners?.type).toBe('cross');
    expect(preconditioners?.journalRef).toBe('SIAM J. Sci. Comput. 47 (2025) A101-A125');
    expect(sdc?.type).toBe('replacement');
    expect(sdc?.categories).toEqual(['Numerical Analysis (math.NA)', 'Distributed, Parallel, and Cluster Computing (cs.DC)']);
  });

  test('reads the classic pastweek layout, one plain <dl> per day heading, with the day counts arXiv lists', () => {
    const listing = parseArxivHtml(PASTWEEK_CO_CLASSIC);
    expect(listing.kind).toBe('pastweek');
    expect(listing.category).toBe('astro-ph.CO');
    expect(listing.date).toBeUndefined();
    expect(listing.diagnostics).toEqual([]);
    expect(listing.counts).toEqual([{ line: 71, label: 'Total', total: 93, shown: 93, parsed: 93 }]);
    expect(countByDate(listing.entries)).toEqual([
      ['2024-05-07', 25],
      ['2024-05-06', 22],
      ['2024-05-03', 16],
      ['2024-05-02', 21],
      ['2024-05-01', 9],
    ]);
    expect(listing.entries[0]).toEqual({
      line: 75,
      id: '2405.03627',
      // "f(Q)  Cosmology" is printed with two spaces: whitespace is collapsed as a browser shows it.
      title: 'Investigating the Hubble Tension and $σ_8$ Discrepancy in f(Q) Cosmology',
      authors: ['Ziad Sakr', 'Leonid Schey'],
      comments: '20 pages, 9 Figures',
      categories: ['Cosmology and Nongalactic Astrophysics (astro-ph.CO)', 'General Relativity and Quantum Cosmology (gr-qc)'],
      primaryKnown: true,
      links: { abs: 'https://arxiv.org/abs/2405.03627', pdf: 'https://arxiv.org/pdf/2405.03627' },
      type: 'new',
      date: '2024-05-07',
    });
    expect(findEntry(listing.entries, '2405.03592')).toEqual({
      line: 384,
      id: '2405.03592',
      title: 'Emergence of Cosmic Space and Horizon Thermodynamics from Kaniadakis Entropy',
      authors: ['Pranav Prasanthan', 'Sarath Nelleri', 'Navaneeth Poonthottathil', 'Sreejith E K'],
      categories: ['General Relativity and Quantum Cosmology (gr-qc)', 'Cosmology and Nongalactic Astrophysics (astro-ph.CO)'],
      primaryKnown: true,
      links: { abs: 'https://arxiv.org/abs/2405.03592', pdf: 'https://arxiv.org/pdf/2405.03592' },
      type: 'cross',
      date: '2024-05-07',
    });
    const xShooting = findEntry(listing.entries, '2405.00085');
    expect(xShooting?.line).toBe(2169);
    expect(xShooting?.date).toBe('2024-05-02');
    expect(xShooting?.journalRef).toBe('ESO Messenger, 2024');
    expect(xShooting?.authors).toHaveLength(23);
    // One author per link: "The " printed before the last link is not part of its text.
    expect(xShooting?.authors?.slice(-5)).toEqual(['Ylva Götberg', 'Dominic Bowman', 'Christi Erba', 'Venu Kalari', 'XShootU Collaboration']);
    expect(xShooting?.categories).toEqual([
      'Solar and Stellar Astrophysics (astro-ph.SR)',
      'Cosmology and Nongalactic Astrophysics (astro-ph.CO)',
      'Astrophysics of Galaxies (astro-ph.GA)',
      'High Energy Astrophysical Phenomena (astro-ph.HE)',
      'Instrumentation and Methods for Astrophysics (astro-ph.IM)',
    ]);
    expect(listing.entries.find((entry) => entry.date === '2024-05-01')?.id).toBe('2404.19694');
    expect(listing.entries.filter((entry) => entry.type === 'cross')).toHaveLength(46);
    expect(listing.entries.every((entry) => entry.abstract === undefined)).toBe(true);
  });

  test('reads each day block of a 2024+ pastweek page with its printed "showing N of N entries" count', () => {
    const listing = parseArxivHtml(PASTWEEK_CO_2024);
    expect(listing.kind).toBe('pastweek');
    expect(listing.category).toBe('astro-ph.CO');
    expect(listing.date).toBeUndefined();
    expect(listing.diagnostics).toEqual([]);
    expect(listing.counts).toEqual([
      { line: 147, label: 'Total', total: 111, parsed: 111 },
      { line: 162, label: 'Wed, 8 May 2024', date: '2024-05-08', shown: 27, total: 27, parsed: 27 },
      { line: 883, label: 'Tue, 7 May 2024', date: '2024-05-07', shown: 25, total: 25, parsed: 25 },
      { line: 1544, label: 'Mon, 6 May 2024', date: '2024-05-06', shown: 22, total: 22, parsed: 22 },
      { line: 2132, label: 'Fri, 3 May 2024', date: '2024-05-03', shown: 16, total: 16, parsed: 16 },
      { line: 2557, label: 'Thu, 2 May 2024', date: '2024-05-02', shown: 21, total: 21, parsed: 21 },
    ]);
    expect(listing.entries[0]).toEqual({
      line: 165,
      id: '2405.04522',
      title: 'Astrometric Redshifts of Supernovae',
      // arXiv links only "Jaemyoung" of "Jaemyoung (Jason)Lee", and not the "The " of the collaboration.
      authors: ['Jaemyoung', 'Masao Sako', 'Richard Kessler', 'Alex I. Malz', 'LSST Dark Energy Science Collaboration'],
      comments: '28 pages, 24 figures, submitted to The Astrophysical Journal',
      categories: ['Cosmology and Nongalactic Astrophysics (astro-ph.CO)'],
      primaryKnown: true,
      links: { abs: 'https://arxiv.org/abs/2405.04522', pdf: 'https://arxiv.org/pdf/2405.04522' },
      type: 'new',
      date: '2024-05-08',
    });
  });

  test('reads the same papers from the classic and the 2024+ layout on the days both pages show', () => {
    const comparable = ({ id, comments, journalRef, categories, primaryKnown, type, date }: RawEntry) => ({
      id, comments, journalRef, categories, primaryKnown, type, date,
    });
    const days = new Set(['2024-05-07', '2024-05-06', '2024-05-03', '2024-05-02']);
    const classic = parseArxivHtml(PASTWEEK_CO_CLASSIC).entries.filter((entry) => days.has(entry.date!));
    const current = parseArxivHtml(PASTWEEK_CO_2024).entries.filter((entry) => days.has(entry.date!));
    expect(current).toHaveLength(84);
    expect(current.map(comparable)).toEqual(classic.map(comparable));
    // The classic page cuts long author lists short ("Kate Scholberg, et al. (14 additional authors not
    // shown)") and prints TeX in titles as Unicode ("$σ_8$" where the new layout has "$\sigma_8$").
    classic.forEach((entry, i) => expect(current[i]?.authors?.slice(0, entry.authors?.length)).toEqual(entry.authors));
    expect(classic.filter((entry, i) => entry.authors?.length !== current[i]?.authors?.length).map((entry) => entry.id)).toEqual([
      '2405.01626',
      '2405.00669',
    ]);
    expect(classic.filter((entry, i) => entry.title !== current[i]?.title).map((entry) => entry.id)).toEqual([
      '2405.03627', '2405.03447', '2405.01628', '2405.02286', '2405.00836', '2405.01452', '2405.00119',
    ]);
    expect(current[0]?.title).toBe('Investigating the Hubble Tension and $\\sigma_8$ Discrepancy in f(Q) Cosmology');
  });

  test('reads a 2026 pastweek page day by day', () => {
    const listing = parseArxivHtml(PASTWEEK_CO_2026);
    expect(listing.kind).toBe('pastweek');
    expect(listing.category).toBe('astro-ph.CO');
    expect(listing.diagnostics).toEqual([]);
    expect(listing.counts.map(({ label, shown, total, parsed }) => [label, shown, total, parsed])).toEqual([
      ['Total', undefined, 111, 111],
      ['Fri, 24 Jul 2026', 23, 23, 23],
      ['Thu, 23 Jul 2026', 23, 23, 23],
      ['Wed, 22 Jul 2026', 17, 17, 17],
      ['Tue, 21 Jul 2026', 28, 28, 28],
      ['Mon, 20 Jul 2026', 20, 20, 20],
    ]);
    expect(countByDate(listing.entries)).toEqual([
      ['2026-07-24', 23],
      ['2026-07-23', 23],
      ['2026-07-22', 17],
      ['2026-07-21', 28],
      ['2026-07-20', 20],
    ]);
    expect(listing.entries.at(-1)).toEqual({
      line: 3012,
      id: '2607.15339',
      title:
        'Tighter Dark Matter Constraints from the Projected Mass Method: A Neural Network Enhanced Method for Galaxy Groups and Clusters',
      authors: ['Yinbo Huang', 'David Benisty'],
      comments: '12 pages; Comments are welcome!',
      categories: [
        'Astrophysics of Galaxies (astro-ph.GA)',
        'Cosmology and Nongalactic Astrophysics (astro-ph.CO)',
        'General Relativity and Quantum Cosmology (gr-qc)',
      ],
      primaryKnown: true,
      links: {
        abs: 'https://arxiv.org/abs/2607.15339',
        pdf: 'https://arxiv.org/pdf/2607.15339',
        html: 'https://arxiv.org/html/2607.15339v1',
      },
      type: 'cross',
      date: '2026-07-20',
    });
  });

  test('reads a whole-archive pastweek page of 397 entries', () => {
    const listing = parseArxivHtml(PASTWEEK_ASTRO_PH);
    expect(listing.kind).toBe('pastweek');
    expect(listing.category).toBe('astro-ph');
    expect(listing.diagnostics).toEqual([]);
    expect(listing.counts[0]).toEqual({ line: 149, label: 'Total', total: 397, parsed: 397 });
    expect(listing.counts.slice(1).map(({ date, shown, total, parsed }) => [date, shown, total, parsed])).toEqual([
      ['2024-11-22', 75, 75, 75],
      ['2024-11-21', 67, 67, 67],
      ['2024-11-20', 94, 94, 94],
      ['2024-11-19', 101, 101, 101],
      ['2024-11-18', 60, 60, 60],
    ]);
    expect(countByDate(listing.entries)).toEqual([
      ['2024-11-22', 75],
      ['2024-11-21', 67],
      ['2024-11-20', 94],
      ['2024-11-19', 101],
      ['2024-11-18', 60],
    ]);
    expect(listing.entries[0]?.comments).toBe('11 pages, submitted to A&A');
    expect(listing.entries[0]?.authors).toEqual(['Benoit Semelin', 'Romain Mériot', 'Ashutosh Mishra', 'David Cornu']);
    expect(findEntry(listing.entries, '2411.14225')).toEqual({
      line: 557,
      id: '2411.14225',
      title: 'Reflected-light Phase Curves with PICASO: A Kepler-7b Case Study',
      authors: [
        'Colin D. Hamill', 'Alexandria V. Johnson', 'Natasha Batalha', 'Rowan Nag', 'Peter Gao', 'Danica Adams', 'Tiffany Kataria',
      ],
      journalRef: 'Astrophysical Journal, 976, 181 (2024)',
      categories: ['Earth and Planetary Astrophysics (astro-ph.EP)'],
      primaryKnown: true,
      links: { abs: 'https://arxiv.org/abs/2411.14225', pdf: 'https://arxiv.org/pdf/2411.14225' },
      type: 'new',
      date: '2024-11-22',
    });
    expect(listing.entries.filter((entry) => entry.type === 'cross')).toHaveLength(63);
  });

  test('reads a recent page cut to its first 50 entries, "showing first 3 of 110" included', () => {
    const listing = parseArxivHtml(RECENT_CS_CL);
    expect(listing.kind).toBe('recent');
    expect(listing.category).toBe('cs.CL');
    expect(listing.date).toBeUndefined();
    expect(listing.diagnostics).toEqual([]);
    expect(listing.counts).toEqual([
      { line: 104, label: 'Total', total: 408, shown: 50, parsed: 50 },
      { line: 127, label: 'Mon, 27 Jul 2026', date: '2026-07-27', shown: 47, total: 47, parsed: 47 },
      { line: 1325, label: 'Fri, 24 Jul 2026', date: '2026-07-24', shown: 3, total: 110, parsed: 3 },
    ]);
    expect(listing.entries.filter((entry) => entry.type === 'cross')).toHaveLength(18);
    expect(listing.entries[2]).toEqual({
      line: 176,
      id: '2607.22376',
      title: 'A Factorial Study of Synthetic Data Generation for Low-Resource Machine Translation using Grammar Books',
      authors: ['Varun Ghat Ravikumar', 'Sina Ahmadi', 'Lena Jäger', 'Rico Sennrich'],
      comments: 'Accepted at CLiC-it 2026',
      categories: ['Computation and Language (cs.CL)'],
      primaryKnown: true,
      links: {
        abs: 'https://arxiv.org/abs/2607.22376',
        pdf: 'https://arxiv.org/pdf/2607.22376',
        html: 'https://arxiv.org/html/2607.22376v1',
      },
      type: 'new',
      date: '2026-07-27',
    });
    expect(listing.entries[46]).toMatchObject({
      line: 1298,
      id: '2607.21608',
      authors: ['T.Y. Emmy Lai', 'Sven Giesselbach', 'Matthias Koch', 'Héctor Allende-Cid'],
      categories: [
        'Software Engineering (cs.SE)',
        'Artificial Intelligence (cs.AI)',
        'Computation and Language (cs.CL)',
        'Computers and Society (cs.CY)',
      ],
      type: 'cross',
      date: '2026-07-27',
    });
    expect(listing.entries[47]).toMatchObject({
      line: 1328,
      id: '2607.21574',
      comments: 'Under "Review" at ARR',
      type: 'new',
      date: '2026-07-24',
    });
  });

  test('reports a <dt> without an identifier, an unreadable heading and a cut-off last entry, keeping what it can', () => {
    const listing = parseArxivHtml(DAMAGED);
    expect(listing.kind).toBe('new');
    expect(listing.category).toBe('cs.DC');
    expect(listing.date).toBe('2026-03-06');
    expect(listing.diagnostics).toEqual([
      {
        severity: 'error',
        line: 130,
        message:
          'entry <dt> has no arXiv identifier: expected a link such as <a href="/abs/2405.03627">arXiv:2405.03627</a>; the entry is kept without an id',
      },
      {
        severity: 'warning',
        line: 155,
        message:
          'cannot read the section heading "Soumissions croisées (affichage de 1 sur 1 entrées)": expected "New submissions (showing 136 of 136 entries)", ' +
          '"Cross-lists for Mon, 23 Sep 24" or a day such as "Mon, 27 Jul 2026 (showing 47 of 47 entries )"; ' +
          'its entries are kept without a section type or a day of their own',
      },
      {
        severity: 'error',
        line: 189,
        message:
          'entry arXiv:2511.20870 has a <dt> but no <dd> after it, so its title, authors and subjects are missing: the page looks truncated; save the complete page again',
      },
    ]);
    expect(listing.entries.map(({ line, id, type, date, title }) => [line, id, type, date, title])).toEqual([
      [105, '2603.04101', 'new', '2026-03-06', 'Gossip Protocols for Edge Caches'],
      [130, undefined, 'new', '2026-03-06', 'Consensus Without Clocks'],
      // Under the unreadable heading: no section type, the page's day.
      [158, '2603.03377', undefined, '2026-03-06', 'Federated Training on Intermittent Links'],
      [189, '2511.20870', 'replacement', '2026-03-06', undefined],
    ]);
    expect(listing.entries[3]).toEqual({
      line: 189,
      id: '2511.20870',
      links: { abs: 'https://arxiv.org/abs/2511.20870', pdf: 'https://arxiv.org/pdf/2511.20870' },
      type: 'replacement',
      date: '2026-03-06',
    });
    expect(listing.counts).toEqual([
      { line: 86, label: 'Total', total: 5, parsed: 4 },
      { line: 102, label: 'New submissions', type: 'new', date: '2026-03-06', shown: 2, total: 2, parsed: 2 },
      { line: 186, label: 'Replacement submissions', type: 'replacement', date: '2026-03-06', shown: 2, total: 2, parsed: 1 },
    ]);
  });

  test('keeps line numbers right with CRLF and lone CR line endings', () => {
    const lf = parseArxivHtml(CLASSIC_NEW);
    for (const ending of ['\r\n', '\r']) {
      const listing = parseArxivHtml(CLASSIC_NEW.replaceAll('\n', ending));
      expect(listing.entries).toEqual(lf.entries);
      expect(listing.counts).toEqual(lf.counts);
      expect(listing.diagnostics).toEqual([]);
    }
  });

  test('reports a file with no listing entries at line 1', () => {
    for (const text of ['', '<html><body><h1>Page not found</h1><p>Sorry.</p></body></html>']) {
      const listing = parseArxivHtml(text);
      expect(listing.entries).toEqual([]);
      expect(listing.counts).toEqual([]);
      expect(listing.diagnostics).toEqual([{ severity: 'error', line: 1, message: NO_ENTRIES }]);
    }
  });

  test('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(NEW_MATH_NA.length), (noise, cut) => {
        parseArxivHtml(noise);
        parseArxivHtml(NEW_MATH_NA.slice(0, cut) + noise);
        parseArxivHtml(CLASSIC_NEW.slice(0, cut) + noise);
        const listing = parseArxivHtml(DAMAGED.slice(0, cut));
        expect(listing.entries.every((entry) => entry.line >= 1)).toBe(true);
      }),
    );
    expect(parseArxivHtml('<div>'.repeat(20_000)).diagnostics).toEqual([{ severity: 'error', line: 1, message: NO_ENTRIES }]);
  });
});
