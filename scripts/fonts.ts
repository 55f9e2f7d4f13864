/**
 * The Arabic-script fonts, cut down at build to the characters the page can show in Urdu, Pashto
 * and Dari: the three catalogues, the month names and digits Intl writes for them, the places'
 * names and the records' translations. hb-subset (harfbuzz, through subset-font) keeps the
 * OpenType layout tables, so the letters still join and Nastaliq still cascades (the fonts' SIL
 * Open Font Licence allows subsetting). The build writes them as fonts/<font>.woff2.
 *
 * Noto Naskh Arabic sets Pashto and Dari, and every map label (MapLibre draws a label glyph by
 * glyph, which Nastaliq's sloping joins cannot survive); Noto Nastaliq Urdu sets Urdu's page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const ROOT = new URL('../', import.meta.url).pathname;

export const FONTS = {
  naskh: { family: 'Noto Naskh Arabic', file: '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2' },
  nastaliq: { family: 'Noto Nastaliq Urdu', file: '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2' },
} as const;
export type FontName = keyof typeof FONTS;

/** Every character of the text the right-to-left languages can show. */
export function rightToLeftText(): string {
  const files = ['src/i18n/ur.ts', 'src/i18n/ps.ts', 'src/i18n/fa-AF.ts', 'data/places.json'];
  const translations = `${ROOT}data/translations/`;
  for (const file of safeList(translations)) if (file.endsWith('.json')) files.push(`data/translations/${file}`);
  let text = files.map((file) => readFileSync(ROOT + file, 'utf8')).join('');
  // What Intl writes: month names in both calendars, digits and separators.
  for (const locale of ['ur', 'fa-AF', 'ps']) {
    for (const calendar of ['gregory', 'persian']) {
      const format = new Intl.DateTimeFormat(locale, { calendar, timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
      for (let month = 0; month < 12; month++) text += format.format(new Date(Date.UTC(2025, month, 28)));
    }
    text += new Intl.NumberFormat(locale).format(1234567.89);
  }
  text += '۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩،؛؟٫٬ـ«»…–—·()[]:;,.!?"\'/ ';
  const chars = new Set(text);
  return [...chars, ...presentationForms(chars)]
    .filter((char) => char.codePointAt(0)! > 0x7f || /[\s\d()[\]:;,.!?"'/-]/.test(char))
    .join('');
}

/**
 * The joined forms (Arabic Presentation Forms A and B) of the letters in `chars`: the map's labels
 * are drawn a glyph at a time by MapLibre, which shapes Arabic script into these code points
 * itself, so the font must answer for them too (the page's own text is shaped by the browser
 * through the font's layout tables and needs none).
 */
function presentationForms(chars: Set<string>): string[] {
  const forms: string[] = [];
  for (const [first, last] of [
    [0xfb50, 0xfdff],
    [0xfe70, 0xfeff],
  ]) {
    for (let code = first; code <= last; code++) {
      const form = String.fromCodePoint(code);
      const base = form.normalize('NFKC');
      if (base !== form && [...base].every((char) => chars.has(char))) forms.push(form);
    }
  }
  return forms;
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

export async function subsetOf(name: FontName): Promise<{ original: Buffer; subset: Buffer }> {
  const original = readFileSync(require.resolve(FONTS[name].file));
  const subset = await subsetFont(original, rightToLeftText(), { targetFormat: 'woff2' });
  return { original, subset };
}

/** Where the built site serves a font (src/i18n/fonts.ts asks for the same path). */
export const fontPath = (name: FontName): string => `fonts/${name}.woff2`;

export function fontsPlugin(): Plugin {
  const subsets = new Map<FontName, Promise<Buffer>>();
  const subset = (name: FontName) => {
    if (!subsets.has(name))
      subsets.set(
        name,
        subsetOf(name).then(({ original, subset }) => {
          console.log(
            `${FONTS[name].family}: ${(original.length / 1000).toFixed(1)} kB as shipped on npm (Arabic subset, woff2), ${(subset.length / 1000).toFixed(1)} kB cut to the page's characters`,
          );
          return subset;
        }),
      );
    return subsets.get(name)!;
  };
  return {
    name: 'borderlines-fonts',
    async generateBundle() {
      for (const name of Object.keys(FONTS) as FontName[])
        this.emitFile({ type: 'asset', fileName: fontPath(name), source: await subset(name) });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.match(/\/fonts\/(\w+)\.woff2$/)?.[1] as FontName | undefined;
        if (!name || !(name in FONTS)) return next();
        subset(name).then((font) => {
          res.setHeader('Content-Type', 'font/woff2');
          res.end(font);
        }, next);
      });
    },
  };
}
