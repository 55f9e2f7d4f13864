/**
 * How each event category looks, as data: the legend, the map's icons and the sidebar all read
 * this table (their names are in the catalogues, src/i18n/, as `category.<id>`). Colours are Okabe–Ito (safe for colour blindness) and every category also has
 * its own shape, so colour is never the only cue. Shapes are SVG paths on a 24×24 grid.
 *
 * It is the one table of the map's colours and sizes: the layers' styles (layers.ts) read it,
 * the points' shaders get it as #defines (marks-program.ts), and the stylesheet as custom
 * properties set on the map's area (cssProperties below).
 */
import type { Category } from '../data/vocabulary.ts';

export interface CategoryStyle {
  color: string;
  /** A darker shade for area outlines, at least 3:1 against the land (WCAG 1.4.11). */
  outline: string;
  shape: string;
}

export const CATEGORY_STYLES: Record<Category, CategoryStyle> = {
  'military-operation': { color: '#0072B2', outline: '#00568a', shape: 'M5 5h14v14H5z' },
  'bombing-attack': { color: '#D55E00', outline: '#a34800', shape: 'M12 3l10 18H2z' },
  airstrike: { color: '#CC79A7', outline: '#9c4a7c', shape: 'M12 2l10 10-10 10L2 12z' },
  'border-clash': {
    color: '#E69F00',
    outline: '#8a5f00',
    shape: 'M4 7l3-3 5 5 5-5 3 3-5 5 5 5-3 3-5-5-5 5-3-3 5-5z',
  },
  // A closed gate: a bar across, in Okabe–Ito's yellow.
  'crossing-closure': { color: '#F0E442', outline: '#857a00', shape: 'M2 9h20v6H2z' },
  'talks-ceasefire': { color: '#009E73', outline: '#00704f', shape: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z' },
  displacement: { color: '#56B4E9', outline: '#1f6f9e', shape: 'M2 4h20L12 21z' },
};

export const CLAIMS_ONLY_STYLE: CategoryStyle = {
  color: '#ffffff',
  outline: '#555049',
  shape: 'M12 5a7 7 0 1 0 0 14a7 7 0 1 0 0-14z',
};

export const OUTLINE_COLOR = '#1a1a1a';

/** The neutral grey: an approximate location's halo, an approximate outline in the legend, a selected area with no event in the window. */
export const GREY = '#6b6b6b';

/** The yellow of the selected place's halo. */
export const SELECTED_COLOR = '#ffd400';

/**
 * The halos the points' layer draws under a mark (marks.frag), and the legend's swatch, in CSS
 * pixels: the selected place's, ringed in OUTLINE_COLOR on its outer `ring` pixels, and an
 * approximate location's. A halo's colour shows at `opacity`, over the map.
 */
export const HALO = {
  opacity: 0.45,
  selected: { color: SELECTED_COLOR, radius: 19, ring: 2 },
  approximate: { color: GREY, radius: 15 },
} as const;

/** `#rrggbb` as red, green and blue from 0 to 1. */
export function rgbOf(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/** `#rrggbb` at an opacity, as CSS. */
function withOpacity(hex: string, opacity: number): string {
  return `rgb(${rgbOf(hex)
    .map((c) => Math.round(c * 255))
    .join(' ')} / ${opacity})`;
}

/** The stylesheet's share of this table, as custom properties (styles.css reads them as var(--map-…)). */
export const cssProperties = (): Record<`--map-${string}`, string> => ({
  '--map-grey': GREY,
  '--map-halo-approximate': withOpacity(HALO.approximate.color, HALO.opacity),
  '--map-halo-selected': withOpacity(HALO.selected.color, HALO.opacity),
});
