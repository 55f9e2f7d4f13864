/**
 * Start-up: read the run-time configuration, show the app (the map starts at once), then load
 * the dataset: the places are drawn as soon as they arrive, the events and claims follow.
 * Whatever fails, the reader gets a message and, where possible, the built-in data.
 */
import { useEffect, useState } from 'react';
import { App } from './App.tsx';
import { loadConfig, type Config } from './config.ts';
import { loadInWorker } from './data/load-in-worker.ts';
import type { Dataset, Place } from './data/schema.ts';
import type { ValidationResult } from './data/validate.ts';
import { DataNotices, type DataNotice } from './DataNotices.tsx';
import { useT } from './i18n/i18n.tsx';
import type { OpenedDataset } from './importers/OpenFileDialog.tsx';
import { BUILT_IN_DATA, chooseDataset } from './state/dataset-url.ts';

type BootState =
  | { phase: 'configuring' }
  | {
      phase: 'loading' | 'ready';
      dataset: Dataset;
      datasetUrl: string | null;
      config: Config;
      notices: DataNotice[];
      onPlacesDrawn?: () => void;
    }
  | { phase: 'failed'; notices: DataNotice[] };

/** From the start of a load: when the events are parsed even if the map has not drawn the places (a slow device). */
const MAP_FIRST_MS = 3_000;

export function Boot() {
  const [state, setState] = useState<BootState>({ phase: 'configuring' });
  const t = useT();
  useEffect(() => {
    const stop = new AbortController();
    boot(setState, stop.signal);
    return () => stop.abort();
  }, []);

  if (state.phase === 'configuring') return <p className="boot-message">{t('app.loading')}</p>;
  if (state.phase === 'failed') return <DataNotices notices={state.notices} />;
  const { dataset, datasetUrl, config, notices, onPlacesDrawn } = state;
  // Files opened in the page replace the dataset on screen, under the banner, with no downloads.
  const openDataset = ({ dataset, names, notes }: OpenedDataset) =>
    setState({ phase: 'ready', dataset, datasetUrl: null, config, notices: [{ kind: 'local', names, notes }] });
  return (
    <App
      dataset={dataset}
      loading={state.phase === 'loading'}
      onPlacesDrawn={onPlacesDrawn}
      datasetUrl={datasetUrl}
      config={config}
      notices={notices}
      onOpenDataset={state.phase === 'ready' ? openDataset : undefined}
    />
  );
}

async function boot(show: (state: BootState) => void, signal: AbortSignal): Promise<void> {
  // Fetch the map's code while the data loads, rather than after.
  void import('./map/BorderMap.tsx');
  const config = await loadConfig();
  if (signal.aborted) return;
  const choice = chooseDataset(location.search, location.href, config.dataOrigins);
  const today = new Date().toISOString().slice(0, 10);
  const notices: DataNotice[] = [];
  const load = async (url: string, shownNotices: DataNotice[]): Promise<ValidationResult> => {
    // The map draws the places before the events and claims are parsed: on a small device the
    // two would compete for the CPU, and the map is what the reader sees first.
    let onPlacesDrawn = () => {};
    const placesDrawn = new Promise<void>((resolve) => (onPlacesDrawn = resolve));
    const parseTheRest = Promise.race([placesDrawn, new Promise<void>((resolve) => setTimeout(resolve, MAP_FIRST_MS))]);
    let shownPlaces: Place[] = [];
    const loading = (places: Place[]) => {
      shownPlaces = places;
      if (!signal.aborted)
        show({ phase: 'loading', dataset: placesOnly(places), datasetUrl: url, config, notices: shownNotices, onPlacesDrawn });
    };
    loading([]);
    const result = await loadInWorker(url, { today, onPlaces: loading, parseTheRest, signal });
    // The same records, already on the map: keep them, so that the map does not redraw them.
    const samePlaces = result.ok && shownPlaces.length === result.dataset.places.length;
    return samePlaces ? { ok: true, dataset: { ...result.dataset, places: shownPlaces } } : result;
  };

  if (choice.kind === 'refused') {
    notices.push({ kind: 'refused', url: choice.requested, reason: choice.why });
  } else if (choice.kind === 'custom') {
    const customNotices: DataNotice[] = [{ kind: 'custom', url: choice.url }];
    const custom = await load(choice.url, customNotices);
    if (signal.aborted) return;
    if (custom.ok) return show({ phase: 'ready', dataset: custom.dataset, datasetUrl: choice.url, config, notices: customNotices });
    notices.push({ kind: 'invalid', url: choice.url, errors: custom.errors });
  }

  const builtInUrl = new URL(BUILT_IN_DATA, location.href).href;
  const builtIn = await load(builtInUrl, notices);
  if (signal.aborted) return;
  if (builtIn.ok) return show({ phase: 'ready', dataset: builtIn.dataset, datasetUrl: builtInUrl, config, notices });
  show({ phase: 'failed', notices: [...notices, { kind: 'invalid', url: null, errors: builtIn.errors }] });
}

/** What the map can draw before the events and claims arrive. */
function placesOnly(places: Place[]): Dataset {
  return { places, events: [], claims: [], sources: [] };
}
