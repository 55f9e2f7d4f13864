import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../scripts/generate-synthetic.ts';
import { buildModel, type Span } from '../../src/data/model.ts';
import { overlaps, statesFollower, windowStates } from '../../src/data/selectors.ts';
import { EdgeIndex, orderBy, SpanIndex } from '../../src/data/span-index.ts';

const span = fc.tuple(fc.integer({ min: 0, max: 9000 }), fc.integer({ min: 0, max: 400 })).map(([first, length]) => ({ first, last: first + length }));

describe('SpanIndex', () => {
  it('answers count, any and latest for each group exactly as a scan of its spans would', () => {
    fc.assert(
      fc.property(fc.array(fc.array(span, { maxLength: 80 }), { maxLength: 6 }), span, (groups: Span[][], window: Span) => {
        const index = new SpanIndex(groups);
        groups.forEach((spans, g) => {
          const overlapping = spans.filter((s) => overlaps(s, window));
          expect(index.count(g, window)).toBe(overlapping.length);
          expect(index.any(g, window)).toBe(overlapping.length > 0);
          const latest = index.latest(g, window);
          if (overlapping.length === 0) expect(latest).toBe(-1);
          else expect(spans[latest].first).toBe(Math.max(...overlapping.map((s) => s.first)));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('EdgeIndex', () => {
  const owned = fc.array(fc.tuple(span, fc.nat(20)), { maxLength: 300 });
  const indexOf = (spans: [Span, number][]) =>
    new EdgeIndex(
      spans.map(([s]) => s),
      spans.map(([, owner]) => owner),
    );
  const flipped = (spans: [Span, number][], before: Span, after: Span) =>
    new Set(spans.filter(([s]) => overlaps(s, before) !== overlaps(s, after)).map(([, owner]) => owner));

  it('names every owner with a span that overlaps one window and not the other', () => {
    fc.assert(
      fc.property(owned, span, span, (spans, before, after) => {
        const named = indexOf(spans).ownersChanged(before, after);
        for (const owner of flipped(spans, before, after)) expect(named.has(owner)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('names no other owner when one edge of the window moves', () => {
    fc.assert(
      fc.property(owned, span, fc.integer({ min: -400, max: 400 }), fc.boolean(), (spans, before, by, moveEnd) => {
        const after = moveEnd
          ? { first: before.first, last: Math.max(before.first, before.last + by) }
          : { first: Math.min(before.last, before.first + by), last: before.last };
        expect(indexOf(spans).ownersChanged(before, after)).toEqual(flipped(spans, before, after));
      }),
      { numRuns: 300 },
    );
  });
});

describe('windowStates', () => {
  const model = buildModel(generateSynthetic(2000));
  const day = fc.integer({ min: model.extent.first, max: model.extent.last });
  const window = fc.tuple(day, day).map(([a, b]) => ({ first: Math.min(a, b), last: Math.max(a, b) }));

  it('worked out step by step from earlier windows, equals the states computed afresh', () => {
    // Steps of up to three months at either edge, as the slider makes: the incremental path.
    const step = fc.tuple(fc.integer({ min: -90, max: 90 }), fc.integer({ min: -90, max: 90 }));
    let incremental = 0;
    fc.assert(
      fc.property(window, fc.array(step, { minLength: 1, maxLength: 12 }), (start, steps) => {
        let states = windowStates(model, start);
        for (const [byFirst, byLast] of steps) {
          const a = states.window.first + byFirst;
          const b = states.window.last + byLast;
          const next = windowStates(model, { first: Math.min(a, b), last: Math.max(a, b) }, states);
          if (next.states.changedSince(states.states)) incremental++;
          states = next;
        }
        const afresh = windowStates(model, states.window);
        for (const place of model.places) expect(states.states.get(place.id), place.id).toEqual(afresh.states.get(place.id));
        expect(states.activeCount).toBe(afresh.activeCount);
      }),
      { numRuns: 60 },
    );
    expect(incremental).toBeGreaterThan(100);
  });

  it('names exactly the places whose state changed, so that the map can send only those', () => {
    const shift = fc.integer({ min: -90, max: 90 });
    let named = 0;
    fc.assert(
      fc.property(window, shift, shift, (first, byStart, byEnd) => {
        const a = first.first + byStart;
        const b = first.last + byEnd;
        const second = { first: Math.min(a, b), last: Math.max(a, b) };
        const before = windowStates(model, first, windowStates(model, model.extent));
        const after = windowStates(model, second, before);
        const differ = model.places.flatMap((p, position) =>
          JSON.stringify(after.states.get(p.id)) === JSON.stringify(before.states.get(p.id)) ? [] : [position],
        );
        const changed = after.states.changedSince(before.states);
        // A long jump is worked out afresh (changedSince is null), and then the map sends every place.
        if (changed) {
          named++;
          expect([...changed].sort((x, y) => x - y)).toEqual(differ);
        }
      }),
      { numRuns: 60 },
    );
    expect(named).toBeGreaterThan(20);
    const before = windowStates(model, model.extent);
    const step = windowStates(model, { first: model.extent.first, last: model.extent.last - 30 }, before);
    expect(step.states.changedSince(before.states)?.length).toBeGreaterThan(0);
    expect(step.states.changedSince(before.states)!.length).toBeLessThan(model.places.length / 4);
  });
});

describe('statesFollower', () => {
  const model = buildModel(generateSynthetic(2000));
  const day = fc.integer({ min: model.extent.first, max: model.extent.last });
  const window = fc.tuple(day, day).map(([a, b]) => ({ first: Math.min(a, b), last: Math.max(a, b) }));

  it('gives the states of any window, asked in any order, and the same result to a second reader of a window', () => {
    fc.assert(
      fc.property(fc.array(window, { minLength: 1, maxLength: 8 }), (windows) => {
        const statesAt = statesFollower(model);
        for (const w of windows) {
          // The map asks first; the sidebar asks for the same window once the frame is painted.
          const forMap = statesAt(w);
          expect(statesAt({ ...w })).toBe(forMap);
          expect(forMap.states.list).toEqual(windowStates(model, w).states.list);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('orderBy', () => {
  it('orders positions by their keys, ties in their own order, as a stable comparator sort would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -30_000, max: 30_000 }), { maxLength: 500 }), (keys) => {
        const expected = [...keys.keys()].sort((i, j) => keys[i] - keys[j]);
        expect([...orderBy(keys.length, (i) => keys[i])]).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
