import { describe, expect, it } from 'vitest';
import { formatDataError, type DataError } from '../../src/data/errors.ts';
import { validateDataset } from '../../src/data/validate.ts';
import { asFiles, fixtureRecords, TODAY } from './fixtures.ts';

type Records = ReturnType<typeof fixtureRecords>;

function errorsAfter(breakIt: (records: Records) => void): DataError[] {
  const records = fixtureRecords();
  breakIt(records);
  const result = validateDataset(asFiles(records), { today: TODAY });
  return result.ok ? [] : result.errors;
}

describe('validateDataset', () => {
  it('accepts a valid dataset and keeps every record', () => {
    const result = validateDataset(asFiles(fixtureRecords()), { today: TODAY });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.claims.map((c) => c.id)).toEqual(['a-says', 'b-says', 'talks']);
  });

  it.each<[string, (r: Records) => void, Partial<DataError>]>([
    ['a missing source', (r) => (r.events[1].sourceIds = ['nowhere']), { file: 'events.json', record: 'bombing', field: 'sourceIds' }],
    ['an unknown place', (r) => (r.claims[1].placeIds = ['atlantis']), { file: 'claims.json', record: 'b-says', field: 'placeIds' }],
    ['an unknown claim', (r) => (r.claims[0].disputes = ['ghost']), { file: 'claims.json', record: 'a-says', field: 'disputes' }],
    ['an end before its start', (r) => (r.events[0].end = '2009-01'), { file: 'events.json', record: 'operation', field: 'end' }],
    ['a date in the future', (r) => (r.claims[2].saidOn = '2031-01'), { file: 'claims.json', record: 'talks', field: 'saidOn' }],
    [
      'an invalid coordinate',
      (r) => (r.places[0].geometry = { type: 'Point', coordinates: [66.4, 131] }),
      { file: 'places.json', record: 'town', field: 'geometry.coordinates.1' },
    ],
    ['a duplicate id', (r) => r.places.push({ ...r.places[0] }), { file: 'places.json', record: 'town', field: 'id' }],
    [
      'a verbatim claim with no text',
      (r) => Object.assign(r.claims[0], { mode: 'verbatim', text: '  ' }),
      { file: 'claims.json', record: 'a-says', field: 'text' },
    ],
    [
      'a precision that disagrees with the date',
      (r) => (r.events[1].datePrecision = 'month'),
      { file: 'events.json', record: 'bombing', field: 'datePrecision' },
    ],
    ['an impossible calendar date', (r) => (r.events[1].start = '2009-02-30'), { file: 'events.json', record: 'bombing', field: 'start' }],
    [
      'a javascript: link',
      (r) => (r.sources[0].url = 'javascript:alert(1)' as never),
      { file: 'sources.json', record: 'paper', field: 'url' },
    ],
    [
      'a ring that is not closed',
      (r) =>
        (r.places[1].geometry.coordinates = [
          [
            [66, 30],
            [67, 30],
            [67, 32],
            [66, 32],
          ],
        ] as never),
      { file: 'places.json', record: 'province' },
    ],
    [
      'an empty ring',
      (r) => (r.places[1].geometry.coordinates = [[]] as never),
      { file: 'places.json', record: 'province', field: 'geometry.coordinates.0' },
    ],
    [
      'an empty ring in a MultiPolygon',
      (r) => (r.places[1].geometry = { type: 'MultiPolygon', coordinates: [[[]]] } as never),
      { file: 'places.json', record: 'province', field: 'geometry.coordinates.0.0' },
    ],
  ])('rejects %s, naming the file, the record and the field', (_, breakIt, expected) => {
    const errors = errorsAfter(breakIt);
    expect(errors).toContainEqual(expect.objectContaining(expected));
    expect(errors.map(formatDataError).join('\n')).toMatch(/expected/);
  });

  it('reports every error at once rather than stopping at the first', () => {
    const errors = errorsAfter((r) => {
      r.events[0].end = '2001';
      r.claims[2].placeIds = ['nowhere'];
      r.sources[0].publisher = '';
    });
    expect(errors.map((e) => e.record).sort()).toEqual(['operation', 'paper', 'talks']);
  });

  it('refuses a file that is not an array of records', () => {
    const files = asFiles(fixtureRecords());
    files.claims.json = { claims: [] };
    const result = validateDataset(files, { today: TODAY });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ file: 'claims.json', record: null });
  });

  it('formats an error as file › record › field: message', () => {
    const [error] = errorsAfter((r) => (r.events[1].sourceIds = ['nowhere']));
    expect(formatDataError(error)).toBe('events.json › bombing › sourceIds: expected the id of one of the sources, got unknown "nowhere"');
  });
});
