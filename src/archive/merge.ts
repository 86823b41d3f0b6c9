// Merges every appearance of every paper into one record per id: fuller values win field by
// field, nothing known is replaced by nothing, abstract-only entries join the paper with the
// same abstract, and one file listing a paper twice with different metadata is an error.
import { createHash } from 'node:crypto';
import type { Announcement, Paper } from './paper.ts';
import type { Appearance } from './normalize.ts';
import type { FileDiagnostic } from './diagnostics.ts';
import { UNIDENTIFIED_PREFIX } from './arxiv-id.ts';

const URL_PLACEHOLDER = /\bthis https? URL\b/g;
const URL_IN_TEXT = /https?:\/\/[^\s)\]}>,;]+/g;
const WHITESPACE_RUN = /\s+/g;
const TYPE_ORDER: Record<Announcement['type'], number> = { new: 0, cross: 1, replacement: 2 };

export interface MergeResult {
  /** Papers sorted by id, each with announcements oldest first. */
  papers: Paper[];
  diagnostics: FileDiagnostic[];
}

/**
 * The text two listings share when they print the same abstract: white space folded, and
 * URLs and arXiv's "this https URL" placeholder made alike (one listing may show either).
 */
export function getAbstractKey(abstract: string): string {
  return abstract.replace(URL_IN_TEXT, '\u0000').replace(URL_PLACEHOLDER, '\u0000').replace(WHITESPACE_RUN, ' ').trim();
}

/** The stable id of an abstract-only entry: a hash of its abstract key. */
export function getUnidentifiedId(abstract: string): string {
  return UNIDENTIFIED_PREFIX + createHash('sha256').update(getAbstractKey(abstract)).digest('hex').slice(0, 16);
}

/** Merges appearances (from any number of listings, in any order) into papers. */
export function mergeAppearances(input: readonly Appearance[]): MergeResult {
  const appearances = [...input].sort((a, b) => compareStrings(a.source, b.source) || a.line - b.line);
  const diagnostics: FileDiagnostic[] = [];

  // Only abstract-only entries need the abstract index; most archives have none of them.
  const idByAbstract = new Map<string, string>();
  const needsAbstractIndex = appearances.some((a) => !a.id);
  for (const a of needsAbstractIndex ? appearances : []) {
    if (a.id && a.paper.abstract) {
      const key = getAbstractKey(a.paper.abstract);
      if (!idByAbstract.has(key)) idByAbstract.set(key, a.id);
    }
  }

  const groups = new Map<string, Appearance[]>();
  for (const a of appearances) {
    const id = a.id ?? idByAbstract.get(getAbstractKey(a.paper.abstract!)) ?? getUnidentifiedId(a.paper.abstract!);
    const group = groups.get(id);
    if (group) group.push(a);
    else groups.set(id, [a]);
  }

  const papers: Paper[] = [];
  for (const [id, group] of groups) {
    const kept = dropDuplicateEntries(id, group, diagnostics);
    papers.push(mergeGroup(id, kept));
  }
  papers.sort((a, b) => compareStrings(a.id, b.id));
  return { papers, diagnostics };
}

/** A file listing one paper twice in the same section of the same day: identical is a warning, different is an error. */
function dropDuplicateEntries(id: string, group: Appearance[], diagnostics: FileDiagnostic[]): Appearance[] {
  const seen = new Map<string, Appearance>();
  const kept: Appearance[] = [];
  for (const a of group) {
    const key = `${a.source}\u0000${a.announcement?.date}\u0000${a.announcement?.type}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, a);
      kept.push(a);
      continue;
    }
    const differences = describeDifferences(first, a);
    const what = id.startsWith(UNIDENTIFIED_PREFIX) ? 'the same abstract' : `arXiv:${id}`;
    diagnostics.push(
      differences.length
        ? {
            file: a.source,
            line: a.line,
            severity: 'error',
            message: `${what} is listed again (first at line ${first.line}) with a different ${differences.join(', ')}: keep the entry arXiv printed and delete the other`,
          }
        : {
            file: a.source,
            line: a.line,
            severity: 'warning',
            message: `${what} is listed twice (first at line ${first.line}); the repeat is ignored`,
          },
    );
  }
  return kept;
}

function describeDifferences(a: Appearance, b: Appearance): string[] {
  const fields = ['title', 'authors', 'abstract', 'comments', 'journalRef', 'doi', 'categories'] as const;
  return fields.filter((f) => JSON.stringify(a.paper[f] ?? null) !== JSON.stringify(b.paper[f] ?? null));
}

function mergeGroup(id: string, group: Appearance[]): Paper {
  const papers = group.map((a) => a.paper);
  const pick = <K extends 'title' | 'comments' | 'journalRef' | 'doi' | 'mscClass' | 'acmClass' | 'abstract'>(key: K) =>
    pickFullerText(papers.map((p) => p[key]));

  const versions = papers.flatMap((p) => (p.version ? [p.version] : []));
  const authors = papers
    .map((p) => p.authors)
    .reduce((best, next) => (next.length > best.length || (next.length === best.length && next.join().length > best.join().length) ? next : best), [] as string[]);

  const announcements = mergeAnnouncements(group);
  const sources = [...new Set(group.filter((a) => !a.announcement).map((a) => a.source))].sort(compareStrings);
  const { primaryCategory, categories } = mergeCategories(papers);
  const links = mergeLinks(papers);

  const paper: Paper = {
    id,
    ...(versions.length ? { version: Math.max(...versions) } : {}),
    authors,
    categories,
    announcements,
    sources,
    unidentified: id.startsWith(UNIDENTIFIED_PREFIX),
  };
  assignDefined(paper, {
    title: pick('title'),
    primaryCategory,
    comments: pick('comments'),
    journalRef: pick('journalRef'),
    doi: pick('doi'),
    mscClass: pick('mscClass'),
    acmClass: pick('acmClass'),
    links,
    abstract: pick('abstract'),
  });
  return paper;
}

/** The fuller of several printings: a real URL beats arXiv's placeholder, then longer beats shorter, then first seen. */
function pickFullerText(values: (string | undefined)[]): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const value of values) {
    if (value === undefined) continue;
    const placeholders = value.match(URL_PLACEHOLDER)?.length ?? 0;
    const score = value.length - placeholders * 1_000_000;
    if (best === undefined || score > bestScore) {
      best = value;
      bestScore = score;
    }
  }
  return best;
}

function mergeCategories(papers: Appearance['paper'][]): { primaryCategory?: string; categories: string[] } {
  const primaryCategory = papers.find((p) => p.primaryCategory)?.primaryCategory;
  const fullest = papers.reduce((best, p) => (p.categories.length > best.length ? p.categories : best), [] as string[]);
  const ordered = new Set<string>(primaryCategory ? [primaryCategory] : []);
  for (const code of fullest) ordered.add(code);
  for (const p of papers) for (const code of p.categories) ordered.add(code);
  return { ...(primaryCategory ? { primaryCategory } : {}), categories: [...ordered] };
}

function mergeLinks(papers: Appearance['paper'][]): Paper['links'] {
  const links: NonNullable<Paper['links']> = {};
  for (const key of ['abs', 'pdf', 'html'] as const) {
    const found = papers.flatMap((p) => (p.links?.[key] ? [p.links[key]] : []));
    // Versioned links (…v2) sort after unversioned and older ones: keep the latest.
    const latest = found.sort((a, b) => a.length - b.length || compareStrings(a, b)).at(-1);
    if (latest) links[key] = latest;
  }
  return Object.keys(links).length ? links : undefined;
}

/** One announcement per day, category and section; when two files record it, the first file (by path) is its source. */
function mergeAnnouncements(group: Appearance[]): Announcement[] {
  const byKey = new Map<string, Announcement>();
  for (const a of group) {
    if (!a.announcement) continue;
    const key = `${a.announcement.date}\u0000${a.announcement.category}\u0000${a.announcement.type}`;
    if (!byKey.has(key)) byKey.set(key, { ...a.announcement, source: a.source });
  }
  return [...byKey.values()].sort(
    (a, b) =>
      compareStrings(a.date, b.date) ||
      compareStrings(a.category, b.category) ||
      TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
      compareStrings(a.source, b.source),
  );
}

function assignDefined<T extends object>(target: T, values: Partial<T>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
}

/** Code-unit order: the same on every machine and locale, so output is deterministic. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
