import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSynthetic, readPublishedFolder, SYNTHETIC_TODAY, writeSynthetic } from '../../scripts/generate-synthetic.ts';
import { periodOf } from '../../src/data/dates.ts';
import { loadPublishedDataset, type Fetcher } from '../../src/data/load.ts';
import { publishDataset, PUBLISHED_FILES } from '../../src/data/publish.ts';
import { CATEGORIES, SIDES } from '../../src/data/vocabulary.ts';

const FOLDER = 'https://example.org/synthetic/';
const dataset = generateSynthetic(1000);

/** Serves the published files from memory, as JSON text, to the app's own loader. */
function fetcherFor(files: Record<string, unknown>): Fetcher {
  return async (url) => new Response(JSON.stringify(files[url.slice(FOLDER.length)]));
}

describe('the synthetic dataset generator', () => {
  it('is deterministic: the same count gives the same dataset and the same bytes', () => {
    const again = generateSynthetic(1000);
    expect(again).toEqual(dataset);
    expect(JSON.stringify(publishDataset(again))).toBe(JSON.stringify(publishDataset(dataset)));
    expect(generateSynthetic(1001).events[0]).not.toEqual(dataset.events[0]);
  });

  it('validates in its published form and reads back exactly what was generated', async () => {
    const result = await loadPublishedDataset(FOLDER, { today: SYNTHETIC_TODAY, fetcher: fetcherFor(publishDataset(dataset)) });
    if (!result.ok) expect(result.errors.slice(0, 10)).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset).toEqual(dataset);
  });

  it('has the requested number of events and the expected number of everything else', () => {
    expect(dataset.events).toHaveLength(1000);
    expect(dataset.claims).toHaveLength(200);
    expect(dataset.sources).toHaveLength(20);
    expect(dataset.places).toHaveLength(52);
    expect(generateSynthetic(10).events).toHaveLength(10);
    expect(generateSynthetic(0).events).toHaveLength(0);
  });

  it('uses every category, and events span 2002 to 2025 with more in later years', () => {
    const categories = new Set(dataset.events.map((e) => e.category));
    expect([...categories].sort()).toEqual([...CATEGORIES].sort());
    const years = dataset.events.map((e) => Number(e.start.slice(0, 4)));
    expect(Math.min(...years)).toBeLessThanOrEqual(2002);
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2025);
    const early = years.filter((y) => y < 2008).length;
    const late = years.filter((y) => y >= 2020).length;
    expect(late).toBeGreaterThan(early);
  });

  it('mixes day, month and year precision, and some events last weeks or months', () => {
    const byPrecision = (p: string) => dataset.events.filter((e) => e.datePrecision === p).length;
    expect(byPrecision('day')).toBeGreaterThan(byPrecision('month'));
    expect(byPrecision('month')).toBeGreaterThan(0);
    expect(byPrecision('year')).toBeGreaterThan(0);
    const lasting = dataset.events.filter((e) => e.end !== null);
    expect(lasting.length).toBeGreaterThan(50);
    expect(lasting.length).toBeLessThan(200);
    for (const e of lasting) expect(periodOf(e.end!).first).toBeGreaterThan(periodOf(e.start).last);
  });

  it('writes plausible records: fatalities in order, places in the region, every geometry kind', () => {
    for (const e of dataset.events) {
      const { low, best, high } = e.fatalities;
      if (low !== null && best !== null) expect(low).toBeLessThanOrEqual(best);
      if (high !== null && best !== null) expect(best).toBeLessThanOrEqual(high);
    }
    expect(dataset.events.some((e) => e.fatalities.best !== null)).toBe(true);
    const kinds = new Set(dataset.places.map((p) => p.geometry.type));
    expect([...kinds].sort()).toEqual(['LineString', 'Point', 'Polygon']);
    for (const p of dataset.places) {
      if (p.geometry.type !== 'Point') continue;
      const [lon, lat] = p.geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(60.5);
      expect(lon).toBeLessThanOrEqual(75.5);
      expect(lat).toBeGreaterThanOrEqual(24);
      expect(lat).toBeLessThanOrEqual(37.5);
    }
  });

  it('links claims both ways, across sides, and dates them no earlier than their events', () => {
    const claimById = new Map(dataset.claims.map((c) => [c.id, c]));
    const eventById = new Map(dataset.events.map((e) => [e.id, e]));
    let linked = 0;
    for (const c of dataset.claims) {
      expect(Object.keys(SIDES)).toContain(c.side);
      expect(c.placeIds.length + c.eventIds.length).toBeGreaterThan(0);
      if (c.mode === 'paraphrase') expect(c.text).not.toMatch(/["“”]/);
      if (c.disputes.length > 0 || c.supports.length > 0) linked++;
      for (const other of c.disputes) expect(claimById.get(other)!.disputes).toContain(c.id);
      for (const other of c.supports) expect(claimById.get(other)!.supports).toContain(c.id);
      for (const id of c.eventIds) {
        expect(periodOf(c.saidOn).first).toBeGreaterThanOrEqual(periodOf(eventById.get(id)!.start).first);
      }
    }
    expect(linked / dataset.claims.length).toBeGreaterThan(0.1);
    expect(linked / dataset.claims.length).toBeLessThan(0.35);
  });

  describe('on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('writes the four published files and reads them back through the loader', async () => {
      const sizes = writeSynthetic(dataset, dir);
      expect(Object.keys(sizes).sort()).toEqual([...PUBLISHED_FILES].sort());
      const first = PUBLISHED_FILES.map((name) => readFileSync(join(dir, name), 'utf8'));
      writeSynthetic(generateSynthetic(1000), dir);
      expect(PUBLISHED_FILES.map((name) => readFileSync(join(dir, name), 'utf8'))).toEqual(first);
      const result = await readPublishedFolder(dir);
      expect(result.ok).toBe(true);
    });
  });
});
