/** hostApiHandlers, and the emulator mounted the way hosts use it in their own tests (msw/node). */
import { getResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkHibobPermissions } from '../../src/server/index.js';
import {
  handlersFetch,
  hibobApiHandlers,
  hostApiHandlers,
  sandboxCredentials,
  type SandboxScenario,
} from '../../src/testing/index.js';
import { expectAll, postJson, statuses } from './helpers.js';

const ORIGIN = 'https://host.example';

describe('hostApiHandlers', () => {
  const handlers = hostApiHandlers({ checkUrl: `${ORIGIN}/api/hibob/check`, submitUrl: `${ORIGIN}/api/hibob/link` });
  const post = async (path: string, scenario: SandboxScenario) => {
    const { serviceUserId, token } = sandboxCredentials[scenario];
    return (await getResponse(handlers, postJson(`${ORIGIN}${path}`, { serviceUserId, token })))!;
  };

  test('check-url answers the emulator’s report', async () => {
    const response = await post('/api/hibob/check', 'lifecycleAndPersonalMissing');
    expect(response.status).toBe(200);
    expect(statuses(await response.json())).toEqual(
      expectAll('granted', { lifecycle: 'missing', personal: 'missing' }),
    );
  });

  test('submit-url links after checking', async () => {
    const response = await post('/api/hibob/link', 'onlyBasic');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ linked: true, serviceUserId: sandboxCredentials.onlyBasic.serviceUserId });
  });

  test('submit-url refuses a token HiBob rejects, and passes the rate limit on', async () => {
    expect((await post('/api/hibob/link', 'invalidToken')).status).toBe(401);
    const limited = await post('/api/hibob/link', 'rateLimited');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  test('other methods get 405 from the handlers themselves', async () => {
    const response = await getResponse(handlers, new Request(`${ORIGIN}/api/hibob/check`));
    expect(response?.status).toBe(405);
  });

  test('the emulated HiBob latency applies', async () => {
    const slow = hostApiHandlers({ checkUrl: `${ORIGIN}/check`, latency: 60 });
    const started = Date.now();
    const { serviceUserId, token } = sandboxCredentials.allGranted;
    await getResponse(slow, postJson(`${ORIGIN}/check`, { serviceUserId, token }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });
});

describe('handlersFetch', () => {
  const emulatorFetch = handlersFetch(hibobApiHandlers());

  test('answers in memory; a URL no handler serves fails like a network error', async () => {
    await expect(emulatorFetch('https://elsewhere.example/')).rejects.toThrow(TypeError);
  });

  test('honours abort', async () => {
    const slowFetch = handlersFetch(hibobApiHandlers({ latency: 1000 }));
    const request = slowFetch('https://api.hibob.com/v1/company/people/fields', { signal: AbortSignal.timeout(20) });
    await expect(request).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});

describe('hibobApiHandlers under msw/node, at the default base URL', () => {
  const server = setupServer(...hibobApiHandlers());
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  test('checkHibobPermissions with no baseUrl talks to the emulator', async () => {
    const report = await checkHibobPermissions(sandboxCredentials.onlyBasic);
    expect(statuses(report)).toEqual(expectAll('missing', { basic: 'granted' }));
  });

  test('the sandbox base URL is emulated too when asked for', async () => {
    server.use(...hibobApiHandlers({ baseUrl: 'https://api.sandbox.hibob.com/v1' }));
    const report = await checkHibobPermissions(sandboxCredentials.noEmployees, {
      baseUrl: 'https://api.sandbox.hibob.com/v1',
    });
    expect(statuses(report)).toEqual(expectAll('unknown'));
  });
});

test('the default relative URLs match on any origin, also under Node', async () => {
  const { serviceUserId, token } = sandboxCredentials.allGranted;
  const handlers = hostApiHandlers();
  const check = await getResponse(
    handlers,
    postJson('http://localhost:5173/api/hibob/check', { serviceUserId, token }),
  );
  expect(check?.status).toBe(200);
  const link = await getResponse(handlers, postJson('http://127.0.0.1:8080/api/hibob/link', { serviceUserId, token }));
  expect(await link?.json()).toEqual({ linked: true, serviceUserId });
  expect(await getResponse(handlers, postJson('http://localhost/api/hibob/check/more', {}))).toBeUndefined();
});
