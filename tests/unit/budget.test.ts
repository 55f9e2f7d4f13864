import { describe, expect, it } from 'vitest';
import { BUDGETS, budgetReport, type Manifest } from '../../scripts/budget.ts';

// Files that compress badly, so that a file's gzipped size is about its length.
const noise = (length: number, seed = 1) => {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) bytes[i] = (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 24;
  return bytes;
};

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a.js',
    isEntry: true,
    css: ['assets/index-a.css'],
    assets: ['assets/load-worker-a.js'],
    dynamicImports: ['src/map/BorderMap.tsx', 'src/embed/EmbedDialog.tsx'],
  },
  'src/map/BorderMap.tsx': {
    file: 'assets/BorderMap-a.js',
    src: 'src/map/BorderMap.tsx',
    isDynamicEntry: true,
    imports: ['_maplibre-gl-a.js', 'index.html'],
    assets: ['assets/basemap-a.topojson'],
  },
  '_maplibre-gl-a.js': { file: 'assets/maplibre-gl-a.js', assets: ['assets/maplibre-gl-worker-a.mjs'] },
  'src/embed/EmbedDialog.tsx': {
    file: 'assets/EmbedDialog-a.js',
    src: 'src/embed/EmbedDialog.tsx',
    isDynamicEntry: true,
    imports: ['index.html'],
  },
};
const html = '<script type="module" src="./assets/index-a.js"></script><link rel="modulepreload" href="./assets/BorderMap-a.js">';

function report(sizes: Record<string, number> = {}) {
  return budgetReport(manifest, html, { atStart: ['data/places.geojson'], afterFirstMap: ['data/claims.json'] }, (file) =>
    noise(sizes[file] ?? 100),
  );
}

describe('the build budgets', () => {
  it('counts in the first view what index.html names, what it imports and references, and the data', () => {
    const rows = Object.fromEntries(report().firstView.map((row) => [row.file, row.role]));
    expect(rows).toEqual({
      'index.html': 'html',
      'assets/index-a.js': 'page script',
      'assets/index-a.css': 'style',
      'assets/load-worker-a.js': 'worker',
      'assets/BorderMap-a.js': 'page script',
      'assets/basemap-a.topojson': 'base map',
      'assets/maplibre-gl-a.js': 'map library',
      'assets/maplibre-gl-worker-a.mjs': 'worker',
      'data/places.geojson': 'data',
    });
  });

  it('lists a script that no chunk reaches (a worker loads it itself) as loaded later, and holds it to the budget', () => {
    const files = ['assets/index-a.js', 'assets/EmbedDialog-a.js', 'assets/csv-a.js'];
    const rows = budgetReport(
      manifest,
      html,
      { atStart: [], afterFirstMap: [] },
      (file) => noise(file === 'assets/csv-a.js' ? 25_000 : 100),
      files,
    );
    expect(rows.later.map((row) => row.file)).toEqual(['assets/EmbedDialog-a.js', 'assets/csv-a.js']);
    expect(rows.failures).toEqual([expect.stringMatching(/^assets\/csv-a\.js \(loaded by a worker/)]);
  });

  it('lists the data fetched once the map is drawn apart from the first view', () => {
    expect(report({ 'data/claims.json': BUDGETS.firstView }).failures).toEqual([]);
    expect(report().afterFirstMap).toEqual([expect.objectContaining({ file: 'data/claims.json', role: 'data' })]);
  });

  it('lists a chunk that is not preloaded as loaded later, with the module that loads it', () => {
    expect(report().later).toEqual([expect.objectContaining({ file: 'assets/EmbedDialog-a.js', loadedBy: 'src/embed/EmbedDialog.tsx' })]);
  });

  it('passes within the budgets, and names each budget passed', () => {
    expect(report().failures).toEqual([]);
    const over = report({
      'assets/maplibre-gl-a.js': BUDGETS.firstView,
      'assets/index-a.js': BUDGETS.pageScript,
      'assets/EmbedDialog-a.js': BUDGETS.lazyScript + 500,
    });
    expect(over.failures).toHaveLength(3);
    expect(over.failures[0]).toMatch(/^the first view is/);
    expect(over.failures[1]).toMatch(/^the page's own JavaScript/);
    expect(over.failures[2]).toMatch(/^assets\/EmbedDialog-a\.js \(loaded by src\/embed\/EmbedDialog\.tsx\)/);
  });

  it('does not count MapLibre or the workers against the page script budget', () => {
    const heavy = report({ 'assets/maplibre-gl-a.js': BUDGETS.pageScript, 'assets/maplibre-gl-worker-a.mjs': BUDGETS.pageScript });
    expect(heavy.failures).toEqual([]);
  });
});
