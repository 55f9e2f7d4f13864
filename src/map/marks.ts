/**
 * The tables from which the GPU works out each point's look in any date window (see
 * marks-layer.ts), so that a slider step sends the map two numbers rather than the states of
 * hundreds of places. `markLook` is the same computation in TypeScript: the tests check it
 * against the selectors, and the shader is a line-by-line copy of it.
 */
import type { Model } from '../data/model.ts';
import type { DayRange } from '../data/dates.ts';

/** What a mark shows: the index of its category (in CATEGORIES), CLAIMS_ONLY, or NOTHING. */
export const CLAIMS_ONLY = -1;
export const NOTHING = -2;

/** Four integers per row, as the GPU reads them (one RGBA32I texel). */
export interface MarkTables {
  /** Per place (its position in `places`): its event rows [from, to) and claim rows [from, to). */
  places: Int32Array;
  /** Per event row, ordered by first day within each place: first, last, category, previous higher. */
  events: Int32Array;
  /** Per claim row, ordered by first day within each place: first, reach (greatest last day so far), 0, 0. */
  claims: Int32Array;
  /** The most rows the walk in markLook can visit. */
  longestWalk: number;
}

export type MarkInputs = Pick<Model, 'places' | 'placeEventIndex' | 'placeEventCategory' | 'placeClaimIndex'>;

export function markTables({ places, placeEventIndex: events, placeEventCategory, placeClaimIndex: claims }: MarkInputs): MarkTables {
  const placeRows = new Int32Array(places.length * 4);
  places.forEach((_, position) => {
    placeRows.set([events.offsets[position], events.offsets[position + 1], claims.offsets[position], claims.offsets[position + 1]], position * 4);
  });

  // The walk of SpanIndex.latest, on the GPU: each row carries its "previous higher" link.
  const eventRows = new Int32Array(events.firsts.length * 4);
  places.forEach((_, position) => {
    for (let row = events.offsets[position]; row < events.offsets[position + 1]; row++) {
      const category = placeEventCategory[events.flatPosition(position, events.order[row])];
      eventRows.set([events.firsts[row], events.lasts[row], category, events.previousHigher[row]], row * 4);
    }
  });

  const claimRows = new Int32Array(claims.firsts.length * 4);
  for (let row = 0; row < claims.firsts.length; row++) claimRows.set([claims.firsts[row], claims.reach[row], 0, 0], row * 4);
  return { places: placeRows, events: eventRows, claims: claimRows, longestWalk: events.longestWalk };
}

/** What the mark of the place at `position` shows in the window (the shader's `look`). */
export function markLook(tables: MarkTables, position: number, dateWindow: DayRange): number {
  const [eventFrom, eventTo, claimFrom, claimTo] = tables.places.subarray(position * 4, position * 4 + 4);
  let row = upperBound(tables.events, eventFrom, eventTo, dateWindow.last) - 1;
  for (let step = 0; step < tables.longestWalk && row >= eventFrom; step++) {
    if (tables.events[row * 4 + 1] >= dateWindow.first) return tables.events[row * 4 + 2];
    row = tables.events[row * 4 + 3];
  }
  const end = upperBound(tables.claims, claimFrom, claimTo, dateWindow.last);
  return end > claimFrom && tables.claims[(end - 1) * 4 + 1] >= dateWindow.first ? CLAIMS_ONLY : NOTHING;
}

/** The first row in [from, to) whose first column is above `target` (rows are sorted by it). */
function upperBound(rows: Int32Array, from: number, to: number, target: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (rows[mid * 4] <= target) low = mid + 1;
    else high = mid;
  }
  return low;
}
