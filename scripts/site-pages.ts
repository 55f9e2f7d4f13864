/**
 * What the build adds to the static site for embedding: oEmbed JSON for the map and each
 * place, discovery links and social-card tags in index.html, and one small page per place
 * (`place-<id>.html`) that carries that place's discovery link and sends browsers on to
 * `./?place=<id>`. Site URLs must be absolute in oEmbed: they come from BORDERLINES_SITE_URL.
 */
import type { Dataset, Place } from '../src/data/schema.ts';
import { descriptionOf, oembedFor, previewFileOf, titleOf } from '../src/embed/oembed.ts';
import { escapeAttribute, escapeText } from '../src/embed/snippet.ts';
import { nameOf, t } from '../src/i18n/i18n.tsx';
import { LANGUAGES, isRightToLeft, type Language } from '../src/i18n/languages.ts';
import { withLanguage } from './catalogues.ts';
import { correctionsPage } from './corrections-page.ts';

/** Where `npm run preview` serves the site; set BORDERLINES_SITE_URL to the real address when publishing. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4173/';

export function siteUrlFromEnv(env: Record<string, string | undefined>): string {
  const url = env.BORDERLINES_SITE_URL ?? DEFAULT_SITE_URL;
  return url.endsWith('/') ? url : `${url}/`;
}

/** A file in a language: `name.json` in English, `name.ur.json` in Urdu. */
const inLanguage = (name: string, lang: Language) => (lang === 'en' ? name : name.replace(/\.(\w+)$/, `.${lang}.$1`));
const oembedPath = (place: Place | null, lang: Language = 'en') => inLanguage(place ? `oembed/${place.id}.json` : 'oembed.json', lang);

/** Discovery and social-card tags, in the current language (the build makes each language current in turn). */
export function headTags(siteUrl: string, place: Place | null, lang: Language = 'en'): string {
  const title = escapeAttribute(titleOf(place, t, nameOf));
  return [
    `<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(siteUrl + oembedPath(place, lang))}" title="${title}" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${escapeAttribute(descriptionOf(place, t, nameOf))}" />`,
    `<meta property="og:image" content="${escapeAttribute(siteUrl + previewFileOf(place))}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
  ].join('\n    ');
}

export function placePage(siteUrl: string, place: Place, lang: Language = 'en'): string {
  const target = `./?place=${encodeURIComponent(place.id)}${lang === 'en' ? '' : `&lang=${lang}`}`;
  const title = escapeText(titleOf(place, t, nameOf));
  return `<!doctype html>
<html lang="${lang}" dir="${isRightToLeft(lang) ? 'rtl' : 'ltr'}">
  <head>
    <meta charset="UTF-8" />
    <title>${title}</title>
    <meta http-equiv="refresh" content="0; url=${escapeAttribute(target)}" />
    ${headTags(siteUrl, place, lang)}
  </head>
  <body>
    <p><a href="${escapeAttribute(target)}">${title}</a></p>
  </body>
</html>
`;
}

/**
 * The oEmbed answers and the place pages, in every language: a newsroom that pastes the Urdu
 * page's address gets the map's Urdu title and an embed that opens in Urdu.
 */
export function sitePages(siteUrl: string, dataset: Dataset): Record<string, string> {
  const files: Record<string, string> = { 'corrections.html': correctionsPage(dataset) };
  for (const lang of LANGUAGES) {
    withLanguage(lang, () => {
      // English embeds carry no language: the reader's browser chooses, as on the map's own page.
      const embedLanguage = lang === 'en' ? null : lang;
      files[oembedPath(null, lang)] = JSON.stringify(oembedFor(siteUrl, null, embedLanguage, nameOf), null, 1);
      for (const place of dataset.places) {
        files[oembedPath(place, lang)] = JSON.stringify(oembedFor(siteUrl, place, embedLanguage, nameOf), null, 1);
        files[inLanguage(`place-${place.id}.html`, lang)] = placePage(siteUrl, place, lang);
      }
    });
  }
  return files;
}

/**
 * The Content-Security-Policy of the built pages: no inline script, and network access only to
 * this site plus the origins public/config.json names (a remote base map, allowed datasets).
 * MapLibre needs blob: and data: workers and images when it runs in a sandboxed (opaque) origin.
 */
export function contentSecurityPolicy(config: {
  basemapStyleUrl?: string | null;
  basemapOrigins?: string[];
  dataOrigins?: string[];
}): string {
  const origins = [config.basemapStyleUrl, ...(config.basemapOrigins ?? []), ...(config.dataOrigins ?? [])]
    .filter((url): url is string => typeof url === 'string' && URL.canParse(url))
    .map((url) => new URL(url).origin);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${[...new Set(origins)].join(' ')}`.trim(),
    "worker-src 'self' blob: data:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
