// Reads arXiv listing pages saved as HTML (/list/<cat>/new, /recent, /pastweek, in the 2024+ and the
// classic layout) into raw entries, printed counts and diagnostics, from the page's structure alone.
//
// The page is read in one streaming pass of htmlparser2 (the parser cheerio uses in its htmlparser2
// mode) rather than through a cheerio DOM: building the DOM alone runs at about 20 MB/s, the whole
// ingest's budget, while the stream keeps only the text of the elements it reads.
import { Parser } from 'htmlparser2';
import type {
  AnnouncementType,
  Diagnostic,
  ListingKind,
  ParsedListing,
  PrintedCount,
  RawEntry,
  RawLinks,
} from '../listing.ts';
import { createLineIndex } from '../line-index.ts';
import { parsePrintedDate } from '../printed-date.ts';

type MetaField = 'title' | 'authors' | 'comments' | 'journalRef' | 'doi' | 'mscClass' | 'acmClass' | 'subjects';

/** One section (/new) or day (/recent, /pastweek) of the page, with the count its heading prints. */
interface Block {
  type?: AnnouncementType;
  date?: string;
  count?: PrintedCount;
  /** Set when the heading could not be read; reported once, when the first entry under it is found. */
  unreadable?: { line: number; text: string; reported: boolean };
}

/** Depth of an element that is not open: every region below is "open" while its depth is >= 0. */
const CLOSED = -1;

const ARXIV_ORIGIN = 'https://arxiv.org';

/** "Showing new listings for Tuesday, 6 October 2026" (2024+ /new). */
const SHOWING_NEW_LISTINGS = /^showing new listings for\s+(.+)$/i;
/** "New submissions (showing 136 of 136 entries)" (2024+) or "Cross-lists for Mon, 23 Sep 24" (classic). */
const SECTION_HEADING =
  /^(new submissions|cross submissions|cross-lists|replacement submissions|replacements)\b\s*(?:for\s+(.+?))?\s*(?:\(.*)?$/i;
/** "(showing 47 of 47 entries )", "(showing first 3 of 110 entries )". */
const SHOWING_COUNT = /\(\s*showing\s+(?:first\s+)?(\d+)\s+of\s+(\d+)\s+entries\s*\)/i;
/** "Total of 408 entries" (2024+ div.paging) and "[ total of 93 entries: 1-93 ]" (classic small). */
const TOTAL_ENTRIES = /\btotal of\s+(\d+)\s+entries\b/i;
/** The range of entries this page shows, printed beside the total: "1-50". */
const PAGE_RANGE = /^\s*(\d+)\s*-\s*(\d+)\s*$/;
/** Links to a listing page, which carry its category and kind: "/list/cs.CL/recent?skip=0&show=50". */
const LIST_PAGE_HREF = /^(?:https?:\/\/(?:www\.)?arxiv\.org)?\/list\/([^/?#]+)\/(new|recent|pastweek)(?:[?#]|$)/i;
/** The page title or heading of recent and pastweek pages: "authors/titles recent submissions". */
const RECENT_SUBMISSIONS = /recent submissions/i;
const ABS_HREF = /\/abs\/([^?#]+)$/;
const PDF_HREF = /\/pdf\//;
const HTML_HREF = /\/html\//;
/** The printed identifier text, "arXiv:2610.03828", with its prefix. */
const ARXIV_PREFIX = /^arxiv:\s*/i;
/** New-style (2610.03828v2) and old-style (hep-th/9901001v1) arXiv identifiers. */
const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[a-z-]+)?\/\d{7})(?:v\d+)?$/i;
const CROSS_LIST_MARKER = /\(\s*cross-list from\s+[^)]+\)/i;
const REPLACED_MARKER = /\(\s*replaced\s*\)/i;
/** arXiv's visible text for links it shortened in comments and abstracts. */
const URL_PLACEHOLDER = /^\s*this https? URL\s*$/i;
const WHITESPACE_RUN = /\s+/g;
/** Whitespace that collapsing would change: a run of two, or any whitespace other than a plain space. */
const NEEDS_COLLAPSE = /\s\s|[^\S ]/;
/** Each list-* class in a class attribute ("list-title mathjax"). */
const LIST_CLASS = /(?:^|\s)(list-[\w-]+)/g;
/** Class names are separated by ASCII whitespace, all at or below the space character. */
const SPACE = 32;
const TRAILING_COLON = /:$/;
/** Marks a `<br>` in abstract text; split on before whitespace is collapsed. */
const PARAGRAPH_BREAK = '\u2029';

/** Fields named by the descriptor a meta div starts with ("Journal-ref:"), lower-cased without the colon. */
const DESCRIPTOR_FIELDS: Record<string, MetaField> = {
  title: 'title',
  authors: 'authors',
  comments: 'comments',
  'journal-ref': 'journalRef',
  doi: 'doi',
  'msc-class': 'mscClass',
  'acm-class': 'acmClass',
  subjects: 'subjects',
};

/** Fields named by a meta div's class, for divs printed without a descriptor (2024+ list-authors). */
const CLASS_FIELDS: Record<string, MetaField> = {
  'list-title': 'title',
  'list-authors': 'authors',
  'list-comments': 'comments',
  'list-journal-ref': 'journalRef',
  'list-doi': 'doi',
  'list-msc-class': 'mscClass',
  'list-acm-class': 'acmClass',
  'list-subjects': 'subjects',
};

const SECTION_TYPES: Record<string, AnnouncementType> = {
  'new submissions': 'new',
  'cross submissions': 'cross',
  'cross-lists': 'cross',
  'replacement submissions': 'replacement',
  replacements: 'replacement',
};

/** The page a /list/<cat>/<page> link names. */
const PAGE_KINDS: Record<string, ListingKind> = { new: 'new', recent: 'recent', pastweek: 'pastweek' };

const NO_ENTRIES_MESSAGE =
  'no arXiv listing entries found: is this a saved /list/<category>/new, /recent or /pastweek page?';

/** Parses a saved arXiv listing page; never throws, problems become diagnostics. */
export function parseArxivHtml(text: string): ParsedListing {
  const reader = new ListingReader(createLineIndex(text));
  new Parser(reader, { decodeEntities: false }).end(text);
  return reader.finish();
}

/**
 * Decodes the character references in a run of text exactly as htmlparser2 would, by tokenizing it
 * again with decoding on. The page itself is tokenized without decoding, which is about a quarter
 * faster, and only the few runs that hold an "&" pay for it.
 */
function decodeText(raw: string): string {
  if (!raw.includes('&')) return raw;
  let text = '';
  new Parser({ ontext: (data) => (text += data) }).end(raw);
  return text;
}

/** Decodes an attribute value as htmlparser2 would, re-quoting it the way it must have been quoted. */
function decodeAttribute(raw: string): string {
  if (!raw.includes('&')) return raw;
  const quote = !raw.includes('"') ? '"' : !raw.includes("'") ? "'" : '';
  let value = raw;
  new Parser({ onattribute: (_name, decoded) => (value = decoded) }).end(`<a href=${quote}${raw}${quote}>`);
  return value;
}

/**
 * htmlparser2 callbacks that follow the page's elements by depth: each region the reader cares about
 * (a heading, an entry's `<dt>`, a meta div, an author link...) remembers the depth it opened at and
 * is finished when the element at that depth closes.
 */
class ListingReader {
  private parser: Parser | undefined;
  private readonly lineOf: (offset: number) => number;
  private readonly entries: RawEntry[] = [];
  private readonly counts: PrintedCount[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private depth = 0;

  // Page-level facts.
  private pageDate: string | undefined;
  private totalCount: PrintedCount | undefined;
  private selfLink: RegExpExecArray | undefined;
  private breadcrumbLink: RegExpExecArray | undefined;
  private sawSectionHeading = false;
  private sawDayHeading = false;
  private recentHint = false;
  private block: Block = {};

  // Page-level regions.
  private rawTextDepth = CLOSED;
  private headingDepth = CLOSED;
  private headingLine = 0;
  private headingText = '';
  private hintDepth = CLOSED;
  private hintText = '';
  private navDepth = CLOSED;
  private breadcrumbDepth = CLOSED;
  private totalDepth = CLOSED;
  private totalLine = 0;
  private totalText = '';
  private rangeDepth = CLOSED;
  private rangeText = '';
  private shownOnPage: number | undefined;

  // The entry being read: its `<dt>`, then its `<dd>`.
  private entry: RawEntry | undefined;
  private awaitingBody = false;
  private dtDepth = CLOSED;
  private dtText = '';
  private absDepth = CLOSED;
  private absText = '';
  private absHref: RegExpExecArray | undefined;
  private links: RawLinks = {};
  private ddDepth = CLOSED;
  private fieldDepth = CLOSED;
  private field: MetaField | undefined;
  private fieldText = '';
  private descriptorDepth = CLOSED;
  private descriptorText = '';
  private primaryDepth = CLOSED;
  private primaryText = '';
  private authors: string[] = [];
  private anchorDepth = CLOSED;
  private anchorHref = '';
  private anchorText = '';
  private abstractDepth = CLOSED;
  private abstractText = '';

  constructor(lineOf: (offset: number) => number) {
    this.lineOf = lineOf;
  }

  onparserinit(parser: Parser): void {
    this.parser = parser;
  }

  /** The line of the tag being opened (htmlparser2 points startIndex at its `<`). */
  private currentLine(): number {
    return this.lineOf(this.parser?.startIndex ?? 0);
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    this.depth++;
    const depth = this.depth;
    switch (name) {
      case 'script':
      case 'style':
        if (this.rawTextDepth === CLOSED) this.rawTextDepth = depth;
        return;
      case 'dt':
        this.openEntryHead();
        return;
      case 'dd':
        this.openEntryBody();
        return;
      case 'h3':
        this.closeEntryBody();
        this.reportMissingBody();
        this.headingDepth = depth;
        this.headingLine = this.currentLine();
        this.headingText = '';
        return;
      case 'title':
      case 'h2':
        this.hintDepth = depth;
        this.hintText = '';
        return;
      case 'br':
        if (this.anchorDepth !== CLOSED) this.anchorText += ' ';
        else if (this.fieldDepth !== CLOSED) this.fieldText += ' ';
        else if (this.abstractDepth !== CLOSED) this.abstractText += PARAGRAPH_BREAK;
        return;
      case 'a':
        this.openAnchor(attribs.href ?? '', attribs.title);
        return;
      case 'small':
        if (this.ddDepth === CLOSED && this.dtDepth === CLOSED) this.openPageNavigation(depth);
        return;
      case 'span':
      case 'b':
        if (this.totalDepth !== CLOSED) this.openRange();
        break;
    }
    const classes = attribs.class;
    if (!classes) return;
    if (this.ddDepth !== CLOSED) this.openBodyPart(name, classes);
    else if (name === 'div' && (hasClass(classes, 'paging') || hasClass(classes, 'morefewer'))) {
      this.openPageNavigation(depth);
    } else if (this.breadcrumbDepth === CLOSED && hasClass(classes, 'header-breadcrumbs')) {
      this.breadcrumbDepth = depth;
    }
  }

  ontext(raw: string): void {
    if (this.rawTextDepth !== CLOSED) return;
    const data = decodeText(raw);
    if (this.dtDepth !== CLOSED) {
      this.dtText += data;
      if (this.absDepth !== CLOSED) this.absText += data;
    } else if (this.ddDepth !== CLOSED) {
      if (this.anchorDepth !== CLOSED) this.anchorText += data;
      else if (this.descriptorDepth !== CLOSED) this.descriptorText += data;
      else if (this.fieldDepth !== CLOSED) this.fieldText += data;
      else if (this.abstractDepth !== CLOSED) this.abstractText += data;
      if (this.primaryDepth !== CLOSED) this.primaryText += data;
    }
    if (this.headingDepth !== CLOSED) this.headingText += data;
    if (this.hintDepth !== CLOSED) this.hintText += data;
    if (this.totalDepth !== CLOSED) {
      this.totalText += data;
      if (this.rangeDepth !== CLOSED) this.rangeText += data;
    }
  }

  onclosetag(): void {
    const depth = this.depth;
    this.depth--;
    if (depth === this.rawTextDepth) this.rawTextDepth = CLOSED;
    if (depth === this.anchorDepth) this.closeAnchor();
    if (depth === this.absDepth) this.absDepth = CLOSED;
    if (depth === this.dtDepth) this.closeEntryHead();
    if (depth === this.descriptorDepth) this.closeDescriptor();
    if (depth === this.primaryDepth) this.primaryDepth = CLOSED;
    if (depth === this.fieldDepth) this.closeField();
    if (depth === this.abstractDepth) this.closeAbstract();
    if (depth === this.ddDepth) this.closeEntryBody();
    if (depth === this.headingDepth) this.closeHeading();
    if (depth === this.hintDepth) this.closeHint();
    if (depth === this.rangeDepth) this.closeRange();
    if (depth === this.totalDepth) this.closeTotal();
    if (depth === this.navDepth) this.navDepth = CLOSED;
    if (depth === this.breadcrumbDepth) this.breadcrumbDepth = CLOSED;
  }

  /** Builds the listing once the parser has closed every element. */
  finish(): ParsedListing {
    this.reportMissingBody();
    if (this.totalCount) this.totalCount.parsed = this.entries.length;
    if (this.entries.length === 0) {
      this.diagnostics.push({ severity: 'error', line: 1, message: NO_ENTRIES_MESSAGE });
    }
    const kind: ListingKind =
      PAGE_KINDS[this.selfLink?.[2]?.toLowerCase() ?? ''] ??
      (this.sawSectionHeading ? 'new' : this.sawDayHeading || this.recentHint ? 'recent' : 'new');
    const listing: ParsedListing = {
      format: 'arxiv-html',
      kind,
      entries: this.entries,
      counts: this.counts,
      diagnostics: this.diagnostics,
    };
    const category = this.selfLink?.[1] ?? this.breadcrumbLink?.[1];
    if (category) listing.category = category;
    if (kind === 'new' && this.pageDate) listing.date = this.pageDate;
    return listing;
  }

  // --- page navigation, headings and counts -------------------------------------------------------

  /** div.paging, div.morefewer and the classic `<small>` lines: the page total and links to this page. */
  private openPageNavigation(depth: number): void {
    if (this.navDepth === CLOSED) this.navDepth = depth;
    if (this.totalCount || this.totalDepth !== CLOSED) return;
    this.totalDepth = depth;
    this.totalLine = this.currentLine();
    this.totalText = '';
    this.shownOnPage = undefined;
  }

  /** A `<span>` (2024+) or `<b>` (classic) right inside the total line, which may hold the "1-50" range. */
  private openRange(): void {
    if (this.depth !== this.totalDepth + 1 || this.rangeDepth !== CLOSED) return;
    this.rangeDepth = this.depth;
    this.rangeText = '';
  }

  private closeRange(): void {
    this.rangeDepth = CLOSED;
    const range = PAGE_RANGE.exec(this.rangeText);
    if (range && this.shownOnPage === undefined) this.shownOnPage = Number(range[2]) - Number(range[1]) + 1;
  }

  private closeTotal(): void {
    this.totalDepth = CLOSED;
    const total = TOTAL_ENTRIES.exec(this.totalText);
    if (!total) return;
    this.totalCount = { line: this.totalLine, label: 'Total', total: Number(total[1]), parsed: 0 };
    if (this.shownOnPage !== undefined) this.totalCount.shown = this.shownOnPage;
    this.counts.push(this.totalCount);
  }

  private closeHint(): void {
    this.hintDepth = CLOSED;
    if (RECENT_SUBMISSIONS.test(this.hintText)) this.recentHint = true;
  }

  private closeHeading(): void {
    this.headingDepth = CLOSED;
    const line = this.headingLine;
    const heading = collapse(this.headingText);
    const newListings = SHOWING_NEW_LISTINGS.exec(heading);
    if (newListings) {
      this.sawSectionHeading = true;
      this.pageDate ??= parsePrintedDate(newListings[1]!);
      this.block = {};
      return;
    }
    const shown = SHOWING_COUNT.exec(heading);
    const section = SECTION_HEADING.exec(heading);
    const type = section ? SECTION_TYPES[section[1]!.toLowerCase()] : undefined;
    if (section && type) {
      this.sawSectionHeading = true;
      const date = section[2] === undefined ? this.pageDate : parsePrintedDate(section[2]);
      this.pageDate ??= date;
      this.block = { type, date };
      if (shown) this.block.count = this.pushCount(line, section[1]!, shown, type, date);
      return;
    }
    const label = shown ? heading.slice(0, shown.index).trim() : heading;
    const day = parsePrintedDate(label);
    if (day) {
      this.sawDayHeading = true;
      this.block = { date: day };
      if (shown) this.block.count = this.pushCount(line, label, shown, undefined, day);
      return;
    }
    this.block = { unreadable: { line, text: heading, reported: false } };
  }

  private pushCount(
    line: number,
    label: string,
    shown: RegExpExecArray,
    type: AnnouncementType | undefined,
    date: string | undefined,
  ): PrintedCount {
    const count: PrintedCount = { line, label, shown: Number(shown[1]), total: Number(shown[2]), parsed: 0 };
    if (type) count.type = type;
    if (date) count.date = date;
    this.counts.push(count);
    return count;
  }

  // --- entries -------------------------------------------------------------------------------------

  private openEntryHead(): void {
    if (this.dtDepth !== CLOSED) this.closeEntryHead();
    this.closeEntryBody();
    this.reportMissingBody();
    this.dtDepth = this.depth;
    this.dtText = '';
    this.absHref = undefined;
    this.absText = '';
    this.links = {};
    this.entry = { line: this.currentLine() };
  }

  /** Reads a link by where it sits; its href is decoded only where it is kept (most are author links). */
  private openAnchor(rawHref: string, title: string | undefined): void {
    if (this.dtDepth !== CLOSED) {
      const href = decodeAttribute(rawHref).trim();
      const abs = ABS_HREF.exec(href);
      if (abs && !this.absHref) {
        this.absHref = abs;
        this.absDepth = this.depth;
        this.links.abs = absolutize(href);
      } else if (PDF_HREF.test(href)) this.links.pdf ??= absolutize(href);
      else if (href && (HTML_HREF.test(href) || title === 'View HTML')) this.links.html ??= absolutize(href);
    } else if (this.ddDepth !== CLOSED) {
      if (this.anchorDepth !== CLOSED) return;
      this.anchorDepth = this.depth;
      this.anchorHref = rawHref;
      this.anchorText = '';
    } else if (this.navDepth !== CLOSED || this.breadcrumbDepth !== CLOSED) {
      const link = LIST_PAGE_HREF.exec(rawHref.trim());
      if (!link) return;
      if (this.navDepth !== CLOSED) this.selfLink ??= link;
      else this.breadcrumbLink = link;
    }
  }

  /** Completes the entry from its `<dt>`: identifier, announcement marker and download links. */
  private closeEntryHead(): void {
    this.dtDepth = CLOSED;
    this.absDepth = CLOSED;
    const entry = this.entry;
    if (!entry) return;
    const printedId = collapse(this.absText).replace(ARXIV_PREFIX, '');
    const id = ARXIV_ID.test(printedId) ? printedId : this.absHref?.[1];
    if (id) entry.id = id;
    if (this.links.abs || this.links.pdf || this.links.html) entry.links = this.links;
    const block = this.block;
    const type = CROSS_LIST_MARKER.test(this.dtText)
      ? 'cross'
      : REPLACED_MARKER.test(this.dtText)
        ? 'replacement'
        : block.unreadable
          ? undefined
          : (block.type ?? 'new');
    if (type) entry.type = type;
    const date = block.date ?? this.pageDate;
    if (date) entry.date = date;
    if (!id) {
      this.diagnostics.push({
        severity: 'error',
        line: entry.line,
        message:
          'entry <dt> has no arXiv identifier: expected a link such as <a href="/abs/2405.03627">arXiv:2405.03627</a>; ' +
          'the entry is kept without an id',
      });
    }
    if (block.unreadable && !block.unreadable.reported) {
      block.unreadable.reported = true;
      this.diagnostics.push({
        severity: 'warning',
        line: block.unreadable.line,
        message:
          `cannot read the section heading "${block.unreadable.text}": expected "New submissions (showing 136 of 136 entries)", ` +
          '"Cross-lists for Mon, 23 Sep 24" or a day such as "Mon, 27 Jul 2026 (showing 47 of 47 entries )"; ' +
          'its entries are kept without a section type or a day of their own',
      });
    }
    this.entries.push(entry);
    if (block.count) block.count.parsed++;
    this.awaitingBody = true;
  }

  private openEntryBody(): void {
    this.closeEntryBody();
    if (!this.awaitingBody || !this.entry) {
      this.diagnostics.push({
        severity: 'warning',
        line: this.currentLine(),
        message: 'a <dd> entry body has no <dt> (identifier line) before it: ignored',
      });
      return;
    }
    this.awaitingBody = false;
    this.ddDepth = this.depth;
  }

  /** Ends the `<dd>` being read; also called when a `<dt>` or heading opens inside an unclosed one. */
  private closeEntryBody(): void {
    if (this.ddDepth === CLOSED) return;
    if (this.anchorDepth !== CLOSED) this.closeAnchor();
    if (this.fieldDepth !== CLOSED) this.closeField();
    if (this.abstractDepth !== CLOSED) this.closeAbstract();
    this.ddDepth = CLOSED;
    this.descriptorDepth = CLOSED;
    this.primaryDepth = CLOSED;
    this.entry = undefined;
  }

  private reportMissingBody(): void {
    if (!this.awaitingBody || !this.entry) return;
    this.awaitingBody = false;
    const label = this.entry.id ? `arXiv:${this.entry.id}` : `at line ${this.entry.line}`;
    this.diagnostics.push({
      severity: 'error',
      line: this.entry.line,
      message:
        `entry ${label} has a <dt> but no <dd> after it, so its title, authors and subjects are missing: ` +
        'the page looks truncated; save the complete page again',
    });
    this.entry = undefined;
  }

  /** Inside a `<dd>`: a list-* meta div, its descriptor, the primary subject, or the `p.mathjax` abstract. */
  private openBodyPart(name: string, classes: string): void {
    const depth = this.depth;
    if (this.fieldDepth === CLOSED && this.abstractDepth === CLOSED) {
      if (name === 'div' && classes.includes('list-')) {
        this.fieldDepth = depth;
        this.field = fieldOfClasses(classes);
        this.fieldText = '';
        this.authors = [];
      } else if (name === 'p' && hasClass(classes, 'mathjax')) {
        this.abstractDepth = depth;
        this.abstractText = '';
      }
      return;
    }
    if (name !== 'span' || this.fieldDepth === CLOSED) return;
    if (depth === this.fieldDepth + 1 && hasClass(classes, 'descriptor')) {
      this.descriptorDepth = depth;
      this.descriptorText = '';
    } else if (hasClass(classes, 'primary-subject') && this.primaryDepth === CLOSED) {
      this.primaryDepth = depth;
      this.primaryText = '';
    }
  }

  private closeDescriptor(): void {
    this.descriptorDepth = CLOSED;
    const descriptor = collapse(this.descriptorText).replace(TRAILING_COLON, '').toLowerCase();
    this.field = DESCRIPTOR_FIELDS[descriptor] ?? this.field;
  }

  /**
   * One author per link, its text only: the text between links holds separators and affiliation
   * marks ("(1)", "((1) University of Arizona, ...)") rather than names.
   * Elsewhere, a link shown as "this https URL" stands for its href.
   */
  private closeAnchor(): void {
    this.anchorDepth = CLOSED;
    const text = this.anchorText;
    if (this.fieldDepth !== CLOSED && this.field === 'authors') {
      const author = collapse(text);
      if (author) this.authors.push(author);
      return;
    }
    const href = URL_PLACEHOLDER.test(text) ? decodeAttribute(this.anchorHref).trim() : '';
    const shown = href || text;
    if (this.fieldDepth !== CLOSED) this.fieldText += shown;
    else if (this.abstractDepth !== CLOSED) this.abstractText += shown;
  }

  private closeField(): void {
    this.fieldDepth = CLOSED;
    const entry = this.entry;
    const field = this.field;
    if (!entry || !field) return;
    if (field === 'authors') {
      if (this.authors.length > 0) entry.authors = this.authors;
    } else if (field === 'subjects') {
      readSubjects(this.fieldText, collapse(this.primaryText), entry);
    } else {
      const value = collapse(this.fieldText);
      if (value) entry[field] = value;
    }
  }

  /** Paragraphs separated by a blank line, whitespace inside each collapsed. */
  private closeAbstract(): void {
    this.abstractDepth = CLOSED;
    if (!this.entry) return;
    const abstract = this.abstractText
      .split(PARAGRAPH_BREAK)
      .map(collapse)
      .filter((paragraph) => paragraph !== '')
      .join('\n\n');
    if (abstract) this.entry.abstract = abstract;
  }
}

/** Categories as printed, "Name (code)", split on ";" with the span.primary-subject one first. */
function readSubjects(text: string, primary: string, entry: RawEntry): void {
  const categories = text
    .split(';')
    .map(collapse)
    .filter((category) => category !== '');
  if (primary) {
    const at = categories.indexOf(primary);
    if (at > 0) categories.splice(at, 1);
    if (at !== 0) categories.unshift(primary);
    entry.primaryKnown = true;
  }
  if (categories.length > 0) entry.categories = categories;
}

function fieldOfClasses(classes: string): MetaField | undefined {
  LIST_CLASS.lastIndex = 0;
  for (let match = LIST_CLASS.exec(classes); match; match = LIST_CLASS.exec(classes)) {
    const field = CLASS_FIELDS[match[1]!];
    if (field) return field;
  }
  return undefined;
}

/** Whether a class attribute lists `name`; scans in place because it runs for every classed element. */
function hasClass(classes: string, name: string): boolean {
  for (let at = classes.indexOf(name); at !== -1; at = classes.indexOf(name, at + 1)) {
    const end = at + name.length;
    if ((at === 0 || classes.charCodeAt(at - 1) <= SPACE) && (end === classes.length || classes.charCodeAt(end) <= SPACE)) {
      return true;
    }
  }
  return false;
}

function collapse(text: string): string {
  const trimmed = text.trim();
  return NEEDS_COLLAPSE.test(trimmed) ? trimmed.replace(WHITESPACE_RUN, ' ') : trimmed;
}

/** Makes site-relative hrefs ("/pdf/2610.03828") absolute on arxiv.org; other hrefs stay as found. */
function absolutize(href: string): string {
  if (href.startsWith('//')) return `https:${href}`;
  if (href.startsWith('/')) return `${ARXIV_ORIGIN}${href}`;
  return href;
}
