/**
 * Which dataset the page shows. `?data=<folder URL>` opens another dataset in the published
 * format, but only from under the map's own folder or from an origin the configuration allows: a
 * link on the publisher's domain must not be able to show fabricated claims under its name.
 */
export const BUILT_IN_DATA = 'data/';

/** Why a folder was refused, for the reader's notice in their language (`reason` says it in English). */
export type RefusalReason = 'not-a-url' | 'scheme' | 'origin';

export type DatasetChoice =
  | { kind: 'built-in'; url: string }
  | { kind: 'custom'; url: string }
  | { kind: 'refused'; url: string; requested: string; reason: string; why: RefusalReason };

export function chooseDataset(search: string, pageUrl: string, allowedOrigins: string[]): DatasetChoice {
  const builtIn = new URL(BUILT_IN_DATA, pageUrl).href;
  const requested = new URLSearchParams(search).get('data');
  if (requested === null || requested === '') return { kind: 'built-in', url: builtIn };
  const refuse = (why: RefusalReason, reason: string): DatasetChoice => ({
    kind: 'refused',
    url: builtIn,
    requested: requested.slice(0, 300),
    reason,
    why,
  });

  if (!URL.canParse(requested, pageUrl)) return refuse('not-a-url', 'it is not a URL');
  const url = new URL(requested, pageUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse('scheme', 'only http: and https: URLs are loaded');
  const siteFolder = new URL('.', pageUrl);
  const configured = allowedOrigins.map((o) => new URL(o).origin).includes(url.origin);
  // On the site's own origin, only under its own folder: a newsroom's domain may host files
  // that are not the newsroom's (uploads, other projects).
  const ownFolder = url.origin === siteFolder.origin && url.pathname.startsWith(siteFolder.pathname);
  if (!configured && !ownFolder) {
    return refuse('origin', `${url.origin}${url.pathname} is not under this map's folder and not in the configuration's allowed origins`);
  }
  // A folder URL: the four published files are read relative to it.
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href === builtIn ? { kind: 'built-in', url: builtIn } : { kind: 'custom', url: url.href };
}
