import { describe, expect, it } from 'vitest';
import { loadPublishedDataset, type Fetcher } from '../../src/data/load.ts';
import { publishDataset } from '../../src/data/publish.ts';
import { validateDataset } from '../../src/data/validate.ts';
import { chooseDataset } from '../../src/state/dataset-url.ts';
import { asFiles, fixtureRecords, TODAY } from './fixtures.ts';

const FOLDER = 'https://maps.example.org/border/data/';

function publishedFixture(): Record<string, unknown> {
  const result = validateDataset(asFiles(fixtureRecords()), { today: TODAY });
  if (!result.ok) throw new Error('fixture is invalid');
  return publishDataset(result.dataset);
}

function fetcherFor(files: Record<string, unknown>): Fetcher {
  return async (url) => {
    const name = url.slice(FOLDER.length);
    return name in files ? new Response(JSON.stringify(files[name])) : new Response('missing', { status: 404 });
  };
}

describe('loading a published dataset', () => {
  it('reads back exactly what was published', async () => {
    const result = await loadPublishedDataset(FOLDER, { today: TODAY, fetcher: fetcherFor(publishedFixture()) });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.places.map((p) => p.id)).toEqual(['town', 'province', 'venue']);
  });

  it('hands over the places first, and parses the rest only when told to', async () => {
    const seen: string[] = [];
    let goOn = () => {};
    const told = new Promise<void>((resolve) => (goOn = resolve));
    const loading = loadPublishedDataset(FOLDER, {
      today: TODAY,
      fetcher: fetcherFor(publishedFixture()),
      onPlaces: (places) => seen.push(`places: ${places.map((p) => p.id).join(' ')}`),
      beforeParsingTheRest: () => told,
    }).then((result) => seen.push(`result: ${result.ok}`));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual(['places: town province venue']);
    goOn();
    await loading;
    expect(seen).toEqual(['places: town province venue', 'result: true']);
  });

  it('does not wait to parse the rest when the places fail their checks: their errors come at once', async () => {
    const files = publishedFixture() as { 'places.geojson': { features: { properties: { name: string } }[] } };
    files['places.geojson'].features[0].properties.name = '';
    const result = await loadPublishedDataset(FOLDER, {
      today: TODAY,
      fetcher: fetcherFor(files),
      onPlaces: () => expect.unreachable('invalid places are not handed over'),
      beforeParsingTheRest: () => new Promise(() => {}),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual(expect.objectContaining({ record: 'town', field: 'name' }));
  });

  it('names the URL of a file that cannot be fetched, and shows nothing half-loaded', async () => {
    const files = publishedFixture();
    delete files['claims.json'];
    const result = await loadPublishedDataset(FOLDER, { today: TODAY, fetcher: fetcherFor(files) });
    expect(result).toEqual({
      ok: false,
      errors: [{ file: `${FOLDER}claims.json`, record: null, field: null, message: 'expected a readable JSON file (HTTP 404)' }],
    });
  });

  it('gives up on a server that does not answer', async () => {
    const never: Fetcher = (_, { signal }) =>
      new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    const result = await loadPublishedDataset(FOLDER, { today: TODAY, fetcher: never, timeoutMs: 50 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toMatch(/no answer in 0.05 s/);
  });

  it('names the record and field of a broken record in a published file', async () => {
    const files = publishedFixture() as { 'events.geojson': { features: { properties: { start: string } }[] } };
    files['events.geojson'].features[1].properties.start = 'soon';
    const result = await loadPublishedDataset(FOLDER, { today: TODAY, fetcher: fetcherFor(files) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ file: `${FOLDER}events.geojson`, record: 'bombing', field: 'start' });
  });
});

describe('which dataset a URL may open', () => {
  const page = 'https://news.example.org/graphics/border/index.html?data=x';

  it('opens the built-in data by default', () => {
    expect(chooseDataset('', page, [])).toEqual({ kind: 'built-in', url: 'https://news.example.org/graphics/border/data/' });
  });

  it('opens a dataset under the map’s own folder', () => {
    expect(chooseDataset('?data=research/synthetic-1000', page, [])).toEqual({
      kind: 'custom',
      url: 'https://news.example.org/graphics/border/research/synthetic-1000/',
    });
  });

  it('refuses a folder elsewhere on the same origin, such as uploads', () => {
    expect(chooseDataset('?data=/uploads/fake/', page, [])).toMatchObject({
      kind: 'refused',
      reason: expect.stringContaining('/uploads/fake/'),
    });
  });

  it('refuses another origin unless the configuration allows it', () => {
    const search = '?data=https://evil.example.com/fake/';
    expect(chooseDataset(search, page, [])).toMatchObject({ kind: 'refused', reason: expect.stringContaining('evil.example.com') });
    expect(chooseDataset(search, page, ['https://evil.example.com'])).toMatchObject({ kind: 'custom' });
  });

  it.each(['javascript:alert(1)', 'data:application/json,[]', 'http://[bad'])('refuses %s', (data) => {
    expect(chooseDataset(`?data=${encodeURIComponent(data)}`, page, [])).toMatchObject({ kind: 'refused' });
  });
});
