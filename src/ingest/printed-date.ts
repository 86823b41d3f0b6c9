// Turns the dates arXiv prints on listing pages, feeds and mailings into ISO days (YYYY-MM-DD).

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** "Tuesday, 23 September 2025", "Tue, 7 May 2024", "Fri, 17 Mar 23", "Mon, 27 Apr 2026 00:00:00 -0400". */
const DAY_MONTH_YEAR = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4}|\d{2})\b/;
/** "New submissions for Mon, 23 Sep 24" is covered above; ISO stamps such as 2026-04-29T17:59:01Z here. */
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Returns the ISO day a printed date names, or undefined when the text holds no valid date. */
export function parsePrintedDate(text: string): string | undefined {
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const month = MONTHS[dmy[2]!.slice(0, 3).toLowerCase()];
    const day = Number(dmy[1]);
    let year = Number(dmy[3]);
    if (dmy[3]!.length === 2) year += year >= 90 ? 1900 : 2000;
    if (month && isValidDay(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  const iso = ISO_DAY.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (isValidDay(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  return undefined;
}

function isValidDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
