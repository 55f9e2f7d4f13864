/**
 * Property tests for what a link can do to the page: readUrlState and writeUrlState
 * (src/state/url-state.ts) and chooseDataset (src/state/dataset-url.ts) on arbitrary,
 * hostile and huge query strings. They must never throw, must return only valid values, and
 * what they write must read back as what they read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay } from '../../src/data/dates.ts';
import { CATEGORIES, ID_PATTERN, SIDES } from '../../src/data/vocabulary.ts';
import { BUILT_IN_DATA, chooseDataset } from '../../src/state/dataset-url.ts';
import { readUrlState, writeUrlState, type UrlState } from '../../src/state/url-state.ts';
import { HOSTILE_STRINGS } from '../hostile-strings.ts';

const RUNS = { numRuns: 200 };
const KEYS = ['place', 'from', 'to', 'cats', 'view', 'embed', 'lang', 'show', 'q', 'sides', 'speaker', 'claim', 'zoom', 'data', 'childId'];

/* Arbitrary query strings ----------------------------------------------------------------- */

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const dateLike = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
/** Real calendar days, from before year 1 to after 9999 (where isoDay stops writing four digits). */
const realDate = fc.integer({ min: -800_000, max: 3_000_000 }).map(isoDay);
const validView = fc
  .tuple(
    fc.double({ min: 0, max: 22, noNaN: true }),
    fc.double({ min: -85, max: 85, noNaN: true }),
    fc.double({ min: -180, max: 180, noNaN: true }),
  )
  .chain(([z, lat, lon]) => fc.nat(6).map((digits) => [z, lat, lon].map((x) => x.toFixed(digits)).join('/')));
const numberText = fc.oneof(
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom('1e400', '-1e400', 'NaN', 'Infinity', '-0', '0x10', '1_000', '١٢٣', '９', '.5', '5.', '+5'),
);
const hostile = fc.constantFrom(
  ...HOSTILE_STRINGS,
  'spin‐boldak', // a Unicode hyphen
  'SPIN-BOLDAK',
  'spin--boldak',
  '-spin-boldak',
);
/** Up to 100 000 characters, built by repetition so that huge inputs stay cheap to generate. */
const huge = fc
  .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }), fc.integer({ min: 1_000, max: 100_000 }))
  .map(([chunk, length]) => chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length));
const views = fc
  .tuple(numberText, numberText, numberText, fc.array(numberText, { maxLength: 2 }))
  .map(([a, b, c, rest]) => [a, b, c, ...rest].join('/'));
const categoryLists = fc
  .array(fc.oneof(fc.constantFrom(...CATEGORIES), fc.string({ maxLength: 8 })), { maxLength: 8 })
  .map((cats) => cats.join(','));
const sideLists = fc
  .array(fc.oneof(fc.constantFrom(...Object.keys(SIDES)), fc.string({ maxLength: 8 })), { maxLength: 8 })
  .map((sides) => sides.join(','));
const validZoom = fc
  .tuple(fc.integer({ min: 0, max: 2_900_000 }), fc.integer({ min: 1, max: 10_000 }))
  .map(([first, width]) => `${isoDay(first)}..${isoDay(first + width)}`);
const zooms = fc
  .tuple(fc.oneof(realDate, dateLike), fc.oneof(realDate, dateLike), fc.constantFrom('..', '.', ',', '..x..'))
  .map(([a, b, sep]) => `${a}${sep}${b}`);
const value = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.stringMatching(ID_PATTERN),
  dateLike,
  realDate,
  validView,
  fc.constantFrom('1', 'true', 'spin-boldak', 'kabul'),
  numberText,
  hostile,
  views,
  categoryLists,
  huge,
);
const key = fc.oneof({ arbitrary: fc.constantFrom(...KEYS), weight: 6 }, fc.string({ unit: 'binary', maxLength: 8 }));
/** A parameter with a value meant for it (valid or nearly so), or any key with any value. */
const param: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(fc.constant('place'), fc.oneof(fc.stringMatching(ID_PATTERN), hostile, value)),
  fc.tuple(fc.constantFrom('from', 'to'), fc.oneof(realDate, dateLike, value)),
  fc.tuple(fc.constant('cats'), fc.oneof(categoryLists, value)),
  fc.tuple(fc.constant('view'), fc.oneof(validView, views, value)),
  fc.tuple(fc.constant('embed'), fc.oneof(fc.constantFrom('1', 'true', '0', 'yes', 'TRUE'), value)),
  fc.tuple(fc.constant('lang'), fc.oneof(fc.constantFrom('en', 'ur', 'ps', 'fa-AF', 'fa', 'UR', 'ps-AF'), value)),
  fc.tuple(fc.constant('show'), fc.oneof(fc.constantFrom('accounts', 'Accounts', 'map'), value)),
  fc.tuple(fc.constantFrom('q', 'speaker'), fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), hostile, value)),
  fc.tuple(fc.constant('sides'), fc.oneof(sideLists, value)),
  fc.tuple(fc.constant('claim'), fc.oneof(fc.stringMatching(ID_PATTERN), hostile, value)),
  fc.tuple(fc.constant('zoom'), fc.oneof(validZoom, zooms, value)),
  fc.tuple(key, value),
);
/** A query with known and unknown keys, each value encoded, raw or half-encoded. */
const structuredQuery = fc
  .array(fc.tuple(param, fc.constantFrom('encoded', 'raw', 'keyOnly')), { maxLength: 8 })
  .map((pairs) =>
    pairs
      .map(([[k, v], how]) =>
        how === 'keyOnly'
          ? k
          : how === 'raw'
            ? `${k}=${v}`
            : `${encodeURIComponent(toWellFormed(k))}=${encodeURIComponent(toWellFormed(v))}`,
      )
      .join('&'),
  )
  .chain((query) => fc.constantFrom(`?${query}`, query, `??${query}`, `?${query}#frag`));
const fromWebUrl = fc
  .webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https'] })
  .map((url) => new URL(url).search);

const searches = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fromWebUrl,
  { arbitrary: structuredQuery, weight: 5 },
  huge.map((h) => `?place=${h}&from=${h}&to=${h}&view=${h}&cats=${h}`),
);

/** encodeURIComponent throws on a lone surrogate; the browser would have replaced it with U+FFFD. */
function toWellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/* What a valid state is ------------------------------------------------------------------- */

const VALIDATORS: Record<string, (v: unknown) => boolean> = {
  place: (v) => v === null || (typeof v === 'string' && ID_PATTERN.test(v)),
  from: (v) => v === null || isDayNumber(v),
  to: (v) => v === null || isDayNumber(v),
  cats: (v) =>
    v === null ||
    (Array.isArray(v) && v.length > 0 && new Set(v).size === v.length && v.every((c) => (CATEGORIES as readonly unknown[]).includes(c))),
  view: (v) =>
    v === null ||
    (typeof v === 'object' &&
      Object.values(v as object).every(Number.isFinite) &&
      (v as { zoom: number }).zoom >= 0 &&
      (v as { zoom: number }).zoom <= 22 &&
      Math.abs((v as { lat: number }).lat) <= 90 &&
      Math.abs((v as { lon: number }).lon) <= 180),
  embed: (v) => v === null || v === true,
  lang: (v) => v === null || ['en', 'ur', 'ps', 'fa-AF'].includes(v as string),
  show: (v) => v === null || v === 'accounts',
  q: isText,
  speaker: isText,
  sides: (v) =>
    v === null || (Array.isArray(v) && v.length > 0 && new Set(v).size === v.length && v.every((s) => Object.keys(SIDES).includes(s))),
  claim: (v) => v === null || (typeof v === 'string' && ID_PATTERN.test(v)),
  zoom: (v) =>
    v === null ||
    (typeof v === 'object' &&
      isDayNumber((v as { first: number }).first) &&
      isDayNumber((v as { last: number }).last) &&
      (v as { first: number }).first < (v as { last: number }).last),
};

/** Text a reader typed: trimmed, 1 to 120 characters, no control characters. */
function isText(v: unknown): boolean {
  return v === null || (typeof v === 'string' && v.length > 0 && v.length <= 120 && v === v.trim() && !/[\u0000-\u001f\u007f]/.test(v));
}

function isDayNumber(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && /^\d{4}-\d{2}-\d{2}$/.test(isoDay(v));
}

function expectValid(state: UrlState) {
  for (const [k, v] of Object.entries(state)) {
    const validator = VALIDATORS[k];
    if (validator) expect(validator(v), `${k} = ${JSON.stringify(v)}`).toBe(true);
    // A field this test does not know yet must still be a plain, JSON-like value.
    else expect(v === null || ['string', 'number', 'boolean', 'object'].includes(typeof v), k).toBe(true);
  }
  expect(Object.keys(state)).toEqual(expect.arrayContaining(['place', 'from', 'to']));
}

/** Equal, except that a map view may be rounded when written (to 0.01 zoom and 0.0001°). */
function expectSameState(actual: UrlState, expected: UrlState) {
  const { view: actualView, ...actualRest } = actual as UrlState & { view?: { zoom: number; lat: number; lon: number } | null };
  const { view: expectedView, ...expectedRest } = expected as UrlState & { view?: { zoom: number; lat: number; lon: number } | null };
  expect(actualRest).toEqual(expectedRest);
  if (expectedView == null || actualView == null) {
    expect(actualView ?? null).toEqual(expectedView ?? null);
  } else {
    expect(Math.abs(actualView.zoom - expectedView.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(Math.abs(actualView.lat - expectedView.lat)).toBeLessThanOrEqual(0.00005 + 1e-9);
    expect(Math.abs(actualView.lon - expectedView.lon)).toBeLessThanOrEqual(0.00005 + 1e-9);
  }
}

describe('readUrlState on arbitrary query strings', () => {
  it('is fed queries that reach every valid value, not only the defaults (else the round trip proves nothing)', () => {
    const states = fc.sample(searches, { numRuns: 1000, seed: 6 }).map(readUrlState);
    for (const k of Object.keys(readUrlState(''))) {
      expect(states.filter((s) => s[k as keyof UrlState] !== null).length, `non-null ${k}`).toBeGreaterThan(5);
    }
    // 1000 samples of up to 100 000 characters: several seconds on a busy machine.
  }, 30_000);

  it('never throws and returns only valid values', () => {
    fc.assert(
      fc.property(searches, (search) => {
        expectValid(readUrlState(search));
      }),
      RUNS,
    );
  });

  it.each([
    ['a 100 000-character place', `?place=${'a'.repeat(100_000)}`],
    ['100 000 digits as a date', `?from=${'9'.repeat(100_000)}&to=-${'9'.repeat(100_000)}`],
    ['a 100 000-part view', `?view=${'1/'.repeat(50_000)}`],
    ['100 000 commas as categories', `?cats=${','.repeat(100_000)}`],
    ['100 000 parameters', `?${'place=a&'.repeat(12_500)}`],
    ['a script in every value', '?place=<script>alert(1)</script>&from=<script>&to=</script>&view=<b>&cats=<i>&embed=<u>'],
    ['impossible dates', '?from=9999-99-99&to=2009-02-29'],
    ['a view with infinite numbers', '?view=999/abc/1e400'],
  ])('copes with %s', (_, search) => {
    const state = readUrlState(search);
    expectValid(state);
  });

  it('reads what it wrote: writeUrlState(readUrlState(x)) reads back as readUrlState(x)', () => {
    fc.assert(
      fc.property(searches, (search) => {
        const state = readUrlState(search);
        // Written over the original query (keeping parameters it does not own) and on its own.
        for (const base of [search, '']) {
          const written = writeUrlState(base, state);
          expect(typeof written).toBe('string');
          expectSameState(readUrlState(written), state);
        }
      }),
      RUNS,
    );
  });

  it('writes a query that is a fixed point: writing what it read changes nothing more', () => {
    fc.assert(
      fc.property(searches, (search) => {
        const once = writeUrlState(search, readUrlState(search));
        const twice = writeUrlState(once, readUrlState(once));
        expect(twice).toBe(once);
      }),
      RUNS,
    );
  });

  it('keeps the parameters it does not own, exactly', () => {
    fc.assert(
      fc.property(searches, (search) => {
        const owned = new Set(Object.keys(readUrlState('')));
        const others = (query: string) => [...new URLSearchParams(query)].filter(([k]) => !owned.has(k)).map(([k, v]) => `${k}=${v}`);
        expect(others(writeUrlState(search, readUrlState(search)))).toEqual(others(search));
      }),
      RUNS,
    );
  });
});

/* chooseDataset -------------------------------------------------------------------------- */

const pageUrls = fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https'] });
const dataValues = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.webUrl({ validSchemes: ['http', 'https', 'ftp', 'file', 'javascript', 'data', 'blob', 'ws'] }),
  fc.constantFrom(
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:application/json,[]',
    'blob:https://example.org/x',
    'file:///etc/passwd',
    '//evil.example.com/x/',
    '/\\evil.example.com/x/',
    '\\\\evil.example.com\\x\\',
    'http://127.0.0.2:9/x/',
    'http:evil.example.com',
    'https://user:pass@evil.example.com/',
    '../../../',
    'data/',
    './data',
    '%2e%2e/',
  ),
  huge,
);

describe('chooseDataset on arbitrary ?data= values', () => {
  it('never throws, and only ever opens the built-in data, a same-origin or an allowed-origin folder over http(s)', () => {
    fc.assert(
      fc.property(
        dataValues,
        pageUrls,
        fc.array(fc.webUrl({ validSchemes: ['http', 'https'] }), { maxLength: 3 }),
        fc.boolean(),
        (data, pageUrl, allowed, encode) => {
          const search = `?data=${encode ? encodeURIComponent(toWellFormed(data)) : data}`;
          const choice = chooseDataset(search, pageUrl, allowed);
          const builtIn = new URL(BUILT_IN_DATA, pageUrl).href;
          const origins = [new URL(pageUrl).origin, ...allowed.map((o) => new URL(o).origin)];
          switch (choice.kind) {
            case 'built-in':
              expect(choice.url).toBe(builtIn);
              break;
            case 'custom': {
              const url = new URL(choice.url);
              expect(['http:', 'https:']).toContain(url.protocol);
              expect(origins).toContain(url.origin);
              expect(url.pathname.endsWith('/')).toBe(true);
              expect(choice.url).not.toBe(builtIn);
              break;
            }
            case 'refused':
              expect(choice.url).toBe(builtIn);
              expect(choice.requested.length).toBeLessThanOrEqual(300);
              expect(choice.reason.trim()).not.toBe('');
              break;
            default:
              throw new Error(`unexpected choice ${JSON.stringify(choice)}`);
          }
        },
      ),
      RUNS,
    );
  }, 30_000);

  it('never throws on arbitrary query strings, and opens the built-in data when ?data= is absent or empty', () => {
    fc.assert(
      fc.property(searches, pageUrls, (search, pageUrl) => {
        const choice = chooseDataset(search, pageUrl, []);
        const requested = new URLSearchParams(search).get('data');
        if (requested === null || requested === '') expect(choice).toEqual({ kind: 'built-in', url: new URL(BUILT_IN_DATA, pageUrl).href });
      }),
      RUNS,
    );
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:application/json,[]',
    'blob:https://news.example.org/x',
    'file:///etc/passwd',
    '//evil.example.com/x/',
    '/\\evil.example.com/x/',
    'https://user:pass@evil.example.com/',
    'http://127.0.0.2:9/x/',
    'https://news.example.org.evil.example.com/x/',
    'https://news.example.org:444/x/',
    'http://news.example.org/x/',
  ])('refuses %s on https://news.example.org/', (data) => {
    const choice = chooseDataset(`?data=${encodeURIComponent(data)}`, 'https://news.example.org/graphics/border/', []);
    expect(choice.kind).toBe('refused');
  });
});
