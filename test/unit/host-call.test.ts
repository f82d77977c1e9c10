/** Host calls (src/core/host-call.ts): postJson over real fetch to a loopback server, runHostCall, Retry-After. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostCallError, parseRetryAfter, postJson, runHostCall, toHostCallError } from '../../src/core/host-call.js';
import { ERROR_CODES } from '../../src/core/types.js';

interface Received {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const RETRY_DATE_SECONDS = 120;
type Route = (res: ServerResponse) => void;
const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const routes: Record<string, Route> = {
  '/ok': (res) => json(res, 200, { linked: true, id: 7 }),
  '/empty': (res) => res.writeHead(204).end(),
  '/html': (res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><p>Welcome</p>');
  },
  '/unauthorized': (res) => json(res, 401, { message: 'bad token' }),
  '/unauthorized-with-code': (res) => json(res, 401, { code: 'missing_permissions' }),
  '/forbidden': (res) => json(res, 403, { message: 'forbidden' }),
  '/rate-seconds': (res) => json(res, 429, { message: 'slow down' }, { 'Retry-After': '30' }),
  '/rate-date': (res) =>
    json(res, 429, {}, { 'Retry-After': new Date(Date.now() + RETRY_DATE_SECONDS * 1000).toUTCString() }),
  '/rate-none': (res) => json(res, 429, {}),
  '/error-message': (res) => json(res, 500, { message: 'database down' }),
  '/error-code': (res) => json(res, 500, { code: 'missing_permissions', message: 'needs lifecycle' }),
  '/error-bogus-code': (res) => json(res, 500, { code: 'bogus' }),
  '/error-html': (res) => {
    res.writeHead(502, { 'Content-Type': 'text/html' });
    res.end('<h1>Bad gateway</h1>');
  },
  '/redirect': (res) => res.writeHead(302, { Location: '/redirect-target' }).end(),
  '/redirect-307': (res) => res.writeHead(307, { Location: '/redirect-target' }).end(),
  '/redirect-target': (res) => json(res, 200, { followed: true }),
  '/hang': () => {
    // never answers
  },
  '/hang-body': (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('{"partial":');
    // ...and never finishes the body
  },
};

let server: Server;
let base: string;
let closedPortUrl: string;
const received: Received[] = [];
const requestsTo = (path: string) => received.filter((r) => r.path === path);

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      received.push({ method: req.method ?? '', path, headers: req.headers, body: Buffer.concat(chunks).toString() });
      const route = routes[path];
      if (route) route(res);
      else json(res, 404, { message: 'no route' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // A port that was just open and is now closed: connecting to it is refused.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedPortUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/submit`;
  await new Promise<void>((resolve, reject) => closed.close((error) => (error ? reject(error) : resolve())));
});

afterAll(async () => {
  server.closeAllConnections(); // the hanging routes keep their sockets open otherwise
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received.length = 0;
});

const CREDENTIALS = { serviceUserId: 'SERVICE-202', token: 'Qe8q89RwbzeS7mmhMcAsN1crM73m6MdbjewGCCUY' };
const live = () => new AbortController().signal;
const post = (path: string, headers?: Record<string, string>) =>
  postJson(`${base}${path}`, CREDENTIALS, { headers, signal: live() });

/** The rejection of `promise`; fails the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => expect.fail(`expected a rejection, got ${JSON.stringify(value)}`),
    (error: unknown) => error,
  );
}
async function hostError(promise: Promise<unknown>): Promise<HostCallError> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(HostCallError);
  return error as HostCallError;
}

describe('postJson: the request', () => {
  it('is a POST with a JSON content type, the JSON body and the extra headers', async () => {
    await post('/ok', { 'X-CSRF-Token': 'csrf-123', 'X-Tenant': 'acme' });
    const [request] = requestsTo('/ok');
    expect(request).toBeDefined();
    expect(request!.method).toBe('POST');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request!.body)).toStrictEqual(CREDENTIALS);
    expect(request!.headers['x-csrf-token']).toBe('csrf-123');
    expect(request!.headers['x-tenant']).toBe('acme');
    expect(request!.headers['accept']).toBe('application/json');
  });

  it.each<Record<string, string>>([
    { 'Content-Type': 'text/plain' },
    { 'content-type': 'text/plain' },
    { 'CONTENT-TYPE': 'text/plain', accept: 'text/html' },
  ])('extra headers cannot replace the JSON content type: %j', async (headers) => {
    await post('/ok', headers);
    expect(requestsTo('/ok')[0]!.headers['content-type']).toBe('application/json');
    expect(requestsTo('/ok')[0]!.headers['accept']).toBe('application/json');
  });

  it('sends exactly one request per call', async () => {
    await post('/ok');
    await rejection(post('/error-message'));
    expect(received.map((r) => r.path)).toEqual(['/ok', '/error-message']);
  });
});

describe('postJson: answers', () => {
  it('200 JSON resolves with the parsed body', async () => {
    expect(await post('/ok')).toStrictEqual({ linked: true, id: 7 });
  });

  it('204 resolves with null', async () => {
    expect(await post('/empty')).toBeNull();
  });

  it('200 with a non-JSON body is a host_error', async () => {
    const error = await hostError(post('/html'));
    expect(error.code).toBe('host_error');
    expect(error.status).toBe(200);
  });

  it('401 is invalid_credentials', async () => {
    const error = await hostError(post('/unauthorized'));
    expect(error.code).toBe('invalid_credentials');
    expect(error.status).toBe(401);
    expect(error.retryAfter).toBeUndefined();
  });

  it('401 stays invalid_credentials whatever code its body names', async () => {
    expect((await hostError(post('/unauthorized-with-code'))).code).toBe('invalid_credentials');
  });

  it('403 is a host_error', async () => {
    const error = await hostError(post('/forbidden'));
    expect(error.code).toBe('host_error');
    expect(error.status).toBe(403);
  });

  it('429 with Retry-After seconds is rate_limited with retryAfter', async () => {
    const error = await hostError(post('/rate-seconds'));
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfter).toBe(30);
    expect(error.status).toBe(429);
  });

  it('429 with an HTTP-date Retry-After is rate_limited with the seconds until then', async () => {
    const error = await hostError(post('/rate-date'));
    expect(error.code).toBe('rate_limited');
    // The date has whole seconds, so the wait is a little under the two minutes the server named.
    expect(error.retryAfter).toBeGreaterThanOrEqual(RETRY_DATE_SECONDS - 10);
    expect(error.retryAfter).toBeLessThanOrEqual(RETRY_DATE_SECONDS);
  });

  it('429 without Retry-After is rate_limited without retryAfter', async () => {
    const error = await hostError(post('/rate-none'));
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfter).toBeUndefined();
  });

  it('500 with a JSON message is a host_error carrying the message', async () => {
    const error = await hostError(post('/error-message'));
    expect(error.code).toBe('host_error');
    expect(error.hostMessage).toBe('database down');
    expect(error.status).toBe(500);
  });

  it('500 whose body names one of our codes is refined to it', async () => {
    const error = await hostError(post('/error-code'));
    expect(error.code).toBe('missing_permissions');
    expect(error.hostMessage).toBe('needs lifecycle');
  });

  it('500 whose body names an unknown code stays a host_error', async () => {
    expect((await hostError(post('/error-bogus-code'))).code).toBe('host_error');
  });

  it('502 with an HTML body is a host_error', async () => {
    const error = await hostError(post('/error-html'));
    expect(error.code).toBe('host_error');
    expect(error.status).toBe(502);
    expect(error.hostMessage).toBeUndefined();
  });

  it.each(['/redirect', '/redirect-307'])('%s is a host_error and is not followed', async (path) => {
    expect((await hostError(post(path))).code).toBe('host_error');
    expect(requestsTo(path)).toHaveLength(1);
    expect(requestsTo('/redirect-target')).toHaveLength(0);
  });

  it('a refused connection is a network_error', async () => {
    const error = await hostError(postJson(closedPortUrl, CREDENTIALS, { signal: live() }));
    expect(error.code).toBe('network_error');
    expect(error.status).toBeUndefined();
  });

  it('an abort while waiting for headers rejects with the abort reason', async () => {
    const controller = new AbortController();
    const reason = new Error('gone');
    const pending = postJson(`${base}/hang`, CREDENTIALS, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 50);
    expect(await rejection(pending)).toBe(reason);
  });

  it('an abort while the body is still coming rejects with the abort reason', async () => {
    const controller = new AbortController();
    const reason = new Error('gone');
    const pending = postJson(`${base}/hang-body`, CREDENTIALS, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 50);
    expect(await rejection(pending)).toBe(reason);
  });
});

describe('postJson through runHostCall', () => {
  it.each(['/hang', '/hang-body'])('%s times out with a timeout error and aborts the request', async (path) => {
    let inner: AbortSignal | undefined;
    const error = await hostError(
      runHostCall(
        (signal) => {
          inner = signal;
          return postJson(`${base}${path}`, CREDENTIALS, { signal });
        },
        { timeout: 50, signal: live() },
      ),
    );
    expect(error.code).toBe('timeout');
    expect(inner!.aborted).toBe(true);
    expect(requestsTo(path)).toHaveLength(1);
  });

  it('passes a result through', async () => {
    expect(
      await runHostCall((signal) => postJson(`${base}/ok`, CREDENTIALS, { signal }), { timeout: 5000, signal: live() }),
    ).toStrictEqual({ linked: true, id: 7 });
  });

  it('passes an HTTP error through with its retryAfter', async () => {
    const error = await hostError(
      runHostCall((signal) => postJson(`${base}/rate-seconds`, CREDENTIALS, { signal }), {
        timeout: 5000,
        signal: live(),
      }),
    );
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfter).toBe(30);
  });
});

describe('runHostCall', () => {
  const never = () => new Promise<never>(() => {});

  it('resolves with the callback value', async () => {
    expect(await runHostCall(async () => ({ ok: 1 }), { timeout: 50, signal: live() })).toStrictEqual({ ok: 1 });
  });

  it('times out with a HostCallError even when the callback ignores its signal', async () => {
    let inner: AbortSignal | undefined;
    const error = await hostError(
      runHostCall(
        (signal) => {
          inner = signal;
          return never();
        },
        { timeout: 50, signal: live() },
      ),
    );
    expect(error.code).toBe('timeout');
    expect(inner!.aborted).toBe(true);
    expect(inner!.reason).toBe(error);
  });

  describe('with fake timers', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('does not time out before the timeout', async () => {
      let inner: AbortSignal | undefined;
      let settled = false;
      const pending = runHostCall(
        (signal) => {
          inner = signal;
          return never();
        },
        { timeout: 50, signal: live() },
      ).finally(() => {
        settled = true;
      });
      pending.catch(() => {});
      await vi.advanceTimersByTimeAsync(49);
      expect(settled).toBe(false);
      expect(inner!.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toBe(true);
      expect(inner!.aborted).toBe(true);
      expect(((await rejection(pending)) as HostCallError).code).toBe('timeout');
    });

    it('clears its timer once the callback settles', async () => {
      let inner: AbortSignal | undefined;
      const result = await runHostCall(
        async (signal) => {
          inner = signal;
          return 'done';
        },
        { timeout: 50, signal: live() },
      );
      expect(result).toBe('done');
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(1000);
      expect(inner!.aborted).toBe(false);
    });

    it.each([0, -1, Infinity, NaN])('timeout %s means no time limit', async (timeout) => {
      let resolveCall: (value: string) => void = () => {};
      const pending = runHostCall(() => new Promise<string>((resolve) => (resolveCall = resolve)), {
        timeout,
        signal: live(),
      });
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      resolveCall('late');
      expect(await pending).toBe('late');
    });
  });

  it('an outer abort rejects with the outer reason (not a HostCallError) and aborts the inner signal', async () => {
    const outer = new AbortController();
    const reason = new Error('element removed');
    let inner: AbortSignal | undefined;
    const pending = runHostCall(
      (signal) => {
        inner = signal;
        return never();
      },
      { timeout: 5000, signal: outer.signal },
    );
    outer.abort(reason);
    const error = await rejection(pending);
    expect(error).toBe(reason);
    expect(error).not.toBeInstanceOf(HostCallError);
    expect(inner!.aborted).toBe(true);
    expect(inner!.reason).toBe(reason);
  });

  it('an outer signal that is already aborted rejects without calling', async () => {
    const outer = new AbortController();
    outer.abort('already gone');
    const call = vi.fn(never);
    expect(await rejection(runHostCall(call, { timeout: 50, signal: outer.signal }))).toBe('already gone');
    expect(call).not.toHaveBeenCalled();
  });

  it('a callback that rejects after the outer abort still rejects with the outer reason', async () => {
    const outer = new AbortController();
    const reason = new Error('element removed');
    const pending = runHostCall(
      (signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('AbortError')))),
      { timeout: 5000, signal: outer.signal },
    );
    outer.abort(reason);
    expect(await rejection(pending)).toBe(reason);
  });

  it('a callback that throws synchronously is a host_error', async () => {
    const error = await hostError(
      runHostCall(
        () => {
          throw new Error('boom');
        },
        { timeout: 50, signal: live() },
      ),
    );
    expect(error.code).toBe('host_error');
    expect(error.hostMessage).toBe('boom');
  });

  it('a rejection with one of our codes keeps it', async () => {
    const error = await hostError(
      runHostCall(() => Promise.reject({ code: 'invalid_credentials' }), { timeout: 50, signal: live() }),
    );
    expect(error.code).toBe('invalid_credentials');
  });

  it.each(ERROR_CODES)('every error code survives a rejection: %s', async (code) => {
    const error = await hostError(runHostCall(() => Promise.reject({ code }), { timeout: 50, signal: live() }));
    expect(error.code).toBe(code);
  });

  it.each<[string, unknown]>([
    ['an unknown code', { code: 'bogus' }],
    ['a code of the wrong type', { code: 401 }],
    ['a string', 'nope'],
    ['undefined', undefined],
    ['null', null],
    ['an Error', new Error('failed')],
    ['a number', 42],
  ])('a rejection with %s is a host_error', async (_, reason) => {
    const error = await hostError(runHostCall(() => Promise.reject(reason), { timeout: 50, signal: live() }));
    expect(error.code).toBe('host_error');
  });

  it('keeps the message of an Error, a string or an object', async () => {
    const message = async (reason: unknown) =>
      (await hostError(runHostCall(() => Promise.reject(reason), { timeout: 50, signal: live() }))).hostMessage;
    expect(await message(new Error('failed'))).toBe('failed');
    expect(await message('plain words')).toBe('plain words');
    expect(await message({ code: 'host_error', message: 'from the host' })).toBe('from the host');
    expect(await message({ code: 'host_error', message: 12 })).toBeUndefined();
    expect(await message(undefined)).toBeUndefined();
  });

  it('passes retryAfter through', async () => {
    const error = await hostError(
      runHostCall(() => Promise.reject({ code: 'rate_limited', retryAfter: 12 }), { timeout: 50, signal: live() }),
    );
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfter).toBe(12);
  });

  it('drops a retryAfter that is negative or not a number', () => {
    expect(toHostCallError({ code: 'rate_limited', retryAfter: -1 }).retryAfter).toBeUndefined();
    expect(toHostCallError({ code: 'rate_limited', retryAfter: '12' }).retryAfter).toBeUndefined();
  });

  it('passes a HostCallError through unchanged', async () => {
    const original = new HostCallError('missing_permissions', 'why', 3, 409);
    expect(await rejection(runHostCall(() => Promise.reject(original), { timeout: 50, signal: live() }))).toBe(
      original,
    );
  });
});

describe('HostCallError', () => {
  it('is an Error named HostCallError whose message is its code', () => {
    const error = new HostCallError('timeout');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('HostCallError');
    expect(error.message).toBe('timeout');
    expect(error.code).toBe('timeout');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('Wed, 21 Oct 2015 07:27:00 GMT');

  it.each<[string | null, number | undefined]>([
    ['30', 30],
    [' 30 ', 30],
    ['0', 0],
    ['120', 120],
  ])('seconds %j → %s', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it.each<[string, number]>([
    ['Wed, 21 Oct 2015 07:28:00 GMT', 60],
    ['Wed, 21 Oct 2015 07:27:00 GMT', 0],
    ['Wed, 21 Oct 2015 07:27:00 GMT'.replace('07:27:00', '07:27:01'), 1],
    ['Wed, 21 Oct 2015 08:27:00 GMT', 3600],
    ['Tue, 20 Oct 2015 07:27:00 GMT', 0], // in the past: retry now, never a negative wait
  ])('HTTP date %j → %s', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it('uses the current time by default', () => {
    const inAMinute = new Date(Date.now() + 61_000).toUTCString();
    expect(parseRetryAfter(inAMinute)).toBeGreaterThanOrEqual(55);
    expect(parseRetryAfter(inAMinute)).toBeLessThanOrEqual(61);
  });

  it.each([null, '', '   ', 'soon', 'in 5 minutes', '30s', '1e3', '0x10', '1.5', '-5', 'garbage 1'])(
    'unreadable %j → undefined',
    (value) => {
      expect(parseRetryAfter(value, now)).toBeUndefined();
    },
  );
});
