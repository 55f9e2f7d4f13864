/**
 * Builds the benchmark's bare-MapLibre baseline page (baseline.html + baseline.ts) into
 * .cache/bench/baseline/, minified like the app's build. Used by run.ts, never by the app's build.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: fileURLToPath(new URL('../../.cache/bench/baseline/', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: fileURLToPath(new URL('./baseline.html', import.meta.url)) },
  },
});
