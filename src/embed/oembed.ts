/**
 * oEmbed responses (https://oembed.com, type "rich") for the map and for each place's view,
 * written as static files at build since the site has no server.
 */
import type { Place } from '../data/schema.ts';
import { buildSnippets, DEFAULT_EMBED_HEIGHT, type EmbedView } from './snippet.ts';

export const PROVIDER_NAME = 'Borderlines';
export const PREVIEW_SIZE = { width: 1200, height: 630 };
const MAP_TITLE = 'Map: who claims what on the Pakistan–Afghanistan border';

export function viewOf(place: Place | null): EmbedView {
  return { place: place?.id ?? null, from: null, to: null, cats: null, view: null, lang: null };
}

export function titleOf(place: Place | null): string {
  return place ? `${MAP_TITLE} — ${place.name}` : MAP_TITLE;
}

export function previewFileOf(place: Place | null): string {
  return `previews/${place?.id ?? 'default'}.jpg`;
}

export function descriptionOf(place: Place | null): string {
  return place
    ? `Map of the Pakistan–Afghanistan border region centred on ${place.name}, with the events there and the claims each side makes about it.`
    : 'Map of the Pakistan–Afghanistan border region, with places marked by the type of their latest event and the claims each side makes about them.';
}

export function oembedFor(siteUrl: string, place: Place | null) {
  const snippets = buildSnippets({
    siteUrl,
    view: viewOf(place),
    title: titleOf(place),
    description: descriptionOf(place),
    previewFile: previewFileOf(place),
  });
  return {
    version: '1.0',
    type: 'rich',
    title: titleOf(place),
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
