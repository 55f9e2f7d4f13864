/** Debian's Chromium, driven by playwright-core, with software WebGL (SwiftShader). */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** A page that records every uncaught error and console error, for tests to assert none. */
export async function openPage(context: BrowserContext | Browser, url: string): Promise<Page & { problems: string[] }> {
  const page = (await context.newPage()) as Page & { problems: string[] };
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return page;
}

/** Resolves once MapLibre has drawn the map with all its sources loaded. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForSelector('.map[data-loaded="true"] .maplibregl-map[data-idle="true"]', { timeout: 30_000 });
}
