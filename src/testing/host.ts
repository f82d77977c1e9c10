/** MSW handlers for a host backend: the real server handlers, their HiBob calls answered by the emulator. */
import { http, type RequestHandler } from 'msw';
import { createCheckHandler, createSubmitHandler } from '../server/handlers.js';
import { HIBOB_BASE_URL } from '../server/checker.js';
import { handlersFetch, hibobApiHandlers } from './emulator.js';

export interface HostApiHandlersOptions {
  /** the widget's `check-url`, default `/api/hibob/check` */
  checkUrl?: string;
  /** the widget's `submit-url`, default `/api/hibob/link` */
  submitUrl?: string;
  /** the HiBob base URL the emulator answers, default https://api.hibob.com/v1 */
  baseUrl?: string;
  /** ms the emulated HiBob takes for every answer */
  latency?: number;
}

export function hostApiHandlers({
  checkUrl = '/api/hibob/check',
  submitUrl = '/api/hibob/link',
  baseUrl = HIBOB_BASE_URL,
  latency = 0,
}: HostApiHandlersOptions = {}): RequestHandler[] {
  // In memory rather than through MSW again, so the host works whether or not the emulator is also mounted.
  const fetch = handlersFetch(hibobApiHandlers({ baseUrl, latency }));
  const check = createCheckHandler({ baseUrl, fetch });
  const submit = createSubmitHandler({
    baseUrl,
    fetch,
    check: true,
    onLink: ({ serviceUserId }) => ({ linked: true, serviceUserId }),
  });
  // `all`, not `post`: the handlers answer other methods with 405 themselves.
  return [
    http.all(onAnyOrigin(checkUrl), ({ request }) => check(request)),
    http.all(onAnyOrigin(submitUrl), ({ request }) => submit(request)),
  ];
}

/** MSW resolves a relative path against `location`, which Node lacks: match it on any origin instead. */
function onAnyOrigin(url: string): string | RegExp {
  if (!url.startsWith('/')) return url;
  return new RegExp(`^[a-z][a-z0-9+.-]*://[^/]+${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
}
