/**
 * MSW handlers emulating the HiBob endpoints the checker uses, faithful to ../shared/spec/hibob-api-facts.md.
 * Browser-safe: no node: imports.
 */
import { delay, getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import { HIBOB_BASE_URL } from '../server/checker.js';
import { isJsonMediaType } from '../server/hibob-api.js';
import { SERVICE_USERS, type ServiceUser } from './sandbox.js';
import { parseSearchQuery, searchPeople } from './search.js';
import { FIELDS } from './tenant.js';

export interface HibobApiHandlersOptions {
  /** default https://api.hibob.com/v1 */
  baseUrl?: string;
  /** ms before every answer */
  latency?: number;
}

/** HiBob's documented limit for `POST /people/search`, per service user and minute. */
export const SEARCHES_PER_MINUTE = 50;

export function hibobApiHandlers({
  baseUrl = HIBOB_BASE_URL,
  latency = 0,
}: HibobApiHandlersOptions = {}): RequestHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  const takeSearch = rateLimiter();
  const wait = () => (latency > 0 ? delay(latency) : undefined);

  return [
    // Needs no permission: any valid service user may read the fields metadata.
    http.get(`${base}/company/people/fields`, async ({ request }) => {
      await wait();
      // [obs] some HiBob GETs answer 400 HTML when sent a JSON Content-Type.
      if (isJsonMediaType(request.headers.get('content-type'))) return htmlPage(400);
      if (!authenticate(request)) return unauthorized();
      return HttpResponse.json(FIELDS);
    }),

    http.post(`${base}/people/search`, async ({ request }) => {
      await wait();
      const user = authenticate(request);
      if (!user) return unauthorized();
      const quota = takeSearch(user);
      if (!quota.allowed) {
        return HttpResponse.json({ errorMessage: 'Too many requests' }, { status: 429, headers: quota.headers });
      }
      const query = parseSearchQuery(await request.json().catch(() => undefined));
      if ('error' in query)
        return HttpResponse.json({ errorMessage: query.error }, { status: 400, headers: quota.headers });
      return HttpResponse.json({ employees: searchPeople(user, query) }, { headers: quota.headers });
    }),

    // [obs] A wrong path answers 200 with HiBob's web app.
    http.all(`${base}/*`, async () => {
      await wait();
      return htmlPage(200);
    }),
  ];
}

/** A `fetch` answered in memory by MSW handlers: no network, no interception, so it works in browsers too. */
export function handlersFetch(handlers: RequestHandler[]): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    request.signal.throwIfAborted();
    const aborted = new Promise<never>((_, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
    });
    const response = await Promise.race([getResponse(handlers, request), aborted]);
    if (!response) throw new TypeError(`fetch failed: nothing answers ${request.method} ${request.url}`);
    return response;
  };
}

function authenticate(request: Request): ServiceUser | undefined {
  const encoded = /^Basic\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!encoded) return undefined;
  let decoded: string;
  try {
    decoded = new TextDecoder().decode(Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0)));
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(':');
  const [id, token] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
  return colon < 0 ? undefined : SERVICE_USERS.find((user) => user.serviceUserId === id && user.token === token);
}

/** The 401 body is undocumented; some endpoints answer this [obs]. */
const unauthorized = () =>
  HttpResponse.json({ errorMessage: 'The request could not be authenticated' }, { status: 401 });

const htmlPage = (status: number) =>
  HttpResponse.html('<!doctype html><html><head><title>bob</title></head><body><div id="app"></div></body></html>', {
    status,
  });

/** Per service user, one-minute windows; users flagged `quotaExhausted` start each window with none left. */
function rateLimiter() {
  const windows = new Map<string, { resetAt: number; used: number }>();
  return (user: ServiceUser, now = Date.now()) => {
    let window = windows.get(user.serviceUserId);
    if (!window || now >= window.resetAt) {
      window = { resetAt: now + 60_000, used: user.quotaExhausted ? SEARCHES_PER_MINUTE : 0 };
      windows.set(user.serviceUserId, window);
    }
    const allowed = window.used < SEARCHES_PER_MINUTE;
    if (allowed) window.used += 1;
    const headers: Record<string, string> = {
      'X-RateLimit-Limit': String(SEARCHES_PER_MINUTE),
      'X-RateLimit-Remaining': String(SEARCHES_PER_MINUTE - window.used),
      'X-RateLimit-Reset': String(Math.ceil(window.resetAt / 1000)),
    };
    if (!allowed && user.retryAfterHeader) headers['Retry-After'] = String(Math.ceil((window.resetAt - now) / 1000));
    return { allowed, headers };
  };
}
