// arXiv's metadata text conventions, shared by the parsers of its text and feed formats:
// hard-wrapped paragraphs, "A, B and C" author lists, white space to fold.
import type { RawEntry } from '../listing.ts';

export const LINE_BREAK = /\r\n|\r|\n/;
export const STARTS_WITH_WHITESPACE = /^\s/;
const WHITESPACE_RUN = /\s+/g;
/** Top-level separators in an author list: commas (with an optional "and") and " and ". */
const AUTHOR_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+/g;
const PARENTHESIZED = /\([^()]*\)/g;

/** Collapses every whitespace run to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Turns arXiv's hard-wrapped text into paragraphs joined by a blank line. arXiv marks a new
 * paragraph by indenting its first line (the mailing, the API's <summary>); blank lines count too.
 */
export function unwrapParagraphs(lines: readonly string[]): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(collapseWhitespace(current.join(' ')));
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else {
      if (STARTS_WITH_WHITESPACE.test(line)) flush();
      current.push(line);
    }
  }
  flush();
  return paragraphs.join('\n\n');
}

/** Splits text (any line endings) into lines and unwraps it; see unwrapParagraphs. */
export function unwrapText(text: string): string {
  return unwrapParagraphs(text.split(LINE_BREAK));
}

/** Copies the defined values onto the entry, so that what a listing does not show stays absent. */
export function assignPresent(entry: RawEntry, values: Partial<RawEntry>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) Object.assign(entry, { [key]: value });
  }
}

/**
 * Splits arXiv's author list ("A, B, C and D", "A and B and C") into names as printed.
 * Separators inside parentheses (affiliations such as "(Physics and Astronomy, MIT)") do not split.
 */
export function splitAuthorNames(text: string): string[] {
  const flat = collapseWhitespace(text);
  // Blank out parenthesized text (same length, innermost first) so only top-level separators match.
  let masked = flat;
  for (let previous = ''; previous !== masked; ) {
    previous = masked;
    masked = masked.replace(PARENTHESIZED, (group) => '_'.repeat(group.length));
  }
  const names: string[] = [];
  let start = 0;
  for (const separator of masked.matchAll(AUTHOR_SEPARATOR)) {
    names.push(flat.slice(start, separator.index));
    start = separator.index + separator[0].length;
  }
  names.push(flat.slice(start));
  return names.map((name) => name.trim()).filter((name) => name !== '');
}
