// Diagnostics with their file: how every problem in the archive is reported, as `file:line: severity: message`.
import type { Diagnostic } from '../ingest/listing.ts';

export interface FileDiagnostic extends Diagnostic {
  /** The listing file, relative to the repository root. */
  file: string;
}

export function withFile(file: string, diagnostics: readonly Diagnostic[]): FileDiagnostic[] {
  return diagnostics.map((d) => ({ file, ...d }));
}

/** `content/listings/cs.DC/2026-03-02.txt:12: error: the entry has no Title line` */
export function formatDiagnostic(d: FileDiagnostic): string {
  return `${d.file}:${d.line}: ${d.severity}: ${d.message}`;
}

/** Orders diagnostics by file, then line, then severity (errors first), so output is stable. */
export function sortDiagnostics(diagnostics: FileDiagnostic[]): FileDiagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
