/**
 * Prints what a reader downloads for the first view and later, file by file, and fails the build
 * when a budget is passed (scripts/budget.ts says which and why).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { PUBLISHED_FILES } from '../src/data/publish.ts';
import { budgetReport, formatBudgetReport, formatRow, gzipped, type Manifest } from './budget.ts';

const DIST = new URL('../dist/', import.meta.url).pathname;
/** Named periods, an optional file of the dataset, read once the data has loaded. */
const PERIODS = 'data/periods.json';
const read = (file: string) => readFileSync(DIST + file);

const manifest = JSON.parse(readFileSync(DIST + '.vite/manifest.json', 'utf8')) as Manifest;
// The app reads its configuration and the places before its first map; the rest of the dataset
// once the map has drawn them (src/data/load.ts).
const [places, ...rest] = PUBLISHED_FILES.map((file) => `data/${file}`);
const fetched = { atStart: ['config.json', places], afterFirstMap: [...rest, ...(existsSync(DIST + PERIODS) ? [PERIODS] : [])] };
const builtScripts = readdirSync(DIST + 'assets')
  .filter((file) => /\.m?js$/.test(file))
  .map((file) => `assets/${file}`);
const report = budgetReport(manifest, readFileSync(DIST + 'index.html', 'utf8'), fetched, read, builtScripts);

console.log(formatBudgetReport(report));

// What a right-to-left language adds to its first view: its strings (listed above, loaded later) and
// its font, subset at build to the characters the catalogues and the data use (scripts/fonts.ts).
// Its records' translations come with the records, in its language only.
const filesIn = (dir: string) => (existsSync(DIST + dir) ? readdirSync(DIST + dir).map((file) => dir + file) : []);
const fonts = filesIn('fonts/');
if (fonts.length > 0) console.log('\nFonts, for the right-to-left languages only (woff2, already compressed):');
for (const file of fonts) console.log(formatRow({ file, role: 'font', gzipped: statSync(DIST + file).size }));
const translations = filesIn('data/translations/');
if (translations.length > 0) console.log("\nThe records' translations, each fetched with the records in its language only (gzipped):");
for (const file of translations) console.log(formatRow({ file, role: 'data', gzipped: gzipped(read(file)) }));
if (report.failures.length > 0) process.exit(1);
