/**
 * A large dataset of the project's published format, opened the way a data editor would
 * (`?data=` on the same origin): it loads with a banner naming it, the lists stay short, dense
 * points are grouped at low zoom, and the sidebar works before the map library arrives.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../scripts/generate-synthetic.ts';
import { buildModel } from '../../src/data/model.ts';
import { publishDataset } from '../../src/data/publish.ts';
import { placeStates } from '../../src/data/selectors.ts';
import { CATEGORY_STYLES } from '../../src/map/categories.ts';
import { readUrlState } from '../../src/state/url-state.ts';
import { countColour, launchBrowser, openPage, waitForMapIdle } from './browser.ts';
import { pagePointOf, viewFrom } from './projection.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';

const DIST = new URL('../../dist/', import.meta.url).pathname;
let server: StaticServer;
let browser: Browser;
const dataset = generateSynthetic(10_000);
const files = publishDataset(dataset) as Record<string, unknown>;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSynthetic(hash = '') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/synthetic/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    return name in files ? route.fulfill({ json: files[name] }) : route.fulfill({ status: 404 });
  });
  return openPage(context, `${server.url}?data=synthetic/${hash}`);
}

describe('10,000 synthetic events', () => {
  it('load with a banner naming where they came from, and a paged list', async () => {
    const page = await openSynthetic();
    await waitForMapIdle(page);
    expect(await page.locator('.data-notice--custom').textContent()).toContain(`${server.url}synthetic/`);
    const buttons = page.locator('.place-list button');
    expect(await buttons.count()).toBe(50);
    await page.getByRole('button', { name: /^Show 50 more places/ }).click();
    expect(await buttons.count()).toBe(100);
    expect(page.problems).toEqual([]);
  });

  it('group dense points at low zoom, areas and lines still drawn; a click on a group zooms in', async () => {
    const page = await openSynthetic('#5/33.5/70.5');
    await waitForMapIdle(page);
    await page
      .locator('.maplibregl-canvas')
      .screenshot({ path: new URL('./__screenshots__/synthetic-10000.png', import.meta.url).pathname });
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    // The synthetic border-kind line is drawn like the Durand Line: grouping points must not drop
    // it. Looked for in small crops along the line only, away from the legend's own swatch.
    const onLine: [number, number][] = [
      [69.7, 32.8],
      [69.95, 33.5],
      [70.5, 34.0],
    ];
    const dashes = await Promise.all(
      onLine.map(async ([lon, lat]) => {
        const { x, y } = pagePointOf(canvas, viewFrom('5/33.5/70.5'), lon, lat);
        const crop = await page.screenshot({ clip: { x: x - 12, y: y - 12, width: 24, height: 24 } });
        return countColour(browser, crop, '#3b2a1a');
      }),
    );
    expect(dashes.filter((count) => count > 3).length, `dark line pixels near the line: ${dashes}`).toBeGreaterThanOrEqual(2);
    // Synthetic places cluster around Peshawar, among other hubs.
    const before = Number((await page.evaluate(() => location.hash)).slice(1).split('/')[0]);
    const peshawar = pagePointOf(canvas, viewFrom('5/33.5/70.5'), 71.578, 34.008);
    await page.mouse.click(peshawar.x, peshawar.y);
    await expect
      .poll(async () => Number((await page.evaluate(() => location.hash)).slice(1).split('/')[0]), { timeout: 10_000 })
      .toBeGreaterThan(before);
  });

  it('show each point in the colour of its latest event in the new dates, also points grouped when the slider moved', async () => {
    const page = await openSynthetic('#5/33.5/70.5');
    await waitForMapIdle(page);
    // Seven years earlier, moved while nearly every point is inside a group.
    await page.getByRole('slider', { name: 'End date' }).focus();
    for (let i = 0; i < 7; i++) await page.keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => location.search), { timeout: 5_000 }).toContain('to=');
    for (let i = 0; i < 4; i++) {
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await page.waitForTimeout(400);
    }
    await waitForMapIdle(page);
    const { search, hash } = await page.evaluate(() => ({ search: location.search, hash: location.hash }));
    const view = viewFrom(hash);
    expect(view.zoom).toBeGreaterThanOrEqual(8);

    const model = buildModel(dataset);
    const { from, to } = readUrlState(search);
    const now = placeStates(model, { first: from ?? model.extent.first, last: to! });
    const before = placeStates(model, model.extent);
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const projected = model.places.flatMap((place, position) => {
      if (place.geometry.type !== 'Point') return [];
      const [lon, lat] = place.geometry.coordinates;
      return [{ position, ...pagePointOf(canvas, view, lon, lat) }];
    });
    // On the canvas, not under the legend or a control.
    const uncovered = await page.evaluate(
      (spots) =>
        spots.map(({ x, y }) => [-6, 6].every((d) => document.elementFromPoint(x + d, y + d)?.classList.contains('maplibregl-canvas'))),
      projected,
    );
    const points = projected.map((p, i) => ({ ...p, uncovered: uncovered[i] }));
    const alone = (p: { x: number; y: number }) => points.every((q) => q === p || Math.hypot(q.x - p.x, q.y - p.y) > 30);
    // The points whose colour the slider changed: an event of one type before, of another after.
    const changed = points.filter((p) => {
      const [was, is] = [before.list[p.position].category, now.list[p.position].category];
      return p.uncovered && alone(p) && was !== null && is !== null && was !== is;
    });
    expect(changed.length, 'isolated points in view whose colour the slider changed').toBeGreaterThanOrEqual(3);
    for (const p of changed.slice(0, 12)) {
      const crop = await page.screenshot({ clip: { x: p.x - 4, y: p.y - 4, width: 8, height: 8 } });
      const [was, is] = [before.list[p.position].category!, now.list[p.position].category!];
      const place = model.places[p.position].name;
      expect(await countColour(browser, crop, CATEGORY_STYLES[is].color), `${place}: ${is}`).toBeGreaterThan(10);
      expect(await countColour(browser, crop, CATEGORY_STYLES[was].color), `${place}: no longer ${was}`).toBeLessThan(5);
    }
    expect(page.problems).toEqual([]);
  });

  it('keep drawing the points that stand alone when the map pans away and back over tiles it already has', async () => {
    const page = await openSynthetic('#5/33.5/70.5');
    await waitForMapIdle(page);
    const colours = async () => {
      const png = await page.locator('.maplibregl-canvas').screenshot();
      return Promise.all(Object.values(CATEGORY_STYLES).map((style) => countColour(browser, png, style.color)));
    };
    const before = await colours();
    expect(
      before.reduce((sum, n) => sum + n, 0),
      'pixels of the points drawn alone',
    ).toBeGreaterThan(300);
    for (const hash of ['#5/33.5/92', '#5/33.5/70.5']) {
      await page.evaluate((to) => (location.hash = to), hash);
      await expect.poll(() => page.locator('.maplibregl-map').getAttribute('data-idle')).toBe('false');
      await waitForMapIdle(page);
    }
    const after = await colours();
    before.forEach((count, i) => expect(after[i], Object.keys(CATEGORY_STYLES)[i]).toBeGreaterThanOrEqual(count * 0.9));
    expect(page.problems).toEqual([]);
  });

  it('draw the places while the events load, and everything else once they arrive', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    let releaseEvents = () => {};
    const eventsHeld = new Promise<void>((resolve) => (releaseEvents = resolve));
    await context.route('**/synthetic/*', async (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop()!;
      if (name === 'events.geojson') await eventsHeld;
      return name in files ? route.fulfill({ json: files[name] }) : route.fulfill({ status: 404 });
    });
    const page = await openPage(context, `${server.url}?data=synthetic/#5/33.5/70.5`);
    await expect.poll(() => page.locator('.map-note').textContent(), { timeout: 20_000 }).toBe('Loading events and claims…');
    expect(await page.locator('aside.sidebar').textContent()).toContain('Loading events and claims…');
    expect(await page.locator('p[role=status]').textContent()).toBe('Loading events and claims…');
    // Nothing to move yet: the slider and its buttons are out of reach (inert), their place kept.
    expect(await page.locator('.timeline').evaluate((timeline) => (timeline as HTMLElement).inert)).toBe(true);
    const focusable = (button: HTMLElement) => {
      button.focus();
      return document.activeElement === button;
    };
    expect(await page.locator('.timeline button', { hasText: 'All dates' }).evaluate(focusable)).toBe(false);
    // The places' geometry is on the map already: the synthetic border line is drawn.
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const { x, y } = pagePointOf(canvas, viewFrom('5/33.5/70.5'), 69.95, 33.5);
    await expect
      .poll(async () => countColour(browser, await page.screenshot({ clip: { x: x - 12, y: y - 12, width: 24, height: 24 } }), '#3b2a1a'), {
        timeout: 20_000,
      })
      .toBeGreaterThan(3);

    releaseEvents();
    await waitForMapIdle(page);
    expect(await page.locator('aside.sidebar h2').textContent()).toMatch(/^Places \([1-9]\d*\)$/);
    expect(await page.locator('.map-note').count()).toBe(0);
    expect(await page.getByRole('slider').count()).toBe(2);
    expect(await page.locator('.timeline button', { hasText: 'All dates' }).evaluate(focusable)).toBe(true);
    expect(await page.locator('p[role=status]').textContent()).toMatch(/^[\d,]+ events at \d+ places between/);
    expect(page.problems).toEqual([]);
  });

  it('keep the sidebar working before the map library has loaded', async () => {
    const context = await browser.newContext();
    // Hold back MapLibre's chunk: the list must not wait for it.
    await context.route('**/assets/maplibre-gl-*.js', () => new Promise(() => {}));
    const page = await openPage(context, server.url);
    await page.locator('.place-list button', { hasText: /^Spin Boldak/ }).click();
    await expect.poll(() => page.locator('aside.sidebar h2').textContent()).toBe('Spin Boldak');
    expect(await page.locator('.map-loading').isVisible()).toBe(true);
  });
});
