/**
 * The synthetic datasets the benchmark loads, generated on first use into .cache/synthetic/<n>/
 * (gitignored) with scripts/generate-synthetic.ts's exported functions.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLISHED_FILES } from '../../src/data/publish.ts';
import { generateSynthetic, writeSynthetic } from '../generate-synthetic.ts';

export interface DatasetInfo {
  events: number;
  dir: string;
  generated: boolean;
  /** Time spent generating and writing it in this run, if it was missing. */
  generateMs: number | null;
}

/** Generates `.cache/synthetic/<events>/` if any of the four published files is missing. */
export async function ensureSynthetic(root: string, events: number, regenerate = false): Promise<DatasetInfo> {
  const dir = join(root, String(events));
  const complete = PUBLISHED_FILES.every((name) => existsSync(join(dir, name)));
  if (complete && !regenerate) return { events, dir, generated: false, generateMs: null };
  const start = performance.now();
  writeSynthetic(generateSynthetic(events), dir);
  return { events, dir, generated: true, generateMs: performance.now() - start };
}
