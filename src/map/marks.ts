/**
 * The tables from which the GPU works out each point's look in any date window (see
 * marks-layer.ts), so that a slider step sends the map two numbers rather than the states of
 * hundreds of places: the span indexes of the model (src/data/span-index.ts), laid out as the
 * vertex shader reads them. The shader asks of them what SpanIndex.latest and SpanIndex.any
 * answer on the CPU, and a browser test holds it to the selectors' answers (lookOf below).
 */
import type { Model } from '../data/model.ts';
import type { PlaceState } from '../data/selectors.ts';
import { CATEGORIES } from '../data/vocabulary.ts';

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
  /** The most rows the shader's walk back along "previous higher" links can visit (SpanIndex.longestWalk). */
  longestWalk: number;
}

export type MarkInputs = Pick<Model, 'places' | 'placeEventIndex' | 'placeEventCategory' | 'placeClaimIndex'>;

export function markTables({ places, placeEventIndex: events, placeEventCategory, placeClaimIndex: claims }: MarkInputs): MarkTables {
  const placeRows = new Int32Array(places.length * 4);
  places.forEach((_, position) => {
    placeRows.set(
      [events.offsets[position], events.offsets[position + 1], claims.offsets[position], claims.offsets[position + 1]],
      position * 4,
    );
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

/** What a place's mark shows in a state: the shader's answer for it must be this (tests/browser/marks-shader.test.ts). */
export function lookOf(state: PlaceState): number {
  return state.category ? CATEGORIES.indexOf(state.category) : state.hasClaims ? CLAIMS_ONLY : NOTHING;
}
