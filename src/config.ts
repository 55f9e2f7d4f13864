/**
 * Run-time settings a newsroom can change in the built site's `config.json` without a rebuild.
 * A missing or broken file means the defaults: offline base map, same-origin datasets only.
 */
import type { Config } from './data/config-schema.ts';
import { parseConfigInWorker } from './data/load-in-worker.ts';

export type { Config };

export const DEFAULT_CONFIG: Config = { basemapStyleUrl: null, basemapOrigins: [], dataOrigins: [] };

export async function loadConfig(url = 'config.json'): Promise<Config> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) return DEFAULT_CONFIG;
    const { config, problems } = await parseConfigInWorker(await response.json());
    if (problems.length > 0) console.warn(`config.json ignored:\n${problems.join('\n')}`);
    return config ? withinPolicy(config, connectSources()) : DEFAULT_CONFIG;
  } catch {
    return DEFAULT_CONFIG;
  }
}

/**
 * The page's Content-Security-Policy is written at build from public/config.json. An origin
 * added to the deployed config.json later would only trip the policy: drop it, and say why.
 */
export function withinPolicy(config: Config, allowedSources: string[] | null): Config {
  const allowed = (url: string) =>
    allowedSources === null || new URL(url).origin === location.origin || allowedSources.includes(new URL(url).origin);
  const warn = (url: string) =>
    console.warn(
      `config.json: ${new URL(url).origin} is not in this page's Content-Security-Policy; rebuild with it in public/config.json`,
    );
  const basemapStyleUrl =
    config.basemapStyleUrl && !allowed(config.basemapStyleUrl) ? (warn(config.basemapStyleUrl), null) : config.basemapStyleUrl;
  const dataOrigins = config.dataOrigins.filter((origin) => allowed(origin) || (warn(origin), false));
  return { basemapStyleUrl, basemapOrigins: config.basemapOrigins, dataOrigins };
}

/** The origins the page's policy lets it fetch from, or null when no policy limits it (the dev server). */
function connectSources(): string[] | null {
  const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
  const directive = policy
    ?.split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src');
  return directive ? directive.slice(1).filter((source) => source !== "'self'") : null;
}
