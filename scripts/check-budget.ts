/**
 * Prints what a reader downloads for the first view and later, file by file, and fails the build
 * when a budget is passed (scripts/budget.ts says which and why).
 */
import { existsSync, readFileSync } from 'node:fs';
import { PUBLISHED_FILES } from '../src/data/publish.ts';
import { budgetReport, formatBudgetReport, type Manifest } from './budget.ts';

const DIST = new URL('../dist/', import.meta.url).pathname;
/** Named periods, an optional file of the dataset, read once the data has loaded. */
const PERIODS = 'data/periods.json';
const read = (file: string) => readFileSync(DIST + file);

const manifest = JSON.parse(readFileSync(DIST + '.vite/manifest.json', 'utf8')) as Manifest;
// The app reads its configuration and the places before its first map; the rest of the dataset
// once the map has drawn them (src/data/load.ts).
const [places, ...rest] = PUBLISHED_FILES.map((file) => `data/${file}`);
const fetched = { atStart: ['config.json', places], afterFirstMap: [...rest, ...(existsSync(DIST + PERIODS) ? [PERIODS] : [])] };
const report = budgetReport(manifest, readFileSync(DIST + 'index.html', 'utf8'), fetched, read);

console.log(formatBudgetReport(report));
if (report.failures.length > 0) process.exit(1);
