/**
 * The reader's state in the URL query, described as data: each parameter has a parser that
 * returns null for anything malformed, so a broken or hostile link falls back to the defaults
 * and never throws.
 *
 *   place=<place id>  from=YYYY-MM-DD  to=YYYY-MM-DD  cats=airstrike,border-clash
 *   view=<zoom>/<lat>/<lon>   (embeds; the full page keeps the view in MapLibre's #zoom/lat/lon)
 *   embed=1                   (the compact layout for iframes)
 *   lang=en|ur|ps|fa-AF       (the language; without it, the browser's preferred one)
 *   show=accounts             (both accounts side by side, topic by topic)
 *   q=<search text>  sides=pakistan,ttp  speaker=<a speaker's name or role>   (find and filter claims)
 *   claim=<claim id>          (a link to one claim: its place, the claim marked)
 *   zoom=YYYY-MM-DD..YYYY-MM-DD   (the part of the timeline the slider's track spans)
 */
import { dayNumber, isoDay, type DayRange } from '../data/dates.ts';
import { CATEGORIES, ID_PATTERN, SIDES, type Category, type Side } from '../data/vocabulary.ts';
import { parseLanguage, type Language } from '../i18n/languages.ts';

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

export interface UrlState {
  place: string | null;
  from: number | null;
  to: number | null;
  cats: Category[] | null;
  view: MapView | null;
  embed: boolean | null;
  lang: Language | null;
  show: 'accounts' | null;
  q: string | null;
  sides: Side[] | null;
  speaker: string | null;
  claim: string | null;
  zoom: DayRange | null;
}

interface Param<T> {
  parse: (raw: string) => T | null;
  serialise: (value: T) => string;
}

const MAX_LENGTH = 200;

const dayParam: Param<number> = {
  parse: (raw) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return null;
    const day = dayNumber(raw);
    return Number.isFinite(day) && isoDay(day) === raw ? day : null;
  },
  serialise: isoDay,
};

/** A list of known words, each once, in the order given; null when none is known. */
function listParam<T extends string>(known: readonly T[]): Param<T[]> {
  return {
    parse: (raw) => {
      const items = raw.split(',').filter((item): item is T => (known as readonly string[]).includes(item));
      return items.length > 0 ? [...new Set(items)] : null;
    },
    serialise: (items) => items.join(','),
  };
}

/** Free text a reader typed (a search, a speaker's name): trimmed, no control characters, shown only as text. */
const textParam: Param<string> = {
  parse: (raw) => {
    const text = raw.trim();
    // A lone surrogate could not be written back as the same text.
    return text.length > 0 &&
      text.length <= 120 &&
      !/[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)
      ? text
      : null;
  },
  serialise: (text) => text,
};

const PARAMS: { [K in keyof UrlState]: Param<NonNullable<UrlState[K]>> } = {
  place: { parse: (raw) => (ID_PATTERN.test(raw) ? raw : null), serialise: (id) => id },
  from: dayParam,
  to: dayParam,
  cats: listParam(CATEGORIES),
  view: { parse: parseView, serialise: formatView },
  embed: { parse: (raw) => (raw === '1' || raw === 'true' ? true : null), serialise: () => '1' },
  lang: { parse: parseLanguage, serialise: (lang) => lang },
  show: { parse: (raw) => (raw === 'accounts' ? raw : null), serialise: (show) => show },
  q: textParam,
  sides: listParam(Object.keys(SIDES) as Side[]),
  speaker: textParam,
  claim: { parse: (raw) => (ID_PATTERN.test(raw) ? raw : null), serialise: (id) => id },
  zoom: {
    parse: (raw) => {
      const [first, last, ...rest] = raw.split('..').map((part) => dayParam.parse(part));
      return first !== undefined && last !== undefined && first !== null && last !== null && rest.length === 0 && first < last
        ? { first, last }
        : null;
    },
    serialise: ({ first, last }) => `${isoDay(first)}..${isoDay(last)}`,
  },
};

/** "6.5/33.1/70.2" (MapLibre may add bearing and pitch): zoom 0–22, a real latitude and longitude, else null. */
export function parseView(raw: string): MapView | null {
  const parts = raw.replace(/^#/, '').split('/');
  if (parts.length < 3 || parts.length > 5 || parts.some((p) => !/^-?\d{1,4}(\.\d{1,12})?$/.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number);
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return null;
  return { zoom, lat, lon };
}

export function formatView({ zoom, lat, lon }: MapView): string {
  return `${+zoom.toFixed(2)}/${+lat.toFixed(4)}/${+lon.toFixed(4)}`;
}

const KEYS = Object.keys(PARAMS) as (keyof UrlState)[];

export function readUrlState(search: string): UrlState {
  const query = new URLSearchParams(search);
  const state = {} as Record<keyof UrlState, unknown>;
  for (const key of KEYS) {
    const raw = query.get(key);
    state[key] = raw === null || raw.length > MAX_LENGTH ? null : PARAMS[key].parse(raw);
  }
  return state as UrlState;
}

/** The query string for a state, keeping any parameters this module does not own (pym's childId, say). */
export function writeUrlState(search: string, state: Partial<UrlState>): string {
  const query = new URLSearchParams(search);
  for (const key of Object.keys(state) as (keyof UrlState)[]) {
    const value = state[key];
    if (value === null || value === undefined) query.delete(key);
    else query.set(key, (PARAMS[key] as Param<typeof value>).serialise(value));
  }
  const text = query.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return text ? `?${text}` : '';
}

/** The folder this page is served from, e.g. "https://news.example.org/graphics/2025/border/". */
export function siteFolder(): string {
  return `${location.origin}${location.pathname.replace(/[^/]*$/, '')}`;
}
