/** A small, valid dataset in the authored form, which tests copy and break one field at a time. */
import type { DatasetFiles } from '../../src/data/validate.ts';

export const TODAY = '2026-11-27';

// Loosely typed on purpose: the tests write wrong values into these records.
type Loose = Record<string, any>;

export function fixtureRecords(): Record<'sources' | 'places' | 'events' | 'claims', Loose[]> {
  return {
    sources: [
      { id: 'paper', publisher: 'Paper', title: null, url: null, publishedOn: '2025-11', publishedOnPrecision: 'month', accessedOn: null },
    ],
    places: [
      {
        id: 'town',
        name: 'Town',
        altNames: ['Townsville'],
        kind: 'city',
        country: 'AF',
        precision: 'exact',
        reference: 'test',
        geometry: { type: 'Point', coordinates: [66.4, 31.0] },
      },
      {
        id: 'province',
        name: 'Province',
        kind: 'province',
        country: 'AF',
        precision: 'area',
        reference: 'test',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [66, 30],
              [67, 30],
              [67, 32],
              [66, 32],
              [66, 30],
            ],
          ],
        },
      },
      {
        id: 'venue',
        name: 'Venue',
        kind: 'city',
        country: 'TR',
        precision: 'exact',
        reference: 'test',
        geometry: { type: 'Point', coordinates: [28.9, 41.0] },
      },
    ],
    events: [
      event('operation', {
        category: 'military-operation',
        start: '2009-10',
        end: '2009-12',
        datePrecision: 'month',
        placeIds: ['province'],
      }),
      event('bombing', { category: 'bombing-attack', start: '2009-10-28', datePrecision: 'day', placeIds: ['town'] }),
      event('school', { category: 'bombing-attack', start: '2014-12', datePrecision: 'month', placeIds: ['town'] }),
      event('yearly', { category: 'airstrike', start: '2002', datePrecision: 'year', placeIds: ['province'] }),
    ],
    claims: [
      claim('a-says', { side: 'taliban-government', eventIds: ['bombing'], disputes: ['b-says'] }),
      claim('b-says', { side: 'pakistan', placeIds: ['town'], disputes: ['a-says'] }),
      claim('talks', { side: 'mediators', placeIds: ['venue'], saidOn: '2025-10', saidOnPrecision: 'month' }),
    ],
  };
}

function event(id: string, fields: Loose): Loose {
  return {
    id,
    title: `Event ${id}`,
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    status: 'reported',
    end: null,
    geo_precision: 1,
    fatalities: { low: null, best: null, high: null },
    sourceIds: ['paper'],
    ...fields,
  };
}

function claim(id: string, fields: Loose): Loose {
  return {
    id,
    speaker: { name: 'Speaker', role: 'Spokesperson' },
    text: `Words of ${id}`,
    mode: 'paraphrase',
    saidOn: '2025-11',
    saidOnPrecision: 'month',
    topic: 'Topic',
    sourceIds: ['paper'],
    ...fields,
  };
}

export function asFiles(records: ReturnType<typeof fixtureRecords>): DatasetFiles {
  return {
    sources: { name: 'sources.json', json: records.sources },
    places: { name: 'places.json', json: records.places },
    events: { name: 'events.json', json: records.events },
    claims: { name: 'claims.json', json: records.claims },
  };
}
