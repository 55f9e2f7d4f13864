/** Helpers for the browser tests: Debian's Chromium (see scripts/chromium.ts) and pages that record their errors. */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';

/** `extraArgs` are added to the usual flags, e.g. `--disable-webgl` to try a browser without WebGL. */
export const launchBrowser = (extraArgs: string[] = []): Promise<Browser> => launchChromium(extraArgs);

/** A console error with where the browser says it came from (for a failed load, the resource's URL). */
export interface ConsoleError {
  text: string;
  url: string;
}

export type WatchedPage = Page & { problems: string[]; consoleErrors: ConsoleError[] };

/**
 * A page that records every uncaught error and console error, for tests to assert none.
 * `consoleErrors` holds the console errors again with their location, so that a test that
 * asks for a missing file on purpose can tell the browser's "Failed to load resource" for
 * that file from anything else.
 */
export async function openPage(context: BrowserContext | Browser, url: string): Promise<WatchedPage> {
  const page = (await context.newPage()) as WatchedPage;
  page.problems = [];
  page.consoleErrors = [];
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A dataset's named periods are optional: one without them answers 404, which the browser logs.
    if (message.text().startsWith('Failed to load resource') && message.location().url.endsWith('/periods.json')) return;
    page.problems.push(`console: ${message.text()}`);
    page.consoleErrors.push({ text: message.text(), url: message.location().url });
  });
  await page.goto(url);
  return page;
}

/**
 * Decodes a PNG in a blank page of its own (the site's Content-Security-Policy forbids the data:
 * fetch this needs) and returns what `reduce` makes of its RGBA pixels there. `reduce` runs in
 * that page, so it may use only its arguments.
 */
async function reducePixels<A, R>(
  owner: Browser | BrowserContext,
  png: Buffer,
  reduce: (pixels: Uint8ClampedArray, arg: A) => R,
  arg: A,
): Promise<R> {
  const scratch = await owner.newPage();
  try {
    return (await scratch.evaluate(
      async ({ data, reduceSource, arg }) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
        const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const reduce = new Function(`return ${reduceSource}`)();
        return reduce(context.getImageData(0, 0, bitmap.width, bitmap.height).data, arg);
      },
      { data: png.toString('base64'), reduceSource: reduce.toString(), arg },
    )) as R;
  } finally {
    await scratch.close();
  }
}

/** The mean colour of a PNG, [r, g, b] from 0 to 255. */
export function meanColour(owner: Browser | BrowserContext, png: Buffer): Promise<number[]> {
  return reducePixels(
    owner,
    png,
    (pixels) => {
      const sum = [0, 0, 0];
      for (let i = 0; i < pixels.length; i += 4) for (let c = 0; c < 3; c++) sum[c] += pixels[i + c];
      return sum.map((total) => total / (pixels.length / 4));
    },
    null,
  );
}

/** How many pixels of a PNG are close to a colour (`#rrggbb`). */
export function countColour(owner: Browser | BrowserContext, png: Buffer, hex: string): Promise<number> {
  return reducePixels(
    owner,
    png,
    (pixels, hex) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (Math.abs(pixels[i] - r) + Math.abs(pixels[i + 1] - g) + Math.abs(pixels[i + 2] - b) < 30) count++;
      }
      return count;
    },
    hex,
  );
}

/**
 * Resolves once MapLibre has drawn the map with all its sources loaded, and the sidebar, which
 * follows once that frame is painted, shows the data too.
 */
export async function waitForMapIdle(page: Page | Frame): Promise<void> {
  await page.waitForSelector('.map[data-loaded="true"] .maplibregl-map[data-idle="true"]', { timeout: 30_000 });
  await page.waitForSelector('aside.sidebar[aria-busy="false"]', { timeout: 30_000 });
}
