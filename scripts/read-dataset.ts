/**
 * Reads the authored dataset from data/ on disk (Node only): the four record files, the
 * derived geometry they reference and the source texts that verbatim quotes are checked against.
 * Used by the build (vite.config.ts), `npm run check:data` and the tests.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { AuthoredPlace, PlaceGeometry } from '../src/data/schema.ts';
import type { AuthoredRecords } from '../src/importers/sheets.ts';
import type { DataError } from '../src/data/errors.ts';
import { validateDataset, type NamedJson, type ValidationResult } from '../src/data/validate.ts';
import { checkTranslations } from '../src/data/translations.ts';
import { LANGUAGES } from '../src/i18n/languages.ts';
import { PERIODS_FILE, validatePeriods, type Period } from '../src/data/periods.ts';

export const DATA_DIR = new URL('../data/', import.meta.url).pathname;

export function readDataset(dataDir = DATA_DIR, today = new Date().toISOString().slice(0, 10)): ValidationResult {
  const errors: DataError[] = [];
  const read = (name: string): NamedJson => readJson(dataDir, name, errors);
  const files = { sources: read('sources.json'), places: read('places.json'), events: read('events.json'), claims: read('claims.json') };
  const result = validateDataset(files, { today, geometryFor: geometryLookup(dataDir), sourceTexts: readSourceTexts(dataDir) });
  if (!result.ok) return { ok: false, errors: [...errors, ...result.errors] };
  for (const [name, json] of Object.entries(readTranslationFiles(dataDir, errors))) {
    errors.push(...checkTranslations(`translations/${name}`, json, result.dataset).errors);
  }
  return errors.length > 0 ? { ok: false, errors } : result;
}

function readJson(dataDir: string, name: string, errors: DataError[]): NamedJson {
  const path = join(dataDir, name);
  const shown = relative(process.cwd(), path) || path;
  try {
    return { name: shown, json: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    errors.push({ file: shown, record: null, field: null, message: `expected readable JSON: ${(error as Error).message}` });
    return { name: shown, json: [] };
  }
}

/** "geo/areas.geojson#khost" → the geometry of the feature whose properties.id is "khost". */
export function geometryLookup(dataDir: string) {
  const cache = new Map<string, Map<string, PlaceGeometry>>();
  return (ref: string): PlaceGeometry | undefined => {
    const [file, id] = ref.split('#');
    if (!cache.has(file)) {
      const path = join(dataDir, file);
      const collection: FeatureCollection | null = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
      const byId = new Map((collection?.features ?? []).map((f) => [String(f.properties?.id), f.geometry as PlaceGeometry]));
      cache.set(file, byId);
    }
    return cache.get(file)!.get(id);
  };
}

/** data/translations/<lang>.json, parsed, by file name; a file named for no language of the map is an error. */
export function readTranslationFiles(dataDir = DATA_DIR, errors: DataError[] = []): Record<string, unknown> {
  const dir = join(dataDir, 'translations');
  if (!existsSync(dir)) return {};
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
    const lang = name.replace(/\.json$/, '');
    if (lang === 'en' || !(LANGUAGES as readonly string[]).includes(lang)) {
      errors.push({
        file: `translations/${name}`,
        record: null,
        field: null,
        message: `not a language of the map (${LANGUAGES.filter((l) => l !== 'en').join(', ')})`,
      });
      continue;
    }
    const parsed = readJson(dir, name, errors);
    files[name] = parsed.json;
  }
  return files;
}

export function readSourceTexts(dataDir: string): Map<string, string> {
  const dir = join(dataDir, 'source-texts');
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name.replace(/\.txt$/, ''), readFileSync(join(dir, name), 'utf8')]),
  );
}

/**
 * The dataset in its authored form (a place keeps its `{ ref }` geometry), checked: what the
 * sheet export writes and what the importers add to. The records are the schema's output, in the
 * files' order.
 */
export function readAuthoredDataset(dataDir = DATA_DIR): { ok: true; records: AuthoredRecords } | { ok: false; errors: DataError[] } {
  const result = readDataset(dataDir);
  if (!result.ok) return result;
  const rawPlaces = JSON.parse(readFileSync(join(dataDir, 'places.json'), 'utf8')) as AuthoredPlace[];
  const places = result.dataset.places.map((p, i) => ({ ...p, geometry: rawPlaces[i].geometry }));
  return { ok: true, records: { ...result.dataset, places } };
}

/**
 * Writes the four record files as the editors' files are written (2-space JSON, a final line
 * break). Each is written to a temporary file first and renamed over the old one, so that a
 * failure half-way leaves no file half-written.
 */
export function writeAuthoredDataset(dataDir: string, records: AuthoredRecords): void {
  mkdirSync(dataDir, { recursive: true });
  const paths = (['sources', 'places', 'events', 'claims'] as const).map((kind) => {
    const path = join(dataDir, `${kind}.json`);
    writeJsonArray(`${path}.tmp`, records[kind]);
    return path;
  });
  for (const path of paths) renameSync(`${path}.tmp`, path);
}

/**
 * The same bytes as `${JSON.stringify(records, null, 2)}\n`, written a record at a time: an import
 * of 150,000 ACLED rows would otherwise build one 175 MB string (and its copies) in memory.
 */
function writeJsonArray(path: string, records: readonly unknown[]): void {
  if (records.length === 0) {
    writeFileSync(path, '[]\n');
    return;
  }
  const fd = openSync(path, 'w');
  try {
    let chunk = '[\n';
    records.forEach((record, i) => {
      // "[\n  {…}\n]" less its brackets: the record, indented as it is inside the array.
      chunk += `${JSON.stringify([record], null, 2).slice(2, -2)}${i === records.length - 1 ? '\n]\n' : ',\n'}`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    });
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/**
 * The optional named periods (data/periods.json), checked: none when the file is absent, and
 * every error, naming file › record › field, when it is wrong.
 */
export function readPeriods(
  dataDir = DATA_DIR,
  today = new Date().toISOString().slice(0, 10),
): { periods: Period[]; errors: DataError[]; text: string | null } {
  const path = join(dataDir, PERIODS_FILE);
  if (!existsSync(path)) return { periods: [], errors: [], text: null };
  const errors: DataError[] = [];
  const file = readJson(dataDir, PERIODS_FILE, errors);
  if (errors.length > 0) return { periods: [], errors, text: null };
  const result = validatePeriods(file.json, file.name, today);
  return { ...result, text: JSON.stringify(file.json) };
}
