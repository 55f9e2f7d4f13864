/**
 * What the build adds to the static site for embedding: oEmbed JSON for the map and each
 * place, discovery links and social-card tags in index.html, and one small page per place
 * (`place-<id>.html`) that carries that place's discovery link and sends browsers on to
 * `./?place=<id>`. Site URLs must be absolute in oEmbed: they come from BORDERLINES_SITE_URL.
 */
import type { Dataset, Place } from '../src/data/schema.ts';
import { descriptionOf, oembedFor, previewFileOf, titleOf } from '../src/embed/oembed.ts';
import { escapeAttribute, escapeText } from '../src/embed/snippet.ts';
import { correctionsPage } from './corrections-page.ts';

/** Where `npm run preview` serves the site; set BORDERLINES_SITE_URL to the real address when publishing. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4173/';

export function siteUrlFromEnv(env: Record<string, string | undefined>): string {
  const url = env.BORDERLINES_SITE_URL ?? DEFAULT_SITE_URL;
  return url.endsWith('/') ? url : `${url}/`;
}

const oembedPath = (place: Place | null) => (place ? `oembed/${place.id}.json` : 'oembed.json');

export function headTags(siteUrl: string, place: Place | null): string {
  const title = escapeAttribute(titleOf(place));
  return [
    `<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(siteUrl + oembedPath(place))}" title="${title}" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${escapeAttribute(descriptionOf(place))}" />`,
    `<meta property="og:image" content="${escapeAttribute(siteUrl + previewFileOf(place))}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
  ].join('\n    ');
}

export function placePage(siteUrl: string, place: Place): string {
  const target = `./?place=${encodeURIComponent(place.id)}`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>${escapeText(titleOf(place))}</title>
    <meta http-equiv="refresh" content="0; url=${escapeAttribute(target)}" />
    ${headTags(siteUrl, place)}
  </head>
  <body>
    <p><a href="${escapeAttribute(target)}">${escapeText(titleOf(place))}</a></p>
  </body>
</html>
`;
}

export function sitePages(siteUrl: string, dataset: Dataset): Record<string, string> {
  const files: Record<string, string> = {
    'oembed.json': JSON.stringify(oembedFor(siteUrl, null), null, 1),
    'corrections.html': correctionsPage(dataset),
  };
  for (const place of dataset.places) {
    files[oembedPath(place)] = JSON.stringify(oembedFor(siteUrl, place), null, 1);
    files[`place-${place.id}.html`] = placePage(siteUrl, place);
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
