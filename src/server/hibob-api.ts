/**
 * The transport to HiBob's API for one permission check: Basic auth, one deadline and one abort signal across
 * all requests, and the error mapping of ../shared/spec/hibob-api-facts.md. Runs on any runtime with `fetch`.
 */
import type { HibobCredentials } from '../core/types.js';
import { parseRetryAfter } from '../core/host-call.js';

export type HibobErrorCode = 'rate_limited' | 'network_error' | 'timeout' | 'hibob_error';

/** Why a check could not reach a verdict. Messages are fixed texts: they never carry the token. */
export class HibobApiError extends Error {
  readonly code: HibobErrorCode;
  /** HTTP status of HiBob's answer, when there was one. */
  readonly status?: number;
  /** Seconds until a retry makes sense (rate limits). */
  readonly retryAfter?: number;

  constructor(
    code: HibobErrorCode,
    message: string,
    details: { status?: number; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'HibobApiError';
    this.code = code;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfter !== undefined) this.retryAfter = details.retryAfter;
  }
}

/** HiBob's answer: its JSON, or a refusal of the credentials (401/403). */
export type HibobAnswer = { authorized: true; data: unknown } | { authorized: false };

export interface HibobConnection {
  request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<HibobAnswer>;
  /** Stops the deadline timer; call when the check is over. */
  close(): void;
}

export interface ConnectOptions {
  baseUrl: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** ms for the whole check, not per request */
  timeout: number;
}

export function connect(credentials: HibobCredentials, options: ConnectOptions): HibobConnection {
  const { signal, timeout } = options;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  // Read at call time, so a fetch patched later (msw/node, test spies) is the one used.
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const authorization = basicAuthorization(credentials);

  const controller = new AbortController();
  // Settles only on abort; raced against each request so a `fetch` that ignores its signal still stops.
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  aborted.catch(() => {});
  let timedOut = false;
  // setTimeout fires at once for delays past 2^31-1 ms (Infinity included): treat those as no deadline.
  const timer =
    timeout < 2 ** 31
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout)
      : undefined;
  const forwardAbort = () => controller.abort(signal?.reason);
  // An already aborted signal fires no event.
  if (signal?.aborted) forwardAbort();
  else signal?.addEventListener('abort', forwardAbort, { once: true });

  function failure(error: unknown): unknown {
    if (signal?.aborted) return signal.reason;
    if (timedOut) return new HibobApiError('timeout', `HiBob did not answer within ${timeout} ms`);
    if (error instanceof HibobApiError) return error;
    return new HibobApiError('network_error', 'HiBob could not be reached', { cause: error });
  }

  async function send(method: 'GET' | 'POST', path: string, body: unknown): Promise<HibobAnswer> {
    const headers: Record<string, string> = { Authorization: authorization, Accept: 'application/json' };
    // Only the POST gets a Content-Type: some HiBob GETs answer 400 HTML when they carry one.
    if (method === 'POST') headers['Content-Type'] = 'application/json';
    const response = await fetchImpl(`${baseUrl}${path}`, {
      method,
      headers,
      body: method === 'POST' ? JSON.stringify(body) : undefined,
      signal: controller.signal,
    });
    return readAnswer(response);
  }

  return {
    async request(method, path, body) {
      if (controller.signal.aborted) throw failure(undefined);
      try {
        return await Promise.race([send(method, path, body), aborted]);
      } catch (error) {
        throw failure(error);
      }
    },
    close() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    },
  };
}

/** `Basic base64(id:token)`, UTF-8 safe without Node's Buffer. */
export function basicAuthorization({ serviceUserId, token }: HibobCredentials): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(`${serviceUserId}:${token}`)) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

async function readAnswer(response: Response): Promise<HibobAnswer> {
  const { status, headers } = response;
  const discard = () => void response.body?.cancel().catch(() => {});
  if (status === 401 || status === 403) {
    discard();
    return { authorized: false };
  }
  if (status === 429) {
    discard();
    throw new HibobApiError('rate_limited', 'HiBob rate limit reached', {
      status,
      retryAfter: retryAfterSeconds(headers),
    });
  }
  if (!response.ok) {
    discard();
    throw new HibobApiError('hibob_error', `HiBob answered HTTP ${status}`, { status });
  }
  // A wrong path can answer 200 text/html: never parse before checking the type.
  if (!isJsonMediaType(headers.get('content-type'))) {
    discard();
    throw new HibobApiError('hibob_error', 'HiBob answered something other than JSON', { status });
  }
  const text = await response.text();
  try {
    return { authorized: true, data: JSON.parse(text) as unknown };
  } catch {
    throw new HibobApiError('hibob_error', 'HiBob answered malformed JSON', { status });
  }
}

export function isJsonMediaType(contentType: string | null): boolean {
  return contentType !== null && /^\s*application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(contentType);
}

/**
 * Seconds to wait after a 429. `Retry-After` (seconds or HTTP date) is not documented by HiBob but honoured when
 * present; otherwise `X-RateLimit-Reset`, which HiBob sends as Unix epoch seconds.
 */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
  if (retryAfter !== undefined) return Math.max(1, retryAfter);
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (reset && /^\d+(?:\.\d+)?$/.test(reset)) return Math.max(1, Math.ceil(Number(reset) - now / 1000));
  return undefined;
}
