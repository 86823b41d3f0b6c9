import { describe, expect, test } from 'vitest';
import { readFixture, sharedArxivFixture } from '../__fixtures__/fixtures.ts';
import {
  ALL_CATEGORIES,
  ARCHIVES,
  CATEGORY_ALIASES,
  GROUPS,
  SUBSUMED_ARCHIVES,
  getCanonicalCategory,
  getCategory,
  getCategoryName,
  isKnownCategory,
  resolveArchive,
  resolveCategory,
  resolveCategoryName,
} from './taxonomy.ts';

const SUBJECTS_BLOCK = /<div class=['"]list-subjects['"]>([\s\S]*?)<\/div>/g;
const NAME_AND_CODE = /([A-Z][^;<>()]*?) \(([a-z-]+(?:\.[A-Za-z-]+)?)\)/g;

/** Every distinct "Name (code)" that the Subjects lines of a real arXiv page print. */
function readPrintedSubjects(page: string): Map<string, string> {
  const html = readFixture(sharedArxivFixture(page));
  const byCode = new Map<string, string>();
  for (const block of html.matchAll(SUBJECTS_BLOCK)) {
    for (const [, name, code] of block[1]!.matchAll(NAME_AND_CODE)) byCode.set(code!, name!.trim());
  }
  return byCode;
}

function countCodes(prefix: string): number {
  return ALL_CATEGORIES.filter((c) => c.code.startsWith(prefix)).length;
}

describe('ALL_CATEGORIES', () => {
  test('has as many categories per archive as arXiv lists', () => {
    expect(countCodes('cs.')).toBe(40);
    expect(countCodes('math.')).toBe(32);
    expect(countCodes('physics.')).toBe(22);
    expect(countCodes('q-bio.')).toBe(10);
    expect(countCodes('q-fin.')).toBe(9);
    expect(countCodes('stat.')).toBe(6);
    expect(countCodes('eess.')).toBe(4);
    expect(countCodes('econ.')).toBe(3);
    expect(countCodes('astro-ph.')).toBe(6);
    expect(countCodes('cond-mat.')).toBe(9);
    expect(countCodes('nlin.')).toBe(5);
    expect(ALL_CATEGORIES.length).toBe(157);
  });

  test('holds the single-category archives and the two whole-archive codes', () => {
    const single = ['astro-ph', 'cond-mat', 'gr-qc', 'hep-ex', 'hep-lat', 'hep-ph', 'hep-th', 'math-ph', 'nucl-ex', 'nucl-th', 'quant-ph'];
    expect(ALL_CATEGORIES.filter((c) => !c.code.includes('.')).map((c) => c.code)).toEqual(single);
  });

  test('lists every code once, sorted by code', () => {
    const codes = ALL_CATEGORIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
    expect(codes.slice(0, 3)).toEqual(['astro-ph', 'astro-ph.CO', 'astro-ph.EP']);
    expect(codes.at(-1)).toBe('stat.TH');
  });

  test('puts each category in the archive its code names and in that archive group', () => {
    for (const category of ALL_CATEGORIES) {
      expect(category.archive, category.code).toBe(category.code.split('.')[0]);
      expect(category.group, category.code).toBe(ARCHIVES[category.archive].group);
    }
    expect(getCategory('astro-ph.CO')).toEqual({ code: 'astro-ph.CO', name: 'Cosmology and Nongalactic Astrophysics', group: 'physics', archive: 'astro-ph' });
    expect(getCategory('q-fin.EC')).toEqual({ code: 'q-fin.EC', name: 'Economics', group: 'q-fin', archive: 'q-fin' });
    expect(getCategory('hep-th')).toEqual({ code: 'hep-th', name: 'High Energy Physics - Theory', group: 'physics', archive: 'hep-th' });
  });

  test('names the groups and archives as arXiv does', () => {
    expect(Object.values(GROUPS)).toEqual([
      'Computer Science',
      'Economics',
      'Electrical Engineering and Systems Science',
      'Mathematics',
      'Physics',
      'Quantitative Biology',
      'Quantitative Finance',
      'Statistics',
    ]);
    expect(ARCHIVES['astro-ph'].name).toBe('Astrophysics');
    expect(ARCHIVES['cond-mat'].name).toBe('Condensed Matter');
    expect(ARCHIVES['gr-qc'].name).toBe('General Relativity and Quantum Cosmology');
    expect(ARCHIVES['hep-ex'].name).toBe('High Energy Physics - Experiment');
    expect(ARCHIVES.nlin.name).toBe('Nonlinear Sciences');
    expect(ARCHIVES['nucl-ex'].name).toBe('Nuclear Experiment');
    expect(ARCHIVES['nucl-th'].name).toBe('Nuclear Theory');
    expect(ARCHIVES.physics).toEqual({ name: 'Physics', group: 'physics' });
    expect(ARCHIVES['quant-ph'].name).toBe('Quantum Physics');
    expect(ARCHIVES.stat).toEqual({ name: 'Statistics', group: 'stat' });
  });
});

describe('getCategoryName', () => {
  test('gives the names arXiv prints in Subjects lines', () => {
    const expected: Record<string, string> = {
      'cs.DC': 'Distributed, Parallel, and Cluster Computing',
      'astro-ph.CO': 'Cosmology and Nongalactic Astrophysics',
      'cond-mat.soft': 'Soft Condensed Matter',
      'cs.LG': 'Machine Learning',
      'stat.ML': 'Machine Learning',
      'cs.RO': 'Robotics',
      'cs.CL': 'Computation and Language',
      'cs.AI': 'Artificial Intelligence',
      'cs.CE': 'Computational Engineering, Finance, and Science',
      'physics.data-an': 'Data Analysis, Statistics and Probability',
      'math.MP': 'Mathematical Physics',
      'nlin.AO': 'Adaptation and Self-Organizing Systems',
      'q-bio.NC': 'Neurons and Cognition',
      'q-fin.TR': 'Trading and Market Microstructure',
      'econ.EM': 'Econometrics',
      'eess.IV': 'Image and Video Processing',
      'math.KT': 'K-Theory and Homology',
    };
    for (const [code, name] of Object.entries(expected)) expect(getCategoryName(code), code).toBe(name);
  });

  test('agrees with every Subjects entry on real arXiv pages', () => {
    const pages = [
      'html/list-pastweek_astro-ph_2024-11-22.html',
      'html/list-pastweek_astro-ph.CO_2024-05-07_old-layout.html',
      'html/list-pastweek_astro-ph.CO_2026-07-24.html',
      'html/list-recent_cs.CL_2026-07-27.html',
      'html/list-new_cs.RO_2026-10-06_TRIMMED.html',
    ];
    const perPage = pages.map(readPrintedSubjects);
    for (const [index, subjects] of perPage.entries()) expect(subjects.size, pages[index]).toBeGreaterThan(0);
    const printed = new Map(perPage.flatMap((subjects) => [...subjects]));
    expect(printed.get('physics.ins-det')).toBe('Instrumentation and Detectors');
    expect(printed.size).toBeGreaterThan(40);
    for (const [code, name] of printed) {
      expect(getCategoryName(code), code).toBe(name);
      expect(resolveCategory(`${name} (${code})`)).toBe(code);
    }
  });

  test('falls back to the code itself for codes it does not know', () => {
    expect(getCategoryName('cs.XX')).toBe('cs.XX');
    expect(getCategoryName('solv-int')).toBe('solv-int');
  });
});

describe('isKnownCategory', () => {
  test('knows current codes, the whole-archive codes and aliases, not subsumed archives', () => {
    expect(isKnownCategory('cs.DC')).toBe(true);
    expect(isKnownCategory('astro-ph')).toBe(true);
    expect(isKnownCategory('cond-mat')).toBe(true);
    expect(isKnownCategory('math.MP')).toBe(true);
    expect(isKnownCategory('solv-int')).toBe(false);
    expect(isKnownCategory('cs')).toBe(false);
    expect(isKnownCategory('cs.dc')).toBe(false);
    expect(isKnownCategory('constructor')).toBe(false);
  });
});

describe('resolveCategory', () => {
  test('accepts a code as arXiv writes it', () => {
    expect(resolveCategory('cs.DC')).toBe('cs.DC');
    expect(resolveCategory(' cond-mat.stat-mech ')).toBe('cond-mat.stat-mech');
    expect(resolveCategory('hep-th')).toBe('hep-th');
    expect(resolveCategory('astro-ph')).toBe('astro-ph');
  });

  test('takes the code in parentheses over the name before it', () => {
    expect(resolveCategory('Distributed, Parallel, and Cluster Computing (cs.DC)')).toBe('cs.DC');
    expect(resolveCategory('Machine Learning (stat.ML)')).toBe('stat.ML');
    expect(resolveCategory('Machine Learning (cs.LG)')).toBe('cs.LG');
    expect(resolveCategory('Robotics (cs.AI)')).toBe('cs.AI');
    expect(resolveCategory('Soft Condensed\n  Matter  (cond-mat.soft)')).toBe('cond-mat.soft');
    expect(resolveCategory('Robotics (cs.XX)')).toBeUndefined();
  });

  test('accepts a bare name that only one category has', () => {
    expect(resolveCategory('Robotics')).toBe('cs.RO');
    expect(resolveCategory('Computation and Language')).toBe('cs.CL');
    expect(resolveCategory('Cosmology and Nongalactic Astrophysics')).toBe('astro-ph.CO');
    expect(resolveCategory('Astrophysics')).toBe('astro-ph');
    expect(resolveCategory('Condensed Matter')).toBe('cond-mat');
    expect(resolveCategory('Quantum Physics')).toBe('quant-ph');
  });

  test('refuses a bare name that several categories share', () => {
    expect(resolveCategory('Machine Learning')).toBeUndefined();
    expect(resolveCategory('Numerical Analysis')).toBeUndefined();
    expect(resolveCategory('Systems and Control')).toBeUndefined();
  });

  test('refuses a bare name that is also the name of another archive', () => {
    expect(resolveCategory('Economics')).toBeUndefined();
    expect(resolveCategoryName('Economics')).toEqual(['q-fin.EC']);
    expect(resolveCategory('Economics (q-fin.EC)')).toBe('q-fin.EC');
    expect(resolveArchive('Economics')).toBe('econ');
  });

  test('maps a subsumed archive code to the category that took it over', () => {
    expect(resolveCategory('solv-int')).toBe('nlin.SI');
    expect(resolveCategory('cmp-lg')).toBe('cs.CL');
    expect(resolveCategory('supr-con')).toBe('cond-mat.supr-con');
    expect(resolveCategory('bayes-an')).toBe('physics.data-an');
    expect(resolveCategory('Chaotic Dynamics (chao-dyn)')).toBe('nlin.CD');
  });

  test('keeps an alias code as printed', () => {
    expect(resolveCategory('math.MP')).toBe('math.MP');
    expect(resolveCategory('cs.NA')).toBe('cs.NA');
    expect(resolveCategory('Statistics Theory (stat.TH)')).toBe('stat.TH');
  });

  test('returns undefined for unknown input', () => {
    for (const unknown of ['', '   ', 'cs.XX', 'CS.DC', 'cs', 'Computer Science', 'Machine learning', 'constructor', 'toString', '()', 'Robotics (']) {
      expect(resolveCategory(unknown), unknown).toBeUndefined();
    }
  });
});

describe('resolveCategoryName', () => {
  test('lists every code that carries a name', () => {
    expect(resolveCategoryName('Machine Learning')).toEqual(['cs.LG', 'stat.ML']);
    expect(resolveCategoryName('Numerical Analysis')).toEqual(['cs.NA', 'math.NA']);
    expect(resolveCategoryName('Information Theory')).toEqual(['cs.IT', 'math.IT']);
    expect(resolveCategoryName('Systems and Control')).toEqual(['cs.SY', 'eess.SY']);
    expect(resolveCategoryName('Statistics Theory')).toEqual(['math.ST', 'stat.TH']);
    expect(resolveCategoryName('Mathematical Physics')).toEqual(['math-ph', 'math.MP']);
    expect(resolveCategoryName(' Robotics ')).toEqual(['cs.RO']);
    expect(resolveCategoryName('Quantum Computing')).toEqual([]);
  });

  test('finds only these six names shared by two categories', () => {
    const shared = new Set(ALL_CATEGORIES.map((c) => c.name).filter((name) => resolveCategoryName(name).length > 1));
    expect([...shared].sort()).toEqual([
      'Information Theory',
      'Machine Learning',
      'Mathematical Physics',
      'Numerical Analysis',
      'Statistics Theory',
      'Systems and Control',
    ]);
  });
});

describe('getCanonicalCategory', () => {
  test('follows the aliases arXiv declares', () => {
    expect(getCanonicalCategory('math.MP')).toBe('math-ph');
    expect(getCanonicalCategory('math.IT')).toBe('cs.IT');
    expect(getCanonicalCategory('cs.NA')).toBe('math.NA');
    expect(getCanonicalCategory('cs.SY')).toBe('eess.SY');
    expect(getCanonicalCategory('stat.TH')).toBe('math.ST');
    expect(getCanonicalCategory('q-fin.EC')).toBe('econ.GN');
    expect(getCanonicalCategory('patt-sol')).toBe('nlin.PS');
    expect(getCanonicalCategory('math-ph')).toBe('math-ph');
    expect(getCanonicalCategory('cs.DC')).toBe('cs.DC');
    expect(getCanonicalCategory('cs.XX')).toBeUndefined();
  });

  test('points every alias and subsumed archive at a category in the table', () => {
    const aliasNames = Object.entries(CATEGORY_ALIASES).map(([alias, canonical]) => [getCategory(alias)?.name, getCategory(canonical)?.name]);
    expect(aliasNames).toEqual([
      ['Numerical Analysis', 'Numerical Analysis'],
      ['Systems and Control', 'Systems and Control'],
      ['Information Theory', 'Information Theory'],
      ['Mathematical Physics', 'Mathematical Physics'],
      ['Economics', 'General Economics'],
      ['Statistics Theory', 'Statistics Theory'],
    ]);
    expect(Object.keys(SUBSUMED_ARCHIVES)).toHaveLength(18);
    for (const [archive, category] of Object.entries(SUBSUMED_ARCHIVES)) {
      expect(isKnownCategory(archive), archive).toBe(false);
      expect(isKnownCategory(category), category).toBe(true);
    }
  });
});

describe('resolveArchive', () => {
  test('accepts an archive code or name, as whole-archive listings print them', () => {
    expect(resolveArchive('q-fin')).toBe('q-fin');
    expect(resolveArchive('Quantitative Finance')).toBe('q-fin');
    expect(resolveArchive('Astrophysics')).toBe('astro-ph');
    expect(resolveArchive('Physics')).toBe('physics');
    expect(resolveArchive('Nonlinear Sciences')).toBe('nlin');
    expect(resolveArchive('cs.DC')).toBeUndefined();
    expect(resolveArchive('solv-int')).toBeUndefined();
    expect(resolveArchive('constructor')).toBeUndefined();
  });
});
