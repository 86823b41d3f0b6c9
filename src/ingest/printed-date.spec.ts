import { describe, expect, test } from 'vitest';
import { parsePrintedDate } from './printed-date.ts';

describe('parsePrintedDate', () => {
  test('reads the dates arXiv prints on pages, feeds and mailings', () => {
    expect(parsePrintedDate('Showing new listings for Tuesday, 23 September 2025')).toBe('2025-09-23');
    expect(parsePrintedDate('Tue, 7 May 2024')).toBe('2024-05-07');
    expect(parsePrintedDate('New submissions for Mon, 23 Sep 24')).toBe('2024-09-23');
    expect(parsePrintedDate('Date: Fri, 17 Mar 23 00:31:14 GMT')).toBe('2023-03-17');
    expect(parsePrintedDate('Mon, 27 Apr 2026 00:00:00 -0400')).toBe('2026-04-27');
    expect(parsePrintedDate('2024-08-23T00:00:00-04:00')).toBe('2024-08-23');
    expect(parsePrintedDate('Mon, 3 Jan 1999')).toBe('1999-01-03');
  });

  test('gives undefined for impossible or missing dates', () => {
    expect(parsePrintedDate('Mon, 30 Feb 2026')).toBeUndefined();
    expect(parsePrintedDate('no date here')).toBeUndefined();
    expect(parsePrintedDate('2026-13-01')).toBeUndefined();
  });
});
