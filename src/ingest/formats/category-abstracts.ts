// Reads the text of an arXiv category page: the category's name, its description and links
// (possibly repeated), then one abstract per line with no id, title, authors or date.
import type { Diagnostic, ParsedListing, RawEntry } from '../listing.ts';
import { isCategoryName, splitTextLines } from './listing-text-fields.ts';
import { collapseWhitespace } from './printed-text.ts';

/** arXiv's pointer from a category to its archive and group, printed under the description. */
const BROADER_VIEW = /^Looking for a broader view\?/i;
/** Control characters other than tab: the line is not text. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/**
 * Page lines are one sentence or a name; abstracts run to hundreds of characters. Lines shorter than this
 * before the first abstract, or repeated anywhere, are the page's own text.
 */
const SHORT_LINE = 200;

export function parseCategoryAbstracts(text: string): ParsedListing {
  const lines = splitTextLines(text).map(collapseWhitespace);
  const entries: RawEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const listing: ParsedListing = {
    format: 'category-abstracts',
    kind: 'category-page',
    entries,
    counts: [],
    diagnostics,
  };

  const occurrences = new Map<string, number>();
  for (const line of lines) occurrences.set(line, (occurrences.get(line) ?? 0) + 1);

  const nameIndex = lines.findIndex((line) => line !== '');
  if (nameIndex < 0) {
    diagnostics.push({ severity: 'error', line: 1, message: 'the category page text is empty' });
    return listing;
  }
  const name = lines[nameIndex]!;
  if (isCategoryName(name)) listing.category = name;
  else {
    diagnostics.push({
      severity: 'warning',
      line: nameIndex + 1,
      message:
        'the first line is not a category name (expected e.g. "Distributed, Parallel, and Cluster Computing"); no category is recorded',
    });
  }

  let inHeader = listing.category !== undefined;
  for (let i = listing.category === undefined ? nameIndex : nameIndex + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const short = line.length < SHORT_LINE;
    if (BROADER_VIEW.test(line) || (short && (inHeader || occurrences.get(line)! > 1))) continue;
    inHeader = false;
    if (CONTROL_CHARACTER.test(line)) {
      diagnostics.push({
        severity: 'error',
        line: i + 1,
        message: 'this line holds control characters, not text; it was skipped',
      });
      continue;
    }
    entries.push({ line: i + 1, abstract: line });
  }
  if (entries.length === 0) {
    diagnostics.push({
      severity: 'error',
      line: nameIndex + 1,
      message: 'no abstracts found in this category page text (expected one abstract per line after the category name)',
    });
  }
  return listing;
}
