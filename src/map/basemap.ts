/**
 * The offline base map: Natural Earth land, countries, provinces and place labels from one file
 * the project ships (data/geo/basemap.topojson, see data/geo/PROVENANCE.md). No tile server, no
 * API key and no glyph server: without a `glyphs` URL MapLibre draws labels with the reader's local
 * fonts.
 *
 * The file is TopoJSON (a border two countries share is stored once, as small integer steps), a
 * third the size of the same map as GeoJSON. MapLibre reads GeoJSON only, so its sources ask for
 * `borderlines-topojson://` URLs, which a protocol handler answers in the page: it fetches the file
 * once and decodes the objects each source names with topojson-client.
 */
import { addProtocol, type LayerSpecification, type StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import basemapUrl from '../../data/geo/basemap.topojson?url';

/**
 * The map's extent [west, south, east, north]: Türkiye to Bangladesh, Sri Lanka to Kazakhstan. The
 * base map holds nothing beyond it (scripts/build-geo.mjs clips to it, with the same numbers), so
 * the map must not be panned or zoomed out past it.
 */
export const BASEMAP_BOUNDS: [number, number, number, number] = [24, 4, 96, 56];

const PROTOCOL = 'borderlines-topojson';

/** The topologies fetched so far, by URL: both sources read the same file, fetched once. */
const topologies = new Map<string, Promise<Topology>>();

function fetchTopology(url: string): Promise<Topology> {
  let topology = topologies.get(url);
  if (!topology) {
    topology = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<Topology>;
    });
    // A failed fetch is not kept, so that a later style load tries again.
    topology.catch(() => topologies.delete(url));
    topologies.set(url, topology);
  }
  return topology;
}

/** A source's URL: which file, and which of its objects make the source's features. */
export function topojsonSourceUrl(fileUrl: string, objects: string[]): string {
  return `${PROTOCOL}://basemap?objects=${objects.join(',')}&url=${encodeURIComponent(fileUrl)}`;
}

/** The named objects of a topology as one GeoJSON FeatureCollection. */
export function decodeObjects(topology: Topology, objects: string[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: objects.flatMap((name) => {
      const object = topology.objects[name];
      if (!object) throw new Error(`the base map has no object "${name}"`);
      const decoded = feature(topology, object);
      return decoded.type === 'FeatureCollection' ? decoded.features : [decoded];
    }),
  };
}

async function loadTopojsonSource({ url }: { url: string }): Promise<{ data: FeatureCollection }> {
  const params = new URL(url).searchParams;
  const topology = await fetchTopology(params.get('url') ?? '');
  return { data: decodeObjects(topology, (params.get('objects') ?? '').split(',')) };
}

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

/** The file's URL is made absolute: a relative one would be read against MapLibre's worker. */
export function offlineBasemapStyle(baseUrl: string = document.baseURI): StyleSpecification {
  addProtocol(PROTOCOL, loadTopojsonSource);
  const fileUrl = new URL(basemapUrl, baseUrl).href;
  return {
    version: 8,
    name: 'Borderlines offline basemap',
    sources: {
      basemap: { type: 'geojson', data: topojsonSourceUrl(fileUrl, ['countries', 'admin1']), attribution: 'Natural Earth' },
      labels: { type: 'geojson', data: topojsonSourceUrl(fileUrl, ['labels']), attribution: 'GeoNames (CC BY 4.0)' },
    },
    layers,
  };
}
