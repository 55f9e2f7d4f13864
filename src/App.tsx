/**
 * Wires the reader's state (selected place, date window, categories, map view) to the map,
 * the sidebar, the slider and the URL. Data flows one way: dataset → model (indexes) →
 * selectors → components.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { Config } from './config.ts';
import type { DayRange } from './data/dates.ts';
import { filterByCategories } from './data/filter.ts';
import { buildModel } from './data/model.ts';
import type { Dataset } from './data/schema.ts';
import { CATEGORIES, type Category } from './data/vocabulary.ts';
import { countEventsInWindow, eventsPerYear, placeStates } from './data/selectors.ts';
import { DataNotices, type DataNotice } from './DataNotices.tsx';
import { EmbedDialog } from './embed/EmbedDialog.tsx';
import { postHeightToParent, readHeightChannels } from './embed/height.ts';
import { descriptionOf } from './embed/oembed.ts';
import { fullMapUrl, siteFolder } from './embed/snippet.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { formatDay, nameOf, useLanguage, useT } from './i18n/i18n.tsx';
import { LanguageSwitch } from './i18n/LanguageSwitch.tsx';
import { isGrouped } from './map/layers.ts';
import { Legend } from './map/Legend.tsx';
import { PageFooter } from './sidebar/Corrections.tsx';
import { RecordTranslations, useRecordTranslations } from './sidebar/RecordText.tsx';
import { Sidebar } from './sidebar/Sidebar.tsx';
import { useStoreAfterPaint } from './state/after-paint.ts';
import { Store } from './state/store.ts';
import { parseView, readUrlState, writeUrlState, type MapView } from './state/url-state.ts';
import { TimeSlider } from './timeline/TimeSlider.tsx';

// The map library is its own chunk: the sidebar and the list work before it arrives.
const BorderMap = lazy(() => import('./map/BorderMap.tsx'));

interface AppProps {
  dataset: Dataset;
  /** The folder the dataset was loaded from: the downloads point there. */
  datasetUrl: string;
  config: Config;
  notices: DataNotice[];
  /** Only the places have arrived: the map draws them while the events and claims load. */
  loading: boolean;
  /** Called once the map has drawn the places (or cannot draw them). */
  onPlacesDrawn?: () => void;
}

export function App({ dataset, datasetUrl, config, notices, loading, onPlacesDrawn }: AppProps) {
  const fullModel = useMemo(() => buildModel(dataset), [dataset]);
  const [initial] = useState(initialState);
  const [chosenPlace, choosePlace] = useState(initial.place);
  const [categories, setCategories] = useState(initial.cats);
  const [view, setView] = useState(initial.view);
  // A link to a place with no map position opens with the place in view.
  const [focusRequest, setFocusRequest] = useState(initial.place && !initial.view ? 1 : 0);
  const embed = initial.embed;
  const { lang, chosen, t } = useLanguage();
  const translations = useRecordTranslations(datasetUrl, lang, dataset, loading);

  const model = useMemo(
    () => (categories ? buildModel(filterByCategories(dataset, categories)) : fullModel),
    [dataset, fullModel, categories],
  );
  const extent = fullModel.extent;
  // The slider sets the window; the map follows it within the frame of each step (see BorderMap),
  // and the app, with the sidebar, the counts and the URL, once that frame is painted. It opens
  // on the URL's dates (or all dates) within the extent, which is known once the events arrive.
  const windowStore = useMemo(() => new Store(windowWithin(extent, initial)), [extent, initial]);
  const selectedId = chosenPlace && fullModel.placeById.has(chosenPlace) ? chosenPlace : null;
  const grouped = useMemo(() => isGrouped(fullModel.places), [fullModel]);
  const perYear = useMemo(() => eventsPerYear(model), [model]);
  const shownWindow = useStoreAfterPaint(windowStore);
  const states = useMemo(() => placeStates(model, shownWindow), [model, shownWindow]);
  const eventCount = useMemo(() => countEventsInWindow(model, shownWindow), [model, shownWindow]);
  const urlView = useMemo(() => {
    const isWhole = shownWindow.first === extent.first && shownWindow.last === extent.last;
    return {
      place: selectedId,
      from: isWhole ? null : shownWindow.first,
      to: isWhole ? null : shownWindow.last,
      cats: categories,
      view,
      // A language the reader chose stays in the link; one taken from the browser's settings does not.
      lang: chosen ? lang : null,
    };
  }, [shownWindow, extent, selectedId, categories, view, chosen, lang]);

  const search = writeUrlState(location.search, { ...urlView, view: embed ? view : null });
  useEffect(() => {
    // Not while the events load: the dates are not known yet, and the URL's must stay as they are.
    if (loading) return;
    // Written once the reader pauses: browsers throttle history updates made on every slider step.
    // The full page keeps its view in MapLibre's #zoom/lat/lon; an embed keeps it in the query.
    const timer = setTimeout(() => history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`), 150);
    return () => clearTimeout(timer);
  }, [search, loading]);

  useEffect(() => {
    if (!embed) return;
    document.documentElement.classList.add('embed');
    return postHeightToParent(readHeightChannels(location.search, initial.hash));
  }, [embed, initial.hash]);

  // Stable callbacks, so that the sidebar and the legend skip the renders of slider steps.
  const select = useCallback((id: string | null, fromList = false) => {
    choosePlace(id);
    if (id && fromList) setFocusRequest((n) => n + 1);
  }, []);
  const chooseCategories = useCallback((cats: Category[]) => setCategories(cats.length === CATEGORIES.length ? null : cats), []);
  const selectedPlace = selectedId ? (fullModel.placeById.get(selectedId) ?? null) : null;
  const placeName = selectedPlace ? nameOf(selectedPlace) : null;
  // The noscript picture is the place's rendered view (public/previews/): its alt text describes that.
  const description = descriptionOf(selectedPlace, t, nameOf);

  return (
    <div className={embed ? 'app app--embed' : 'app'}>
      {!embed && (
        <header className="masthead">
          <div>
            <h1>{t('app.title')}</h1>
            <p className="masthead-note">{t('app.note')}</p>
          </div>
          <LanguageSwitch />
          {/* An embed shows the language it is embedded in, whatever the reader's browser prefers. */}
          <EmbedDialog view={{ ...urlView, lang }} placeName={placeName} description={description} disabled={loading} />
        </header>
      )}
      <DataNotices notices={notices} />
      <main className="layout">
        <div className="map-area">
          <ErrorBoundary fallback={(error) => <MapUnavailable error={error} onShown={onPlacesDrawn} />}>
            <Suspense fallback={<p className="map-loading">{t('app.loadingMap')}</p>}>
              <BorderMap
                // A new language makes a new map: its labels, its controls' names and its direction.
                key={lang}
                model={model}
                windowStore={loading ? null : windowStore}
                selectedId={selectedId}
                focusRequest={focusRequest}
                onSelect={select}
                remoteStyleUrl={config.basemapStyleUrl}
                initialView={view ?? initial.view}
                keepViewInHash={!embed}
                onViewChange={setView}
                groupPoints={grouped}
                onPlacesDrawn={onPlacesDrawn}
              />
            </Suspense>
          </ErrorBoundary>
          {loading && (
            <p className="map-note" aria-hidden="true">
              {t('app.loadingRecords')}
            </p>
          )}
          <Legend
            categories={categories ?? CATEGORIES}
            onChange={chooseCategories}
            startFolded={embed}
            grouped={grouped}
          />
        </div>
        <RecordTranslations value={translations}>
          <Sidebar
            model={model}
            dateWindow={shownWindow}
            states={states}
            selectedId={selectedId}
            onSelect={select}
            datasetUrl={datasetUrl}
            loading={loading}
          />
        </RecordTranslations>
        <TimeSlider extent={extent} windowStore={windowStore} perYear={perYear} disabled={loading} />
      </main>
      {!embed && <PageFooter />}
      {embed && (
        <p className="embed-credit">
          <a href={fullMapUrl(siteFolder(), { ...urlView, lang })} target="_blank" rel="noopener">
            {t('app.openFullMap')}
          </a>{' '}
          · {t('app.embedCredit')}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite" role="status">
        {loading
          ? t('app.loadingRecords')
          : t('app.status', {
              events: t('app.events', { count: eventCount }),
              places: t('app.places', { count: states.activeCount }),
              first: formatDay(shownWindow.first),
              last: formatDay(shownWindow.last),
            })}
      </p>
    </div>
  );
}

interface InitialState {
  place: string | null;
  from: number | null;
  to: number | null;
  cats: Category[] | null;
  view: MapView | null;
  embed: boolean;
  /** Read before MapLibre rewrites the fragment: it may hold WordPress's #?secret=. */
  hash: string;
}

function initialState(): InitialState {
  const url = readUrlState(location.search);
  const embed = url.embed ?? false;
  // MapLibre reads #zoom/lat/lon itself and would accept "#5/1/1e400": drop a fragment that is
  // not a valid view before it does. An embed's fragment belongs to its host (WordPress's secret).
  const hash = location.hash;
  if (!embed && hash && !parseView(hash)) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return {
    place: url.place,
    from: url.from,
    to: url.to,
    cats: url.cats,
    view: url.view ?? parseView(hash),
    embed,
    hash,
  };
}

/** The URL's dates (all dates where it has none) within the dataset's extent. */
function windowWithin(extent: DayRange, { from, to }: { from: number | null; to: number | null }): DayRange {
  const clamp = (day: number) => Math.min(extent.last, Math.max(extent.first, day));
  const first = clamp(from ?? extent.first);
  const last = clamp(to ?? extent.last);
  return first <= last ? { first, last } : extent;
}

function MapUnavailable({ error, onShown }: { error: Error; onShown?: () => void }) {
  useEffect(() => onShown?.(), [onShown]);
  const t = useT();
  return (
    <div className="map-unavailable" role="alert">
      <p>{t('app.mapUnavailable')}</p>
      <details>
        <summary>{t('app.mapUnavailableWhy')}</summary>
        <p>{error.message}</p>
      </details>
    </div>
  );
}
