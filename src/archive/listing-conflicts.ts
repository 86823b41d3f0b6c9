// Finds listing files that record the same category and day but print different counts for the
// same section: two copies of one announcement must agree, so one of them is not what it claims.
import type { ListingRecord, SectionCount } from './listing-record.ts';
import type { FileDiagnostic } from './diagnostics.ts';
import { compareStrings } from './merge.ts';

/** One printed count, where it comes from and what it counts. */
interface PrintedSection {
  source: string;
  label: string;
  printed: number;
}

/**
 * Compares the printed counts of every pair of files that cover the same category, day and
 * section. Each disagreement is a warning on both files (a review shows each file's own
 * problems), naming both files and both counts.
 */
export function checkListingConflicts(listings: readonly ListingRecord[]): FileDiagnostic[] {
  const sections = new Map<string, { description: string; printed: PrintedSection[] }>();
  for (const record of listings) {
    if (!record.category) continue;
    for (const count of record.counts) {
      const key = getSectionKey(record, count);
      const printed = count.total ?? count.shown;
      if (!key || printed === undefined) continue;
      const section = sections.get(key.id) ?? { description: key.description, printed: [] };
      section.printed.push({ source: record.source, label: count.label, printed });
      sections.set(key.id, section);
    }
  }

  const diagnostics: FileDiagnostic[] = [];
  for (const { description, printed } of sections.values()) {
    const ordered = [...printed].sort((a, b) => compareStrings(a.source, b.source));
    for (let i = 0; i < ordered.length; i++) {
      for (let j = i + 1; j < ordered.length; j++) {
        const [a, b] = [ordered[i]!, ordered[j]!];
        if (a.source === b.source || a.printed === b.printed) continue;
        const message =
          `${description}: ${a.source} prints ${a.printed} entries under "${a.label}" but ${b.source} prints ${b.printed} under "${b.label}": ` +
          'copies of one announcement print the same counts, so one of them was saved on another day or edited; keep the copy that matches arXiv and remove the other';
        diagnostics.push({ file: a.source, line: 1, severity: 'warning', message }, { file: b.source, line: 1, severity: 'warning', message });
      }
    }
  }
  return diagnostics;
}

/**
 * What a count counts: a section of one day (new, cross-list or replacement), or a whole day of a
 * /recent or /pastweek page. Page totals are left out: pages of different kinds cover different spans.
 */
function getSectionKey(record: ListingRecord, count: SectionCount): { id: string; description: string } | undefined {
  // A section heading without a date belongs to the file's one day.
  const date = count.date ?? (count.type && record.dates.length === 1 ? record.dates[0] : undefined);
  if (!date) return undefined;
  return { id: `${record.category}\u0000${date}\u0000${count.type ?? 'day'}`, description: `${record.category}, ${date}` };
}
