/**
 * Before any browser test: find the browser once, and stop the run at once with one line that
 * says what to install when there is none, rather than failing deep inside every test.
 */
import { chromiumPath } from '../../scripts/chromium.ts';

export default async function findBrowser() {
  try {
    const path = await chromiumPath();
    // Passed on to the test files' processes, so that each does not look again.
    process.env.CHROMIUM_PATH = path;
    console.log(`Browser tests in ${path}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
