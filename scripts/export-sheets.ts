/**
 * `npm run export:sheets -- <dataset folder> --to <folder>`: writes the dataset as the four
 * CSVs of the sheet layout (src/importers/sheets.ts), to be edited in a spreadsheet and read
 * back with `npm run import:sheets`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportSheets } from '../src/importers/sheets.ts';
import { fail, failWithErrors, readArgs } from './cli.ts';
import { readAuthoredDataset } from './read-dataset.ts';

const usage = 'npm run export:sheets -- <dataset folder> --to <folder>';
const { positionals, values } = readArgs(usage, { to: { type: 'string' } });
if (positionals.length !== 1 || !values.to) fail([`usage: ${usage}`]);

const dataset = readAuthoredDataset(positionals[0]);
if (!dataset.ok) failWithErrors(dataset.errors);
const sheets = exportSheets(dataset.records);
if (!sheets.ok) failWithErrors(sheets.errors);
mkdirSync(values.to, { recursive: true });
for (const [name, text] of Object.entries(sheets.files)) writeFileSync(join(values.to, name), text);
const { sources, places, events, claims } = dataset.records;
console.log(
  `Wrote ${Object.keys(sheets.files)
    .map((name) => join(values.to!, name))
    .join(', ')}: ${sources.length} sources, ${places.length} places, ${events.length} events, ${claims.length} claims.`,
);
