import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayRange } from '../../src/data/dates.ts';
import { overlaps } from '../../src/data/selectors.ts';
import { orderBy, SpanIndex } from '../../src/data/span-index.ts';

const span = fc
  .tuple(fc.integer({ min: 0, max: 9000 }), fc.integer({ min: 0, max: 400 }))
  .map(([first, length]) => ({ first, last: first + length }));

describe('SpanIndex', () => {
  it('answers count, any and latest for each group exactly as a scan of its spans would', () => {
    fc.assert(
      fc.property(fc.array(fc.array(span, { maxLength: 80 }), { maxLength: 6 }), span, (groups: DayRange[][], dateWindow: DayRange) => {
        const index = new SpanIndex(groups);
        groups.forEach((spans, g) => {
          const overlapping = spans.filter((s) => overlaps(s, dateWindow));
          expect(index.count(g, dateWindow)).toBe(overlapping.length);
          expect(index.any(g, dateWindow)).toBe(overlapping.length > 0);
          const latest = index.latest(g, dateWindow);
          if (overlapping.length === 0) expect(latest).toBe(-1);
          else expect(spans[latest].first).toBe(Math.max(...overlapping.map((s) => s.first)));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('finds the latest span that overlaps a window even when a longer one starts before it and ends after', () => {
    // By first day: a long span (0–100), one inside it (10–20), a later short one (30–31).
    const index = new SpanIndex([
      [
        { first: 30, last: 31 },
        { first: 0, last: 100 },
        { first: 10, last: 20 },
      ],
    ]);
    expect(index.latest(0, { first: 15, last: 25 })).toBe(2);
    expect(index.latest(0, { first: 25, last: 40 })).toBe(0);
    expect(index.latest(0, { first: 40, last: 50 })).toBe(1);
    expect(index.latest(0, { first: 101, last: 200 })).toBe(-1);
    expect(index.longestWalk).toBe(2);
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

  it('still orders keys whose packed form would pass 2^53, and keys that are not whole numbers', () => {
    // (2^52 + 1) × 4 positions pass 2^53: packed, 2^52 × 4 + 1 and + 3 would round together.
    expect([...orderBy(4, (i) => [0, 2 ** 52, 1, 2 ** 52][i])]).toEqual([0, 2, 1, 3]);
    expect([...orderBy(3, (i) => [0.5, 0.25, 0.5][i])]).toEqual([1, 0, 2]);
    expect([...orderBy(0, () => 0)]).toEqual([]);
  });
});
