// The per-file review `npm run validate` prints for a pull request, pure: for each reviewed listing
// its format, days, category, counts parsed against counts printed, what it adds to the archive,
// and its problems, as text for people or as GitHub workflow commands for the pull request's lines.
import type { ListingFormat } from './listing.ts';
import type { Paper } from '../archive/paper.ts';
import type { ListingRecord, SectionCount } from '../archive/listing-record.ts';
import type { FileDiagnostic } from '../archive/diagnostics.ts';
import { ingestListingFiles, type ListingFile } from './ingest-listings.ts';
import { formatDiagnostic } from '../archive/diagnostics.ts';
import { compareStrings, getAbstractKey } from '../archive/merge.ts';
import { endGithubGroup, formatGithubAnnotation, startGithubGroup } from './github-annotations.ts';

/** What one listing does to the archive it joins. */
export interface PaperChanges {
  /** Papers the archive did not have. */
  added: number;
  /** Papers the archive had and this listing changes (a new announcement, a fuller field). */
  updated: number;
  /** Papers the archive already had exactly as this listing shows them (a second copy of a day). */
  unchanged: number;
}

export interface ListingReview {
  source: string;
  format?: ListingFormat;
  record?: ListingRecord;
  /** Against the archive without the reviewed files; absent when the whole archive is reviewed. */
  papers?: PaperChanges;
  diagnostics: FileDiagnostic[];
  errors: number;
  warnings: number;
}

export interface Review {
  listings: ListingReview[];
  /** Papers in the archive with the reviewed files in it. */
  paperCount: number;
  errorCount: number;
  warningCount: number;
}

export interface ReviewInput {
  /** Every listing file of the archive. */
  archive: readonly ListingFile[];
  /** The files to review (a pull request's changed listings); absent to review the whole archive. */
  named?: readonly ListingFile[];
  /** Named files that could not be read, one error each, reviewed with the rest. */
  unreadable?: readonly FileDiagnostic[];
}

const KIND_NAMES: Record<string, string> = {
  new: 'a /new page',
  recent: 'a /recent page',
  pastweek: 'a /pastweek page',
  feed: 'an RSS/Atom feed',
  api: 'an API response',
  mailing: 'a mailing digest',
  'category-page': 'a category page copy',
};

/**
 * Ingests the archive with the named files in it (their problems include clashes with the
 * archive), the archive without them (to tell new papers from updates) and each named file
 * alone (its own papers), and reviews each named file; every file when none is named.
 */
export function reviewListingFiles({ archive, named, unreadable = [] }: ReviewInput): Review {
  const namedSources = new Set(named?.map((file) => file.source));
  const rest = archive.filter((file) => !namedSources.has(file.source));
  const result = ingestListingFiles(named ? [...rest, ...named] : archive);
  const baseline = named ? ingestListingFiles(rest) : undefined;
  const namedBySource = new Map(named?.map((file) => [file.source, file]));

  const listings: ListingReview[] = [];
  for (const report of result.reports) {
    const file = namedBySource.get(report.source);
    if (named && !file) continue;
    const review: ListingReview = {
      source: report.source,
      ...(report.format ? { format: report.format } : {}),
      ...(report.record ? { record: report.record } : {}),
      diagnostics: result.diagnostics.filter((d) => d.file === report.source),
      errors: report.errors,
      warnings: report.warnings,
    };
    if (baseline && file && report.record) {
      review.papers = countPaperChanges(ingestListingFiles([file]).papers, baseline.papers, result.papers);
    }
    listings.push(review);
  }
  for (const d of unreadable) {
    const isError = d.severity === 'error';
    listings.push({ source: d.file, diagnostics: [d], errors: isError ? 1 : 0, warnings: isError ? 0 : 1 });
  }
  listings.sort((a, b) => compareStrings(a.source, b.source));
  return {
    listings,
    paperCount: result.papers.length,
    errorCount: listings.reduce((sum, l) => sum + l.errors, 0),
    warningCount: listings.reduce((sum, l) => sum + l.warnings, 0),
  };
}

/**
 * Sorts a listing's own papers (the file ingested alone) into added, updated and unchanged,
 * comparing the archive before (`baseline`) with the archive after (`merged`). A paper the
 * file shows without an id is the archive's paper with the same abstract, as the merge decides.
 */
export function countPaperChanges(filePapers: readonly Paper[], baseline: readonly Paper[], merged: readonly Paper[]): PaperChanges {
  const before = new Map(baseline.map((p) => [p.id, p]));
  const beforeByAbstract = new Map(baseline.flatMap((p) => (p.abstract ? [[getAbstractKey(p.abstract), p] as const] : [])));
  const after = new Map(merged.map((p) => [p.id, p]));
  const changes: PaperChanges = { added: 0, updated: 0, unchanged: 0 };
  for (const paper of filePapers) {
    let existing = before.get(paper.id);
    if (!existing && paper.abstract) {
      const sameAbstract = beforeByAbstract.get(getAbstractKey(paper.abstract));
      if (sameAbstract && (paper.unidentified || sameAbstract.unidentified)) existing = sameAbstract;
    }
    if (!existing) {
      changes.added++;
      continue;
    }
    const now = after.get(paper.id) ?? after.get(existing.id);
    if (now && describeContent(now) === describeContent(existing)) changes.unchanged++;
    else changes.updated++;
  }
  return changes;
}

/** A paper's content without provenance: which file recorded an announcement is not a change to the paper. */
function describeContent(paper: Paper): string {
  const { sources: _sources, announcements, ...fields } = paper;
  return JSON.stringify({ ...fields, announcements: announcements.map(({ source: _source, ...announcement }) => announcement) });
}

/** The review as plain text: a block per file, its problems as `file:line: severity: message`, then the totals. */
export function renderReviewText(review: Review): string[] {
  const lines: string[] = [];
  for (const listing of review.listings) {
    lines.push(listing.source, ...describeListing(listing).map((line) => `  ${line}`), ...listing.diagnostics.map(formatDiagnostic), '');
  }
  lines.push(describeTotals(review));
  return lines;
}

/**
 * The review as GitHub workflow commands: each file's summary in a collapsible log group, each
 * problem as an annotation on its line of the pull request, then the totals.
 */
export function renderReviewGithub(review: Review): string[] {
  const lines: string[] = [];
  for (const listing of review.listings) {
    lines.push(startGithubGroup(listing.source), ...describeListing(listing), endGithubGroup());
    lines.push(...listing.diagnostics.map(formatGithubAnnotation));
  }
  lines.push(describeTotals(review));
  return lines;
}

function describeListing(listing: ListingReview): string[] {
  const { record } = listing;
  const lines = [`format: ${listing.format ?? 'unknown'}${record ? ` (${KIND_NAMES[record.kind] ?? record.kind})` : ''}`];
  if (record) {
    lines.push(`category: ${record.category ?? '(none)'}`);
    lines.push(record.dates.length > 1 ? `dates: ${record.dates.join(', ')}` : `date: ${record.dates[0] ?? '(none)'}`);
    lines.push(...(record.counts.length ? record.counts.map(describeCount) : [`entries: ${record.entries} parsed (the listing prints no counts)`]));
  }
  if (listing.papers) {
    const { added, updated, unchanged } = listing.papers;
    lines.push(`papers: ${added} new to the archive, ${updated} updated, ${unchanged} unchanged`);
  }
  lines.push(`problems: ${listing.errors || listing.warnings ? `${plural(listing.errors, 'error')}, ${plural(listing.warnings, 'warning')}` : 'none'}`);
  return lines;
}

/** "New submissions: 6 parsed / 6 printed", "Fri, 24 Jul 2026: 3 parsed / 3 printed (of 110)". */
function describeCount(count: SectionCount): string {
  const printed = count.shown ?? count.total;
  if (printed === undefined) return `${count.label}: ${count.parsed} parsed (no count printed)`;
  const partial = count.shown !== undefined && count.total !== undefined && count.shown < count.total ? ` (of ${count.total})` : '';
  return `${count.label}: ${count.parsed} parsed / ${printed} printed${partial}`;
}

function describeTotals(review: Review): string {
  const files = `${plural(review.listings.length, 'listing file')} reviewed (archive: ${plural(review.paperCount, 'paper')})`;
  const problems = `${plural(review.errorCount, 'error')}, ${plural(review.warningCount, 'warning')}`;
  return review.errorCount
    ? `validate: ${files}, ${problems}: fix the errors above (CONTRIBUTING.md explains each message)`
    : `validate: ok, ${files}, ${problems}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
