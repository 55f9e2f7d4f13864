import { matchesFilter, type ClaimFilter } from '../data/accounts.ts';
import type { Model } from '../data/model.ts';
import type { Place } from '../data/schema.ts';
import type { DayRange } from '../data/dates.ts';
import { claimsAt, eventsAt } from '../data/selectors.ts';
import { ClaimGroups } from './ClaimGroups.tsx';
import { CorrectionNote } from './Corrections.tsx';
import { EventList } from './EventList.tsx';
import { KIND_LABELS } from './labels.ts';
import { Paged } from './Paged.tsx';

/** A selected place: its events in date order and the claims tied to it, within the window. */
interface PlaceDetailProps {
  place: Place;
  model: Model;
  dateWindow: DayRange;
  onClose: () => void;
  claimFilter: ClaimFilter;
  linkedClaimId: string | null;
  onlyLinkedClaim: boolean;
}

export function PlaceDetail({ place, model, dateWindow, onClose, claimFilter, linkedClaimId, onlyLinkedClaim }: PlaceDetailProps) {
  const events = eventsAt(model, place.id, dateWindow);
  const inWindow = claimsAt(model, place.id, dateWindow);
  const claims = inWindow.filter((c) => (onlyLinkedClaim ? c.id === linkedClaimId : c.id === linkedClaimId || matchesFilter(c, claimFilter)));
  const filteredOut = inWindow.length - claims.length;
  return (
    <div className="place-detail">
      <div className="place-heading">
        <button type="button" className="back" onClick={onClose}>
          ← All places
        </button>
        <h2 id="sidebar-title" tabIndex={-1}>
          {place.name}
        </h2>
        <p className="place-kind">
          {KIND_LABELS[place.kind]}
          {place.altNames.length > 0 && <> · also {place.altNames.join(', ')}</>}
          {place.precision === 'approximate' && <span className="badge badge--approximate">Approximate location</span>}
        </p>
        {place.note && <p className="place-note">{place.note}</p>}
        <CorrectionNote corrections={place.corrections} />
      </div>
      <section aria-labelledby="events-heading">
        <h3 id="events-heading">Events ({events.length})</h3>
        {events.length > 0 ? (
          <Paged items={events} noun="events">
            {(shown) => <EventList events={shown} model={model} />}
          </Paged>
        ) : (
          <p className="empty">No events here in the chosen dates.</p>
        )}
      </section>
      <section aria-labelledby="claims-heading">
        <h3 id="claims-heading">Claims ({claims.length})</h3>
        {filteredOut > 0 && (
          <p className="hint">
            {onlyLinkedClaim ? 'The linked claim alone' : 'Filtered by side or speaker'}: {filteredOut} more {filteredOut === 1 ? 'claim' : 'claims'} here in the chosen dates.
          </p>
        )}
        {claims.length > 0 ? (
          <ClaimGroups claims={claims} model={model} linkedClaimId={linkedClaimId} />
        ) : (
          <p className="empty">No claims about this place in the chosen dates.</p>
        )}
      </section>
    </div>
  );
}
