/** The HiBob emulator on a real loopback HTTP server (Node only), so clients exercise a genuine network path. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { hibobApiHandlers } from './emulator.js';

export interface EmulatorServerOptions {
  /** default 0: any free port */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  /** ms before every answer */
  latency?: number;
}

export interface EmulatorServer {
  /** the HiBob base URL to use, e.g. http://127.0.0.1:54321/v1 */
  url: string;
  close(): Promise<void>;
}

export async function startEmulatorServer({
  port = 0,
  host = '127.0.0.1',
  latency,
}: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  // The handlers need the base URL, which needs the port: they are made once the server listens.
  let handlers: RequestHandler[] = [];
  let origin = '';
  const server = createServer((req, res) => {
    answer(handlers, origin, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  const url = `${origin}/v1`;
  handlers = hibobApiHandlers({ baseUrl: url, latency });
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function answer(handlers: RequestHandler[], origin: string, req: IncomingMessage, res: ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const item of [value ?? []].flat()) headers.append(name, item);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const request = new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
  const response = (await getResponse(handlers, request)) ?? new Response('Not found', { status: 404 });
  const body = Buffer.from(await response.arrayBuffer());
  if (res.destroyed) return;
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(req.method === 'HEAD' ? undefined : body);
}
