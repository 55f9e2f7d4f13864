/**
 * Fails the build when the app's own JavaScript (every chunk but MapLibre and its worker)
 * grows past the budget, gzipped, as readers on slow phones download it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 100_000;
const ASSETS = new URL('../dist/assets/', import.meta.url).pathname;
const isMapLibre = (file: string) => file.startsWith('maplibre-gl-');

const chunks = readdirSync(ASSETS)
  .filter((file) => /\.m?js$/.test(file) && !isMapLibre(file))
  .map((file) => ({ file, gzipped: gzipSync(readFileSync(ASSETS + file), { level: 9 }).length }));
const total = chunks.reduce((sum, chunk) => sum + chunk.gzipped, 0);

for (const chunk of chunks) console.log(`${(chunk.gzipped / 1000).toFixed(1).padStart(7)} kB  ${chunk.file}`);
console.log(`${(total / 1000).toFixed(1).padStart(7)} kB  app JavaScript, gzipped (budget ${BUDGET_BYTES / 1000} kB, MapLibre excluded)`);
if (total > BUDGET_BYTES) {
  console.error(`Over budget by ${((total - BUDGET_BYTES) / 1000).toFixed(1)} kB: split a chunk or drop a dependency.`);
  process.exit(1);
}
