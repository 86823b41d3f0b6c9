// The indexes the pages are cut from, built in one pass over the papers and listing records:
// announcement days (category by category, section by section, with the counts arXiv printed),
// topics, authors, and the papers by recency. Pure: src/lib/archive.ts feeds it the collections.
import { ANNOUNCEMENT_TYPES } from '../archive/paper.ts';
import type { Announcement, PaperData } from '../archive/paper.ts';
import type { ListingRecord, SectionCount } from '../archive/listing-record.ts';
import { ARCHIVES, getCategory, getCategoryName } from '../archive/taxonomy.ts';
import { assignAuthorSlugs } from './author-slugs.ts';

type AnnouncementType = Announcement['type'];

/** A paper as the collection holds it: front matter plus the abstract Markdown. */
export interface ArchivePaper {
  data: PaperData;
  body?: string;
}

export interface AuthorRef {
  name: string;
  slug: string;
}

/** One paper with what every page showing it needs, computed once. */
export interface PaperView {
  data: PaperData;
  body?: string;
  authors: AuthorRef[];
  /** Categories that have a topic page (all the paper carries, primary first). */
  categories: string[];
  /** The newest announcement day, for ordering; undefined when no listing announced it. */
  latestDate?: string;
}

export interface PrintedSectionCount {
  /** The count's label in the listing's words. */
  label: string;
  shown?: number;
  total?: number;
}

export interface DaySection {
  type: AnnouncementType;
  papers: PaperView[];
  /** What the listing file(s) printed for this section, duplicates across copies merged. */
  printed: PrintedSectionCount[];
}

export interface DayCategory {
  code: string;
  name: string;
  /** New submissions, cross-lists, replacements: arXiv's order, each present when it holds papers or a printed count. */
  sections: DaySection[];
  /** Counts printed for the whole day or page ("Total of 19 entries"). */
  printed: PrintedSectionCount[];
}

export interface Day {
  date: string;
  categories: DayCategory[];
  /** Listing files this day came from, by path. */
  sources: string[];
  /** Distinct papers announced on the day. */
  paperCount: number;
}

export interface Topic {
  code: string;
  name: string;
  /** The archive it belongs to (`cs`, `hep-th`), for grouping. */
  archive: string;
  /** Newest announcement first. */
  papers: PaperView[];
}

export interface AuthorPage {
  name: string;
  slug: string;
  /** Newest announcement first. */
  papers: PaperView[];
}

export interface ArchiveIndex {
  papers: PaperView[];
  /** Every paper, newest announcement first (feeds, home). */
  papersByRecency: PaperView[];
  /** Oldest first. */
  days: Day[];
  /** By code. */
  topics: Topic[];
  /** By name. */
  authors: AuthorPage[];
}

/** A category code safe to use as one URL segment and file name (what the normalizer keeps). */
const TOPIC_CODE = /^[A-Za-z][A-Za-z0-9.-]*$/;

interface DayBuilder {
  categories: Map<string, Map<AnnouncementType, Set<PaperView>>>;
  listings: ListingRecord[];
  papers: Set<PaperView>;
}

/** Builds every index from the collection, touching each paper and listing once. */
export function buildArchiveIndex(papers: readonly ArchivePaper[], listings: readonly ListingRecord[]): ArchiveIndex {
  const slugs = assignAuthorSlugs(papers.flatMap((p) => p.data.authors));
  const days = new Map<string, DayBuilder>();
  const topics = new Map<string, PaperView[]>();
  const authors = new Map<string, PaperView[]>();
  const views: PaperView[] = [];

  const getDay = (date: string): DayBuilder => {
    let day = days.get(date);
    if (!day) days.set(date, (day = { categories: new Map(), listings: [], papers: new Set() }));
    return day;
  };

  for (const paper of papers) {
    const { data } = paper;
    const categories = [...new Set([...data.categories, ...data.announcements.map((a) => a.category)])].filter((c) => TOPIC_CODE.test(c));
    const latestDate = data.announcements.reduce<string | undefined>((latest, a) => (latest === undefined || a.date > latest ? a.date : latest), undefined);
    const view: PaperView = {
      data,
      ...(paper.body === undefined ? {} : { body: paper.body }),
      authors: data.authors.map((name) => ({ name, slug: slugs.get(name)! })),
      categories,
      ...(latestDate ? { latestDate } : {}),
    };
    views.push(view);
    for (const code of categories) pushTo(topics, code, view);
    for (const name of new Set(data.authors)) pushTo(authors, name, view);
    for (const { date, category, type } of data.announcements) {
      const day = getDay(date);
      day.papers.add(view);
      let sections = day.categories.get(category);
      if (!sections) day.categories.set(category, (sections = new Map()));
      let section = sections.get(type);
      if (!section) sections.set(type, (section = new Set()));
      section.add(view);
    }
  }

  for (const listing of listings) {
    for (const date of listing.dates) {
      const day = getDay(date);
      day.listings.push(listing);
      if (listing.category && !day.categories.has(listing.category)) day.categories.set(listing.category, new Map());
    }
  }

  const byRecency = [...views].sort(compareByRecency);
  // Sorting each list by its rank in byRecency keeps one comparator and one order everywhere.
  const rank = new Map(byRecency.map((view, i) => [view, i]));
  const byRank = (a: PaperView, b: PaperView): number => rank.get(a)! - rank.get(b)!;

  return {
    papers: views,
    papersByRecency: byRecency,
    days: [...days]
      .sort(([a], [b]) => compare(a, b))
      .map(([date, builder]) => buildDay(date, builder)),
    topics: [...topics]
      .sort(([a], [b]) => compare(a, b))
      .map(([code, list]) => ({ code, name: getCategoryName(code), archive: getArchiveOf(code), papers: list.sort(byRank) })),
    authors: [...authors]
      .sort(([a], [b]) => compare(a, b))
      .map(([name, list]) => ({ name, slug: slugs.get(name)!, papers: list.sort(byRank) })),
  };
}

function buildDay(date: string, builder: DayBuilder): Day {
  const categories = [...builder.categories]
    .sort(([a], [b]) => compare(a, b))
    .map(([code, sections]): DayCategory => {
      const listings = builder.listings.filter((l) => l.category === code);
      return {
        code,
        name: getCategoryName(code),
        sections: ANNOUNCEMENT_TYPES.flatMap((type): DaySection[] => {
          const papers = [...(sections.get(type) ?? [])].sort(compareInListingOrder);
          const printed = collectPrintedCounts(listings, date, (count) => count.type === type);
          return papers.length || printed.length ? [{ type, papers, printed }] : [];
        }),
        printed: collectPrintedCounts(listings, date, (count, listing) => count.type === undefined && (count.date === date || (count.date === undefined && listing.dates.length === 1))),
      };
    });
  return {
    date,
    categories,
    sources: [...new Set(builder.listings.map((l) => l.source))].sort(),
    paperCount: builder.papers.size,
  };
}

/** The counts the day's listings printed that match, for this day only, identical copies merged. */
function collectPrintedCounts(
  listings: readonly ListingRecord[],
  date: string,
  matches: (count: SectionCount, listing: ListingRecord) => boolean,
): PrintedSectionCount[] {
  const seen = new Map<string, PrintedSectionCount>();
  for (const listing of listings) {
    for (const count of listing.counts) {
      if (count.date !== undefined && count.date !== date) continue;
      if (!matches(count, listing)) continue;
      if (count.shown === undefined && count.total === undefined) continue;
      const printed: PrintedSectionCount = {
        label: count.label,
        ...(count.shown === undefined ? {} : { shown: count.shown }),
        ...(count.total === undefined ? {} : { total: count.total }),
      };
      seen.set(`${count.shown}/${count.total}`, printed);
    }
  }
  return [...seen.values()];
}

/**
 * arXiv lists each section in id order. The announcement records no position, so id order is
 * the closest to the page; unidentified entries (no id) follow, in their stable derived order.
 */
function compareInListingOrder(a: PaperView, b: PaperView): number {
  if (a.data.unidentified !== b.data.unidentified) return a.data.unidentified ? 1 : -1;
  return compare(a.data.id, b.data.id);
}

/** Newest announcement first; never-announced papers last; then newest id first. */
function compareByRecency(a: PaperView, b: PaperView): number {
  if (a.latestDate !== b.latestDate) {
    if (a.latestDate === undefined) return 1;
    if (b.latestDate === undefined) return -1;
    return compare(b.latestDate, a.latestDate);
  }
  return compare(b.data.id, a.data.id);
}

function getArchiveOf(code: string): string {
  return getCategory(code)?.archive ?? code.split('.', 1)[0]!;
}

/** The archive's name, or its code when the taxonomy does not know it. */
export function getArchiveName(archive: string): string {
  return Object.hasOwn(ARCHIVES, archive) ? ARCHIVES[archive as keyof typeof ARCHIVES].name : archive;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// Code-point order: the same on every machine, unlike localeCompare.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
