import type { Model } from '../data/model.ts';
import { activePlaces, claimsAt, eventsAt, placeStates } from '../data/selectors.ts';
import { ClaimGroups } from './ClaimGroups.tsx';
import { EventList } from './EventList.tsx';
import { KIND_LABELS } from './labels.ts';

/**
 * Every place with its events and claims, as plain HTML written into index.html at build.
 * The app replaces it when it starts; where it cannot start (scripts blocked, a sandboxed
 * iframe), the reader still has the whole dataset instead of a blank frame.
 */
export function StaticDataset({ model }: { model: Model }) {
  const all = model.extent;
  const places = activePlaces(model, placeStates(model, all));
  return (
    <main className="static-dataset">
      <h1>Borderlines: who claims what on the Pakistan–Afghanistan border</h1>
      <p role="note">
        The interactive map has not started on this page (it may still be loading, or the page that embeds it may block it). Every
        place, event and claim it holds is listed below; each statement is attributed to whoever made it.
      </p>
      {places.map((place) => (
        <section key={place.id} aria-labelledby={`static-${place.id}`}>
          <h2 id={`static-${place.id}`}>
            {place.name} <small>({KIND_LABELS[place.kind]})</small>
          </h2>
          <EventList events={eventsAt(model, place.id, all)} model={model} />
          {/* No "link to this claim" here: the page these links open is the one that has not started. */}
          <ClaimGroups claims={claimsAt(model, place.id, all)} model={model} withLinks={false} />
        </section>
      ))}
    </main>
  );
}
