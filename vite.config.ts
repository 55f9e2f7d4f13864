import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { DATA_DIR, readDataset, readTranslationFiles } from './scripts/read-dataset.ts';
import { publishedFiles } from './src/data/publish.ts';
import { formatDataError } from './src/data/errors.ts';
import { contentSecurityPolicy, headTags, sitePages, siteUrlFromEnv } from './scripts/site-pages.ts';
import { readFileSync } from 'node:fs';
import { staticDatasetHtml } from './scripts/static-dataset.ts';
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
      for (const file of ['sources.json', 'places.json', 'events.json', 'claims.json']) this.addWatchFile(DATA_DIR + file);
    },
    generateBundle() {
      const dataset = load();
      for (const [name, source] of Object.entries(publishedFiles(dataset))) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
      }
      // The records' translations, beside them; the page loads the reader's language's file.
      for (const [name, json] of Object.entries(readTranslationFiles())) {
        this.emitFile({ type: 'asset', fileName: `data/translations/${name}`, source: JSON.stringify(json) });
      }
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
      return context.server ? withTags : withTags.replace('<div id="root"></div>', `<div id="root">${staticDatasetHtml(load())}</div>`);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = req.url?.match(/\/data\/([\w.]+)$/);
        const published = match ? (publishedFiles(load()) as Record<string, string>)[match[1]] : undefined;
        if (!published) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(published);
      });
    },
  };
}

/**
 * Shaders (src/map/*.vert, *.frag, imported with ?raw) are built without their comments,
 * indentation, line breaks and the spaces around operators and punctuation (not in # lines, which
 * the GLSL preprocessor reads by line): they count against the size budget like the JavaScript that
 * carries them. A unary sign after a binary one (`a - -b`) would become another operator
 * (`a--b`), so the build refuses it.
 */
function compactShaders(): Plugin {
  return {
    name: 'borderlines-compact-shaders',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      const file = id.match(/^(.*\.(?:vert|frag))\?raw$/)?.[1];
      if (!file) return null;
      const lines = readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => line.replace(/\/\/.*$/, '').trim())
        .map((line) => {
          if (/[-+]\s+[-+]/.test(line)) throw new Error(`${file}: write \`${line}\` without a sign after an operator (a - (-b))`);
          return line;
        })
        .map((line) => (line.startsWith('#') ? line : line.replace(/\s*([-+*/%=<>!&|^?:,;(){}[\]])\s*/g, '$1')));
      // A line joins the one before where that one ends a statement or a block; # lines keep theirs.
      const source = lines.filter(Boolean).reduce((text, line) => {
        const before = text.slice(text.lastIndexOf('\n') + 1);
        const join = /[;{}]$/.test(before) && !before.startsWith('#') && !line.startsWith('#');
        return text + (join ? '' : '\n') + line;
      });
      return `export default ${JSON.stringify(source)};`;
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
        const links = [map.fileName, ...map.imports.filter(notEntry)].map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`);
        return html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the site works from any folder of any static server.
  base: './',
  plugins: [react(), dataset(), compactShaders(), preloadMap(), fontsPlugin()],
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
