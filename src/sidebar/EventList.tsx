import { formatSpan } from '../data/dates.ts';
import type { Model } from '../data/model.ts';
import type { Event } from '../data/schema.ts';
import { CATEGORY_STYLES } from '../map/categories.ts';
import { CategoryIcon } from '../map/CategoryIcon.tsx';
import { SourceLine } from './ClaimCard.tsx';
import { CorrectionNote } from './Corrections.tsx';

/** Events in date order, each with the sources that report it: the map reports, it does not assert. */
export function EventList({ events, model }: { events: Event[]; model: Model }) {
  return (
    <ol className="event-list">
      {events.map((event) => (
        <li key={event.id} className="event">
          <CategoryIcon category={event.category} />
          <div>
            <strong>{event.title}</strong>
            <div className="event-meta">
              <time dateTime={event.start}>{formatSpan(event.start, event.end, event.dateApproximate)}</time>
              {' · '}
              {CATEGORY_STYLES[event.category].label}
              {event.status === 'alleged' && <span className="badge badge--alleged">Alleged by one side</span>}
            </div>
            <div className="event-meta">
              {event.event_type} / {event.sub_event_type}
              {event.fatalities.best !== null && ` · fatalities reported: ${formatFatalities(event.fatalities)}`}
            </div>
            {event.actors.length > 0 && <div className="event-meta">Actors: {event.actors.join(', ')}</div>}
            <CorrectionNote corrections={event.corrections} />
            {event.note && <p className="event-note">{event.note}</p>}
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

function formatFatalities({ low, best, high }: Event['fatalities']): string {
  return low !== null && high !== null && low !== high ? `${best} (${low}–${high})` : `${best}`;
}
