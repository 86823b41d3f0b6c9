// The arXiv category taxonomy (groups, archives, categories, aliases) and the lookups that turn
// a category as a listing prints it (code, "Name (code)" or bare name) into its code.
// Source: arXiv's own definitions (arXiv/arxiv-base, arxiv/taxonomy/definitions.py).

export type GroupId = 'cs' | 'econ' | 'eess' | 'math' | 'physics' | 'q-bio' | 'q-fin' | 'stat';

export type ArchiveId =
  | 'astro-ph'
  | 'cond-mat'
  | 'cs'
  | 'econ'
  | 'eess'
  | 'gr-qc'
  | 'hep-ex'
  | 'hep-lat'
  | 'hep-ph'
  | 'hep-th'
  | 'math'
  | 'math-ph'
  | 'nlin'
  | 'nucl-ex'
  | 'nucl-th'
  | 'physics'
  | 'q-bio'
  | 'q-fin'
  | 'quant-ph'
  | 'stat';

export interface CategoryInfo {
  /** The code as arXiv prints it: `cs.DC`, `astro-ph.CO`, `hep-th`. */
  readonly code: string;
  /** The full name as arXiv prints it in a Subjects line. */
  readonly name: string;
  readonly group: GroupId;
  readonly archive: ArchiveId;
}

export interface ArchiveInfo {
  readonly name: string;
  readonly group: GroupId;
}

export const GROUPS: Readonly<Record<GroupId, string>> = {
  cs: 'Computer Science',
  econ: 'Economics',
  eess: 'Electrical Engineering and Systems Science',
  math: 'Mathematics',
  physics: 'Physics',
  'q-bio': 'Quantitative Biology',
  'q-fin': 'Quantitative Finance',
  stat: 'Statistics',
};

export const ARCHIVES: Readonly<Record<ArchiveId, ArchiveInfo>> = {
  'astro-ph': { name: 'Astrophysics', group: 'physics' },
  'cond-mat': { name: 'Condensed Matter', group: 'physics' },
  cs: { name: 'Computer Science', group: 'cs' },
  econ: { name: 'Economics', group: 'econ' },
  eess: { name: 'Electrical Engineering and Systems Science', group: 'eess' },
  'gr-qc': { name: 'General Relativity and Quantum Cosmology', group: 'physics' },
  'hep-ex': { name: 'High Energy Physics - Experiment', group: 'physics' },
  'hep-lat': { name: 'High Energy Physics - Lattice', group: 'physics' },
  'hep-ph': { name: 'High Energy Physics - Phenomenology', group: 'physics' },
  'hep-th': { name: 'High Energy Physics - Theory', group: 'physics' },
  math: { name: 'Mathematics', group: 'math' },
  'math-ph': { name: 'Mathematical Physics', group: 'physics' },
  nlin: { name: 'Nonlinear Sciences', group: 'physics' },
  'nucl-ex': { name: 'Nuclear Experiment', group: 'physics' },
  'nucl-th': { name: 'Nuclear Theory', group: 'physics' },
  // arXiv names this archive plainly "Physics", like its group: it holds the physics.* categories.
  physics: { name: 'Physics', group: 'physics' },
  'q-bio': { name: 'Quantitative Biology', group: 'q-bio' },
  'q-fin': { name: 'Quantitative Finance', group: 'q-fin' },
  'quant-ph': { name: 'Quantum Physics', group: 'physics' },
  stat: { name: 'Statistics', group: 'stat' },
};

/** Every current category, `[code, name]`; the archive is the code up to its first dot. */
const CATEGORY_TABLE: readonly (readonly [code: string, name: string])[] = [
  // Whole-archive codes arXiv still prints on papers from before the archives were split.
  ['astro-ph', 'Astrophysics'],
  ['astro-ph.CO', 'Cosmology and Nongalactic Astrophysics'],
  ['astro-ph.EP', 'Earth and Planetary Astrophysics'],
  ['astro-ph.GA', 'Astrophysics of Galaxies'],
  ['astro-ph.HE', 'High Energy Astrophysical Phenomena'],
  ['astro-ph.IM', 'Instrumentation and Methods for Astrophysics'],
  ['astro-ph.SR', 'Solar and Stellar Astrophysics'],
  ['cond-mat', 'Condensed Matter'],
  ['cond-mat.dis-nn', 'Disordered Systems and Neural Networks'],
  ['cond-mat.mes-hall', 'Mesoscale and Nanoscale Physics'],
  ['cond-mat.mtrl-sci', 'Materials Science'],
  ['cond-mat.other', 'Other Condensed Matter'],
  ['cond-mat.quant-gas', 'Quantum Gases'],
  ['cond-mat.soft', 'Soft Condensed Matter'],
  ['cond-mat.stat-mech', 'Statistical Mechanics'],
  ['cond-mat.str-el', 'Strongly Correlated Electrons'],
  ['cond-mat.supr-con', 'Superconductivity'],
  ['cs.AI', 'Artificial Intelligence'],
  ['cs.AR', 'Hardware Architecture'],
  ['cs.CC', 'Computational Complexity'],
  ['cs.CE', 'Computational Engineering, Finance, and Science'],
  ['cs.CG', 'Computational Geometry'],
  ['cs.CL', 'Computation and Language'],
  ['cs.CR', 'Cryptography and Security'],
  ['cs.CV', 'Computer Vision and Pattern Recognition'],
  ['cs.CY', 'Computers and Society'],
  ['cs.DB', 'Databases'],
  ['cs.DC', 'Distributed, Parallel, and Cluster Computing'],
  ['cs.DL', 'Digital Libraries'],
  ['cs.DM', 'Discrete Mathematics'],
  ['cs.DS', 'Data Structures and Algorithms'],
  ['cs.ET', 'Emerging Technologies'],
  ['cs.FL', 'Formal Languages and Automata Theory'],
  ['cs.GL', 'General Literature'],
  ['cs.GR', 'Graphics'],
  ['cs.GT', 'Computer Science and Game Theory'],
  ['cs.HC', 'Human-Computer Interaction'],
  ['cs.IR', 'Information Retrieval'],
  ['cs.IT', 'Information Theory'],
  ['cs.LG', 'Machine Learning'],
  ['cs.LO', 'Logic in Computer Science'],
  ['cs.MA', 'Multiagent Systems'],
  ['cs.MM', 'Multimedia'],
  ['cs.MS', 'Mathematical Software'],
  ['cs.NA', 'Numerical Analysis'],
  ['cs.NE', 'Neural and Evolutionary Computing'],
  ['cs.NI', 'Networking and Internet Architecture'],
  ['cs.OH', 'Other Computer Science'],
  ['cs.OS', 'Operating Systems'],
  ['cs.PF', 'Performance'],
  ['cs.PL', 'Programming Languages'],
  ['cs.RO', 'Robotics'],
  ['cs.SC', 'Symbolic Computation'],
  ['cs.SD', 'Sound'],
  ['cs.SE', 'Software Engineering'],
  ['cs.SI', 'Social and Information Networks'],
  ['cs.SY', 'Systems and Control'],
  ['econ.EM', 'Econometrics'],
  ['econ.GN', 'General Economics'],
  ['econ.TH', 'Theoretical Economics'],
  ['eess.AS', 'Audio and Speech Processing'],
  ['eess.IV', 'Image and Video Processing'],
  ['eess.SP', 'Signal Processing'],
  ['eess.SY', 'Systems and Control'],
  ['gr-qc', 'General Relativity and Quantum Cosmology'],
  ['hep-ex', 'High Energy Physics - Experiment'],
  ['hep-lat', 'High Energy Physics - Lattice'],
  ['hep-ph', 'High Energy Physics - Phenomenology'],
  ['hep-th', 'High Energy Physics - Theory'],
  ['math-ph', 'Mathematical Physics'],
  ['math.AC', 'Commutative Algebra'],
  ['math.AG', 'Algebraic Geometry'],
  ['math.AP', 'Analysis of PDEs'],
  ['math.AT', 'Algebraic Topology'],
  ['math.CA', 'Classical Analysis and ODEs'],
  ['math.CO', 'Combinatorics'],
  ['math.CT', 'Category Theory'],
  ['math.CV', 'Complex Variables'],
  ['math.DG', 'Differential Geometry'],
  ['math.DS', 'Dynamical Systems'],
  ['math.FA', 'Functional Analysis'],
  ['math.GM', 'General Mathematics'],
  ['math.GN', 'General Topology'],
  ['math.GR', 'Group Theory'],
  ['math.GT', 'Geometric Topology'],
  ['math.HO', 'History and Overview'],
  ['math.IT', 'Information Theory'],
  ['math.KT', 'K-Theory and Homology'],
  ['math.LO', 'Logic'],
  ['math.MG', 'Metric Geometry'],
  ['math.MP', 'Mathematical Physics'],
  ['math.NA', 'Numerical Analysis'],
  ['math.NT', 'Number Theory'],
  ['math.OA', 'Operator Algebras'],
  ['math.OC', 'Optimization and Control'],
  ['math.PR', 'Probability'],
  ['math.QA', 'Quantum Algebra'],
  ['math.RA', 'Rings and Algebras'],
  ['math.RT', 'Representation Theory'],
  ['math.SG', 'Symplectic Geometry'],
  ['math.SP', 'Spectral Theory'],
  ['math.ST', 'Statistics Theory'],
  ['nlin.AO', 'Adaptation and Self-Organizing Systems'],
  ['nlin.CD', 'Chaotic Dynamics'],
  ['nlin.CG', 'Cellular Automata and Lattice Gases'],
  ['nlin.PS', 'Pattern Formation and Solitons'],
  ['nlin.SI', 'Exactly Solvable and Integrable Systems'],
  ['nucl-ex', 'Nuclear Experiment'],
  ['nucl-th', 'Nuclear Theory'],
  ['physics.acc-ph', 'Accelerator Physics'],
  ['physics.ao-ph', 'Atmospheric and Oceanic Physics'],
  ['physics.app-ph', 'Applied Physics'],
  ['physics.atm-clus', 'Atomic and Molecular Clusters'],
  ['physics.atom-ph', 'Atomic Physics'],
  ['physics.bio-ph', 'Biological Physics'],
  ['physics.chem-ph', 'Chemical Physics'],
  ['physics.class-ph', 'Classical Physics'],
  ['physics.comp-ph', 'Computational Physics'],
  ['physics.data-an', 'Data Analysis, Statistics and Probability'],
  ['physics.ed-ph', 'Physics Education'],
  ['physics.flu-dyn', 'Fluid Dynamics'],
  ['physics.gen-ph', 'General Physics'],
  ['physics.geo-ph', 'Geophysics'],
  ['physics.hist-ph', 'History and Philosophy of Physics'],
  ['physics.ins-det', 'Instrumentation and Detectors'],
  ['physics.med-ph', 'Medical Physics'],
  ['physics.optics', 'Optics'],
  ['physics.plasm-ph', 'Plasma Physics'],
  ['physics.pop-ph', 'Popular Physics'],
  ['physics.soc-ph', 'Physics and Society'],
  ['physics.space-ph', 'Space Physics'],
  ['q-bio.BM', 'Biomolecules'],
  ['q-bio.CB', 'Cell Behavior'],
  ['q-bio.GN', 'Genomics'],
  ['q-bio.MN', 'Molecular Networks'],
  ['q-bio.NC', 'Neurons and Cognition'],
  ['q-bio.OT', 'Other Quantitative Biology'],
  ['q-bio.PE', 'Populations and Evolution'],
  ['q-bio.QM', 'Quantitative Methods'],
  ['q-bio.SC', 'Subcellular Processes'],
  ['q-bio.TO', 'Tissues and Organs'],
  ['q-fin.CP', 'Computational Finance'],
  ['q-fin.EC', 'Economics'],
  ['q-fin.GN', 'General Finance'],
  ['q-fin.MF', 'Mathematical Finance'],
  ['q-fin.PM', 'Portfolio Management'],
  ['q-fin.PR', 'Pricing of Securities'],
  ['q-fin.RM', 'Risk Management'],
  ['q-fin.ST', 'Statistical Finance'],
  ['q-fin.TR', 'Trading and Market Microstructure'],
  ['quant-ph', 'Quantum Physics'],
  ['stat.AP', 'Applications'],
  ['stat.CO', 'Computation'],
  ['stat.ME', 'Methodology'],
  ['stat.ML', 'Machine Learning'],
  ['stat.OT', 'Other Statistics'],
  ['stat.TH', 'Statistics Theory'],
];

/**
 * Pairs of codes arXiv treats as one category, alias -> canonical, as arXiv declares them.
 * Both codes stay categories of their own: listings print either, and we keep what they print.
 */
export const CATEGORY_ALIASES: Readonly<Record<string, string>> = {
  'cs.NA': 'math.NA',
  'cs.SY': 'eess.SY',
  'math.IT': 'cs.IT',
  'math.MP': 'math-ph',
  'q-fin.EC': 'econ.GN',
  'stat.TH': 'math.ST',
};

/** Archives that were closed and folded into a category, old code -> the category that took them over. */
export const SUBSUMED_ARCHIVES: Readonly<Record<string, string>> = {
  'acc-phys': 'physics.acc-ph',
  'adap-org': 'nlin.AO',
  'alg-geom': 'math.AG',
  'ao-sci': 'physics.ao-ph',
  'atom-ph': 'physics.atom-ph',
  'bayes-an': 'physics.data-an',
  'chao-dyn': 'nlin.CD',
  'chem-ph': 'physics.chem-ph',
  'cmp-lg': 'cs.CL',
  'comp-gas': 'nlin.CG',
  'dg-ga': 'math.DG',
  'funct-an': 'math.FA',
  'mtrl-th': 'cond-mat.mtrl-sci',
  'patt-sol': 'nlin.PS',
  'plasm-ph': 'physics.plasm-ph',
  'q-alg': 'math.QA',
  'solv-int': 'nlin.SI',
  'supr-con': 'cond-mat.supr-con',
};

/** "Distributed, Parallel, and Cluster Computing (cs.DC)": the code in parentheses at the end. */
const CODE_IN_TRAILING_PARENS = /\(([^()]*)\)$/;
const WHITESPACE_RUN = /\s+/g;

function getArchiveOfCode(code: string): ArchiveId {
  const archive = code.split('.', 1)[0]!;
  if (!Object.hasOwn(ARCHIVES, archive)) throw new Error(`taxonomy table: ${code} names no known archive`);
  return archive as ArchiveId;
}

export const ALL_CATEGORIES: readonly CategoryInfo[] = Object.freeze(
  CATEGORY_TABLE.map(([code, name]): CategoryInfo => {
    const archive = getArchiveOfCode(code);
    return Object.freeze({ code, name, group: ARCHIVES[archive].group, archive });
  }).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
);

// Maps, not the records above, answer look-ups: a printed "constructor" must not find Object's.
const CATEGORY_BY_CODE: ReadonlyMap<string, CategoryInfo> = new Map(ALL_CATEGORIES.map((c) => [c.code, c]));
const CANONICAL_BY_ALIAS: ReadonlyMap<string, string> = new Map(Object.entries(CATEGORY_ALIASES));
const CATEGORY_BY_SUBSUMED_ARCHIVE: ReadonlyMap<string, string> = new Map(Object.entries(SUBSUMED_ARCHIVES));
const ARCHIVE_IDS: ReadonlySet<string> = new Set(Object.keys(ARCHIVES));

const CODES_BY_NAME: ReadonlyMap<string, readonly string[]> = groupCodesByName(ALL_CATEGORIES);

// Archive names are unique, unlike category names.
const ARCHIVE_BY_NAME: ReadonlyMap<string, ArchiveId> = new Map(
  Object.entries(ARCHIVES).map(([code, archive]): [string, ArchiveId] => [archive.name, code as ArchiveId]),
);

function groupCodesByName(categories: readonly CategoryInfo[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const { name, code } of categories) byName.set(name, [...(byName.get(name) ?? []), code]);
  return byName;
}

function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** The category with this exact code; undefined for unknown codes and for subsumed archive codes. */
export function getCategory(code: string): CategoryInfo | undefined {
  return CATEGORY_BY_CODE.get(code);
}

export function isKnownCategory(code: string): boolean {
  return CATEGORY_BY_CODE.has(code);
}

/** The category's full name, or the code itself when the taxonomy does not know it. */
export function getCategoryName(code: string): string {
  return CATEGORY_BY_CODE.get(code)?.name ?? code;
}

/**
 * The code for a category as a listing prints it: a code (`cs.DC`, `hep-th`, or a subsumed
 * archive such as `solv-int`, which gives the category that took it over), "Name (code)" (the
 * code decides, whatever the name says), or a bare name. Undefined when unknown, or when a bare
 * name belongs to several categories ("Machine Learning"; resolveCategoryName lists them) or
 * also names another archive ("Economics": see resolveArchive).
 */
export function resolveCategory(printed: string): string | undefined {
  const text = collapseWhitespace(printed);
  const codeInParens = CODE_IN_TRAILING_PARENS.exec(text);
  if (codeInParens) return resolveCategoryCode(codeInParens[1]!.trim());
  const fromCode = resolveCategoryCode(text);
  if (fromCode) return fromCode;
  const candidates = CODES_BY_NAME.get(text);
  if (candidates?.length !== 1) return undefined;
  // "Economics" alone is q-fin.EC's name but also the econ archive's (its listing page title).
  const archive = ARCHIVE_BY_NAME.get(text);
  return archive === undefined || archive === candidates[0] ? candidates[0] : undefined;
}

/** Every category code whose full name is `name`, in code order; empty when none is. */
export function resolveCategoryName(name: string): string[] {
  return [...(CODES_BY_NAME.get(collapseWhitespace(name)) ?? [])];
}

function resolveCategoryCode(code: string): string | undefined {
  return CATEGORY_BY_CODE.has(code) ? code : CATEGORY_BY_SUBSUMED_ARCHIVE.get(code);
}

/**
 * The code arXiv treats as canonical for a category code: the target of an alias or of a
 * subsumed archive, else the code itself when known. For comparing codes, never for display.
 */
export function getCanonicalCategory(code: string): string | undefined {
  return CANONICAL_BY_ALIAS.get(code) ?? resolveCategoryCode(code);
}

/** The archive for an archive code (`q-fin`) or name ("Quantitative Finance"), as whole-archive listings print it. */
export function resolveArchive(printed: string): ArchiveId | undefined {
  const text = collapseWhitespace(printed);
  if (ARCHIVE_IDS.has(text)) return text as ArchiveId;
  return ARCHIVE_BY_NAME.get(text);
}
