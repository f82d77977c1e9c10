/** The HiBob emulator on a real loopback HTTP server (Node only), so clients exercise a genuine network path. */
import { createServer } from 'node:http';
import { toNodeListener } from '../server/node.js';
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
  const server = createServer(
    toNodeListener(
      async (request) => (await getResponse(handlers, request)) ?? new Response('Not found', { status: 404 }),
    ),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
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
