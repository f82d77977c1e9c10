/**
 * `npm start`: a small host backend, the way a host product would run one. It serves the built demo page
 * and widget, and mounts hibob-link/server's handlers at /api/hibob/check and /api/hibob/link. HiBob calls go
 * to the built-in emulator on loopback (offline, sandbox credentials) unless HIBOB_BASE_URL names a real
 * HiBob, e.g. HIBOB_BASE_URL=https://api.hibob.com/v1.
 *
 * Imports the built package (dist/), exactly what a host installs from npm.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCheckHandler, createSubmitHandler } from '../dist/server.js';
import { toNodeListener } from '../dist/server-node.js';
import { sandboxCredentials, startEmulatorServer } from '../dist/testing-node.js';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const pages = join(root, 'demo');
const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';

const live = process.env.HIBOB_BASE_URL;
const emulator = live ? undefined : await startEmulatorServer({ latency: Number(process.env.HIBOB_LATENCY ?? 150) });
const baseUrl = live ?? emulator.url;

/** Where a host would store the link: kept in memory here, and never the token in a log. */
const links = new Map();
const routes = {
  '/api/hibob/check': toNodeListener(createCheckHandler({ baseUrl })),
  '/api/hibob/link': toNodeListener(
    createSubmitHandler({
      baseUrl,
      check: true,
      onLink: ({ serviceUserId }, { report }) => {
        const link = { serviceUserId, linkedAt: new Date().toISOString(), sections: report?.sections ?? [] };
        links.set(serviceUserId, link);
        console.log(`linked ${serviceUserId}`);
        return { linked: true, serviceUserId, linkedAt: link.linkedAt };
      },
    }),
  ),
  '/api/demo/config': (_req, res) => {
    const sandbox = live ? [] : Object.entries(sandboxCredentials).map(([key, value]) => ({ key, ...value }));
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ hibob: live ? 'live' : 'emulator', sandbox }));
  },
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
// The strict policy api.md promises hosts: no inline scripts or styles, no third-party origins.
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

async function serveFile(req, res) {
  const path = new URL(req.url, 'http://x').pathname;
  // /hibob-link.js (and its lazy language chunks) is the self-contained build, for the script-tag integration.
  const safe = normalize(path === '/' ? '/index.html' : path).replace(/^(\.\.[/\\])+/, '');
  const file = /^\/(hibob-link\.js(\.map)?$|chunks\/)/.test(safe) ? join(root, safe) : join(pages, safe);
  if (!file.startsWith(root)) return notFound(res);
  try {
    if (!(await stat(file)).isFile()) return notFound(res);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : await readFile(file));
  } catch {
    notFound(res);
  }
}

function notFound(res) {
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('Not found');
}

const server = createServer((req, res) => {
  const route = routes[new URL(req.url, 'http://x').pathname];
  if (route) return route(req, res);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' });
    return res.end();
  }
  return serveFile(req, res);
});

server.listen(port, host, () => {
  const { port: actual } = server.address();
  console.log(`hibob-link demo: http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}/`);
  console.log(live ? `HiBob: ${live}` : `HiBob: built-in emulator at ${baseUrl} (sandbox credentials on the page)`);
});

async function shutdown() {
  server.close();
  server.closeAllConnections();
  await emulator?.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
