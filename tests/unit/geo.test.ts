import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { booleanPointInPolygon, length, point } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';

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
  'khost', 'paktia', 'paktika', 'kandahar-province', 'kabul-province', 'nangarhar', 'zabul', 'helmand',
  'nimroz', 'khyber-pakhtunkhwa', 'balochistan', 'islamabad-capital-territory',
  'north-waziristan', 'south-waziristan', 'khyber-district',
];
const APPROXIMATE_IDS = ['north-waziristan', 'south-waziristan', 'khyber-district'];

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
