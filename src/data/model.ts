/**
 * Indexes built once from a validated dataset, so that selectors never scan every record
 * on the slider's path: per-place lists, per-record spans in day numbers, lookups by id.
 */
import { dayNumber, periodOf, spanOf, type DayRange } from './dates.ts';
import type { Claim, Dataset, Event, Place, Source } from './schema.ts';
import { CATEGORIES } from './vocabulary.ts';
import { orderBy, SpanIndex } from './span-index.ts';

export interface Model {
  dataset: Dataset;
  places: Place[];
  placesByName: Place[];
  /** The places' positions in `places`, in name order (as placesByName): lists sort without comparing strings. */
  nameOrder: Int32Array;
  placeById: Map<string, Place>;
  /** Each place's position in `places`. */
  placePosition: Map<string, number>;
  eventById: Map<string, Event>;
  claimById: Map<string, Claim>;
  sourceById: Map<string, Source>;
  eventSpan: Map<string, DayRange>;
  eventsByPlace: Map<string, Event[]>;
  /** Per place (a group per position in `places`), its events' spans in the order of eventsByPlace. */
  placeEventIndex: SpanIndex;
  /**
   * The same events' categories, as indexes into CATEGORIES, laid out as placeEventIndex.flatPosition
   * says: a slider step reads a place's latest category from here, not from scattered event objects.
   */
  placeEventCategory: Uint8Array;
  /** Per place (likewise), the spans of every claim placed there (see claimsByPlace). */
  placeClaimIndex: SpanIndex;
  /** Every event's span, in the order of dataset.events, as one group. */
  eventIndex: SpanIndex;
  /**
   * Claims tied to a place directly or through one of their events, each with the spans in
   * which it belongs there: when it was said, and when its events at that place happened.
   */
  claimsByPlace: Map<string, PlacedClaim[]>;
  /** From the first day the timeline shows to the last day any record covers. */
  extent: DayRange;
}

export interface PlacedClaim {
  claim: Claim;
  spans: DayRange[];
}

const collator = new Intl.Collator();

export const TIMELINE_START = dayNumber('2002-01-01');

export function buildModel(dataset: Dataset): Model {
  const spans = dataset.events.map((e) => spanOf(e.start, e.end));
  const eventSpan = new Map(dataset.events.map((e, i) => [e.id, spans[i]]));
  const byStart = Array.from(orderBy(spans.length, (i) => spans[i].first), (i) => dataset.events[i]);

  const eventsByPlace = groupBy(byStart, (e) => e.placeIds);
  const eventById = new Map(dataset.events.map((e) => [e.id, e]));
  const claimsByPlace = new Map<string, PlacedClaim[]>();
  for (const claim of dataset.claims) {
    const events = claim.eventIds.map((id) => eventById.get(id)!);
    const placeIds = unique([...claim.placeIds, ...events.flatMap((e) => e.placeIds)]);
    for (const placeId of placeIds) {
      const eventSpans = events.filter((e) => e.placeIds.includes(placeId)).map((e) => eventSpan.get(e.id)!);
      const placed = { claim, spans: [periodOf(claim.saidOn), ...eventSpans] };
      const list = claimsByPlace.get(placeId);
      if (list) list.push(placed);
      else claimsByPlace.set(placeId, [placed]);
    }
  }

  const placesByName = [...dataset.places].sort((a, b) => collator.compare(a.name, b.name));
  // Per place, in the order of `places`: its events (the groups of placeEventIndex, and laid end
  // to end, the order of placeEventCategory) and the spans of its claims.
  const placeEvents = dataset.places.map((p) => eventsByPlace.get(p.id) ?? []);
  const placeEventSpans = placeEvents.map((events) => events.map((e) => eventSpan.get(e.id)!));
  const placeClaimSpans = dataset.places.map((p) => (claimsByPlace.get(p.id) ?? []).flatMap((c) => c.spans));
  const placeEventCategory = Uint8Array.from(placeEvents.flat(), (e) => CATEGORIES.indexOf(e.category));
  let lastDay = TIMELINE_START;
  for (const span of [...spans, ...dataset.claims.map((c) => periodOf(c.saidOn))]) lastDay = Math.max(lastDay, span.last);
  return {
    dataset,
    places: dataset.places,
    nameOrder: nameOrderOf(dataset.places, placesByName),
    placesByName,
    placeById: new Map(dataset.places.map((p) => [p.id, p])),
    placePosition: new Map(dataset.places.map((p, i) => [p.id, i])),
    eventById,
    claimById: new Map(dataset.claims.map((c) => [c.id, c])),
    sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
    eventSpan,
    eventsByPlace,
    claimsByPlace,
    placeEventIndex: new SpanIndex(placeEventSpans),
    placeEventCategory,
    placeClaimIndex: new SpanIndex(placeClaimSpans),
    eventIndex: new SpanIndex([spans]),
    extent: { first: TIMELINE_START, last: lastDay },
  };
}

function nameOrderOf(places: Place[], placesByName: Place[]): Int32Array {
  const position = new Map(places.map((p, i) => [p, i]));
  return Int32Array.from(placesByName, (p) => position.get(p)!);
}

function groupBy<T>(items: T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
