// Parses arXiv's plain-text daily mailing (the listings/new e-mail digest) into raw entries.
import type { AnnouncementType, Diagnostic, ParsedListing, PrintedCount, RawEntry } from '../listing.ts';
import { parsePrintedDate } from '../printed-date.ts';
import { assignPresent, collapseWhitespace, LINE_BREAK, splitAuthorNames, STARTS_WITH_WHITESPACE, unwrapParagraphs } from './printed-text.ts';

const HEADER_DATE = /^Date:\s*(.*)$/;
/** "Subject: q-fin daily 13 new +  crosses received" (the cross count may be blank). */
const SUBJECT = /^Subject:\s*(\S+)\s+daily\b(.*)$/;
const NEW_COUNT = /(\d+)\s+new\b/;
const CROSS_COUNT = /\+\s*(\d*)\s*cross/;

const RULE_CROSSES = /^%-%-%-%-%-/;
const RULE_REPLACEMENTS = /^%%--%%--%%--/;
const RULE_END = /^%%%---%%%---/;
const RULE_PLAIN = /^-{10,}\s*$/;
const RECORD_START = /^\\\\\s*$/;
/** "\\ ( https://arxiv.org/abs/2303.08867 ,  243kb)" closes a record. */
const RECORD_END = /^\\\\\s*\(\s*(https?:\/\/[^\s,)]+)?/;

/** "arXiv:2303.08867", "arXiv:math/0501001 (*cross-listing*)". */
const ID_LINE = /^arXiv:\s*(\S+)(\s*\(\*cross-listing\*\))?/;
const REPLACED_LINE = /^replaced with revised version\b/i;
/** `s`: a value may hold U+2028/U+2029, which `.` would not match and the field would be lost. */
const FIELD_LINE = /^([A-Za-z][A-Za-z-]*):\s*(.*)$/s;

type TextField = 'title' | 'authors' | 'categories' | 'comments' | 'mscClass' | 'acmClass' | 'journalRef' | 'doi';

const FIELD_NAMES: Record<string, TextField | 'ignored'> = {
  'title': 'title',
  'authors': 'authors',
  'categories': 'categories',
  'comments': 'comments',
  'msc-class': 'mscClass',
  'acm-class': 'acmClass',
  'journal-ref': 'journalRef',
  'doi': 'doi',
  // The submission date, not the announcement day; the report number has no place in an entry.
  'date': 'ignored',
  'report-no': 'ignored',
};

interface OpenRecord {
  entry: RawEntry;
  /** The id line carries "(*cross-listing*)". */
  crossMarked: boolean;
  /** A "replaced with revised version" line stands where new records print their submission date. */
  replaced: boolean;
  /** The lines of each field, first line and continuations. */
  fields: Partial<Record<TextField, string[]>>;
  /** The field that indented continuation lines belong to. */
  field: TextField | 'ignored' | undefined;
  /** Set once the "\\" line between the fields and the abstract is seen. */
  abstractLines: string[] | undefined;
}

/** Parses a mailing; never throws. Every entry carries the mailing's day (see readMailHeader). */
export function parseArxivMailing(text: string): ParsedListing {
  const lines = text.split(LINE_BREAK);
  const listing: ParsedListing = { format: 'arxiv-mailing', kind: 'mailing', entries: [], counts: [], diagnostics: [] };
  const diagnostics = listing.diagnostics;
  const subjectCounts: PrintedCount[] = [];
  let section: AnnouncementType = 'new';
  let sawRecord = false;
  let record: OpenRecord | undefined;

  const closeRecord = (terminated: boolean) => {
    if (!record) return;
    const { entry } = record;
    if (!terminated) {
      diagnostics.push({
        severity: 'error',
        line: entry.line,
        message: `The record${entry.id ? ` for arXiv:${entry.id}` : ''} starting here has no closing "\\\\ ( https://arxiv.org/abs/… )" line; the mailing looks truncated. Save the complete e-mail and ingest it again.`,
      });
    }
    finishRecord(record, section, listing.date, diagnostics);
    listing.entries.push(entry);
    record = undefined;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const lineNumber = index + 1;
    const isRule = RULE_CROSSES.test(line) || RULE_REPLACEMENTS.test(line) || RULE_END.test(line) || RULE_PLAIN.test(line);
    if (record && isRule) closeRecord(false);

    if (record) {
      const end = RECORD_END.exec(line);
      if (end) {
        if (end[1]) record.entry.links = { abs: end[1] };
        closeRecord(true);
      } else if (record.abstractLines) record.abstractLines.push(line);
      else if (RECORD_START.test(line)) record.abstractLines = [];
      else readHeaderLine(record, line, lineNumber, diagnostics);
      continue;
    }

    if (RULE_END.test(line)) break;
    if (RULE_CROSSES.test(line)) section = 'cross';
    else if (RULE_REPLACEMENTS.test(line)) section = 'replacement';
    else if (RECORD_START.test(line)) {
      sawRecord = true;
      record = { entry: { line: lineNumber }, crossMarked: false, replaced: false, fields: {}, field: undefined, abstractLines: undefined };
    } else if (!sawRecord) {
      readMailHeader(line, lineNumber, listing, subjectCounts);
    }
  }
  closeRecord(false);

  for (const count of subjectCounts) {
    count.parsed = listing.entries.filter((entry) => entry.type === count.type).length;
    listing.counts.push(count);
  }
  if (listing.date === undefined) {
    diagnostics.push({
      severity: 'warning',
      line: 1,
      message: 'No "Date:" header with a valid date: entries get no announcement day. Keep the e-mail headers when saving a mailing.',
    });
  }
  if (listing.entries.length === 0) {
    diagnostics.push({
      severity: 'error',
      line: 1,
      message: 'No records found: an arXiv mailing lists each paper between "\\\\" lines, starting with "arXiv:ID".',
    });
  }
  return listing;
}

/**
 * The e-mail headers before the first record. The announcement day is the day of the "Date:"
 * header ("Fri, 17 Mar 23 00:31:14 GMT" -> 2023-03-17): arXiv sends the digest right after the
 * announcement, and arXiv's own listing code reads the same header as the announcement date,
 * which matches the day the web listings and feeds give that announcement.
 */
function readMailHeader(
  line: string,
  lineNumber: number,
  listing: ParsedListing,
  subjectCounts: PrintedCount[],
): void {
  const date = HEADER_DATE.exec(line);
  if (date) {
    const day = parsePrintedDate(date[1]!);
    if (day) listing.date ??= day;
    return;
  }
  const subject = SUBJECT.exec(line);
  if (!subject) return;
  listing.category = subject[1]!;
  const newCount = NEW_COUNT.exec(subject[2]!);
  if (newCount) {
    subjectCounts.push({ line: lineNumber, label: 'new', type: 'new', total: Number(newCount[1]), parsed: 0 });
  }
  const crossCount = CROSS_COUNT.exec(subject[2]!);
  if (crossCount) {
    // A blank count ("13 new +  crosses") is printed when arXiv leaves it out: unknown, not zero.
    const count: PrintedCount = { line: lineNumber, label: 'crosses', type: 'cross', parsed: 0 };
    if (crossCount[1]) count.total = Number(crossCount[1]);
    subjectCounts.push(count);
  }
}

function readHeaderLine(record: OpenRecord, line: string, lineNumber: number, diagnostics: Diagnostic[]): void {
  if (line.trim() === '') return;
  if (STARTS_WITH_WHITESPACE.test(line) && record.field !== undefined) {
    if (record.field !== 'ignored') record.fields[record.field]!.push(line);
    return;
  }
  record.field = undefined;
  const id = ID_LINE.exec(line);
  if (id && record.entry.id === undefined) {
    record.entry.id = id[1]!;
    record.crossMarked = id[2] !== undefined;
    return;
  }
  if (REPLACED_LINE.test(line)) {
    record.replaced = true;
    return;
  }
  const field = FIELD_LINE.exec(line);
  const name = field ? FIELD_NAMES[field[1]!.toLowerCase()] : undefined;
  if (field && name) {
    record.field = name;
    if (name !== 'ignored') record.fields[name] = [field[2]!];
    return;
  }
  diagnostics.push({
    severity: 'warning',
    line: lineNumber,
    message: field
      ? `Unknown field "${field[1]}:" in a mailing record; it was ignored.`
      : `Unexpected line in a mailing record header: "${line.trim().slice(0, 60)}"; it was ignored.`,
  });
}

function finishRecord(record: OpenRecord, section: AnnouncementType, date: string | undefined, diagnostics: Diagnostic[]): void {
  const { entry, fields } = record;
  const joined = (name: TextField) => {
    const parts = fields[name];
    return parts ? collapseWhitespace(parts.join(' ')) || undefined : undefined;
  };
  const authors = joined('authors');
  const categories = joined('categories');
  const abstract = record.abstractLines ? unwrapParagraphs(record.abstractLines) : '';
  assignPresent(entry, {
    title: joined('title'),
    authors: authors ? splitAuthorNames(authors) : undefined,
    abstract: abstract || undefined,
    comments: joined('comments'),
    journalRef: joined('journalRef'),
    doi: joined('doi'),
    mscClass: joined('mscClass'),
    acmClass: joined('acmClass'),
    // The mailing prints arXiv's category list, whose first code is the primary category.
    categories: categories?.split(' '),
    primaryKnown: categories ? true : undefined,
    // The section decides, but a record's own marks win where a mailing lacks the section rules.
    type: record.replaced || section === 'replacement' ? 'replacement' : record.crossMarked ? 'cross' : section,
    date,
  });
  if (entry.id === undefined) {
    diagnostics.push({
      severity: 'error',
      line: entry.line,
      message: 'This mailing record has no "arXiv:ID" line, so its paper cannot be identified. Check that the record was copied whole.',
    });
  }
  if (entry.title === undefined) {
    diagnostics.push({
      severity: 'error',
      line: entry.line,
      message: `This mailing record${entry.id ? ` (arXiv:${entry.id})` : ''} has no "Title:" line. Check that the record was copied whole.`,
    });
  }
}
