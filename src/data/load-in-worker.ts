/** loadPublishedDataset run in a Web Worker (load-worker.ts), as the page calls it. */
import type { ParsedConfig } from './config-schema.ts';
import type { ConfigRequest, LoadMessage, LoadRequest } from './load-worker.ts';
import type { Place } from './schema.ts';
import type { ValidationResult } from './validate.ts';

export interface WorkerLoadOptions {
  today: string;
  onPlaces?: (places: Place[]) => void;
  /** When the events and claims may be parsed (see LoadOptions.beforeParsingTheRest). */
  parseTheRest?: Promise<void>;
  signal?: AbortSignal;
}

export function loadInWorker(folderUrl: string, { today, onPlaces, parseTheRest, signal }: WorkerLoadOptions): Promise<ValidationResult> {
  const failed = (reason: string): ValidationResult => ({
    ok: false,
    errors: [{ file: folderUrl, record: null, field: null, message: `expected a dataset the page could load (${reason})` }],
  });
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(failed('cancelled'));
    let worker: Worker;
    try {
      worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      resolve(failed(`the loader did not start: ${error instanceof Error ? error.message : String(error)}`));
      return;
    }
    const finish = (result: ValidationResult) => {
      worker.terminate();
      resolve(result);
    };
    signal?.addEventListener('abort', () => finish(failed('cancelled')));
    worker.addEventListener('message', ({ data }: MessageEvent<LoadMessage>) => {
      if (data.kind === 'places') onPlaces?.(data.places);
      else if (data.kind === 'result') finish(data.result);
    });
    worker.addEventListener('error', (event) => finish(failed(`the loader failed: ${event.message || 'no reason given'}`)));
    worker.postMessage({ folderUrl, today } satisfies LoadRequest);
    void (parseTheRest ?? Promise.resolve()).then(() => worker.postMessage('continue'));
  });
}

/** config.json's content checked in the worker (config-schema.ts): rejects if the worker cannot start. */
export function parseConfigInWorker(config: unknown): Promise<ParsedConfig> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', ({ data }: MessageEvent<LoadMessage>) => {
      if (data.kind !== 'config') return;
      worker.terminate();
      resolve(data.parsed);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the loader did not start'));
    });
    worker.postMessage({ config } satisfies ConfigRequest);
  });
}
