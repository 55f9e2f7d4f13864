/**
 * "Open a file" in the built site: a reader's ACLED export is checked in the page, refused with
 * its error by row and line when broken, and otherwise shown under the "not the publisher's data"
 * banner with ACLED's attribution, and scrubbed with the slider like the built-in dataset.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, waitForMapIdle } from './browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const FIXTURE = new URL('../fixtures/acled-fixture.csv', import.meta.url).pathname;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(DIST, '/graphics/border/');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const fixture = readFileSync(FIXTURE);
/** The fixture without its row with a broken date. */
const fixed = Buffer.from(
  fixture
    .toString('utf8')
    .split('\r\n')
    .filter((line) => !line.startsWith('FIX0007,'))
    .join('\r\n'),
);

describe('Open a file', () => {
  it('refuses a broken ACLED export by row and line, then shows a good one under the banner, scrubbing like the built-in data', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await openPage(context, server.url);
    await waitForMapIdle(page);
    const status = page.locator('.app > [role=status]');
    const builtIn = await status.textContent();
    // Nothing of the dialog is loaded before the control is used.
    const scripts = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((r) => r.name)
          .filter((n) => /OpenFileDialog|open-worker|\/csv-/.test(n)),
      );
    expect(await scripts()).toEqual([]);

    await page.getByRole('button', { name: 'Open a file' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open your own data' });
    await dialog.locator('input[type=file]').setInputFiles({ name: 'acled-fixture.csv', mimeType: 'text/csv', buffer: fixture });
    await expect.poll(() => dialog.textContent()).toContain('Not opened: 1 error');
    expect(await dialog.locator('li').allTextContents()).toEqual([
      'acled-fixture.csv › row 8 (line 12) › event_date: expected a date written 2025-10-12 or 12 October 2025, got "31 September 2025"',
    ]);
    expect(await page.locator('.data-notice').count()).toBe(0);
    expect(await status.textContent()).toBe(builtIn);

    await dialog.locator('input[type=file]').setInputFiles({ name: 'acled-fixture.csv', mimeType: 'text/csv', buffer: fixed });
    await expect
      .poll(() => page.locator('.data-notice').textContent())
      .toMatch(/Not the publisher’s dataset\..*acled-fixture\.csv.*have not left it/);
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.locator('.data-notice summary').textContent()).toMatch(/10 rows, 7 shown as events, 3 not shown/);
    await waitForMapIdle(page);

    // The export's events, at their places, with ACLED's attribution and no downloads of them.
    await expect.poll(() => status.textContent()).toMatch(/^7 events at 6 places between 1 Jan 2002 and 31 Oct 2025$/);
    const list = page.locator('aside.sidebar .place-list');
    expect(await list.textContent()).toEqual(expect.stringContaining('Spin Boldak'));
    expect(await list.textContent()).toEqual(expect.stringContaining('پېښور'));
    expect(await list.textContent()).not.toContain('Army Public School');
    expect(await page.locator('.map-credit').textContent()).toMatch(/ACLED.*access date not recorded; export filters not recorded/);
    expect(await page.locator('.downloads').count()).toBe(0);

    // The slider scrubs the opened data: the start moved to the last day leaves only the event
    // ACLED dates to the month (October 2025), and moved back, all seven again.
    const start = page.getByRole('slider', { name: 'Start date' });
    await start.focus();
    await page.keyboard.press('End');
    await expect.poll(() => status.textContent()).toBe('1 event at 1 place between 31 Oct 2025 and 31 Oct 2025');
    expect(await list.textContent()).toContain('Spin Boldak');
    await page.keyboard.press('Home');
    await expect.poll(() => status.textContent()).toMatch(/^7 events at 6 places/);
    expect(page.problems).toEqual([]);
    await context.close();
  });

  it("passes axe-core with the dialog's errors and with the opened data under its banner", async () => {
    // axe-core is injected as an inline script, which the site's Content-Security-Policy forbids.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const page = await openPage(context, server.url);
    await waitForMapIdle(page);
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const violations = async () => {
      await page.addScriptTag({ content: axe });
      return page.evaluate(async () => {
        const result = await (
          window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
        ).axe.run();
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
    };
    await page.getByRole('button', { name: 'Open a file' }).click();
    const input = page.locator('dialog input[type=file]');
    await input.setInputFiles({ name: 'acled-fixture.csv', mimeType: 'text/csv', buffer: fixture });
    await page.waitForSelector('.open-file-errors li');
    expect(await violations()).toEqual([]);
    await input.setInputFiles({ name: 'acled-fixture.csv', mimeType: 'text/csv', buffer: fixed });
    await page.waitForSelector('.data-notice');
    await waitForMapIdle(page);
    expect(await violations()).toEqual([]);
    await context.close();
  });
});
