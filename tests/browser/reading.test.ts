/**
 * Reading who claims what, in Chromium against the built site: both accounts side by side,
 * search and filters, links to a claim, the timeline's zoom and named periods, and the selected
 * place kept in sight on a phone. Saves the screenshots in tests/browser/__screenshots__/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, waitForMapIdle, type WatchedPage } from './browser.ts';
import { pagePointOf, viewFrom } from './projection.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';

const DIST = new URL('../../dist/', import.meta.url).pathname;
// Looked at by whoever changes the view; the copies in docs/screenshots/ are taken from here by hand.
const SHOTS = new URL('./__screenshots__/', import.meta.url).pathname;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const SPIN_BOLDAK = [66.40001, 31.00575] as const;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(DIST, '/');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** `bypassCSP` only for axe-core, which is injected as an inline script. */
async function open(query: string, viewport = DESKTOP, bypassCSP = false): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport,
    bypassCSP,
    hasTouch: viewport === PHONE,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await openPage(context, `${server.url}${query}`);
  await waitForMapIdle(page);
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }
    ).axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
}

const summary = (page: Page) => page.locator('.accounts-summary').textContent();

describe('both accounts, topic by topic', () => {
  it('opens from the header and shows the built-in topics with both sides’ columns, following the window', async () => {
    const page = await open('', DESKTOP, true);
    await page.getByRole('button', { name: 'Both accounts & search' }).click();
    const view = page.getByRole('region', { name: 'Both accounts, topic by topic' });
    await view.waitFor();
    expect(page.url()).toContain('show=accounts');
    const talks = view.getByRole('region', { name: /Why the Istanbul talks failed/ });
    const columns = await talks.locator('.account-side').allTextContents();
    expect(columns.slice(0, 2)).toEqual([
      "Taliban's interim government (Islamic Emirate)",
      "Pakistan's government, military or security services",
    ]);
    // A dispute row holds a claim of each side, side by side on a wide screen.
    const dispute = talks.locator('.account-row--disputed').first();
    const taliban = (await dispute.locator('.claim--taliban-government').first().boundingBox())!;
    const pakistan = (await dispute.locator('.claim--pakistan').first().boundingBox())!;
    expect(pakistan.x).toBeGreaterThan(taliban.x + taliban.width - 1);
    expect(Math.abs(pakistan.y - taliban.y)).toBeLessThan(5);
    const topics = await view.locator('.account-topic h3').allTextContents();
    expect(topics.length).toBeGreaterThan(10);
    const all = await summary(page);
    await talks.evaluate((topic) => topic.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}accounts-desktop.png` });

    // The window narrows to 2002–2011: the 2025 topics go, the view says so.
    await page.getByRole('slider', { name: 'End date' }).focus();
    for (let i = 0; i < 15; i++) await page.keyboard.press('PageDown');
    // The view follows once each step is painted: wait for the last one.
    await expect.poll(() => summary(page)).toMatch(/– \d+ \w+ 20(0\d|1[01])$/);
    expect(await summary(page)).not.toBe(all);
    expect(await view.locator('.account-topic h3').allTextContents()).not.toContainEqual(
      expect.stringContaining('Why the Istanbul talks failed'),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(page.problems).toEqual([]);
  }, 150_000);

  it('alternates the two accounts on a phone, each claim labelled with its side', async () => {
    const page = await open('?show=accounts', PHONE);
    const talks = page.getByRole('region', { name: /Why the Istanbul talks failed/ });
    await talks.evaluate((topic) => topic.scrollIntoView({ block: 'start' }));
    const sides = await talks.locator('.account-row--disputed').first().locator('.claim-side').allTextContents();
    expect(sides[0]).toContain('Taliban');
    expect(sides[1]).toContain('Pakistan');
    const cards = await talks
      .locator('.account-row--disputed')
      .first()
      .locator('.claim')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
    expect(new Set(cards.map(Math.round)).size).toBe(1); // one column
    await page.screenshot({ path: `${SHOTS}accounts-phone.png` });
    expect(page.problems).toEqual([]);
  }, 150_000);
});

describe('find and filter', () => {
  it('finds a word of a claim as it is typed, highlights it as text, and a side filter narrows the results', async () => {
    const page = await open('?show=accounts', DESKTOP, true);
    const search = page.getByRole('searchbox', { name: 'Search claims, speakers and topics' });
    await search.pressSequentially('security inside');
    const results = page.locator('.search-results > li');
    await expect.poll(() => results.count()).toBeGreaterThan(1);
    const ids = await results.locator('article').evaluateAll((els) => els.map((e) => e.className));
    expect(ids.some((c) => c.includes('taliban-government'))).toBe(true);
    expect(ids.some((c) => c.includes('pakistan'))).toBe(true);
    expect(await results.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['security', 'inside']));
    await expect.poll(() => page.url()).toMatch(/q=security(\+|%20)inside/);
    await page.screenshot({ path: `${SHOTS}search-desktop.png` });

    const before = await results.count();
    await page.getByRole('checkbox', { name: "Taliban's interim government (Islamic Emirate)" }).uncheck();
    await expect.poll(() => results.count()).toBeLessThan(before);
    expect(await results.locator('article.claim--taliban-government').count()).toBe(0);
    await expect.poll(() => page.url()).toContain('sides=');
    expect(await axeViolations(page)).toEqual([]);

    // The filters are in the link: opened again, the same results.
    const again = await open(new URL(page.url()).search, PHONE);
    await expect.poll(() => again.locator('.search-results > li').count()).toBe(await results.count());
    await again.screenshot({ path: `${SHOTS}search-phone.png` });
    expect([...page.problems, ...again.problems]).toEqual([]);
  }, 150_000);

  it('shows a hostile search as text, matching nothing', async () => {
    const page = await open(`?show=accounts&q=${encodeURIComponent('<img src=x onerror=alert(1)> Mujahid')}`);
    await expect.poll(() => page.locator('.accounts .empty').isVisible()).toBe(true);
    expect(await page.getByRole('searchbox').inputValue()).toBe('<img src=x onerror=alert(1)> Mujahid');
    expect(await page.locator('.accounts img').count()).toBe(0);
    expect(page.problems).toEqual([]);
  }, 150_000);
});

describe('links to a claim', () => {
  it('opens the claim’s place with the claim marked and in view, and copies its link', async () => {
    const page = await open('?claim=pakistan-rejects-mujahid', DESKTOP, true);
    await expect.poll(() => page.locator('aside.sidebar h2').textContent()).toBe('Istanbul');
    const claim = page.locator('[data-claim-id="pakistan-rejects-mujahid"]');
    expect(await claim.getAttribute('aria-current')).toBe('true');
    expect(await claim.locator('.badge--linked').textContent()).toBe('Linked claim');
    const box = (await claim.boundingBox())!;
    const aside = (await page.locator('aside.sidebar').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(aside.y - 1);
    expect(box.y).toBeLessThan(aside.y + aside.height);
    await page.screenshot({ path: `${SHOTS}claim-link-desktop.png` });

    await claim.getByRole('link', { name: 'Link to this claim' }).click();
    await expect.poll(() => claim.getByRole('status').textContent()).toContain('copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}?claim=pakistan-rejects-mujahid`);

    // The Embed dialog can embed this claim alone, with its place.
    await page.getByRole('button', { name: 'Embed this view' }).click();
    await page.getByRole('radio', { name: /Only the claim by/ }).check();
    const code = await page.locator('.embed-dialog textarea').first().inputValue();
    expect(code).toContain('claim=pakistan-rejects-mujahid');
    expect(code).toContain('embed=1');
    await page.keyboard.press('Escape');
    expect(await axeViolations(page)).toEqual([]);
    expect(page.problems).toEqual([]);
  }, 150_000);

  it('opens the claim in an embed of it alone', async () => {
    const embed = await open('?claim=pakistan-rejects-mujahid&embed=1');
    await expect.poll(() => embed.locator('aside.sidebar .claim').count()).toBe(1);
    expect(embed.problems).toEqual([]);
  }, 150_000);

  it('opens the claim on a phone, in the sheet', async () => {
    const phone = await open('?claim=mujahid-talks-failed-over-security-demand', PHONE);
    const claim = phone.locator('[data-claim-id="mujahid-talks-failed-over-security-demand"]');
    await expect.poll(() => claim.isVisible()).toBe(true);
    await phone.screenshot({ path: `${SHOTS}claim-link-phone.png` });
    expect(phone.problems).toEqual([]);
  }, 150_000);

  it('falls back to the default view with a quiet notice for an unknown claim', async () => {
    const page = await open('?claim=no-such-claim');
    expect(await page.getByRole('status').filter({ hasText: 'No claim “no-such-claim”' }).isVisible()).toBe(true);
    expect(await page.locator('aside.sidebar h2').textContent()).toMatch(/^Places/);
    await expect.poll(() => page.evaluate(() => location.search)).not.toContain('claim=');
    expect(page.problems).toEqual([]);
  }, 150_000);
});

describe('the timeline’s zoom and named periods', () => {
  it('zooms to a two-month window: an arrow key moves a day, the bins are days or weeks, the zoom is in the URL', async () => {
    const page = await open('', DESKTOP, true);
    await page.getByRole('button', { name: 'October–November 2025' }).click();
    const end = page.getByRole('slider', { name: 'End date' });
    await expect.poll(() => end.getAttribute('aria-valuetext')).toBe('30 Nov 2025');
    expect(await page.getByRole('slider', { name: 'Start date' }).getAttribute('aria-valuetext')).toBe('9 Oct 2025');
    expect(['day', 'week']).toContain(await page.locator('svg.histogram').first().getAttribute('data-unit'));
    expect(Number(await page.locator('svg.histogram').first().getAttribute('data-bins'))).toBeGreaterThan(8);
    await end.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await end.getAttribute('aria-valuetext')).toBe('29 Nov 2025');
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/zoom=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
    const labels = await page.locator('.timeline-axis span').allTextContents();
    expect(labels.some((l) => /^\d{1,2} (Oct|Nov)$/.test(l))).toBe(true);
    await page.screenshot({ path: `${SHOTS}timeline-zoom-desktop.png` });

    // A year earlier, the zoomed track goes with the window: the handles stand inside it, not waiting at its edges.
    await page.getByRole('button', { name: 'One year earlier' }).click();
    expect(await end.getAttribute('aria-valuetext')).toBe('29 Nov 2024');
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('zoom'))).toMatch(/^2024-.*\.\.2024-/);
    const slider = (await page.locator('.slider').boundingBox())!;
    const startBox = (await page.getByRole('slider', { name: 'Start date' }).boundingBox())!;
    const endBox = (await end.boundingBox())!;
    expect(startBox.x).toBeGreaterThan(slider.x + slider.width * 0.05);
    expect(endBox.x + endBox.width).toBeLessThan(slider.x + slider.width * 0.95);
    await page.getByRole('button', { name: 'One year later' }).click();
    expect(await axeViolations(page)).toEqual([]);

    // Zoomed out all the way: years again, and an arrow key is a month.
    await page.getByRole('button', { name: 'Whole timeline' }).click();
    expect(await page.locator('svg.histogram').first().getAttribute('data-unit')).toBe('year');
    await end.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await end.getAttribute('aria-valuetext')).toBe('30 Oct 2025');
    expect(page.problems).toEqual([]);
  }, 150_000);

  it('zooms with the wheel over the track, and opens a zoomed link the same way on a phone', async () => {
    const page = await open('');
    const track = (await page.locator('.slider').boundingBox())!;
    await page.mouse.move(track.x + track.width * 0.97, track.y + 20);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -100);
    await expect.poll(() => page.locator('svg.histogram').first().getAttribute('data-unit')).not.toBe('year');
    const phone = await open('?from=2025-10-09&to=2025-11-30&zoom=2025-10-04..2025-12-05', PHONE);
    expect(await phone.locator('svg.histogram').first().getAttribute('data-unit')).toBe('day');
    await phone.locator('.timeline').screenshot({ path: `${SHOTS}timeline-zoom-phone.png` });
    expect([...page.problems, ...phone.problems]).toEqual([]);
  }, 150_000);
});

describe('the selected place in sight', () => {
  it('moves the map on a 390 px phone so that Spin Boldak stays visible above the sheet', async () => {
    // Close enough that Spin Boldak and Chaman, across the border from it, are apart; Spin Boldak
    // low on the screen, where the sheet will cover it.
    const page = await open('#8/31.45/66.4', PHONE);
    const where = async () =>
      pagePointOf(
        (await page.locator('.maplibregl-canvas').boundingBox())!,
        viewFrom(await page.evaluate(() => location.hash)),
        ...SPIN_BOLDAK,
      );
    const before = await where();
    const hash = await page.evaluate(() => location.hash);
    await page.mouse.click(before.x, before.y);
    await expect.poll(() => page.locator('aside.sidebar h2').textContent()).toBe('Spin Boldak');
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 30_000 }).not.toBe(hash);
    await waitForMapIdle(page);
    const after = await where();
    const sheet = (await page.locator('aside.sidebar').boundingBox())!;
    const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
    expect(before.y, 'Spin Boldak was under the sheet once it opened').toBeGreaterThan(sheet.y);
    expect(after.y).toBeLessThan(sheet.y - 16);
    expect(after.y).toBeGreaterThan(map.y);
    expect(after.x).toBeGreaterThan(0);
    expect(after.x).toBeLessThan(PHONE.width);
    await page.screenshot({ path: `${SHOTS}place-in-sight-phone.png` });
    expect(page.problems).toEqual([]);
  }, 150_000);
});
