// Compares what a listing printed about its own size with what was parsed from it: a /new page
// or a mailing that lost entries is an error; a /recent or /pastweek page showing one page of many is a warning.
import type { Diagnostic, ParsedListing } from '../ingest/listing.ts';

/** Listings that are a whole day's announcement: every entry they print must be there. */
const WHOLE_DAY_KINDS = new Set<ParsedListing['kind']>(['new', 'mailing']);

export function checkCompleteness(parsed: ParsedListing): Diagnostic[] {
  const strict = WHOLE_DAY_KINDS.has(parsed.kind);
  const diagnostics: Diagnostic[] = [];
  for (const count of parsed.counts) {
    const expected = count.shown ?? count.total;
    if (expected === undefined) continue;
    if (count.parsed !== expected) {
      const found = `${count.parsed} ${count.parsed === 1 ? 'was' : 'were'} found`;
      diagnostics.push({
        severity: strict ? 'error' : 'warning',
        line: count.line,
        message: strict
          ? `${count.label}: the page prints ${expected} entries but ${found}: the saved ${describeKind(parsed)} is incomplete; save the whole page again`
          : `${count.label}: the page prints ${expected} entries but ${found}`,
      });
    } else if (count.shown !== undefined && count.total !== undefined && count.shown < count.total) {
      diagnostics.push({
        severity: strict ? 'error' : 'warning',
        line: count.line,
        message: `${count.label}: partial page, showing ${count.shown} of ${count.total} entries${strict ? ': save the page with all entries shown' : ''}`,
      });
    }
  }
  return diagnostics;
}

function describeKind(parsed: ParsedListing): string {
  return parsed.kind === 'mailing' ? 'mailing' : `/${parsed.kind} page`;
}

