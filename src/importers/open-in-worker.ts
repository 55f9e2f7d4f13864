/** openFiles run in its own worker (open-worker.ts), as the page calls it. */
import type { Place } from '../data/schema.ts';
import type { OpenResult } from './open-files.ts';
import type { OpenWorkerRequest } from './open-worker.ts';

export function openInWorker(files: File[], knownPlaces: Pick<Place, 'id' | 'geometry'>[]): Promise<OpenResult> {
  const names = files.map((f) => f.name).join(', ');
  const failed = (reason: string): OpenResult => ({
    ok: false,
    errors: [{ file: names, record: null, field: null, message: `expected files the page could check (${reason})` }],
  });
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./open-worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      resolve(failed(`the checker did not start: ${error instanceof Error ? error.message : String(error)}`));
      return;
    }
    const finish = (result: OpenResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.addEventListener('message', ({ data }: MessageEvent<OpenResult>) => finish(data));
    worker.addEventListener('error', (event) => finish(failed(`the checker failed: ${event.message || 'no reason given'}`)));
    const today = new Date().toISOString().slice(0, 10);
    worker.postMessage({ files, today, knownPlaces } satisfies OpenWorkerRequest);
  });
}
