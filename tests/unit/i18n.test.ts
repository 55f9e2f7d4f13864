/**
 * The catalogues: every language has every key of the English one, the same {placeholders} in
 * each message, and one form per plural category the language uses; and messages, numbers and
 * dates come out in the language.
 */
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/i18n/catalogue.ts';
import type { Catalogue } from '../../src/i18n/en.ts';
import { en } from '../../src/i18n/en.ts';
import { ENGLISH, loadCatalogue, translate } from '../../src/i18n/i18n.tsx';
import { LANGUAGES, preferredLanguage } from '../../src/i18n/languages.ts';
import { formatAxisDay, formatPartialDate, formatDayNumber } from '../../src/i18n/format.ts';
import { dayNumber } from '../../src/data/dates.ts';

const placeholders = (message: Message): string[] =>
  [
    ...new Set(Object.values(typeof message === 'string' ? { other: message } : message).flatMap((text) => text.match(/\{\w+\}/g) ?? [])),
  ].sort();

const catalogues = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (lang) => [lang, await loadCatalogue(lang)] as const)),
) as Record<(typeof LANGUAGES)[number], Catalogue>;

/** Every problem of a catalogue against the English one, as "key: problem". */
export function catalogueProblems(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const lang = catalogue.meta.language;
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  for (const key of Object.keys(en) as (keyof typeof en)[]) {
    const message = catalogue.messages[key];
    if (message === undefined) {
      problems.push(`${key}: missing`);
      continue;
    }
    const english = placeholders(en[key]);
    // A plural message may leave {count} out of a form ("one" may say "a place"); others may not.
    const own = placeholders(message);
    if (own.join() !== english.join())
      problems.push(`${key}: placeholders ${own.join(' ') || '(none)'} instead of ${english.join(' ') || '(none)'}`);
    if (typeof en[key] !== typeof message) problems.push(`${key}: ${typeof message === 'string' ? 'not' : 'is'} a plural message`);
    if (typeof message !== 'string') {
      const forms = Object.keys(message).sort();
      if (forms.join() !== [...categories].sort().join())
        problems.push(`${key}: plural forms ${forms.join(' ')} instead of ${categories.join(' ')}`);
    }
  }
  for (const key of Object.keys(catalogue.messages)) if (!(key in en)) problems.push(`${key}: not a key of the English catalogue`);
  return problems;
}

describe('the catalogues', () => {
  it.each(LANGUAGES)('%s has every key, with the placeholders and plural forms it needs', (lang) => {
    expect(catalogueProblems(catalogues[lang])).toEqual([]);
    expect(catalogues[lang].meta.language).toBe(lang);
  });

  it('the check finds a missing key, a changed placeholder and a missing plural form', () => {
    const ur = catalogues.ur;
    const { ['app.title']: _dropped, ...rest } = ur.messages;
    const broken: Catalogue = {
      meta: ur.meta,
      messages: { ...rest, 'app.status': '{events} {places} {first}', 'app.events': { other: '{count}' } } as Catalogue['messages'],
    };
    expect(catalogueProblems(broken)).toEqual([
      'app.title: missing',
      'app.status: placeholders {events} {first} {places} instead of {events} {first} {last} {places}',
      'app.events: plural forms other instead of one other',
    ]);
  });

  it('labels every translation as machine-made and unreviewed', () => {
    for (const lang of ['ur', 'ps', 'fa-AF'] as const) {
      expect(catalogues[lang].meta.reviewedByNativeSpeaker).toBe(false);
      expect(catalogues[lang].meta.translator).toMatch(/machine translation/i);
    }
  });
});

describe('messages, numbers and dates', () => {
  it('chooses the plural form and writes numbers in the language’s digits', () => {
    expect(translate(ENGLISH, 'app.events', { count: 1 })).toBe('1 event');
    expect(translate(ENGLISH, 'app.events', { count: 1234 })).toBe('1,234 events');
    expect(translate(catalogues.ur, 'app.events', { count: 1 })).toBe('1 واقعہ');
    expect(translate(catalogues.ur, 'app.events', { count: 3 })).toBe('3 واقعات');
    expect(translate(catalogues['fa-AF'], 'app.events', { count: 1234 })).toBe('۱٬۲۳۴ رویداد');
    expect(translate(catalogues.ps, 'app.places', { count: 2 })).toBe('۲ ځایونه');
  });

  it('writes dates in the Gregorian calendar, with the Solar Hijri date beside it in Pashto and Dari', () => {
    expect(formatPartialDate(ENGLISH, '2025-10-12')).toBe('12 October 2025');
    expect(formatPartialDate(ENGLISH, '2009-10')).toBe('October 2009');
    expect(formatPartialDate(ENGLISH, '2002')).toBe('2002');
    expect(formatDayNumber(ENGLISH, dayNumber('2009-10-28'))).toBe('28 Oct 2009');
    expect(formatPartialDate(catalogues.ur, '2025-10-12')).toBe('12 اکتوبر، 2025');
    expect(formatPartialDate(catalogues['fa-AF'], '2025-10-12')).toBe('۱۲ اکتوبر ۲۰۲۵ (۲۰ میزان ۱۴۰۴)');
    expect(formatPartialDate(catalogues.ps, '2025-10-12')).toBe('۱۲ اکتوبر ۲۰۲۵ (۲۰ تله ۱۴۰۴)');
    expect(formatPartialDate(catalogues.ps, '2025-10')).toBe('اکتوبر ۲۰۲۵');
  });

  it('labels the timeline’s axis in each language, with its digits and month names', () => {
    const day = dayNumber('2025-10-09');
    expect([formatAxisDay(ENGLISH, day, 'year'), formatAxisDay(ENGLISH, day, 'month'), formatAxisDay(ENGLISH, day, 'day')]).toEqual([
      '2025',
      'Oct 2025',
      '9 Oct',
    ]);
    expect(formatAxisDay(catalogues['fa-AF'], day, 'week')).toMatch(/۹/);
    expect(formatAxisDay(catalogues['fa-AF'], day, 'week')).toMatch(/اکتوبر/);
    expect(formatAxisDay(catalogues.ps, day, 'day')).toBe('۹ اکتوبر');
    expect(formatAxisDay(catalogues.ur, day, 'month')).toMatch(/اکتوبر/);
    for (const lang of ['ur', 'ps', 'fa-AF'] as const) expect(formatAxisDay(catalogues[lang], day, 'day')).not.toMatch(/Oct/);
  });

  it('takes the first of the browser’s languages the map has, else English', () => {
    expect(preferredLanguage(['de-DE', 'ur-PK', 'en'])).toBe('ur');
    expect(preferredLanguage(['ps-AF'])).toBe('ps');
    expect(preferredLanguage(['prs', 'ps'])).toBe('fa-AF');
    expect(preferredLanguage(['fr', 'de'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });
});
