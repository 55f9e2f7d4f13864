import type { Place } from '../data/schema.ts';
import type { StateList } from '../data/selectors.ts';
import { CategoryIcon } from '../map/CategoryIcon.tsx';
import { KIND_LABELS } from './labels.ts';
import { Paged } from './Paged.tsx';

interface PlaceListProps {
  places: Place[];
  states: StateList;
  /** Counted only for the places on screen: the list is paged. */
  claimCount: (placeId: string) => number;
  onSelect: (id: string) => void;
}

/** Every place with something in the window, as buttons: the whole map is reachable from the keyboard. */
export function PlaceList({ places, states, claimCount, onSelect }: PlaceListProps) {
  if (places.length === 0) return <p className="empty">Nothing recorded in the chosen dates. Widen the dates below.</p>;
  return (
    <Paged items={places} noun="places">
      {(shown) => (
    <ul className="place-list">
      {shown.map((place) => {
        const state = states.get(place.id)!;
        return (
          <li key={place.id}>
            <button type="button" onClick={() => onSelect(place.id)} data-place-id={place.id}>
              <CategoryIcon category={state.category} />
              <span className="place-list-name">{place.name}</span>
              <span className="place-list-kind">{KIND_LABELS[place.kind]}</span>
              <span className="place-list-counts">
                {plural(state.eventCount, 'event')}, {plural(claimCount(place.id), 'claim')}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
      )}
    </Paged>
  );
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
