// The contract between listing parsers and the archive: what a parser may say about a listing file.
// Parsers fill these shapes from the file's structure only; they never resolve categories,
// strip versions from ids, decode TeX or merge anything (that is src/archive/).

/** The section of a listing an entry was announced in. */
export type AnnouncementType = 'new' | 'cross' | 'replacement';

/** Every listing format Folio recognises, named for the arXiv output it comes from. */
export type ListingFormat =
  | 'arxiv-html' // /list/<cat>/new, /recent, /pastweek saved from a browser (2024+ and classic layouts)
  | 'listing-text' // text copied from a listing page, one field per line
  | 'listing-text-run-together' // text copied where the fields run together on one line
  | 'category-abstracts' // category page text: name, description, then one abstract per line
  | 'arxiv-rss' // rss.arxiv.org RSS 2.0 (and its Atom variant)
  | 'arxiv-api-atom' // export.arxiv.org/api/query Atom responses
  | 'arxiv-mailing'; // the plain-text listings/new e-mail digest

/** Which arXiv page the listing copies; decides how strictly completeness is checked. */
export type ListingKind = 'new' | 'recent' | 'pastweek' | 'feed' | 'api' | 'mailing' | 'category-page';

export type Severity = 'error' | 'warning';

/** A problem found in a listing file. `line` is 1-based; the ingest adds the file path. */
export interface Diagnostic {
  severity: Severity;
  line: number;
  message: string;
}

/** Links printed for an entry, exactly as found (absolute or site-relative). */
export interface RawLinks {
  abs?: string;
  pdf?: string;
  html?: string;
}

/**
 * One appearance of a paper in a listing, with every field the listing shows and nothing else.
 * Absent means "this listing does not show it"; never fill a field with a guess or a placeholder.
 */
export interface RawEntry {
  /** 1-based line of the file where this entry starts (its `<dt>`, `[n] arXiv:` line, `<item>`, `\\` ...). */
  line: number;
  /** The arXiv identifier as printed, version included when shown: `2509.16407`, `2509.16407v2`, `hep-th/9901001v1`. */
  id?: string;
  title?: string;
  /** Author names in printed order, as printed (TeX accents are decoded later). */
  authors?: string[];
  /** Abstract as printed: TeX verbatim, paragraphs separated by a blank line, real URLs where the input has them. */
  abstract?: string;
  comments?: string;
  journalRef?: string;
  doi?: string;
  mscClass?: string;
  acmClass?: string;
  /**
   * Categories as printed, primary first when the listing says which is primary:
   * codes (`cs.DC`), "Name (code)" (`Distributed, Parallel, and Cluster Computing (cs.DC)`) or bare names.
   */
  categories?: string[];
  /** True when `categories[0]` is marked as primary by the listing (HTML primary-subject, API primary_category...). */
  primaryKnown?: boolean;
  links?: RawLinks;
  /** The section the entry was listed in. Absent when the listing does not say (API responses). */
  type?: AnnouncementType;
  /** Announcement day, ISO `YYYY-MM-DD`, when the listing's content gives it for this entry or its section. */
  date?: string;
}

/** A count the page printed for one of its sections (or the whole page), beside what was parsed. */
export interface PrintedCount {
  /** Where the count is printed. */
  line: number;
  /** What the count describes, in the page's words: "New submissions", "Mon, 27 Jul 2026", "Total". */
  label: string;
  type?: AnnouncementType;
  date?: string;
  /** How many entries this section says it shows on this page ("showing 47 of 47" -> 47). */
  shown?: number;
  /** How many entries exist in this section in all ("of 110" / "Total of 408"). */
  total?: number;
  /** How many entries the parser actually found in this section. */
  parsed: number;
}

/** Everything one parser learned from one file. */
export interface ParsedListing {
  format: ListingFormat;
  kind: ListingKind;
  /** The listing's category as printed (code, or name such as "Distributed, Parallel, and Cluster Computing"). */
  category?: string;
  /** The listing's announcement day (ISO), when the content states one for the whole file. */
  date?: string;
  entries: RawEntry[];
  counts: PrintedCount[];
  diagnostics: Diagnostic[];
}

/** A parser: pure, synchronous, no I/O. It must not throw on any input; problems become diagnostics. */
export type ListingParser = (text: string) => ParsedListing;
