// Announcement days as people read them: formatted dates, and the month grids of the days
// index (weeks as rows, Monday first, as arXiv's own announcement week runs).

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH_NAME = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

export const WEEKDAYS: readonly { short: string; long: string }[] = [
  { short: 'Mon', long: 'Monday' },
  { short: 'Tue', long: 'Tuesday' },
  { short: 'Wed', long: 'Wednesday' },
  { short: 'Thu', long: 'Thursday' },
  { short: 'Fri', long: 'Friday' },
  { short: 'Sat', long: 'Saturday' },
  { short: 'Sun', long: 'Sunday' },
];

function toUtcDate(isoDay: string): Date {
  const match = ISO_DAY.exec(isoDay);
  if (!match) throw new Error(`"${isoDay}" is not a YYYY-MM-DD day`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** "Monday, 2 March 2026" */
export function formatLongDate(isoDay: string): string {
  return LONG_DATE.format(toUtcDate(isoDay));
}

/** "2 Mar 2026" */
export function formatShortDate(isoDay: string): string {
  return SHORT_DATE.format(toUtcDate(isoDay));
}

/** "March" for month 3. */
export function formatMonthName(month: number): string {
  return MONTH_NAME.format(new Date(Date.UTC(2000, month - 1, 1)));
}

export interface CalendarMonth {
  year: number;
  /** 1-12 */
  month: number;
  /** Weeks, Monday first; each cell an ISO day in this month, or null for padding. */
  weeks: (string | null)[][];
}

/** The calendar grid of one month. */
export function buildMonthGrid(year: number, month: number): CalendarMonth {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // getUTCDay: Sunday 0 … Saturday 6; the grid starts on Monday.
  const leading = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: leading }, () => null);
  for (let day = 1; day <= daysInMonth; day++) cells.push(`${year}-${pad(month)}-${pad(day)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return { year, month, weeks };
}

export interface CalendarYear {
  year: number;
  /** Months that hold at least one of the days, newest first. */
  months: CalendarMonth[];
}

/** The months holding the given days, grouped by year, newest year and month first. */
export function buildCalendar(days: Iterable<string>): CalendarYear[] {
  const months = new Set<string>();
  for (const day of days) months.add(day.slice(0, 7));
  const byYear = new Map<number, CalendarMonth[]>();
  for (const key of [...months].sort().reverse()) {
    const year = Number(key.slice(0, 4));
    const grid = buildMonthGrid(year, Number(key.slice(5, 7)));
    byYear.set(year, [...(byYear.get(year) ?? []), grid]);
  }
  return [...byYear].map(([year, list]) => ({ year, months: list }));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
