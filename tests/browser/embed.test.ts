/**
 * Embedding, tried as an editor would: copy the code the "Embed" control gives into a bare
 * article page on another origin, and check that the map sizes itself, shows the chosen view
 * and still works inside the frame; the same with a pym.js parent and in a tight sandbox.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, waitForMapIdle } from './browser.ts';
import { pagePointOf, viewFrom } from './projection.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const PARENT_DIR = mkdtempSync(join(tmpdir(), 'borderlines-parent-'));

let site: StaticServer;
let parent: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(DIST, '/graphics/2025/border/');
  // The article lives on another origin: another port of the loopback address.
  parent = await serveStatic(PARENT_DIR);
  writeFileSync(join(PARENT_DIR, 'pym.v1.min.js'), readFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js')));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await parent?.close();
});

function article(name: string, embedCode: string): string {
  writeFileSync(
    join(PARENT_DIR, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Article</title></head>
<body style="margin:0 auto;max-width:760px;font-family:serif"><h1>An article about the border</h1><p>Some text before the map.</p>
${embedCode}
<p id="after">Some text after the map.</p></body></html>`,
  );
  return `${parent.url}${name}`;
}

/** What `read` gives (a view in the URL, which follows the map once it comes to rest) when two reads 400 ms apart agree. */
async function settled(read: () => Promise<string | null>): Promise<string> {
  let previous: string | null = null;
  for (const started = Date.now(); Date.now() - started < 15_000;) {
    const now = await read();
    if (now && now === previous) return now;
    previous = now;
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  throw new Error(`the map did not come to rest (last view: ${previous})`);
}

/** The code the full map's "Embed this view" control gives for a view. */
async function embedCodeFor(query: string, variant: number): Promise<string> {
  const page = await browser.newPage();
  await page.goto(`${site.url}${query}`);
  // The code carries the map's view: wait until the map has come to rest on the place.
  await waitForMapIdle(page);
  await settled(() => page.evaluate(() => location.hash));
  await page.getByRole('button', { name: 'Embed this view' }).click();
  const code = await page.locator('.embed-dialog textarea').nth(variant).inputValue();
  await page.close();
  return code;
}

async function frameOf(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = (await handle.contentFrame())!;
  await waitForMapIdle(frame);
  return frame;
}

const iframeHeight = async (page: Page) => (await page.locator('iframe').boundingBox())!.height;

describe('the embed code in an article on another origin', () => {
  let page: Page & { problems: string[] };
  let frame: Frame;
  let code: string;

  beforeAll(async () => {
    code = await embedCodeFor('?place=spin-boldak&from=2025-01-01&to=2025-11-30', 0);
    page = await openPage(browser, article('loader.html', code));
    frame = await frameOf(page);
  });

  it('shows the view the editor chose', async () => {
    expect(await frame.locator('aside.sidebar h2').textContent()).toBe('Spin Boldak');
    expect(await frame.getByRole('slider', { name: 'Start date' }).getAttribute('aria-valuetext')).toBe('1 Jan 2025');
    expect(await frame.getByRole('slider', { name: 'End date' }).getAttribute('aria-valuetext')).toBe('30 Nov 2025');
    expect(await frame.locator('.masthead').count()).toBe(0);
    expect(await frame.getByRole('link', { name: 'Open the full map' }).getAttribute('target')).toBe('_blank');
  });

  it('grows when the sidebar opens and shrinks when it closes, with no scroll bar inside', async () => {
    // The sidebar fills in once the map's frame is painted, and the height follows by message.
    const gap = async () => Math.abs((await iframeHeight(page)) - (await frame.evaluate(() => document.documentElement.scrollHeight)));
    await expect.poll(gap, { timeout: 5_000 }).toBeLessThanOrEqual(2);
    const open = await iframeHeight(page);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);

    await frame.locator('.sheet-handle').click();
    await expect.poll(() => iframeHeight(page)).toBeLessThan(open - 100);
    await frame.locator('.sheet-handle').click();
    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(open - 2);
    await page.screenshot({ path: new URL('./__screenshots__/embed-article.png', import.meta.url).pathname, fullPage: true });
  });

  it('keeps the slider and a click on the map working inside the frame', async () => {
    const end = frame.getByRole('slider', { name: 'End date' });
    await end.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await end.getAttribute('aria-valuetext')).toBe('31 Oct 2025');
    await page.keyboard.press('End');

    await frame.getByRole('button', { name: '← All places' }).click();
    // Focus went back to the place's button in the list, which scrolled the article: scroll back to the map.
    await page.evaluate(() => window.scrollTo(0, 0));
    const viewParam = () => frame.evaluate(() => new URLSearchParams(location.search).get('view'));
    // At the embed's zoom Spin Boldak may be grouped with Chaman and the crossing beside it: a click on
    // the group zooms in on it, and the next click, where the map at rest now puts Spin Boldak, opens it.
    let tries = 0;
    while ((await frame.locator('aside.sidebar h2').textContent()) !== 'Spin Boldak' && tries++ < 4) {
      const box = (await frame.locator('.maplibregl-canvas').boundingBox())!;
      const point = pagePointOf(box, viewFrom(await settled(viewParam)), 66.40001, 31.00575);
      expect(point.x).toBeGreaterThan(box.x);
      expect(point.x).toBeLessThan(box.x + box.width);
      expect(point.y).toBeGreaterThan(box.y);
      expect(point.y).toBeLessThan(box.y + box.height);
      await page.mouse.click(point.x, point.y);
      await page.waitForTimeout(500);
    }
    expect(await frame.locator('aside.sidebar h2').textContent()).toBe('Spin Boldak');
  });

  it('carries a noscript picture that exists, with real alt text', async () => {
    const img = code.match(/<noscript>.*<img src="([^"]+)" alt="([^"]+)"/)!;
    expect(img[2]).toMatch(/Spin Boldak/);
    const response = await fetch(img[1].replace(/&amp;/g, '&'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(page.problems).toEqual([]);
  });
});

describe('under a pym.js parent page', () => {
  it('resizes through pym’s own messages', async () => {
    const embedUrl = `${site.url}?embed=1&place=spin-boldak`;
    const url = article(
      'pym.html',
      `<div id="border-map"></div><script src="pym.v1.min.js"></script>
<script>window.pymParent = new pym.Parent('border-map', ${JSON.stringify(embedUrl)}, {});</script>`,
    );
    const page = await openPage(browser, url);
    const frame = await frameOf(page);
    expect(await page.locator('iframe').getAttribute('src')).toContain('childId=border-map');
    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(700);
    const open = await iframeHeight(page);
    await frame.locator('.sheet-handle').click();
    await expect.poll(() => iframeHeight(page)).toBeLessThan(open - 100);
  });
});

describe('in hostile or limited hosts', () => {
  it('works under the recommended sandbox', async () => {
    const code = await embedCodeFor('?place=kabul', 1);
    expect(code).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
    const page = await openPage(browser, article('iframe-only.html', code));
    const frame = await frameOf(page);
    expect(await frame.locator('aside.sidebar h2').textContent()).toBe('Kabul');
  });

  it('shows the list of places, events and claims under sandbox="allow-scripts" alone, never a blank frame', async () => {
    const url = article(
      'tight-sandbox.html',
      `<iframe src="${site.url}?embed=1" title="Map" width="100%" height="600" sandbox="allow-scripts"></iframe>`,
    );
    const page = await openPage(browser, url);
    const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
    await frame.waitForLoadState('load');
    // Whether or not the app starts in an opaque origin, the frame holds the places, and the claims
    // are one link away.
    await expect.poll(() => frame.locator('body').innerText(), { timeout: 15_000 }).toContain('Spin Boldak');
    if (!(await frame.locator('body').innerText()).includes('Zabihullah Mujahid')) {
      await frame.getByRole('link', { name: /every place, event and claim/i }).click();
      await frame.waitForURL(/list\.html$/);
    }
    expect(await frame.locator('body').innerText()).toContain('Zabihullah Mujahid');
  });
});
