/**
 * The Arabic-script fonts, cut down at build to the characters the page can show in Urdu, Pashto
 * and Dari: the three catalogues, the month names and digits Intl writes for them, the places'
 * names and the records' translations. hb-subset (harfbuzz, through subset-font) keeps the
 * OpenType layout tables, so the letters still join and Nastaliq still cascades (the fonts' SIL
 * Open Font Licence allows subsetting). The app imports `virtual:font/<font>` for the file's URL.
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

const PREFIX = 'virtual:font/';

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
  return [...new Set(text)].filter((char) => char.codePointAt(0)! > 0x7f || /[\s\d()[\]:;,.!?"'/-]/.test(char)).join('');
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

export function fontsPlugin(): Plugin {
  let building = false;
  return {
    name: 'borderlines-fonts',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1) as FontName;
      if (!(name in FONTS)) throw new Error(`${id}: no such font (${Object.keys(FONTS).join(', ')})`);
      const { original, subset } = await subsetOf(name);
      this.info(`${FONTS[name].family}: ${(original.length / 1000).toFixed(1)} kB as shipped on npm (Arabic subset, woff2), ${(subset.length / 1000).toFixed(1)} kB cut to the page's characters`);
      if (!building) return `export default ${JSON.stringify(`data:font/woff2;base64,${subset.toString('base64')}`)};`;
      const ref = this.emitFile({ type: 'asset', name: `${name}.woff2`, source: subset });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
