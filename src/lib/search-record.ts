// The search index's record for one paper (what Pagefind matches: the text the paper page shows;
// what a result displays; the facets the search page filters and sorts by) and how the records
// are split into index shards, newest first, so a browser loads only the part a query needs.
import { idToSlug } from '../archive/arxiv-id.ts';
import type { PaperView } from './archive-index.ts';
import { getAbstractParagraphs, getPaperHeading } from './paper-display.ts';
import { toPlainText } from './plain-text.ts';
import { withBase } from './urls.ts';

/** A Pagefind custom record (the shape `addCustomRecord` takes) for one paper page. */
export interface PaperSearchRecord {
  url: string;
  content: string;
  language: string;
  meta: PaperSearchMeta;
  filters: PaperSearchFilters;
  sort: { date?: string };
}

/**
 * Shown in a result. Pagefind also searches meta and boosts a match by its field's weight
 * (SEARCH_META_WEIGHTS): a title match outranks an abstract one, an id match outranks both.
 */
export interface PaperSearchMeta extends Record<string, string> {
  /** The page's heading as plain text (TeX as written). */
  title: string;
  /** The arXiv id without version; empty for an entry that has none. */
  id: string;
  authors: string;
  /** The latest announcement day, YYYY-MM-DD; empty when no listing announced it. */
  date: string;
  /** The primary category code, else the first listed; empty when none is. */
  category: string;
}

export interface PaperSearchFilters extends Record<string, string[]> {
  /** Every category the paper page lists (topics it appears under), primary first. */
  category: string[];
  /** The listing sections it was announced in: new, cross, replacement. */
  type: string[];
  /** The years it was announced in. */
  year: string[];
}

/** The search page's `ranking.metaWeights`: how much a match in each meta field lifts a result. */
export const SEARCH_META_WEIGHTS: Readonly<Record<keyof PaperSearchMeta, number>> = {
  title: 5,
  id: 10,
  authors: 2,
  date: 0,
  category: 0,
};

/** The record for a paper as its page sees it; `base` is the site's base path (`/`, `/folio/`). */
export function getPaperSearchRecord(paper: PaperView, base: string): PaperSearchRecord {
  const { data } = paper;
  const title = getPaperHeading(paper).plain;
  const authors = paper.authors.map(({ name }) => toPlainText(name)).join(', ');
  const latest = paper.latestDate ?? '';
  const content = [title, authors, ...getAbstractParagraphs(paper.body).map(toPlainText), data.comments ?? '', ...getIdWords(paper)];
  return {
    url: withBase(`papers/${encodeURIComponent(idToSlug(data.id))}/`, base),
    content: content.filter(Boolean).join('\n'),
    language: 'en',
    meta: {
      title,
      id: data.unidentified ? '' : data.id,
      authors,
      date: latest,
      category: data.primaryCategory ?? data.categories[0] ?? '',
    },
    filters: {
      category: paper.categories,
      type: [...new Set(data.announcements.map(({ type }) => type))].sort(),
      year: [...new Set(data.announcements.map(({ date }) => date.slice(0, 4)))].sort(),
    },
    sort: latest ? { date: latest } : {},
  };
}

/**
 * The id in each form a reader may type. Pagefind drops the punctuation inside a word and
 * indexes the joined word plus its parts: `arXiv:2509.16407` (as the page shows it) gives
 * `arxiv250916407`, `arxiv`, `2509` and `16407`, but a query `2509.16407` looks for `250916407`,
 * so the bare id, and the versioned one, must be words of their own.
 */
function getIdWords({ data }: PaperView): string[] {
  if (data.unidentified) return [];
  const versioned = data.version === undefined ? [] : [`${data.id}v${data.version}`];
  return [`arXiv:${data.id}`, data.id, ...versioned];
}

/** The shard list the search page reads (`pagefind/<SEARCH_MANIFEST_FILE>`), newest shard first. */
export interface SearchManifest {
  shards: SearchShard[];
}

export interface SearchShard {
  /** The shard's Pagefind bundle, relative to `pagefind/`: '' for the first, whose pagefind.js the page loads. */
  path: string;
  papers: number;
  /** Latest announcement days of its newest and oldest papers; empty for papers no listing dated. */
  newest: string;
  oldest: string;
  /** Every announcement year its papers carry (the year filter's values). */
  years: string[];
}

export const SEARCH_MANIFEST_FILE = 'folio-shards.json';

export interface ShardSizes {
  /** Papers in the first shard, which every search loads: small, so a first query stays cheap. */
  first: number;
  /** Papers in each further shard: bounded so Pagefind's memory while writing one stays bounded. */
  rest: number;
}

/**
 * Splits records into shards of consecutive latest-announcement days, newest first, so sorting
 * by date is each shard's own order one shard after another, and a year touches few shards.
 */
export function planSearchShards<T extends Pick<PaperSearchRecord, 'sort' | 'filters'>>(
  records: readonly T[],
  sizes: ShardSizes,
): { shard: SearchShard; records: T[] }[] {
  const newestFirst = [...records].sort((a, b) => compareDesc(a.sort.date ?? '', b.sort.date ?? ''));
  const shards: { shard: SearchShard; records: T[] }[] = [];
  for (let start = 0; start < newestFirst.length; ) {
    const size = shards.length === 0 ? sizes.first : sizes.rest;
    const slice = newestFirst.slice(start, start + size);
    start += slice.length;
    shards.push({
      shard: {
        path: shards.length === 0 ? '' : `shard-${shards.length}/`,
        papers: slice.length,
        newest: slice[0]?.sort.date ?? '',
        oldest: slice.at(-1)?.sort.date ?? '',
        years: [...new Set(slice.flatMap((record) => record.filters.year))].sort(compareDesc),
      },
      records: slice,
    });
  }
  return shards;
}

function compareDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
