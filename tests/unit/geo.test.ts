import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { booleanPointInPolygon, coordAll, distance, length, lineString, point, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { BASEMAP_BOUNDS, decodeObjects, topojsonSourceUrl } from '../../src/map/basemap.ts';

function readGeo<T extends FeatureCollection>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../data/geo/${name}`, import.meta.url), 'utf8')) as T;
}

const areas = readGeo<FeatureCollection<Polygon | MultiPolygon>>('areas.geojson');
const durand = readGeo<FeatureCollection<LineString | MultiLineString>>('durand-line.geojson');

function area(id: string): Feature<Polygon | MultiPolygon> {
  const found = areas.features.find((f) => f.properties?.id === id);
  if (!found) throw new Error(`areas.geojson has no feature with id ${id}`);
  return found;
}

const EXPECTED_IDS = [
  'khost',
  'paktia',
  'paktika',
  'kandahar-province',
  'kabul-province',
  'nangarhar',
  'kunar',
  'zabul',
  'helmand',
  'nimroz',
  'khyber-pakhtunkhwa',
  'balochistan',
  'islamabad-capital-territory',
  'north-waziristan',
  'south-waziristan',
  'khyber-district',
  'mohmand',
  'bajaur',
];
const APPROXIMATE_IDS = ['north-waziristan', 'south-waziristan', 'khyber-district', 'mohmand', 'bajaur'];

// [lat, lon] from the project gazetteer (data/geo/gazetteer.csv).
const PLACES_INSIDE: Array<{ place: string; lat: number; lon: number; id: string }> = [
  { place: 'Miranshah', lat: 33.00059, lon: 70.07117, id: 'north-waziristan' },
  { place: 'Mir Ali', lat: 32.97, lon: 70.27, id: 'north-waziristan' },
  { place: 'Wana', lat: 32.29889, lon: 69.5725, id: 'south-waziristan' },
  { place: 'Spin Boldak', lat: 31.00575, lon: 66.40001, id: 'kandahar-province' },
  { place: 'Khost (city)', lat: 33.33951, lon: 69.92041, id: 'khost' },
  { place: 'Peshawar', lat: 34.008, lon: 71.57849, id: 'khyber-pakhtunkhwa' },
];

describe('data/geo/areas.geojson', () => {
  it('has every expected id exactly once, with a name and a source', () => {
    const ids = areas.features.map((f) => f.properties?.id);
    for (const id of EXPECTED_IDS) expect(ids.filter((x) => x === id)).toHaveLength(1);
    for (const f of areas.features) {
      expect(typeof f.properties?.name).toBe('string');
      expect(typeof f.properties?.source).toBe('string');
    }
  });

  it.each(PLACES_INSIDE)('$place lies inside $id', ({ lat, lon, id }) => {
    expect(booleanPointInPolygon(point([lon, lat]), area(id))).toBe(true);
  });

  it('marks the georeferenced districts as approximate, with a note', () => {
    for (const id of APPROXIMATE_IDS) {
      expect(area(id).properties?.approximate).toBe(true);
      expect(area(id).properties?.note).toMatch(/approximate/i);
    }
    const others = areas.features.filter((f) => !APPROXIMATE_IDS.includes(f.properties?.id));
    for (const f of others) expect(f.properties?.approximate).toBeUndefined();
  });
});

describe('data/geo/durand-line.geojson', () => {
  it('is one feature, the Durand line, between 2,100 and 2,400 km long', () => {
    expect(durand.features).toHaveLength(1);
    const [line] = durand.features;
    expect(line.properties?.id).toBe('durand-line');
    const km = length(line, { units: 'kilometers' });
    expect(km).toBeGreaterThan(2100);
    expect(km).toBeLessThan(2400);
  });
});

describe('data/geo/basemap.topojson', () => {
  const topology = JSON.parse(readFileSync(new URL('../../data/geo/basemap.topojson', import.meta.url), 'utf8')) as Topology;
  const countries = decodeObjects(topology, ['countries']) as FeatureCollection<Polygon | MultiPolygon>;
  const admin1 = decodeObjects(topology, ['admin1']) as FeatureCollection<LineString | MultiLineString>;
  const labels = decodeObjects(topology, ['labels']) as FeatureCollection<Point>;
  const country = (iso: string) => countries.features.find((f) => f.properties?.iso_n3 === iso)!;
  const [west, south, east, north] = BASEMAP_BOUNDS;

  it('decodes into the features the base map style filters on, and names an object it lacks', () => {
    expect(countries.features.every((f) => f.properties?.layer === 'country')).toBe(true);
    expect(admin1.features.every((f) => f.properties?.layer === 'admin1')).toBe(true);
    expect(decodeObjects(topology, ['countries', 'admin1']).features).toHaveLength(countries.features.length + admin1.features.length);
    expect(() => decodeObjects(topology, ['rivers'])).toThrow(/no object "rivers"/);
  });

  it('keeps the Afghanistan–Pakistan border as durand-line.geojson, vertex for vertex within the quantisation step', () => {
    const iso = (g: GeometryObject) => (g.properties as { iso_n3: string | null }).iso_n3;
    const border = mesh(
      topology,
      topology.objects.countries as GeometryObject,
      (a, b) => a !== b && [iso(a), iso(b)].sort().join() === '004,586',
    );
    const kept = border.coordinates.flat();
    const durandLine = durand.features[0].geometry as LineString;
    expect(kept).toHaveLength(durandLine.coordinates.length);
    // Half a step of the grid (about 0.00015° × 0.00011°), plus the 0.0001° rounding of durand-line.geojson.
    const ends = [kept[0], kept[kept.length - 1]].map((c) => c.map((v) => v.toFixed(3)).join());
    const worst = Math.max(...durandLine.coordinates.map((c) => Math.min(...kept.map((k) => distance(c, k, { units: 'meters' })))));
    expect(worst).toBeLessThan(15);
    expect(ends).toContain(durandLine.coordinates[0].map((v) => v.toFixed(3)).join());
  });

  it('draws land up to every edge of the extent the map may show, and nothing far beyond it', () => {
    // Ukraine (west), Russia (north-east), Ethiopia (south-west), Sumatra (south-east, in the margin), Türkiye's Edirne.
    const landNearEdges = [
      [west + 1, 50],
      [east - 1, north - 1],
      [46, 8],
      [east + 1, 4.5],
      [26.5, 41.7],
    ];
    for (const at of landNearEdges)
      expect(
        countries.features.some((f) => booleanPointInPolygon(at, f)),
        `land at ${at}`,
      ).toBe(true);
    for (const [lon, lat] of coordAll(countries).concat(coordAll(admin1))) {
      const margin = 2 + 1e-9; // the clipping margin of scripts/build-geo.mjs, and float noise
      expect(lon >= west - margin && lon <= east + margin && lat >= south - margin && lat <= north + margin, `${lon},${lat}`).toBe(true);
    }
  });

  it('draws the line between two provinces where areas.geojson has their shared edge', () => {
    // A vertex Khost and Paktia share in areas.geojson lies on an admin-1 line.
    const paktia = new Set(coordAll(area('paktia')).map((c) => c.join()));
    const shared = coordAll(area('khost')).filter((c) => paktia.has(c.join()));
    expect(shared.length).toBeGreaterThan(2);
    const lines = admin1.features.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates));
    const onALine = (c: number[]) => lines.some((line) => pointToLineDistance(c, lineString(line), { units: 'meters' }) < 15);
    expect(shared.filter(onALine)).toEqual(shared);
  });

  it('labels every country, province and city inside the extent, each within its country', () => {
    const byLayer = (layer: string) => labels.features.filter((f) => f.properties?.layer === layer);
    expect(byLayer('country-label').map((f) => f.properties?.name)).toEqual(
      expect.arrayContaining(['Afghanistan', 'Pakistan', 'Iran', 'India', 'China', 'Türkiye', 'Qatar']),
    );
    expect(byLayer('admin1-label')).toHaveLength(41);
    expect(byLayer('city-label')).toHaveLength(16);
    for (const f of labels.features) {
      const [lon, lat] = f.geometry.coordinates;
      expect(lon >= west && lon <= east && lat >= south && lat <= north, `${f.properties?.name} at ${lon},${lat}`).toBe(true);
    }
    const city = (name: string) => byLayer('city-label').find((f) => f.properties?.name === name)!;
    expect(booleanPointInPolygon(city('Kabul'), country('004'))).toBe(true);
    expect(booleanPointInPolygon(city('Peshawar'), country('586'))).toBe(true);
    expect(booleanPointInPolygon(city('Istanbul'), country('792'))).toBe(true);
  });

  it('reaches MapLibre through one URL per source that names the file and the objects', () => {
    const url = new URL(topojsonSourceUrl('http://example.org/a b/basemap.topojson', ['countries', 'admin1']));
    expect(url.protocol).toBe('borderlines-topojson:');
    expect(url.searchParams.get('url')).toBe('http://example.org/a b/basemap.topojson');
    expect(url.searchParams.get('objects')).toBe('countries,admin1');
  });
});
