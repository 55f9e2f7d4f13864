/**
 * How the places' states reach MapLibre: as feature-state, sent only for the places whose look
 * (active, category, selected) changed, and only for the places the map draws right now.
 *
 * At low zoom a grouped source draws most points inside their groups, and a group's look does not
 * depend on the window; sending those points' states would make MapLibre redo work nobody sees.
 * While the map rests, their looks are held back. Everything held is sent as soon as the map may
 * draw something else: when it starts to move or a tile of the points arrives; and until it has
 * come to rest again (its next 'idle'), nothing is held.
 */
import type { GeoJSONSource, MapSourceDataEvent, Map as MapLibreMap } from 'maplibre-gl';
import { isActive, type StateList } from '../data/selectors.ts';
import type { Place } from '../data/schema.ts';
import { CLUSTER_OPTIONS, POINTS_SOURCE, sourceOf } from './layers.ts';

export interface Looks {
  places: Place[];
  states: StateList;
  selectedId: string | null;
}

export class LookSender {
  /** What MapLibre was sent for each position in `places`, or undefined if nothing yet. */
  private readonly sent: (string | undefined)[] = [];
  /** Positions whose look may differ from what was sent, because the map was not drawing them. */
  private held = new Set<number>();
  /** The grouped points drawn on their own at rest; null = not worked out since the map last moved. */
  private drawnPoints: Set<number> | null = null;
  /** Whether the map has drawn everything for its view since it last moved. */
  private atRest = false;
  private latest: Looks | null = null;
  disposed = false;

  constructor(
    private readonly map: MapLibreMap,
    private readonly grouped: boolean,
  ) {
    map.on('movestart', this.onMoveStart);
    map.on('idle', this.onIdle);
    map.on('sourcedata', this.onSourceData);
  }

  dispose(): void {
    this.disposed = true;
    this.map.off('movestart', this.onMoveStart);
    this.map.off('idle', this.onIdle);
    this.map.off('sourcedata', this.onSourceData);
  }

  /**
   * Sends the looks of the `changed` positions (of every place if null) that differ from what
   * MapLibre has, and holds back those of points the map draws inside a group.
   */
  send(looks: Looks, changed: Iterable<number> | null): void {
    this.latest = looks;
    const drawn = this.drawnNow();
    for (const position of changed ?? looks.places.keys()) {
      const place = looks.places[position];
      const hidden = drawn && sourceOf(place.geometry.type) === POINTS_SOURCE && !drawn.has(position);
      if (hidden && place.id !== looks.selectedId) this.held.add(position);
      else this.sendOne(looks, position);
    }
  }

  private readonly onMoveStart = (): void => {
    this.atRest = false;
    this.release();
  };

  private readonly onIdle = (): void => {
    this.atRest = true;
  };

  private readonly onSourceData = (event: MapSourceDataEvent): void => {
    if (event.sourceId === POINTS_SOURCE && event.tile) this.release();
  };

  /** Sends every look held back: the map may draw other points now. */
  private release(): void {
    this.drawnPoints = null;
    const looks = this.latest;
    const held = this.held;
    this.held = new Set();
    if (looks) for (const position of held) this.sendOne(looks, position);
  }

  private sendOne({ places, states, selectedId }: Looks, position: number): void {
    const place = places[position];
    const state = states.list[position];
    const look = { active: isActive(state), category: state?.category ?? null, selected: place.id === selectedId };
    const key = `${look.active}|${look.category}|${look.selected}`;
    if (this.sent[position] === key) return;
    this.sent[position] = key;
    this.map.setFeatureState(stateTarget(place, position), look);
  }

  /** The grouped points drawn on their own, or null when no point may be held back. */
  private drawnNow(): Set<number> | null {
    if (!this.grouped || !this.atRest || this.map.getZoom() >= CLUSTER_OPTIONS.clusterMaxZoom + 1) return null;
    if (!this.map.getSource<GeoJSONSource>(POINTS_SOURCE)) return null;
    this.drawnPoints ??= new Set(
      this.map
        .querySourceFeatures(POINTS_SOURCE)
        .filter((feature) => !feature.properties?.point_count)
        .map((feature) => Number(feature.id)),
    );
    return this.drawnPoints;
  }
}

/**
 * A place's feature id is its position in `places` (see placeFeatures): MapLibre keeps states
 * by number, and a string id would be hashed on every change. A group of points has an id of
 * its own that may equal a position: the group layers must not read feature-state.
 */
export const stateTarget = (place: Place, position: number) => ({ source: sourceOf(place.geometry.type), id: position });
