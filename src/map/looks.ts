/**
 * How areas and lines get their looks (active, category, selected): as feature-state, sent for
 * the few shapes whenever a look changes. Points are drawn by the GPU layer (marks-layer.ts).
 *
 * The states go to the style, not through `map.setFeatureState`, which also has every source
 * work out anew which tiles cover the view (MapLibre's `_update()`): 0.1 to 1 ms more of a
 * step's frame at 100,000 events (median 0.5 ms), for nothing, as the view has not moved.
 * MapLibre applies new states to the tiles in view as it draws each frame
 * (`TileManager.prepare`), so a frame is all they need; a browser test (map.test.ts) fails if an
 * area's look does not follow the slider. `Style.setFeatureState` is typed but not documented:
 * check it again when MapLibre is upgraded.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Model } from '../data/model.ts';
import type { Place } from '../data/schema.ts';
import type { DayRange } from '../data/dates.ts';
import { isActive, placeState } from '../data/selectors.ts';
import { SHAPES_SOURCE, sourceOf } from './layers.ts';

export class ShapeLooks {
  /** The positions (in model.places) of the areas and lines. */
  private readonly shapes: number[];
  /** What MapLibre was last sent for each shape, and the source it went to. */
  private readonly sent = new Map<number, string>();
  private sentTo: unknown = null;

  constructor(
    private readonly map: Pick<MapLibreMap, 'style' | 'getSource' | 'triggerRepaint'>,
    private readonly model: Model,
  ) {
    this.shapes = model.places.flatMap((place, position) => (sourceOf(place.geometry.type) === SHAPES_SOURCE ? [position] : []));
  }

  /** Sends the looks in `dateWindow` that differ from what MapLibre has. */
  show(dateWindow: DayRange, selectedId: string | null): void {
    // Not while a new style loads: its sources are not there yet. A new source (a new style, or
    // one restored after a lost WebGL context) holds no state: every look is sent to it.
    const source = this.map.getSource(SHAPES_SOURCE);
    if (!source) return;
    if (source !== this.sentTo) {
      this.sent.clear();
      this.sentTo = source;
    }
    let changed = false;
    for (const position of this.shapes) {
      const place = this.model.places[position];
      const state = placeState(this.model, place.id, dateWindow);
      const look = { active: isActive(state), category: state.category, selected: place.id === selectedId };
      const key = `${look.active}|${look.category}|${look.selected}`;
      if (this.sent.get(position) === key) continue;
      this.sent.set(position, key);
      this.map.style.setFeatureState(stateTarget(place, position), look);
      changed = true;
    }
    if (changed) this.map.triggerRepaint();
  }
}

/**
 * An area's or line's feature id is its position in `places` (see placeFeatures): MapLibre keeps
 * states by number, and a string id would be hashed on every change.
 */
export const stateTarget = (place: Place, position: number) => ({ source: sourceOf(place.geometry.type), id: position });
