import { describe, expect, test } from 'vitest';
import { buildCalendar, buildMonthGrid, formatLongDate, formatMonthName, formatShortDate } from './calendar.ts';

describe('formatLongDate', () => {
  test('writes the day as arXiv’s listings do', () => {
    expect(formatLongDate('2026-03-02')).toBe('Monday, 2 March 2026');
    expect(formatShortDate('2025-09-23')).toBe('23 Sept 2025');
    expect(formatMonthName(9)).toBe('September');
  });

  test('refuses what is not a day', () => {
    expect(() => formatLongDate('2026-3-2')).toThrow('"2026-3-2" is not a YYYY-MM-DD day');
  });
});

describe('buildMonthGrid', () => {
  test('lays out March 2026 in Monday-first weeks', () => {
    const grid = buildMonthGrid(2026, 3);
    // 1 March 2026 is a Sunday.
    expect(grid.weeks[0]).toEqual([null, null, null, null, null, null, '2026-03-01']);
    expect(grid.weeks[1]).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
    expect(grid.weeks.at(-1)).toEqual(['2026-03-30', '2026-03-31', null, null, null, null, null]);
    expect(grid.weeks).toHaveLength(6);
  });

  test('knows leap years', () => {
    expect(buildMonthGrid(2024, 2).weeks.flat().filter(Boolean).at(-1)).toBe('2024-02-29');
    expect(buildMonthGrid(2025, 2).weeks.flat().filter(Boolean).at(-1)).toBe('2025-02-28');
  });
});

describe('buildCalendar', () => {
  test('groups the months holding announcement days by year, newest first', () => {
    const calendar = buildCalendar(['2025-09-23', '2026-03-02', '2026-01-12', '2025-09-24']);
    expect(calendar.map((y) => [y.year, y.months.map((m) => m.month)])).toEqual([
      [2026, [3, 1]],
      [2025, [9]],
    ]);
  });
});
