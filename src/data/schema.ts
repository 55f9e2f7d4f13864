/**
 * The dataset's four record kinds (sources, places, events, claims), as zod schemas.
 * data/README.md documents every field; keep the two in step.
 *
 * Dates are partial ISO strings ("2009", "2009-10", "2009-10-28") so that a date known only
 * to the month is never written as if its day were known. The explicit precision field is
 * what the sidebar shows; validate.ts checks that it agrees with the string.
 */
// zod's mini build: the same validation in a fraction of the bytes the first view downloads.
import * as z from 'zod/mini';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().check(z.regex(ID_PATTERN, 'a lower-case slug such as "spin-boldak"'));
const ids = z.array(id);
const nonEmpty = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1, 'at least one item'));
const text = z.string().check(z.trim(), z.minLength(1, 'non-empty text'));

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export const datePrecision = z.enum(DATE_PRECISIONS);

export const partialDate = z
  .string()
  .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD'), z.refine(isRealCalendarDate, 'a real calendar date'));

function isRealCalendarDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const httpUrl = z
  .string()
  .check(z.refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), 'an http: or https: URL'));

export const CATEGORIES = [
  'military-operation',
  'bombing-attack',
  'airstrike',
  'border-clash',
  'talks-ceasefire',
  'displacement',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Who a speaker speaks for. Labels live here so that the data and the sidebar agree. */
export const SIDES = {
  'taliban-government': "Taliban's interim government (Islamic Emirate)",
  pakistan: "Pakistan's government, military or security services",
  ttp: 'Tehreek-e-Taliban Pakistan (TTP)',
  un: 'United Nations',
  mediators: 'Mediators (Qatar, Türkiye)',
  'united-states': 'United States',
  observers: 'Analysts and observers',
  publication: 'The publication itself',
} as const;
export type Side = keyof typeof SIDES;
const side = z.enum(Object.keys(SIDES) as [Side, ...Side[]]);

export const PLACE_KINDS = ['border', 'area', 'province', 'district', 'city', 'site', 'crossing'] as const;
export const PLACE_PRECISIONS = ['exact', 'approximate', 'area'] as const;

const lon = z.number().check(z.gte(-180, 'a longitude from -180 to 180'), z.lte(180, 'a longitude from -180 to 180'));
const lat = z.number().check(z.gte(-90, 'a latitude from -90 to 90'), z.lte(90, 'a latitude from -90 to 90'));
const position = z.tuple([lon, lat]);
const lineString = z.array(position).check(z.minLength(2, 'at least two positions'));
const ring = z
  .array(position)
  .check(
    z.minLength(4, 'a closed ring of at least four positions'),
    z.refine((r) => r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1], 'a ring whose last position repeats its first'),
  );

export const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  z.object({ type: z.literal('LineString'), coordinates: lineString }),
  z.object({ type: z.literal('MultiLineString'), coordinates: nonEmpty(lineString) }),
  z.object({ type: z.literal('Polygon'), coordinates: nonEmpty(ring) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: nonEmpty(nonEmpty(ring)) }),
]);
export type PlaceGeometry = z.infer<typeof geometry>;

/** In the authored files an area may point at a feature of a derived file instead of inlining it. */
export const geometryRef = z.object({
  ref: z.string().check(z.regex(/^geo\/[\w.-]+\.geojson#[a-z0-9-]+$/, 'a reference such as "geo/areas.geojson#khost"')),
});

export const source = z.strictObject({
  id,
  publisher: text,
  title: z.nullable(text),
  url: z.nullable(httpUrl),
  publishedOn: z.nullable(partialDate),
  publishedOnPrecision: z.nullable(datePrecision),
  accessedOn: z.nullable(partialDate),
  archiveUrl: z.optional(z.nullable(httpUrl)),
  note: z.optional(z.nullable(text)),
});

const placeFields = {
  id,
  name: text,
  altNames: z._default(z.array(text), []),
  kind: z.enum(PLACE_KINDS),
  country: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/, 'an ISO 3166 two-letter code'))),
  precision: z.enum(PLACE_PRECISIONS),
  reference: text,
  note: z.optional(z.nullable(text)),
};
export const authoredPlace = z.strictObject({ ...placeFields, geometry: z.union([geometryRef, geometry]) });
export const place = z.strictObject({ ...placeFields, geometry });

const fatalityCount = z.nullable(z.int().check(z.gte(0, 'a count of zero or more')));

export const event = z.strictObject({
  id,
  title: text,
  category: z.enum(CATEGORIES),
  event_type: z.enum([
    'Battles',
    'Explosions/Remote violence',
    'Violence against civilians',
    'Strategic developments',
    'Protests',
    'Riots',
  ]),
  sub_event_type: text,
  status: z.enum(['reported', 'alleged']),
  start: partialDate,
  end: z.nullable(partialDate),
  datePrecision,
  dateApproximate: z._default(z.boolean(), false),
  geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  placeIds: ids.check(z.minLength(1, 'at least one place')),
  actors: z._default(z.array(text), []),
  fatalities: z.strictObject({ low: fatalityCount, best: fatalityCount, high: fatalityCount }),
  sourceIds: ids.check(z.minLength(1, 'at least one source')),
  note: z.optional(z.nullable(text)),
});

export const claim = z.strictObject({
  id,
  speaker: z.strictObject({ name: z.nullable(text), role: z.nullable(text) }),
  side,
  text,
  mode: z.enum(['verbatim', 'paraphrase', 'anonymous']),
  saidOn: partialDate,
  saidOnPrecision: datePrecision,
  saidOnApproximate: z._default(z.boolean(), false),
  topic: text,
  placeIds: z._default(ids, []),
  eventIds: z._default(ids, []),
  sourceIds: ids.check(z.minLength(1, 'at least one source')),
  disputes: z._default(ids, []),
  supports: z._default(ids, []),
  note: z.optional(z.nullable(text)),
});

export type Source = z.infer<typeof source>;
export type AuthoredPlace = z.infer<typeof authoredPlace>;
export type Place = z.infer<typeof place>;
export type Event = z.infer<typeof event>;
export type Claim = z.infer<typeof claim>;
export type ClaimMode = Claim['mode'];

export interface Dataset {
  sources: Source[];
  places: Place[];
  events: Event[];
  claims: Claim[];
}
