/**
 * oEmbed responses (https://oembed.com, type "rich") for the map and for each place's view,
 * written as static files at build since the site has no server.
 */
import type { Place } from '../data/schema.ts';
import { t, type Translate } from '../i18n/i18n.tsx';
import type { Language } from '../i18n/languages.ts';
import { buildSnippets, DEFAULT_EMBED_HEIGHT, type EmbedView } from './snippet.ts';

export const PROVIDER_NAME = 'Borderlines';
export const PREVIEW_SIZE = { width: 1200, height: 630 };

/** A place's view in a language (null: the page's default, English or the reader's browser's). */
export function viewOf(place: Place | null, lang: Language | null = null): EmbedView {
  return { place: place?.id ?? null, from: null, to: null, cats: null, view: null, lang };
}

/** The place's name as `name(place)` gives it: in the reader's language where the data has one. */
export function titleOf(place: Place | null, tr: Translate = t, name = (p: Place) => p.name): string {
  return place ? tr('embed.mapTitlePlace', { place: name(place) }) : tr('embed.mapTitle');
}

export function previewFileOf(place: Place | null): string {
  return `previews/${place?.id ?? 'default'}.jpg`;
}

export function descriptionOf(place: Place | null, tr: Translate = t, name = (p: Place) => p.name): string {
  return place ? tr('embed.descriptionPlace', { place: name(place) }) : tr('embed.description');
}

/** The oEmbed answer for the map or a place, in the current language (`lang` also goes in the embed's URL). */
export function oembedFor(siteUrl: string, place: Place | null, lang: Language | null = null, name = (p: Place) => p.name) {
  const snippets = buildSnippets({
    siteUrl,
    view: viewOf(place, lang),
    title: titleOf(place, t, name),
    description: descriptionOf(place, t, name),
    previewFile: previewFileOf(place),
  });
  return {
    version: '1.0',
    type: 'rich',
    title: titleOf(place, t, name),
    provider_name: PROVIDER_NAME,
    provider_url: siteUrl,
    html: snippets.withLoader,
    width: 800,
    height: DEFAULT_EMBED_HEIGHT,
    thumbnail_url: siteUrl + previewFileOf(place),
    thumbnail_width: PREVIEW_SIZE.width,
    thumbnail_height: PREVIEW_SIZE.height,
  };
}
