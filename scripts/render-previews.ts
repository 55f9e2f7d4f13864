/**
 * `npm run previews`: renders the static pictures of the map (the default view and each place's
 * view) in headless Chromium, for the embed's <noscript> fallback, og:image and oEmbed
 * thumbnails. Run after `npm run build`; the pictures are committed to public/previews/ so that
 * neither install nor build needs a browser.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';
import { readDataset } from './read-dataset.ts';

import { PREVIEW_SIZE } from '../src/embed/oembed.ts';
const OUT = new URL('../public/previews/', import.meta.url).pathname;
const DIST = new URL('../dist/', import.meta.url).pathname;

const result = readDataset();
if (!result.ok) throw new Error('The dataset is invalid: run npm run check:data');
const views = [{ file: 'default', query: '' }, ...result.dataset.places.map((p) => ({ file: p.id, query: `&place=${p.id}` }))];

mkdirSync(OUT, { recursive: true });
const server = await serveStatic(DIST);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: PREVIEW_SIZE.width, height: 900 } });
for (const view of views) {
  await page.goto(`${server.url}?embed=1${view.query}`);
  // The picture is the map alone, at the size social cards and oEmbed thumbnails use.
  await page.addStyleTag({ content: `.app--embed .map-area { height: ${PREVIEW_SIZE.height}px } .legend { display: none }` });
  await page.waitForSelector('.maplibregl-map[data-idle="true"]', { timeout: 30_000 });
  await page.waitForTimeout(300);
  await page.waitForSelector('.maplibregl-map[data-idle="true"]', { timeout: 30_000 });
  await page.locator('.map-area').screenshot({ path: `${OUT}${view.file}.jpg`, type: 'jpeg', quality: 78 });
  console.log(`previews/${view.file}.jpg`);
}
await browser.close();
await server.close();
