// What the two text-copy listing parsers share: arXiv's entry headers, headings and page lines,
// the field prefixes and how their values read, and the bookkeeping of entries, dates and counts.
import type {
  AnnouncementType,
  Diagnostic,
  ListingFormat,
  ListingKind,
  ParsedListing,
  PrintedCount,
  RawEntry,
} from '../listing.ts';
import { parsePrintedDate } from '../printed-date.ts';
import { collapseWhitespace, LINE_BREAK } from './printed-text.ts';

/** The field prefixes of a listing entry, in the order arXiv prints them. */
export const TEXT_FIELDS = [
  'Title',
  'Authors',
  'Comments',
  'Journal-ref',
  'Subjects',
  'MSC-class',
  'ACM-class',
  'DOI',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** An entry's `[n] arXiv:ID (annotation) [formats]` line, as read. */
export interface EntryHeader {
  /** The listing number printed in brackets, kept as text for messages. */
  number: string;
  /** The id exactly as printed; checked when the entry is started. */
  printedId: string;
  /** From "(cross-list from X)" or "(replaced)"; absent for a new submission. */
  type?: AnnouncementType;
}

/** Collects what a parser reads from a text copy and turns it into a ParsedListing. */
export interface ListingTextReader {
  /**
   * Reads one trimmed line as a heading or page line ("Total of 19 entries", a section or day heading,
   * "Showing new listings for …", a bulleted link). Returns false when the line is none of these.
   */
  readPageLine(text: string, line: number): boolean;
  /** Starts an entry at its header line; a malformed id is reported and left out. */
  startEntry(header: EntryHeader, line: number): RawEntry;
  /** Ends an entry: stores its abstract lines as paragraphs and reports a missing title. */
  endEntry(entry: RawEntry, header: EntryHeader, abstractLines: readonly string[]): void;
  report(severity: Diagnostic['severity'], line: number, message: string): void;
  finish(format: ListingFormat, lines: readonly string[]): ParsedListing;
}

export interface ListingTextReaderOptions {
  /**
   * Whether a section heading types the entries after it. False for copies whose headings
   * are not where the page prints them; entries are then typed by their own annotation only.
   */
  typeFromSection: boolean;
}


const ENTRY_HEADER_BODY = String.raw`\[(\d+)\]\s+arXiv:([^\s[(]*)(?:\s*\(\s*(cross-list from\s[^)]*|replaced)\s*\))?`;
/** The download links that close a header: "[pdf, html, other]". */
const ENTRY_FORMATS = String.raw`\s*\[\s*(?:pdf|ps|html|other)\b[^\]]*\]`;
/** An entry header at the start of a line, possibly bulleted: "[1] arXiv:2602.23598 [pdf, html, other]". */
export const ENTRY_HEADER_AT_START = new RegExp(String.raw`^\s*(?:[-•]\s*)?${ENTRY_HEADER_BODY}(?:${ENTRY_FORMATS})?`);
/**
 * An entry header run onto the end of the text before it ("…GPUs. - [2] arXiv:2509.16495 [pdf, html, other]").
 * The download links are required so that a citation such as "[3] arXiv:2301.00001" inside an abstract is not taken for one.
 */
export const ENTRY_HEADER_RUN_ON = new RegExp(String.raw`\s(?:-\s*)?${ENTRY_HEADER_BODY}${ENTRY_FORMATS}`, 'g');

/** A field line, "Journal-ref: Astronomy and Computing, Volume 55, 2026". */
const FIELD_LINE = new RegExp(String.raw`^(${TEXT_FIELDS.join('|')}):\s*(.*)$`);

/** "Showing new listings for Monday, 2 March 2026" (2024+ /new). */
const SHOWING_NEW_LISTINGS = /^Showing new listings for\s+(.+)$/i;
/** The heading of /recent and /pastweek pages. */
const RECENT_SUBMISSIONS = /^Authors and titles for recent submissions\b/i;
/**
 * "New submissions (showing 6 of 6 entries)", "Replacement submissions for Monday, 2 March 2026 (continued,
 * showing last 3 of 93 entries )", classic "Cross-lists for Fri, 17 Mar 23". A bare "New submissions" is the
 * page's index link, not a heading.
 */
const SECTION_HEADING =
  /^(New submissions|Cross submissions|Cross-lists|Replacement submissions|Replacements)(?:\s+for\s+([^()]+?))?\s*(\(.*)?$/i;
/** A /recent or /pastweek day: "Mon, 27 Jul 2026 (showing first 3 of 110 entries )", or the day alone. */
const DAY_HEADING = /^((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4})\s*(\(.*)?$/;
/** The count printed in a heading, in every wording arXiv uses for a section or day page by page. */
const SHOWN_OF_TOTAL =
  /^\(\s*(?:continued,\s*)?showing\s+(?:first\s+|last\s+)?(\d+)\s+of\s+(\d+)\s+entr(?:y|ies)\s*\)$/i;
/** The start of a heading's count, to tell an unreadable count from text that only begins like a heading. */
const SHOWING = /^\(\s*(?:continued,\s*)?showing\b/i;
/** "Total of 19 entries" (2024+) and "[ total of 93 entries: 1-93 ]" (classic). */
/** The whole line, so that an abstract line such as "Total of 3 entries were scanned." is not taken for it. */
const TOTAL_ENTRIES = /^(?:\[\s*)?total of\s+(\d+)\s+entries\s*(?:[:\]].*)?$/i;
/** The page's paging line and its link lists, never part of an entry. */
/** Only the page's own bullet items: an abstract may well have a line starting with "•". */
const PAGE_CHROME =
  /^(?:\[\s*)?showing up to \d+ entries per page\b|^•\s*(?:New submissions|Cross-lists|Replacements|Login|Help Pages|About|Recent|Search|Donate)\s*$/i;
/** What arXiv prints for a section or page with nothing in it. */
const NO_UPDATES = /^No updates (?:today|for this time period)\.?$/i;

/** "arxiv logo > cs.DC" (2024+) or " > astro-ph > astro-ph.CO" (classic): the breadcrumb ends with the category. */
const BREADCRUMB = /^(?:arxiv logo\s*)?>\s*(.+)$/i;
const CATEGORY_CODE = /^[a-z]+(?:-[a-z]+)*(?:\.[A-Za-z]+(?:-[a-z]+)*)?$/;
/** The lines printed right after the category's name at the top of a listing page. */
const AFTER_CATEGORY_NAME =
  /^(?:See recent articles|See today's new changes|Authors and titles for recent submissions|Showing new listings for\b)/i;
/** A category's printed name: "Distributed, Parallel, and Cluster Computing", "High Energy Physics - Theory". */
const CATEGORY_NAME = /^\p{Lu}[\p{L} ,'()-]*\p{Ll}$/u;
const LIST_ITEM = /^[-•*]/;
const MAX_CATEGORY_NAME = 100;

/** What arXiv prints in place of an author list it could not build. */
const AUTHORS_UNAVAILABLE = /^\(author list is unavailable\)$/i;
/** The end of a long author list cut short by arXiv: "… et al. (25 additional authors not shown)". */
const TRUNCATED_AUTHORS = /,?\s*et al\.?\s*\(\d+\+?\s+additional authors? not shown\).*$/i;
const SUBJECT_SEPARATOR = /\s*;\s*/;

const NO_ENTRIES_MESSAGE = 'no arXiv listing entries found in this text copy';

/** Splits text into lines, numbered as createLineIndex numbers them (\n, \r\n and lone \r all end a line). */
export function splitTextLines(text: string): string[] {
  return text.split(LINE_BREAK);
}


/** Reads the header a match of ENTRY_HEADER_AT_START or ENTRY_HEADER_RUN_ON found. */
export function readEntryHeader(match: RegExpExecArray): EntryHeader {
  const header: EntryHeader = { number: match[1]!, printedId: match[2]! };
  const annotation = match[3];
  if (annotation) header.type = annotation === 'replaced' ? 'replacement' : 'cross';
  return header;
}

/** Reads "Prefix: value" when the line starts with one of the field prefixes. */
export function readFieldLine(text: string): { field: TextField; value: string } | undefined {
  const match = FIELD_LINE.exec(text);
  return match ? { field: match[1] as TextField, value: match[2]! } : undefined;
}

/** Stores a field's value on the entry under the contract's name; empty values are left out. */
export function setEntryField(entry: RawEntry, field: TextField, value: string): void {
  const text = collapseWhitespace(value);
  if (!text) return;
  switch (field) {
    case 'Title':
      entry.title = text;
      break;
    case 'Authors': {
      const authors = splitAuthorList(text);
      if (authors) entry.authors = authors;
      break;
    }
    case 'Comments':
      entry.comments = text;
      break;
    case 'Journal-ref':
      entry.journalRef = text;
      break;
    case 'Subjects':
      entry.categories = text.split(SUBJECT_SEPARATOR).filter((subject) => subject !== '');
      // arXiv prints the primary subject first; the copy loses its bold type but not its place.
      entry.primaryKnown = entry.categories.length > 0;
      break;
    case 'MSC-class':
      entry.mscClass = text;
      break;
    case 'ACM-class':
      entry.acmClass = text;
      break;
    case 'DOI':
      entry.doi = text;
      break;
  }
}

/** Splits an author line at its commas (not those inside an affiliation's parentheses). */
function splitAuthorList(value: string): string[] | undefined {
  const list = collapseWhitespace(value).replace(TRUNCATED_AUTHORS, '');
  if (!list || AUTHORS_UNAVAILABLE.test(list)) return undefined;
  const authors = splitOutsideParentheses(list).filter((name) => name !== '');
  return authors.length > 0 ? authors : undefined;
}

/** The offsets of the commas that are not inside parentheses: those that separate names. */
export function findSeparatingCommas(text: string): number[] {
  const commas: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (c === ',' && depth === 0) commas.push(i);
  }
  return commas;
}

/** Splits at the separating commas, trimming each part. */
function splitOutsideParentheses(text: string): string[] {
  const bounds = [-1, ...findSeparatingCommas(text), text.length];
  return bounds.slice(1).map((end, i) => text.slice(bounds[i]! + 1, end).trim());
}

/** Joins abstract lines as paragraphs: one line of the copy is one paragraph of the page. */
function joinAbstract(paragraphs: readonly string[]): string | undefined {
  const text = paragraphs
    .map(collapseWhitespace)
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  return text || undefined;
}

/**
 * The listing's category from the page text before the first entry: the code of the breadcrumb
 * ("arxiv logo > cs.DC") when printed, else the name printed above "See recent articles" and its kin.
 */
function findListingCategory(lines: readonly string[]): string | undefined {
  let name: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (ENTRY_HEADER_AT_START.test(text)) break;
    const crumb = BREADCRUMB.exec(text);
    const code = crumb?.[1]!.split('>').pop()!.trim();
    if (code && CATEGORY_CODE.test(code)) return code;
    if (name === undefined && AFTER_CATEGORY_NAME.test(text)) name = findNameAbove(lines, i) ?? '';
  }
  return name || undefined;
}

/** Whether a line reads as a category's printed name rather than a sentence or page text. */
export function isCategoryName(text: string): boolean {
  return text.length <= MAX_CATEGORY_NAME && CATEGORY_NAME.test(text);
}

function findNameAbove(lines: readonly string[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const text = lines[i]!.trim();
    if (text === '' || LIST_ITEM.test(text)) continue;
    return isCategoryName(text) ? text : undefined;
  }
  return undefined;
}

export function createListingTextReader(options: ListingTextReaderOptions): ListingTextReader {
  const entries: RawEntry[] = [];
  const counts: PrintedCount[] = [];
  const diagnostics: Diagnostic[] = [];
  let pageDate: string | undefined;
  let recentPage = false;
  let sawSection = false;
  let sawDay = false;
  let sawNoUpdates = false;
  let sawTotal = false;
  let sectionType: AnnouncementType | undefined;
  let sectionDate: string | undefined;
  let dayDate: string | undefined;
  let dayCount: PrintedCount | undefined;

  const report = (severity: Diagnostic['severity'], line: number, message: string): void => {
    diagnostics.push({ severity, line, message });
  };

  /** Reads the "(showing X of Y entries)" of a heading into a count; reports it when unreadable. */
  const readHeadingCount = (label: string, printed: string | undefined, line: number): PrintedCount | undefined => {
    if (printed === undefined) return undefined;
    const shown = SHOWN_OF_TOTAL.exec(printed.trim());
    if (!shown) {
      report(
        'warning',
        line,
        `the count in the heading "${label} ${printed.trim()}" cannot be read (expected "(showing N of M entries)"); this section's completeness is not checked`,
      );
      return undefined;
    }
    const count: PrintedCount = { line, label, shown: Number(shown[1]), total: Number(shown[2]), parsed: 0 };
    counts.push(count);
    return count;
  };

  const readPageLine = (text: string, line: number): boolean => {
    const listingDate = SHOWING_NEW_LISTINGS.exec(text);
    if (listingDate) {
      pageDate ??= parsePrintedDate(listingDate[1]!);
      return true;
    }
    if (RECENT_SUBMISSIONS.test(text)) {
      recentPage = true;
      return true;
    }
    const section = SECTION_HEADING.exec(text);
    const headingDate = section?.[2] === undefined ? undefined : parsePrintedDate(section[2]);
    if (section && (section[2] === undefined || headingDate) && isHeadingCount(section[3], headingDate)) {
      sawSection = true;
      sectionType = sectionTypeOf(section[1]!);
      sectionDate = headingDate;
      const label = text.slice(0, text.length - (section[3]?.length ?? 0)).trim();
      const count = readHeadingCount(label, section[3], line);
      if (count) {
        count.type = sectionType;
        if (sectionDate) count.date = sectionDate;
      }
      return true;
    }
    const day = DAY_HEADING.exec(text);
    if (day && isHeadingCount(day[2], day[1])) {
      sawDay = true;
      dayDate = parsePrintedDate(day[1]!);
      dayCount = readHeadingCount(day[1]!, day[2], line);
      if (dayCount && dayDate) dayCount.date = dayDate;
      return true;
    }
    const total = TOTAL_ENTRIES.exec(text);
    if (total) {
      // The page prints its total above and below the list; the second is the same count again.
      if (!sawTotal) counts.push({ line, label: 'Total', total: Number(total[1]), parsed: 0 });
      sawTotal = true;
      return true;
    }
    if (NO_UPDATES.test(text)) {
      sawNoUpdates = true;
      return true;
    }
    return PAGE_CHROME.test(text);
  };

  const startEntry = (header: EntryHeader, line: number): RawEntry => {
    // The id as printed: whether it is a valid arXiv id is the normalizer's call.
    const entry: RawEntry = { line, id: header.printedId };
    entry.type = header.type ?? (options.typeFromSection ? sectionType : undefined) ?? 'new';
    const date = dayDate ?? sectionDate;
    if (date) entry.date = date;
    if (dayCount) dayCount.parsed++;
    entries.push(entry);
    return entry;
  };

  const endEntry = (entry: RawEntry, header: EntryHeader, abstractLines: readonly string[]): void => {
    const abstract = joinAbstract(abstractLines);
    if (abstract) entry.abstract = abstract;
    if (entry.title === undefined) {
      const id = entry.id ? ` (arXiv:${entry.id})` : '';
      report(
        'error',
        entry.line,
        `entry [${header.number}]${id} has no "Title:" line; copy the listing page again, or add "Title: …" after the entry's header`,
      );
    }
  };

  const finish = (format: ListingFormat, lines: readonly string[]): ParsedListing => {
    for (const count of counts) {
      if (count.type) count.parsed = entries.filter((entry) => entry.type === count.type).length;
      else if (count.label === 'Total') count.parsed = entries.length;
    }
    const firstSectionDate = counts.find((count) => count.type && count.date)?.date;
    const listingDate = pageDate ?? firstSectionDate;
    if (listingDate) {
      for (const entry of entries) entry.date ??= listingDate;
    }
    if (entries.length === 0 && !sawNoUpdates) report('error', 1, NO_ENTRIES_MESSAGE);
    const kind: ListingKind = !sawSection && (recentPage || sawDay) ? 'recent' : 'new';
    const listing: ParsedListing = { format, kind, entries, counts, diagnostics };
    const category = findListingCategory(lines);
    if (category) listing.category = category;
    if (kind === 'new' && listingDate) listing.date = listingDate;
    return listing;
  };

  return { readPageLine, startEntry, endEntry, report, finish };
}

/**
 * Whether the text after a heading's name makes it a heading: a "(showing …)" count (readable or not),
 * or nothing at all after a date. "New submissions (NS) were …" opening an abstract is not one.
 */
function isHeadingCount(printed: string | undefined, date: string | undefined): boolean {
  return printed === undefined ? date !== undefined : SHOWING.test(printed);
}

function sectionTypeOf(heading: string): AnnouncementType {
  const word = heading.toLowerCase();
  if (word.startsWith('cross')) return 'cross';
  if (word.startsWith('replace')) return 'replacement';
  return 'new';
}
