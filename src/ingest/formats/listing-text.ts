// Reads the text a reader gets by selecting all of an arXiv /list/<cat>/new (or /recent) page and
// copying it: one field per line, the authors on the unprefixed line after the title.
import type { ParsedListing, RawEntry } from '../listing.ts';
import {
  ENTRY_HEADER_AT_START,
  createListingTextReader,
  readEntryHeader,
  readFieldLine,
  setEntryField,
  splitTextLines,
} from './listing-text-fields.ts';
import type { EntryHeader } from './listing-text-fields.ts';

/** An entry whose lines are being read. */
interface OpenEntry {
  entry: RawEntry;
  header: EntryHeader;
  /** Metadata lines come first; the first blank line after them, or unprefixed text after them, starts the abstract. */
  inAbstract: boolean;
  sawField: boolean;
  /** The line just read was the title, so an unprefixed line now is the author list. */
  authorsNext: boolean;
  paragraphs: string[];
}

export function parseListingText(text: string): ParsedListing {
  const lines = splitTextLines(text);
  const reader = createListingTextReader({ typeFromSection: true });
  let open: OpenEntry | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const trimmed = lines[i]!.trim();
    const header = ENTRY_HEADER_AT_START.exec(trimmed);
    if (header) {
      if (open) reader.endEntry(open.entry, open.header, open.paragraphs);
      const parsedHeader = readEntryHeader(header);
      open = {
        entry: reader.startEntry(parsedHeader, line),
        header: parsedHeader,
        inAbstract: false,
        sawField: false,
        authorsNext: false,
        paragraphs: [],
      };
      continue;
    }
    if (reader.readPageLine(trimmed, line)) {
      if (open) reader.endEntry(open.entry, open.header, open.paragraphs);
      open = undefined;
      continue;
    }
    if (open) readEntryLine(open, trimmed);
  }
  if (open) reader.endEntry(open.entry, open.header, open.paragraphs);
  return reader.finish('listing-text', lines);
}

function readEntryLine(open: OpenEntry, text: string): void {
  if (open.inAbstract) {
    if (text) open.paragraphs.push(text);
    return;
  }
  if (!text) {
    if (open.sawField) open.inAbstract = true;
    return;
  }
  const field = readFieldLine(text);
  if (field) {
    open.sawField = true;
    setEntryField(open.entry, field.field, field.value);
    open.authorsNext = field.field === 'Title';
    return;
  }
  if (open.authorsNext) {
    setEntryField(open.entry, 'Authors', text);
    open.authorsNext = false;
    return;
  }
  // Without a title the first unprefixed line could be the title or the authors: neither is guessed.
  if (open.entry.title === undefined) return;
  open.inAbstract = true;
  open.paragraphs.push(text);
}
