/**
 * Start-up: read the run-time configuration, choose and load the dataset, then show the app.
 * Whatever fails, the reader gets a message and, where possible, the built-in data.
 */
import { useEffect, useState } from 'react';
import { App } from './App.tsx';
import { loadConfig, type Config } from './config.ts';
import { loadPublishedDataset } from './data/load.ts';
import type { Dataset } from './data/schema.ts';
import type { DataError } from './data/validate.ts';
import { DataNotices, type DataNotice } from './DataNotices.tsx';
import { BUILT_IN_DATA, chooseDataset } from './state/dataset-url.ts';

type BootState =
  | { phase: 'loading' }
  | { phase: 'ready'; dataset: Dataset; datasetUrl: string; config: Config; notices: DataNotice[] }
  | { phase: 'failed'; notices: DataNotice[] };

export function Boot() {
  const [state, setState] = useState<BootState>({ phase: 'loading' });
  useEffect(() => {
    boot().then(setState);
  }, []);

  if (state.phase === 'loading') return <p className="boot-message">Loading the map and its data…</p>;
  if (state.phase === 'failed') return <DataNotices notices={state.notices} />;
  return <App dataset={state.dataset} datasetUrl={state.datasetUrl} config={state.config} notices={state.notices} />;
}

async function boot(): Promise<BootState> {
  // Fetch the map's code while the data loads, rather than after.
  void import('./map/BorderMap.tsx');
  const config = await loadConfig();
  const choice = chooseDataset(location.search, location.href, config.dataOrigins);
  const today = new Date().toISOString().slice(0, 10);
  const notices: DataNotice[] = [];

  if (choice.kind === 'refused') {
    notices.push({ kind: 'refused', url: choice.requested, reason: choice.reason });
  } else if (choice.kind === 'custom') {
    const custom = await loadPublishedDataset(choice.url, { today });
    if (custom.ok) {
      return { phase: 'ready', dataset: custom.dataset, datasetUrl: choice.url, config, notices: [{ kind: 'custom', url: choice.url }] };
    }
    notices.push({ kind: 'invalid', url: choice.url, errors: custom.errors });
  }

  const builtInUrl = new URL(BUILT_IN_DATA, location.href).href;
  const builtIn = await loadPublishedDataset(builtInUrl, { today });
  if (builtIn.ok) return { phase: 'ready', dataset: builtIn.dataset, datasetUrl: builtInUrl, config, notices };
  return { phase: 'failed', notices: [...notices, { kind: 'invalid', url: 'the built-in dataset', errors: builtIn.errors as DataError[] }] };
}
