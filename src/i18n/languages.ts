/**
 * The languages the map is written in, as data: their codes (BCP 47, as in `?lang=`), their
 * names in their own language (for the switch), and their direction. English is built in; the
 * others are loaded when chosen (see i18n.ts).
 */
export const LANGUAGES = ['en', 'ur', 'ps', 'fa-AF'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language named in itself: a reader looks for their language in their own script. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  ur: 'اردو',
  ps: 'پښتو',
  'fa-AF': 'دری',
};

export const isRightToLeft = (lang: Language): boolean => lang !== 'en';

export function parseLanguage(raw: string): Language | null {
  return (LANGUAGES as readonly string[]).includes(raw) ? (raw as Language) : null;
}

/**
 * The first of the browser's preferred languages the map has, else English. "fa-AF" is Dari;
 * plain "fa" (or "prs", Dari's own ISO 639-3 code) is taken as Dari too, the map's only Persian;
 * "ur-PK" and "ps-AF" match by their language.
 */
export function preferredLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'en') return 'en';
    if (base === 'ur') return 'ur';
    if (base === 'ps' || base === 'pbt' || base === 'pbu') return 'ps';
    if (base === 'fa' || base === 'prs') return 'fa-AF';
  }
  return DEFAULT_LANGUAGE;
}
