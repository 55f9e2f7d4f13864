/**
 * The ACLED import as a function: `npm run import:acled` (import-acled.ts) and the benchmark
 * (bench/acled.ts) run the same code. It never asks anything: what is not given is recorded as
 * unknown and said in the lines it returns.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as v from 'valibot';
import type { DataError } from '../src/data/errors.ts';
import { partialDate } from '../src/data/schema.ts';
import { validateDataset, type DatasetFiles } from '../src/data/validate.ts';
import { ACLED_SOURCE_ID, isImported, mergeAcled, parseCategoryTable, readAcledExport } from '../src/importers/acled.ts';
import { DATA_DIR, geometryLookup, readAuthoredDataset, readSourceTexts, writeAuthoredDataset } from './read-dataset.ts';

export interface AcledImportRequest {
  exportPath: string;
  into: string;
  accessed?: string;
  filters?: string;
  mayShare?: boolean;
  categories?: string;
}

export type AcledImportOutcome =
  | { ok: true; lines: string[]; rows: number; phases: Record<string, number> }
  | { ok: false; errors: DataError[] }
  | { ok: false; message: string[] };

export function importAcledFile(request: AcledImportRequest): AcledImportOutcome {
  const started = performance.now();
  const phases: Record<string, number> = {};
  let phaseStart = started;
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = (now - phaseStart) / 1000;
    phaseStart = now;
  };
  const { exportPath, into } = request;
  const today = new Date().toISOString().slice(0, 10);
  if (
    request.accessed !== undefined &&
    (!v.is(partialDate, request.accessed) || request.accessed.length !== 10 || request.accessed > today)
  ) {
    return {
      ok: false,
      message: [
        `--accessed: expected the day the export was downloaded, written YYYY-MM-DD and not after today, got "${request.accessed}"`,
      ],
    };
  }
  if (!existsSync(exportPath)) return { ok: false, message: [`${exportPath}: expected an ACLED export (CSV), found no file`] };

  // The editor's table, in the dataset folder; the project's own when the folder has none.
  const categoriesPath =
    request.categories ?? [join(into, 'acled-categories.csv'), join(DATA_DIR, 'acled-categories.csv')].find((p) => existsSync(p))!;
  const categories = parseCategoryTable(readFileSync(categoriesPath, 'utf8'), categoriesPath);
  if (!categories.ok) return categories;

  const existing = existsSync(join(into, 'events.json'))
    ? readAuthoredDataset(into)
    : { ok: true as const, records: { sources: [], places: [], events: [], claims: [] } };
  if (!existing.ok) return { ok: false, message: [`${into} has errors of its own; fix them first (npm run check:data -- ${into})`] };
  phase('read the dataset');

  const read = readAcledExport(readFileSync(exportPath, 'utf8'), {
    file: basename(exportPath),
    categories: categories.table,
    categoriesFile: categoriesPath,
    accessedOn: request.accessed ?? null,
    filters: request.filters?.trim() || null,
    mayShare: false,
  });
  if (!read.ok) return read;
  phase('read the export');

  const { records, report } = mergeAcled(existing.records, read.read.records, request.mayShare ? true : undefined);
  const files = Object.fromEntries(
    (['sources', 'places', 'events', 'claims'] as const).map((kind) => [kind, { name: join(into, `${kind}.json`), json: records[kind] }]),
  );
  phase('merge');
  const checked = validateDataset(files as unknown as DatasetFiles, {
    today,
    geometryFor: geometryLookup(into),
    sourceTexts: readSourceTexts(into),
  });
  if (!checked.ok) return checked;
  phase('check');
  writeAuthoredDataset(into, records);
  phase('write');

  const { rows, skipped } = read.read;
  const lines = [
    `Read ${rows} rows of ${exportPath}: ${read.read.records.events.length} shown as events, ${skipped.length} not shown.`,
    `Added ${report.added.length}, changed ${report.changed.length}, unchanged ${report.unchanged}, removed ${report.removed.length} (by ACLED id).`,
  ];
  if (report.removed.length > 0) lines.push(`Removed, no longer in this export: ${report.removed.join(', ')}`);
  for (const s of skipped) lines.push(`  row ${s.row} (line ${s.line}), ACLED ${s.acledId}: ${s.reason}`);
  if (request.accessed === undefined) lines.push('The access date was not given (--accessed YYYY-MM-DD): recorded as unknown.');
  if (request.filters === undefined) lines.push('The export\'s filters were not given (--filters "…"): recorded as unknown.');
  const mayShare = records.sources.find((s) => s.id === ACLED_SOURCE_ID)?.acled?.mayShare;
  lines.push(
    mayShare
      ? "ACLED's rows are offered in readers' downloads: you stated ACLED allows it."
      : "Readers' downloads leave ACLED's rows out (ACLED's terms); run with --may-share if ACLED allows you to pass them on.",
  );
  const kept = records.events.filter((e) => !isImported(e)).length;
  lines.push(
    `Wrote ${into}: ${records.events.length} events (${kept} of them your own, untouched), ${records.claims.length} claims, ${records.places.length} places, ${records.sources.length} sources in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  return { ok: true, lines, rows, phases };
}
