/**
 * After a build: screenshots of the map in each language, at a desktop's and a phone's width,
 * into docs/screenshots/<lang>-<desktop|phone>.png (`npx vite-node scripts/language-screenshots.ts`).
 * A place is opened so that the sidebar shows events and claims, not only the list.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';
import { LANGUAGES } from '../src/i18n/languages.ts';

const DIST = new URL('../dist/', import.meta.url).pathname;
const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const only = process.argv[2];

mkdirSync(OUT, { recursive: true });
const server = await serveStatic(DIST, '/map/');
const browser = await launchChromium();
try {
  for (const lang of LANGUAGES.filter((l) => !only || l === only)) {
    for (const [name, viewport] of Object.entries(SIZES)) {
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
      page.on('pageerror', (error) => console.error(`${lang} ${name}: ${error.message}`));
      await page.goto(`${server.url}?lang=${lang}&place=spin-boldak`);
      await page.waitForSelector('.map[data-loaded="true"] .maplibregl-map[data-idle="true"]', { timeout: 60_000 });
      await page.waitForSelector('aside.sidebar[aria-busy="false"]');
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${OUT}${lang}-${name}.png` });
      console.log(`${OUT}${lang}-${name}.png`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
