// A static file server for the built app, on 127.0.0.1 only. Used by scripts/serve, by
// scripts/report and by the end-to-end tests (which start it in-process on a free port).
// The app is served at "/" and, to prove that every URL is relative, also at "/sub/dir/".
//
//   node scripts/server.mjs --root dist [--port 8080]

import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export const SUB_PATH = '/sub/dir/';
/** Built files named with their content's hash (scripts/fingerprint.mjs, the language files). */
export const IMMUTABLE = /\.[0-9a-f]{10,12}\.(wasm|js|css|json)$/;

/**
 * Starts serving `root`; resolves to { origin, url(path), close() }. Port 0 picks a free one.
 * `log`, an array, gets { path, status } of every answer sent (tests count downloads).
 */
export function startServer({ root, port = 0, host = '127.0.0.1', log = null }) {
  const files = sirv(path.resolve(root), { dev: true, etag: true, dotfiles: false });
  const server = http.createServer((req, res) => {
    if (log) res.on('finish', () => log.push({ path: req.url, status: res.statusCode }));
    if (req.url.startsWith(SUB_PATH)) {
      req.url = req.url.slice(SUB_PATH.length - 1);
    } else if (req.url === SUB_PATH.slice(0, -1)) {
      res.writeHead(301, { Location: SUB_PATH }).end();
      return;
    }
    // As the README asks of a host: a file whose name carries its hash never changes, so it
    // is cached as immutable; every other file is revalidated (sirv's ETag, `no-cache`).
    if (IMMUTABLE.test(req.url.split('?')[0])) {
      const writeHead = res.writeHead.bind(res);
      res.writeHead = (code, headers) => writeHead(code, code === 200 ? { ...headers, 'Cache-Control': 'public, max-age=31536000, immutable' } : headers);
    }
    files(req, res, () => res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found'));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const origin = `http://${host}:${server.address().port}`;
      resolve({
        origin,
        url: (p = '/') => origin + p,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('port', '8080'));
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`server: --port must be a number from 0 to 65535, not ${arg('port')}`);
    process.exit(2);
  }
  const server = await startServer({ root: arg('root', 'dist'), port }).catch((e) => {
    console.error(`server: cannot listen on 127.0.0.1:${port}: ${e.message}`);
    process.exit(1);
  });
  console.log(`Digitrappen is served at ${server.url('/')}  (also at ${server.url(SUB_PATH)})`);
}
