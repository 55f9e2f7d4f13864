import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay, periodOf } from '../../src/data/dates.ts';
import { partialDate } from '../../src/data/schema.ts';
import * as v from 'valibot';

const MS_PER_DAY = 86_400_000;
const date = fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true });

describe('day numbers', () => {
  it('count the same days as the calendar of Date', () => {
    fc.assert(
      fc.property(date, (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(dayNumber(iso)).toBe(Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) / MS_PER_DAY));
        expect(isoDay(dayNumber(iso))).toBe(iso);
      }),
      { numRuns: 2000 },
    );
  });

  it('give a month and a year every day they hold', () => {
    expect(periodOf('2024-02')).toEqual({ first: dayNumber('2024-02-01'), last: dayNumber('2024-02-29') });
    expect(periodOf('2023-12')).toEqual({ first: dayNumber('2023-12-01'), last: dayNumber('2023-12-31') });
    expect(periodOf('1900')).toEqual({ first: dayNumber('1900-01-01'), last: dayNumber('1900-12-31') });
  });

  it('accept a real calendar date and refuse one that is not', () => {
    const valid = (text: string) => v.safeParse(partialDate, text).success;
    expect(['2024-02-29', '2000-02-29', '2023-12-31', '2023-12', '2023'].every(valid)).toBe(true);
    expect(['2023-02-29', '1900-02-29', '2023-04-31', '2023-13', '2023-00', '2023-01-00', '2023-1-1'].some(valid)).toBe(false);
  });
});
