/**
 * The map in each of its languages, in Chromium: the page's lang and dir, no text spilling out of
 * its box at a phone's and a desktop's width, axe-core clean, the slider's keys following the
 * language's direction (as a native range input's do), the embed code keeping the language, and
 * a record's translation labelled as one with the original a click away.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, waitForMapIdle, type WatchedPage } from './browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';
import { LANGUAGES, isRightToLeft, type Language } from '../../src/i18n/languages.ts';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(DIST, '/map/');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(query: string, viewport = WIDTHS.desktop, bypassCSP = false): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, bypassCSP });
  const page = await openPage(context, `${server.url}${query}`);
  await waitForMapIdle(page);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Visible elements whose text runs past their own box, or past the page's width: "tag.class: text". */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const pageWidth = document.documentElement.clientWidth;
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(element);
      if (
        style.display === 'none' ||
        style.visibility === 'hidden' ||
        element.closest('.visually-hidden, .maplibregl-canvas-container, textarea, svg')
      )
        continue;
      // The content of a folded <details> (the legend on a phone) is not shown.
      if (element.closest('details:not([open]) > :not(summary)')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const hasText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
      if (!hasText) continue;
      const scrolls = /(auto|scroll)/.test(style.overflowX);
      const spills = !scrolls && element.scrollWidth > element.clientWidth + 1 && style.display !== 'inline';
      const outside = box.left < -1 || box.right > pageWidth + 1;
      if (spills || outside)
        found.push(`${element.tagName.toLowerCase()}.${element.className}: ${element.textContent!.trim().slice(0, 40)}`);
    }
    return found;
  });
}

describe.each(LANGUAGES)('the map in %s', (lang: Language) => {
  const dir = isRightToLeft(lang) ? 'rtl' : 'ltr';
  // One desktop page serves the tests below but the phone's, in this order: the slider's test
  // adds an input to the page, after axe-core has run.
  let desktop: WatchedPage;
  beforeAll(async () => {
    desktop = await open(`?lang=${lang}&place=spin-boldak`, WIDTHS.desktop, true);
  });
  afterAll(() => desktop?.context().close());

  it.each(Object.keys(WIDTHS) as (keyof typeof WIDTHS)[])('has lang and dir, and no text out of its box, at the %s width', async (name) => {
    const page = name === 'desktop' ? desktop : await open(`?lang=${lang}&place=spin-boldak`, WIDTHS[name]);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, dir]);
    expect(await page.locator('.language-switch select').inputValue()).toBe(lang);
    expect(await overflowing(page)).toEqual([]);
    expect(page.problems).toEqual([]);
    if (page !== desktop) await page.context().close();
  });

  it('passes axe-core with no violations', async () => {
    const page = desktop;
    await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }
      ).axe.run();
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
    expect(violations).toEqual([]);
  });

  it('moves the slider with the arrow key that points the way time runs, as a native range input does', async () => {
    const page = desktop;
    const later = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const earlier = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    // What Chromium's own range input does in this direction.
    const native = await page.evaluate(
      ({ dir, later }) => {
        const input = Object.assign(document.createElement('input'), { type: 'range', min: '0', max: '10', value: '5' });
        input.dir = dir;
        document.body.append(input);
        input.focus();
        return later;
      },
      { dir, later },
    );
    await page.keyboard.press(native);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('6');
    await page.evaluate(() => document.activeElement!.remove());

    const start = page.locator('.slider-handle--first');
    const value = async () => Number(await start.getAttribute('aria-valuenow'));
    await start.focus();
    const before = await value();
    await page.keyboard.press(later);
    expect(await value()).toBeGreaterThan(before);
    await page.keyboard.press(earlier);
    expect(await value()).toBe(before);
    // The handle for the start date sits on the side time starts from.
    const [handle, track] = await Promise.all([start.boundingBox(), page.locator('.slider').boundingBox()]);
    const atStart = dir === 'rtl' ? track!.x + track!.width - (handle!.x + handle!.width / 2) : handle!.x + handle!.width / 2 - track!.x;
    expect(atStart).toBeLessThan(track!.width / 2);
  });

  it('keeps the language in every embed code', async () => {
    const page = desktop;
    await page.locator('.embed-open:not(.open-file-open)').click();
    const codes = await page.locator('.embed-dialog textarea').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
    expect(codes).toHaveLength(3);
    for (const code of codes) expect(code).toContain(`lang=${lang}`);
  });
});

describe('the plain list, for a page where the map cannot start', () => {
  it.each(LANGUAGES.filter((lang) => lang !== 'en'))('is written in %s too, translations labelled, with no script', async (lang) => {
    const context = await browser.newContext({ viewport: WIDTHS.phone, javaScriptEnabled: false });
    const page = await openPage(context, `${server.url}list.${lang}.html`);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, 'rtl']);
    expect(await page.locator('.translation-note').count()).toBeGreaterThan(100);
    expect(await page.locator(`.static-languages a[hreflang="en"]`).getAttribute('href')).toBe('list.html');
    await page.evaluate(() => document.fonts.ready);
    expect(await overflowing(page)).toEqual([]);
    await context.close();
  });
});

describe('a record in translation', () => {
  it('is labelled as a translation, a quote’s without quotation marks, with the original a click away', async () => {
    const page = await open('?lang=ur&place=istanbul');
    const note = page.locator('.translation-note').first();
    await note.waitFor();
    const claim = page.locator('.claim', { has: page.locator('.translation-note') }).first();
    const text = await claim.locator('.claim-text').first().innerText();
    expect(text).toContain('ترجمہ');
    expect(text).not.toMatch(/[“”]/);
    await claim.locator('.translation-toggle').first().click();
    expect(await claim.locator('[lang="en"]').count()).toBeGreaterThan(0);
    expect(await claim.locator('.translation-toggle').first().getAttribute('aria-pressed')).toBe('true');
    await page.context().close();
  });

  it('switches the whole page to another language from the header, and the URL keeps it', async () => {
    const page = await open('?lang=en');
    await page.locator('.language-switch select').selectOption('fa-AF');
    await page.waitForFunction(() => document.documentElement.lang === 'fa-AF' && document.documentElement.dir === 'rtl');
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('lang'))).toBe('fa-AF');
    expect(await page.locator('h1').innerText()).toContain('بوردرلاینز');
    // The named period's label is the dataset's English: in Dari it reads as its dates, in Dari's digits.
    const period = await page.locator('.period-link').first().innerText();
    expect(period).not.toMatch(/October/);
    expect(period).toMatch(/۲۰۲۵/);
    await page.context().close();
  });
});
