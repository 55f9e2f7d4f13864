import type { Place } from '../data/schema.ts';
import type { PlaceState } from '../data/selectors.ts';
import { CategoryIcon } from '../map/CategoryIcon.tsx';
import { KIND_LABELS } from './labels.ts';

/** Every place with something in the window, as buttons: the whole map is reachable from the keyboard. */
export function PlaceList({ places, states, onSelect }: { places: Place[]; states: Map<string, PlaceState>; onSelect: (id: string) => void }) {
  if (places.length === 0) return <p className="empty">Nothing recorded in the chosen dates. Widen the dates below.</p>;
  return (
    <ul className="place-list">
      {places.map((place) => {
        const state = states.get(place.id)!;
        return (
          <li key={place.id}>
            <button type="button" onClick={() => onSelect(place.id)} data-place-id={place.id}>
              <CategoryIcon category={state.category} />
              <span className="place-list-name">{place.name}</span>
              <span className="place-list-kind">{KIND_LABELS[place.kind]}</span>
              <span className="place-list-counts">
                {plural(state.eventCount, 'event')}, {plural(state.claimCount, 'claim')}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
