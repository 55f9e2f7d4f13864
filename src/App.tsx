/**
 * Wires the reader's state (selected place, date window, categories, map view) to the map,
 * the sidebar, the slider and the URL. Data flows one way: dataset → model (indexes) →
 * selectors → components.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimFilter } from './data/accounts.ts';
import type { Config } from './config.ts';
import { isoDay, type DayRange } from './data/dates.ts';
import { formatDataError, type DataError } from './data/errors.ts';
import type { Period } from './data/periods.ts';
import { trackAround } from './timeline/window.ts';
import { filterByCategories } from './data/filter.ts';
import { buildModel } from './data/model.ts';
import type { Dataset } from './data/schema.ts';
import { CATEGORIES, type Category } from './data/vocabulary.ts';
import { claimsAt, countEventsInWindow, placeStates } from './data/selectors.ts';
import { DataNotices, type DataNotice } from './DataNotices.tsx';
import { EmbedDialog } from './embed/EmbedDialog.tsx';
import { postHeightToParent, readHeightChannels } from './embed/height.ts';
import { descriptionOf } from './embed/oembed.ts';
import { fullMapUrl } from './embed/snippet.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { formatDay, nameOf, useLanguage, useT } from './i18n/i18n.tsx';
import { LanguageSwitch } from './i18n/LanguageSwitch.tsx';
import type { OpenedDataset } from './importers/OpenFileDialog.tsx';
import { OpenFileButton } from './OpenFileButton.tsx';
import { isGrouped } from './map/layers.ts';
import { AcledCredit } from './map/AcledCredit.tsx';
import { Legend } from './map/Legend.tsx';
import { PageFooter } from './sidebar/Corrections.tsx';
import { RecordTranslations, useRecordTranslations } from './sidebar/RecordText.tsx';
import { Sidebar } from './sidebar/Sidebar.tsx';
import { useStoreAfterPaint } from './state/after-paint.ts';
import { Store } from './state/store.ts';
import { parseView, readUrlState, siteFolder, writeUrlState, type MapView, type UrlState } from './state/url-state.ts';
import { TimeSlider } from './timeline/TimeSlider.tsx';

// The map library is its own chunk: the sidebar and the list work before it arrives.
const BorderMap = lazy(() => import('./map/BorderMap.tsx'));
// Both accounts side by side: its own chunk, loaded when a reader opens it.
const AccountsView = lazy(() => import('./accounts/AccountsView.tsx'));

interface AppProps {
  dataset: Dataset;
  /** The folder the dataset was loaded from: the downloads point there (none for files opened in the page). */
  datasetUrl: string | null;
  config: Config;
  notices: DataNotice[];
  /** Only the places have arrived: the map draws them while the events and claims load. */
  loading: boolean;
  /** Called once the map has drawn the places (or cannot draw them). */
  onPlacesDrawn?: () => void;
  /** Shows files the reader opened in the page ("Open a file") instead of the dataset. */
  onOpenDataset?: (opened: OpenedDataset) => void;
}

export function App({ dataset, datasetUrl, config, notices, loading, onPlacesDrawn, onOpenDataset }: AppProps) {
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
  // Reading across places: the accounts view, a search, filters by side and speaker, a claim linked to.
  const [showAccounts, setShowAccounts] = useState(initial.show === 'accounts' && !embed);
  const [query, setQuery] = useState(initial.q ?? '');
  const [claimFilter, setClaimFilter] = useState<ClaimFilter>({ sides: initial.sides, speaker: initial.speaker });
  const [linkedClaim, setLinkedClaim] = useState<{ id: string; resolved: boolean } | null>(
    initial.claim ? { id: initial.claim, resolved: false } : null,
  );
  const [unknownClaim, setUnknownClaim] = useState<string | null>(null);

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
  const eventSpans = useMemo(() => [...model.eventSpan.values()], [model]);
  // The timeline's zoom: the part of it the slider's track spans (null: all of it).
  const [track, setTrack] = useState<DayRange | null>(initial.zoom);
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
      claim: linkedClaim?.id ?? null,
      show: showAccounts ? ('accounts' as const) : null,
      q: query.trim() || null,
      sides: claimFilter.sides,
      speaker: claimFilter.speaker,
      // A language the reader chose stays in the link; one taken from the browser's settings does not.
      lang: chosen ? lang : null,
      zoom: track,
    };
  }, [shownWindow, extent, selectedId, categories, view, linkedClaim, showAccounts, query, claimFilter, chosen, lang, track]);

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
    // Another place, or back to the list: the linked claim is no longer what the reader looks at.
    setLinkedClaim((linked) => (linked && linked.resolved ? null : linked));
    if (id && fromList) setFocusRequest((n) => n + 1);
  }, []);

  // A claim opened (from a link or the accounts view): its place, with the claim in the window.
  const openClaim = useCallback(
    (id: string) => {
      const claim = model.claimById.get(id);
      if (!claim) return;
      const places = [...new Set([...claim.placeIds, ...claim.eventIds.flatMap((e) => model.eventById.get(e)?.placeIds ?? [])])];
      const inWindow = (placeId: string) => claimsAt(model, placeId, windowStore.get()).includes(claim);
      const place = places.find(inWindow) ?? places[0];
      if (!inWindow(place)) windowStore.set(extent);
      choosePlace(place);
      setLinkedClaim({ id, resolved: true });
      setShowAccounts(false);
      setFocusRequest((n) => n + 1);
    },
    [model, windowStore, extent],
  );
  useEffect(() => {
    if (loading || !linkedClaim || linkedClaim.resolved) return;
    if (fullModel.claimById.has(linkedClaim.id)) openClaim(linkedClaim.id);
    else {
      setUnknownClaim(linkedClaim.id);
      setLinkedClaim(null);
    }
  }, [loading, linkedClaim, fullModel, openClaim]);

  // Named periods, from the dataset's optional periods.json: one-click windows in the header.
  const [periods, setPeriods] = useState<{ periods: Period[]; errors: DataError[] }>({ periods: [], errors: [] });
  useEffect(() => {
    // A file the reader opened in the page has no folder to hold periods.
    if (loading || datasetUrl === null) return;
    const controller = new AbortController();
    const url = new URL('periods.json', datasetUrl).href;
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        // Optional: a dataset without it has no named periods.
        if (response.status === 404) return setPeriods({ periods: [], errors: [] });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const json = await response.json();
        // The check is its own small chunk: most readers never need it before the map.
        const { validatePeriods } = await import('./data/periods.ts');
        if (!controller.signal.aborted) setPeriods(validatePeriods(json, url, isoDay(Math.floor(Date.now() / 86_400_000))));
      })
      .catch((error: Error) => {
        if (error.name !== 'AbortError')
          setPeriods({
            periods: [],
            errors: [{ file: url, record: null, field: null, message: `expected a readable JSON file (${error.message})` }],
          });
      });
    return () => controller.abort();
  }, [loading, datasetUrl]);
  const showPeriod = useCallback(
    (period: Period) => {
      const dateWindow = windowWithin(extent, { from: period.first, to: period.last });
      windowStore.set(dateWindow);
      setTrack(trackAround(dateWindow, extent));
    },
    [extent, windowStore],
  );

  const accountsButton = useRef<HTMLButtonElement>(null);
  const closeAccounts = useCallback(() => {
    setShowAccounts(false);
    requestAnimationFrame(() => accountsButton.current?.focus());
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
          <nav className="masthead-links" aria-label={t('app.waysToRead')}>
            {periods.periods.map((period) => (
              <button
                key={period.id}
                type="button"
                className="period-link"
                onClick={() => showPeriod(period)}
                disabled={loading}
                title={period.note}
              >
                {/* The label is the dataset's words, in English: other languages get the period's dates in their own. */}
                {lang === 'en' ? period.label : t('date.span', { from: formatDay(period.first), to: formatDay(period.last) })}
              </button>
            ))}
            <button
              ref={accountsButton}
              type="button"
              className="accounts-open"
              aria-pressed={showAccounts}
              onClick={() => setShowAccounts(!showAccounts)}
              disabled={loading}
            >
              {t('header.accounts')}
            </button>
          </nav>
          <div className="masthead-actions">
            <LanguageSwitch />
            {onOpenDataset && <OpenFileButton places={dataset.places} onOpen={onOpenDataset} disabled={loading} />}
            {/* An embed shows the language it is embedded in, whatever the reader's browser prefers. */}
            <EmbedDialog
              view={{ ...urlView, lang }}
              placeName={placeName}
              description={description}
              disabled={loading}
              claimSpeaker={linkedClaim?.resolved ? linkedSpeaker(fullModel, linkedClaim.id) : null}
            />
          </div>
        </header>
      )}
      <DataNotices notices={notices} />
      {periods.errors.length > 0 && (
        <div className="quiet-notice" role="status">
          Named periods not loaded:
          <ul>
            {periods.errors.slice(0, 10).map((error, i) => (
              <li key={i}>{formatDataError(error)}</li>
            ))}
          </ul>
        </div>
      )}
      {unknownClaim && (
        <p className="quiet-notice" role="status">
          No claim “{unknownClaim}” in this data: showing the whole map.{' '}
          <button type="button" onClick={() => setUnknownClaim(null)}>
            Dismiss
          </button>
        </p>
      )}
      <main className={showAccounts ? 'layout layout--accounts' : 'layout'}>
        {showAccounts && !loading && (
          <div className="accounts-panel">
            <Suspense fallback={<p className="hint">{t('app.loadingAccounts')}</p>}>
              <AccountsView
                model={model}
                dateWindow={shownWindow}
                query={query}
                filter={claimFilter}
                onQuery={setQuery}
                onFilter={setClaimFilter}
                onOpenClaim={openClaim}
                onClose={closeAccounts}
              />
            </Suspense>
          </div>
        )}
        <div className="map-area" inert={showAccounts}>
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
                coveredBy={sidebarElement}
              />
            </Suspense>
          </ErrorBoundary>
          {loading && (
            <p className="map-note" aria-hidden="true">
              {t('app.loadingRecords')}
            </p>
          )}
          <Legend categories={categories ?? CATEGORIES} onChange={chooseCategories} startFolded={embed} grouped={grouped} />
          <AcledCredit sources={dataset.sources} />
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
            claimFilter={claimFilter}
            linkedClaimId={linkedClaim?.resolved ? linkedClaim.id : null}
            onlyLinkedClaim={embed && !!linkedClaim}
            hidden={showAccounts}
          />
        </RecordTranslations>
        <TimeSlider extent={extent} windowStore={windowStore} eventSpans={eventSpans} track={track} onTrack={setTrack} disabled={loading} />
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

/** Who said a claim, for the Embed dialog's choice to embed it alone. */
function linkedSpeaker(model: ReturnType<typeof buildModel>, id: string): string | null {
  const claim = model.claimById.get(id);
  return claim ? (claim.speaker.name ?? claim.speaker.role ?? 'an unnamed speaker') : null;
}

/** The sidebar, which on a phone is a sheet over the map's lower part. */
const sidebarElement = () => document.querySelector('aside.sidebar');

interface InitialState extends Pick<UrlState, 'show' | 'q' | 'sides' | 'speaker' | 'claim' | 'zoom'> {
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
    show: url.show,
    q: url.q,
    sides: url.sides,
    speaker: url.speaker,
    claim: url.claim,
    zoom: url.zoom,
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
