/**
 * Which dataset the page shows. `?data=<folder URL>` opens another dataset in the published
 * format, but only from the site's own origin or an origin the configuration allows: a link on
 * the publisher's domain must not be able to show fabricated claims under the publisher's name.
 */
export const BUILT_IN_DATA = 'data/';

export type DatasetChoice =
  | { kind: 'built-in'; url: string }
  | { kind: 'custom'; url: string }
  | { kind: 'refused'; url: string; requested: string; reason: string };

export function chooseDataset(search: string, pageUrl: string, allowedOrigins: string[]): DatasetChoice {
  const builtIn = new URL(BUILT_IN_DATA, pageUrl).href;
  const requested = new URLSearchParams(search).get('data');
  if (requested === null || requested === '') return { kind: 'built-in', url: builtIn };
  const refuse = (reason: string): DatasetChoice => ({ kind: 'refused', url: builtIn, requested: requested.slice(0, 300), reason });

  if (!URL.canParse(requested, pageUrl)) return refuse('it is not a URL');
  const url = new URL(requested, pageUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse('only http: and https: URLs are loaded');
  const allowed = [new URL(pageUrl).origin, ...allowedOrigins.map((o) => new URL(o).origin)];
  if (!allowed.includes(url.origin)) return refuse(`${url.origin} is not this site and not in the configuration's allowed origins`);
  // A folder URL: the four published files are read relative to it.
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href === builtIn ? { kind: 'built-in', url: builtIn } : { kind: 'custom', url: url.href };
}
