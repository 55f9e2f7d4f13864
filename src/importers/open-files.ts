/**
 * Files a reader opens in the page ("Open a file"), checked with the same code and the same
 * errors as the command-line tools: the four sheets (sources.csv, places.csv, events.csv,
 * claims.csv), an ACLED export (any other CSV with ACLED's columns), the four authored JSON files,
 * or the four published files (places.geojson, events.geojson, claims.json, sources.json).
 * It runs in the open-file worker (open-worker.ts) and in tests. The sheet and ACLED readers
 * (and the CSV parser) are imported only for the files that need them: each is a chunk of its own.
 */
import type { DataError } from '../data/errors.ts';
import { fromFeatures } from '../data/load.ts';
import type { Place, PlaceGeometry } from '../data/schema.ts';
import { validateDataset, type DatasetFiles, type ValidationResult } from '../data/validate.ts';
import type { SheetTexts } from './sheets.ts';

export interface OpenedFile {
  name: string;
  text: string;
}

export interface OpenRequest {
  files: OpenedFile[];
  today: string;
  /** The map's places: a sheet's `ref:geo/…#<id>` takes the outline of the place with that id. */
  knownPlaces: Pick<Place, 'id' | 'geometry'>[];
  /** The project's ACLED category table (data/acled-categories.csv). */
  categoriesCsv: string;
}

export type OpenResult = (ValidationResult & { ok: true; notes: string[] }) | { ok: false; errors: DataError[] };

const JSON_KINDS = ['sources', 'places', 'events', 'claims'] as const;
const SHEET_FILES = JSON_KINDS.map((kind) => `${kind}.csv`);

export async function openFiles({ files, today, knownPlaces, categoriesCsv }: OpenRequest): Promise<OpenResult> {
  const byName = new Map(files.map((f) => [baseName(f.name), f]));
  const whole = (message: string): OpenResult => ({
    ok: false,
    errors: [{ file: files.map((f) => f.name).join(', ') || '(no file)', record: null, field: null, message }],
  });
  const outlines = new Map(knownPlaces.map((p) => [p.id, p.geometry]));
  const geometryFor = (ref: string): PlaceGeometry | undefined => outlines.get(ref.split('#')[1] ?? '');
  if (files.length === 0) return whole('expected at least one file');

  if (SHEET_FILES.some((file) => byName.has(file))) {
    const { importSheets, SHEETS } = await import('./sheets.ts');
    const texts: Partial<SheetTexts> = {};
    for (const sheet of SHEETS) if (byName.has(sheet.file)) texts[sheet.file] = byName.get(sheet.file)!.text;
    const result = importSheets(texts, { today, geometryFor });
    return result.ok ? { ...result.result, notes: [] } : result;
  }

  if (byName.has('places.geojson') || byName.has('events.geojson')) {
    const errors: DataError[] = [];
    const read = (name: string) => readJson(byName.get(name), name, errors);
    const places = fromFeatures(read('places.geojson'), true, errors);
    const events = fromFeatures(read('events.geojson'), false, errors);
    const claims = read('claims.json');
    const sources = read('sources.json');
    if (errors.length > 0 || !places || !events) return { ok: false, errors };
    const result = validateDataset({ sources, places, events, claims }, { today });
    return result.ok ? { ...result, notes: [] } : result;
  }

  if (JSON_KINDS.some((kind) => byName.has(`${kind}.json`))) {
    const errors: DataError[] = [];
    const json = Object.fromEntries(
      JSON_KINDS.map((kind) => [kind, readJson(byName.get(`${kind}.json`), `${kind}.json`, errors)]),
    ) as unknown as DatasetFiles;
    if (errors.length > 0) return { ok: false, errors };
    const result = validateDataset(json, { today, geometryFor });
    return result.ok ? { ...result, notes: [] } : result;
  }

  const acled = files.filter((f) => /\.csv$/i.test(f.name));
  if (acled.length === 1) {
    const { parseCategoryTable, readAcledExport } = await import('./acled.ts');
    const table = parseCategoryTable(categoriesCsv, 'acled-categories.csv');
    if (!table.ok) return table;
    const read = readAcledExport(acled[0].text, {
      file: acled[0].name,
      categories: table.table,
      categoriesFile: "the map's ACLED category table",
      accessedOn: null,
      filters: null,
      mayShare: false,
    });
    if (!read.ok) return read;
    const { records, skipped, rows } = read.read;
    const result = validateDataset(
      {
        sources: { name: 'sources', json: records.sources },
        places: { name: 'places', json: records.places },
        events: { name: acled[0].name, json: records.events },
        claims: { name: acled[0].name, json: records.claims },
      },
      { today },
    );
    if (!result.ok) return result;
    const notes = [
      `${acled[0].name}: ${rows} rows, ${records.events.length} shown as events, ${skipped.length} not shown. The access date and filters of the export are not known here.`,
      ...skipped.map((s) => `Row ${s.row} (line ${s.line}), ACLED ${s.acledId}: ${s.reason}`),
    ];
    return { ...result, notes };
  }
  return whole(
    'expected the four sheets (sources.csv, places.csv, events.csv, claims.csv), one ACLED export (.csv), the four JSON files (sources.json, places.json, events.json, claims.json) or the published files (places.geojson, events.geojson, claims.json, sources.json)',
  );
}

function readJson(file: OpenedFile | undefined, name: string, errors: DataError[]): { name: string; json: unknown } {
  if (!file) {
    errors.push({ file: name, record: null, field: null, message: 'expected this file, found none' });
    return { name, json: [] };
  }
  try {
    return { name: file.name, json: JSON.parse(file.text) };
  } catch (error) {
    errors.push({ file: file.name, record: null, field: null, message: `expected readable JSON: ${(error as Error).message}` });
    return { name: file.name, json: [] };
  }
}

/** "folder/claims.csv" → "claims.csv" (a dropped folder's files carry their path). */
function baseName(name: string): string {
  return name.split(/[\\/]/).pop()!.toLowerCase();
}
