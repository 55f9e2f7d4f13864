import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay } from '../../src/data/dates.ts';
import { validatePeriods } from '../../src/data/periods.ts';
import {
  axisLabelDays,
  binUnitFor,
  binsOf,
  countPerBin,
  dayAtShare,
  keySteps,
  shareOfTrack,
  trackAround,
  trackFollowing,
  zoomTrack,
} from '../../src/timeline/window.ts';

const range = (from: string, to: string) => ({ first: dayNumber(from), last: dayNumber(to) });
const EXTENT = range('2002-01-01', '2025-12-31');

describe('the timeline’s zoom', () => {
  it('makes one arrow key a day at a two-month track, a week at a year, a month on the whole timeline', () => {
    const twoMonths = trackAround(range('2025-10-01', '2025-11-30'), EXTENT);
    expect(keySteps(twoMonths).arrow).toBe(1);
    expect(keySteps(range('2025-01-01', '2025-12-31')).arrow).toBe(7);
    expect(keySteps(EXTENT)).toEqual({ arrow: 30, page: 365 });
  });

  it('bins by day, week, month or year as the track narrows', () => {
    expect(binUnitFor(range('2025-10-01', '2025-11-30'))).toBe('day');
    expect(binUnitFor(trackAround(range('2025-10-09', '2025-11-30'), EXTENT))).toBe('day');
    expect(binUnitFor(range('2025-01-01', '2025-12-31'))).toBe('week');
    expect(binUnitFor(range('2018-01-01', '2025-12-31'))).toBe('month');
    expect(binUnitFor(EXTENT)).toBe('year');
  });

  it('cuts a track into whole bins, the first and last cut to it; weeks start on Monday', () => {
    const weeks = binsOf(range('2025-10-01', '2025-10-31'), 'week');
    expect(isoDay(weeks[0].first)).toBe('2025-10-01');
    expect(isoDay(weeks[0].last)).toBe('2025-10-05'); // a Sunday
    expect(isoDay(weeks[1].first)).toBe('2025-10-06'); // a Monday
    expect(isoDay(weeks.at(-1)!.last)).toBe('2025-10-31');
    expect(binsOf(EXTENT, 'year')).toHaveLength(24);
    expect(binsOf(range('2025-02-01', '2025-03-31'), 'month').map((b) => b.last - b.first + 1)).toEqual([28, 31]);
    // Bins tile the track: no gap, no overlap.
    const days = binsOf(range('2024-12-20', '2025-03-03'), 'day');
    days.slice(1).forEach((bin, i) => expect(bin.first).toBe(days[i].last + 1));
  });

  it('counts an event in every bin it covers', () => {
    const bins = binsOf(range('2025-10-01', '2025-10-10'), 'day');
    const counts = countPerBin(
      [
        range('2025-10-02', '2025-10-03'),
        range('2025-09-01', '2025-10-01'),
        range('2025-10-10', '2025-12-01'),
        range('2024-01-01', '2024-01-02'),
      ],
      bins,
    );
    expect(counts).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('zooms in and out around a day, which stays where it was on the track, never beyond the extent', () => {
    const around = dayNumber('2025-10-20');
    const before = shareOfTrack(around, EXTENT);
    const zoomed = zoomTrack(EXTENT, 0.1, around, EXTENT);
    expect(zoomed.last - zoomed.first + 1).toBeCloseTo((EXTENT.last - EXTENT.first + 1) * 0.1, -1);
    // The track is clamped at the extent's end here, so the day may shift; further in, it stays put.
    const inner = zoomTrack(range('2025-06-01', '2025-12-31'), 0.5, around, EXTENT);
    expect(Math.abs(shareOfTrack(around, inner) - shareOfTrack(around, range('2025-06-01', '2025-12-31')))).toBeLessThan(0.01);
    expect(before).toBeGreaterThan(0.9);
    expect(zoomTrack(zoomed, 100, around, EXTENT)).toEqual(EXTENT);
    const narrowest = zoomTrack(range('2025-10-01', '2025-10-20'), 0.01, around, EXTENT);
    expect(narrowest.last - narrowest.first + 1).toBe(14);
    expect(narrowest.first).toBeGreaterThanOrEqual(EXTENT.first);
  });

  it('reads a day back from its place on a zoomed track, to the day', () => {
    const track = trackAround(range('2025-10-09', '2025-11-30'), EXTENT);
    for (const day of [track.first, dayNumber('2025-10-09'), dayNumber('2025-11-01'), track.last])
      expect(dayAtShare(shareOfTrack(day, track), track)).toBe(day);
  });

  it('labels the axis at the starts of the bins’ unit, at most a few labels', () => {
    expect(axisLabelDays(EXTENT, 'year').slice(0, 2).map(isoDay)).toEqual(['2002-01-01', '2005-01-01']);
    expect(isoDay(axisLabelDays(range('2025-01-01', '2025-12-31'), 'month', 12)[9])).toBe('2025-10-01');
    const days = axisLabelDays(range('2025-10-01', '2025-11-30'), 'day');
    expect(isoDay(days[0])).toBe('2025-10-01');
    expect(days.length).toBeLessThanOrEqual(8);
  });

  it('slides a zoomed track just far enough to keep a window that moved off it, at the same zoom', () => {
    const track = range('2025-10-01', '2025-11-30');
    expect(trackFollowing(track, range('2025-10-09', '2025-11-20'), EXTENT)).toBe(track);
    // A step past the end: the track slides by the step.
    expect(trackFollowing(track, range('2025-10-09', '2025-12-02'), EXTENT)).toEqual(range('2025-10-03', '2025-12-02'));
    // A year earlier: the track goes with the window, as wide as before, the window in its middle.
    const earlier = trackFollowing(track, range('2024-10-09', '2024-11-20'), EXTENT);
    expect(earlier).toEqual(range('2024-09-30', '2024-11-29'));
    // Never past the extent's ends.
    expect(trackFollowing(track, range('2025-12-20', '2025-12-31'), EXTENT).last).toBe(EXTENT.last);
    // A window wider than the zoom (all dates): the track around it, here the whole extent.
    expect(trackFollowing(track, EXTENT, EXTENT)).toEqual(EXTENT);
  });
});

describe('named periods', () => {
  it('reads a period, and refuses a wrong one naming the record and the field', () => {
    const ok = validatePeriods(
      [{ id: 'oct-nov', label: 'October–November 2025', from: '2025-10-09', to: '2025-11-30', note: 'why' }],
      'periods.json',
      '2026-01-01',
    );
    expect(ok.periods).toEqual([
      { id: 'oct-nov', label: 'October–November 2025', first: dayNumber('2025-10-09'), last: dayNumber('2025-11-30'), note: 'why' },
    ]);
    const bad = validatePeriods(
      [
        { id: 'oct-nov', label: '', from: '2025-02-30', to: '2025-11-30', note: 'why', extra: 1 },
        { id: 'oct-nov', label: 'x', from: '2025-11-30', to: '2025-10-01', note: 'why' },
      ],
      'periods.json',
      '2026-01-01',
    );
    expect(bad.periods).toEqual([]);
    expect(bad.errors.map((e) => `${e.record} › ${e.field}`)).toEqual([
      'oct-nov › extra',
      'oct-nov › label',
      'oct-nov › from',
      'oct-nov › id',
      'oct-nov › to',
    ]);
    expect(validatePeriods({}, 'periods.json', '2026-01-01').errors[0].message).toMatch(/array/);
  });
});
