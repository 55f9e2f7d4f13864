/**
 * The configuration the command-line tools (check:data, the sheet and ACLED importers) run
 * under with vite-node: none of the site's plugins, so that a broken dataset is reported by the
 * tool itself, one error per line, rather than thrown by the build's dataset plugin.
 */
import { defineConfig } from 'vite';

export default defineConfig({ logLevel: 'silent' });
