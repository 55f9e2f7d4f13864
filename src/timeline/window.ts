/** How the slider's controls move the date window, always within the dataset's extent. */
import { daysFromCivil, type DayRange } from '../data/dates.ts';

export const MONTH = 30;
export const YEAR = 365;

/** Where a day sits along the slider's track, from 0 (the extent's first day) to 1 (its last). */
export function shareOfTrack(day: number, extent: DayRange): number {
  return (day - extent.first) / Math.max(1, extent.last - extent.first);
}

/** The day at a share of the track (shareOfTrack's inverse), to the nearest day. */
export function dayAtShare(share: number, extent: DayRange): number {
  return Math.round(extent.first + share * Math.max(1, extent.last - extent.first));
}

/** The same width, `by` days later (earlier when negative), stopped at the extent's ends. */
export function shiftWindow(dateWindow: DayRange, by: number, extent: DayRange): DayRange {
  const width = dateWindow.last - dateWindow.first;
  const first = Math.max(extent.first, Math.min(extent.last - width, dateWindow.first + by));
  return { first, last: first + width };
}

/** One handle moved to `day`: it stops at the other handle and at the extent's end. */
export function moveHandle(dateWindow: DayRange, part: 'first' | 'last', day: number, extent: DayRange): DayRange {
  const { min, max } = handleBounds(dateWindow, part, extent);
  return { ...dateWindow, [part]: Math.min(max, Math.max(min, day)) };
}

/** Where a handle can go: between the extent's edge and the other handle. */
export function handleBounds(dateWindow: DayRange, part: 'first' | 'last', extent: DayRange): { min: number; max: number } {
  return part === 'first' ? { min: extent.first, max: dateWindow.last } : { min: dateWindow.first, max: extent.last };
}

/*
 * Zoom. The track (the part of the timeline the slider spans) can be narrower than the extent:
 * shareOfTrack and dayAtShare take it in the extent's place, so a zoom changes the track's scale
 * and nothing on a step's path. The keys' step, the histogram's bins and the axis labels follow
 * the track's width, so that a step and a few pixels mean about the same at any zoom.
 */

/** The narrowest track: two weeks. */
export const MIN_TRACK_DAYS = 14;

export type BinUnit = 'year' | 'month' | 'week' | 'day';

const widthOf = (range: DayRange) => range.last - range.first + 1;

/** The histogram's bin for a track: days up to about three months, weeks up to two years, months up to twelve, else years. */
export function binUnitFor(track: DayRange): BinUnit {
  const days = widthOf(track);
  return days <= 92 ? 'day' : days <= 731 ? 'week' : days <= 12 * 366 ? 'month' : 'year';
}

/** An arrow key's step and a Page key's, in days, for a track: one day at a two-month track, a month on the whole timeline. */
export function keySteps(track: DayRange): { arrow: number; page: number } {
  switch (binUnitFor(track)) {
    case 'day':
      return { arrow: 1, page: 7 };
    case 'week':
      return { arrow: 7, page: MONTH };
    default:
      return { arrow: MONTH, page: YEAR };
  }
}

/** A track `factor` times as wide (under 1 zooms in), keeping `around` where it is on the track, within the extent. */
export function zoomTrack(track: DayRange, factor: number, around: number, extent: DayRange): DayRange {
  const full = widthOf(extent);
  const width = Math.round(Math.min(full, Math.max(MIN_TRACK_DAYS, widthOf(track) * factor)));
  if (width >= full) return extent;
  const share = (around - track.first) / Math.max(1, widthOf(track) - 1);
  const first = Math.round(around - share * (width - 1));
  return clampTrack(first, width, extent);
}

/** The track that shows a window with a margin of a tenth of its width on each side (at least two weeks in all). */
export function trackAround(dateWindow: DayRange, extent: DayRange): DayRange {
  const margin = Math.ceil(widthOf(dateWindow) / 10);
  const width = Math.max(MIN_TRACK_DAYS, widthOf(dateWindow) + 2 * margin);
  if (width >= widthOf(extent)) return extent;
  return clampTrack(Math.round((dateWindow.first + dateWindow.last) / 2 - (width - 1) / 2), width, extent);
}

function clampTrack(first: number, width: number, extent: DayRange): DayRange {
  const start = Math.max(extent.first, Math.min(extent.last - width + 1, first));
  return { first: start, last: start + width - 1 };
}

/** The bins of a unit that cover a track, each cut to the track. Weeks start on Monday (day 4 since 1970-01-01 was one). */
export function binsOf(track: DayRange, unit: BinUnit): DayRange[] {
  const bins: DayRange[] = [];
  let start = startOfBin(track.first, unit);
  while (start <= track.last) {
    const next = nextBin(start, unit);
    bins.push({ first: Math.max(start, track.first), last: Math.min(next - 1, track.last) });
    start = next;
  }
  return bins;
}

function civil(day: number): { year: number; month: number } {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

function startOfBin(day: number, unit: BinUnit): number {
  const { year, month } = civil(day);
  switch (unit) {
    case 'day':
      return day;
    case 'week':
      return day - ((((day - 4) % 7) + 7) % 7);
    case 'month':
      return daysFromCivil(year, month, 1);
    case 'year':
      return daysFromCivil(year, 1, 1);
  }
}

function nextBin(start: number, unit: BinUnit): number {
  const { year, month } = civil(start);
  switch (unit) {
    case 'day':
      return start + 1;
    case 'week':
      return start + 7;
    case 'month':
      return month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
    case 'year':
      return daysFromCivil(year + 1, 1, 1);
  }
}

/** How many spans overlap each bin (bins in order, not overlapping): an event counts in every bin it covers. */
export function countPerBin(spans: Iterable<DayRange>, bins: DayRange[]): number[] {
  const counts = new Array<number>(bins.length).fill(0);
  if (bins.length === 0) return counts;
  for (const span of spans) {
    if (span.last < bins[0].first || span.first > bins[bins.length - 1].last) continue;
    // The first bin that ends on or after the span's start, by binary search.
    let low = 0;
    let high = bins.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (bins[mid].last < span.first) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < bins.length && bins[i].first <= span.last; i++) counts[i]++;
  }
  return counts;
}

/**
 * Where the labels under the track go: at the starts of bins (years, months, weeks' Mondays or
 * days), every nth so that at most `most` are shown. Their words are the reader's language's.
 */
export function axisLabelDays(track: DayRange, unit: BinUnit, most = 8): number[] {
  const starts = binsOf(track, unit)
    .map((bin) => bin.first)
    .filter((day) => day === startOfBin(day, unit));
  const every = Math.max(1, Math.ceil(starts.length / most));
  return starts.filter((_, i) => i % every === 0);
}

/**
 * The track that keeps showing a window that moved (a key, the play button, a year's step): the
 * same zoom slid just far enough to hold a window that stepped over its edge, or centred on one
 * that jumped off it; for a window wider than the zoom, the track around it. Unchanged while the
 * window is on the track.
 */
export function trackFollowing(track: DayRange, dateWindow: DayRange, extent: DayRange): DayRange {
  if (dateWindow.first >= track.first && dateWindow.last <= track.last) return track;
  if (widthOf(dateWindow) > widthOf(track)) return trackAround(dateWindow, extent);
  const width = widthOf(track);
  if (dateWindow.last < track.first || dateWindow.first > track.last) {
    return clampTrack(Math.round((dateWindow.first + dateWindow.last) / 2 - (width - 1) / 2), width, extent);
  }
  const by = dateWindow.first < track.first ? dateWindow.first - track.first : dateWindow.last - track.last;
  return clampTrack(track.first + by, width, extent);
}
