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
