// The one-screen summary an ingest or validate run prints.
import type { IngestResult } from './ingest-listings.ts';
import { formatDiagnostic } from '../archive/diagnostics.ts';

/** Lines of the summary: totals, every error, and the first `maxWarnings` warnings, each as `file:line: severity: message`. */
export function summarizeIngest(result: IngestResult, maxWarnings = Infinity): string[] {
  const counts = { new: 0, cross: 0, replacement: 0 };
  for (const paper of result.papers) for (const a of paper.announcements) counts[a.type]++;
  const unidentified = result.papers.filter((p) => p.unidentified).length;
  const lines = [
    `${result.reports.length} listing files, ${result.papers.length} papers` + (unidentified ? ` (${unidentified} unidentified)` : ''),
    `announcements: ${counts.new} new, ${counts.cross} cross-list, ${counts.replacement} replacement`,
    `${result.errorCount} errors, ${result.warningCount} warnings`,
  ];
  let warnings = 0;
  for (const d of result.diagnostics) {
    if (d.severity === 'warning' && ++warnings > maxWarnings) continue;
    lines.push(formatDiagnostic(d));
  }
  if (warnings > maxWarnings) lines.push(`… and ${warnings - maxWarnings} more warnings (npm run validate lists them all)`);
  return lines;
}
