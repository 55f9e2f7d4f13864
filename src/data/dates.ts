/**
 * Time on the timeline is counted in whole UTC days since 1970-01-01 ("day numbers"):
 * integers compare, subtract and sit on a slider without time-zone surprises.
 */
import type { DatePrecision } from './schema.ts';

const MS_PER_DAY = 86_400_000;

export function dayNumber(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function precisionOf(partial: string): DatePrecision {
  return partial.length === 4 ? 'year' : partial.length === 7 ? 'month' : 'day';
}

/** The first and last day a partial date can mean: "2009-10" is 2009-10-01 to 2009-10-31. */
export function periodOf(partial: string): { first: number; last: number } {
  const [y, m, d] = partial.split('-').map(Number);
  if (d !== undefined) {
    const day = dayNumber(partial);
    return { first: day, last: day };
  }
  if (m !== undefined) {
    return { first: dayNumber(`${y}-${pad(m)}-01`), last: dayNumber(nextMonth(y, m)) - 1 };
  }
  return { first: dayNumber(`${y}-01-01`), last: dayNumber(`${y}-12-31`) };
}

function nextMonth(y: number, m: number): string {
  return m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The span a dated record covers: from the first day its start can mean to the last day its end can mean. */
export function spanOf(start: string, end: string | null): { first: number; last: number } {
  return { first: periodOf(start).first, last: periodOf(end ?? start).last };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2009", "October 2009" or "28 October 2009": only as much as is known. */
export function formatPartialDate(partial: string, approximate = false): string {
  const [y, m, d] = partial.split('-').map(Number);
  const body = d !== undefined ? `${d} ${LONG_MONTHS[m - 1]} ${y}` : m !== undefined ? `${LONG_MONTHS[m - 1]} ${y}` : `${y}`;
  return approximate ? `about ${body}` : body;
}

export function formatSpan(start: string, end: string | null, approximate = false): string {
  const from = formatPartialDate(start, approximate);
  return end && end !== start ? `${from} – ${formatPartialDate(end)}` : from;
}

/** Short form for slider labels: "28 Oct 2009". */
export function formatDay(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
