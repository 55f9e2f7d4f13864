/**
 * Run-time settings a newsroom can change in the built site's `config.json` without a rebuild.
 * A missing or broken file means the defaults: offline base map, same-origin datasets only.
 */
import * as z from 'zod/mini';
import { httpUrl } from './data/schema.ts';

const configSchema = z.object({
  /** A remote MapLibre style to use instead of the offline base map; if it fails, the offline one takes over. */
  basemapStyleUrl: z._default(z.nullable(httpUrl), null),
  /** Origins besides the site's own from which `?data=` may load a dataset, e.g. "https://data.example.org". */
  dataOrigins: z._default(z.array(httpUrl), []),
});

export type Config = z.infer<typeof configSchema>;
export const DEFAULT_CONFIG: Config = configSchema.parse({});

export async function loadConfig(url = 'config.json'): Promise<Config> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) return DEFAULT_CONFIG;
    const parsed = configSchema.safeParse(await response.json());
    if (!parsed.success) console.warn(`config.json ignored: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return parsed.success ? parsed.data : DEFAULT_CONFIG;
  } catch {
    return DEFAULT_CONFIG;
  }
}
