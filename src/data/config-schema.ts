/**
 * config.json's schema, checked like the dataset and worded as its errors are. It runs in the data
 * worker (load-worker.ts), where the schema library already is, so the page does not carry it.
 */
import * as v from 'valibot';
import { formatDataError } from './errors.ts';
import { issuesToErrors } from './issues.ts';
import { isHttpUrl } from './vocabulary.ts';

export interface Config {
  /** A remote MapLibre style to use instead of the offline base map; if it fails, the offline one takes over. */
  basemapStyleUrl: string | null;
  /** Other origins the remote base map's tiles, glyphs and sprites come from (for the page's policy). */
  basemapOrigins: string[];
  /** Origins besides the site's own from which `?data=` may load a dataset, e.g. "https://data.example.org". */
  dataOrigins: string[];
}

const httpUrl = v.pipe(v.string(), v.check<string, string>(isHttpUrl, 'an http: or https: URL'));

/** config.json's fields and their defaults, checked like the dataset (unknown fields are ignored). */
const ConfigSchema = v.pipe(
  // valibot's object takes an array too; a JSON array here is a mistake.
  v.custom<Record<string, unknown>>((raw) => typeof raw === 'object' && raw !== null && !Array.isArray(raw), 'an object'),
  v.object({
    basemapStyleUrl: v.optional(v.nullable(httpUrl), null),
    basemapOrigins: v.optional(v.array(httpUrl), []),
    dataOrigins: v.optional(v.array(httpUrl), []),
  }),
);

export interface ParsedConfig {
  config: Config | null;
  problems: string[];
}

/** config.json's settings, or null and every problem, worded as the dataset's errors are. */
export function parseConfig(raw: unknown): ParsedConfig {
  const parsed = v.safeParse(ConfigSchema, raw);
  if (parsed.success) return { config: parsed.output, problems: [] };
  return { config: null, problems: issuesToErrors(parsed.issues, 'config.json', null).map(formatDataError) };
}
