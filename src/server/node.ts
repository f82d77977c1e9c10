/**
 * `hibob-link/server/node`: mounts a fetch-API handler on Node's `http` server (and anything built on it,
 * such as Express). The body is streamed, so the handlers' 8 KiB limit holds without buffering first.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

export type FetchHandler = (request: Request) => Response | Promise<Response>;

/** A `Request` for a Node request; its signal aborts when the client goes away before the answer. */
export function toWebRequest(req: IncomingMessage, res?: ServerResponse): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const item of [value ?? []].flat()) headers.append(name, item);
  }
  const controller = new AbortController();
  res?.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const origin = `http://${req.headers.host ?? 'localhost'}`;
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    signal: controller.signal,
    // Node's fetch needs this for a streamed request body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/** Writes a `Response` to a Node response, streaming its body. */
export async function sendWebResponse(res: ServerResponse, response: Response, head = false): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = name === 'set-cookie' ? response.headers.getSetCookie() : value;
  });
  res.writeHead(response.status, headers);
  if (!response.body || head) return void res.end();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (res.destroyed) return;
    res.write(chunk);
  }
  res.end();
}

/** `(req, res) => void` for `http.createServer` or `app.post(path, …)` in Express. */
export function toNodeListener(handler: FetchHandler): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    Promise.resolve()
      .then(() => handler(toWebRequest(req, res)))
      .then((response) => sendWebResponse(res, response, req.method === 'HEAD'))
      .catch(() => {
        // Never log here: the request may carry credentials. The handler decides what is worth reporting.
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(res.headersSent ? undefined : '{"code":"host_error"}');
      });
  };
}
