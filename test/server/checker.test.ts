/** checkHibobPermissions over real fetch against the emulator on a real loopback server. */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SectionId, SectionStatus } from '../../src/core/types.js';
import { checkHibobPermissions, HibobApiError } from '../../src/server/index.js';
import { sandboxCredentials, type SandboxScenario } from '../../src/testing/index.js';
import { startEmulatorServer, type EmulatorServer } from '../../src/testing/node.js';
import { basic, countingFetch, expectAll, statuses } from './helpers.js';

let emulator: EmulatorServer;
let slowEmulator: EmulatorServer;
beforeAll(async () => {
  [emulator, slowEmulator] = await Promise.all([startEmulatorServer(), startEmulatorServer({ latency: 300 })]);
});
afterAll(async () => {
  await Promise.all([emulator.close(), slowEmulator.close()]);
});

const check = (scenario: SandboxScenario, options: Parameters<typeof checkHibobPermissions>[1] = {}) =>
  checkHibobPermissions(sandboxCredentials[scenario], { baseUrl: emulator.url, ...options });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the check to reject'),
    (error: unknown) => error,
  );
}

describe('sandbox scenarios', () => {
  const expected: [SandboxScenario, Record<SectionId, SectionStatus>][] = [
    ['allGranted', expectAll('granted')],
    ['lifecycleAndPersonalMissing', expectAll('granted', { lifecycle: 'missing', personal: 'missing' })],
    ['onlyBasic', expectAll('missing', { basic: 'granted' })],
    ['noEmployees', expectAll('unknown')],
    ['movedFields', expectAll('granted', { personal: 'missing' })],
    ['fewEmployees', expectAll('granted', { lifecycle: 'missing', personal: 'unknown' })],
  ];

  test.each(expected)('%s', async (scenario, sections) => {
    const report = await check(scenario);
    expect(report.credentialsValid).toBe(true);
    expect(statuses(report)).toEqual(sections);
    expect(report.sections.map((section) => section.id)).toEqual(Object.keys(sections));
    expect(new Date(report.checkedAt!).toISOString()).toBe(report.checkedAt);
  });

  test('invalidToken: credentials refused after exactly one request, never retried', async () => {
    const counter = countingFetch();
    const report = await check('invalidToken', { fetch: counter.fetch });
    expect(report).toEqual({ credentialsValid: false, sections: [], checkedAt: expect.any(String) });
    expect(counter.requests.map((request) => request.method)).toEqual(['GET']);
  });

  test('rateLimited: rate_limited with the seconds from Retry-After', async () => {
    const error = await rejection(check('rateLimited'));
    expect(error).toBeInstanceOf(HibobApiError);
    expect(error).toMatchObject({ code: 'rate_limited', status: 429 });
    expect((error as HibobApiError).retryAfter).toBeGreaterThanOrEqual(59);
    expect((error as HibobApiError).retryAfter).toBeLessThanOrEqual(60);
  });

  test('rateLimitedResetHeader: rate_limited with the seconds until X-RateLimit-Reset', async () => {
    const error = await rejection(check('rateLimitedResetHeader'));
    expect(error).toMatchObject({ code: 'rate_limited', status: 429 });
    expect((error as HibobApiError).retryAfter).toBeGreaterThanOrEqual(59);
    expect((error as HibobApiError).retryAfter).toBeLessThanOrEqual(61);
  });
});

describe('the two HiBob requests', () => {
  test('a valid check costs exactly two requests, shaped as HiBob expects', async () => {
    const counter = countingFetch();
    const { serviceUserId, token } = sandboxCredentials.allGranted;
    await check('allGranted', { fetch: counter.fetch });
    const [fields, search] = counter.requests;
    expect(counter.requests).toHaveLength(2);

    expect(fields!.method).toBe('GET');
    expect(fields!.url).toBe(`${emulator.url}/company/people/fields`);
    expect(fields!.headers.get('authorization')).toBe(basic(serviceUserId, token));
    expect(fields!.headers.get('content-type')).toBeNull();

    expect(search!.method).toBe('POST');
    expect(search!.url).toBe(`${emulator.url}/people/search`);
    expect(search!.headers.get('content-type')).toBe('application/json');
    const body = JSON.parse(search!.body!) as { fields: string[]; showInactive: boolean };
    expect(body.showInactive).toBe(true);
    expect(body.fields[0]).toBe('root.id');
    expect(body.fields).toContain('root.firstName');
    expect(body.fields.length).toBeLessThanOrEqual(400);
    expect(new Set(body.fields).size).toBe(body.fields.length);
  });

  test('only the requested sections, in catalog order, always with basic', async () => {
    const report = await check('lifecycleAndPersonalMissing', { sections: ['work-contact', 'lifecycle'] });
    expect(report.sections).toEqual([
      { id: 'basic', status: 'granted' },
      { id: 'lifecycle', status: 'missing' },
      { id: 'work-contact', status: 'granted' },
    ]);
  });

  test('only the requested sections are probed', async () => {
    const counter = countingFetch();
    await check('allGranted', { sections: ['work'], fetch: counter.fetch });
    const { fields } = JSON.parse(counter.requests[1]!.body!) as { fields: string[] };
    expect(fields).toContain('work.title');
    expect(fields).not.toContain('personal.birthDate');
    expect(fields).not.toContain('internal.status');
  });

  test('a trailing slash on the base URL is harmless', async () => {
    const report = await checkHibobPermissions(sandboxCredentials.allGranted, { baseUrl: `${emulator.url}/` });
    expect(report.credentialsValid).toBe(true);
  });
});

describe('moved fields and empty values', () => {
  async function search(scenario: SandboxScenario, fields: string[]) {
    const { serviceUserId, token } = sandboxCredentials[scenario];
    const response = await fetch(`${emulator.url}/people/search`, {
      method: 'POST',
      headers: { Authorization: basic(serviceUserId, token), 'Content-Type': 'application/json' },
      body: JSON.stringify({ fields, showInactive: true }),
    });
    return ((await response.json()) as { employees: Record<string, unknown>[] }).employees;
  }

  test('a Personal field moved into Identification counts for Identification, not Personal', async () => {
    // HiBob shows the moved field to a user without the Personal section: a prefix-based checker would say granted.
    const employees = await search('movedFields', ['root.id', 'personal.nationality']);
    expect(employees.some((employee) => '/personal/nationality' in employee)).toBe(true);

    const counter = countingFetch();
    const report = await check('movedFields', { sections: ['personal', 'identification'], fetch: counter.fetch });
    expect(statuses(report)).toEqual({ basic: 'granted', identification: 'granted', personal: 'missing' });
    const { fields } = JSON.parse(counter.requests[1]!.body!) as { fields: string[] };
    expect(fields).toContain('personal.nationality');
  });

  test('employees with empty sections do not hide a granted section', async () => {
    const employees = await search('allGranted', [
      'root.id',
      'personal.birthDate',
      'personal.pronouns',
      'work.workPhone',
    ]);
    const withoutPersonal = employees.filter((employee) => !('personal' in employee));
    expect(withoutPersonal.length).toBeGreaterThan(0);
    expect(employees.filter((employee) => '/work/workPhone' in employee)).toHaveLength(2);

    const report = await check('allGranted', { sections: ['personal', 'work-contact'] });
    expect(statuses(report)).toMatchObject({ personal: 'granted', 'work-contact': 'granted' });
  });
});

describe('failures', () => {
  test('an HTML page with 200 is a hibob_error, not a parse crash', async () => {
    const error = await rejection(check('allGranted', { baseUrl: `${emulator.url}/not-the-api` }));
    expect(error).toBeInstanceOf(HibobApiError);
    expect(error).toMatchObject({ code: 'hibob_error', status: 200 });
  });

  test('timeout covers the whole check', async () => {
    const started = Date.now();
    const error = await rejection(check('allGranted', { baseUrl: slowEmulator.url, timeout: 100 }));
    expect(error).toMatchObject({ code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(290);
  });

  test('two requests each under the timeout but together over it still time out', async () => {
    const error = await rejection(check('allGranted', { baseUrl: slowEmulator.url, timeout: 450 }));
    expect(error).toMatchObject({ code: 'timeout' });
  });

  test('aborting rejects with the AbortError, not a HibobApiError', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await rejection(check('allGranted', { baseUrl: slowEmulator.url, signal: controller.signal }));
    expect(error).not.toBeInstanceOf(HibobApiError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  test('an abort reason is passed through as is', async () => {
    const controller = new AbortController();
    const reason = new Error('user closed the dialog');
    setTimeout(() => controller.abort(reason), 50);
    expect(await rejection(check('allGranted', { baseUrl: slowEmulator.url, signal: controller.signal }))).toBe(reason);
  });

  test('an already aborted signal sends no request', async () => {
    const counter = countingFetch();
    const error = await rejection(check('allGranted', { signal: AbortSignal.abort(), fetch: counter.fetch }));
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(counter.requests).toHaveLength(0);
  });

  test('an unreachable HiBob is a network_error', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const error = await rejection(check('allGranted', { baseUrl: `http://127.0.0.1:${closedPort}/v1` }));
    expect(error).toMatchObject({ code: 'network_error' });
  });
});
