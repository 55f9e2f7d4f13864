/**
 * The benchmark's baseline: bare MapLibre drawing the same places with the same style as the app
 * (the offline base map of src/map/basemap.ts, the place layers of src/map/layers.ts and the
 * points' GPU layer of src/map/marks-layer.ts), with no React, no sidebar, no slider and no dataset
 * validation. It loads only the dataset's places.geojson, builds the same features as
 * BorderMap.tsx's placeFeatures, and shows every place as active: areas and lines by feature-state
 * `active: true`, points by giving the points' layer one all-time claim per place.
 *
 *   baseline.html?data=<dataset folder URL>&w=<px>&h=<px>
 *
 * The source options mirror BorderMap.tsx's <Source>: each feature's id is its place's position in
 * places.geojson (BorderMap.tsx's placeFeatures), and clustering with
 * layers.ts's CLUSTER_OPTIONS when there are at least CLUSTER_MIN_POINTS points, if layers.ts
 * exports them. run.ts checks at run time that the app and this page end up with the same
 * layers, the same source options and the same view, and reports any difference.
 *
 * The driver (measure.ts) reaches this map the same way as the app's, from an init script, and
 * times its 'idle' events itself; this page only reports a failure in `window.__bench.error`.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { BASEMAP_BOUNDS, offlineBasemapStyle } from '../../src/map/basemap.ts';
import type { Place } from '../../src/data/schema.ts';
import { SpanIndex } from '../../src/data/span-index.ts';
import * as placeLayers from '../../src/map/layers.ts';
import { PlaceMarksLayer } from '../../src/map/marks-layer.ts';
import { markTables } from '../../src/map/marks.ts';

setWorkerUrl(new URL(workerUrl, import.meta.url).href);

/** BorderMap.tsx's REGION_BOUNDS (copied: importing BorderMap.tsx would pull in React). */
const REGION_BOUNDS: [number, number, number, number] = [60.8, 24.2, 75.5, 37.2];

/** Exports layers.ts may or may not have (clustering is new); read without failing when absent. */
const clustering = placeLayers as unknown as { CLUSTER_OPTIONS?: Record<string, unknown>; CLUSTER_MIN_POINTS?: number };

interface BenchState {
  placeCount: number;
  error: string | null;
}
const bench = ((window as unknown as { __bench?: Partial<BenchState> }).__bench ??= {}) as BenchState;
bench.placeCount = 0;
bench.error = null;

const params = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
container.style.width = `${Number(params.get('w') ?? 880)}px`;
container.style.height = `${Number(params.get('h') ?? 595)}px`;
const dataFolder = new URL(params.get('data') ?? '/synthetic/1000/', location.href);

// The same places as the app reads: the published places.geojson, fetched while the map starts.
const places = fetch(new URL('places.geojson', dataFolder)).then((response) => {
  if (!response.ok) throw new Error(`places.geojson: HTTP ${response.status}`);
  return response.json() as Promise<FeatureCollection>;
});

// The options BorderMap.tsx gives react-map-gl's <Map>.
const map = new MapLibreMap({
  container,
  style: offlineBasemapStyle(),
  bounds: REGION_BOUNDS,
  fitBoundsOptions: { padding: 8 },
  hash: true,
  minZoom: 2,
  maxZoom: 13,
  maxBounds: BASEMAP_BOUNDS,
  dragRotate: false,
  pitchWithRotate: false,
  attributionControl: false,
});
map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
map.addControl(new AttributionControl({ compact: true, customAttribution: 'Waziristan and Khyber outlines approximate' }), 'bottom-right');

map.once('style.load', async () => {
  try {
    const collection = await places;
    // BorderMap.tsx's placeFeatures: the published record becomes { id, name, kind, approximate },
    // and the feature's id its position.
    const features: Feature[] = collection.features.map((f, position) => {
      const p = f.properties as { id: string; name: string; kind: string; precision: string };
      return {
        type: 'Feature',
        id: position,
        geometry: f.geometry as Geometry,
        properties: { id: p.id, name: p.name, kind: p.kind, approximate: p.precision === 'approximate' },
      };
    });
    const pointCount = features.filter((f) => f.geometry.type === 'Point').length;
    const cluster = clustering.CLUSTER_MIN_POINTS !== undefined && pointCount >= clustering.CLUSTER_MIN_POINTS;
    // BorderMap.tsx's two sources: areas and lines, and points (grouped when many).
    const of = (source: string) => features.filter((f) => placeLayers.sourceOf(f.geometry.type) === source);
    map.addSource(placeLayers.SHAPES_SOURCE, {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: of(placeLayers.SHAPES_SOURCE) },
    });
    map.addSource(placeLayers.POINTS_SOURCE, {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: of(placeLayers.POINTS_SOURCE) },
      ...(clustering.CLUSTER_OPTIONS ? { cluster, ...clustering.CLUSTER_OPTIONS } : {}),
    });
    for (const layer of placeLayers.PLACE_LAYERS) map.addLayer(layer);
    // The app's points layer, with every place active (one claim each, of all time), as the areas are.
    const markedPlaces = features.map(
      (f) => ({ geometry: f.geometry, precision: f.properties!.approximate ? 'approximate' : 'exact' }) as Place,
    );
    const tables = markTables({
      places: markedPlaces,
      placeEventIndex: new SpanIndex(markedPlaces.map(() => [])),
      placeEventCategory: new Uint8Array(0),
      placeClaimIndex: new SpanIndex(markedPlaces.map(() => [{ first: 0, last: 1e6 }])),
    });
    const marks = new PlaceMarksLayer(markedPlaces, tables, cluster);
    map.addLayer(marks, placeLayers.LAYER.pointLabel);
    marks.show({ first: 0, last: 1e6 }, -1);
    for (const f of features) {
      if (placeLayers.sourceOf(f.geometry.type) === placeLayers.SHAPES_SOURCE)
        map.setFeatureState({ source: placeLayers.SHAPES_SOURCE, id: f.id }, { active: true });
    }
    bench.placeCount = features.length;
  } catch (error) {
    bench.error = error instanceof Error ? error.message : String(error);
  }
});
