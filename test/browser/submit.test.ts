import { describe, it, expect, vi, afterEach } from 'vitest';
import { http, HttpResponse, delay } from 'msw';
import { worker } from './msw.js';
import { en } from '../../src/i18n/en.js';
import type { HibobLink, HibobCredentials } from '../../src/index.js';
import { $, button, click, fill, input, mount, recordEvents, settled, submitWith, text, VALID } from './harness.js';

afterEach(() => vi.restoreAllMocks());

const SUBMIT_URL = '/api/test/hibob/link';

/** Serves SUBMIT_URL with `answer`, recording what arrived. */
function endpoint(answer: () => Response | Promise<Response>) {
  const requests: { body: unknown; headers: Headers; method: string; credentials: RequestCredentials }[] = [];
  worker.use(
    http.all(SUBMIT_URL, async ({ request }) => {
      requests.push({
        body: await request
          .clone()
          .json()
          .catch(() => undefined),
        headers: request.headers,
        method: request.method,
        credentials: request.credentials,
      });
      return answer();
    }),
  );
  return requests;
}

const alertText = (el: HibobLink) => $(el, '[role="alert"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('submitCredentials callback', () => {
  it('receives the normalised credentials and a signal; success clears the token', async () => {
    let received: [HibobCredentials, { signal: AbortSignal }] | undefined;
    const el = await mount({ 'app-name': 'Acme' }, (e) => {
      e.submitCredentials = async (c, ctx) => {
        received = [c, ctx];
        return { connectionId: 'c_1' };
      };
    });
    const { of } = recordEvents(el);
    await submitWith(el, { serviceUserId: ` ${VALID.serviceUserId} `, token: `"${VALID.token}"` });
    await settled(el);
    expect(received![0]).toEqual(VALID);
    expect(received![1].signal).toBeInstanceOf(AbortSignal);
    expect(el.step).toBe('success');
    expect(of('hibob-link-success')).toEqual([{ serviceUserId: VALID.serviceUserId, result: { connectionId: 'c_1' } }]);
    expect(of('hibob-link-step').slice(-2)).toEqual([
      { from: 'credentials', to: 'submitting' },
      { from: 'submitting', to: 'success' },
    ]);
    expect(text(el)).toContain('Acme can now read employee data through service user SERVICE-202');
    expect(el.shadowRoot!.querySelector('input')).toBeNull();
    expect(text(el)).not.toContain(VALID.token);
  });

  it('shows a busy state with a visible progress indicator while the host works', async () => {
    let finish!: (v: unknown) => void;
    const el = await mount({}, (e) => (e.submitCredentials = () => new Promise((r) => (finish = r))));
    await submitWith(el);
    expect(el.step).toBe('submitting');
    const primary = button(el, 'Connecting…');
    expect(primary.getAttribute('aria-disabled')).toBe('true');
    expect(primary.querySelector('.spinner')).not.toBeNull();
    expect(input(el, 'serviceUserId').readOnly).toBe(true);
    finish({});
    await settled(el);
    expect(el.step).toBe('success');
  });

  it('sends once however often the button is clicked (double click, Enter repeat)', async () => {
    let calls = 0;
    const el = await mount({}, (e) => {
      e.submitCredentials = async () => {
        calls++;
        await new Promise((r) => setTimeout(r, 30));
      };
    });
    await submitWith(el);
    button(el, 'Connecting…').click();
    button(el, 'Connecting…').click();
    input(el, 'token').form!.requestSubmit();
    await settled(el);
    expect(calls).toBe(1);
    expect(el.step).toBe('success');
  });

  it.each([
    [{ code: 'invalid_credentials' }, 'invalid_credentials', false],
    [{ code: 'missing_permissions', message: 'Work section missing' }, 'missing_permissions', false],
    [{ code: 'rate_limited', retryAfter: 12 }, 'rate_limited', true],
    [{ code: 'made_up' }, 'host_error', true],
    [new Error('boom'), 'host_error', true],
    ['plain string', 'host_error', true],
    [undefined, 'host_error', true],
  ] as const)('a rejection %j becomes %s; the ID is kept, the token too', async (reason, code, retryable) => {
    const el = await mount({}, (e) => (e.submitCredentials = () => Promise.reject(reason)));
    const { of } = recordEvents(el);
    await submitWith(el);
    await settled(el);
    expect(el.step).toBe('credentials');
    const [error] = of('hibob-link-error');
    expect(error).toMatchObject({ code, step: 'submitting', retryable });
    expect(typeof error!.message).toBe('string');
    expect(alertText(el)).toContain(error!.message as string);
    expect(input(el, 'serviceUserId').value).toBe(VALID.serviceUserId);
    expect(input(el, 'token').value).toBe(VALID.token);
    if (code === 'rate_limited') expect(error!.retryAfter).toBe(12);
  });

  it('a callback that throws synchronously is a host error, not a crash', async () => {
    const el = await mount({}, (e) => {
      e.submitCredentials = () => {
        throw new TypeError('host bug');
      };
    });
    const { of } = recordEvents(el);
    await submitWith(el);
    await settled(el);
    expect(of('hibob-link-error')[0]).toMatchObject({ code: 'host_error' });
  });

  it('a hanging callback times out: its signal aborts, the error says timeout, retry is one click', async () => {
    let signal: AbortSignal | undefined;
    let attempt = 0;
    const el = await mount({ timeout: '60' }, (e) => {
      e.submitCredentials = (_c, ctx) => {
        signal = ctx.signal;
        return ++attempt === 1 ? new Promise(() => {}) : Promise.resolve('ok');
      };
    });
    const { of } = recordEvents(el);
    await submitWith(el);
    await settled(el);
    expect(signal!.aborted).toBe(true);
    expect(of('hibob-link-error')).toEqual([
      { code: 'timeout', message: en.error_timeout, step: 'submitting', retryable: true },
    ]);
    await click(el, 'Try again');
    await settled(el);
    expect(el.step).toBe('success');
    expect(attempt).toBe(2);
  });

  it('removing the element aborts the call and fires nothing afterwards; values survive re-adding it', async () => {
    let signal: AbortSignal | undefined;
    let finish!: (v: unknown) => void;
    const el = await mount({}, (e) => {
      e.submitCredentials = (_c, ctx) => {
        signal = ctx.signal;
        return new Promise((r) => (finish = r));
      };
    });
    const { events } = recordEvents(el);
    const parent = el.parentElement!;
    await submitWith(el);
    const before = events.length;
    el.remove();
    expect(signal!.aborted).toBe(true);
    finish({ late: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(events.length).toBe(before);
    parent.append(el);
    await el.updateComplete;
    expect(el.step).toBe('credentials');
    expect(input(el, 'serviceUserId').value).toBe(VALID.serviceUserId);
  });

  it('never shows the token back, even when the host error message contains it', async () => {
    const el = await mount({}, (e) => {
      e.submitCredentials = (c) => Promise.reject({ code: 'host_error', message: `bad token ${c.token}` });
    });
    await submitWith(el);
    await settled(el);
    expect(alertText(el)).toContain('bad token [redacted]');
    expect(alertText(el)).not.toContain(VALID.token);
  });

  it('with nothing to send to, says not_configured and tells the developer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount();
    const { of } = recordEvents(el);
    await submitWith(el);
    expect(of('hibob-link-error')).toEqual([
      {
        code: 'not_configured',
        message: en.error_not_configured.replace('{app}', 'this app'),
        step: 'credentials',
        retryable: false,
      },
    ]);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).not.toContain(VALID.token);
  });
});

describe('submit-url', () => {
  it('POSTs the JSON contract with requestHeaders; the JSON answer becomes result', async () => {
    const requests = endpoint(() => HttpResponse.json({ linked: true }));
    const el = await mount({ 'submit-url': SUBMIT_URL }, (e) => (e.requestHeaders = { 'X-CSRF-Token': 'csrf-1' }));
    const { of } = recordEvents(el);
    await submitWith(el);
    await settled(el);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.method).toBe('POST');
    expect(requests[0]!.body).toEqual(VALID);
    expect(requests[0]!.headers.get('content-type')).toBe('application/json');
    expect(requests[0]!.headers.get('x-csrf-token')).toBe('csrf-1');
    expect(requests[0]!.credentials).toBe('same-origin');
    expect(of('hibob-link-success')).toEqual([{ serviceUserId: VALID.serviceUserId, result: { linked: true } }]);
  });

  it('a submitCredentials callback wins over submit-url', async () => {
    const requests = endpoint(() => HttpResponse.json({}));
    let called = false;
    const el = await mount({ 'submit-url': SUBMIT_URL }, (e) => (e.submitCredentials = async () => (called = true)));
    await submitWith(el);
    await settled(el);
    expect(called).toBe(true);
    expect(requests).toHaveLength(0);
  });

  it('204 without a body is a success with a null result', async () => {
    endpoint(() => new HttpResponse(null, { status: 204 }));
    const el = await mount({ 'submit-url': SUBMIT_URL });
    const { of } = recordEvents(el);
    await submitWith(el);
    await settled(el);
    expect(of('hibob-link-success')).toEqual([{ serviceUserId: VALID.serviceUserId, result: null }]);
  });

  it.each([
    [401, () => HttpResponse.json({ errorMessage: 'nope' }, { status: 401 }), 'invalid_credentials', false, undefined],
    [403, () => HttpResponse.json({ error: 'csrf' }, { status: 403 }), 'host_error', true, undefined],
    [429, () => HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '30' } }), 'rate_limited', true, 30],
    [500, () => HttpResponse.json({ message: 'db down' }, { status: 500 }), 'host_error', true, undefined],
    [502, () => new HttpResponse('<html>Bad gateway</html>', { status: 502 }), 'host_error', true, undefined],
    [
      200,
      () => new HttpResponse('<html>not json</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
      'host_error',
      true,
      undefined,
    ],
    [0, () => HttpResponse.error(), 'network_error', true, undefined],
  ] as const)(
    'status %i → %s, sent once, never retried by itself',
    async (_status, answer, code, retryable, retryAfter) => {
      const requests = endpoint(answer);
      const el = await mount({ 'submit-url': SUBMIT_URL });
      const { of } = recordEvents(el);
      await submitWith(el);
      await settled(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(requests).toHaveLength(1);
      const [error] = of('hibob-link-error');
      expect(error).toMatchObject({ code, retryable, step: 'submitting' });
      expect(error!.retryAfter).toBe(retryAfter);
      expect(el.step).toBe('credentials');
      expect(input(el, 'serviceUserId').value).toBe(VALID.serviceUserId);
      if (code === 'rate_limited') expect(alertText(el)).toContain('Try again in 30 seconds');
      if (retryable) expect(button(el, 'Try again')).toBeTruthy();
      else expect(() => button(el, 'Try again')).toThrow();
    },
  );

  it('retry after a failure is one click and sends exactly one more request', async () => {
    let fail = true;
    const requests = endpoint(() => (fail ? HttpResponse.json({}, { status: 500 }) : HttpResponse.json({ ok: 1 })));
    const el = await mount({ 'submit-url': SUBMIT_URL });
    await submitWith(el);
    await settled(el);
    fail = false;
    await click(el, 'Try again');
    await settled(el);
    expect(requests).toHaveLength(2);
    expect(el.step).toBe('success');
  });

  it('a request past the timeout is aborted with code timeout', async () => {
    endpoint(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    const el = await mount({ 'submit-url': SUBMIT_URL, timeout: '80' });
    const { of } = recordEvents(el);
    await submitWith(el);
    await settled(el);
    expect(of('hibob-link-error')[0]).toMatchObject({ code: 'timeout', retryable: true });
  });

  it('double click sends one request', async () => {
    const requests = endpoint(async () => {
      await delay(40);
      return HttpResponse.json({});
    });
    const el = await mount({ 'submit-url': SUBMIT_URL });
    await el.updateComplete;
    el.goTo('credentials');
    await el.updateComplete;
    await fill(el, 'serviceUserId', VALID.serviceUserId);
    await fill(el, 'token', VALID.token);
    const primary = button(el, 'Connect HiBob');
    primary.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    primary.click();
    primary.click();
    await settled(el);
    expect(requests).toHaveLength(1);
  });
});
