/**
 * Named periods (an optional `periods.json` beside the dataset): one-click date windows such as
 * "October–November 2025", each with a note saying where its limits come from. Checked by hand,
 * without the schemas' library (the page reads this file), with errors worded like the dataset's:
 * file › record › field.
 */
import { dayNumber, isoDay } from './dates.ts';
import type { DataError } from './errors.ts';
import { ID_PATTERN } from './vocabulary.ts';

export interface Period {
  id: string;
  label: string;
  first: number;
  last: number;
  /** Where the period's limits come from. */
  note: string;
}

export const PERIODS_FILE = 'periods.json';

const FIELDS = ['id', 'label', 'from', 'to', 'note'];

/** The periods of a parsed periods.json, or every error found in it (then no period at all). */
export function validatePeriods(json: unknown, file: string, today: string): { periods: Period[]; errors: DataError[] } {
  const errors: DataError[] = [];
  const fail = (record: string | null, field: string | null, message: string) => errors.push({ file, record, field, message });
  if (!Array.isArray(json)) {
    fail(null, null, 'expected a JSON array of periods');
    return { periods: [], errors };
  }
  const periods: Period[] = [];
  const seen = new Set<string>();
  json.forEach((raw: unknown, index) => {
    const record = raw as Record<string, unknown> | null;
    const name = typeof record?.id === 'string' && record.id ? record.id : `#${index + 1}`;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return fail(name, null, 'expected an object');
    const before = errors.length;
    for (const key of Object.keys(record)) if (!FIELDS.includes(key)) fail(name, key, `unknown field; expected one of ${FIELDS.join(', ')}`);
    if (typeof record.id !== 'string' || !ID_PATTERN.test(record.id)) fail(name, 'id', 'expected a lower-case slug (a-z, 0-9, single hyphens)');
    else if (seen.has(record.id)) fail(name, 'id', 'expected a unique id; another period has it');
    else seen.add(record.id);
    for (const field of ['label', 'note']) {
      const value = record[field];
      if (typeof value !== 'string' || value.trim() === '') fail(name, field, 'expected a non-empty text');
      else if (value.length > 300) fail(name, field, 'expected at most 300 characters');
    }
    const day = (field: 'from' | 'to'): number | null => {
      const value = record[field];
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || isoDay(dayNumber(value)) !== value) {
        fail(name, field, 'expected a real calendar day written YYYY-MM-DD');
        return null;
      }
      if (value > today) fail(name, field, `expected a date not in the future (today is ${today})`);
      return dayNumber(value);
    };
    const first = day('from');
    const last = day('to');
    if (first !== null && last !== null && last < first) fail(name, 'to', 'expected a day on or after "from"');
    if (errors.length === before) periods.push({ id: record.id as string, label: record.label as string, first: first!, last: last!, note: record.note as string });
  });
  return errors.length > 0 ? { periods: [], errors } : { periods, errors };
}
