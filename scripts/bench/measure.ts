/**
 * One benchmark run of the app or of the baseline in a fresh browser context: what is measured,
 * and how, in the page. All times are the page's own performance.now() (milliseconds since the
 * navigation started), read in the page and returned to Node, so that the DevTools protocol's
 * round trips are never part of a figure.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Map as MapLibreMap } from 'maplibre-gl';

// ---------------------------------------------------------------------------------------------
// What the page records (installed before any of the page's own scripts)

interface LongTask {
  start: number;
  duration: number;
}

interface StepProbe {
  renders: number;
  idle: number | null;
  sidebar: number | null;
  idlePromise: Promise<void>;
  cleanup: () => void;
}

interface BenchProbe {
  /** MapLibre's first 'idle' with the places' source in the style (their geometry drawn). */
  firstIdle: number | null;
  /** The first 'idle' at which the places source exists and the probe place has its feature-state. */
  placesDrawn: number | null;
  /** When `.maplibregl-map` first had data-idle="true" (the app's own marker; app only). */
  idleMarker: number | null;
  appRendered: number | null;
  longTasks: LongTask[];
  lastKeydown: number | null;
  keydowns: number;
  /** Set by the driver: the next keydown's time goes to markedKeydown. */
  markNextKeydown: boolean;
  /** Set by the driver: the next keydown only asks the map for a repaint; the page never sees it. */
  swallowNextKeydown: boolean;
  markedKeydown: number | null;
  /** Kept by the map probe from the map's construction on. */
  renders: number;
  idles: number;
  lastRender: number;
  lastIdle: number;
  step: StepProbe | null;
  /** The baseline's own state (baseline.ts). */
  error?: string | null;
  placeCount?: number;
}

type BenchWindow = Window & typeof globalThis & { __bench: BenchProbe; __benchMap?: MapLibreMap };

export interface ProbeOptions {
  isApp: boolean;
  /** The feature id (position) of a place whose feature-state tells that the page has applied its states. */
  probePlace: number;
}

/**
 * Runs before the page's scripts (an init script), in the app and in the baseline alike.
 *
 * Records long tasks, keydown times and, in the app, when the sidebar first appears and when
 * `.maplibregl-map` first gets data-idle="true" (BorderMap.tsx sets it in MapLibre's 'idle').
 *
 * It also reaches the page's MapLibre map, which neither page exposes (the app keeps it inside
 * React; src/ is not the benchmark's to change): MapLibre's Map constructor assigns
 * `this._contextLost = …` on the new map, and a one-shot setter for that name on Object.prototype
 * receives the map as `this`, stores it in window.__benchMap, then removes itself and defines the
 * property on the map as the constructor meant to. From then on the probe listens to the map's
 * 'render' and 'idle' events. Nothing in either page behaves differently.
 */
function installProbe({ isApp, probePlace }: ProbeOptions): void {
  const w = window as BenchWindow;
  const b = (w.__bench ??= {} as BenchProbe);
  Object.assign(b, {
    firstIdle: null,
    placesDrawn: null,
    idleMarker: null,
    appRendered: null,
    longTasks: [],
    lastKeydown: null,
    keydowns: 0,
    markNextKeydown: false,
    swallowNextKeydown: false,
    markedKeydown: null,
    renders: 0,
    idles: 0,
    lastRender: 0,
    lastIdle: 0,
    step: null,
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the figure stays empty.
  }
  addEventListener(
    'keydown',
    (event) => {
      const now = performance.now();
      b.lastKeydown = now;
      b.keydowns++;
      if (b.markNextKeydown) {
        b.markNextKeydown = false;
        b.markedKeydown = now;
      }
      if (b.swallowNextKeydown) {
        b.swallowNextKeydown = false;
        event.stopImmediatePropagation();
        event.preventDefault();
        w.__benchMap?.triggerRepaint();
      }
    },
    true,
  );

  const attach = (map: MapLibreMap) => {
    // The places' point source (see src/map/layers.ts: POINTS_SOURCE); at an 'idle' every source
    // in the style has loaded and been drawn.
    const placesOnMap = () => !!map.getSource('place-points');
    const placesDrawn = () => {
      // The probe is the dataset's first area or line (see firstShapePosition in run.ts).
      if (!placesOnMap()) return false;
      const state = map.getFeatureState({ source: 'place-shapes', id: probePlace });
      return !!state && 'active' in state;
    };
    map.on('render', () => {
      b.renders++;
      b.lastRender = performance.now();
    });
    map.on('idle', () => {
      const now = performance.now();
      b.idles++;
      b.lastIdle = now;
      if (b.firstIdle === null && placesOnMap()) b.firstIdle = now;
      if (b.placesDrawn === null && placesDrawn()) b.placesDrawn = now;
    });
  };
  const HOOK = '_contextLost';
  Object.defineProperty(Object.prototype, HOOK, {
    configurable: true,
    get: () => undefined,
    set(this: object, value: unknown) {
      delete (Object.prototype as Record<string, unknown>)[HOOK];
      Object.defineProperty(this, HOOK, { value, writable: true, configurable: true, enumerable: true });
      if (!w.__benchMap && typeof (this as Partial<MapLibreMap>).triggerRepaint === 'function') {
        const map = this as MapLibreMap;
        w.__benchMap = map;
        // After the constructor has finished; no frame can have been drawn before then.
        queueMicrotask(() => attach(map));
      }
    },
  });

  if (!isApp) return;
  const observer = new MutationObserver(() => {
    if (b.appRendered === null && document.querySelector('aside.sidebar')) b.appRendered = performance.now();
    if (b.idleMarker === null && document.querySelector('.maplibregl-map[data-idle="true"]')) b.idleMarker = performance.now();
    if (b.appRendered !== null && b.idleMarker !== null) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-idle'] });
}

// ---------------------------------------------------------------------------------------------
// Browser

export const VIEWPORT = { width: 1280, height: 800 };

export interface ConsoleLine {
  type: string;
  text: string;
}

interface OpenedPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  consoleLines: ConsoleLine[];
}

/**
 * A reader on a phone network, as Chromium's DevTools emulate it: every request of the page and
 * of its workers waits the round trip and shares the bandwidth; the CPU runs `cpuSlowdown` times
 * slower (the page's main thread and its workers alike).
 */
export const PHONE = { latencyMs: 150, downloadKbps: 1600, uploadKbps: 750, cpuSlowdown: 4 };

async function emulatePhone(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latencyMs,
    // Bytes per second.
    downloadThroughput: (PHONE.downloadKbps * 1000) / 8,
    uploadThroughput: (PHONE.uploadKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
}

async function openPage(
  browser: Browser,
  url: string,
  probe: ProbeOptions,
  before?: (cdp: CDPSession) => Promise<void>,
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const consoleLines: ConsoleLine[] = [];
  page.on('console', (message) => consoleLines.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => consoleLines.push({ type: 'pageerror', text: error.message }));
  await page.addInitScript(installProbe, probe);
  const cdp = await context.newCDPSession(page);
  await before?.(cdp);
  await page.goto(url, { waitUntil: 'commit' });
  return { context, page, cdp, consoleLines };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Measurements in the page

export interface HeapUsage {
  usedMB: number;
  totalMB: number;
}

/** The main thread's JS heap after a full garbage collection (DevTools protocol). */
async function heapAfterGc(cdp: CDPSession): Promise<HeapUsage> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
  return { usedMB: usedSize / 1_048_576, totalMB: totalSize / 1_048_576 };
}

/** Waits until the map has all it needs, is not moving and has not drawn nor seen a key for `quietMs`. */
async function settle(page: Page, quietMs: number, timeoutMs = 120_000): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const w = window as BenchWindow;
      const map = w.__benchMap!;
      const now = performance.now();
      return map.loaded() && !map.isMoving() && now - w.__bench.lastRender >= quiet && now - (w.__bench.lastKeydown ?? 0) >= quiet;
    },
    quietMs,
    { polling: 50, timeout: timeoutMs },
  );
}

/** Arms a step: counts map renders, waits for the map's next 'idle', notes the sidebar's first DOM change. */
async function armStep(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as BenchWindow;
    const map = w.__benchMap!;
    let resolveIdle: () => void = () => {};
    const probe: StepProbe = {
      renders: 0,
      idle: null,
      sidebar: null,
      idlePromise: new Promise<void>((resolve) => (resolveIdle = resolve)),
      cleanup: () => {},
    };
    const onRender = () => probe.renders++;
    const onIdle = () => {
      probe.idle = performance.now();
      resolveIdle();
    };
    map.on('render', onRender);
    map.once('idle', onIdle);
    const observer = new MutationObserver(() => {
      if (probe.sidebar === null) probe.sidebar = performance.now();
    });
    for (const target of [document.querySelector('aside.sidebar'), document.querySelector('[role="status"]')]) {
      if (target) observer.observe(target, { subtree: true, childList: true, characterData: true, attributes: true });
    }
    probe.cleanup = () => {
      map.off('render', onRender);
      map.off('idle', onIdle);
      observer.disconnect();
    };
    w.__bench.step = probe;
    w.__bench.markNextKeydown = true;
    w.__bench.markedKeydown = null;
  });
}

interface StepResult {
  keydown: number | null;
  idle: number | null;
  sidebar: number | null;
  renders: number;
}

/**
 * The armed step's result. A step after which the map draws nothing (no place changed its look)
 * has no 'idle' to wait for: if the map has not drawn a frame `noopMs` after this call, the step
 * is a no-op for the map (idle null).
 */
async function finishStep(page: Page, noopMs: number): Promise<StepResult> {
  return page.evaluate(async (noop) => {
    const w = window as BenchWindow;
    const probe = w.__bench.step!;
    const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    await Promise.race([probe.idlePromise, wait(noop)]);
    if (probe.idle === null && probe.renders > 0) await Promise.race([probe.idlePromise, wait(60_000)]);
    probe.cleanup();
    w.__bench.step = null;
    return { keydown: w.__bench.markedKeydown, idle: probe.idle, sidebar: probe.sidebar, renders: probe.renders };
  }, noopMs);
}

/** Repaint only: map.triggerRepaint() on the same map, same view, same data, then its next 'idle'. */
async function measureRepaint(page: Page): Promise<{ ms: number | null; renders: number }> {
  await armStep(page);
  return page.evaluate(async () => {
    const w = window as BenchWindow;
    const probe = w.__bench.step!;
    w.__bench.markNextKeydown = false;
    const start = performance.now();
    w.__benchMap!.triggerRepaint();
    await Promise.race([probe.idlePromise, new Promise((resolve) => setTimeout(resolve, 60_000))]);
    probe.cleanup();
    w.__bench.step = null;
    return { ms: probe.idle === null ? null : probe.idle - start, renders: probe.renders };
  });
}

/** ArrowLeft, swallowed by the probe before the page's own listeners, which asks for a repaint: keydown → 'idle'. */
async function measureKeyRepaint(page: Page, options: RunOptions): Promise<number | null> {
  await armStep(page);
  await page.evaluate(() => ((window as BenchWindow).__bench.swallowNextKeydown = true));
  await page.keyboard.press('ArrowLeft');
  const step = await finishStep(page, options.noopMs);
  return step.idle === null || step.keydown === null ? null : step.idle - step.keydown;
}

/** What both pages show once loaded, to check that the baseline draws what the app draws. */
export interface Scene {
  canvas: { width: number; height: number };
  zoom: number;
  center: [number, number];
  layerIds: string[];
  placesSource: Record<string, unknown>;
  /** Rendered features in the place layers, from queryRenderedFeatures over the whole canvas. */
  renderedPlaceFeatures: number;
}

async function readScene(page: Page): Promise<Scene> {
  return page.evaluate(() => {
    const map = (window as BenchWindow).__benchMap!;
    const style = map.getStyle();
    const canvas = map.getCanvas();
    const { data: _data, ...placesSource } = (style.sources['place-points'] ?? {}) as Record<string, unknown>;
    void _data;
    const placeLayers = style.layers
      .filter((l) => 'source' in l && (l.source === 'place-points' || l.source === 'place-shapes'))
      .map((l) => l.id);
    const center = map.getCenter();
    return {
      canvas: { width: canvas.clientWidth, height: canvas.clientHeight },
      zoom: map.getZoom(),
      center: [center.lng, center.lat] as [number, number],
      layerIds: style.layers.map((l) => l.id),
      placesSource,
      renderedPlaceFeatures: map.queryRenderedFeatures({ layers: placeLayers }).length,
    };
  });
}

function longTaskSummary(tasks: LongTask[], from: number, to: number) {
  const inWindow = tasks.filter((t) => t.start >= from && t.start <= to);
  return {
    count: inWindow.length,
    totalMs: inWindow.reduce((sum, t) => sum + t.duration, 0),
    /** Total blocking time: the part of each long task beyond 50 ms. */
    blockingMs: inWindow.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    maxMs: inWindow.reduce((max, t) => Math.max(max, t.duration), 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Runs

export interface RunOptions {
  /** Measured slider steps, and as many repaint-only steps, per run. */
  steps: number;
  scrubSteps: number;
  /** Gap between keys while scrubbing (a held key repeats about every 33 ms). */
  scrubGapMs: number;
  /** Quiet time (no map frame, no key) before each measured step. */
  quietMs: number;
  noopMs: number;
  loadTimeoutMs: number;
}

export interface LoadFigures {
  /** MapLibre's first 'idle' with the places on the map (the app may show its map earlier, without them). */
  firstIdleMs: number;
  /** The first 'idle' with the places source in the style and the places' feature-state applied. */
  placesDrawnMs: number;
  /** The app's data-idle="true" marker (null in the baseline). */
  idleMarkerMs: number | null;
  /** When the last dataset file arrived (resource timing responseEnd). */
  dataFetchedMs: number | null;
  /** When the app's sidebar first appeared (null in the baseline). */
  appRenderedMs: number | null;
  /** When the app requested its lazily loaded MapLibre chunk (null in the baseline). */
  mapChunkRequestedMs: number | null;
  /** Long tasks from navigation to placesDrawn. */
  loadLongTasks: ReturnType<typeof longTaskSummary>;
  heap: HeapUsage;
  scene: Scene;
  console: ConsoleLine[];
}

/** Slider steps and repaint-only steps, alternating, on one page at one view. */
export interface StepFigures {
  stepMs: (number | null)[];
  stepRenders: number[];
  sidebarMs: (number | null)[];
  repaintMs: (number | null)[];
  /** The same key press, caught before the page sees it, asking only for a repaint: the browser's own input path. */
  keyRepaintMs: (number | null)[];
  noopSteps: number;
}

export interface AppRun extends LoadFigures, StepFigures {
  kind: 'app';
  datasetNotice: string;
  statusText: string;
  placesHeading: string;
  close: StepFigures & { view: string; pointsDrawn: number };
  scrub: {
    keysSent: number;
    keysHandled: number;
    durationMs: number;
    mapFrames: number;
    longTasks: ReturnType<typeof longTaskSummary>;
  };
}

export interface BaselineRun extends LoadFigures {
  kind: 'baseline';
  repaintMs: (number | null)[];
}

const DATA_FILES = /(places\.geojson|events\.geojson|claims\.json|sources\.json)$/;

type LoadTimes = Pick<
  LoadFigures,
  'firstIdleMs' | 'placesDrawnMs' | 'idleMarkerMs' | 'dataFetchedMs' | 'appRenderedMs' | 'mapChunkRequestedMs' | 'loadLongTasks'
>;

/** Waits for the first 'idle' with the places drawn, then reads the load's timings. */
async function waitForLoad(page: Page, timeoutMs: number): Promise<LoadTimes> {
  try {
    await page.waitForFunction(
      () => {
        const b = (window as BenchWindow).__bench;
        return b.placesDrawn !== null || !!b.error;
      },
      undefined,
      { polling: 100, timeout: timeoutMs },
    );
  } catch (error) {
    const state = await page
      .evaluate(() => {
        const w = window as BenchWindow;
        return `map reached: ${!!w.__benchMap}, first idle: ${w.__bench.firstIdle}, idles: ${w.__bench.idles}`;
      })
      .catch(() => 'page not readable');
    throw new Error(
      `no idle with the places drawn within ${timeoutMs / 1000} s (${state}): ${error instanceof Error ? error.message : error}`,
    );
  }
  const figures = await page.evaluate((pattern) => {
    const w = window as BenchWindow;
    const dataFiles = new RegExp(pattern);
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const data = resources.filter((r) => dataFiles.test(new URL(r.name).pathname));
    const chunk = resources.find((r) => /\/assets\/maplibre-gl-[^/]*\.js$/.test(r.name));
    return {
      error: w.__bench.error ?? null,
      firstIdle: w.__bench.firstIdle!,
      placesDrawn: w.__bench.placesDrawn!,
      idleMarker: w.__bench.idleMarker,
      appRendered: w.__bench.appRendered,
      dataFetched: data.length ? Math.max(...data.map((r) => r.responseEnd)) : null,
      mapChunkRequested: chunk ? chunk.startTime : null,
      longTasks: w.__bench.longTasks,
    };
  }, DATA_FILES.source);
  if (figures.error) throw new Error(`the page reported: ${figures.error}`);
  return {
    firstIdleMs: figures.firstIdle,
    placesDrawnMs: figures.placesDrawn,
    idleMarkerMs: figures.idleMarker,
    dataFetchedMs: figures.dataFetched,
    appRenderedMs: figures.appRendered,
    mapChunkRequestedMs: figures.mapChunkRequested,
    loadLongTasks: longTaskSummary(figures.longTasks, 0, figures.placesDrawn),
  };
}

/** One run of the app on `?data=<dataset>`: load, then steps, repaints and a scrub on the same page. */
export async function runApp(browser: Browser, url: string, probePlace: number, options: RunOptions): Promise<AppRun> {
  const { context, page, cdp, consoleLines } = await openPage(browser, url, { isApp: true, probePlace });
  try {
    const load = await waitForLoad(page, options.loadTimeoutMs);
    const invalid = await page.locator('.data-notice--invalid, .data-notice--refused').allTextContents();
    if (invalid.length > 0) throw new Error(`the app did not load the dataset: ${invalid.join(' | ').slice(0, 500)}`);
    const datasetNotice = (await page.locator('.data-notice--custom').allTextContents()).join(' ');
    if (!datasetNotice) throw new Error('the app shows no "Not the publisher’s dataset" banner: the synthetic dataset was not loaded');

    await sleep(1000);
    const heap = await heapAfterGc(cdp);
    await settle(page, options.quietMs);
    const scene = await readScene(page);
    const statusText = (await page.locator('[role="status"]').textContent()) ?? '';
    const placesHeading = (await page.locator('#sidebar-title').textContent()) ?? '';

    const endSlider = page.getByRole('slider', { name: 'End date' });
    await endSlider.focus();

    // Warm-up (not measured): one step and one repaint.
    await armStep(page);
    await page.keyboard.press('ArrowLeft');
    await finishStep(page, options.noopMs);
    await settle(page, options.quietMs);
    await measureRepaint(page);

    const region = await measureSteps(page, options);

    // The scrub: back to the last day, then the End date handle held left for scrubSteps keys.
    await page.keyboard.press('End');
    await settle(page, options.quietMs);
    const before = Number(await endSlider.getAttribute('aria-valuenow'));
    const framesBefore = await page.evaluate(() => {
      const b = (window as BenchWindow).__bench;
      b.markNextKeydown = true;
      b.markedKeydown = null;
      return b.renders;
    });
    for (let i = 0; i < options.scrubSteps; i++) {
      await page.keyboard.down('ArrowLeft');
      await sleep(options.scrubGapMs);
    }
    await page.keyboard.up('ArrowLeft');
    await settle(page, options.quietMs);
    const after = Number(await endSlider.getAttribute('aria-valuenow'));
    const scrubPage = await page.evaluate(() => {
      const b = (window as BenchWindow).__bench;
      return { start: b.markedKeydown!, lastIdle: b.lastIdle, now: performance.now(), renders: b.renders, longTasks: b.longTasks };
    });
    const scrub = {
      keysSent: options.scrubSteps,
      keysHandled: Math.round((before - after) / 30),
      durationMs: scrubPage.lastIdle - scrubPage.start,
      mapFrames: scrubPage.renders - framesBefore,
      longTasks: longTaskSummary(scrubPage.longTasks, scrubPage.start, scrubPage.now),
    };

    return {
      kind: 'app',
      ...load,
      heap,
      scene,
      console: consoleLines,
      datasetNotice,
      statusText,
      placesHeading,
      ...region,
      scrub,
      close: await measureCloseView(page, options),
    };
  } finally {
    await context.close();
  }
}

/**
 * `options.steps` rounds, each a repaint-only step then a slider step (ArrowLeft on the focused End
 * date handle), so that the round's two figures are taken on the same page under the same load:
 * stepMs[i] and repaintMs[i] are one round. Every other round also times a key that only repaints.
 */
async function measureSteps(page: Page, options: RunOptions): Promise<StepFigures> {
  const figures: StepFigures = { stepMs: [], stepRenders: [], sidebarMs: [], repaintMs: [], keyRepaintMs: [], noopSteps: 0 };
  for (let i = 0; i < options.steps; i++) {
    if (i % 2 === 1) {
      await settle(page, options.quietMs);
      figures.keyRepaintMs.push(await measureKeyRepaint(page, options));
    }
    await settle(page, options.quietMs);
    figures.repaintMs.push((await measureRepaint(page)).ms);
    await settle(page, options.quietMs);
    await armStep(page);
    await page.keyboard.press('ArrowLeft');
    const step = await finishStep(page, options.noopMs);
    if (step.keydown === null) throw new Error('the slider step sent no keydown');
    if (step.idle === null) figures.noopSteps++;
    figures.stepMs.push(step.idle === null ? null : step.idle - step.keydown);
    figures.stepRenders.push(step.renders);
    figures.sidebarMs.push(step.sidebar === null ? null : step.sidebar - step.keydown);
  }
  return figures;
}

/**
 * Where the synthetic places are densest (they gather around Peshawar, see generate-synthetic.ts),
 * close enough that no point is grouped: every step changes the look of points on screen.
 */
export const CLOSE_VIEW = { zoom: 8.5, center: [71.58, 34.0] as [number, number] };

/** The same steps at CLOSE_VIEW, from the last day again, after one unmeasured warm-up step. */
async function measureCloseView(page: Page, options: RunOptions): Promise<StepFigures & { view: string; pointsDrawn: number }> {
  await page.evaluate((view) => (window as BenchWindow).__benchMap!.jumpTo(view), CLOSE_VIEW);
  await page.keyboard.press('End');
  await settle(page, options.quietMs);
  await armStep(page);
  await page.keyboard.press('ArrowLeft');
  await finishStep(page, options.noopMs);
  const pointsDrawn = await page.evaluate(() => {
    const map = (window as BenchWindow).__benchMap!;
    const points = map.queryRenderedFeatures({
      layers: map
        .getStyle()
        .layers.filter((l) => l.id.startsWith('place-point-'))
        .map((l) => l.id),
    });
    return new Set(points.map((f) => f.id)).size;
  });
  const view = `${CLOSE_VIEW.zoom}/${CLOSE_VIEW.center[1]}/${CLOSE_VIEW.center[0]}`;
  return { view, pointsDrawn, ...(await measureSteps(page, options)) };
}

/** One run of the bare MapLibre baseline: load, then repaint-only steps for reference. */
export async function runBaseline(browser: Browser, url: string, probePlace: number, options: RunOptions): Promise<BaselineRun> {
  const { context, page, cdp, consoleLines } = await openPage(browser, url, { isApp: false, probePlace });
  try {
    const load = await waitForLoad(page, options.loadTimeoutMs);
    await sleep(1000);
    const heap = await heapAfterGc(cdp);
    await settle(page, options.quietMs);
    const scene = await readScene(page);
    await measureRepaint(page);
    const repaintMs: (number | null)[] = [];
    for (let i = 0; i < options.steps; i++) {
      await settle(page, options.quietMs);
      repaintMs.push((await measureRepaint(page)).ms);
    }
    return { kind: 'baseline', ...load, heap, scene, console: consoleLines, repaintMs };
  } finally {
    await context.close();
  }
}

/** One load of a page on the emulated phone network (PHONE): the times to its first map and to the places' colours. */
export interface PhoneLoad {
  kind: 'app' | 'baseline';
  /** Navigation → the first 'idle' with the places on the map (firstIdleMs of a load). */
  firstMapMs: number;
  /** Navigation → the first 'idle' with the places' states drawn: their colours (placesDrawnMs). */
  coloursMs: number;
  /**
   * Bytes the page's own requests took on the wire (DevTools' encodedDataLength), and how many:
   * the page's session does not see its workers' scripts nor their fetches (MapLibre's worker,
   * the data worker and the dataset), though the emulation holds them too.
   */
  transferredBytes: number;
  requests: number;
  console: ConsoleLine[];
}

export async function runPhoneLoad(browser: Browser, url: string, probe: ProbeOptions, timeoutMs: number): Promise<PhoneLoad> {
  let transferredBytes = 0;
  let requests = 0;
  const { context, page, consoleLines } = await openPage(browser, url, probe, async (cdp) => {
    cdp.on('Network.loadingFinished', (event) => {
      transferredBytes += event.encodedDataLength;
      requests++;
    });
    await emulatePhone(cdp);
  });
  try {
    const load = await waitForLoad(page, timeoutMs);
    return {
      kind: probe.isApp ? 'app' : 'baseline',
      firstMapMs: load.firstIdleMs,
      coloursMs: load.placesDrawnMs,
      transferredBytes,
      requests,
      console: consoleLines,
    };
  } finally {
    await context.close();
  }
}
