/**
 * The map's layers as plain style specifications, but for the points' own layer, which works out
 * their looks on the GPU (marks-layer.ts). What changes with the reader's state (the date window,
 * the selection, hover) reaches areas and lines as feature-state, so moving the slider never
 * rebuilds a source or a layer.
 *
 * Feature-state of an area or line: { active: boolean, category: Category | null, selected: boolean, hover: boolean }.
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { CATEGORIES } from '../data/vocabulary.ts';
import { CATEGORY_STYLES, CLAIMS_ONLY_STYLE, GREY, OUTLINE_COLOR } from './categories.ts';

/**
 * Two sources: areas and lines, and points. Only points may be grouped at low zoom (MapLibre's
 * grouping keeps points alone, so areas and the border must not share a grouped source).
 */
export const SHAPES_SOURCE = 'place-shapes';
export const POINTS_SOURCE = 'place-points';
export const PLACE_SOURCES = [SHAPES_SOURCE, POINTS_SOURCE] as const;

export function sourceOf(geometryType: string): (typeof PLACE_SOURCES)[number] {
  return geometryType === 'Point' || geometryType === 'MultiPoint' ? POINTS_SOURCE : SHAPES_SOURCE;
}

export const LAYER = {
  areaFill: 'place-area-fill',
  areaOutline: 'place-area-outline',
  areaOutlineApproximate: 'place-area-outline-approximate',
  cluster: 'place-cluster',
  clusterCount: 'place-cluster-count',
  borderHit: 'place-border-hit',
  borderCasing: 'place-border-casing',
  borderLine: 'place-border-line',
  borderLabel: 'place-border-label',
  pointMarks: 'place-point-marks',
  pointHit: 'place-point-hit',
  pointLabel: 'place-point-label',
} as const;

// Tiles may report a multi-geometry in its singular or its Multi form, so accept both.
const geometryIn = (...types: string[]): ExpressionSpecification => ['in', ['geometry-type'], ['literal', types]];
const isArea = geometryIn('Polygon', 'MultiPolygon');
const isLine = geometryIn('LineString', 'MultiLineString');
const isCluster: ExpressionSpecification = ['has', 'point_count'];
/** A single place drawn as a point (not a group of them: see CLUSTER_LAYERS). */
const isPoint: ExpressionSpecification = ['all', geometryIn('Point', 'MultiPoint'), ['!', isCluster]];
const active: ExpressionSpecification = ['boolean', ['feature-state', 'active'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const hasEvents: ExpressionSpecification = ['to-boolean', ['feature-state', 'category']];

// Every paint property that reads feature-state is one or two more arrays that MapLibre fills
// again, and uploads, in each tile that holds a shape whose state changed, at every step: so an
// opacity rides in its colour's alpha, as the last byte of #rrggbbaa (66 is 0.4, 4d 0.3, 33 0.2,
// bf 0.75, 99 0.6), rather than in a property of its own.

const categoryOutline: ExpressionSpecification = [
  'match',
  ['feature-state', 'category'],
  ...CATEGORIES.flatMap((c) => [c, CATEGORY_STYLES[c].outline]),
  CLAIMS_ONLY_STYLE.outline,
] as ExpressionSpecification;

/** The colour of the category of the latest event in the window (grey for none), with an alpha byte. */
const categoryTint = (alpha: string): ExpressionSpecification =>
  [
    'match',
    ['feature-state', 'category'],
    ...CATEGORIES.flatMap((c) => [c, CATEGORY_STYLES[c].color + alpha]),
    GREY + alpha,
  ] as ExpressionSpecification;

const areaFill: FillLayerSpecification = {
  id: LAYER.areaFill,
  type: 'fill',
  source: SHAPES_SOURCE,
  filter: isArea,
  paint: {
    // Areas with only claims in the window keep a coloured outline but no fill, so that large
    // provinces named in a claim do not grey out the map.
    'fill-color': [
      'case',
      selected,
      categoryTint('66'),
      hovered,
      categoryTint('4d'),
      ['all', active, hasEvents],
      categoryTint('33'),
      'transparent',
    ],
  },
};

const outlinePaint = (dashed: boolean): LineLayerSpecification['paint'] => ({
  'line-color': ['case', active, categoryOutline, '#9a9a9a99'],
  'line-width': ['case', selected, 3.5, active, 1.8, 0.8],
  ...(dashed ? { 'line-dasharray': [3, 2] } : {}),
});

const areaOutline: LineLayerSpecification = {
  id: LAYER.areaOutline,
  type: 'line',
  source: SHAPES_SOURCE,
  filter: ['all', isArea, ['!', ['get', 'approximate']]],
  paint: outlinePaint(false),
};

/** Approximate outlines (Waziristan, Khyber, Mohmand, Bajaur) are dashed here and in the legend. */
const areaOutlineApproximate: LineLayerSpecification = {
  id: LAYER.areaOutlineApproximate,
  type: 'line',
  source: SHAPES_SOURCE,
  filter: ['all', isArea, ['get', 'approximate']],
  paint: outlinePaint(true),
};

/** An invisible wide line, so that the thin border is easy to hit with a finger. */
const borderHit: LineLayerSpecification = {
  id: LAYER.borderHit,
  type: 'line',
  source: SHAPES_SOURCE,
  filter: isLine,
  paint: { 'line-color': '#000000', 'line-width': 22, 'line-opacity': 0.001 },
};

const borderCasing: LineLayerSpecification = {
  id: LAYER.borderCasing,
  type: 'line',
  source: SHAPES_SOURCE,
  filter: isLine,
  layout: { 'line-join': 'round', 'line-cap': 'round' },
  paint: {
    'line-color': ['case', active, categoryTint('bf'), 'transparent'],
    'line-width': ['case', selected, 12, hovered, 9, 7],
  },
};

const borderLine: LineLayerSpecification = {
  id: LAYER.borderLine,
  type: 'line',
  source: SHAPES_SOURCE,
  filter: isLine,
  layout: { 'line-join': 'round' },
  paint: { 'line-color': '#3b2a1a', 'line-width': 2, 'line-dasharray': [4, 1.5, 1, 1.5] },
};

const textPaint = { 'text-color': '#1a1a1a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 };

/**
 * The places' names: MapLibre draws them a glyph at a time with these CSS families, and shapes
 * Arabic script into its joined forms itself. Noto Naskh Arabic, loaded with a right-to-left
 * language (src/i18n/fonts.ts), has those forms; the system's sans-serif draws the rest.
 */
const LABEL_FONT = ['Noto Naskh Arabic', 'sans-serif'];

const borderLabel: SymbolLayerSpecification = {
  id: LAYER.borderLabel,
  type: 'symbol',
  source: SHAPES_SOURCE,
  filter: isLine,
  minzoom: 5,
  layout: {
    'symbol-placement': 'line',
    'text-field': ['get', 'name'],
    'text-font': LABEL_FONT,
    'text-size': 12,
    'text-offset': [0, -1],
    'symbol-spacing': 400,
  },
  paint: textPaint,
};

/**
 * The points themselves are drawn by a custom layer (marks-layer.ts, LAYER.pointMarks), which works
 * out each one's look on the GPU. This invisible layer is what a click or hover finds.
 */
const pointHit: CircleLayerSpecification = {
  id: LAYER.pointHit,
  type: 'circle',
  source: POINTS_SOURCE,
  filter: isPoint,
  paint: { 'circle-radius': 12, 'circle-opacity': 0, 'circle-stroke-width': 0 },
};

const pointLabel: SymbolLayerSpecification = {
  id: LAYER.pointLabel,
  type: 'symbol',
  source: POINTS_SOURCE,
  filter: ['all', isPoint, ['!=', ['get', 'kind'], 'site']],
  layout: {
    'text-field': ['get', 'name'],
    'text-font': LABEL_FONT,
    'text-size': 12,
    'text-offset': [0, 1.3],
    'text-anchor': 'top',
    'text-optional': true,
  },
  // Names stay whatever the dates, so that they do not flicker while the slider moves: the marks
  // say what the window holds.
  paint: textPaint,
};

/**
 * Large datasets group their points at low zoom (see CLUSTER_MIN_POINTS); a group shows how many
 * places it holds, and a click on it zooms in. With few places these layers draw nothing.
 */
const cluster: CircleLayerSpecification = {
  id: LAYER.cluster,
  type: 'circle',
  source: POINTS_SOURCE,
  filter: isCluster,
  paint: {
    'circle-color': '#ffffff',
    'circle-stroke-color': OUTLINE_COLOR,
    'circle-stroke-width': 1.5,
    'circle-radius': ['step', ['get', 'point_count'], 12, 10, 16, 100, 22, 1000, 28],
  },
};

const clusterCount: SymbolLayerSpecification = {
  id: LAYER.clusterCount,
  type: 'symbol',
  source: POINTS_SOURCE,
  filter: isCluster,
  layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-size': 11, 'text-allow-overlap': true },
  paint: { 'text-color': OUTLINE_COLOR },
};

export const CLUSTER_MIN_POINTS = 300;

export function isGrouped(places: { geometry: { type: string } }[]): boolean {
  return places.filter((p) => p.geometry.type === 'Point').length >= CLUSTER_MIN_POINTS;
}
export const CLUSTER_OPTIONS = { clusterMaxZoom: 7, clusterRadius: 36 };

export const PLACE_LAYERS: LayerSpecification[] = [
  areaFill,
  areaOutline,
  areaOutlineApproximate,
  borderHit,
  borderCasing,
  borderLine,
  borderLabel,
  pointHit,
  pointLabel,
  cluster,
  clusterCount,
];

/** The layers that draw one source's features, in PLACE_LAYERS' order. */
export const layersOf = (source: string) => PLACE_LAYERS.filter((layer) => 'source' in layer && layer.source === source);

/** Layers a click or hover can select from. */
export const INTERACTIVE_LAYER_IDS = [LAYER.cluster, LAYER.areaFill, LAYER.borderHit, LAYER.pointHit];
