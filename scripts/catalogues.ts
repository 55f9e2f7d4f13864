/** Every language's strings, for the pages the build writes in each (the page loads only its own). */
import type { Catalogue } from '../src/i18n/en.ts';
import { ENGLISH } from '../src/i18n/i18n.tsx';
import type { Language } from '../src/i18n/languages.ts';
import { catalogue as dari } from '../src/i18n/fa-AF.ts';
import { catalogue as pashto } from '../src/i18n/ps.ts';
import { catalogue as urdu } from '../src/i18n/ur.ts';

export const CATALOGUES: Record<Language, Catalogue> = { en: ENGLISH, ur: urdu, ps: pashto, 'fa-AF': dari };
