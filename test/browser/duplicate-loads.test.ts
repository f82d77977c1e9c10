/**
 * Duplicate loads and shared pages: the registration module evaluated twice, two widgets on one page, and an
 * element moved between parents while a call is in flight (documented in src/hibob-link.ts: removal aborts the
 * call and returns to the credentials quietly; a move is a removal plus an insertion). Nothing throws and events
 * fire once per widget. The CDN bundle on a page that already registered the element is in
 * test/e2e/duplicate-loads.test.ts (it needs dist/).
 */
import { describe, it, expect, afterEach, beforeEach } from 'vitest';
import { http, HttpResponse, delay } from 'msw';
import { worker } from './msw.js';
import { HibobLink } from '../../src/index.js';
import { input, mount, recordEvents, submitWith, settled, VALID } from './harness.js';

const OTHER = { serviceUserId: 'SERVICE-303', token: 'Zz8q89RwbzeS7mmhMcAsN1crM73m6MdbjewGCCUY' };
const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Uncaught errors and unhandled rejections on the page during a test. */
let uncaught: unknown[] = [];
const onError = (e: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in e ? e.reason : e.message);
beforeEach(() => {
  uncaught = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
});
afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onError);
  expect(uncaught).toEqual([]);
});

describe('the registration module loaded twice', () => {
  it('evaluating define.ts and index.ts again (new module instances) never throws; the first definition stays', async () => {
    const first = customElements.get('hibob-link');
    expect(first).toBe(HibobLink);
    for (const path of ['../../src/define.ts', '../../src/index.ts']) {
      const url = `${new URL(path, import.meta.url).href}?t=${Date.now()}${Math.floor(Math.random() * 1000)}`;
      await expect(import(/* @vite-ignore */ url)).resolves.toBeTruthy();
    }
    expect(customElements.get('hibob-link')).toBe(first);
    // A fresh copy of the class module is a different class: defining it under the same name is what throws,
    // and what define.ts's guard avoids.
    const copy = (await import(
      /* @vite-ignore */ `${new URL('../../src/hibob-link.ts', import.meta.url).href}?t=${Date.now()}`
    )) as typeof import('../../src/hibob-link.js');
    expect(copy.HibobLink).not.toBe(HibobLink);
    expect(() => customElements.define('hibob-link', copy.HibobLink)).toThrow(DOMException);
    const el = await mount();
    expect(el).toBeInstanceOf(HibobLink);
  });
});

describe('two widgets on one page', () => {
  it('each fires its own events exactly once, through callbacks and through one shared check-url', async () => {
    const checks: string[] = [];
    worker.use(
      http.post('/api/test/dup/check', async ({ request }) => {
        const { serviceUserId } = (await request.json()) as { serviceUserId: string };
        checks.push(serviceUserId);
        await delay(serviceUserId === VALID.serviceUserId ? 80 : 20); // the first one answers last
        return HttpResponse.json({ credentialsValid: true, sections: [{ id: 'basic', status: 'granted' }] });
      }),
    );
    const submitted: string[] = [];
    const setup = (e: HibobLink) => {
      e.checkUrl = '/api/test/dup/check';
      e.submitCredentials = async (c) => (submitted.push(c.serviceUserId), { id: c.serviceUserId });
    };
    const a = await mount({ sections: 'basic' }, setup);
    const b = await mount({ sections: 'basic' }, setup);
    const logA = recordEvents(a);
    const logB = recordEvents(b);
    const onDocument: { type: string; target: EventTarget | null }[] = [];
    const record = (e: Event) => onDocument.push({ type: e.type, target: e.composedPath()[0] ?? null });
    for (const type of ['hibob-link-success', 'hibob-link-check', 'hibob-link-error'])
      document.addEventListener(type, record);
    try {
      await Promise.all([submitWith(a, VALID), submitWith(b, OTHER)]);
      await Promise.all([settled(a), settled(b)]);
    } finally {
      for (const type of ['hibob-link-success', 'hibob-link-check', 'hibob-link-error'])
        document.removeEventListener(type, record);
    }
    expect(logA.of('hibob-link-success')).toEqual([
      expect.objectContaining({ serviceUserId: VALID.serviceUserId, result: { id: VALID.serviceUserId } }),
    ]);
    expect(logB.of('hibob-link-success')).toEqual([
      expect.objectContaining({ serviceUserId: OTHER.serviceUserId, result: { id: OTHER.serviceUserId } }),
    ]);
    expect(logA.of('hibob-link-check')).toHaveLength(1);
    expect(logB.of('hibob-link-check')).toHaveLength(1);
    expect(onDocument.filter((e) => e.type === 'hibob-link-success').map((e) => e.target)).toEqual([b, a]);
    expect(onDocument.filter((e) => e.type === 'hibob-link-error')).toEqual([]);
    expect(checks.sort()).toEqual([VALID.serviceUserId, OTHER.serviceUserId].sort());
    expect(submitted.sort()).toEqual([VALID.serviceUserId, OTHER.serviceUserId].sort());
  });
});

describe('an element moved between parents while busy', () => {
  it.each(['submitting', 'checking'] as const)(
    'while %s: the call is aborted quietly, the form is back with the ID, the other widget is unaffected, retry fires once',
    async (busy) => {
      const signals: AbortSignal[] = [];
      let calls = 0;
      const hang = (signal: AbortSignal) => {
        signals.push(signal);
        return ++calls === 1 ? new Promise<never>(() => {}) : later(10);
      };
      const report = { credentialsValid: true, sections: [{ id: 'basic' as const, status: 'granted' as const }] };
      const moved = await mount({ sections: 'basic' }, (e) => {
        if (busy === 'checking') e.checkPermissions = async (_c, { signal }) => (await hang(signal), report);
        e.submitCredentials = async (_c, { signal }) => (busy === 'submitting' ? hang(signal) : { ok: 1 });
      });
      let releaseOther!: () => void;
      const other = await mount(
        {},
        (e) => (e.submitCredentials = () => new Promise((r) => (releaseOther = () => r(1)))),
      );
      const logMoved = recordEvents(moved);
      const logOther = recordEvents(other);
      await submitWith(other, OTHER);
      await submitWith(moved);
      expect(moved.step).toBe(busy);
      const eventsBefore = logMoved.events.length;

      const elsewhere = document.createElement('section');
      document.body.append(elsewhere);
      elsewhere.append(moved); // disconnect + connect, synchronously
      await moved.updateComplete;
      expect(signals[0]!.aborted).toBe(true);
      expect(moved.step).toBe('credentials');
      expect(moved.parentElement).toBe(elsewhere);
      expect(input(moved, 'serviceUserId').value).toBe(VALID.serviceUserId);
      expect(input(moved, 'token').value).toBe(VALID.token);
      await later(30);
      expect(logMoved.events).toHaveLength(eventsBefore); // no error, no step event for our own abort

      expect(other.step).toBe('submitting');
      releaseOther();
      await settled(other);
      expect(logOther.of('hibob-link-success')).toHaveLength(1);

      await submitWith(moved);
      await settled(moved);
      expect(moved.step).toBe('success');
      expect(logMoved.of('hibob-link-success')).toHaveLength(1);
      expect(logMoved.of('hibob-link-error')).toEqual([]);
      expect(logOther.events.filter((e) => e.type !== 'hibob-link-step')).toHaveLength(1);
      elsewhere.remove();
    },
  );
});
