import { describe, expect, test } from 'vitest';
import type { ParsedListing, PrintedCount } from '../ingest/listing.ts';
import { checkCompleteness } from './completeness.ts';

function parsed(kind: ParsedListing['kind'], counts: PrintedCount[]): ParsedListing {
  return { format: 'arxiv-html', kind, entries: [], counts, diagnostics: [] };
}

describe('checkCompleteness', () => {
  test('accepts a /new page whose sections hold what they print', () => {
    expect(checkCompleteness(parsed('new', [{ line: 20, label: 'New submissions', type: 'new', shown: 6, total: 6, parsed: 6 }]))).toEqual([]);
  });

  test('reports an incomplete /new page as an error with both counts', () => {
    expect(
      checkCompleteness(
        parsed('new', [
          { line: 3, label: 'Total', total: 267, parsed: 4 },
          { line: 21, label: 'New submissions', type: 'new', shown: 136, total: 136, parsed: 2 },
        ]),
      ),
    ).toEqual([
      { severity: 'error', line: 3, message: 'Total: the page prints 267 entries but 4 were found: the saved /new page is incomplete; save the whole page again' },
      {
        severity: 'error',
        line: 21,
        message: 'New submissions: the page prints 136 entries but 2 were found: the saved /new page is incomplete; save the whole page again',
      },
    ]);
  });

  test('reports a partial /recent page as a warning', () => {
    expect(
      checkCompleteness(
        parsed('recent', [
          { line: 104, label: 'Total', total: 408, parsed: 50 },
          { line: 1325, label: 'Fri, 24 Jul 2026', date: '2026-07-24', shown: 3, total: 110, parsed: 3 },
        ]),
      ),
    ).toEqual([
      { severity: 'warning', line: 104, message: 'Total: the page prints 408 entries but 50 were found' },
      { severity: 'warning', line: 1325, message: 'Fri, 24 Jul 2026: partial page, showing 3 of 110 entries' },
    ]);
  });

  test('holds a mailing to its header counts', () => {
    expect(checkCompleteness(parsed('mailing', [{ line: 2, label: 'new', type: 'new', total: 13, parsed: 12 }]))[0]).toMatchObject({
      severity: 'error',
      message: 'new: the page prints 13 entries but 12 were found: the saved mailing is incomplete; save the whole page again',
    });
  });
});
