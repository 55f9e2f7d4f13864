/**
 * Time on the timeline is counted in whole UTC days since 1970-01-01 ("day numbers"):
 * integers compare, subtract and sit on a slider without time-zone surprises.
 */
import type { DatePrecision } from './vocabulary.ts';

const MS_PER_DAY = 86_400_000;

/**
 * Days `first` to `last`, both included, as day numbers: a record's span, the reader's date
 * window, the timeline's extent.
 */
export interface DayRange {
  first: number;
  last: number;
}

export function dayNumber(isoDay: string): number {
  return daysFromCivil(digits(isoDay, 0, 4), digits(isoDay, 5, 7), digits(isoDay, 8, 10));
}

/** The whole number written at [from, to) of a string of ASCII digits (no allocation). */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/**
 * Day number of a proleptic Gregorian date, by arithmetic rather than a Date object: datasets
 * carry hundreds of thousands of dates. Counts from 1 March, so that a leap day ends its year;
 * 146,097 days make a 400-year cycle, and 719,468 days separate 0000-03-01 from 1970-01-01.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function precisionOf(partial: string): DatePrecision {
  return partial.length === 4 ? 'year' : partial.length === 7 ? 'month' : 'day';
}

/** The first and last day a partial date can mean: "2009-10" is 2009-10-01 to 2009-10-31. */
export function periodOf(partial: string): DayRange {
  const year = digits(partial, 0, 4);
  if (partial.length === 4) return { first: daysFromCivil(year, 1, 1), last: daysFromCivil(year, 12, 31) };
  const month = digits(partial, 5, 7);
  if (partial.length === 7) {
    return { first: daysFromCivil(year, month, 1), last: daysFromCivil(month === 12 ? year + 1 : year, (month % 12) + 1, 1) - 1 };
  }
  const day = daysFromCivil(year, month, digits(partial, 8, 10));
  return { first: day, last: day };
}

/** The span a dated record covers: from the first day its start can mean to the last day its end can mean. */
export function spanOf(start: string, end: string | null): DayRange {
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
