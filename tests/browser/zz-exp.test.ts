import { it } from 'vitest';
import { launchBrowser, openPage, waitForMapIdle } from '/work/main/tests/browser/browser.ts';
import { serveStatic } from '/work/main/tests/browser/static-server.ts';
it('timing', async () => {
  const server = await serveStatic('/work/main/dist/', '/g/');
  const browser = await launchBrowser();
  const ctx = await browser.newContext({ viewport: { width: 640, height: 480 } });
  for (const u of ['', '?place=x', '#5/1/1e400', '#5/95/70', '#1e400/30/70', '#5/30/1e308', '?from=9999-99-99']) {
    const t = Date.now();
    const page = await openPage(ctx, server.url + u);
    await page.waitForSelector('aside.sidebar h2');
    const t1 = Date.now() - t;
    let idle = 'idle';
    try { await waitForMapIdle(page); } catch { idle = 'NOT idle'; }
    console.log(u, t1, Date.now() - t, idle, page.problems, await page.evaluate(() => location.hash), await page.locator('.map-area').innerText());
    await page.close();
  }
  await browser.close(); await server.close();
}, 300000);
