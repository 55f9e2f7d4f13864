import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../scripts/generate-synthetic.ts';
import { dayNumber } from '../../src/data/dates.ts';
import { buildModel } from '../../src/data/model.ts';
import type { Dataset, Place } from '../../src/data/schema.ts';
import { activePlaces, claimsAt, eventsAt, groupClaims, isActive, placeState, placeStates } from '../../src/data/selectors.ts';
import { validateDataset } from '../../src/data/validate.ts';
import { asFiles, fixtureRecords, TODAY } from './fixtures.ts';

function model() {
  const result = validateDataset(asFiles(fixtureRecords()), { today: TODAY });
  if (!result.ok) throw new Error('fixture is invalid');
  return buildModel(result.dataset as Dataset);
}

const dateWindow = (from: string, to: string) => ({ first: dayNumber(from), last: dayNumber(to) });
const ids = (records: { id: string }[]) => records.map((r) => r.id);

describe('events by window', () => {
  const m = model();

  it('keeps an event whose day is inside the window and drops one after it', () => {
    expect(ids(eventsAt(m, 'town', dateWindow('2002-01-01', '2010-12-31')))).toEqual(['bombing']);
    expect(ids(eventsAt(m, 'town', dateWindow('2002-01-01', '2025-12-31')))).toEqual(['bombing', 'school']);
  });

  it('places a month-precision event over its whole month', () => {
    expect(ids(eventsAt(m, 'town', dateWindow('2014-12-31', '2015-06-01')))).toEqual(['school']);
    expect(ids(eventsAt(m, 'town', dateWindow('2014-11-01', '2014-11-30')))).toEqual([]);
  });

  it('keeps an operation that spans the window even though it started before it', () => {
    expect(ids(eventsAt(m, 'province', dateWindow('2009-11-15', '2009-11-20')))).toEqual(['operation']);
  });

  it('places a year-precision event over its whole year', () => {
    expect(ids(eventsAt(m, 'province', dateWindow('2002-12-31', '2003-01-01')))).toEqual(['yearly']);
  });
});

describe('claims by place', () => {
  const m = model();

  it('ties a claim to the places of the events it is about', () => {
    expect(ids(claimsAt(m, 'town', dateWindow('2002-01-01', '2026-01-01')))).toEqual(['a-says', 'b-says']);
  });

  it('ties a claim to a place where nothing happened', () => {
    expect(ids(claimsAt(m, 'venue', dateWindow('2025-10-01', '2025-10-31')))).toEqual(['talks']);
    expect(placeState(m, 'venue', dateWindow('2025-10-01', '2025-10-31'))).toEqual({ eventCount: 0, hasClaims: true, category: null });
  });

  it('keeps a claim in a window that holds the event it is about, though it was said later', () => {
    expect(ids(claimsAt(m, 'town', dateWindow('2009-10-01', '2009-10-31')))).toEqual(['a-says']);
  });
});

describe('place state', () => {
  const m = model();

  it('takes the category of the latest event in the window', () => {
    expect(placeState(m, 'province', dateWindow('2002-01-01', '2026-01-01')).category).toBe('military-operation');
    expect(placeState(m, 'province', dateWindow('2002-01-01', '2003-01-01')).category).toBe('airstrike');
  });

  it('lists only places with something in the window, busiest first', () => {
    const states = placeStates(m, dateWindow('2002-01-01', '2026-11-27'));
    expect(ids(activePlaces(m, states))).toEqual(['province', 'town', 'venue']);
    expect(ids(activePlaces(m, placeStates(m, dateWindow('2003-01-01', '2008-12-31'))))).toEqual([]);
  });

  it('lists busiest first and places with as many events in name order, in any window of a large dataset', () => {
    const big = buildModel(generateSynthetic(3000));
    const day = fc.integer({ min: big.extent.first, max: big.extent.last });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const states = placeStates(big, { first: Math.min(a, b), last: Math.max(a, b) });
        const count = (place: Place) => states.get(place.id)!.eventCount;
        const expected = big.placesByName.filter((place) => isActive(states.get(place.id))).sort((p, q) => count(q) - count(p));
        expect(ids(activePlaces(big, states))).toEqual(ids(expected));
      }),
      { numRuns: 30 },
    );
  });
});

describe('groupClaims', () => {
  it('puts claims that dispute each other side by side, one column per side', () => {
    const m = model();
    const groups = groupClaims(m.dataset.claims);
    const disputed = groups.find((g) => g.disputed)!;
    expect(disputed.columns.map((c) => [c.side, ids(c.claims)])).toEqual([
      ['taliban-government', ['a-says']],
      ['pakistan', ['b-says']],
    ]);
    expect(groups.filter((g) => !g.disputed).flatMap((g) => g.columns.flatMap((c) => ids(c.claims)))).toEqual(['talks']);
  });

  it('does not call a group disputed when the other claim is not shown', () => {
    const m = model();
    const groups = groupClaims(m.dataset.claims.filter((c) => c.id !== 'b-says'));
    expect(groups.every((g) => !g.disputed)).toBe(true);
  });
});

describe('a claim about events at two places', () => {
  it('belongs at each place only while its event there is in the window', () => {
    const records = fixtureRecords();
    records.places.push({ ...records.places[0], id: 'school-site', name: 'School' });
    records.events[2].placeIds = ['school-site'];
    records.claims[0].eventIds = ['bombing', 'school'];
    const result = validateDataset(asFiles(records), { today: TODAY });
    if (!result.ok) throw new Error('fixture is invalid');
    const m = buildModel(result.dataset);
    const before2011 = dateWindow('2002-01-01', '2010-12-31');
    expect(ids(claimsAt(m, 'town', before2011))).toContain('a-says');
    expect(ids(claimsAt(m, 'school-site', before2011))).toEqual([]);
    expect(ids(claimsAt(m, 'school-site', dateWindow('2014-01-01', '2014-12-31')))).toEqual(['a-says']);
  });
});
