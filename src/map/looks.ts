/**
 * How the places' states reach MapLibre: as feature-state, sent only for the places whose look
 * (active, category, selected) changed, and only for the places the map can draw right now.
 *
 * At low zoom a grouped source draws most points inside their groups, and a group's look does not
 * depend on the window; sending those points' states would make MapLibre redo work nobody sees.
 * Their looks are held back and sent as soon as the map may draw them: whenever it starts to move
 * or a tile of the points arrives.
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
  /** Positions whose look may differ from what was sent, because the map could not draw them. */
  private held = new Set<number>();
  /** The grouped points MapLibre draws on their own, while it draws some as groups; null = not known yet. */
  private drawnPoints: Set<number> | null = null;
  private latest: Looks | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly grouped: boolean,
  ) {
    map.on('movestart', this.release);
    map.on('sourcedata', this.onSourceData);
  }

  dispose(): void {
    this.map.off('movestart', this.release);
    this.map.off('sourcedata', this.onSourceData);
  }

  /** Sends the looks of `changed` positions (all places if null) that differ from what MapLibre has. */
  send(looks: Looks, changed: Iterable<number> | null): void {
    this.latest = looks;
    const drawn = this.drawnNow();
    let sentAny = false;
    for (const position of changed ?? looks.places.keys()) {
      if (drawn && sourceOf(looks.places[position].geometry.type) === POINTS_SOURCE && !drawn.has(position)) {
        this.held.add(position);
        continue;
      }
      sentAny = this.sendOne(looks, position) || sentAny;
    }
    if (sentAny) this.map.triggerRepaint();
  }

  /** Sends every look held back: the map is about to draw other tiles. */
  private readonly release = (): void => {
    this.drawnPoints = null;
    const looks = this.latest;
    if (!looks || this.held.size === 0) return;
    const held = this.held;
    this.held = new Set();
    let sentAny = false;
    for (const position of held) sentAny = this.sendOne(looks, position) || sentAny;
    if (sentAny) this.map.triggerRepaint();
  };

  private readonly onSourceData = (event: MapSourceDataEvent): void => {
    if (event.sourceId === POINTS_SOURCE && event.tile) this.release();
  };

  private sendOne({ places, states, selectedId }: Looks, position: number): boolean {
    const place = places[position];
    const state = states.list[position];
    const look = { active: isActive(state), category: state?.category ?? null, selected: place.id === selectedId };
    const key = `${look.active}|${look.category}|${look.selected}`;
    if (this.sent[position] === key) return false;
    this.sent[position] = key;
    this.map.setFeatureState(stateTarget(place, position), look);
    return true;
  }

  /** The grouped points drawn on their own, or null when every point is (no groups at this zoom). */
  private drawnNow(): Set<number> | null {
    if (!this.grouped || this.map.getZoom() >= CLUSTER_OPTIONS.clusterMaxZoom + 1) return null;
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
