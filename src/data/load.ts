/**
 * Loads a dataset in its published form (the four files of publish.ts) from a folder URL and
 * validates it with the same schema and checks as the build. Network failures, time-outs and
 * bad JSON become DataErrors naming the URL, so the page can say exactly what went wrong.
 */
import type { DataError } from './errors.ts';
import { PUBLISHED_FILES, type PublishedFile } from './publish.ts';
import type { Place } from './schema.ts';
import { validateDataset, validatePlaces, type NamedJson, type ValidationResult } from './validate.ts';

export type Fetcher = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

export interface LoadOptions {
  today: string;
  fetcher?: Fetcher;
  timeoutMs?: number;
  /** Called with the places as soon as they have arrived and passed their own checks. */
  onPlaces?: (places: Place[]) => void;
  /**
   * Awaited, once the places have gone to onPlaces, before the other files are fetched and parsed:
   * the page can have its map draw the places first, with no download or parsing of 100,000 events
   * competing for the network or the CPU.
   */
  beforeParsingTheRest?: () => Promise<void>;
}

export async function loadPublishedDataset(folderUrl: string, options: LoadOptions): Promise<ValidationResult> {
  const { fetcher = fetch, timeoutMs = 15_000 } = options;
  const errors: DataError[] = [];
  let placesHandled = () => {};
  const placesFirst = new Promise<void>((resolve) => (placesHandled = resolve));
  const read = async (file: PublishedFile): Promise<NamedJson> => {
    const url = new URL(file, folderUrl).href;
    // The rest is not even fetched until the map has drawn the places: on a phone's network it would
    // share the bandwidth with the map's own first view (scripts, base map), which the reader sees first.
    if (file !== 'places.geojson') await placesFirst;
    try {
      const response = await fetcher(url, { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return { name: url, json: JSON.parse(await response.text()) };
    } catch (thrown) {
      const error = thrown instanceof Error ? thrown : new Error(describe(thrown));
      const reason = error.name === 'TimeoutError' ? `no answer in ${timeoutMs / 1000} s` : error.message;
      errors.push({ file: url, record: null, field: null, message: `expected a readable JSON file (${reason})` });
      return { name: url, json: [] };
    }
  };

  const reads = PUBLISHED_FILES.map(read);
  // A file that could not be read has its error already: do not report it again as not GeoJSON.
  const placeRecords = reads[0].then((places) => (errors.length > 0 ? null : fromFeatures(places, true, errors)));
  void placeRecords
    .then(async (records) => {
      const places = records && options.onPlaces && validatePlaces(records);
      if (!places) return;
      options.onPlaces!(places);
      await options.beforeParsingTheRest?.();
    })
    // Whatever happened to the places (validateDataset reports their errors), the rest goes on.
    .catch(() => {})
    .finally(placesHandled);
  const [, events, claims, sources] = await Promise.all(reads);
  if (errors.length > 0) return { ok: false, errors };
  const places = await placeRecords;
  const eventRecords = fromFeatures(events, false, errors);
  if (!places || !eventRecords) return { ok: false, errors };
  return validateDataset({ sources, places, events: eventRecords, claims }, { today: options.today });
}

/** The records of a GeoJSON FeatureCollection: its features' properties, with their geometry if asked. */
export function fromFeatures(file: NamedJson, withGeometry: boolean, errors: DataError[]): NamedJson | null {
  const features = (file.json as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) {
    errors.push({ file: file.name, record: null, field: 'features', message: 'expected a GeoJSON FeatureCollection' });
    return null;
  }
  const records = features.map((f: { properties?: object; geometry?: unknown } | null) =>
    withGeometry ? { ...f?.properties, geometry: f?.geometry } : f?.properties,
  );
  return { name: file.name, json: records };
}

function describe(thrown: unknown): string {
  try {
    return String(thrown);
  } catch {
    return 'unknown error';
  }
}
