/**
 * A static file server on a loopback port with folders mounted on URL prefixes: the browser
 * tests mount the built site under a sub-path as a newsroom would host it; the benchmark mounts
 * the site, the synthetic datasets and its baseline page on one origin. Files are served as
 * they are on disk, with no caching headers; compressed with gzip only when asked (`gzip`), as
 * the benchmark does for its phone-network figure, so that the emulated network carries what a
 * reader's would from a host that compresses.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.topojson': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface Mount {
  /** A URL path prefix ending in a slash, e.g. `/synthetic/`. */
  prefix: string;
  /** The folder on disk served under it. */
  root: string;
}

export interface StaticServer {
  /** The origin with a trailing slash, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  close: () => Promise<void>;
}

/** Text types a host would compress; images are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json))/;

/** Serves the mounts on 127.0.0.1 (a free port); the longest matching prefix wins. */
export async function serveMounts(mounts: Mount[], options: { gzip?: boolean } = {}): Promise<StaticServer> {
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();
  const gzipOf = (file: string) => {
    const { mtimeMs } = statSync(file);
    let entry = gzipped.get(file);
    if (!entry || entry.mtimeMs !== mtimeMs) {
      entry = { mtimeMs, body: gzipSync(readFileSync(file), { level: 9 }) };
      gzipped.set(file, entry);
    }
    return entry.body;
  };
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    const mount = ordered.find((m) => path.startsWith(m.prefix));
    if (!mount) {
      res.writeHead(404).end('not found');
      return;
    }
    const root = normalize(mount.root + sep);
    let file = normalize(join(root, path.slice(mount.prefix.length)));
    if (!file.startsWith(root) && file + sep !== root) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = gzipOf(file);
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' });
      res.end(body);
      return;
    }
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** One folder under one prefix; `url` is then the address of that folder. */
export async function serveStatic(root: string, mount = '/'): Promise<StaticServer> {
  const server = await serveMounts([{ prefix: mount, root }]);
  return { url: new URL(mount, server.url).href, close: server.close };
}
