/**
 * Property tests that try to break the dataset's gatekeepers: validateDataset (validate.ts)
 * and loadPublishedDataset (load.ts). Whatever they are given, they must not throw; a broken
 * dataset must never come back `ok`; and every error must name the file (and, for a broken
 * record, the record) so that an editor or a reader can find it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay, periodOf, precisionOf } from '../../src/data/dates.ts';
import { loadPublishedDataset, type Fetcher } from '../../src/data/load.ts';
import { publishDataset, PUBLISHED_FILES } from '../../src/data/publish.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { ID_PATTERN } from '../../src/data/vocabulary.ts';
import { formatDataError, type DataError } from '../../src/data/errors.ts';
import { validateDataset, type ValidationResult } from '../../src/data/validate.ts';
import { asFiles, fixtureRecords, TODAY } from './fixtures.ts';

const RUNS = { numRuns: 200 };
type Records = ReturnType<typeof fixtureRecords>;
type Kind = keyof Records;
const KINDS: Kind[] = ['sources', 'places', 'events', 'claims'];
const FILE: Record<Kind, string> = { sources: 'sources.json', places: 'places.json', events: 'events.json', claims: 'claims.json' };
const COUNTS: Record<Kind, number> = { sources: 1, places: 3, events: 4, claims: 3 };

/** Runs validateDataset and fails the property, with the input, if it throws. */
function validate(records: Record<Kind, unknown>): ValidationResult {
  const files = {
    sources: { name: FILE.sources, json: records.sources },
    places: { name: FILE.places, json: records.places },
    events: { name: FILE.events, json: records.events },
    claims: { name: FILE.claims, json: records.claims },
  };
  return validateDataset(files, { today: TODAY });
}

/** Every error is well formed, names one of the files and formats without throwing. */
function expectWellFormed(errors: DataError[], files: string[]) {
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(files).toContain(error.file);
    expect(error.record === null || (typeof error.record === 'string' && error.record.length > 0)).toBe(true);
    expect(error.field === null || typeof error.field === 'string').toBe(true);
    expect(typeof error.message).toBe('string');
    expect(error.message.trim()).not.toBe('');
    expect(formatDataError(error).startsWith(error.file)).toBe(true);
  }
}

/** Nothing in an accepted dataset points at something that is not there, and no id is used twice. */
function expectConsistent(dataset: Dataset) {
  const ids = (records: { id: string }[]) => {
    const set = new Set(records.map((r) => r.id));
    expect(set.size).toBe(records.length);
    return set;
  };
  const [sources, places, events, claims] = [ids(dataset.sources), ids(dataset.places), ids(dataset.events), ids(dataset.claims)];
  const within = (list: string[], known: Set<string>) => list.forEach((id) => expect(known).toContain(id));
  for (const e of dataset.events) {
    within(e.placeIds, places);
    within(e.sourceIds, sources);
    expect(periodOf(e.end ?? e.start).last).toBeGreaterThanOrEqual(periodOf(e.start).first);
  }
  for (const c of dataset.claims) {
    within(c.placeIds, places);
    within(c.eventIds, events);
    within(c.sourceIds, sources);
    within(c.disputes, claims);
    within(c.supports, claims);
  }
}

describe('validateDataset on arbitrary JSON', () => {
  const values = [
    ['fc.jsonValue()', fc.jsonValue()],
    ['fc.anything()', fc.anything()],
    ['fc.anything() with null prototypes and sparse arrays', fc.anything({ withNullPrototype: true, withSparseArray: true })],
    ['fc.json() parsed', fc.json().map((text) => JSON.parse(text) as unknown)],
  ] as const;

  it.each(values)('never throws with %s as any one of the four files, and names that file', (_, value) => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), value, (kind, json) => {
        const records: Record<Kind, unknown> = fixtureRecords();
        records[kind] = json;
        const result = validate(records);
        if (result.ok) {
          // Only a list of valid claims can stand in for claims.json (nothing else refers to a claim by itself).
          expect(kind).toBe('claims');
          expectConsistent(result.dataset);
          return;
        }
        expectWellFormed(result.errors, Object.values(FILE));
        // Not a list of records: the file itself is named. A list of wrong records may be
        // reported where it shows (an empty sources.json, at the events that cite a source).
        if (!Array.isArray(json)) {
          expect(result.errors).toContainEqual(expect.objectContaining({ file: FILE[kind], record: null }));
        }
      }),
      RUNS,
    );
  });

  it('never throws with all four files arbitrary', () => {
    fc.assert(
      fc.property(fc.anything(), fc.jsonValue(), fc.anything(), fc.jsonValue(), (sources, places, events, claims) => {
        const result = validate({ sources, places, events, claims });
        if (result.ok) expectConsistent(result.dataset);
        else expectWellFormed(result.errors, Object.values(FILE));
      }),
      RUNS,
    );
  });

  it('never throws when the fixture’s records have arbitrary values in arbitrary fields', () => {
    // Structure-aware: the right keys, with anything in them, so that records get past the
    // "is it an array of objects" checks and into the schema and the cross-record checks.
    const field = fc.tuple(fc.constantFrom(...KINDS), fc.nat(3), fc.string({ maxLength: 12 }), fc.anything());
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 6 }), fc.boolean(), (changes, useKnownKey) => {
        const records = fixtureRecords();
        for (const [kind, i, key, value] of changes) {
          const record = records[kind][i % COUNTS[kind]];
          const keys = Object.keys(record);
          record[useKnownKey ? keys[key.length % keys.length] : key] = value;
        }
        const result = validate(records);
        if (result.ok) expectConsistent(result.dataset);
        else expectWellFormed(result.errors, Object.values(FILE));
      }),
      RUNS,
    );
  });
});

/* ------------------------------------------------------------------------------------------ */
/* Mutations of the valid fixture, each with the error it must produce.                        */
/* ------------------------------------------------------------------------------------------ */

interface Expected {
  file: string;
  record: string;
  /** The exact field, or a prefix of it (a coordinate deep in a geometry). */
  field: string;
  fieldIsPrefix?: boolean;
}

interface Mutation {
  describe: string;
  kind: Kind;
  index: number;
  apply: (records: Records) => Expected;
}

const slugPart = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 10 });
const unknownSlug = (known: () => Set<string>) =>
  fc
    .array(slugPart, { minLength: 1, maxLength: 4 })
    .map((parts) => parts.join('-'))
    .filter((slug) => ID_PATTERN.test(slug) && !known().has(slug));

const FIXTURE_IDS = Object.fromEntries(KINDS.map((kind) => [kind, new Set(fixtureRecords()[kind].map((r) => r.id as string))])) as Record<
  Kind,
  Set<string>
>;
const fixtureIds = (kind: Kind) => FIXTURE_IDS[kind];
const FIXTURE_STARTS = fixtureRecords().events.map((e) => periodOf(e.start).first);

const REFERENCE_FIELDS: { kind: 'events' | 'claims'; field: string; target: Kind }[] = [
  { kind: 'events', field: 'placeIds', target: 'places' },
  { kind: 'events', field: 'sourceIds', target: 'sources' },
  { kind: 'claims', field: 'placeIds', target: 'places' },
  { kind: 'claims', field: 'eventIds', target: 'events' },
  { kind: 'claims', field: 'sourceIds', target: 'sources' },
  { kind: 'claims', field: 'disputes', target: 'claims' },
  { kind: 'claims', field: 'supports', target: 'claims' },
];

const brokenReference: fc.Arbitrary<Mutation> = fc.constantFrom(...REFERENCE_FIELDS).chain(({ kind, field, target }) =>
  fc
    .record({ index: fc.nat(COUNTS[kind] - 1), at: fc.nat(), slug: unknownSlug(() => fixtureIds(target)) })
    .map(({ index, at, slug }): Mutation => ({
      describe: `${kind}[${index}].${field} ← "${slug}"`,
      kind,
      index,
      apply: (records) => {
        const record = records[kind][index];
        const list: string[] = [...(record[field] ?? [])];
        // Replace an existing reference, or add one where the list is empty.
        if (list.length > 0) list[at % list.length] = slug;
        else list.push(slug);
        record[field] = list;
        return { file: FILE[kind], record: record.id, field };
      },
    })),
);

const REQUIRED: Record<Kind, string[]> = {
  sources: ['id', 'publisher', 'title', 'url', 'publishedOn', 'publishedOnPrecision', 'accessedOn'],
  places: ['id', 'name', 'kind', 'country', 'precision', 'reference', 'geometry'],
  events: [
    'id',
    'title',
    'category',
    'event_type',
    'sub_event_type',
    'status',
    'start',
    'end',
    'datePrecision',
    'geo_precision',
    'placeIds',
    'fatalities',
    'sourceIds',
  ],
  claims: ['id', 'speaker', 'side', 'text', 'mode', 'saidOn', 'saidOnPrecision', 'topic', 'sourceIds'],
};

const missingField: fc.Arbitrary<Mutation> = fc
  .constantFrom(...KINDS)
  .chain((kind) => fc.tuple(fc.constant(kind), fc.nat(COUNTS[kind] - 1), fc.constantFrom(...REQUIRED[kind])))
  .map(([kind, index, field]): Mutation => ({
    describe: `${kind}[${index}] without ${field}`,
    kind,
    index,
    apply: (records) => {
      const record = records[kind][index];
      const id = record.id;
      delete record[field];
      // A record without an id is named by its position.
      return { file: FILE[kind], record: field === 'id' ? `record #${index + 1}` : id, field };
    },
  }));

/** A number outside [-limit, limit], or not a finite number at all. */
const outOfRange = (limit: number) =>
  fc.oneof(
    fc.double({ min: limit, max: 1e308, noNaN: true, minExcluded: true }),
    fc.double({ min: -1e308, max: -limit, noNaN: true, maxExcluded: true }),
    fc.constantFrom(Number.NaN, Infinity, -Infinity, limit + 1e-9, -limit - 1e-9),
  );

const badCoordinate: fc.Arbitrary<Mutation> = fc
  .record({ index: fc.nat(COUNTS.places - 1), axis: fc.constantFrom(0, 1), vertex: fc.nat(4) })
  .chain(({ index, axis, vertex }) =>
    outOfRange(axis === 0 ? 180 : 90).map((value): Mutation => ({
      describe: `places[${index}] ${axis === 0 ? 'longitude' : 'latitude'} ${value}`,
      kind: 'places',
      index,
      apply: (records) => {
        const place = records.places[index];
        const { geometry } = place;
        if (geometry.type === 'Point') geometry.coordinates[axis] = value;
        else geometry.coordinates[0][vertex % geometry.coordinates[0].length][axis] = value;
        return { file: FILE.places, record: place.id, field: 'geometry', fieldIsPrefix: true };
      },
    })),
  );

/** A partial date (of a random precision) written as the schema wants it. */
function partialOf(day: number, precision: 'year' | 'month' | 'day'): string {
  const iso = isoDay(day);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}
const precisions = fc.constantFrom('year' as const, 'month' as const, 'day' as const);

const endBeforeStart: fc.Arbitrary<Mutation> = fc
  .record({
    index: fc.nat(COUNTS.events - 1),
    day: fc.integer({ min: dayNumber('1000-01-01'), max: dayNumber('2014-12-31') }),
    precision: precisions,
  })
  .filter(({ index, day, precision }) => periodOf(partialOf(day, precision)).last < FIXTURE_STARTS[index])
  .map(({ index, day, precision }): Mutation => ({
    describe: `events[${index}].end ← ${partialOf(day, precision)}`,
    kind: 'events',
    index,
    apply: (records) => {
      const event = records.events[index];
      event.end = partialOf(day, precision);
      return { file: FILE.events, record: event.id, field: 'end' };
    },
  }));

const duplicateId: fc.Arbitrary<Mutation> = fc
  .constantFrom(...KINDS)
  .chain((kind) => fc.tuple(fc.constant(kind), fc.nat(COUNTS[kind] - 1), fc.nat(COUNTS[kind] - 1), fc.boolean()))
  .map(([kind, index, other, copy]): Mutation => ({
    describe: copy || index === other ? `${kind}[${index}] copied` : `${kind}[${other}] renamed to ${kind}[${index}]'s id`,
    kind,
    index,
    apply: (records) => {
      const record = records[kind][index];
      if (copy || index === other) records[kind].push(structuredClone(record));
      else records[kind][other].id = record.id;
      return { file: FILE[kind], record: record.id, field: 'id' };
    },
  }));

const DATE_FIELDS: { kind: Kind; field: string; precisionField: string | null }[] = [
  { kind: 'sources', field: 'publishedOn', precisionField: 'publishedOnPrecision' },
  { kind: 'sources', field: 'accessedOn', precisionField: null },
  { kind: 'events', field: 'start', precisionField: 'datePrecision' },
  { kind: 'events', field: 'end', precisionField: null },
  { kind: 'claims', field: 'saidOn', precisionField: 'saidOnPrecision' },
];

const futureDate: fc.Arbitrary<Mutation> = fc
  .record({
    target: fc.constantFrom(...DATE_FIELDS),
    index: fc.nat(3),
    day: fc.integer({ min: dayNumber(TODAY) + 1, max: dayNumber('9999-12-31') }),
    precision: precisions,
  })
  .filter(({ day, precision }) => periodOf(partialOf(day, precision)).first > periodOf(TODAY).first)
  .map(({ target: { kind, field, precisionField }, index: i, day, precision }): Mutation => {
    const index = i % COUNTS[kind];
    const date = partialOf(day, precision);
    return {
      describe: `${kind}[${index}].${field} ← ${date}`,
      kind,
      index,
      apply: (records) => {
        const record = records[kind][index];
        record[field] = date;
        if (precisionField) record[precisionField] = precisionOf(date);
        return { file: FILE[kind], record: record.id, field };
      },
    };
  });

const MUTATIONS = {
  'an unknown reference': brokenReference,
  'a missing required field': missingField,
  'a coordinate out of range': badCoordinate,
  'an end before its start': endBeforeStart,
  'a duplicate id': duplicateId,
  'a date in the future': futureDate,
};

function matches(error: DataError, expected: Expected): boolean {
  return (
    error.file === expected.file &&
    error.record === expected.record &&
    (expected.fieldIsPrefix ? (error.field ?? '').startsWith(expected.field) : error.field === expected.field)
  );
}

describe('validateDataset on a valid dataset with one thing broken', () => {
  it('accepts the fixture as it is (the baseline every mutation starts from)', () => {
    expect(validate(fixtureRecords()).ok).toBe(true);
  });

  it.each(Object.entries(MUTATIONS))('refuses %s, naming the file, the record and the field', (_, mutation) => {
    fc.assert(
      fc.property(mutation, (m) => {
        const records = fixtureRecords();
        const expected = m.apply(records);
        const result = validate(records);
        expect(result.ok, m.describe).toBe(false);
        if (result.ok) return;
        expectWellFormed(result.errors, Object.values(FILE));
        expect(
          result.errors.some((e) => matches(e, expected)),
          `${m.describe}: expected an error at ${JSON.stringify(expected)}, got ${JSON.stringify(result.errors)}`,
        ).toBe(true);
      }),
      RUNS,
    );
  });

  it('reports every one of several breakages in different records at once', () => {
    // Mutations that leave ids alone, so that each record keeps its name.
    const keepsIds = fc.oneof(brokenReference, badCoordinate, endBeforeStart, futureDate);
    fc.assert(
      fc.property(fc.uniqueArray(keepsIds, { minLength: 2, maxLength: 4, selector: (m) => `${m.kind}[${m.index}]` }), (mutations) => {
        const records = fixtureRecords();
        const expected = mutations.map((m) => m.apply(records));
        const result = validate(records);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        for (const [i, e] of expected.entries()) {
          expect(
            result.errors.some((error) => matches(error, e)),
            `${mutations[i].describe} not reported`,
          ).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

/* ------------------------------------------------------------------------------------------ */
/* loadPublishedDataset with a fetcher that misbehaves.                                         */
/* ------------------------------------------------------------------------------------------ */

const FOLDER = 'https://maps.example.org/border/data/';

function publishedFixture(): Record<string, unknown> {
  const result = validateDataset(asFiles(fixtureRecords()), { today: TODAY });
  if (!result.ok) throw new Error('fixture is invalid');
  return publishDataset(result.dataset);
}

/** What the fake server does for one of the four files. */
type Answer =
  | { kind: 'valid' }
  | { kind: 'broken-reference'; slug: string }
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'json'; value: unknown }
  | { kind: 'features'; features: unknown[] }
  | { kind: 'status'; status: number }
  | { kind: 'network-error' }
  | { kind: 'throws-synchronously' };

const answer: fc.Arbitrary<Answer> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'valid' as const }), weight: 4 },
  fc.record({
    kind: fc.constant('broken-reference' as const),
    slug: unknownSlug(() => new Set([...fixtureIds('places'), ...fixtureIds('sources'), ...fixtureIds('events'), ...fixtureIds('claims')])),
  }),
  fc.record({ kind: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 64 }) }),
  fc.record({ kind: fc.constant('json' as const), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ kind: fc.constant('features' as const), features: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('status' as const), status: fc.oneof(fc.integer({ min: 300, max: 599 }), fc.constant(204)) }),
  fc.constant({ kind: 'network-error' as const }),
  fc.constant({ kind: 'throws-synchronously' as const }),
);

/** The four files' answers, as a fake fetch. */
function fakeFetcher(answers: Record<string, Answer>): Fetcher {
  const published = publishedFixture() as Record<string, any>;
  return (url) => {
    const file = url.slice(FOLDER.length);
    const a = answers[file];
    const json = (value: unknown) => Promise.resolve(new Response(JSON.stringify(value)));
    switch (a.kind) {
      case 'valid':
        return json(published[file]);
      case 'broken-reference': {
        // An event or claim that refers to something that is not there; places and sources
        // get a broken reference through an extra event (events.geojson is fetched too).
        const value = structuredClone(published[file]);
        if (file === 'events.geojson') value.features[0].properties.placeIds = [a.slug];
        else if (file === 'claims.json') value[0].sourceIds = [a.slug];
        else if (file === 'places.geojson')
          value.features[0].properties.id = a.slug; // 'town' disappears
        else value[0].id = a.slug; // 'paper' disappears
        return json(value);
      }
      case 'bytes':
        return Promise.resolve(new Response(Uint8Array.from(a.bytes)));
      case 'json':
        return json(a.value);
      case 'features':
        return json({ type: 'FeatureCollection', features: a.features });
      case 'status':
        return Promise.resolve(new Response(a.status === 204 || a.status === 304 ? null : 'error page', { status: a.status }));
      case 'network-error':
        return Promise.reject(new TypeError('Failed to fetch'));
      case 'throws-synchronously':
        throw new Error('fetcher exploded');
    }
  };
}

/** Whether the answer is a readable JSON file, whatever its content. */
function readable(a: Answer): boolean {
  if (a.kind === 'bytes') {
    try {
      JSON.parse(new TextDecoder().decode(a.bytes));
      return true;
    } catch {
      return false;
    }
  }
  return a.kind === 'valid' || a.kind === 'broken-reference' || a.kind === 'json' || a.kind === 'features';
}

const answers = fc.record(
  Object.fromEntries(PUBLISHED_FILES.map((f) => [f, answer])) as Record<(typeof PUBLISHED_FILES)[number], typeof answer>,
);

describe('loadPublishedDataset with a misbehaving server', () => {
  it('never throws, never accepts a broken dataset, and names the URL of what failed', async () => {
    await fc.assert(
      fc.asyncProperty(answers, async (files) => {
        const result = await loadPublishedDataset(FOLDER, { today: TODAY, fetcher: fakeFetcher(files), timeoutMs: 1000 });
        const failed = Object.entries(files).filter(([, a]) => !readable(a) || a.kind === 'broken-reference');
        if (result.ok) {
          expectConsistent(result.dataset);
          // Only files whose random content happens to be acceptable may differ from the original.
          expect(failed).toEqual([]);
          return;
        }
        expectWellFormed(
          result.errors,
          PUBLISHED_FILES.map((f) => `${FOLDER}${f}`),
        );
        // A file that could not be read at all is named.
        for (const [file, a] of failed) {
          if (!readable(a)) expect(result.errors.map((e) => e.file)).toContain(`${FOLDER}${file}`);
        }
      }),
      RUNS,
    );
  });

  it('refuses, rather than shows, a published dataset with a broken reference', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PUBLISHED_FILES),
        unknownSlug(
          () => new Set(['town', 'province', 'venue', 'paper', 'operation', 'bombing', 'school', 'yearly', 'a-says', 'b-says', 'talks']),
        ),
        async (file, slug) => {
          const files = Object.fromEntries(PUBLISHED_FILES.map((f) => [f, { kind: 'valid' } as Answer]));
          files[file] = { kind: 'broken-reference', slug };
          const result = await loadPublishedDataset(FOLDER, { today: TODAY, fetcher: fakeFetcher(files) });
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.errors.some((e) => e.record !== null && e.field !== null)).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('never throws when the fetcher rejects with something that is not an Error', async () => {
    // window.fetch always rejects with an Error, but the Fetcher type admits any rejection, and
    // a wrapper (a service worker shim, a test double, a polyfill) may reject with anything.
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom<unknown>(undefined, null, 0, '', 'offline', {}, Object.create(null), Symbol('offline')),
          fc.anything({ withNullPrototype: true }),
        ),
        async (reason) => {
          const fetcher: Fetcher = () => Promise.reject(reason);
          const outcome = await loadPublishedDataset(FOLDER, { today: TODAY, fetcher }).then(
            (result) => ({ threw: false as const, result }),
            (error: unknown) => ({ threw: true as const, error: String(error) }),
          );
          expect(outcome.threw ? `threw ${outcome.error}` : 'returned', `rejecting with ${fc.stringify(reason)}`).toBe('returned');
          if (!outcome.threw) expect(outcome.result.ok).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });
});
