import { formatSpan } from '../data/dates.ts';
import type { Event } from '../data/schema.ts';
import { CATEGORY_STYLES } from '../map/categories.ts';
import { CategoryIcon } from '../map/CategoryIcon.tsx';

export function EventList({ events }: { events: Event[] }) {
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
            {event.note && <p className="event-note">{event.note}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}

function formatFatalities({ low, best, high }: Event['fatalities']): string {
  return low !== null && high !== null && low !== high ? `${best} (${low}–${high})` : `${best}`;
}
