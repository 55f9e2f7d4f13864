/**
 * Indexes built once from a validated dataset, so that selectors never scan every record
 * on the slider's path: per-place lists, per-record spans in day numbers, lookups by id.
 */
import { dayNumber, periodOf, spanOf } from './dates.ts';
import type { Claim, Dataset, Event, Place, Source } from './schema.ts';
import { SpanIndex } from './span-index.ts';

export interface Span {
  first: number;
  last: number;
}

export interface Model {
  dataset: Dataset;
  places: Place[];
  /** Each place's position in name order, so that lists sort without comparing strings. */
  nameRank: Map<string, number>;
  placeById: Map<string, Place>;
  eventById: Map<string, Event>;
  claimById: Map<string, Claim>;
  sourceById: Map<string, Source>;
  eventSpan: Map<string, Span>;
  eventsByPlace: Map<string, Event[]>;
  /** Per place, its events' spans (in the order of eventsByPlace) and all its claims' spans. */
  eventIndexByPlace: Map<string, SpanIndex>;
  claimIndexByPlace: Map<string, SpanIndex>;
  /** Every event's span, in the order of dataset.events. */
  eventIndex: SpanIndex;
  /**
   * Claims tied to a place directly or through one of their events, each with the spans in
   * which it belongs there: when it was said, and when its events at that place happened.
   */
  claimsByPlace: Map<string, PlacedClaim[]>;
  /** From the first day the timeline shows to the last day any record covers. */
  extent: Span;
}

export interface PlacedClaim {
  claim: Claim;
  spans: Span[];
}

export const TIMELINE_START = dayNumber('2002-01-01');

export function buildModel(dataset: Dataset): Model {
  const eventSpan = new Map(dataset.events.map((e) => [e.id, spanOf(e.start, e.end)]));
  const byStart = [...dataset.events].sort((a, b) => eventSpan.get(a.id)!.first - eventSpan.get(b.id)!.first);

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

  const indexByPlace = <T>(groups: Map<string, T[]>, spansOf: (item: T) => Span[]) =>
    new Map([...groups].map(([placeId, items]) => [placeId, new SpanIndex(items.flatMap(spansOf))]));

  const lastDays = [...eventSpan.values(), ...dataset.claims.map((c) => periodOf(c.saidOn))].map((s) => s.last);
  return {
    dataset,
    places: dataset.places,
    nameRank: new Map([...dataset.places].sort((a, b) => a.name.localeCompare(b.name)).map((p, rank) => [p.id, rank])),
    placeById: new Map(dataset.places.map((p) => [p.id, p])),
    eventById,
    claimById: new Map(dataset.claims.map((c) => [c.id, c])),
    sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
    eventSpan,
    eventsByPlace,
    claimsByPlace,
    eventIndexByPlace: indexByPlace(eventsByPlace, (e) => [eventSpan.get(e.id)!]),
    claimIndexByPlace: indexByPlace(claimsByPlace, (c) => c.spans),
    eventIndex: new SpanIndex(dataset.events.map((e) => eventSpan.get(e.id)!)),
    extent: { first: TIMELINE_START, last: lastDays.reduce((max, day) => Math.max(max, day), TIMELINE_START) },
  };
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
