/**
 * The reader's state in the URL query (`?place=…&from=YYYY-MM-DD&to=YYYY-MM-DD`), described
 * as data: each parameter has a parser that returns null for anything malformed, so a broken
 * or hostile link falls back to the defaults and never throws. The map view lives in the
 * fragment (`#zoom/lat/lon`), which MapLibre's own hash handler keeps.
 */
import { dayNumber, isoDay } from '../data/dates.ts';
import { ID_PATTERN } from '../data/schema.ts';

export interface UrlState {
  place: string | null;
  from: number | null;
  to: number | null;
}

interface Param<T> {
  key: string;
  parse: (raw: string) => T | null;
  serialise: (value: T) => string;
}

const MAX_LENGTH = 100;

const placeParam: Param<string> = {
  key: 'place',
  parse: (raw) => (raw.length <= MAX_LENGTH && ID_PATTERN.test(raw) ? raw : null),
  serialise: (id) => id,
};

const dayParam = (key: string): Param<number> => ({
  key,
  parse: (raw) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return null;
    const day = dayNumber(raw);
    return Number.isFinite(day) && isoDay(day) === raw ? day : null;
  },
  serialise: isoDay,
});

const PARAMS = { place: placeParam, from: dayParam('from'), to: dayParam('to') } satisfies {
  [K in keyof UrlState]: Param<NonNullable<UrlState[K]>>;
};

export function readUrlState(search: string): UrlState {
  const query = new URLSearchParams(search);
  const read = <T>(param: Param<T>): T | null => {
    const raw = query.get(param.key);
    return raw === null ? null : param.parse(raw);
  };
  return { place: read(PARAMS.place), from: read(PARAMS.from), to: read(PARAMS.to) };
}

/** The query string for a state, keeping any parameters this module does not own. */
export function writeUrlState(search: string, state: UrlState): string {
  const query = new URLSearchParams(search);
  const write = <T>(param: Param<T>, value: T | null) => {
    if (value === null) query.delete(param.key);
    else query.set(param.key, param.serialise(value));
  };
  write(PARAMS.place, state.place);
  write(PARAMS.from, state.from);
  write(PARAMS.to, state.to);
  const text = query.toString();
  return text ? `?${text}` : '';
}
