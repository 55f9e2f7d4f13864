import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { DATA_DIR, readDataset, readPeriods, readTranslationFiles } from './scripts/read-dataset.ts';
import { publishedFiles } from './src/data/publish.ts';
import { readerCsvFiles } from './src/importers/downloads.ts';
import { formatDataError } from './src/data/errors.ts';
import { contentSecurityPolicy, headTags, sitePages, siteUrlFromEnv } from './scripts/site-pages.ts';
import { readFileSync } from 'node:fs';
import { staticFallbackHtml, staticListPage } from './scripts/static-dataset.ts';
import { STATIC_LIST_PAGE, listPageOf } from './src/sidebar/StaticFallback.tsx';
import { checkTranslations } from './src/data/translations.ts';
import type { Language } from './src/i18n/languages.ts';
import { fontsPlugin } from './scripts/fonts.ts';

/**
 * Validates the authored dataset and publishes it under `data/` in the built site, where the
 * app loads it like any other dataset. A dataset with any error fails the build with every error.
 */
function dataset(): Plugin {
  const load = () => {
    const result = readDataset();
    if (!result.ok) {
      throw new Error(`The dataset has ${result.errors.length} error(s):\n${result.errors.map(formatDataError).join('\n')}`);
    }
    return result.dataset;
  };
  return {
    name: 'borderlines-dataset',
    buildStart() {
      load();
      for (const file of ['sources.json', 'places.json', 'events.json', 'claims.json', 'periods.json']) this.addWatchFile(DATA_DIR + file);
    },
    generateBundle(_options, bundle) {
      const dataset = load();
      // The static list is styled by the app's own sheet, whatever name the build gave it.
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      const stylesheet = entry?.type === 'chunk' ? [...(entry.viteMetadata?.importedCss ?? [])][0] : undefined;
      if (!stylesheet) throw new Error('borderlines-dataset: no stylesheet for the static list');
      this.emitFile({ type: 'asset', fileName: STATIC_LIST_PAGE, source: staticListPage(dataset, stylesheet) });
      // The same list in each other language, with the records' translations into it.
      for (const [name, json] of Object.entries(readTranslationFiles())) {
        const lang = name.replace(/\.json$/, '') as Language;
        const { translations } = checkTranslations(name, json, dataset);
        this.emitFile({ type: 'asset', fileName: listPageOf(lang), source: staticListPage(dataset, stylesheet, lang, translations) });
      }
      for (const [name, source] of Object.entries({ ...publishedFiles(dataset), ...readerCsvFiles(dataset) })) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
      }
      // The records' translations, beside them; the page loads the reader's language's file.
      for (const [name, json] of Object.entries(readTranslationFiles())) {
        this.emitFile({ type: 'asset', fileName: `data/translations/${name}`, source: JSON.stringify(json) });
      }
      // The optional named periods, published as authored (compact) once they pass their checks.
      const periods = readPeriods();
      if (periods.errors.length > 0)
        throw new Error(`data/periods.json has ${periods.errors.length} error(s):\n${periods.errors.map(formatDataError).join('\n')}`);
      if (periods.text) this.emitFile({ type: 'asset', fileName: 'data/periods.json', source: periods.text });
      for (const [fileName, source] of Object.entries(sitePages(siteUrlFromEnv(process.env), dataset))) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
    transformIndexHtml(html, context) {
      const tags = [headTags(siteUrlFromEnv(process.env), null)];
      // Vite's dev server injects inline scripts of its own: the policy applies to the build only.
      if (!context.server) {
        const config = JSON.parse(readFileSync(new URL('./public/config.json', import.meta.url), 'utf8'));
        tags.unshift(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(config)}" />`);
      }
      const withTags = html.replace('<meta name="viewport"', `${tags.join('\n    ')}\n    <meta name="viewport"`);
      return context.server ? withTags : withTags.replace('<div id="root"></div>', `<div id="root">${staticFallbackHtml(load())}</div>`);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = req.url?.match(/\/data\/([\w.]+)$/);
        const periods = readPeriods().text;
        const files: Record<string, string> = match
          ? { ...publishedFiles(load()), ...readerCsvFiles(load()), ...(periods ? { 'periods.json': periods } : {}) }
          : {};
        const published = match ? files[match[1]] : undefined;
        if (!published) return next();
        res.setHeader('Content-Type', match![1].endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json');
        res.end(published);
      });
    },
  };
}

/**
 * The map's code (its own chunk, loaded lazily so that the sidebar never waits for it) is fetched
 * while the page is parsed, rather than once the app asks for it.
 */
function preloadMap(): Plugin {
  return {
    name: 'borderlines-preload-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = Object.values(bundle ?? {});
        const map = chunks.find((chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/src/map/BorderMap.tsx'));
        if (map?.type !== 'chunk') throw new Error('preloadMap: no chunk for src/map/BorderMap.tsx');
        const notEntry = (file: string) => !(bundle![file] as { isEntry?: boolean }).isEntry;
        const links = [map.fileName, ...map.imports.filter(notEntry)].map(
          (file) => `<link rel="modulepreload" crossorigin href="./${file}">`,
        );
        return html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the site works from any folder of any static server.
  base: './',
  plugins: [react(), dataset(), preloadMap(), fontsPlugin()],
  // Workers as ES modules (they are started with type: 'module'), so that a worker can load parts
  // of itself when asked: the open-file worker loads the CSV parser and its readers only for CSVs.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // MapLibre in a chunk of its own, so that the budgets (scripts/budget.ts) can tell it from the page's own code.
    rolldownOptions: {
      output: { manualChunks: (id: string) => (id.includes('/node_modules/maplibre-gl/') ? 'maplibre-gl' : undefined) },
    },
    chunkSizeWarningLimit: 1200,
    // Read by scripts/check-budget.ts to tell the first view from what loads later.
    manifest: true,
    // Every browser the map supports (WebGL2, ES2022) knows <link rel=modulepreload>.
    modulePreload: { polyfill: false },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
