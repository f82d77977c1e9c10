/**
 * Hosts on their worst day, beyond the basics in submit.test.ts and check.test.ts: callbacks that throw
 * synchronously or answer garbage, endpoints that redirect, answer late after a retry or a reset, the element
 * removed mid-check, timeouts on the check — each ends in the right error code, a working retry and the ID
 * kept. One host call per user action is in one-call.test.ts.
 */
import { describe, it, expect, vi, afterEach } from 'vitest';
import { HttpResponse, delay } from 'msw';
import type { ErrorCode } from '../../src/index.js';
import { $, click, input, mount, recordEvents, submitWith, until, VALID, settled } from './harness.js';
import { CHECK_URL, expectRecoverable, GRANTED, later, serve, SUBMIT_URL, TARGET_URL } from './hosts.js';

afterEach(() => vi.restoreAllMocks());

describe('callbacks that fail in odd ways', () => {
  const throwingGetter = () => ({
    credentialsValid: true,
    get sections(): never {
      throw new Error('getter exploded');
    },
  });
  const cases: [string, 'check' | 'submit', () => unknown, ErrorCode][] = [
    [
      'check throws synchronously',
      'check',
      () => {
        throw new TypeError('host bug');
      },
      'host_error',
    ],
    [
      'check throws a coded object synchronously',
      'check',
      () => {
        throw { code: 'rate_limited', retryAfter: 3 };
      },
      'rate_limited',
    ],
    ['check returns a non-promise garbage value', 'check', () => 42, 'host_error'],
    ['check resolves an object whose getter throws', 'check', async () => throwingGetter(), 'host_error'],
    [
      'check resolves a revoked proxy',
      'check',
      async () => {
        const p = Proxy.revocable({}, {});
        p.revoke();
        return p.proxy;
      },
      'host_error',
    ],
    [
      'submit throws a coded object synchronously',
      'submit',
      () => {
        throw { code: 'network_error' };
      },
      'network_error',
    ],
    [
      'submit rejects with a getter-throwing error',
      'submit',
      () =>
        Promise.reject(
          Object.defineProperty({}, 'code', {
            get() {
              throw new Error('x');
            },
          }),
        ),
      'host_error',
    ],
  ];
  it.each(cases)('%s (%s): the right code, a working retry, the ID kept', async (_name, which, failing, code) => {
    let checks = 0;
    let submits = 0;
    const el = await mount({ sections: 'basic' }, (e) => {
      e.checkPermissions = (() =>
        ++checks === 1 && which === 'check' ? failing() : Promise.resolve(GRANTED)) as never;
      e.submitCredentials = (() =>
        ++submits === 1 && which === 'submit' ? failing() : Promise.resolve({ ok: 1 })) as never;
    });
    const log = recordEvents(el);
    const errors: unknown[] = [];
    const onError = (e: PromiseRejectionEvent | ErrorEvent) => errors.push(e);
    window.addEventListener('unhandledrejection', onError);
    window.addEventListener('error', onError);
    try {
      await submitWith(el);
      await settled(el);
      await expectRecoverable(el, log, code, which === 'check' ? 'checking' : 'submitting');
      expect(errors).toEqual([]);
    } finally {
      window.removeEventListener('unhandledrejection', onError);
      window.removeEventListener('error', onError);
    }
  });

  it('submit resolving an object whose getter throws is still a success; the unreadable part is not handed on', async () => {
    const el = await mount({}, (e) => {
      e.submitCredentials = async () => ({
        linked: true,
        get secret(): never {
          throw new Error('getter exploded');
        },
      });
    });
    const log = recordEvents(el);
    await submitWith(el);
    await settled(el);
    expect(el.step).toBe('success');
    expect(log.of('hibob-link-success')).toEqual([
      { serviceUserId: VALID.serviceUserId, result: { linked: true, secret: '[redacted]' } },
    ]);
  });

  it('slow then fast: a late answer to a timed-out attempt never flips the state of the next one', async () => {
    const pending: { resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
    const el = await mount({ timeout: '500' }, (e) => {
      e.submitCredentials = () => new Promise((resolve, reject) => pending.push({ resolve, reject }));
    });
    const log = recordEvents(el);
    await submitWith(el);
    await settled(el); // attempt 1 times out
    expect(log.of('hibob-link-error').map((e) => e.code)).toEqual(['timeout']);
    await click(el, 'Try again'); // attempt 2 in flight
    expect(el.step).toBe('submitting');
    pending[0]!.resolve({ late: true }); // attempt 1 answers late, with success
    await later(20);
    expect(el.step).toBe('submitting');
    expect(log.of('hibob-link-success')).toEqual([]);
    pending[1]!.reject({ code: 'rate_limited', retryAfter: 5 }); // attempt 2 is what counts
    await settled(el);
    expect(log.of('hibob-link-error').map((e) => e.code)).toEqual(['timeout', 'rate_limited']);
    await click(el, 'Try again');
    pending[2]!.resolve({ third: true });
    await settled(el);
    expect(log.of('hibob-link-success')).toEqual([{ serviceUserId: VALID.serviceUserId, result: { third: true } }]);
    pending[1]!.resolve({ twice: true }); // settling an already-settled attempt again does nothing
    await later(20);
    expect(log.of('hibob-link-success')).toHaveLength(1);
    expect(pending).toHaveLength(3);
  });
});

describe('endpoints that fail in odd ways', () => {
  it.each([
    [
      'check-url: truncated JSON',
      'check',
      () => new HttpResponse('{"credentialsValid":', { headers: { 'Content-Type': 'application/json' } }),
      'host_error',
    ],
    ['check-url: a JSON array', 'check', () => HttpResponse.json([GRANTED]), 'host_error'],
    [
      'check-url: a report with a markup section id',
      'check',
      () => HttpResponse.json({ credentialsValid: true, sections: [{ id: '<img src=x>', status: 'granted' }] }),
      'host_error',
    ],
    [
      'check-url: binary garbage',
      'check',
      () =>
        new HttpResponse(new Uint8Array([0xff, 0xfe, 0, 1, 2]), { headers: { 'Content-Type': 'application/json' } }),
      'host_error',
    ],
    ['check-url: fetch failure', 'check', () => HttpResponse.error(), 'network_error'],
    ['check-url: 429 without Retry-After', 'check', () => HttpResponse.json({}, { status: 429 }), 'rate_limited'],
    [
      'submit-url: text/plain OK',
      'submit',
      () => new HttpResponse('OK', { headers: { 'Content-Type': 'text/plain' } }),
      'host_error',
    ],
    [
      'submit-url: 503 HTML',
      'submit',
      () => new HttpResponse('<h1>down</h1>', { status: 503, headers: { 'Content-Type': 'text/html' } }),
      'host_error',
    ],
  ] as const)('%s (%s): the right code, a working retry, the ID kept', async (_name, which, failing, code) => {
    const checks = serve(CHECK_URL, (n) => (which === 'check' && n === 1 ? failing() : HttpResponse.json(GRANTED)));
    const submits = serve(SUBMIT_URL, (n) =>
      which === 'submit' && n === 1 ? failing() : HttpResponse.json({ ok: n }),
    );
    const el = await mount({ 'check-url': CHECK_URL, 'submit-url': SUBMIT_URL, sections: 'basic' });
    const log = recordEvents(el);
    await submitWith(el);
    await settled(el);
    await expectRecoverable(el, log, code, which === 'check' ? 'checking' : 'submitting');
    expect(checks).toHaveLength(2); // the retry checks again
    expect(submits).toHaveLength(which === 'submit' ? 2 : 1);
  });

  it.each([
    [302, 'submit'],
    [307, 'submit'],
    [308, 'check'],
    [303, 'check'],
  ] as const)(
    'a %i redirect from %s-url is host_error; the credentials never reach the redirect target',
    async (status, which) => {
      const target = serve(TARGET_URL, () => HttpResponse.json(which === 'check' ? GRANTED : { stolen: true }));
      const url = which === 'check' ? CHECK_URL : SUBMIT_URL;
      const redirected = serve(url, (n) =>
        n === 1
          ? new HttpResponse(null, { status, headers: { Location: TARGET_URL } })
          : HttpResponse.json(which === 'check' ? GRANTED : { ok: 1 }),
      );
      if (which === 'check') serve(SUBMIT_URL, () => HttpResponse.json({ ok: 1 }));
      const el = await mount({
        'submit-url': SUBMIT_URL,
        sections: 'basic',
        ...(which === 'check' ? { 'check-url': CHECK_URL } : {}),
      });
      const log = recordEvents(el);
      await submitWith(el);
      await settled(el);
      await later(50);
      expect(target).toEqual([]);
      await expectRecoverable(el, log, 'host_error', which === 'check' ? 'checking' : 'submitting');
      expect(redirected).toHaveLength(2);
      expect(target).toEqual([]);
    },
  );

  it('check-url past the timeout is timeout; the retry works', async () => {
    serve(CHECK_URL, async (n) => {
      if (n === 1) await delay('infinite');
      return HttpResponse.json(GRANTED);
    });
    serve(SUBMIT_URL, () => HttpResponse.json({ ok: 1 }));
    const el = await mount({ 'check-url': CHECK_URL, 'submit-url': SUBMIT_URL, sections: 'basic', timeout: '400' });
    const log = recordEvents(el);
    await submitWith(el);
    await settled(el);
    await expectRecoverable(el, log, 'timeout', 'checking');
  });

  it('a request answered late after reset() changes nothing; the new attempt stands', async () => {
    let releaseFirst!: () => void;
    serve(SUBMIT_URL, async (n) => {
      if (n === 1) await new Promise<void>((r) => (releaseFirst = r));
      return HttpResponse.json({ attempt: n });
    });
    const el = await mount({ 'submit-url': SUBMIT_URL, 'start-step': 'credentials' });
    const log = recordEvents(el);
    await submitWith(el);
    expect(el.step).toBe('submitting');
    el.reset();
    await el.updateComplete;
    await submitWith(el);
    await settled(el);
    expect(log.of('hibob-link-success')).toEqual([{ serviceUserId: VALID.serviceUserId, result: { attempt: 2 } }]);
    const count = log.events.length;
    releaseFirst();
    await later(50);
    expect(log.events).toHaveLength(count);
    expect(el.step).toBe('success');
  });

  it.each(['check-url', 'checkPermissions'] as const)(
    'the element removed mid-check (%s): aborted, no event after disconnect, back on the form when re-added',
    async (kind) => {
      let signal: AbortSignal | undefined;
      let release!: () => void;
      const checks = serve(CHECK_URL, async () => {
        await new Promise<void>((r) => (release = r));
        return HttpResponse.json(GRANTED);
      });
      const el = await mount({ 'submit-url': SUBMIT_URL, sections: 'basic' }, (e) => {
        if (kind === 'check-url') e.checkUrl = CHECK_URL;
        else
          e.checkPermissions = (_c, ctx) => {
            signal = ctx.signal;
            return new Promise((r) => (release = () => r(GRANTED)));
          };
      });
      serve(SUBMIT_URL, () => HttpResponse.json({ ok: 1 }));
      const { events } = recordEvents(el);
      const seen: string[] = [];
      for (const type of ['hibob-link-step', 'hibob-link-check', 'hibob-link-error', 'hibob-link-success'])
        document.addEventListener(type, () => seen.push(type));
      const parent = el.parentElement!;
      await submitWith(el);
      if (kind === 'check-url') await until(() => checks.length === 1);
      expect(el.step).toBe('checking');
      const before = events.length;
      const seenBefore = seen.length;
      el.remove();
      if (signal) expect(signal.aborted).toBe(true);
      release();
      await later(50);
      expect(events).toHaveLength(before);
      expect(seen).toHaveLength(seenBefore);
      parent.append(el);
      await el.updateComplete;
      expect(el.step).toBe('credentials');
      expect(input(el, 'serviceUserId').value).toBe(VALID.serviceUserId);
      expect($(el, '[role="alert"] .callout')).toBeNull(); // quiet: no error shown for our own abort
    },
  );
});
