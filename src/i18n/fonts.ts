/**
 * Loads a right-to-left language's fonts when that language is chosen, and only then (see
 * scripts/fonts.ts for how they are cut down at build). The page waits for them, so that it is
 * never drawn first in a fallback font and then again; MapLibre's labels use the Naskh font.
 */
import type { Language } from './languages.ts';

const NASKH = { family: 'Noto Naskh Arabic', file: 'fonts/naskh.woff2' };
const NASTALIQ = { family: 'Noto Nastaliq Urdu', file: 'fonts/nastaliq.woff2' };

const FONTS: Record<Exclude<Language, 'en'>, { family: string; file: string }[]> = {
  ur: [NASTALIQ, NASKH],
  ps: [NASKH],
  'fa-AF': [NASKH],
};

const loaded = new Map<string, Promise<void>>();

/** The same fonts as @font-face rules, for the pages written at build with no script (the static lists). */
export function fontFaceCss(lang: Language): string {
  if (lang === 'en') return '';
  return FONTS[lang]
    .map(({ family, file }) => `@font-face { font-family: '${family}'; src: url(${file}) format('woff2'); font-display: swap; }`)
    .join('\n');
}

export function loadFonts(lang: Language): Promise<void> {
  if (lang === 'en' || typeof document === 'undefined') return Promise.resolve();
  return Promise.all(
    FONTS[lang].map(({ family, file }) => {
      if (!loaded.has(family)) {
        // Relative to the page, like every asset: the site works from any folder.
        const face = new FontFace(family, `url(${new URL(file, document.baseURI).href})`, { display: 'swap' });
        loaded.set(
          family,
          face.load().then((font) => void document.fonts.add(font)),
        );
      }
      return loaded.get(family)!;
    }),
  ).then(() => undefined);
}
