/**
 * How the slider's controls move the date window (src/timeline/window.ts): whatever a reader
 * presses or drags, the window stays inside the dataset's extent with its start before its end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayRange } from '../../src/data/dates.ts';
import { dayAtShare, handleBounds, moveHandle, shareOfTrack, shiftWindow } from '../../src/timeline/window.ts';

const extent = { first: 11_688, last: 20_453 };
const day = fc.integer({ min: extent.first - 2_000, max: extent.last + 2_000 });
const windowInExtent = fc
  .tuple(fc.integer({ min: extent.first, max: extent.last }), fc.integer({ min: extent.first, max: extent.last }))
  .map(([a, b]) => ({ first: Math.min(a, b), last: Math.max(a, b) }));
const inside = (w: DayRange) => extent.first <= w.first && w.first <= w.last && w.last <= extent.last;

describe('the slider moving the window', () => {
  it('moves one handle only, as far as the extent and the other handle let it', () => {
    fc.assert(
      fc.property(windowInExtent, fc.constantFrom('first' as const, 'last' as const), day, (dateWindow, part, to) => {
        const moved = moveHandle(dateWindow, part, to, extent);
        expect(inside(moved)).toBe(true);
        const { min, max } = handleBounds(dateWindow, part, extent);
        expect(moved[part]).toBe(Math.min(max, Math.max(min, to)));
        const other = part === 'first' ? 'last' : 'first';
        expect(moved[other]).toBe(dateWindow[other]);
      }),
    );
  });

  it('keeps the width of a shifted window, and stops it at the ends of the extent', () => {
    fc.assert(
      fc.property(windowInExtent, fc.integer({ min: -10_000, max: 10_000 }), (dateWindow, by) => {
        const shifted = shiftWindow(dateWindow, by, extent);
        expect(inside(shifted)).toBe(true);
        expect(shifted.last - shifted.first).toBe(dateWindow.last - dateWindow.first);
        if (shifted.first !== extent.first && shifted.last !== extent.last) expect(shifted.first).toBe(dateWindow.first + by);
      }),
    );
  });

  it('places a day on the track and reads it back: the handles, the span and the histogram share one scale', () => {
    fc.assert(
      fc.property(fc.integer({ min: extent.first, max: extent.last }), (d) => {
        const share = shareOfTrack(d, extent);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
        expect(dayAtShare(share, extent)).toBe(d);
      }),
    );
    expect(shareOfTrack(extent.first, extent)).toBe(0);
    expect(shareOfTrack(extent.last, extent)).toBe(1);
  });
});
