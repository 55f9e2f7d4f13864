/**
 * Indexes built once from a validated dataset, so that selectors never scan every record
 * on the slider's path: per-place lists, per-record spans in day numbers, lookups by id.
 */
import { dayNumber, periodOf, spanOf } from './dates.ts';
import type { Claim, Dataset, Event, Place, Source } from './schema.ts';

export interface Span {
  first: number;
  last: number;
}

export interface Model {
  dataset: Dataset;
  places: Place[];
  placeById: Map<string, Place>;
  eventById: Map<string, Event>;
  claimById: Map<string, Claim>;
  sourceById: Map<string, Source>;
  eventSpan: Map<string, Span>;
  /** A claim is in time where it was said and where the events it is about happened. */
  claimSpans: Map<string, Span[]>;
  eventsByPlace: Map<string, Event[]>;
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
  const claimSpans = new Map(
    dataset.claims.map((c) => [c.id, [periodOf(c.saidOn), ...c.eventIds.map((id) => eventSpan.get(id)!)]]),
  );
  const claimsByPlace = new Map<string, PlacedClaim[]>();
  for (const claim of dataset.claims) {
    const events = claim.eventIds.map((id) => eventById.get(id)!);
    const placeIds = unique([...claim.placeIds, ...events.flatMap((e) => e.placeIds)]);
    for (const placeId of placeIds) {
      const eventSpans = events.filter((e) => e.placeIds.includes(placeId)).map((e) => eventSpan.get(e.id)!);
      const placed = { claim, spans: [periodOf(claim.saidOn), ...eventSpans] };
      claimsByPlace.set(placeId, [...(claimsByPlace.get(placeId) ?? []), placed]);
    }
  }

  const lastDays = [...eventSpan.values(), ...[...claimSpans.values()].flat()].map((s) => s.last);
  return {
    dataset,
    places: dataset.places,
    placeById: new Map(dataset.places.map((p) => [p.id, p])),
    eventById,
    claimById: new Map(dataset.claims.map((c) => [c.id, c])),
    sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
    eventSpan,
    claimSpans,
    eventsByPlace,
    claimsByPlace,
    extent: { first: TIMELINE_START, last: Math.max(TIMELINE_START, ...lastDays) },
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
