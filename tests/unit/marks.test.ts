import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/data/model.ts';
import { placeStates } from '../../src/data/selectors.ts';
import { SpanIndex } from '../../src/data/span-index.ts';
import { CATEGORIES } from '../../src/data/vocabulary.ts';
import { CLAIMS_ONLY, markLook, markTables, NOTHING } from '../../src/map/marks.ts';
import { generateSynthetic } from '../../scripts/generate-synthetic.ts';

describe('the tables the GPU draws the points from', () => {
  const model = buildModel(generateSynthetic(3000));
  const tables = markTables(model);
  const day = fc.integer({ min: model.extent.first - 30, max: model.extent.last + 30 });
  const dateWindow = fc.tuple(day, day).map(([a, b]) => ({ first: Math.min(a, b), last: Math.max(a, b) }));

  it('give every place the look its state has in any dateWindow: its latest event’s category, claims only, or nothing', () => {
    const seen = new Map<number, number>();
    fc.assert(
      fc.property(dateWindow, (w) => {
        const states = placeStates(model, w).list;
        model.places.forEach((place, position) => {
          const state = states[position];
          const expected = state.category ? CATEGORIES.indexOf(state.category) : state.hasClaims ? CLAIMS_ONLY : NOTHING;
          expect(markLook(tables, position, w), `${place.id} in ${w.first}–${w.last}`).toBe(expected);
          seen.set(expected, (seen.get(expected) ?? 0) + 1);
        });
      }),
      { numRuns: 40 },
    );
    // Every kind of look came up, and some places have events nested in longer ones (a walk).
    for (const look of [CLAIMS_ONLY, NOTHING, ...CATEGORIES.keys()]) expect(seen.get(look), `look ${look}`).toBeGreaterThan(5);
    expect(tables.longestWalk).toBeGreaterThan(1);
  });

  it('find the latest event that overlaps the window even when longer events start before it', () => {
    // One place; events by first day: a long one (0–100), a nested one (10–20), a later short one (30–31).
    const events = [
      { first: 0, last: 100 },
      { first: 10, last: 20 },
      { first: 30, last: 31 },
    ];
    const tablesOf = markTables({
      places: [model.places[0]],
      placeEventIndex: new SpanIndex([events]),
      placeEventCategory: Uint8Array.from([0, 1, 2]),
      placeClaimIndex: new SpanIndex([[]]),
    });
    expect(markLook(tablesOf, 0, { first: 15, last: 25 })).toBe(1);
    expect(markLook(tablesOf, 0, { first: 25, last: 40 })).toBe(2);
    expect(markLook(tablesOf, 0, { first: 40, last: 50 })).toBe(0);
    expect(markLook(tablesOf, 0, { first: 101, last: 200 })).toBe(NOTHING);
    expect(tablesOf.longestWalk).toBe(2);
  });
});
