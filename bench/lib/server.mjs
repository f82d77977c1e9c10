/**
 * A tiny static server on 127.0.0.1 (port 0) for the browser figures. `routes` maps URL prefixes to folders
 * (the bench serves /dist/ from its snapshot of dist/ and /bench/ from bench/). Nothing is cached, and every answer
 * is cross-origin isolated so that performance.now() in the page has 5 µs resolution instead of 100 µs.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export async function startStaticServer(routes) {
  const mounts = Object.entries(routes).map(([prefix, folder]) => [prefix, resolve(folder)]);
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    // /run/<id>/<path> serves <path>: a new URL for the same file on every start-up run (see page/boot.js).
    const path = decodeURIComponent(pathname).replace(/^\/run\/[\w.-]+\//, '/');
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    const file = mount && resolve(mount[1], `.${path.slice(mount[0].length - 1)}`);
    const allowed = !!file && file.startsWith(mount[1] + sep);
    const headers = {
      'Cache-Control': 'no-store',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Resource-Policy': 'same-origin',
    };
    try {
      if (!allowed || (request.method !== 'GET' && request.method !== 'HEAD')) throw new Error('not served');
      const body = await readFile(file);
      response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
