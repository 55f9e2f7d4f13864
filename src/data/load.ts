/**
 * Loads a dataset in its published form (the four files of publish.ts) from a folder URL and
 * validates it with the same schema and checks as the build. Network failures, time-outs and
 * bad JSON become DataErrors naming the URL, so the page can say exactly what went wrong.
 */
import { PUBLISHED_FILES, type PublishedFile } from './publish.ts';
import { validateDataset, type DataError, type NamedJson, type ValidationResult } from './validate.ts';

export type Fetcher = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

export interface LoadOptions {
  today: string;
  fetcher?: Fetcher;
  timeoutMs?: number;
}

export async function loadPublishedDataset(folderUrl: string, options: LoadOptions): Promise<ValidationResult> {
  const { fetcher = fetch, timeoutMs = 15_000 } = options;
  const errors: DataError[] = [];
  const read = async (file: PublishedFile): Promise<NamedJson> => {
    const url = new URL(file, folderUrl).href;
    try {
      const response = await fetcher(url, { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return { name: url, json: await response.json() };
    } catch (thrown) {
      const error = thrown instanceof Error ? thrown : new Error(describe(thrown));
      const reason = error.name === 'TimeoutError' ? `no answer in ${timeoutMs / 1000} s` : error.message;
      errors.push({ file: url, record: null, field: null, message: `expected a readable JSON file (${reason})` });
      return { name: url, json: [] };
    }
  };

  const [places, events, claims, sources] = await Promise.all(PUBLISHED_FILES.map(read));
  if (errors.length > 0) return { ok: false, errors };
  const fromFeatures = (file: NamedJson, withGeometry: boolean): NamedJson | null => {
    const features = (file.json as { features?: unknown } | null)?.features;
    if (!Array.isArray(features)) {
      errors.push({ file: file.name, record: null, field: 'features', message: 'expected a GeoJSON FeatureCollection' });
      return null;
    }
    const records = features.map((f: { properties?: object; geometry?: unknown } | null) =>
      withGeometry ? { ...f?.properties, geometry: f?.geometry } : f?.properties,
    );
    return { name: file.name, json: records };
  };
  const placeRecords = fromFeatures(places, true);
  const eventRecords = fromFeatures(events, false);
  if (!placeRecords || !eventRecords) return { ok: false, errors };
  return validateDataset({ sources, places: placeRecords, events: eventRecords, claims }, { today: options.today });
}

function describe(thrown: unknown): string {
  try {
    return String(thrown);
  } catch {
    return 'unknown error';
  }
}
