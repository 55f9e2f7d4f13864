/**
 * `npm run import:acled -- <export.csv> --into <dataset folder> [--accessed YYYY-MM-DD]
 * [--filters "…"] [--may-share] [--categories <file>]`: adds an ACLED export's events to a
 * dataset, or updates them by ACLED id, leaving the editor's own records as they are. Reports how
 * many rows were added, changed and removed and every row not shown, with why. Writes nothing
 * when any row or the result is wrong. Never asks anything: what is not given is recorded as
 * unknown and said.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isImported, mergeAcled, parseCategoryTable, readAcledExport } from '../src/importers/acled.ts';
import { validateDataset } from '../src/data/validate.ts';
import { partialDate } from '../src/data/schema.ts';
import * as v from 'valibot';
import { fail, failWithErrors, readArgs } from './cli.ts';
import { DATA_DIR, geometryLookup, readAuthoredDataset, readSourceTexts, writeAuthoredDataset } from './read-dataset.ts';

const started = performance.now();
const usage = 'npm run import:acled -- <export.csv> --into <dataset folder> [--accessed YYYY-MM-DD] [--filters "…"] [--may-share] [--categories <file>]';
const { positionals, values } = readArgs(usage, {
  into: { type: 'string' },
  accessed: { type: 'string' },
  filters: { type: 'string' },
  'may-share': { type: 'boolean' },
  categories: { type: 'string' },
});
if (positionals.length !== 1 || !values.into) fail([`usage: ${usage}`]);
const [exportPath] = positionals;
const into = values.into;
const today = new Date().toISOString().slice(0, 10);
if (values.accessed !== undefined && (!v.is(partialDate, values.accessed) || values.accessed > today)) {
  fail([`--accessed: expected the day the export was downloaded, written YYYY-MM-DD and not after today, got "${values.accessed}"`]);
}
if (!existsSync(exportPath)) fail([`${exportPath}: expected an ACLED export (CSV), found no file`]);

// The editor's table, in the dataset folder; the project's own when the folder has none.
const categoriesPath = values.categories ?? [join(into, 'acled-categories.csv'), join(DATA_DIR, 'acled-categories.csv')].find((p) => existsSync(p))!;
const categories = parseCategoryTable(readFileSync(categoriesPath, 'utf8'), categoriesPath);
if (!categories.ok) failWithErrors(categories.errors);

const existing = existsSync(join(into, 'events.json')) ? readAuthoredDataset(into) : { ok: true as const, records: { sources: [], places: [], events: [], claims: [] } };
if (!existing.ok) {
  fail([`${into} has errors of its own; fix them first (npm run check:data -- ${into}):`, ...existing.errors.map((e) => `  ${e.file} › ${e.record ?? '(whole file)'} › ${e.field ?? ''}: ${e.message}`)]);
}

const read = readAcledExport(readFileSync(exportPath, 'utf8'), {
  file: basename(exportPath),
  categories: categories.table,
  categoriesFile: categoriesPath,
  accessedOn: values.accessed ?? null,
  filters: values.filters?.trim() || null,
  mayShare: false,
});
if (!read.ok) failWithErrors(read.errors);

const { records, report } = mergeAcled(existing.records, read.read.records, values['may-share'] ? true : undefined);
const files = Object.fromEntries((['sources', 'places', 'events', 'claims'] as const).map((kind) => [kind, { name: join(into, `${kind}.json`), json: records[kind] }]));
const checked = validateDataset(files as never, { today, geometryFor: geometryLookup(into), sourceTexts: readSourceTexts(into) });
if (!checked.ok) failWithErrors(checked.errors);
writeAuthoredDataset(into, records);

const { rows, skipped } = read.read;
const shown = read.read.records.events.length;
const lines = [
  `Read ${rows} rows of ${exportPath}: ${shown} shown as events, ${skipped.length} not shown.`,
  `Added ${report.added.length}, changed ${report.changed.length}, unchanged ${report.unchanged}, removed ${report.removed.length} (by ACLED id).`,
];
if (report.removed.length > 0) lines.push(`Removed, no longer in this export: ${report.removed.join(', ')}`);
for (const s of skipped) lines.push(`  row ${s.row} (line ${s.line}), ACLED ${s.acledId}: ${s.reason}`);
if (values.accessed === undefined) lines.push('The access date was not given (--accessed YYYY-MM-DD): recorded as unknown.');
if (values.filters === undefined) lines.push('The export\'s filters were not given (--filters "…"): recorded as unknown.');
const mayShare = records.sources.find((s) => s.id === 'acled')?.acled?.mayShare;
lines.push(
  mayShare
    ? 'ACLED\'s rows are offered in readers\' downloads: you stated ACLED allows it.'
    : 'Readers\' downloads leave ACLED\'s rows out (ACLED\'s terms); run with --may-share if ACLED allows you to pass them on.',
);
const kept = records.events.filter((e) => !isImported(e)).length;
lines.push(`Wrote ${into}: ${records.events.length} events (${kept} of them your own, untouched), ${records.claims.length} claims, ${records.places.length} places, ${records.sources.length} sources in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
console.log(lines.join('\n'));
