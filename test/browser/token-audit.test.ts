/**
 * Token hygiene audit: ONE run drives every path — the guide, a combined paste, every error code, the check,
 * the review, Check again, Continue without them, reset (also mid-request), modal exits, success, callbacks that
 * echo the token — with a sentinel token, recording everything a page, a script or an extension could see. Then
 * it searches all of it. The only places the sentinel may be: the host's own check-url/submit-url request
 * bodies, the host's callbacks' arguments, and the token field while the admin is on the form.
 */
import { describe, it, expect, vi, afterEach } from 'vitest';
import { http, HttpResponse, delay } from 'msw';
import { worker } from './msw.js';
import type { HibobLink } from '../../src/index.js';
import {
  $,
  click,
  fill,
  goToCredentials,
  mount,
  paste,
  until,
  reachableStrings as strings,
  settled,
} from './harness.js';

const SENTINEL = 'AUDITx9Kq2SentinelTok3nZ0123456789abcdEF'; // 40 letters and digits
const ID = 'SERVICE-7007';
const FORMS = [SENTINEL, btoa(SENTINEL), btoa(`${ID}:${SENTINEL}`), SENTINEL.slice(0, 24), SENTINEL.slice(-24)];
const leaks = (text: string) => FORMS.some((form) => text.includes(form));
const CHECK_URL = '/api/test/audit/check';
const SUBMIT_URL = '/api/test/audit/link';
const HOST_URLS = [CHECK_URL, SUBMIT_URL];

afterEach(() => vi.restoreAllMocks());

const attrs = (node: Element) => [...node.attributes].map((a) => `${a.name}=${a.value}`);
/** Light DOM, and each widget's shadow DOM: every attribute, text and input value. */
function snapshot(widgets: HibobLink[]) {
  const nodes = [
    ...document.documentElement.querySelectorAll('*'),
    ...widgets.flatMap((w) => [...w.shadowRoot!.querySelectorAll('*')]),
  ];
  return {
    attributes: nodes.flatMap(attrs),
    text: [document.body.textContent ?? '', ...widgets.map((w) => w.shadowRoot!.textContent ?? '')],
    idValues: widgets.map((w) => w.shadowRoot!.querySelector<HTMLInputElement>('#service-user-id')?.value ?? ''),
    tokenValues: widgets.map((w) => w.shadowRoot!.querySelector<HTMLInputElement>('#token')?.value ?? ''),
  };
}

describe('token audit', () => {
  it('drives every path with a sentinel token; it appears nowhere it should not', async () => {
    // ---- recorders ------------------------------------------------------------------------------------
    const consoleOut: unknown[][] = [];
    for (const method of Object.keys(console) as (keyof Console)[])
      if (typeof console[method] === 'function')
        vi.spyOn(console, method as 'log').mockImplementation((...args: unknown[]) => void consoleOut.push(args));
    const requests: { url: string; body: string }[] = [];
    const onRequest = ({ request }: { request: Request }) =>
      void request
        .clone()
        .text()
        .then(
          (body) => requests.push({ url: request.url, body }),
          () => requests.push({ url: request.url, body: '' }),
        );
    worker.events.on('request:start', onRequest);
    const events: { type: string; detail: unknown }[] = [];
    const onEvent = (e: Event) => events.push({ type: e.type, detail: (e as CustomEvent).detail });
    const TYPES = ['hibob-link-step', 'hibob-link-check', 'hibob-link-success', 'hibob-link-error', 'hibob-link-exit'];
    for (const type of TYPES) document.addEventListener(type, onEvent, true);
    const mutated: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes')
          mutated.push(`${r.attributeName}=${(r.target as Element).getAttribute(r.attributeName!)}`);
        if (r.type === 'characterData') mutated.push(r.target.textContent ?? '');
        for (const n of r.addedNodes) {
          mutated.push(n.textContent ?? '');
          if (n instanceof Element) mutated.push(...attrs(n), ...[...n.querySelectorAll('*')].flatMap(attrs));
        }
      }
    });
    const observe = (root: Node) =>
      observer.observe(root, { attributes: true, childList: true, characterData: true, subtree: true });
    observe(document.documentElement);

    // ---- the host backend -----------------------------------------------------------------------------
    let checkAnswer: () => Response | Promise<Response> = () => HttpResponse.json({});
    let submitAnswer: () => Response | Promise<Response> = () => HttpResponse.json({});
    const hostBodies: unknown[] = [];
    worker.use(
      http.post(CHECK_URL, async ({ request }) => (hostBodies.push(await request.json()), checkAnswer())),
      http.post(SUBMIT_URL, async ({ request }) => (hostBodies.push(await request.json()), submitAnswer())),
    );
    const report =
      (statuses: Record<string, string>, credentialsValid = true) =>
      () =>
        HttpResponse.json({
          credentialsValid,
          sections: Object.entries(statuses).map(([id, status]) => ({ id, status })),
          echo: SENTINEL,
        });
    const echo =
      (status: number, extra: object = {}) =>
      () =>
        HttpResponse.json(
          { message: `refused ${SENTINEL}`, token: SENTINEL, ...extra },
          { status, headers: { 'Retry-After': '7' } },
        );

    const widgets: HibobLink[] = [];
    const snapshots: ReturnType<typeof snapshot>[] = [];
    const track = async (el: HibobLink) => (widgets.push(el), observe(el.shadowRoot!), el);
    const checkpoint = () => snapshots.push(snapshot(widgets));
    const idle = async (el: HibobLink) => {
      await settled(el);
      checkpoint();
    };
    const send = async (el: HibobLink) => {
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
      await idle(el);
    };

    // ---- A: inline, check-url + submit-url, through every error code --------------------------------
    const a = await track(
      await mount({
        'check-url': CHECK_URL,
        'submit-url': SUBMIT_URL,
        sections: 'basic work lifecycle',
        'required-sections': 'work',
        timeout: '400',
      }),
    );
    // A control: an attribute set in the shadow root is seen by the recorder.
    a.shadowRoot!.querySelector('.panel')!.setAttribute('data-audit-control', 'seen');
    for (const label of ['Get started', 'Next', 'Next']) {
      await click(a, label);
      checkpoint();
    }
    await paste(a, 'serviceUserId', `  "${ID}:${SENTINEL}"  `);
    await click(a, 'Show token');
    checkpoint();
    const pathsA: [() => Response | Promise<Response>, string][] = [
      [report({}, false), 'invalid_credentials'],
      [echo(401), 'invalid_credentials'],
      [echo(429), 'rate_limited'],
      [async () => (await delay('infinite'), HttpResponse.json({})), 'timeout'],
      [() => HttpResponse.error(), 'network_error'],
      [echo(500), 'host_error'],
      [echo(502, { code: 'missing_permissions' }), 'missing_permissions'],
    ];
    for (const [answer] of pathsA) {
      checkAnswer = answer;
      await send(a);
    }
    checkAnswer = report({ basic: 'granted', work: 'missing', lifecycle: 'missing' });
    await send(a);
    expect(a.step).toBe('review');
    checkAnswer = report({ basic: 'granted', work: 'granted', lifecycle: 'missing' });
    await click(a, 'Check again');
    await idle(a);
    submitAnswer = echo(422, { code: 'missing_permissions' });
    await click(a, 'Continue without them');
    await idle(a);
    checkAnswer = report({ basic: 'granted', work: 'granted', lifecycle: 'granted' });
    for (const answer of [echo(401), echo(500), () => HttpResponse.error()]) {
      submitAnswer = answer;
      await send(a);
    }
    submitAnswer = async () => (await delay('infinite'), HttpResponse.json({}));
    $<HTMLButtonElement>(a, 'button[type="submit"]')!.click();
    await until(() => a.step === 'submitting');
    a.reset(); // mid-request
    await a.updateComplete;
    checkpoint();
    expect(strings(a).some(leaks)).toBe(false);
    await goToCredentials(a);
    await fill(a, 'serviceUserId', ID);
    await fill(a, 'token', SENTINEL);
    submitAnswer = () => HttpResponse.json({ linked: true, echo: SENTINEL, nested: [{ t: `x${SENTINEL}x` }] });
    await send(a);
    expect(a.step).toBe('success');
    expect(strings(a).some(leaks)).toBe(false);
    a.reset();
    await a.updateComplete;
    checkpoint();

    // ---- B: modal, exits with the token typed in, then success and Done --------------------------------
    const b = await track(await mount({ mode: 'modal', 'start-step': 'credentials', 'submit-url': SUBMIT_URL }));
    for (const exit of ['escape', 'close-button', 'method'] as const) {
      b.show();
      await b.updateComplete;
      if (exit === 'escape') await paste(b, 'token', `Basic ${btoa(`${ID}:${SENTINEL}`)}`); // kept across exits
      checkpoint();
      if (exit === 'escape')
        $(b, 'dialog')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      else if (exit === 'close-button') await click(b, 'Close');
      else b.hide();
      await b.updateComplete;
      checkpoint();
    }
    b.show();
    await b.updateComplete;
    submitAnswer = () => HttpResponse.json({ ok: SENTINEL });
    await send(b);
    await click(b, 'Done');
    checkpoint();

    // ---- C: nothing to send to; D: callbacks that echo the token ------------------------------------
    const c = await track(await mount({ 'start-step': 'credentials' }));
    await fill(c, 'serviceUserId', ID);
    await fill(c, 'token', SENTINEL);
    await send(c);
    c.reset();
    let attempt = 0;
    const d = await track(
      await mount({ 'start-step': 'credentials', sections: 'basic' }, (e) => {
        e.checkPermissions = async (creds) => {
          if (++attempt === 1) throw { code: 'rate_limited', message: `slow down ${creds.token}`, retryAfter: 1 };
          return { credentialsValid: true, sections: [{ id: 'basic', status: 'granted' }] };
        };
        e.submitCredentials = async (creds) => {
          if (attempt === 2 && ++attempt) throw new Error(`could not store ${creds.token}`);
          return { stored: creds.token, note: `linked with ${creds.token}` };
        };
      }),
    );
    await paste(d, 'token', `${ID} ${SENTINEL}`);
    for (let i = 0; i < 3; i++) await send(d);
    expect(d.step).toBe('success');
    observer.disconnect();
    worker.events.removeListener('request:start', onRequest);
    for (const type of TYPES) document.removeEventListener(type, onEvent, true);
    await new Promise((r) => setTimeout(r, 50)); // request bodies are read asynchronously

    // ---- the audit ----------------------------------------------------------------------------------
    const codes = events.filter((e) => e.type === 'hibob-link-error').map((e) => (e.detail as { code: string }).code);
    expect(new Set(codes)).toEqual(
      new Set([
        'invalid_credentials',
        'rate_limited',
        'timeout',
        'network_error',
        'host_error',
        'missing_permissions',
        'not_configured',
      ]),
    );
    expect(
      events.filter((e) => e.type === 'hibob-link-exit').map((e) => (e.detail as { reason: string }).reason),
    ).toEqual(['escape', 'close-button', 'method', 'close-button']);
    expect(events.filter((e) => e.type === 'hibob-link-success')).toHaveLength(3);
    const final = snapshot(widgets);
    const other = requests.filter((r) => !HOST_URLS.some((u) => new URL(r.url).pathname === u));
    const found = {
      events: events.some((e) => leaks(JSON.stringify(e.detail))),
      attributesDuringRun: mutated.some(leaks) || snapshots.some((s) => s.attributes.some(leaks)),
      textDuringRun: snapshots.some((s) => s.text.some(leaks)),
      idInputEver: snapshots.some((s) => s.idValues.some(leaks)),
      inputsAtEnd: [...final.tokenValues, ...final.idValues].some(leaks),
      elementStateAtEnd: widgets.some((w) => strings(w).some(leaks)),
      console: consoleOut.some((args) =>
        args.some((arg) => leaks(typeof arg === 'string' ? arg : (JSON.stringify(arg) ?? String(arg)))),
      ),
      storage:
        leaks(JSON.stringify({ ...localStorage })) ||
        leaks(JSON.stringify({ ...sessionStorage })) ||
        leaks(document.cookie),
      location: leaks(location.href) || leaks(document.referrer),
      requestUrls: requests.some((r) => leaks(decodeURIComponent(r.url))),
      resourceUrls: performance.getEntriesByType('resource').some((r) => leaks(decodeURIComponent(r.name))),
      otherRequestBodies: other.some((r) => leaks(r.body)),
    };
    expect(found).toEqual({
      events: false,
      attributesDuringRun: false,
      textDuringRun: false,
      idInputEver: false,
      inputsAtEnd: false,
      elementStateAtEnd: false,
      console: false,
      storage: false,
      location: false,
      requestUrls: false,
      resourceUrls: false,
      otherRequestBodies: false,
    });
    // The scans are live: the token field did hold the sentinel while the admin was on the form, and the host's
    // own calls carried it, once per attempt and nowhere else in the body.
    expect(snapshots.some((s) => s.tokenValues.some(leaks))).toBe(true);
    expect(mutated.length).toBeGreaterThan(100);
    expect(mutated).toContain('data-audit-control=seen');
    expect(hostBodies).toHaveLength(21); // A: 9 checks alone, 1 submit alone, 5 check + submit pairs; B: 1; C, D: none
    expect(
      hostBodies.every((body) => JSON.stringify(body) === JSON.stringify({ serviceUserId: ID, token: SENTINEL })),
    ).toBe(true);
    expect(requests.filter((r) => HOST_URLS.includes(new URL(r.url).pathname))).toHaveLength(hostBodies.length);
    vi.restoreAllMocks();
    console.info(
      `audit: ${events.length} events, ${mutated.length} mutations, ${requests.length} requests, ${hostBodies.length} host calls`,
    );
  });
});
