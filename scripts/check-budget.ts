/**
 * Prints what a reader downloads for the first view and later, file by file, and fails the build
 * when a budget is passed (scripts/budget.ts says which and why).
 */
import { readFileSync } from 'node:fs';
import { PUBLISHED_FILES } from '../src/data/publish.ts';
import { budgetReport, formatBudgetReport, type Manifest } from './budget.ts';

const DIST = new URL('../dist/', import.meta.url).pathname;
const read = (file: string) => readFileSync(DIST + file);

const manifest = JSON.parse(readFileSync(DIST + '.vite/manifest.json', 'utf8')) as Manifest;
// The app reads its configuration, then the dataset (in its worker), before the first view is whole.
const fetchedAtStart = ['config.json', ...PUBLISHED_FILES.map((file) => `data/${file}`)];
const report = budgetReport(manifest, readFileSync(DIST + 'index.html', 'utf8'), fetchedAtStart, read);

console.log(formatBudgetReport(report));
if (report.failures.length > 0) process.exit(1);
