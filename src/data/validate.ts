/**
 * Turns the four record files into a Dataset, or into a list of errors that each name the
 * file, the record and the field. All errors are collected; a dataset with any error is
 * refused whole, so nothing half-loaded is ever shown as if it were whole.
 */
import * as v from 'valibot';
import { periodOf, precisionOf } from './dates.ts';
import type { DataError } from './errors.ts';
import { issuesToErrors } from './issues.ts';
import {
  authoredPlace,
  claim,
  event,
  place,
  source,
  type AuthoredPlace,
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
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

export function validateDataset(files: DatasetFiles, options: ValidateOptions): ValidationResult {
  const errors: DataError[] = [];
  const [sources, sourceIds] = parseRecords(files.sources, source, errors);
  const [authoredPlaces, placeIds] = parseRecords(files.places, authoredPlace, errors);
  const [events, eventIds] = parseRecords(files.events, event, errors);
  const [claims, claimIds] = parseRecords(files.claims, claim, errors);
  const places = authoredPlaces.map((p) => resolveGeometry(p, files.places.name, options, errors));

  // References are checked against every id written, valid record or not, so that one broken
  // record is reported once rather than again at everything that refers to it.
  const check = new ReferenceCheck(errors, { sources: sourceIds, places: placeIds, events: eventIds, claims: claimIds });
  const today = options.today;

  // Every kind of record may carry corrections: none may be dated after today.
  const correctionSets: [string, { id: string; corrections?: { on: string }[] }[]][] = [
    [files.sources.name, sources],
    [files.places.name, authoredPlaces],
    [files.events.name, events],
    [files.claims.name, claims],
  ];
  for (const [file, records] of correctionSets) {
    for (const r of records) {
      r.corrections?.forEach((c, i) => check.notFuture({ file, record: r.id }, `corrections.${i}.on`, c.on, today));
    }
  }

  for (const s of sources) {
    const at = { file: files.sources.name, record: s.id };
    check.precision(at, 'publishedOnPrecision', s.publishedOn, s.publishedOnPrecision);
    check.notFuture(at, 'publishedOn', s.publishedOn, today);
    check.notFuture(at, 'accessedOn', s.accessedOn, today);
  }
  for (const e of events) {
    const at = { file: files.events.name, record: e.id };
    check.precision(at, 'datePrecision', e.start, e.datePrecision);
    check.notFuture(at, 'start', e.start, today);
    check.notFuture(at, 'end', e.end, today);
    if (e.end && periodOf(e.end).last < periodOf(e.start).first) {
      errors.push({ ...at, field: 'end', message: `expected a date on or after start ${e.start}, got ${e.end}` });
    }
    check.known(at, 'placeIds', e.placeIds, 'places');
    check.known(at, 'sourceIds', e.sourceIds, 'sources');
  }
  for (const c of claims) {
    const at = { file: files.claims.name, record: c.id };
    check.precision(at, 'saidOnPrecision', c.saidOn, c.saidOnPrecision);
    check.notFuture(at, 'saidOn', c.saidOn, today);
    check.known(at, 'placeIds', c.placeIds, 'places');
    check.known(at, 'eventIds', c.eventIds, 'events');
    check.known(at, 'sourceIds', c.sourceIds, 'sources');
    check.known(at, 'disputes', c.disputes, 'claims');
    check.known(at, 'supports', c.supports, 'claims');
    for (const field of ['disputes', 'supports'] as const) {
      if (c[field].includes(c.id)) errors.push({ ...at, field, message: 'expected other claims, got the claim itself' });
    }
    if (c.placeIds.length === 0 && c.eventIds.length === 0) {
      errors.push({ ...at, field: 'placeIds', message: 'expected at least one place or event the claim is about' });
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, dataset: { sources, places: places as Place[], events, claims } };
}

/**
 * The places of a published dataset (inline geometry) checked on their own, so that the map can
 * draw them while the rest of the dataset loads; null when any is invalid. validateDataset still
 * checks them again with everything else.
 */
export function validatePlaces(file: NamedJson): Place[] | null {
  const errors: DataError[] = [];
  const [places] = parseRecords(file, place, errors);
  return errors.length === 0 ? places : null;
}

/** Validates each record on its own, so that one bad record does not hide the others' errors. */
function parseRecords<S extends v.GenericSchema>(file: NamedJson, schema: S, errors: DataError[]): [v.InferOutput<S>[], Set<string>] {
  const seen = new Set<string>();
  if (!Array.isArray(file.json)) {
    errors.push({ file: file.name, record: null, field: null, message: 'expected a JSON array of records' });
    return [[], seen];
  }
  const records: v.InferOutput<S>[] = [];
  file.json.forEach((raw: unknown, index) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const record = typeof rawId === 'string' && rawId ? rawId : `record #${index + 1}`;
    if (seen.has(record)) {
      errors.push({ file: file.name, record, field: 'id', message: 'expected a unique id, got a duplicate' });
      return;
    }
    seen.add(record);
    const parsed = v.safeParse(schema, raw);
    if (parsed.success) {
      records.push(parsed.output);
      return;
    }
    errors.push(...issuesToErrors(parsed.issues, file.name, record));
  });
  return [records, seen];
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

  known(at: At, field: string, ids: string[], kind: Kind) {
    for (const id of ids) {
      if (!this.known_[kind].has(id)) {
        this.errors.push({ ...at, field, message: `expected the id of one of the ${kind}, got unknown "${id}"` });
      }
    }
  }

  precision(at: At, field: string, date: string | null, precision: string | null) {
    if ((date === null) !== (precision === null)) {
      this.errors.push({ ...at, field, message: 'expected a precision exactly when there is a date' });
    } else if (date && precision !== precisionOf(date)) {
      this.errors.push({ ...at, field, message: `expected "${precisionOf(date)}" for the date ${date}, got "${precision}"` });
    }
  }

  notFuture(at: At, field: string, date: string | null, today: string) {
    if (date && periodOf(date).first > periodOf(today).first) {
      this.errors.push({ ...at, field, message: `expected a date no later than today (${today}), got ${date}` });
    }
  }
}
