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
import { chooseDataset } from './state/dataset-url.ts';

type BootState =
  | { phase: 'loading' }
  | { phase: 'ready'; dataset: Dataset; config: Config; notices: DataNotice[] }
  | { phase: 'failed'; notices: DataNotice[] };

export function Boot() {
  const [state, setState] = useState<BootState>({ phase: 'loading' });
  useEffect(() => {
    boot().then(setState);
  }, []);

  if (state.phase === 'loading') return <p className="boot-message">Loading the map and its data…</p>;
  if (state.phase === 'failed') return <DataNotices notices={state.notices} />;
  return <App dataset={state.dataset} config={state.config} notices={state.notices} />;
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
    if (custom.ok) return { phase: 'ready', dataset: custom.dataset, config, notices: [{ kind: 'custom', url: choice.url }] };
    notices.push({ kind: 'invalid', url: choice.url, errors: custom.errors });
  }

  const builtIn = await loadPublishedDataset(new URL('data/', location.href).href, { today });
  if (builtIn.ok) return { phase: 'ready', dataset: builtIn.dataset, config, notices };
  return { phase: 'failed', notices: [...notices, { kind: 'invalid', url: 'the built-in dataset', errors: builtIn.errors as DataError[] }] };
}
