/**
 * Turns the four record files into a Dataset, or into a list of errors that each name the
 * file, the record and the field. All errors are collected; a dataset with any error is
 * refused whole, so nothing half-loaded is ever shown as if it were whole.
 */
import * as v from 'valibot';
import { periodOf, precisionOf } from './dates.ts';
import type { DataError } from './errors.ts';
import { issuesToErrors } from './issues.ts';
import { checkVerbatimQuotes } from './verbatim.ts';
import {
  authoredPlace,
  claim,
  event,
  place,
  source,
  type AuthoredPlace,
  type Claim,
  type Dataset,
  type Place,
  type PlaceGeometry,
} from './schema.ts';

export interface NamedJson {
  /** The file name or URL the JSON came from, used in every error message. */
  name: string;
  json: unknown;
}

export interface DatasetFiles {
  sources: NamedJson;
  places: NamedJson;
  events: NamedJson;
  claims: NamedJson;
}

export interface ValidateOptions {
  /** Dates after this day (YYYY-MM-DD) are refused. */
  today: string;
  /** Geometry for an authored `{ ref }`, such as "geo/areas.geojson#khost". */
  geometryFor?: (ref: string) => PlaceGeometry | undefined;
  /** The kept full texts of sources, by source id: verbatim quotes are checked against them (verbatim.ts). */
  sourceTexts?: Map<string, string>;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

export function validateDataset(files: DatasetFiles, options: ValidateOptions): ValidationResult {
  const errors: DataError[] = [];
  const sources = parseRecords(files.sources, source, errors);
  const authoredPlaces = parseRecords(files.places, authoredPlace, errors);
  const events = parseRecords(files.events, event, errors);
  const claims = parseRecords(files.claims, claim, errors);
  const places = authoredPlaces.valid.map((p) => resolveGeometry(p, files.places.name, options, errors));

  // References are checked against every id written, valid record or not, so that one broken
  // record is reported once rather than again at everything that refers to it. The checks below
  // read every record, invalid ones too, by the fields that passed: a bad id or date must not
  // hide an unknown place in the same record.
  const check = new ReferenceCheck(errors, { sources: sources.ids, places: authoredPlaces.ids, events: events.ids, claims: claims.ids });
  const today = options.today;

  // Every kind of record may carry corrections: none may be dated after today.
  const correctionSets: [string, { record: { corrections?: { on: string }[] }; name: string }[]][] = [
    [files.sources.name, sources.all],
    [files.places.name, authoredPlaces.all],
    [files.events.name, events.all],
    [files.claims.name, claims.all],
  ];
  for (const [file, records] of correctionSets) {
    for (const { record, name } of records) {
      record.corrections?.forEach((c, i) => check.notFuture({ file, record: name }, `corrections.${i}.on`, c.on, today));
    }
  }

  for (const { record: s, name } of sources.all) {
    const at = { file: files.sources.name, record: name };
    check.precision(at, 'publishedOnPrecision', s.publishedOn, s.publishedOnPrecision);
    check.notFuture(at, 'publishedOn', s.publishedOn, today);
    check.notFuture(at, 'accessedOn', s.accessedOn, today);
  }
  for (const { record: e, name } of events.all) {
    const at = { file: files.events.name, record: name };
    check.precision(at, 'datePrecision', e.start, e.datePrecision);
    check.notFuture(at, 'start', e.start, today);
    check.notFuture(at, 'end', e.end, today);
    if (e.end && e.start && periodOf(e.end).last < periodOf(e.start).first) {
      errors.push({ ...at, field: 'end', message: `expected a date on or after start ${e.start}, got ${e.end}` });
    }
    check.known(at, 'placeIds', e.placeIds, 'places');
    check.known(at, 'sourceIds', e.sourceIds, 'sources');
  }
  for (const { record: c, name } of claims.all) {
    const at = { file: files.claims.name, record: name };
    check.precision(at, 'saidOnPrecision', c.saidOn, c.saidOnPrecision);
    check.notFuture(at, 'saidOn', c.saidOn, today);
    check.known(at, 'placeIds', c.placeIds, 'places');
    check.known(at, 'eventIds', c.eventIds, 'events');
    check.known(at, 'sourceIds', c.sourceIds, 'sources');
    check.known(at, 'disputes', c.disputes, 'claims');
    check.known(at, 'supports', c.supports, 'claims');
    for (const field of ['disputes', 'supports'] as const) {
      if (c[field]?.includes(name)) errors.push({ ...at, field, message: 'expected other claims, got the claim itself' });
    }
    if ('placeIds' in c && 'eventIds' in c && c.placeIds!.length === 0 && c.eventIds!.length === 0) {
      errors.push({ ...at, field: 'placeIds', message: 'expected at least one place or event the claim is about' });
    }
  }
  if (options.sourceTexts) {
    // The quote check reads a claim's text, mode and sources: every claim whose three passed.
    const quotable = claims.all.map((c) => c.record).filter((c): c is Claim => 'text' in c && 'mode' in c && 'sourceIds' in c && 'id' in c);
    errors.push(...checkVerbatimQuotes(quotable, options.sourceTexts, files.claims.name));
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, dataset: { sources: sources.valid, places: places as Place[], events: events.valid, claims: claims.valid } };
}

/**
 * The places of a published dataset (inline geometry) checked on their own, so that the map can
 * draw them while the rest of the dataset loads; null when any is invalid. validateDataset still
 * checks them again with everything else.
 */
export function validatePlaces(file: NamedJson): Place[] | null {
  const errors: DataError[] = [];
  const places = parseRecords(file, place, errors).valid;
  return errors.length === 0 ? places : null;
}

interface ParsedFile<T> {
  /** The records that passed their schema, as it outputs them. */
  valid: T[];
  /** Every record (the first of each id), with only the fields that passed: a failed record's other checks still run. */
  all: { record: Partial<T>; name: string }[];
  /** Every id written, valid or not. */
  ids: Set<string>;
}

/** Validates each record on its own, so that one bad record does not hide the others' errors. */
function parseRecords<S extends v.GenericSchema>(file: NamedJson, schema: S, errors: DataError[]): ParsedFile<v.InferOutput<S>> {
  const result: ParsedFile<v.InferOutput<S>> = { valid: [], all: [], ids: new Set() };
  if (!Array.isArray(file.json)) {
    errors.push({ file: file.name, record: null, field: null, message: 'expected a JSON array of records' });
    return result;
  }
  file.json.forEach((raw: unknown, index) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const name = typeof rawId === 'string' && rawId ? rawId : `record #${index + 1}`;
    if (result.ids.has(name)) {
      errors.push({ file: file.name, record: name, field: 'id', message: 'expected a unique id, got a duplicate' });
      return;
    }
    result.ids.add(name);
    const parsed = v.safeParse(schema, raw);
    if (parsed.success) {
      result.valid.push(parsed.output);
      result.all.push({ record: parsed.output, name });
      return;
    }
    const recordErrors = issuesToErrors(parsed.issues, file.name, name);
    errors.push(...recordErrors);
    const failed = new Set(recordErrors.map((error) => (error.field ?? '').split('.')[0]));
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && !failed.has('')) {
      const passed = Object.fromEntries(Object.entries(raw).filter(([key]) => !failed.has(key)));
      result.all.push({ record: passed as Partial<v.InferOutput<S>>, name });
    }
  });
  return result;
}

function resolveGeometry(
  p: AuthoredPlace,
  file: string,
  options: ValidateOptions,
  errors: DataError[],
): Place | AuthoredPlace {
  if (!('ref' in p.geometry)) return p;
  const geometry = options.geometryFor?.(p.geometry.ref);
  if (!geometry) {
    errors.push({ file, record: p.id, field: 'geometry.ref', message: `expected a known geometry, got "${p.geometry.ref}"` });
    return p;
  }
  return { ...p, geometry };
}

type Kind = 'sources' | 'places' | 'events' | 'claims';
interface At {
  file: string;
  record: string;
}

class ReferenceCheck {
  constructor(
    private errors: DataError[],
    private known_: Record<Kind, Set<string>>,
  ) {}

  known(at: At, field: string, ids: string[] | undefined, kind: Kind) {
    for (const id of ids ?? []) {
      if (!this.known_[kind].has(id)) {
        this.errors.push({ ...at, field, message: `expected the id of one of the ${kind}, got unknown "${id}"` });
      }
    }
  }

  /** A date or precision that failed its own check (undefined here) is not compared again. */
  precision(at: At, field: string, date: string | null | undefined, precision: string | null | undefined) {
    if (date === undefined || precision === undefined) return;
    if ((date === null) !== (precision === null)) {
      this.errors.push({ ...at, field, message: 'expected a precision exactly when there is a date' });
    } else if (date && precision !== precisionOf(date)) {
      this.errors.push({ ...at, field, message: `expected "${precisionOf(date)}" for the date ${date}, got "${precision}"` });
    }
  }

  notFuture(at: At, field: string, date: string | null | undefined, today: string) {
    if (date && periodOf(date).first > periodOf(today).first) {
      this.errors.push({ ...at, field, message: `expected a date no later than today (${today}), got ${date}` });
    }
  }
}
