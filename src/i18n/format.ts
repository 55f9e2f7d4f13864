/**
 * Messages, numbers and dates in the reader's language, through Intl: each language's plural
 * rules, digits and month names come from the browser's own locale data. Pure functions of the
 * catalogue; i18n.ts holds which one is current.
 *
 * Calendars, chosen on purpose (Intl's defaults differ: "fa-AF" and "ps" default to the Solar
 * Hijri calendar): every date is shown in the Gregorian calendar, the one the sources and the
 * data are dated in, so that a date reads the same in every language and can be checked against
 * its source. In Pashto and Dari, whose readers in Afghanistan date things in the Solar Hijri
 * calendar, a full date also carries its Solar Hijri date beside it; the slider's compact dates
 * are Gregorian only. Urdu readers in Pakistan use the Gregorian calendar.
 */
import type { Message, Params } from './catalogue.ts';
import type { Catalogue } from './en.ts';

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/** Whether this browser's Intl has the language's own locale data (Chromium lacks Pashto's). */
const hasLocaleData = (lang: string) =>
  cached(`has:${lang}`, () => new Intl.DateTimeFormat(lang).resolvedOptions().locale.split('-')[0] === lang.split('-')[0]);

/** The locale that formats this catalogue's numbers and dates: its own, or its stand-in. */
function formatLocale({ meta }: Catalogue): string {
  return meta.dateFallback && !hasLocaleData(meta.language) ? meta.dateFallback.locale : meta.language;
}

export function formatNumber(catalogue: Catalogue, value: number): string {
  const locale = formatLocale(catalogue);
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

export function formatMessage(catalogue: Catalogue, message: Message, params?: Params): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const lang = catalogue.meta.language;
    const rule = cached(`p:${lang}`, () => new Intl.PluralRules(lang)).select(Number(params?.count ?? 0));
    text = message[rule] ?? message.other;
  }
  if (!params) return text;
  // In a right-to-left message, a name or an English phrase is isolated (U+2068 … U+2069), so
  // that its own direction does not reorder the punctuation and numbers around it (in an HTML
  // element, <bdi> does the same; these strings also go to attributes and the title).
  const isolate = catalogue.meta.language !== 'en';
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(catalogue, value);
    return isolate ? `\u2068${value}\u2069` : value;
  });
}

const MS_PER_DAY = 86_400_000;
type DateParts = { year: number; month?: number; day?: number };

/** One calendar's date, as much of it as is known: "28 October 2009", "October 2009", "2009". */
function formatParts(catalogue: Catalogue, date: Date, known: 'year' | 'month' | 'day', calendar: 'gregory' | 'persian'): string {
  const options: Intl.DateTimeFormatOptions = { calendar, timeZone: 'UTC', year: 'numeric' };
  if (known !== 'year') options.month = 'long';
  if (known === 'day') options.day = 'numeric';
  const fallback = catalogue.meta.dateFallback;
  if (fallback) {
    // The stand-in's digits and calendar arithmetic, the language's own month names, in the
    // same order in every browser (Chromium has no Pashto dates; Node's ICU puts the year first
    // and adds an era to Solar Hijri years).
    const numeric = cached(
      `dn:${fallback.locale}:${calendar}`,
      () => new Intl.DateTimeFormat(fallback.locale, { calendar, timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' }),
    );
    const parts = Object.fromEntries(numeric.formatToParts(date).map((p) => [p.type, p.value]));
    const month = Number(toLatinDigits(parts.month));
    const names = calendar === 'gregory' ? fallback.gregorianMonths : fallback.solarHijriMonths;
    return [known === 'day' ? parts.day : null, known !== 'year' ? names[month - 1] : null, parts.year].filter(Boolean).join(' ');
  }
  const lang = catalogue.meta.language === 'en' ? 'en-GB' : catalogue.meta.language;
  const key = `d:${lang}:${calendar}:${known}`;
  return cached(key, () => new Intl.DateTimeFormat(lang, options)).format(date);
}

export type AxisUnit = 'year' | 'month' | 'week' | 'day';

/** A label under the slider's track: "2009", "Oct 2009" (a month) or "9 Oct" (a week's or a day's start). */
export function formatAxisDay(catalogue: Catalogue, day: number, unit: AxisUnit): string {
  const date = new Date(day * MS_PER_DAY);
  if (unit === 'year') return formatParts(catalogue, date, 'year', 'gregory');
  const fallback = catalogue.meta.dateFallback;
  if (fallback) {
    if (unit === 'month') return formatParts(catalogue, date, 'month', 'gregory');
    // The stand-in's digits, the language's own month name (see formatParts).
    const dayOfMonth = cached(
      `dd:${fallback.locale}`,
      () => new Intl.DateTimeFormat(fallback.locale, { calendar: 'gregory', timeZone: 'UTC', day: 'numeric' }),
    );
    return `${dayOfMonth.format(date)} ${fallback.gregorianMonths[date.getUTCMonth()]}`;
  }
  const english = catalogue.meta.language === 'en';
  const lang = english ? 'en-GB' : catalogue.meta.language;
  // English abbreviates its months; the Arabic-script languages have no short month names.
  const month = english ? 'short' : 'long';
  const options: Intl.DateTimeFormatOptions =
    unit === 'month'
      ? { calendar: 'gregory', timeZone: 'UTC', month, year: 'numeric' }
      : { calendar: 'gregory', timeZone: 'UTC', month, day: 'numeric' };
  return cached(`a:${lang}:${unit === 'month' ? 'month' : 'day'}`, () => new Intl.DateTimeFormat(lang, options)).format(date);
}

const toLatinDigits = (text: string) =>
  text.replace(/[۰-۹]/g, (d) => `${d.charCodeAt(0) - 0x06f0}`).replace(/[٠-٩]/g, (d) => `${d.charCodeAt(0) - 0x0660}`);

function dateOf({ year, month = 1, day = 1 }: DateParts): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

const showsSolarHijri = (catalogue: Catalogue) => catalogue.meta.language === 'ps' || catalogue.meta.language === 'fa-AF';

/**
 * A partial ISO date ("2009", "2009-10", "2009-10-28") as much as is known, in the Gregorian
 * calendar; in Pashto and Dari with the Solar Hijri date beside it (a year or month known only
 * in the Gregorian calendar straddles two Solar Hijri ones, so only a known day gets one).
 */
export function formatPartialDate(catalogue: Catalogue, partial: string): string {
  const [year, month, day] = partial.split('-').map(Number);
  const known = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const date = dateOf({ year, month, day });
  const gregorian = formatParts(catalogue, date, known, 'gregory');
  if (known !== 'day' || !showsSolarHijri(catalogue)) return gregorian;
  return `${gregorian} (${formatParts(catalogue, date, 'day', 'persian')})`;
}

/** A day number (days since 1970-01-01) in the Gregorian calendar, for the slider. */
export function formatDayNumber(catalogue: Catalogue, day: number): string {
  const date = new Date(day * MS_PER_DAY);
  if (catalogue.meta.language === 'en') {
    return cached(
      'd:en-GB:short',
      () => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }),
    ).format(date);
  }
  return formatParts(catalogue, date, 'day', 'gregory');
}
