/**
 * Wires the reader's state (selected place, date window) to the map, the sidebar, the slider
 * and the URL. Data flows one way: dataset → model (indexes) → selectors → components.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { Config } from './config.ts';
import { formatDay } from './data/dates.ts';
import { buildModel } from './data/model.ts';
import type { Dataset } from './data/schema.ts';
import { countInWindow, eventsPerYear, placeStates, type DayWindow } from './data/selectors.ts';
import { DataNotices, type DataNotice } from './DataNotices.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Legend } from './map/Legend.tsx';
import { Sidebar } from './sidebar/Sidebar.tsx';
import { plural } from './sidebar/PlaceList.tsx';
import { readUrlState, writeUrlState } from './state/url-state.ts';
import { TimeSlider } from './timeline/TimeSlider.tsx';

// The map library is its own chunk: the sidebar and the list work before it arrives.
const BorderMap = lazy(() => import('./map/BorderMap.tsx'));

interface AppProps {
  dataset: Dataset;
  config: Config;
  notices: DataNotice[];
}

export function App({ dataset, config, notices }: AppProps) {
  const model = useMemo(() => buildModel(dataset), [dataset]);
  const perYear = useMemo(() => eventsPerYear(model), [model]);
  const initial = useMemo(() => initialState(model), [model]);
  const [selectedId, setSelectedId] = useState(initial.place);
  const [window, setWindow] = useState(initial.window);
  const [focusRequest, setFocusRequest] = useState(0);

  const states = useMemo(() => placeStates(model, window), [model, window]);
  const counts = useMemo(() => countInWindow(model, window), [model, window]);

  useEffect(() => {
    const isWhole = window.first === model.extent.first && window.last === model.extent.last;
    const search = writeUrlState(location.search, {
      place: selectedId,
      from: isWhole ? null : window.first,
      to: isWhole ? null : window.last,
    });
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }, [selectedId, window, model]);

  const select = (id: string | null, fromList = false) => {
    setSelectedId(id);
    if (id && fromList) setFocusRequest((n) => n + 1);
  };

  return (
    <div className="app">
      <header className="masthead">
        <h1>Borderlines: who claims what on the Pakistan–Afghanistan border</h1>
        <p className="masthead-note">
          Every statement is attributed to whoever made it; the map makes no claim of its own.
        </p>
      </header>
      <DataNotices notices={notices} />
      <main className="layout">
        <div className="map-area">
          <ErrorBoundary fallback={(error) => <MapUnavailable error={error} />}>
            <Suspense fallback={<p className="map-loading">Loading the map…</p>}>
              <BorderMap
                places={model.places}
                states={states}
                selectedId={selectedId}
                focusRequest={focusRequest}
                onSelect={(id) => select(id)}
                remoteStyleUrl={config.basemapStyleUrl}
              />
            </Suspense>
          </ErrorBoundary>
          <Legend />
        </div>
        <Sidebar model={model} window={window} states={states} selectedId={selectedId} onSelect={select} />
        <TimeSlider extent={model.extent} window={window} perYear={perYear} onChange={setWindow} />
      </main>
      <p className="visually-hidden" aria-live="polite" role="status">
        {plural(counts.events, 'event')} and {plural(counts.claims, 'claim')} between {formatDay(window.first)} and{' '}
        {formatDay(window.last)}
      </p>
    </div>
  );
}

function initialState(model: ReturnType<typeof buildModel>): { place: string | null; window: DayWindow } {
  const url = readUrlState(location.search);
  const clamp = (day: number) => Math.min(model.extent.last, Math.max(model.extent.first, day));
  const first = clamp(url.from ?? model.extent.first);
  const last = clamp(url.to ?? model.extent.last);
  return {
    place: url.place && model.placeById.has(url.place) ? url.place : null,
    window: first <= last ? { first, last } : model.extent,
  };
}

function MapUnavailable({ error }: { error: Error }) {
  return (
    <div className="map-unavailable" role="alert">
      <p>The map could not start in this browser ({error.message}).</p>
      <p>The list of places, events and claims beside it works without the map.</p>
    </div>
  );
}
