// Normalizes one parsed listing: resolves categories and dates (content first, path second),
// turns printed ids into canonical ids, cleans field text, and yields one appearance per entry.
import type { Diagnostic, ParsedListing, RawEntry } from '../ingest/listing.ts';
import type { Announcement, Paper, PaperLinks } from './paper.ts';
import type { ListingRecord } from './listing-record.ts';
import type { ListingPathHint } from './listing-path.ts';
import { parseArxivId } from './arxiv-id.ts';
import { resolveArchive, resolveCategory, resolveCategoryName } from './taxonomy.ts';
import { decodeTexAccents } from './tex-accents.ts';

/** One entry of one listing, normalized: the paper as this listing shows it, and the appearance. */
export interface Appearance {
  source: string;
  line: number;
  /** Canonical id; undefined for abstract-only entries until the merge derives one. */
  id?: string;
  paper: Omit<Paper, 'id' | 'announcements' | 'sources' | 'unidentified'>;
  announcement?: Omit<Announcement, 'source'>;
}

export interface NormalizedListing {
  record: ListingRecord;
  appearances: Appearance[];
  diagnostics: Diagnostic[];
}

const CATEGORY_CODE_IN_PARENS = /\(([A-Za-z-]+(?:\.[A-Za-z-]+)?)\)\s*$/;
const LOOKS_LIKE_CATEGORY_CODE = /^[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z-]+)?$/;
const WHITESPACE_RUN = /\s+/g;
/**
 * C0/C1 controls other than white space, and the noncharacters U+FFFE and U+FFFF: they mean nothing
 * in a listing and break YAML (js-yaml refuses a front matter holding any of them) and HTML.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
/**
 * One pass to tell whether cleaning would change a text: a control character, a noncharacter,
 * white space other than a plain space (all of JavaScript's \s), two spaces, or a space at an end.
 */
const NEEDS_CLEANING = /[\u0000-\u001F\u007F-\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF\uFFFE\uFFFF]| {2}|^ | $/;
const PARAGRAPH_BREAK = /\n[ \t]*\n/;
const DOI_PREFIX = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i;
const ARXIV_ORIGIN = 'https://arxiv.org';
/** A link on arXiv's own site, printable ASCII only: white space, controls or U+FFFE in an href are not a URL arXiv printed. */
const ARXIV_LINK = /^https:\/\/(?:www\.|export\.)?arxiv\.org\/[!-~]*$/;

/** Normalizes a parsed listing at `source` (repository-relative path), using the path's hints where the content is silent. */
export function normalizeListing(source: string, parsed: ParsedListing, hint: ListingPathHint): NormalizedListing {
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const category = resolveListingCategory(parsed, hint, diagnostics);
  const pageDate = resolveListingDate(parsed, hint, diagnostics);
  const announces = parsed.kind !== 'api';

  const appearances: Appearance[] = [];
  for (const entry of parsed.entries) {
    const appearance = normalizeEntry(source, entry, diagnostics);
    if (!appearance) continue;
    if (announces) {
      const date = entry.date ?? pageDate;
      if (!date) {
        diagnostics.push({
          severity: 'error',
          line: entry.line,
          message: 'no announcement date: the content shows none, so name the file content/listings/<category>/<YYYY-MM-DD>.<ext>',
        });
        continue;
      }
      if (!category) continue; // reported once by resolveListingCategory
      appearance.announcement = { date, category, type: entry.type ?? 'new' };
      // A category page lists papers of its own category; say so when the entry printed none.
      if (appearance.paper.categories.length === 0 && parsed.kind === 'category-page') {
        appearance.paper.categories = [category];
      }
    }
    appearances.push(appearance);
  }

  const dates = [...new Set(appearances.flatMap((a) => (a.announcement ? [a.announcement.date] : [])))].sort();
  const record: ListingRecord = {
    source,
    format: parsed.format,
    kind: parsed.kind,
    ...(category ? { category } : {}),
    dates,
    counts: parsed.counts.map(({ line: _line, ...count }) => count),
    entries: parsed.entries.length,
  };
  return { record, appearances, diagnostics };
}

/** A category, or for archive-wide listings (/list/q-fin/new, the "cs daily" mailing) the archive's id. */
function resolveListingCode(printed: string): string | undefined {
  return resolveArchive(printed) ?? resolvePrintedCategory(printed);
}

function resolveListingCategory(parsed: ParsedListing, hint: ListingPathHint, diagnostics: Diagnostic[]): string | undefined {
  if (hint.category && !resolveListingCode(hint.category)) {
    diagnostics.push({
      severity: 'error',
      line: 1,
      message: `the folder "${hint.category}" is not an arXiv category or archive: put the file under content/listings/<category>/, e.g. cs.DC`,
    });
    hint = { ...hint, category: undefined };
  }
  const fromContent = parsed.category ? resolveListingCode(parsed.category) : undefined;
  if (parsed.category && !fromContent) {
    const candidates = resolveCategoryName(parsed.category);
    const fromPath = hint.category && candidates.includes(hint.category) ? hint.category : undefined;
    if (fromPath) return fromPath;
    diagnostics.push({
      severity: hint.category ? 'warning' : 'error',
      line: 1,
      message:
        candidates.length > 1
          ? `the listing's category "${parsed.category}" could be ${candidates.join(' or ')}: name the file content/listings/<category>/<YYYY-MM-DD>.<ext>`
          : `the listing's category "${parsed.category}" is not in the arXiv taxonomy`,
    });
  }
  if (fromContent && hint.category && fromContent !== hint.category) {
    diagnostics.push({
      severity: 'error',
      line: 1,
      message: `the path says category ${hint.category} but the content says ${fromContent}: move the file to content/listings/${fromContent}/`,
    });
    return fromContent;
  }
  const category = fromContent ?? hint.category;
  if (!category && parsed.kind !== 'api') {
    diagnostics.push({
      severity: 'error',
      line: 1,
      message: 'no listing category: the content shows none, so name the file content/listings/<category>/<YYYY-MM-DD>.<ext>',
    });
  }
  return category;
}

/** The day the file as a whole announces: the page's own date, else the newest day it lists, else the path's. */
function resolveListingDate(parsed: ParsedListing, hint: ListingPathHint, diagnostics: Diagnostic[]): string | undefined {
  const entryDates = parsed.entries.flatMap((e) => (e.date ? [e.date] : [])).sort();
  const fromContent = parsed.date ?? entryDates.at(-1);
  if (fromContent && hint.date && fromContent !== hint.date && parsed.kind !== 'api') {
    const firstLine = parsed.entries.find((e) => e.date === fromContent)?.line ?? 1;
    diagnostics.push({
      severity: 'error',
      line: parsed.date ? 1 : firstLine,
      message: `the path says ${hint.date} but the content is dated ${fromContent}: rename the file to ${fromContent}`,
    });
  }
  return fromContent ?? hint.date;
}

function resolvePrintedCategory(printed: string): string | undefined {
  const resolved = resolveCategory(printed);
  if (resolved) return resolved;
  // A code arXiv added after our taxonomy table: keep it as printed rather than lose it.
  const code = CATEGORY_CODE_IN_PARENS.exec(printed)?.[1] ?? printed.trim();
  return LOOKS_LIKE_CATEGORY_CODE.test(code) && code.includes('.') ? code : undefined;
}

function normalizeEntry(source: string, entry: RawEntry, diagnostics: Diagnostic[]): Appearance | undefined {
  let id: string | undefined;
  let version: number | undefined;
  // Checked after cleaning: an abstract of control characters alone is no abstract to derive an id from.
  const abstract = normalizeAbstract(entry.abstract);
  if (entry.id !== undefined) {
    const parsedId = parseArxivId(entry.id);
    if (!parsedId) {
      diagnostics.push({ severity: 'error', line: entry.line, message: `"${truncate(entry.id)}" is not an arXiv id (expected e.g. 2509.16407, 0704.0001 or hep-th/9901001v1); the entry is skipped` });
      return undefined;
    }
    ({ id, version } = parsedId);
  } else if (!abstract) {
    diagnostics.push({ severity: 'error', line: entry.line, message: 'an entry with neither an arXiv id nor an abstract cannot be archived' });
    return undefined;
  }

  const categories: string[] = [];
  for (const printed of entry.categories ?? []) {
    const code = resolvePrintedCategory(printed);
    if (!code) {
      diagnostics.push({ severity: 'warning', line: entry.line, message: `unknown category "${truncate(printed)}" dropped` });
      continue;
    }
    if (!categories.includes(code)) categories.push(code);
  }

  const authors = (entry.authors ?? []).map((name) => cleanInline(decodeTexAccents(name))).filter((name) => name !== '');
  const paper: Appearance['paper'] = {
    ...optional('version', version),
    ...optional('title', cleanOptional(entry.title, decodeTexAccents)),
    authors,
    ...optional('primaryCategory', entry.primaryKnown ? categories[0] : undefined),
    categories,
    ...optional('comments', cleanOptional(entry.comments)),
    ...optional('journalRef', cleanOptional(entry.journalRef)),
    ...optional('doi', cleanOptional(entry.doi)?.replace(DOI_PREFIX, '')),
    ...optional('mscClass', cleanOptional(entry.mscClass)),
    ...optional('acmClass', cleanOptional(entry.acmClass)),
    ...optional('links', normalizeLinks(entry.links)),
    ...optional('abstract', abstract),
  };
  return { source, line: entry.line, ...optional('id', id), paper };
}

/** Collapses white space in a one-line field; undefined when nothing is left. */
function cleanOptional(text: string | undefined, decode?: (s: string) => string): string | undefined {
  if (text === undefined) return undefined;
  const cleaned = cleanInline(decode ? decode(text) : text);
  return cleaned === '' ? undefined : cleaned;
}

function cleanInline(text: string): string {
  // Parsers mostly hand over clean text already: test before building new strings.
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(CONTROL_CHARACTERS, '').replace(WHITESPACE_RUN, ' ').trim();
}

/** Abstract paragraphs separated by one blank line, white space inside each collapsed; TeX untouched. */
export function normalizeAbstract(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const paragraphs = text
    .split(PARAGRAPH_BREAK)
    .map(cleanInline)
    .filter((p) => p !== '');
  return paragraphs.length ? paragraphs.join('\n\n') : undefined;
}

function normalizeLinks(links: RawEntry['links']): PaperLinks | undefined {
  if (!links) return undefined;
  const result: PaperLinks = {};
  for (const key of ['abs', 'pdf', 'html'] as const) {
    const href = links[key]?.trim();
    if (!href) continue;
    const absolute = href.startsWith('/') ? `${ARXIV_ORIGIN}${href}` : href.replace(/^http:\/\/arxiv\.org/, ARXIV_ORIGIN);
    // Only arXiv's own http(s) links are kept: listing text is untrusted.
    if (ARXIV_LINK.test(absolute)) result[key] = absolute;
  }
  return Object.keys(result).length ? result : undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
