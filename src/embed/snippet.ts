/**
 * The code an editor pastes into an article to embed the current view: an iframe with the
 * project's tiny loader (auto-height), an iframe alone for CMSs that strip scripts, and a link.
 */
import { formatView, writeUrlState, type UrlState } from '../state/url-state.ts';

/** allow-same-origin lets the map's worker start; without it the page falls back to its list. */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
export const DEFAULT_EMBED_HEIGHT = 640;

/** What an embed shows: place, dates, categories and map position, and optionally the reading state (a single claim, filters). */
export type EmbedView = Pick<UrlState, 'place' | 'from' | 'to' | 'cats' | 'view'> & Partial<Omit<UrlState, 'embed'>>;

export interface SnippetInput {
  /** The folder the site is served from, e.g. "https://news.example.org/graphics/2025/border/". */
  siteUrl: string;
  view: EmbedView;
  title: string;
  /** What the static picture shows, for its alt text. */
  description: string;
  previewFile: string;
  height?: number;
}

export interface Snippets {
  withLoader: string;
  iframeOnly: string;
  link: string;
  embedUrl: string;
  fullUrl: string;
}

/** The full page for a view: its map position goes in the fragment, where MapLibre reads it. */
export function fullMapUrl(siteUrl: string, view: EmbedView): string {
  return `${siteUrl}${writeUrlState('', { ...view, view: null })}${view.view ? `#${formatView(view.view)}` : ''}`;
}

export function buildSnippets({ siteUrl, view, title, description, previewFile, height = DEFAULT_EMBED_HEIGHT }: SnippetInput): Snippets {
  const fullUrl = fullMapUrl(siteUrl, view);
  const embedUrl = `${siteUrl}${writeUrlState('', { ...view, embed: true })}`;
  const iframe =
    `<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}" width="100%" height="${height}" ` +
    `loading="lazy" allow="fullscreen" sandbox="${EMBED_SANDBOX}" style="border:0;width:100%;max-width:100%" data-borderlines></iframe>`;
  const noscript =
    `<noscript><a href="${escapeAttribute(fullUrl)}"><img src="${escapeAttribute(siteUrl + previewFile)}" ` +
    `alt="${escapeAttribute(description)}" width="1200" height="630" style="width:100%;height:auto"></a></noscript>`;
  return {
    withLoader: `${iframe}\n<script async src="${escapeAttribute(siteUrl)}embed.js"></script>\n${noscript}`,
    iframeOnly: `${iframe}\n${noscript}`,
    link: `<a href="${escapeAttribute(fullUrl)}">${escapeText(title)}</a>`,
    embedUrl,
    fullUrl,
  };
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
