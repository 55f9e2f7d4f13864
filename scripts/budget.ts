/**
 * The budgets on what a reader waits for, worked out from a built site: which files the first
 * view fetches, which come later, and how many gzipped bytes each costs.
 *
 * The first view is read from the build rather than listed by hand, so that a new chunk or asset
 * is counted the day it appears: it is every file `index.html` names (scripts, styles, the
 * map's modulepreloads), everything those files import, their styles and the assets they reference
 * (MapLibre's worker, the data worker, the base map), plus the data files the app fetches before
 * the map has drawn the places (the configuration and the places). The events, claims and sources
 * are fetched once the places are drawn (src/data/load.ts) and are listed apart; so is everything
 * else Vite emitted for a dynamic import, which is loaded when a reader asks for it.
 */
import { gzipSync } from 'node:zlib';

export const BUDGETS = {
  /** Every byte of the first view: HTML, CSS, scripts, workers, base map, data. */
  firstView: 650_000,
  /** The page's own JavaScript before the first map (MapLibre and code run in workers apart). */
  pageScript: 110_000,
  /** Each script loaded later (a dialog, a language's strings, a file parser). */
  lazyScript: 20_000,
};

/** One entry of Vite's `.vite/manifest.json`. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export type Role = 'html' | 'style' | 'page script' | 'map library' | 'worker' | 'base map' | 'data' | 'font' | 'other';

export interface Row {
  file: string;
  role: Role;
  gzipped: number;
  /** For a file loaded later: the module whose import brings it. */
  loadedBy?: string;
}

export interface BudgetReport {
  firstView: Row[];
  /** The data fetched once the first map is drawn: not in the first view's budget. */
  afterFirstMap: Row[];
  later: Row[];
  totals: { firstView: number; pageScript: number };
  failures: string[];
}

const isScript = (file: string) => /\.m?js$/.test(file);
/** A file's size on the wire, as the build counts it: gzipped at level 9. */
export const gzipped = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

/** What a file is for, from its name and how it is reached (a script reached as an asset runs in a worker). */
function roleOf(file: string, asAsset: boolean): Role {
  if (file.endsWith('.html')) return 'html';
  if (file.endsWith('.css')) return 'style';
  if (/\.(woff2?|ttf|otf)$/.test(file)) return 'font';
  if (isScript(file)) {
    if (asAsset) return 'worker';
    return /(^|\/)maplibre-gl-[\w-]+\.js$/.test(file) ? 'map library' : 'page script';
  }
  if (/\.(geojson|topojson|json|pbf)$/.test(file)) return file.startsWith('data/') || file === 'config.json' ? 'data' : 'base map';
  return 'other';
}

/** The manifest's chunks by output file, and the files each one brings with it when loaded. */
function closure(manifest: Manifest, startKeys: string[]): Map<string, boolean> {
  const files = new Map<string, boolean>(); // file -> reached as an asset
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    const chunk = manifest[key];
    files.set(chunk.file, files.get(chunk.file) ?? false);
    for (const css of chunk.css ?? []) files.set(css, false);
    for (const asset of chunk.assets ?? []) files.set(asset, true);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  startKeys.forEach(visit);
  return files;
}

/**
 * @param indexHtml the built `index.html`
 * @param fetched files outside the bundle the app fetches: before its first map, and once it is drawn
 * @param read the bytes of a built file, by its path inside the site
 * @param builtScripts every script in the build: those no chunk of the manifest reaches are parts a
 *   worker loads itself (the open-file worker's parsers), listed as loaded later
 */
export function budgetReport(
  manifest: Manifest,
  indexHtml: string,
  fetched: { atStart: string[]; afterFirstMap: string[] },
  read: (file: string) => Uint8Array,
  builtScripts: string[] = [],
): BudgetReport {
  const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const named = [...indexHtml.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((match) => match[1]);
  const startKeys = named.flatMap((file) => keyOfFile.get(file) ?? []);
  const first = closure(manifest, startKeys);
  for (const file of named) if (!first.has(file)) first.set(file, false);

  const firstView: Row[] = [
    { file: 'index.html', role: 'html', gzipped: gzipped(read('index.html')) },
    ...[...first].map(([file, asAsset]) => ({ file, role: roleOf(file, asAsset), gzipped: gzipped(read(file)) })),
    ...fetched.atStart.map((file) => ({ file, role: roleOf(file, false), gzipped: gzipped(read(file)) })),
  ];
  const afterFirstMap = fetched.afterFirstMap.map((file) => ({ file, role: roleOf(file, false), gzipped: gzipped(read(file)) }));

  const later: Row[] = [];
  const counted = new Set(first.keys());
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isDynamicEntry || first.has(chunk.file)) continue;
    for (const [file, asAsset] of closure(manifest, [key])) {
      if (counted.has(file)) continue;
      counted.add(file);
      later.push({ file, role: roleOf(file, asAsset), gzipped: gzipped(read(file)), loadedBy: chunk.src ?? key });
    }
  }

  for (const file of builtScripts) {
    if (counted.has(file)) continue;
    later.push({ file, role: 'worker', gzipped: gzipped(read(file)), loadedBy: 'a worker, when it needs it' });
  }

  const sum = (rows: Row[]) => rows.reduce((total, row) => total + row.gzipped, 0);
  const totals = { firstView: sum(firstView), pageScript: sum(firstView.filter((row) => row.role === 'page script')) };
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const failures = [
    ...(totals.firstView > BUDGETS.firstView ? [`the first view is ${kB(totals.firstView)}, over ${kB(BUDGETS.firstView)}`] : []),
    ...(totals.pageScript > BUDGETS.pageScript
      ? [`the page's own JavaScript before the first map is ${kB(totals.pageScript)}, over ${kB(BUDGETS.pageScript)}`]
      : []),
    ...later
      .filter((row) => isScript(row.file) && row.role !== 'map library' && row.gzipped > BUDGETS.lazyScript)
      .map(
        (row) => `${row.file} (loaded by ${row.loadedBy}) is ${kB(row.gzipped)}, over ${kB(BUDGETS.lazyScript)} for a script loaded later`,
      ),
  ];
  return { firstView, afterFirstMap, later, totals, failures };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1).padStart(7)} kB`;

/** One file's line in the build's table. */
export const formatRow = (row: Row): string => `${kB(row.gzipped)}  ${row.role.padEnd(12)} ${row.file}`;

/** The report as the build prints it: one line per file, then the totals against their budgets. */
export function formatBudgetReport({ firstView, afterFirstMap, later, totals, failures }: BudgetReport): string {
  const lines = ['First view (gzipped):'];
  for (const row of firstView) lines.push(formatRow(row));
  lines.push(`${kB(totals.firstView)}  total          (budget ${BUDGETS.firstView / 1000} kB)`);
  lines.push(`${kB(totals.pageScript)}  page script    (budget ${BUDGETS.pageScript / 1000} kB; MapLibre and workers apart)`);
  lines.push('', 'Fetched once the map has drawn the places (the places take their colours, the sidebar its claims):');
  for (const row of afterFirstMap) lines.push(formatRow(row));
  lines.push('', `Loaded later, when asked for (scripts at most ${BUDGETS.lazyScript / 1000} kB each):`);
  if (later.length === 0) lines.push('   (none)');
  for (const row of later) lines.push(`${formatRow(row)}  ← ${row.loadedBy}`);
  if (failures.length > 0) lines.push('', ...failures.map((failure) => `Over budget: ${failure}.`));
  return lines.join('\n');
}
