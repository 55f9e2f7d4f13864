/**
 * Reads the authored dataset from data/ on disk (Node only): the four record files, the
 * derived geometry they reference and the source texts that verbatim quotes are checked against.
 * Used by the build (vite.config.ts), `npm run check:data` and the tests.
 */
import * as v from 'valibot';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { claim, type Claim, type PlaceGeometry } from '../src/data/schema.ts';
import { checkVerbatimQuotes } from '../src/data/verbatim.ts';
import type { DataError } from '../src/data/errors.ts';
import { validateDataset, type NamedJson, type ValidationResult } from '../src/data/validate.ts';
import { checkTranslations } from '../src/data/translations.ts';
import { LANGUAGES } from '../src/i18n/languages.ts';

export const DATA_DIR = new URL('../data/', import.meta.url).pathname;

export function readDataset(dataDir = DATA_DIR, today = new Date().toISOString().slice(0, 10)): ValidationResult {
  const errors: DataError[] = [];
  const read = (name: string): NamedJson => readJson(dataDir, name, errors);
  const files = { sources: read('sources.json'), places: read('places.json'), events: read('events.json'), claims: read('claims.json') };
  const result = validateDataset(files, { today, geometryFor: geometryLookup(dataDir) });
  if (!result.ok) {
    // The quote check needs valid claims; the ones that parsed are still checked, so that every error shows at once.
    const parsed = validClaims(files.claims.json);
    return { ok: false, errors: [...errors, ...result.errors, ...checkVerbatimQuotes(parsed, readSourceTexts(dataDir), files.claims.name)] };
  }
  errors.push(...checkVerbatimQuotes(result.dataset.claims, readSourceTexts(dataDir), files.claims.name));
  for (const [name, json] of Object.entries(readTranslationFiles(dataDir, errors))) {
    errors.push(...checkTranslations(`translations/${name}`, json, result.dataset).errors);
  }
  return errors.length > 0 ? { ok: false, errors } : result;
}

function validClaims(json: unknown): Claim[] {
  return Array.isArray(json) ? json.flatMap((raw) => {
    const parsed = v.safeParse(claim, raw);
    return parsed.success ? [parsed.output] : [];
  }) : [];
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
function geometryLookup(dataDir: string) {
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
      errors.push({ file: `translations/${name}`, record: null, field: null, message: `not a language of the map (${LANGUAGES.filter((l) => l !== 'en').join(', ')})` });
      continue;
    }
    const parsed = readJson(dir, name, errors);
    files[name] = parsed.json;
  }
  return files;
}

function readSourceTexts(dataDir: string): Map<string, string> {
  const dir = join(dataDir, 'source-texts');
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name.replace(/\.txt$/, ''), readFileSync(join(dir, name), 'utf8')]),
  );
}
