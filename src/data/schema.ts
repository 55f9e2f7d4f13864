/**
 * The dataset's four record kinds (sources, places, events, claims), as valibot schemas.
 * data/README.md documents every field; keep the two in step.
 *
 * Dates are partial ISO strings ("2009", "2009-10", "2009-10-28") so that a date known only
 * to the month is never written as if its day were known. The explicit precision field is
 * what the sidebar shows; validate.ts checks that it agrees with the string.
 */
// valibot rather than zod: the same checks in about a third of the bytes readers download.
import * as v from 'valibot';
import { periodOf } from './dates.ts';
import { CATEGORIES, DATE_PRECISIONS, EVENT_TYPES, ID_PATTERN, isHttpUrl, PLACE_KINDS, PLACE_PRECISIONS, SIDES, type Side } from './vocabulary.ts';

const id = v.pipe(v.string(), v.regex(ID_PATTERN, 'a lower-case slug such as "spin-boldak"'));
const ids = v.array(id);
const nonEmpty = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.minLength(1, 'at least one item'));
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'non-empty text'));

export const datePrecision = v.picklist(DATE_PRECISIONS);

export const partialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isRealCalendarDate, 'a real calendar date'),
);

function isRealCalendarDate(value: string): boolean {
  const month = Number(value.slice(5, 7) || 1);
  if (month < 1 || month > 12) return false;
  if (value.length < 10) return true;
  const { first, last } = periodOf(value.slice(0, 7));
  const day = Number(value.slice(8, 10));
  return day >= 1 && day <= last - first + 1;
}

export const httpUrl = v.pipe(v.string(), v.check<string, string>(isHttpUrl, 'an http: or https: URL'));

const side = v.picklist(Object.keys(SIDES) as Side[]);

const lon = v.pipe(v.number(), v.minValue(-180, 'a longitude from -180 to 180'), v.maxValue(180, 'a longitude from -180 to 180'));
const lat = v.pipe(v.number(), v.minValue(-90, 'a latitude from -90 to 90'), v.maxValue(90, 'a latitude from -90 to 90'));
const position = v.strictTuple([lon, lat]);
const lineString = v.pipe(v.array(position), v.minLength(2, 'at least two positions'));
const ring = v.pipe(
  v.array(position),
  v.minLength(4, 'a closed ring of at least four positions'),
  // valibot runs every check even after one fails: this one must not assume the length above.
  v.check((r) => r.length > 0 && r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1], 'a ring whose last position repeats its first'),
);

export const geometry = v.variant('type', [
  v.object({ type: v.literal('Point'), coordinates: position }),
  v.object({ type: v.literal('LineString'), coordinates: lineString }),
  v.object({ type: v.literal('MultiLineString'), coordinates: nonEmpty(lineString) }),
  v.object({ type: v.literal('Polygon'), coordinates: nonEmpty(ring) }),
  v.object({ type: v.literal('MultiPolygon'), coordinates: nonEmpty(nonEmpty(ring)) }),
]);
export type PlaceGeometry = v.InferOutput<typeof geometry>;

/** In the authored files an area may point at a feature of a derived file instead of inlining it. */
export const geometryRef = v.object({
  ref: v.pipe(v.string(), v.regex(/^geo\/[\w.-]+\.geojson#[a-z0-9-]+$/, 'a reference such as "geo/areas.geojson#khost"')),
});

/**
 * A correction made to a record after it was published: the day it was made, what changed and
 * why. Corrections are shown to readers ("Corrected on …") and listed on the corrections page,
 * as newsrooms publish theirs; a record's id never changes when it is corrected.
 */
export const correction = v.strictObject({
  on: v.pipe(partialDate, v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a day written YYYY-MM-DD')),
  what: text,
  why: text,
});
const corrections = v.optional(v.pipe(v.array(correction), v.minLength(1, 'at least one correction, or no field')));

export const source = v.strictObject({
  id,
  publisher: text,
  title: v.nullable(text),
  url: v.nullable(httpUrl),
  publishedOn: v.nullable(partialDate),
  publishedOnPrecision: v.nullable(datePrecision),
  accessedOn: v.nullable(partialDate),
  archiveUrl: v.optional(v.nullable(httpUrl)),
  note: v.optional(v.nullable(text)),
  /**
   * Only on the source that stands for an ACLED export (src/importers/acled.ts): the export's
   * filters (null: unknown) and whether the editor states its rows may be passed on to readers.
   */
  acled: v.optional(v.strictObject({ filters: v.nullable(text), mayShare: v.boolean() })),
  corrections,
});

/** A place's name in another language, and where it comes from (see data/README.md, "Names in other languages"). */
const localName = v.strictObject({ name: text, source: text });

const placeFields = {
  id,
  name: text,
  altNames: v.optional(v.array(text), []),
  names: v.optional(v.strictObject({ ur: v.optional(localName), ps: v.optional(localName), 'fa-AF': v.optional(localName) })),
  kind: v.picklist(PLACE_KINDS),
  country: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'an ISO 3166 two-letter code'))),
  precision: v.picklist(PLACE_PRECISIONS),
  reference: text,
  note: v.optional(v.nullable(text)),
  corrections,
};
export const authoredPlace = v.strictObject({ ...placeFields, geometry: v.union([geometryRef, geometry]) });
export const place = v.strictObject({ ...placeFields, geometry });

const fatalityCount = v.nullable(v.pipe(v.number(), v.integer('a whole number'), v.minValue(0, 'a count of zero or more')));

export const event = v.strictObject({
  id,
  title: text,
  category: v.picklist(CATEGORIES),
  event_type: v.picklist(EVENT_TYPES),
  sub_event_type: text,
  status: v.picklist(['reported', 'alleged']),
  start: partialDate,
  end: v.nullable(partialDate),
  datePrecision,
  dateApproximate: v.optional(v.boolean(), false),
  geo_precision: v.picklist([1, 2, 3]),
  placeIds: v.pipe(ids, v.minLength(1, 'at least one place')),
  actors: v.optional(v.array(text), []),
  fatalities: v.strictObject({ low: fatalityCount, best: fatalityCount, high: fatalityCount }),
  sourceIds: v.pipe(ids, v.minLength(1, 'at least one source')),
  note: v.optional(v.nullable(text)),
  /** Only on events imported from ACLED: its event_id_cnty and time_precision (1 = the day is known, 3 = only the month). */
  acled: v.optional(v.strictObject({ id: text, time_precision: v.picklist([1, 2, 3]) })),
  corrections,
});

export const claim = v.strictObject({
  id,
  speaker: v.strictObject({ name: v.nullable(text), role: v.nullable(text) }),
  side,
  text,
  mode: v.picklist(['verbatim', 'paraphrase', 'anonymous']),
  saidOn: partialDate,
  saidOnPrecision: datePrecision,
  saidOnApproximate: v.optional(v.boolean(), false),
  topic: text,
  placeIds: v.optional(ids, []),
  eventIds: v.optional(ids, []),
  sourceIds: v.pipe(ids, v.minLength(1, 'at least one source')),
  disputes: v.optional(ids, []),
  supports: v.optional(ids, []),
  note: v.optional(v.nullable(text)),
  corrections,
});

export type Source = v.InferOutput<typeof source>;
export type AuthoredPlace = v.InferOutput<typeof authoredPlace>;
export type Place = v.InferOutput<typeof place>;
export type Event = v.InferOutput<typeof event>;
export type Claim = v.InferOutput<typeof claim>;
export type ClaimMode = Claim['mode'];
export type Correction = v.InferOutput<typeof correction>;

export interface Dataset {
  sources: Source[];
  places: Place[];
  events: Event[];
  claims: Claim[];
}
