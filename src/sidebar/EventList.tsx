import type { Model } from '../data/model.ts';
import type { Event } from '../data/schema.ts';
import { formatCount, formatSpan, rich, useT, type Translate } from '../i18n/i18n.tsx';
import { CategoryIcon } from '../map/CategoryIcon.tsx';
import { SourceLine } from './ClaimCard.tsx';
import { CorrectionNote } from './Corrections.tsx';
import { Original, RecordField } from './RecordText.tsx';

/** Events in date order, each with the sources that report it: the map reports, it does not assert. */
export function EventList({ events, model }: { events: Event[]; model: Model }) {
  const t = useT();
  return (
    <ol className="event-list">
      {events.map((event) => (
        <li key={event.id} className="event">
          <CategoryIcon category={event.category} />
          <div>
            <strong>
              <RecordField record="event" id={event.id} field="title" original={event.title} />
            </strong>
            <div className="event-meta">
              <time dateTime={event.start}>{formatSpan(event.start, event.end, event.dateApproximate)}</time>
              {' · '}
              {t(`category.${event.category}`)}
              {event.status === 'alleged' && <span className="badge badge--alleged">{t('event.alleged')}</span>}
            </div>
            <div className="event-meta">
              {/* ACLED's vocabulary, kept in English so that it can be compared with ACLED's data. */}
              <Original>
                {event.event_type} / {event.sub_event_type}
              </Original>
              {event.fatalities.best !== null && ` · ${t('event.fatalities', { figure: formatFatalities(event.fatalities, t) })}`}
            </div>
            {event.actors.length > 0 && (
              <div className="event-meta">{rich(t('event.actors'), { actors: <Original>{event.actors.join(', ')}</Original> })}</div>
            )}
            <CorrectionNote corrections={event.corrections} />
            {event.note && (
              <p className="event-note">
                <RecordField record="event" id={event.id} field="note" original={event.note} />
              </p>
            )}
            <div className="event-meta">
              {event.sourceIds.map((id) => (
                <SourceLine key={id} source={model.sourceById.get(id)!} />
              ))}
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}

function formatFatalities({ low, best, high }: Event['fatalities'], t: Translate): string {
  return low !== null && high !== null && low !== high ? t('event.fatalityRange', { best: best!, low, high }) : formatCount(best!);
}
