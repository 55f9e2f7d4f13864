/**
 * A Web Worker of its own for "Open a file": reads the files the reader chose and checks them
 * (open-files.ts), so that a large export does not freeze the page. Nothing is sent anywhere.
 */
import categoriesCsv from '../../data/acled-categories.csv?raw';
import { openFiles, type OpenResult } from './open-files.ts';
import type { Place } from '../data/schema.ts';

export interface OpenWorkerRequest {
  files: File[];
  today: string;
  knownPlaces: Pick<Place, 'id' | 'geometry'>[];
}

addEventListener('message', async ({ data }: MessageEvent<OpenWorkerRequest>) => {
  let result: OpenResult;
  try {
    const files = await Promise.all(data.files.map(async (file) => ({ name: file.name, text: await file.text() })));
    result = await openFiles({ files, today: data.today, knownPlaces: data.knownPlaces, categoriesCsv });
  } catch (thrown) {
    // A failure the checks did not foresee: the page must still get an answer.
    const message = `expected files the checks could read (${thrown instanceof Error ? thrown.message : String(thrown)})`;
    result = { ok: false, errors: [{ file: data.files.map((f) => f.name).join(', '), record: null, field: null, message }] };
  }
  postMessage(result);
});
