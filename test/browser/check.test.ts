import { describe, it, expect } from 'vitest';
import { http, HttpResponse } from 'msw';
import { worker } from './msw.js';
import { en } from '../../src/i18n/en.js';
import { hostApiHandlers, sandboxCredentials } from '../../src/testing/index.js';
import type { HibobLink, PermissionReport, SectionId, SectionStatus } from '../../src/index.js';
import {
  $,
  $$,
  button,
  click,
  input,
  mount,
  recordEvents,
  settled,
  submitWith,
  text,
  title,
  VALID,
} from './harness.js';

const report = (statuses: Partial<Record<SectionId, SectionStatus>>, credentialsValid = true): PermissionReport => ({
  credentialsValid,
  sections: Object.entries(statuses).map(([id, status]) => ({ id: id as SectionId, status: status! })),
  checkedAt: '2026-12-04T10:00:00.000Z',
});

const row = (el: HibobLink, id: SectionId) => $(el, `[part~="report"] [data-section="${id}"]`);

async function reviewWith(statuses: Partial<Record<SectionId, SectionStatus>>, attrs: Record<string, string> = {}) {
  const submitted: unknown[] = [];
  const el = await mount({ sections: 'basic work personal lifecycle', 'required-sections': 'work', ...attrs }, (e) => {
    e.checkPermissions = async () => report(statuses);
    e.submitCredentials = async (c, ctx) => void submitted.push({ c, ctx });
  });
  const log = recordEvents(el);
  await submitWith(el);
  await settled(el);
  return { el, submitted, log };
}

describe('permission check', () => {
  it('all requested sections granted: goes straight on to submit, with the report', async () => {
    const { el, submitted, log } = await reviewWith({
      basic: 'granted',
      work: 'granted',
      personal: 'granted',
      lifecycle: 'granted',
    });
    expect(el.step).toBe('success');
    expect(log.of('hibob-link-step').map((s) => s.to)).toEqual(['credentials', 'checking', 'submitting', 'success']);
    const [{ ctx }] = submitted as { ctx: { report: PermissionReport; signal: AbortSignal } }[];
    expect(ctx.report.sections).toHaveLength(4);
    expect(ctx.signal).toBeInstanceOf(AbortSignal);
    expect(log.of('hibob-link-check')).toEqual([{ report: ctx.report }]);
    expect(log.of('hibob-link-success')[0]!.report).toEqual(ctx.report);
  });

  it('history cannot be checked: an unknown optional section does not stop the admin', async () => {
    const { el } = await reviewWith(
      { basic: 'granted', work: 'granted', history: 'unknown' },
      { sections: 'basic work history' },
    );
    expect(el.step).toBe('success');
  });

  it('a required section missing: review lists each section with its status, exact lines and where to add them', async () => {
    const { el, submitted, log } = await reviewWith({
      basic: 'granted',
      work: 'missing',
      personal: 'missing',
      lifecycle: 'unknown',
    });
    expect(el.step).toBe('review');
    expect(title(el)).toBe(en.reviewTitleMissing);
    expect(submitted).toHaveLength(0);
    expect(row(el, 'basic')!.dataset.status).toBe('granted');
    expect(row(el, 'work')!.dataset.status).toBe('missing');
    expect(row(el, 'lifecycle')!.dataset.status).toBe('unknown');
    expect(row(el, 'work')!.textContent).toContain("View selected employees' Work sections");
    expect(row(el, 'work')!.textContent).toContain("View selected employees' Work section histories");
    expect(row(el, 'work')!.textContent).toContain('Required');
    expect(row(el, 'personal')!.textContent).not.toContain('Required');
    expect(row(el, 'work')!.querySelector('.path')!.textContent!.replace(/\s+/g, ' ')).toContain(
      'Permission groups › The service user’s group › People’s data',
    );
    expect(row(el, 'basic')!.textContent).not.toContain('View selected');
    expect(text(el)).toContain(en.movedFieldsQuestion);
    expect(() => button(el, 'Continue without them')).toThrow();
    expect(log.of('hibob-link-error')).toEqual([
      {
        code: 'missing_permissions',
        message: en.error_missing_permissions.replace('{app}', 'this app'),
        step: 'checking',
        retryable: true,
      },
    ]);
  });

  it('only optional sections missing: Continue without them submits with the report', async () => {
    const { el, submitted } = await reviewWith({
      basic: 'granted',
      work: 'granted',
      personal: 'missing',
      lifecycle: 'granted',
    });
    expect(el.step).toBe('review');
    expect($(el, '.lead')!.textContent).toContain('continue without that data');
    await click(el, 'Continue without them');
    await settled(el);
    expect(el.step).toBe('success');
    expect((submitted[0] as { ctx: { report: PermissionReport } }).ctx.report.sections).toContainEqual({
      id: 'personal',
      status: 'missing',
    });
  });

  it('Check again re-runs the check with the same credentials and moves on once fixed', async () => {
    let fixed = false;
    const seen: unknown[] = [];
    const el = await mount({ sections: 'basic work', 'required-sections': 'work' }, (e) => {
      e.checkPermissions = async (c) => {
        seen.push(c);
        return report({ basic: 'granted', work: fixed ? 'granted' : 'missing' });
      };
      e.submitCredentials = async () => ({ ok: true });
    });
    await submitWith(el);
    await settled(el);
    expect(el.step).toBe('review');
    await click(el, 'Check again');
    await settled(el);
    expect(el.step).toBe('review');
    fixed = true;
    await click(el, 'Check again');
    await settled(el);
    expect(el.step).toBe('success');
    expect(seen).toEqual([VALID, VALID, VALID]);
  });

  it('nobody visible: explains the lifecycle-status condition and Basic info', async () => {
    const { el } = await reviewWith({ basic: 'unknown', work: 'unknown', personal: 'unknown', lifecycle: 'unknown' });
    expect(el.step).toBe('review');
    expect(title(el)).toBe(en.reviewTitleNothingVisible);
    expect(text(el)).toContain('Hired, Employed, Terminated');
    expect(text(el)).toContain('Basic info sections');
    expect(button(el, 'Continue anyway')).toBeTruthy();
  });

  it('Back from the review returns to the credentials with everything typed still there', async () => {
    const { el } = await reviewWith({ basic: 'granted', work: 'missing' });
    await click(el, 'Back');
    expect(el.step).toBe('credentials');
    expect(input(el, 'serviceUserId').value).toBe(VALID.serviceUserId);
    expect(input(el, 'token').value).toBe(VALID.token);
  });

  it('credentialsValid false: back to the credentials with the invalid-credentials message, nothing submitted', async () => {
    let submitted = 0;
    const el = await mount({}, (e) => {
      e.checkPermissions = async () => report({}, false);
      e.submitCredentials = async () => void submitted++;
    });
    const { of } = recordEvents(el);
    await submitWith(el);
    await settled(el);
    expect(el.step).toBe('credentials');
    expect(submitted).toBe(0);
    expect($(el, '[role="alert"]')!.textContent).toContain(en.error_invalid_credentials);
    expect(of('hibob-link-error')[0]).toMatchObject({
      code: 'invalid_credentials',
      retryable: false,
      step: 'checking',
    });
    expect(input(el, 'serviceUserId').value).toBe(VALID.serviceUserId);
  });

  it.each([
    ['a string', 'ok'],
    ['null', null],
    ['no sections', { credentialsValid: true }],
    ['an unknown section id', { credentialsValid: true, sections: [{ id: 'salary', status: 'granted' }] }],
    ['a bad status', { credentialsValid: true, sections: [{ id: 'basic', status: 'yes' }] }],
  ])('a malformed report (%s) is a host_error, not a crash', async (_name, value) => {
    let submitted = 0;
    const el = await mount({}, (e) => {
      e.checkPermissions = async () => value as unknown as PermissionReport;
      e.submitCredentials = async () => void submitted++;
    });
    const { of } = recordEvents(el);
    await submitWith(el);
    await settled(el);
    expect(el.step).toBe('credentials');
    expect(submitted).toBe(0);
    expect(of('hibob-link-error')[0]).toMatchObject({ code: 'host_error', step: 'checking', retryable: true });
    expect(of('hibob-link-check')).toEqual([]);
  });

  it.each([
    ['rejects', () => Promise.reject(new Error('down')), 'host_error'],
    ['rate limited', () => Promise.reject({ code: 'rate_limited', retryAfter: 42 }), 'rate_limited'],
    ['hangs past the timeout', () => new Promise<never>(() => {}), 'timeout'],
  ] as const)('a check that %s ends in %s with a working retry', async (_name, failing, code) => {
    let attempt = 0;
    const el = await mount({ timeout: '60', sections: 'basic' }, (e) => {
      e.checkPermissions = () => (++attempt === 1 ? failing() : Promise.resolve(report({ basic: 'granted' })));
      e.submitCredentials = async () => ({});
    });
    const { of } = recordEvents(el);
    await submitWith(el);
    await settled(el);
    expect(of('hibob-link-error')[0]).toMatchObject({ code, step: 'checking', retryable: true });
    await click(el, 'Try again');
    await settled(el);
    expect(el.step).toBe('success');
  });

  it('axe finds nothing on the review step', async () => {
    const { el } = await reviewWith({ basic: 'granted', work: 'missing', personal: 'missing', lifecycle: 'unknown' });
    await expect(el).to.be.accessible();
  });
});

describe('check-url against the in-browser emulator (hibob-link/testing)', () => {
  it.each([
    ['allGranted', 'success', []],
    ['lifecycleAndPersonalMissing', 'review', ['lifecycle', 'personal']],
    ['onlyBasic', 'review', ['lifecycle', 'personal', 'work']],
    ['noEmployees', 'review', []],
  ] as const)('%s → %s', async (scenario, step, missing) => {
    worker.use(...hostApiHandlers({ checkUrl: '/api/e/check', submitUrl: '/api/e/link' }));
    const el = await mount({
      'check-url': '/api/e/check',
      'submit-url': '/api/e/link',
      sections: 'basic work lifecycle personal',
    });
    const { of } = recordEvents(el);
    const { serviceUserId, token } = sandboxCredentials[scenario];
    await submitWith(el, { serviceUserId, token });
    await settled(el);
    expect(el.step).toBe(step);
    expect($$(el, '[data-status="missing"]').map((r) => r.dataset.section)).toEqual(missing);
    expect(of('hibob-link-check')).toHaveLength(1);
  });

  it('invalidToken → back to credentials; rateLimited → rate_limited with the wait', async () => {
    worker.use(...hostApiHandlers({ checkUrl: '/api/e/check', submitUrl: '/api/e/link' }));
    const el = await mount({ 'check-url': '/api/e/check', 'submit-url': '/api/e/link' });
    const { of } = recordEvents(el);
    await submitWith(el, sandboxCredentials.invalidToken);
    await settled(el);
    expect(of('hibob-link-error')[0]).toMatchObject({ code: 'invalid_credentials' });
    el.reset();
    await submitWith(el, sandboxCredentials.rateLimited);
    await settled(el);
    const limited = of('hibob-link-error')[1]!;
    expect(limited).toMatchObject({ code: 'rate_limited', retryable: true });
    expect(limited.retryAfter).toBeGreaterThan(0);
  });

  it('posts the HTTP contract to check-url with requestHeaders', async () => {
    let seen: { body: unknown; csrf: string | null } | undefined;
    worker.use(
      http.post('/api/e/check2', async ({ request }) => {
        seen = { body: await request.json(), csrf: request.headers.get('x-csrf') };
        return HttpResponse.json(report({ basic: 'granted' }));
      }),
    );
    const el = await mount({ 'check-url': '/api/e/check2', sections: 'basic' }, (e) => {
      e.requestHeaders = { 'X-CSRF': 't1' };
      e.submitCredentials = async () => ({});
    });
    await submitWith(el);
    await settled(el);
    await settled(el);
    expect(seen).toEqual({ body: VALID, csrf: 't1' });
    expect(el.step).toBe('success');
  });

  it('with a check but nothing to submit to, says not_configured before checking', async () => {
    let checks = 0;
    const el = await mount({}, (e) => (e.checkPermissions = async () => (checks++, report({ basic: 'granted' }))));
    const { of } = recordEvents(el);
    const warn = console.warn;
    console.warn = () => {};
    try {
      await submitWith(el);
      await settled(el);
    } finally {
      console.warn = warn;
    }
    expect(checks).toBe(0);
    expect(of('hibob-link-error')[0]).toMatchObject({ code: 'not_configured', step: 'credentials', retryable: false });
  });
});
