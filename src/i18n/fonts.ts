/**
 * Loads a right-to-left language's fonts when that language is chosen, and only then (see
 * scripts/fonts.ts for how they are cut down at build). The page waits for them, so that it is
 * never drawn first in a fallback font and then again; MapLibre's labels use the Naskh font.
 */
import type { Language } from './languages.ts';

const FONTS: Record<Exclude<Language, 'en'>, { family: string; url: () => Promise<string> }[]> = {
  ur: [
    { family: 'Noto Nastaliq Urdu', url: () => import('virtual:font/nastaliq').then((m) => m.default) },
    { family: 'Noto Naskh Arabic', url: () => import('virtual:font/naskh').then((m) => m.default) },
  ],
  ps: [{ family: 'Noto Naskh Arabic', url: () => import('virtual:font/naskh').then((m) => m.default) }],
  'fa-AF': [{ family: 'Noto Naskh Arabic', url: () => import('virtual:font/naskh').then((m) => m.default) }],
};

const loaded = new Map<string, Promise<void>>();

export function loadFonts(lang: Language): Promise<void> {
  if (lang === 'en' || typeof document === 'undefined') return Promise.resolve();
  return Promise.all(
    FONTS[lang].map(({ family, url }) => {
      if (!loaded.has(family)) {
        loaded.set(
          family,
          url().then(async (href) => {
            const face = new FontFace(family, `url(${href})`, { display: 'swap' });
            document.fonts.add(await face.load());
          }),
        );
      }
      return loaded.get(family)!;
    }),
  ).then(() => undefined);
}
