/**
 * A Web Worker that fetches, parses and validates a published dataset (load.ts), so that the
 * page stays free to draw the map meanwhile: 100,000 events are seconds of parsing and checking.
 * It posts the places as soon as they pass their own checks, parses the rest once the page says
 * 'continue' (its map has drawn the places), then posts the result.
 */
import { parseConfig, type ParsedConfig } from './config-schema.ts';
import { loadPublishedDataset } from './load.ts';
import type { Place } from './schema.ts';
import type { ValidationResult } from './validate.ts';

export interface LoadRequest {
  folderUrl: string;
  today: string;
}

/** config.json's content to check (see config-schema.ts), before any dataset is chosen. */
export interface ConfigRequest {
  config: unknown;
}

export type LoadMessage = { kind: 'places'; places: Place[] } | { kind: 'result'; result: ValidationResult } | { kind: 'config'; parsed: ParsedConfig };

const post = (message: LoadMessage) => postMessage(message);
const isConfigRequest = (data: LoadRequest | ConfigRequest): data is ConfigRequest => 'config' in data;

let goOn = () => {};
const toldToContinue = new Promise<void>((resolve) => (goOn = resolve));

addEventListener('message', async ({ data }: MessageEvent<LoadRequest | ConfigRequest | 'continue'>) => {
  if (data === 'continue') return goOn();
  if (isConfigRequest(data)) return post({ kind: 'config', parsed: parseConfig(data.config) });
  let result: ValidationResult;
  try {
    result = await loadPublishedDataset(data.folderUrl, {
      today: data.today,
      onPlaces: (places) => post({ kind: 'places', places }),
      beforeParsingTheRest: () => toldToContinue,
    });
  } catch (thrown) {
    // A failure the checks did not foresee: the page must still get an answer, never wait forever.
    const message = `expected a dataset the checks could read (${thrown instanceof Error ? thrown.message : String(thrown)})`;
    result = { ok: false, errors: [{ file: data.folderUrl, record: null, field: null, message }] };
  }
  post({ kind: 'result', result });
});
