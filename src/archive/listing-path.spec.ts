import { describe, expect, test } from 'vitest';
import { readListingPath } from './listing-path.ts';

describe('readListingPath', () => {
  test('reads category and day from the naming convention', () => {
    expect(readListingPath('cs.DC/2025-09-23.txt')).toEqual({ category: 'cs.DC', date: '2025-09-23' });
    expect(readListingPath('astro-ph.CO/2024-05-07-pastweek.html')).toEqual({ category: 'astro-ph.CO', date: '2024-05-07' });
    expect(readListingPath('nested/hep-th/2001-02-03.xml')).toEqual({ category: 'hep-th', date: '2001-02-03' });
  });

  test('gives nothing for files outside the convention or with impossible days', () => {
    expect(readListingPath('000_91dae2cc694fc208.txt')).toEqual({});
    expect(readListingPath('cs.DC/2025-02-30.txt')).toEqual({});
    expect(readListingPath('cs.DC/notes.txt')).toEqual({});
  });
});
