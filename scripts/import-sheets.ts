/**
 * `npm run import:sheets -- <folder with the four CSVs> --into <dataset folder>`: reads
 * sources.csv, places.csv, events.csv and claims.csv, checks them with the dataset's own checks
 * (geometry references and source texts of the dataset folder included) and writes the four JSON
 * files, or writes nothing and prints every error as file › row › column.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSheets, SHEETS, type SheetTexts } from '../src/importers/sheets.ts';
import { fail, failWithErrors, readArgs } from './cli.ts';
import { geometryLookup, readSourceTexts, writeAuthoredDataset } from './read-dataset.ts';

const usage = 'npm run import:sheets -- <folder with the four CSVs> --into <dataset folder>';
const { positionals, values } = readArgs(usage, { into: { type: 'string' } });
if (positionals.length !== 1 || !values.into) fail([`usage: ${usage}`]);

const texts: Partial<SheetTexts> = {};
for (const { file } of SHEETS) {
  const path = join(positionals[0], file);
  if (existsSync(path)) texts[file] = readFileSync(path, 'utf8');
}
const today = new Date().toISOString().slice(0, 10);
const imported = importSheets(texts, { today, geometryFor: geometryLookup(values.into), sourceTexts: readSourceTexts(values.into) });
if (!imported.ok) failWithErrors(imported.errors);
writeAuthoredDataset(values.into, imported.records);
const { sources, places, events, claims } = imported.records;
console.log(`Wrote ${values.into}: ${sources.length} sources, ${places.length} places, ${events.length} events, ${claims.length} claims.`);
