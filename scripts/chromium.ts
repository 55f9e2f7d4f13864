/**
 * The Chromium that the tests, the preview renderer and the benchmark launch: headless, with
 * software WebGL (SwiftShader), and none of the background traffic a closed network refuses.
 *
 * Which browser: `CHROMIUM_PATH` when it is set; else the system's (Debian's `chromium` package);
 * else the build that the `@sparticuz/chromium` npm package ships, so that `npm ci && npm test`
 * works on a machine with nothing but Node. It draws WebGL2 through its own SwiftShader and
 * brings one font (Open Sans) for machines without any; the page's web fonts cover the other scripts.
 */
import { accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Where a system Chromium is looked for, in order. */
const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

let resolved: Promise<string> | undefined;

/** The browser's path, found once per process; rejects with one line that says what to install. */
export function chromiumPath(): Promise<string> {
  resolved ??= (async () => {
    if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
    const system = SYSTEM_CHROMIUMS.find(isExecutable);
    if (system) return system;
    try {
      const shipped = (await import('@sparticuz/chromium')).default;
      const path = await shipped.executablePath();
      // Its fonts are unpacked beside it; point fontconfig there unless the machine has its own setting.
      process.env.FONTCONFIG_PATH ??= join(tmpdir(), 'fonts');
      return path;
    } catch (error) {
      throw new Error(
        `No Chromium to run the browser tests: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH (the npm-shipped build failed: ${(error as Error).message})`,
      );
    }
  })();
  return resolved;
}

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: [...CHROMIUM_ARGS, ...extraArgs] });
}
