/**
 * What the map sends MapLibre (src/map/looks.ts), against a stand-in for the map that records
 * each feature-state it is given and lets the test say which points it draws on their own.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/data/schema.ts';
import type { PlaceState, StateList } from '../../src/data/selectors.ts';
import { POINTS_SOURCE, SHAPES_SOURCE } from '../../src/map/layers.ts';
import { LookSender, type Looks } from '../../src/map/looks.ts';

class MapStandIn {
  private readonly handlers = new Map<string, Set<(event: object) => void>>();
  zoom = 5;
  /** The grouped points drawn on their own (positions), as querySourceFeatures would list them. */
  drawnAlone: number[] = [];
  readonly sent: { source: string; id: number; look: object }[] = [];

  on(type: string, handler: (event: object) => void) {
    if (!this.handlers.has(type)) this.handlers.set(type, new Set());
    this.handlers.get(type)!.add(handler);
  }
  off(type: string, handler: (event: object) => void) {
    this.handlers.get(type)?.delete(handler);
  }
  fire(type: string, event: object = {}) {
    for (const handler of this.handlers.get(type) ?? []) handler(event);
  }
  getZoom = () => this.zoom;
  getSource = () => ({});
  querySourceFeatures = () => [
    { id: 99, properties: { point_count: 12 } },
    ...this.drawnAlone.map((id) => ({ id, properties: {} })),
  ];
  setFeatureState(target: { source: string; id: number }, look: object) {
    this.sent.push({ ...target, look });
  }
  sentIds = () => this.sent.map((s) => s.id);
}

const point = (id: string): Place => ({ id, geometry: { type: 'Point', coordinates: [70, 33] } }) as Place;
const area = (id: string): Place => ({ id, geometry: { type: 'Polygon', coordinates: [] } }) as unknown as Place;
const places = [point('a'), point('b'), area('province'), point('c')];
const active = (category: PlaceState['category']): PlaceState => ({ eventCount: 1, hasClaims: false, category });
const looksOf = (list: PlaceState[], selectedId: string | null = null): Looks => ({ places, states: { list } as StateList, selectedId });
const allActive = looksOf([active('airstrike'), active('airstrike'), active('airstrike'), active('airstrike')]);

function senderAtRest(grouped = true) {
  const map = new MapStandIn();
  const sender = new LookSender(map as unknown as MapLibreMap, grouped);
  map.fire('idle');
  return { map, sender };
}

describe('the looks sent to MapLibre', () => {
  it('leave out, at rest, the grouped points the map does not draw on their own; areas always go', () => {
    const { map, sender } = senderAtRest();
    map.drawnAlone = [0];
    sender.send(allActive, null);
    expect(map.sentIds()).toEqual([0, 2]);
    expect(map.sent.find((s) => s.id === 2)!.source).toBe(SHAPES_SOURCE);
  });

  it('are all sent, with the latest states, as soon as the map starts to move', () => {
    const { map, sender } = senderAtRest();
    map.drawnAlone = [0];
    sender.send(allActive, null);
    sender.send(looksOf([active('airstrike'), active('displacement'), active('airstrike'), active('talks-ceasefire')]), [1, 3]);
    expect(map.sentIds()).toEqual([0, 2]);
    map.fire('movestart');
    expect(map.sent.slice(2)).toEqual([
      { source: POINTS_SOURCE, id: 1, look: { active: true, category: 'displacement', selected: false } },
      { source: POINTS_SOURCE, id: 3, look: { active: true, category: 'talks-ceasefire', selected: false } },
    ]);
  });

  it('are all sent when a tile of the points arrives', () => {
    const { map, sender } = senderAtRest();
    sender.send(allActive, null);
    expect(map.sentIds()).toEqual([2]);
    map.fire('sourcedata', { sourceId: SHAPES_SOURCE, tile: {} });
    expect(map.sentIds()).toEqual([2]);
    map.fire('sourcedata', { sourceId: POINTS_SOURCE, tile: {} });
    expect(map.sentIds()).toEqual([2, 0, 1, 3]);
  });

  it('are never held back while the map has not come to rest, nor for the selected place', () => {
    const map = new MapStandIn();
    const sender = new LookSender(map as unknown as MapLibreMap, true);
    sender.send(allActive, null);
    expect(map.sentIds()).toEqual([0, 1, 2, 3]);

    const rested = senderAtRest();
    rested.sender.send(looksOf(allActive.states.list, 'c'), null);
    expect(rested.map.sent).toEqual([
      { source: SHAPES_SOURCE, id: 2, look: { active: true, category: 'airstrike', selected: false } },
      { source: POINTS_SOURCE, id: 3, look: { active: true, category: 'airstrike', selected: true } },
    ]);
  });

  it('are all sent when points are not grouped, or at a zoom where no point is', () => {
    const ungrouped = senderAtRest(false);
    ungrouped.sender.send(allActive, null);
    expect(ungrouped.map.sentIds()).toEqual([0, 1, 2, 3]);
    const close = senderAtRest();
    close.map.zoom = 8;
    close.sender.send(allActive, null);
    expect(close.map.sentIds()).toEqual([0, 1, 2, 3]);
  });

  it('are not sent again when unchanged, and not at all once the sender is disposed', () => {
    const { map, sender } = senderAtRest(false);
    sender.send(allActive, null);
    sender.send(allActive, null);
    expect(map.sent).toHaveLength(4);

    const grouped = senderAtRest();
    grouped.sender.send(allActive, null);
    grouped.sender.dispose();
    grouped.map.fire('movestart');
    grouped.map.fire('sourcedata', { sourceId: POINTS_SOURCE, tile: {} });
    expect(grouped.sender.disposed).toBe(true);
    expect(grouped.map.sentIds()).toEqual([2]);
  });
});
