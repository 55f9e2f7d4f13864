/**
 * The points' vertex shader (src/map/marks.vert) against the CPU's answer: in many random date
 * windows, the look it gives every place (the category of the latest event there, claims only,
 * or nothing) must be the one placeState gives. The page runs the real shaders and tables
 * (marks-program.ts, served by Vite as they are) and reads the looks back from the GPU.
 */
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../scripts/generate-synthetic.ts';
import type { DayRange } from '../../src/data/dates.ts';
import { buildModel } from '../../src/data/model.ts';
import { placeStates } from '../../src/data/selectors.ts';
import { SpanIndex } from '../../src/data/span-index.ts';
import { CATEGORIES } from '../../src/data/vocabulary.ts';
import { CLAIMS_ONLY, lookOf, markTables, NOTHING, type MarkInputs, type MarkTables } from '../../src/map/marks.ts';
import { launchBrowser, openPage } from './browser.ts';
import type { PlainTables } from './marks-shader.page.ts';

let server: ViteDevServer;
let browser: Browser;
let page: Page & { problems: string[] };

beforeAll(async () => {
  server = await createServer({
    configFile: false,
    root: new URL('../..', import.meta.url).pathname,
    appType: 'custom',
    logLevel: 'silent',
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
  });
  await server.listen();
  const url = server.resolvedUrls!.local[0];
  browser = await launchBrowser();
  const context = await browser.newContext();
  await context.route(`${url}shader-test`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>marks shader</title><script type="module">
        import { looksOnGpu } from '/tests/browser/marks-shader.page.ts';
        window.looksOnGpu = looksOnGpu;
      </script>`,
    }),
  );
  page = await openPage(context, `${url}shader-test`);
  await page.waitForFunction(() => 'looksOnGpu' in window, null, { timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function looksOnGpu(tables: MarkTables, dateWindows: DayRange[]): Promise<number[][]> {
  const plain: PlainTables = {
    places: [...tables.places],
    events: [...tables.events],
    claims: [...tables.claims],
    longestWalk: tables.longestWalk,
  };
  return page.evaluate(
    ({ plain, dateWindows }) =>
      (window as unknown as { looksOnGpu: (t: PlainTables, w: DayRange[]) => number[][] }).looksOnGpu(plain, dateWindows),
    { plain, dateWindows },
  );
}

describe('the points’ vertex shader', () => {
  it('gives every place the look placeState gives it, in 300 random windows and at the extent’s edges', async () => {
    const model = buildModel(generateSynthetic(3000));
    const tables = markTables(model);
    const { first, last } = model.extent;
    const day = fc.integer({ min: first - 30, max: last + 30 });
    const random = fc.sample(
      fc.tuple(day, day).map(([a, b]) => ({ first: Math.min(a, b), last: Math.max(a, b) })),
      { numRuns: 300, seed: 15 },
    );
    const dateWindows = [model.extent, { first, last: first }, { first: last, last }, { first: last + 1, last: last + 400 }, ...random];

    const gpu = await looksOnGpu(tables, dateWindows);
    const seen = new Map<number, number>();
    const differences: string[] = [];
    dateWindows.forEach((dateWindow, w) => {
      placeStates(model, dateWindow).list.forEach((state, position) => {
        const expected = lookOf(state);
        seen.set(expected, (seen.get(expected) ?? 0) + 1);
        if (gpu[w][position] !== expected)
          differences.push(
            `${model.places[position].id} in ${dateWindow.first}–${dateWindow.last}: GPU ${gpu[w][position]}, CPU ${expected}`,
          );
      });
    });
    expect(differences.slice(0, 10), `${differences.length} differences`).toEqual([]);
    // Every kind of look came up, and some places have events nested in longer ones (a walk).
    for (const look of [CLAIMS_ONLY, NOTHING, ...CATEGORIES.keys()]) expect(seen.get(look), `look ${look}`).toBeGreaterThan(5);
    expect(tables.longestWalk).toBeGreaterThan(1);
    expect(page.problems).toEqual([]);
  });

  it('finds the latest event that overlaps the window even when longer events start before it', async () => {
    // One place; events by first day: a long one (0–100), a nested one (10–20), a later short one (30–31).
    const events = [
      { first: 0, last: 100 },
      { first: 10, last: 20 },
      { first: 30, last: 31 },
    ];
    const inputs: MarkInputs = {
      places: buildModel(generateSynthetic(10)).places.slice(0, 1),
      placeEventIndex: new SpanIndex([events]),
      placeEventCategory: Uint8Array.from([0, 1, 2]),
      placeClaimIndex: new SpanIndex([[]]),
    };
    const dateWindows = [
      { first: 15, last: 25 },
      { first: 25, last: 40 },
      { first: 40, last: 50 },
      { first: 101, last: 200 },
    ];
    expect((await looksOnGpu(markTables(inputs), dateWindows)).map(([look]) => look)).toEqual([1, 2, 0, NOTHING]);
  });
});
