import type { Place } from '../data/schema.ts';
import { hasOwnName, nameOf, useT } from '../i18n/i18n.tsx';
import { Original } from './RecordText.tsx';

/** A place's name in the reader's language, or its English name isolated and marked as English. */
export function PlaceName({ place }: { place: Place }) {
  useT();
  return hasOwnName(place) ? <>{nameOf(place)}</> : <Original>{place.name}</Original>;
}
