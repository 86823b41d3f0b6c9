// The ingest recipe, pure: listing files' bytes in, papers, listing records and diagnostics out.
// decode -> detect -> parse -> check counts -> normalize -> merge.
import type { ListingFormat, ParsedListing } from './listing.ts';
import type { Paper } from '../archive/paper.ts';
import type { ListingRecord } from '../archive/listing-record.ts';
import type { FileDiagnostic } from '../archive/diagnostics.ts';
import { decodeListingBytes } from './decode.ts';
import { detectListingFormat, PARSERS } from './detect.ts';
import { checkCompleteness } from '../archive/completeness.ts';
import { normalizeListing, type Appearance } from '../archive/normalize.ts';
import { readListingPath } from '../archive/listing-path.ts';
import { mergeAppearances, compareStrings } from '../archive/merge.ts';
import { sortDiagnostics, withFile } from '../archive/diagnostics.ts';
import { checkListingConflicts } from '../archive/listing-conflicts.ts';

/** Characters a listing's path may not hold: controls and the noncharacters U+FFFE/U+FFFF. */
const UNSAFE_FILE_NAME = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

export interface ListingFile {
  /** Path relative to the repository root, posix separators: what announcements cite as `source`. */
  source: string;
  /** Path relative to the listings folder, where the naming convention is read. */
  listingPath: string;
  bytes: Uint8Array;
}

/** What one file yielded, for summaries and review. */
export interface ListingReport {
  source: string;
  format?: ListingFormat;
  record?: ListingRecord;
  /** Ids (canonical, or undefined for abstract-only entries) of the entries the file holds, in file order. */
  ids: (string | undefined)[];
  errors: number;
  warnings: number;
}

export interface IngestResult {
  papers: Paper[];
  listings: ListingRecord[];
  reports: ListingReport[];
  diagnostics: FileDiagnostic[];
  errorCount: number;
  warningCount: number;
}

/** Parses one file's bytes into a listing, with the problems found on the way. */
export function parseListingFile(file: ListingFile): { format?: ListingFormat; parsed?: ParsedListing; diagnostics: FileDiagnostic[] } {
  if (UNSAFE_FILE_NAME.test(file.source)) {
    // The path is written into every paper's front matter as its source: YAML cannot hold these.
    return {
      diagnostics: [
        { file: JSON.stringify(file.source), line: 1, severity: 'error', message: 'the file name holds control or noncharacters: rename it <YYYY-MM-DD>.<ext>' },
      ],
    };
  }
  const decoded = decodeListingBytes(file.bytes);
  const diagnostics = withFile(file.source, decoded.diagnostics);
  if (decoded.text === undefined) return { diagnostics };
  const format = detectListingFormat(decoded.text);
  if (!format) {
    diagnostics.push({
      file: file.source,
      line: 1,
      severity: 'error',
      message:
        'unknown format: not an arXiv listing page (HTML or text copy), RSS/Atom feed, API response or mailing; see CONTRIBUTING.md for what to save',
    });
    return { diagnostics };
  }
  let parsed: ParsedListing;
  try {
    parsed = PARSERS[format](decoded.text);
  } catch (error) {
    // Parsers must not throw; if one does, the file is reported instead of the run crashing.
    diagnostics.push({ file: file.source, line: 1, severity: 'error', message: `the ${format} parser failed: ${(error as Error).message}` });
    return { format, diagnostics };
  }
  return { format, parsed, diagnostics };
}

/** Ingests listing files into an archive. Never throws on bad input: every problem is a diagnostic. */
export function ingestListingFiles(files: readonly ListingFile[]): IngestResult {
  const ordered = [...files].sort((a, b) => compareStrings(a.source, b.source));
  const appearances: Appearance[] = [];
  const listings: ListingRecord[] = [];
  const reports: ListingReport[] = [];
  let diagnostics: FileDiagnostic[] = [];

  for (const file of ordered) {
    const { format, parsed, diagnostics: fileDiagnostics } = parseListingFile(file);
    const report: ListingReport = { source: file.source, ...(format ? { format } : {}), ids: [], errors: 0, warnings: 0 };
    if (parsed) {
      const normalized = normalizeListing(file.source, parsed, readListingPath(file.listingPath));
      fileDiagnostics.push(...withFile(file.source, normalized.diagnostics), ...withFile(file.source, checkCompleteness(parsed)));
      appearances.push(...normalized.appearances);
      listings.push(normalized.record);
      report.record = normalized.record;
      report.ids = normalized.appearances.map((a) => a.id);
    }
    diagnostics.push(...fileDiagnostics);
    reports.push(report);
  }
  diagnostics.push(...checkListingConflicts(listings));

  const merged = mergeAppearances(appearances);
  diagnostics = sortDiagnostics([...diagnostics, ...merged.diagnostics]);
  for (const report of reports) {
    for (const d of diagnostics) {
      if (d.file !== report.source) continue;
      if (d.severity === 'error') report.errors++;
      else report.warnings++;
    }
  }
  return {
    papers: merged.papers,
    listings,
    reports,
    diagnostics,
    errorCount: diagnostics.filter((d) => d.severity === 'error').length,
    warningCount: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}
