/** Every language's strings, for the pages the build writes in each (the page loads only its own). */
import type { Catalogue } from '../src/i18n/en.ts';
import { ENGLISH, makeCurrent } from '../src/i18n/i18n.tsx';
import type { Language } from '../src/i18n/languages.ts';
import { catalogue as dari } from '../src/i18n/fa-AF.ts';
import { catalogue as pashto } from '../src/i18n/ps.ts';
import { catalogue as urdu } from '../src/i18n/ur.ts';

export const CATALOGUES: Record<Language, Catalogue> = { en: ENGLISH, ur: urdu, ps: pashto, 'fa-AF': dari };

/**
 * Runs `write` with `lang` current for t() and nameOf() (the pages' components and titles read the
 * current language), then makes English current again, whatever happens: the rest of the build writes English.
 */
export function withLanguage<T>(lang: Language, write: () => T): T {
  makeCurrent(CATALOGUES[lang]);
  try {
    return write();
  } finally {
    makeCurrent(ENGLISH);
  }
}
