/**
 * Calls into the host (its callback or its endpoint) with a timeout and an abort signal, and turns every
 * way such a call can fail into one `HostCallError` with an `ErrorCode`.
 */
import { ERROR_CODES, type ErrorCode } from './types.js';

export class HostCallError extends Error {
  override readonly name = 'HostCallError';
  constructor(
    readonly code: ErrorCode,
    /** A message from the host (already scrubbed of secrets by the caller before it is shown). */
    readonly hostMessage?: string,
    /** Seconds to wait before retrying (rate limits). */
    readonly retryAfter?: number,
    readonly status?: number,
  ) {
    super(code);
  }
}

const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);

/** A callback's rejection: an object carrying one of our codes keeps it, anything else is a host error. */
export function toHostCallError(reason: unknown): HostCallError {
  try {
    if (reason instanceof HostCallError) return reason;
    const r = (typeof reason === 'object' && reason !== null ? reason : {}) as Record<string, unknown>;
    const message = typeof r.message === 'string' ? r.message : typeof reason === 'string' ? reason : undefined;
    const retryAfter = typeof r.retryAfter === 'number' && r.retryAfter >= 0 ? r.retryAfter : undefined;
    return new HostCallError(isErrorCode(r.code) ? r.code : 'host_error', message, retryAfter);
  } catch {
    // A rejection whose getters throw (or a revoked Proxy) must still end the call, as a host error.
    return new HostCallError('host_error');
  }
}

/**
 * Runs `call` with a signal that aborts after `timeout` ms or when `outer` aborts. Settles on time even
 * when the host ignores the signal. An abort through `outer` rejects with `outer.reason` untouched, so
 * the element can tell "I was removed" from a failure.
 */
export function runHostCall<T>(
  call: (signal: AbortSignal) => Promise<T>,
  { timeout, signal: outer }: { timeout: number; signal: AbortSignal },
): Promise<T> {
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const onOuterAbort = () => {
      controller.abort(outer.reason);
      reject(outer.reason);
    };
    if (outer.aborted) return onOuterAbort();
    outer.addEventListener('abort', onOuterAbort, { once: true });
    const timer =
      timeout > 0 && Number.isFinite(timeout)
        ? setTimeout(() => {
            const error = new HostCallError('timeout');
            controller.abort(error);
            reject(error);
          }, timeout)
        : undefined;
    const settle = () => {
      clearTimeout(timer);
      outer.removeEventListener('abort', onOuterAbort);
    };
    let pending: Promise<T>;
    try {
      pending = Promise.resolve(call(controller.signal));
    } catch (error) {
      pending = Promise.reject(error); // a callback that throws synchronously
    }
    pending.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error) => {
        settle();
        reject(controller.signal.aborted ? controller.signal.reason : toHostCallError(error));
      },
    );
  });
}

/** `Retry-After` as seconds or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // An HTTP date starts with the day name; Date.parse alone would also read "1.5" or "-5" as dates.
  if (!/^(?:mon|tue|wed|thu|fri|sat|sun)/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

async function readJson(response: Response): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await response.text();
  // An empty 2xx answer (e.g. 204) is a success without a result.
  if (!text.trim()) return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * POSTs JSON to a host endpoint per the HTTP contract in api.md and maps the answer:
 * 401 → invalid_credentials, 429 → rate_limited, other non-2xx or a non-JSON body → host_error,
 * a fetch failure → network_error. A JSON error body whose `code` is one of ours refines a non-2xx answer.
 */
export async function postJson(
  url: string,
  body: unknown,
  { headers, signal }: { headers?: Record<string, string>; signal: AbortSignal },
): Promise<unknown> {
  // Through Headers, so a host's `content-type` (any case) is replaced rather than sent alongside ours.
  const requestHeaders = new Headers(headers);
  requestHeaders.set('Content-Type', 'application/json');
  requestHeaders.set('Accept', 'application/json');
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: requestHeaders,
      body: JSON.stringify(body),
      credentials: 'same-origin',
      // A 307/308 would resend the credentials somewhere the host did not name: refuse to follow.
      redirect: 'manual',
      signal,
    });
  } catch {
    if (signal.aborted) throw signal.reason;
    throw new HostCallError('network_error');
  }
  if (response.type === 'opaqueredirect') throw new HostCallError('host_error');
  const parsed = await readJson(response).catch((error) => {
    if (signal.aborted) throw signal.reason;
    throw error;
  });
  if (response.ok) {
    if (!parsed.ok) throw new HostCallError('host_error', undefined, undefined, response.status);
    return parsed.value;
  }
  const errorBody = (parsed.ok && typeof parsed.value === 'object' && parsed.value) || {};
  const { code, message } = errorBody as { code?: unknown; message?: unknown };
  const mapped: ErrorCode =
    response.status === 401
      ? 'invalid_credentials'
      : response.status === 429
        ? 'rate_limited'
        : isErrorCode(code)
          ? code
          : 'host_error';
  throw new HostCallError(
    mapped,
    typeof message === 'string' ? message : undefined,
    mapped === 'rate_limited' ? parseRetryAfter(response.headers.get('Retry-After')) : undefined,
    response.status,
  );
}
