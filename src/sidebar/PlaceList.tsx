import type { Place } from '../data/schema.ts';
import type { StateList } from '../data/selectors.ts';
import { CategoryIcon } from '../map/CategoryIcon.tsx';
import { useT } from '../i18n/i18n.tsx';
import { Paged } from './Paged.tsx';
import { PlaceName } from './PlaceName.tsx';

interface PlaceListProps {
  places: Place[];
  states: StateList;
  /** Counted only for the places on screen: the list is paged. */
  claimCount: (placeId: string) => number;
  onSelect: (id: string) => void;
}

/** Every place with something in the window, as buttons: the whole map is reachable from the keyboard. */
export function PlaceList({ places, states, claimCount, onSelect }: PlaceListProps) {
  const t = useT();
  if (places.length === 0) return <p className="empty">{t('sidebar.empty')}</p>;
  return (
    <Paged items={places} more="sidebar.morePlaces">
      {(shown) => (
        <ul className="place-list">
          {shown.map((place) => {
            const state = states.get(place.id)!;
            return (
              <li key={place.id}>
                <button type="button" onClick={() => onSelect(place.id)} data-place-id={place.id}>
                  <CategoryIcon category={state.category} />
                  <span className="place-list-name">
                    <PlaceName place={place} />
                  </span>
                  <span className="place-list-kind">{t(`kind.${place.kind}`)}</span>
                  <span className="place-list-counts">
                    {t('sidebar.counts', {
                      events: t('app.events', { count: state.eventCount }),
                      claims: t('app.claims', { count: claimCount(place.id) }),
                    })}
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
