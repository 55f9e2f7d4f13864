/**
 * The offline base map: Natural Earth land, countries, provinces and place labels from files
 * the project ships (data/geo/, see its PROVENANCE.md). No tile server, no API key and no
 * glyph server: without a `glyphs` URL MapLibre draws labels with the reader's local fonts.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import basemapUrl from '../../data/geo/basemap.geojson?url';
import labelsUrl from '../../data/geo/basemap-labels.geojson?url';

const WATER = '#cfe0ea';
const LAND = '#f3f0e8';
const FOCUS_LAND = '#fbfaf6';
const COUNTRY_LINE = '#8c8577';
const PROVINCE_LINE = '#bdb6a8';
const LABEL = '#5b554b';

/** Afghanistan and Pakistan (ISO numeric), drawn a shade lighter than their neighbours. */
const FOCUS_COUNTRIES = ['004', '586'];

const layers: LayerSpecification[] = [
  { id: 'base-water', type: 'background', paint: { 'background-color': WATER } },
  {
    id: 'base-land',
    type: 'fill',
    source: 'basemap',
    filter: ['==', ['get', 'layer'], 'country'],
    paint: { 'fill-color': ['match', ['get', 'iso_n3'], FOCUS_COUNTRIES, FOCUS_LAND, LAND] },
  },
  {
    id: 'base-admin1-lines',
    type: 'line',
    source: 'basemap',
    minzoom: 4,
    filter: ['==', ['get', 'layer'], 'admin1'],
    paint: { 'line-color': PROVINCE_LINE, 'line-width': 0.6 },
  },
  {
    id: 'base-country-lines',
    type: 'line',
    source: 'basemap',
    filter: ['==', ['get', 'layer'], 'country'],
    paint: { 'line-color': COUNTRY_LINE, 'line-width': 0.9 },
  },
  {
    id: 'base-country-labels',
    type: 'symbol',
    source: 'labels',
    filter: ['==', ['get', 'layer'], 'country-label'],
    layout: { 'text-field': ['upcase', ['get', 'name']], 'text-size': 13, 'text-letter-spacing': 0.15 },
    paint: { 'text-color': '#7a7264', 'text-halo-color': LAND, 'text-halo-width': 1 },
  },
  {
    id: 'base-admin1-labels',
    type: 'symbol',
    source: 'labels',
    minzoom: 5.5,
    filter: ['==', ['get', 'layer'], 'admin1-label'],
    layout: { 'text-field': ['get', 'name'], 'text-size': 11, 'text-font': ['Noto Sans Italic', 'sans-serif'] },
    paint: { 'text-color': '#8c8577', 'text-halo-color': FOCUS_LAND, 'text-halo-width': 1 },
  },
  {
    id: 'base-city-labels',
    type: 'symbol',
    source: 'labels',
    minzoom: 6,
    filter: ['==', ['get', 'layer'], 'city-label'],
    layout: { 'text-field': ['get', 'name'], 'text-size': 11, 'text-offset': [0, 0.9], 'text-anchor': 'top' },
    paint: { 'text-color': LABEL, 'text-halo-color': FOCUS_LAND, 'text-halo-width': 1.2 },
  },
];

/** GeoJSON URLs are made absolute: MapLibre's worker would resolve a relative one against itself. */
export function offlineBasemapStyle(baseUrl: string = document.baseURI): StyleSpecification {
  return {
    version: 8,
    name: 'Borderlines offline basemap',
    sources: {
      basemap: {
        type: 'geojson',
        data: new URL(basemapUrl, baseUrl).href,
        attribution: 'Natural Earth',
      },
      labels: { type: 'geojson', data: new URL(labelsUrl, baseUrl).href, attribution: 'GeoNames (CC BY 4.0)' },
    },
    layers,
  };
}
