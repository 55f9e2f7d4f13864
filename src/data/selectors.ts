/**
 * Pure selectors from the model and the reader's state (a date window, a selected place) to
 * what the map and the sidebar draw. Nothing here touches React, MapLibre or the URL.
 */
import type { DayRange } from './dates.ts';
import type { Model } from './model.ts';
import { orderBy } from './span-index.ts';
import type { Claim, Event, Place } from './schema.ts';
import { CATEGORIES, type Category, type Side } from './vocabulary.ts';

export function overlaps(span: DayRange, dateWindow: DayRange): boolean {
  return span.first <= dateWindow.last && span.last >= dateWindow.first;
}

export function eventInWindow(model: Model, event: Event, dateWindow: DayRange): boolean {
  return overlaps(model.eventSpan.get(event.id)!, dateWindow);
}

export function eventsAt(model: Model, placeId: string, dateWindow: DayRange): Event[] {
  return (model.eventsByPlace.get(placeId) ?? []).filter((e) => eventInWindow(model, e, dateWindow));
}

/**
 * Claims about a place in a window: those said in the window, and those about an event at
 * this place that happened in it. A claim about the 2009 and 2014 bombings is at the 2009
 * site in a 2002–2010 window, but not at the 2014 one.
 */
export function claimsAt(model: Model, placeId: string, dateWindow: DayRange): Claim[] {
  return (model.claimsByPlace.get(placeId) ?? [])
    .filter(({ spans }) => spans.some((span) => overlaps(span, dateWindow)))
    .map(({ claim }) => claim);
}

/**
 * What a place is in a window; `category` is that of its latest event there. Computed from the
 * span indexes only. (The map's points work out the same on the GPU: src/map/marks.ts.)
 */
export interface PlaceState {
  eventCount: number;
  hasClaims: boolean;
  category: Category | null;
}

export function placeState(model: Model, placeId: string, dateWindow: DayRange): PlaceState {
  return placeStateAt(model, model.placePosition.get(placeId)!, dateWindow);
}

/** The state of the place at `position` in model.places. */
function placeStateAt(model: Model, position: number, dateWindow: DayRange): PlaceState {
  const eventCount = model.placeEventIndex.count(position, dateWindow);
  const latest = eventCount > 0 ? model.placeEventIndex.latest(position, dateWindow) : -1;
  return {
    eventCount,
    hasClaims: model.placeClaimIndex.any(position, dateWindow),
    category: latest >= 0 ? CATEGORIES[model.placeEventCategory[model.placeEventIndex.flatPosition(position, latest)]] : null,
  };
}

export function placeStates(model: Model, dateWindow: DayRange): StateList {
  return new StateList(
    model,
    model.places.map((_, position) => placeStateAt(model, position, dateWindow)),
  );
}

/** States in the order of model.places. */
export class StateList {
  /** How many places have anything in the window. */
  readonly activeCount: number;

  constructor(
    private readonly model: Model,
    readonly list: PlaceState[],
  ) {
    this.activeCount = list.filter(isActive).length;
  }

  get(placeId: string): PlaceState | undefined {
    const position = this.model.placePosition.get(placeId);
    return position === undefined ? undefined : this.list[position];
  }
}

export function isActive(state: PlaceState | undefined): boolean {
  return !!state && (state.eventCount > 0 || state.hasClaims);
}

/** Places with anything in the window, most events first: the sidebar's list when nothing is selected. */
export function activePlaces(model: Model, states: StateList): Place[] {
  // Taken in name order, then sorted by event count by orderBy, which keeps ties in their order.
  const active = model.nameOrder.filter((position) => isActive(states.list[position]));
  const order = orderBy(active.length, (i) => -states.list[active[i]].eventCount);
  return Array.from(order, (i) => model.places[active[i]]);
}

export function countEventsInWindow(model: Model, dateWindow: DayRange): number {
  return model.eventIndex.count(0, dateWindow);
}

/**
 * Claims grouped for the sidebar. Claims linked by `disputes` (directly or through each other)
 * form one group, split into columns by side so that the two accounts stand side by side.
 */
export interface ClaimGroup {
  topic: string;
  disputed: boolean;
  columns: { side: Side; claims: Claim[] }[];
}

export function groupClaims(claims: Claim[]): ClaimGroup[] {
  const ids = new Set(claims.map((c) => c.id));
  const root = new Map(claims.map((c) => [c.id, c.id]));
  const find = (id: string): string => (root.get(id) === id ? id : find(root.get(id)!));
  for (const c of claims) {
    for (const other of c.disputes) if (ids.has(other)) root.set(find(other), find(c.id));
  }

  const components = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = find(c.id);
    const component = components.get(key);
    if (component) component.push(c);
    else components.set(key, [c]);
  }
  return [...components.values()].map((members) => {
    const sides = [...new Set(members.map((c) => c.side))];
    return {
      topic: members[0].topic,
      disputed: members.some((c) => c.disputes.some((d) => ids.has(d))),
      columns: sides.map((side) => ({ side, claims: members.filter((c) => c.side === side) })),
    };
  });
}

/** Yearly event counts for the slider's histogram; an event counts in every year it spans. */
export function eventsPerYear(model: Model): Map<number, number> {
  const counts = new Map<number, number>();
  for (const span of model.eventSpan.values()) {
    const firstYear = yearOf(span.first);
    const lastYear = yearOf(span.last);
    for (let year = firstYear; year <= lastYear; year++) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}

export function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}
