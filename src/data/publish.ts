/**
 * The dataset as published beside the site for readers and researchers: places and events as
 * GeoJSON (each event carries its places' geometry), claims and sources as JSON arrays, with
 * the same field names as the authored files.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Dataset, Place } from './schema.ts';

export const PUBLISHED_FILES = ['places.geojson', 'events.geojson', 'claims.json', 'sources.json'] as const;
export type PublishedFile = (typeof PUBLISHED_FILES)[number];

export function publishDataset(dataset: Dataset): Record<PublishedFile, unknown> {
  const placeById = new Map(dataset.places.map((p) => [p.id, p]));
  const placeFeature = ({ geometry, ...properties }: Place): Feature => ({
    type: 'Feature',
    id: properties.id,
    geometry,
    properties,
  });
  const eventFeatures: Feature[] = dataset.events.map((event) => {
    const geometries = event.placeIds.map((id) => placeById.get(id)!.geometry as Geometry);
    return {
      type: 'Feature',
      id: event.id,
      geometry: geometries.length === 1 ? geometries[0] : { type: 'GeometryCollection', geometries },
      properties: event,
    };
  });
  const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  return {
    'places.geojson': collection(dataset.places.map(placeFeature)),
    'events.geojson': collection(eventFeatures),
    'claims.json': dataset.claims,
    'sources.json': dataset.sources,
  };
}

/** The published files as written beside the site: compact JSON (100,000 events: 58 MB, not 79 MB indented). */
export function publishedFiles(dataset: Dataset): Record<PublishedFile, string> {
  const files = publishDataset(dataset);
  return Object.fromEntries(Object.entries(files).map(([name, content]) => [name, JSON.stringify(content)])) as Record<PublishedFile, string>;
}

/** The id of the source that stands for an ACLED export (see src/importers/acled.ts). */
export const ACLED_SOURCE_ID = 'acled';

/**
 * ACLED's terms allow maps made from its data but not passing its records on: unless the editor
 * stated otherwise (the ACLED source's `acled.mayShare`), readers' downloads leave out its events
 * and the claims that are ACLED's notes on them. `shared` is what may be offered; `events` counts
 * the events left out (0 when nothing is).
 */
export function acledRowsLeftOut(dataset: Dataset): { events: number; shared: Pick<Dataset, 'events' | 'claims'> } {
  const acled = dataset.sources.find((s) => s.id === ACLED_SOURCE_ID && s.acled);
  if (!acled || acled.acled!.mayShare) return { events: 0, shared: dataset };
  const events = dataset.events.filter((e) => !e.acled);
  const claims = dataset.claims.filter((c) => !c.sourceIds.includes(ACLED_SOURCE_ID));
  return { events: dataset.events.length - events.length, shared: { events, claims } };
}
