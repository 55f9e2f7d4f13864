/** How the slider's controls move the date window, always within the dataset's extent. */
import type { DayRange } from '../data/dates.ts';

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
