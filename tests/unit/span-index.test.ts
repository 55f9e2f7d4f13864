import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/data/model.ts';
import { overlaps } from '../../src/data/selectors.ts';
import { SpanIndex } from '../../src/data/span-index.ts';

const span = fc.tuple(fc.integer({ min: 0, max: 9000 }), fc.integer({ min: 0, max: 400 })).map(([first, length]) => ({ first, last: first + length }));

describe('SpanIndex', () => {
  it('answers count, any and latest exactly as a scan of every span would', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 300 }), span, (spans: Span[], window: Span) => {
        const index = new SpanIndex(spans);
        const overlapping = spans.map((s, i) => [s, i] as const).filter(([s]) => overlaps(s, window));
        expect(index.count(window)).toBe(overlapping.length);
        expect(index.any(window)).toBe(overlapping.length > 0);
        const latest = index.latest(window);
        if (overlapping.length === 0) expect(latest).toBe(-1);
        else expect(spans[latest].first).toBe(Math.max(...overlapping.map(([s]) => s.first)));
      }),
      { numRuns: 300 },
    );
  });
});
