import { matchesFilter, type ClaimFilter } from '../data/accounts.ts';
import type { Model } from '../data/model.ts';
import type { Place } from '../data/schema.ts';
import type { DayRange } from '../data/dates.ts';
import { claimsAt, eventsAt } from '../data/selectors.ts';
import { ClaimGroups } from './ClaimGroups.tsx';
import { CorrectionNote } from './Corrections.tsx';
import { EventList } from './EventList.tsx';
import { Paged } from './Paged.tsx';
import { PlaceName } from './PlaceName.tsx';
import { Original, RecordField } from './RecordText.tsx';
import { rich, useT } from '../i18n/i18n.tsx';

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
  const claims = inWindow.filter((c) =>
    onlyLinkedClaim ? c.id === linkedClaimId : c.id === linkedClaimId || matchesFilter(c, claimFilter),
  );
  const filteredOut = inWindow.length - claims.length;
  const t = useT();
  return (
    <div className="place-detail">
      <div className="place-heading">
        <button type="button" className="back" onClick={onClose}>
          {t('place.back')}
        </button>
        <h2 id="sidebar-title" tabIndex={-1}>
          <PlaceName place={place} />
        </h2>
        <p className="place-kind">
          {t(`kind.${place.kind}`)}
          {place.altNames.length > 0 && <> · {rich(t('place.also'), { names: <Original>{place.altNames.join(', ')}</Original> })}</>}
          {place.precision === 'approximate' && <span className="badge badge--approximate">{t('legend.approximateLocation')}</span>}
        </p>
        {place.note && (
          <p className="place-note">
            <RecordField record="place" id={place.id} field="note" original={place.note} />
          </p>
        )}
        <CorrectionNote corrections={place.corrections} />
      </div>
      <section aria-labelledby="events-heading">
        <h3 id="events-heading">{t('place.events', { count: events.length })}</h3>
        {events.length > 0 ? (
          <Paged items={events} more="sidebar.moreEvents">
            {(shown) => <EventList events={shown} model={model} />}
          </Paged>
        ) : (
          <p className="empty">{t('place.noEvents')}</p>
        )}
      </section>
      <section aria-labelledby="claims-heading">
        <h3 id="claims-heading">{t('place.claims', { count: claims.length })}</h3>
        {filteredOut > 0 && <p className="hint">{t(onlyLinkedClaim ? 'place.linkedAlone' : 'place.filtered', { count: filteredOut })}</p>}
        {claims.length > 0 ? (
          <ClaimGroups claims={claims} model={model} linkedClaimId={linkedClaimId} />
        ) : (
          <p className="empty">{t('place.noClaims')}</p>
        )}
      </section>
    </div>
  );
}
