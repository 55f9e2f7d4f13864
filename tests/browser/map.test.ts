/**
 * The built site in Chromium, used the way a reader uses it: looking at the map, clicking
 * places on the canvas, moving the slider and sharing a link.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HALO, rgbOf } from '../../src/map/categories.ts';
import { countColour, launchBrowser, meanColour, openPage, waitForMapIdle } from './browser.ts';
import { pagePointOf, viewFrom } from './projection.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const SHOTS = new URL('./__screenshots__/', import.meta.url).pathname;
const SUBPATH = '/graphics/2025/border/';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(DIST, SUBPATH);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(query = '', hash = '', viewport = { width: 1280, height: 800 }, bypassCSP = false) {
  const context = await browser.newContext({ viewport, bypassCSP });
  const page = await openPage(context, `${server.url}${query}${hash}`);
  await waitForMapIdle(page);
  return page;
}

/** Where a longitude/latitude is drawn on the page, from the view in the URL's #zoom/lat/lon. */
async function pixelOf(page: Page, lon: number, lat: number) {
  const view = viewFrom(await page.evaluate(() => location.hash));
  return pagePointOf((await page.locator('.maplibregl-canvas').boundingBox())!, view, lon, lat);
}

async function clickMapAt(page: Page, lon: number, lat: number) {
  const { x, y } = await pixelOf(page, lon, lat);
  await page.mouse.click(x, y);
}

const sidebar = (page: Page) => page.locator('aside.sidebar');

describe('the map', () => {
  it('draws the base map, the border and the places by event type, from a sub-path, within its CSP', async () => {
    const page = await open();
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
    const png = await page.locator('.maplibregl-canvas').screenshot();
    writeFileSync(`${SHOTS}desktop.png`, png);
    expect(await countColour(browser, png, '#f3f0e8')).toBeGreaterThan(1000); // neighbouring land
    expect(await countColour(browser, png, '#3b2a1a')).toBeGreaterThan(100); // the Durand Line
    expect(await countColour(browser, png, '#0072B2')).toBeGreaterThan(50); // military operations
    expect(await countColour(browser, png, '#D55E00')).toBeGreaterThan(20); // bombings and attacks
    await page.screenshot({ path: `${SHOTS}desktop-page.png` });
    expect(page.problems).toEqual([]);
  });

  it('rings the selected city in yellow, drawn by the points’ own layer, and no city when none is selected', async () => {
    // The halo's yellow at its opacity over Afghanistan's land: what the canvas shows around the point.
    const land = rgbOf('#fbfaf6');
    const halo = `#${rgbOf(HALO.selected.color)
      .map((c, i) =>
        Math.round((HALO.opacity * c + (1 - HALO.opacity) * land[i]) * 255)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
    const haloPixels = async (page: Page) => {
      const { x, y } = await pixelOf(page, 69.17233, 34.52813); // Kabul
      return countColour(browser, await page.screenshot({ clip: { x: x - 22, y: y - 22, width: 44, height: 44 } }), halo);
    };
    const selected = await open('?place=kabul', '#8/34.53/69.17');
    expect(await sidebar(selected).locator('h2').textContent()).toBe('Kabul');
    expect(await haloPixels(selected), 'halo pixels around Kabul, selected').toBeGreaterThan(100);
    const none = await open('', '#8/34.53/69.17');
    expect(await haloPixels(none), 'halo pixels around Kabul, nothing selected').toBeLessThan(5);
    expect([...selected.problems, ...none.problems]).toEqual([]);
  });

  it('shows the Taliban spokesman’s claim of a Pakistani attack near Boldak when Spin Boldak is clicked', async () => {
    const page = await open('', '#8/31.1/66.6');
    await clickMapAt(page, 66.40001, 31.00575);
    await expect.poll(() => sidebar(page).locator('h2').textContent()).toBe('Spin Boldak');
    const claim = sidebar(page).locator('article.claim', { hasText: 'near Boldak' }).first();
    await expect.poll(() => claim.textContent()).toContain('Zabihullah Mujahid');
    expect(await claim.textContent()).toMatch(/“[^”]*near Boldak[^”]*”/);
    await page.screenshot({ path: `${SHOTS}spin-boldak.png` });
  });

  it('shows the military operations in North Waziristan when the area is clicked', async () => {
    const page = await open('', '#8/32.9/70.0');
    // Inside North Waziristan, away from the towns drawn as points.
    await clickMapAt(page, 69.85, 32.75);
    await expect.poll(() => sidebar(page).locator('h2').textContent()).toBe('North Waziristan');
    const events = sidebar(page).locator('.event');
    await expect
      .poll(() => events.allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Al-Mizan'), expect.stringContaining('2014')]));
    expect(await events.first().textContent()).toContain('Military operation');
  });

  it('keeps the 2009 Peshawar bombing and drops the 2014 school attack when the end moves to 2010', async () => {
    const page = await open('', '#11/34.01/71.555');
    const list = sidebar(page).locator('.place-list');
    await expect.poll(() => list.textContent()).toContain('Army Public School');

    const end = page.getByRole('slider', { name: 'End date' });
    await end.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 9; i++) await page.keyboard.press('PageUp');
    expect(await end.getAttribute('aria-valuetext')).toMatch(/2010$/);

    // The list follows the slider a moment behind it: wait for the state at the final window.
    const settled = async () => {
      const text = (await list.textContent()) ?? '';
      return /Mina Bazar|Meena Bazaar/.test(text) && !text.includes('Army Public School');
    };
    await expect.poll(settled).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toMatch(/^2010-/);

    // On the map, the school is no longer a place to click; the bazaar still is.
    await clickMapAt(page, 71.53611, 34.01361);
    expect(await sidebar(page).locator('h2').textContent()).toMatch(/^Places/);
    await clickMapAt(page, 71.573, 34.008);
    await expect.poll(() => sidebar(page).locator('h2').textContent()).toMatch(/Mina Bazar|Meena Bazaar/);
  });

  it('tints an area by its latest event in the dates shown, and again as the slider moves', async () => {
    // Inside North Waziristan: a border clash (orange) is its latest event with all dates (the
    // infiltration clashes of October 2025), a military operation or displacement (both blue)
    // when the dates end in 2015.
    const page = await open('', '#7/32.9/69.9');
    const insideNorthWaziristan = async () => {
      const { x, y } = await pixelOf(page, 69.85, 32.75);
      const [red, , blue] = await meanColour(browser, await page.screenshot({ clip: { x: x - 6, y: y - 6, width: 12, height: 12 } }));
      return red - blue;
    };
    expect(await insideNorthWaziristan()).toBeGreaterThan(5);

    const end = page.getByRole('slider', { name: 'End date' });
    await end.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 14; i++) await page.keyboard.press('PageUp');
    expect(await end.getAttribute('aria-valuetext')).toMatch(/2015$/);
    await expect.poll(insideNorthWaziristan).toBeLessThan(-10);
  });

  it('scrubs the window by dragging the end handle, live', async () => {
    const page = await open();
    const end = page.getByRole('slider', { name: 'End date' });
    const track = (await page.locator('.slider').boundingBox())!;
    const handle = (await end.boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(track.x + track.width * 0.3, handle.y + handle.height / 2, { steps: 5 });
    const during = await page.locator('[role=status]').textContent();
    await page.mouse.up();
    expect(await end.getAttribute('aria-valuetext')).toMatch(/20(0\d|1\d)$/);
    expect(during).toMatch(/between 1 Jan 2002 and .* 20(0\d|1\d)$/);

    // The handle is drawn where it was dropped, and the histogram is dark up to it, light after
    // it (the slider draws these from the window without a render: TimeSlider's showWindow).
    const dropped = (await end.boundingBox())!;
    expect(Math.abs(dropped.x + dropped.width / 2 - (track.x + track.width * 0.3))).toBeLessThan(4);
    const darkBars = async (left: number, right: number) =>
      countColour(
        browser,
        await page.screenshot({ clip: { ...track, x: track.x + track.width * left, width: track.width * (right - left) } }),
        '#5b554b',
      );
    expect(await darkBars(0, 0.28)).toBeGreaterThan(50);
    expect(await darkBars(0.32, 1)).toBe(0);
  });

  it('restores place, window and view from a shared URL', async () => {
    const page = await open('?place=spin-boldak&from=2025-01-01&to=2025-11-30', '#7/31.2/66.5');
    await expect.poll(() => sidebar(page).locator('h2').textContent()).toBe('Spin Boldak');
    expect(await page.getByRole('slider', { name: 'Start date' }).getAttribute('aria-valuetext')).toBe('1 Jan 2025');
    expect(await page.getByRole('slider', { name: 'End date' }).getAttribute('aria-valuetext')).toBe('30 Nov 2025');
    expect(await page.evaluate(() => location.hash)).toBe('#7/31.2/66.5');
    expect(page.problems).toEqual([]);
  });

  it('reaches every place from the keyboard, without the map', async () => {
    const page = await open();
    const first = sidebar(page).locator('.place-list button').first();
    const name = await first.locator('.place-list-name').textContent();
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => sidebar(page).locator('h2').textContent()).toBe(name);
    // Focus follows: to the place's heading, and back to its button in the list.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sidebar-title');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-place-id'))).toBeTruthy();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(name);
  });

  it('passes axe-core with no violations', async () => {
    // axe-core is injected as an inline script, which the site's Content-Security-Policy forbids.
    const page = await open('?place=spin-boldak', '', undefined, true);
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axe });
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
      ).axe.run();
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
});

describe('the published dataset', () => {
  it('is downloadable beside the site, linked from the sidebar, with the documented field names', async () => {
    const page = await open();
    const links = await page.locator('.downloads a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.map((href) => href.split('/').pop())).toEqual([
      'places.geojson',
      'events.geojson',
      'claims.json',
      'sources.json',
      'events.csv',
      'claims.csv',
    ]);
    const events = await (await fetch(links[1])).json();
    const school = events.features.find((f: { id: string }) => f.id === 'army-public-school-attack-2014');
    expect(school.geometry).toEqual({ type: 'Point', coordinates: [71.53611, 34.01361] });
    expect(school.properties).toMatchObject({ start: '2014-12-16', datePrecision: 'day', category: 'bombing-attack' });
    const claims = await (await fetch(links[2])).json();
    expect(Object.keys(claims[0])).toEqual(expect.arrayContaining(['speaker', 'side', 'text', 'mode', 'saidOn', 'sourceIds', 'disputes']));
    // The CSVs: the sheets' columns, one row per record (a quoted cell may span lines).
    const eventsCsv = await (await fetch(links[4])).text();
    expect(eventsCsv.split('\r\n')[0]).toMatch(/^id,title,category,event_type,sub_event_type,status,start,end,datePrecision,/);
    expect(eventsCsv).toContain('army-public-school-attack-2014,');
    expect((await (await fetch(links[5])).text()).split('\r\n')[0]).toMatch(/^id,speaker_name,speaker_role,side,text,mode,saidOn,/);
  });
});

describe('on a phone', () => {
  it('keeps most of the screen for the map and opens the sidebar as a sheet', async () => {
    const page = await open('', '', { width: 360, height: 740 });
    const mapBox = (await page.locator('.maplibregl-canvas').boundingBox())!;
    expect(mapBox.height).toBeGreaterThan(740 * 0.5);
    const sheet = page.locator('.sheet-handle');
    expect(await sheet.getAttribute('aria-expanded')).toBe('false');
    // The credits start folded to their button at the map's foot, just above the closed sheet, and open with a tap.
    const credits = page.locator('.maplibregl-ctrl-attrib');
    const folded = (await credits.boundingBox())!;
    const handle = (await sheet.boundingBox())!;
    expect(folded.y + folded.height).toBeLessThanOrEqual(handle.y);
    expect(folded.y).toBeGreaterThan(mapBox.y + mapBox.height / 2);
    expect(folded.width).toBeLessThan(40);
    await page.locator('.maplibregl-ctrl-attrib-button').click();
    expect(await credits.innerText()).toContain('GeoNames');
    expect((await credits.boundingBox())!.width).toBeGreaterThan(100);
    await page.locator('.maplibregl-ctrl-attrib-button').click();
    await page.screenshot({ path: `${SHOTS}phone-closed.png` });

    await sheet.click();
    const button = sidebar(page).locator('.place-list button').first();
    expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    await button.click();
    await expect.poll(() => sidebar(page).locator('h2').isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}phone-open.png` });
    await sheet.click();
    expect(await sheet.getAttribute('aria-expanded')).toBe('false');

    // Pulled up with a finger-like drag, it opens; pulled down, it closes.
    const pull = async (dy: number) => {
      const handle = (await sheet.boundingBox())!;
      await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
      await page.mouse.down();
      await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2 + dy, { steps: 4 });
      await page.mouse.up();
    };
    await pull(-120);
    expect(await sheet.getAttribute('aria-expanded')).toBe('true');
    await pull(120);
    expect(await sheet.getAttribute('aria-expanded')).toBe('false');
  });
});
