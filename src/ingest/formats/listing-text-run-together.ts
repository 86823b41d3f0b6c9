// Reads an arXiv /list/<cat>/new page copied by a browser that ran its fields together: "Title: …Subjects: …"
// on one line, the authors glued to the end of the title, and the next entry's header glued to an abstract.
import type { ParsedListing, RawEntry } from '../listing.ts';
import {
  ENTRY_HEADER_AT_START,
  ENTRY_HEADER_RUN_ON,
  TEXT_FIELDS,
  createListingTextReader,
  findSeparatingCommas,
  readEntryHeader,
  readFieldLine,
  setEntryField,
  splitTextLines,
} from './listing-text-fields.ts';
import type { EntryHeader, ListingTextReader, TextField } from './listing-text-fields.ts';
import { collapseWhitespace } from './printed-text.ts';

/** A piece of one line: text, or an entry header found at the line's start or glued to its end. */
type LinePiece = { text: string } | { header: EntryHeader };

interface OpenEntry {
  entry: RawEntry;
  header: EntryHeader;
  sawFields: boolean;
  paragraphs: string[];
}

/** What a title run together with its authors comes apart into. */
interface TitleSplit {
  title: string;
  authors?: string[];
  /** A tail that reads as one person's name but may as well end the title; kept in the title. */
  doubtfulAuthor?: string;
}

/** Leftover list markers of the page's `<dt>`/`<dd>`, printed as a lone "-". */
const LIST_MARKER = /^-$/;
/**
 * A complete "Subjects:" value, "Name (code); Name (code)", so that an abstract glued to it can be cut off.
 * Category names hold no parentheses or semicolons; codes are "cs.DC", "astro-ph", "cond-mat.stat-mech".
 */
const SUBJECT_LIST = /^[^;()]+\([a-z-]+(?:\.[A-Za-z-]+)?\)(?:\s*;\s*[^;()]+\([a-z-]+(?:\.[A-Za-z-]+)?\))*/;

// An author name is read word by word. These are the shapes its words take.
/** The letters of a capitalised word after its capital: "ingyu" of "Xingyu", "ené" of "René". */
const LOWER_RUN = String.raw`[\p{Ll}\p{M}]+`;
/** A capitalised word, "Xingyu", with the apostrophes and hyphens of "Shin'ichiro", "Dell'Agnello", "Betbeder-Matibet". */
const CAPITALISED = String.raw`\p{Lu}${LOWER_RUN}(?:['’]\p{Lu}?${LOWER_RUN})?(?:-\p{Lu}?${LOWER_RUN})*`;
/** A name word, also with the prefixes that keep a capital inside it: "McDonald", "LeCun", "O'Brien", Dutch "IJssel". */
const NAME_WORD = new RegExp(
  String.raw`^(?:(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|\p{Lu}['’])?${CAPITALISED}|IJ${LOWER_RUN})$`,
  'u',
);
/** Initials glued to the surname: "T.Sperling", "Y.Wong". */
const INITIALS_GLUED = new RegExp(String.raw`^(?:\p{Lu}\.-?)+${CAPITALISED}$`, 'u');
/** A lower-case prefix joined by a hyphen: "ud-Doula", "al-Hassan", "el-Sayed". */
const PREFIXED_WORD = new RegExp(String.raw`^\p{Ll}{1,3}-${CAPITALISED}$`, 'u');
/** "YingJie", "MohajerAnsari". */
const CAMEL_CASE_WORD = new RegExp(String.raw`^\p{Lu}${LOWER_RUN}(?:\p{Lu}${LOWER_RUN})+$`, 'u');
/** "R.", "J.-P.", "R.J.", and the short Catalan or Greek initials "Ll.", "Th.". */
const INITIAL = /^\p{Lu}\p{Ll}{0,2}\.(?:-?\p{Lu}\.)*$/u;
/** An initial printed without its dot: "Yuki M Asano". */
const BARE_INITIAL = /^\p{Lu}$/u;
/** Lower-case particles inside a name: "Telmo de Menezes e Silva Filho", "Jan van der Berg". */
const NAME_PARTICLE = /^(?:van|von|der|den|de|del|della|dei|di|da|du|dos|das|do|e|y|la|le|ten|ter|bin|binti|al|el|zu)$/;
const NAME_SUFFIX = /^(?:Jr\.|Sr\.|II|III|IV)$/;
/** A collaboration in an author list: "DESI Collaboration", "for the LiteBIRD Collaboration", "BICEP/Keck Collaboration". */
const GROUP_NAME =
  /^(?:(?:for|on behalf of) the )?[\p{Lu}\p{N}][\p{L}\p{N}/&-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}/&-]*){0,4} (?:Collaboration|Consortium|Team|Group)s?$/u;
/** An affiliation printed after a name: "Yanghua Xiao (Fudan University)". */
const TRAILING_AFFILIATION = /\s*\([^()]*\)$/;
const MAX_NAME_WORDS = 5;
/** Longer than any name of at most five words; keeps the search linear on text that is not one. */
const MAX_NAME_LENGTH = 120;
/** Upper-case letters: where a glued author list may begin. */
const UPPERCASE = /\p{Lu}/u;
const LOWERCASE_LETTER = /\p{Ll}/u;
/** Characters after which an upper-case letter continues the same word rather than starting a name. */
const INSIDE_WORD = /[\s\-'’]/;
/** An initial just before: the capital after it ("A.C. Sander") is the next initial, not a new name. */
const AFTER_INITIAL = /\p{Lu}\.$/u;
/** What ends a title unmistakably before a lone glued name: a number ("Australia: 2024Slava Kitaeff") or closing mark. */
const CLEAR_TITLE_END = /(?:^|\s)\d+$|[?!$}”"]$/;

export function parseRunTogetherListingText(text: string): ParsedListing {
  const lines = splitTextLines(text);
  const reader = createListingTextReader({ typeFromSection: false });
  let open: OpenEntry | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    for (const piece of splitAtEntryHeaders(lines[i]!)) {
      if ('header' in piece) {
        if (open) reader.endEntry(open.entry, open.header, open.paragraphs);
        open = { entry: reader.startEntry(piece.header, line), header: piece.header, sawFields: false, paragraphs: [] };
        continue;
      }
      const trimmed = piece.text.trim();
      // Headings turn up between entries wherever the copy put them; they do not end the entry they interrupt.
      if (!trimmed || LIST_MARKER.test(trimmed) || reader.readPageLine(trimmed, line)) continue;
      if (!open) continue;
      if (open.paragraphs.length === 0 && readFieldLine(trimmed)) readRunTogetherFields(open, trimmed, line, reader);
      else if (open.sawFields) open.paragraphs.push(trimmed);
    }
  }
  if (open) reader.endEntry(open.entry, open.header, open.paragraphs);
  return reader.finish('listing-text-run-together', lines);
}

function splitAtEntryHeaders(line: string): LinePiece[] {
  const pieces: LinePiece[] = [];
  let rest = line;
  const atStart = ENTRY_HEADER_AT_START.exec(rest);
  if (atStart) {
    pieces.push({ header: readEntryHeader(atStart) });
    rest = rest.slice(atStart[0].length);
  }
  let position = 0;
  for (const match of rest.matchAll(ENTRY_HEADER_RUN_ON)) {
    pieces.push({ text: rest.slice(position, match.index) });
    pieces.push({ header: readEntryHeader(match) });
    position = match.index + match[0].length;
  }
  pieces.push({ text: rest.slice(position) });
  return pieces;
}

function readRunTogetherFields(open: OpenEntry, text: string, line: number, reader: ListingTextReader): void {
  open.sawFields = true;
  const { entry } = open;
  const fields = splitRunTogetherFields(text);
  for (const [field, value] of fields) {
    if (field === 'Title') continue;
    if (field === 'Subjects') {
      // An abstract run onto the subjects starts right after the last "(code)".
      const subjects = SUBJECT_LIST.exec(value.trim());
      setEntryField(entry, field, subjects ? subjects[0] : value);
      const rest = subjects ? value.trim().slice(subjects[0].length).trim() : '';
      if (rest) open.paragraphs.push(rest);
    } else {
      setEntryField(entry, field, value);
    }
  }
  const head = fields.get('Title');
  if (head === undefined) return;
  if (entry.authors) {
    setEntryField(entry, 'Title', head);
    return;
  }
  const split = splitTitleAndAuthors(collapseWhitespace(head));
  if (split.title) entry.title = split.title;
  if (split.authors) entry.authors = split.authors;
  if (split.doubtfulAuthor) {
    reader.report(
      'warning',
      line,
      `entry [${open.header.number}]: the title ends in "${split.doubtfulAuthor}", which may be a single author's name run onto it; it was kept in the title with no authors`,
    );
  }
}

/**
 * Cuts a run-together metadata line at its field prefixes, taken in the order arXiv prints them, so that
 * a prefix-like word inside an earlier field ("Comments: … DOI: 10.1/x") does not end it early.
 */
function splitRunTogetherFields(text: string): Map<TextField, string> {
  const fields = new Map<TextField, string>();
  let current: TextField | undefined;
  let valueStart = 0;
  for (const field of TEXT_FIELDS) {
    const at = text.indexOf(`${field}:`, valueStart);
    if (at < 0) continue;
    if (current) fields.set(current, text.slice(valueStart, at));
    current = field;
    valueStart = at + field.length + 1;
  }
  if (current) fields.set(current, text.slice(valueStart));
  return fields;
}

/**
 * Splits "…Distributed Prefix CachingXingyu Xiang, Raj Joshi, …, Minlan Yu" into title and authors.
 * The authors begin at an upper-case letter glued to the character before it ("CachingXingyu"), and
 * everything from there on must read as comma-separated author names, the first of at least two words.
 * The first such place wins: a later one lies inside a name ("LeCun"). A list of two or more names is
 * taken; a lone name is taken only when the title plainly ended before it, since "Scaling DeepSpeed
 * Inference" reads as "Speed Inference" after "Deep".
 */
function splitTitleAndAuthors(head: string): TitleSplit {
  // Part k of the text runs from bounds[k] + 1 to bounds[k + 1]; namesFrom[k] says parts k… are all names.
  const bounds = [-1, ...findSeparatingCommas(head), head.length];
  const parts = bounds.slice(1).map((end, k) => head.slice(bounds[k]! + 1, end).trim());
  const namesFrom = [...parts.map(() => false), true];
  for (let k = parts.length - 1; k >= 1; k--) namesFrom[k] = namesFrom[k + 1]! && isAuthorName(parts[k]!, false);

  let part = 0;
  for (let at = 1; at < head.length; at++) {
    while (bounds[part + 1]! < at) part++;
    const partEnd = bounds[part + 1]!;
    if (!UPPERCASE.test(head[at]!) || INSIDE_WORD.test(head[at - 1]!) || AFTER_INITIAL.test(head.slice(at - 2, at)))
      continue;
    if (!namesFrom[part + 1] || partEnd - at > MAX_NAME_LENGTH) continue;
    const firstName = head.slice(at, partEnd).trim();
    if (!firstName.includes(' ') || !isAuthorName(firstName, true)) continue;
    const title = head.slice(0, at).trim();
    const names = [firstName, ...parts.slice(part + 1)];
    if (names.length > 1 || CLEAR_TITLE_END.test(title)) return { title, authors: names };
    // After a capital the "name" is the tail of an acronym ("GPU Hash Tables"): no doubt to report.
    return LOWERCASE_LETTER.test(head[at - 1]!) ? { title: head, doubtfulAuthor: firstName } : { title: head };
  }
  return { title: head };
}

/**
 * A collaboration, or a person: one to five capitalised words or initials, particles between them, a suffix
 * at the end. A name glued to the title may not be a collaboration, have CamelCase words or start with a
 * bare capital, since the end of a title looks the same ("ByteDanceBorui Wan", "KM3NeT Collaboration",
 * "GPU Hash Tables").
 */
function isAuthorName(name: string, gluedToTitle: boolean): boolean {
  if (GROUP_NAME.test(name)) return !gluedToTitle;
  const words = name.replace(TRAILING_AFFILIATION, '').split(' ');
  let capitalised = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const last = i === words.length - 1;
    const initial = INITIAL.test(word) || (BARE_INITIAL.test(word) && (i > 0 || !gluedToTitle));
    if (isNameWord(word) || (!gluedToTitle && CAMEL_CASE_WORD.test(word)) || (!last && initial)) capitalised++;
    else if (!(i > 0 && !last && NAME_PARTICLE.test(word)) && !(i > 0 && last && NAME_SUFFIX.test(word))) return false;
  }
  return capitalised >= 1 && capitalised <= MAX_NAME_WORDS;
}

function isNameWord(word: string): boolean {
  return NAME_WORD.test(word) || INITIALS_GLUED.test(word) || PREFIXED_WORD.test(word);
}
