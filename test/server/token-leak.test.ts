/**
 * Grep-style guarantee: a sentinel token never appears in any response status line, header or body the handlers
 * produce, on any path, nor in the checker's errors, and nothing reaches console.*.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import {
  checkHibobPermissions,
  createCheckHandler,
  createSubmitHandler,
  MAX_BODY_BYTES,
  type CheckOptions,
} from '../../src/server/index.js';
import { sandboxCredentials, type SandboxScenario } from '../../src/testing/index.js';
import { startEmulatorServer, type EmulatorServer } from '../../src/testing/node.js';
import { basic, postJson } from './helpers.js';

const SENTINEL = `LeakCanary${Math.random().toString(36).slice(2).padEnd(30, 'x').slice(0, 30)}`;
const URL = 'https://host.example/api/hibob';
const UNKNOWN_ID = 'SERVICE-999';

/** Every form the token could leak in. */
const forms = (serviceUserId: string) => [
  SENTINEL,
  btoa(SENTINEL),
  basic(serviceUserId, SENTINEL).slice('Basic '.length),
];

let emulator: EmulatorServer;
let slowEmulator: EmulatorServer;
beforeAll(async () => {
  [emulator, slowEmulator] = await Promise.all([startEmulatorServer(), startEmulatorServer({ latency: 200 })]);
});
afterAll(() => Promise.all([emulator.close(), slowEmulator.close()]));

/** Sends the sentinel as a sandbox user's token: swaps in the real token on the way to the emulator. */
const swappingFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  for (const { serviceUserId, token } of Object.values(sandboxCredentials)) {
    if (headers.get('authorization') === basic(serviceUserId, SENTINEL)) {
      headers.set('authorization', basic(serviceUserId, token));
    }
  }
  return fetch(input, { ...init, headers });
};
const idOf = (scenario: SandboxScenario) => sandboxCredentials[scenario].serviceUserId;
const body = (serviceUserId: string, token = SENTINEL) => ({ serviceUserId, token });

let consoleSpies: MockInstance[] = [];
beforeEach(() => {
  consoleSpies = (Object.keys(console) as (keyof Console)[])
    .filter((method) => typeof console[method] === 'function')
    .map((method) => vi.spyOn(console, method as 'log').mockImplementation(() => {}));
});
afterEach(() => {
  for (const spy of consoleSpies) expect(spy, 'console must stay silent').not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

async function expectNoToken(response: Response, serviceUserId: string, status: number) {
  expect(response.status).toBe(status);
  const text = [response.statusText, ...[...response.headers].flat(), await response.text()].join('\n');
  for (const form of forms(serviceUserId)) expect(text).not.toContain(form);
}

const options = (overrides: CheckOptions = {}): CheckOptions => ({
  baseUrl: emulator.url,
  fetch: swappingFetch,
  ...overrides,
});

describe('check handler', () => {
  // Options are thunks: the emulators only exist once the tests run.
  const paths: [string, number, () => Request, (() => CheckOptions)?][] = [
    ['report', 200, () => postJson(URL, body(idOf('allGranted')))],
    ['refused credentials', 200, () => postJson(URL, body(UNKNOWN_ID))],
    ['rate limited', 429, () => postJson(URL, body(idOf('rateLimited')))],
    ['timeout', 504, () => postJson(URL, body(idOf('allGranted'))), () => ({ baseUrl: slowEmulator.url, timeout: 50 })],
    [
      'unexpected answer',
      502,
      () => postJson(URL, body(idOf('allGranted'))),
      () => ({ baseUrl: `${emulator.url}/wrong` }),
    ],
    [
      'network failure quoting the Authorization header',
      502,
      () => postJson(URL, body(idOf('allGranted'))),
      () => ({
        fetch: (_, init) => Promise.reject(new TypeError(`failed: ${new Headers(init?.headers).get('authorization')}`)),
      }),
    ],
    ['wrong method', 405, () => new Request(`${URL}?token=${SENTINEL}`, { method: 'GET' })],
    [
      'wrong type',
      415,
      () => postJson(URL, JSON.stringify(body(UNKNOWN_ID)), { headers: { 'Content-Type': 'text/plain' } }),
    ],
    ['too large', 413, () => postJson(URL, { ...body(UNKNOWN_ID), pad: SENTINEL.repeat(MAX_BODY_BYTES / 40) })],
    ['invalid JSON', 400, () => postJson(URL, `{"serviceUserId":"${UNKNOWN_ID}","token":"${SENTINEL}"`)],
    ['invalid ID', 400, () => postJson(URL, body('SERVICE 1'))],
    ['token with a space', 400, () => postJson(URL, body(UNKNOWN_ID, `${SENTINEL} x`))],
    ['token too long', 400, () => postJson(URL, body(UNKNOWN_ID, SENTINEL.repeat(7)))],
    ['token in the ID field', 400, () => postJson(URL, body(`${SENTINEL}:`))],
  ];

  test.each(paths)('%s', async (_, status, request, overrides) => {
    const response = await createCheckHandler(options(overrides?.()))(request());
    await expectNoToken(response, idOf('allGranted'), status);
  });
});

describe('submit handler', () => {
  const paths: [string, number, SandboxScenario | typeof UNKNOWN_ID, (() => unknown)?][] = [
    ['linked', 200, 'allGranted'],
    ['refused credentials', 401, UNKNOWN_ID],
    ['missing required section', 422, 'lifecycleAndPersonalMissing'],
    ['rate limited', 429, 'rateLimited'],
    [
      'onLink throwing an error quoting the token',
      500,
      'allGranted',
      () => {
        throw new Error(`could not store ${SENTINEL}`);
      },
    ],
  ];

  test.each(paths)('%s', async (_, status, who, onLink = () => ({ linked: true })) => {
    const serviceUserId = who === UNKNOWN_ID ? UNKNOWN_ID : idOf(who);
    const handler = createSubmitHandler({ ...options(), check: true, requiredSections: ['personal'], onLink });
    await expectNoToken(await handler(postJson(URL, body(serviceUserId))), serviceUserId, status);
  });
});

describe('checker errors', () => {
  const cases: [string, CheckOptions][] = [
    ['rate_limited', {}],
    ['timeout', { timeout: 20, fetch: () => new Promise(() => {}) }],
    ['hibob_error', { fetch: async () => new Response('<html>', { headers: { 'Content-Type': 'text/html' } }) }],
    ['network_error', { fetch: () => Promise.reject(new TypeError('fetch failed')) }],
  ];

  test.each(cases)('%s carries no token', async (code, overrides) => {
    const serviceUserId = idOf('rateLimited');
    const error = (await checkHibobPermissions(body(serviceUserId), {
      ...options(),
      ...overrides,
    }).catch((caught: unknown) => caught)) as Error;
    expect(error).toMatchObject({ code });
    const text = [String(error), error.message, error.stack, JSON.stringify(error)].join('\n');
    for (const form of forms(serviceUserId)) expect(text).not.toContain(form);
  });
});

test('the sentinel reaches the emulator as the real token, so the success paths are genuine', async () => {
  const response = await createCheckHandler(options())(postJson(URL, body(idOf('allGranted'))));
  expect(await response.json()).toMatchObject({ credentialsValid: true });
});

describe('submit handler: the paths the check-first table above does not reach', () => {
  const paths: [string, number, () => Request, (() => CheckOptions)?][] = [
    ['wrong method', 405, () => new Request(`${URL}?token=${SENTINEL}`, { method: 'PUT', body: SENTINEL })],
    [
      'wrong type',
      415,
      () => postJson(URL, JSON.stringify(body(UNKNOWN_ID)), { headers: { 'Content-Type': 'text/plain' } }),
    ],
    ['too large', 413, () => postJson(URL, { ...body(UNKNOWN_ID), pad: SENTINEL.repeat(MAX_BODY_BYTES / 40) })],
    ['invalid JSON', 400, () => postJson(URL, `{"serviceUserId":"${UNKNOWN_ID}","token":"${SENTINEL}"`)],
    ['token with a space', 400, () => postJson(URL, body(UNKNOWN_ID, `${SENTINEL} x`))],
    ['token in the ID field', 400, () => postJson(URL, body(`${SENTINEL}:`))],
    [
      'HiBob timeout',
      504,
      () => postJson(URL, body(idOf('allGranted'))),
      () => ({ baseUrl: slowEmulator.url, timeout: 50 }),
    ],
    [
      'HiBob unreachable, error quoting the Authorization header',
      502,
      () => postJson(URL, body(idOf('allGranted'))),
      () => ({
        fetch: (_, init) => Promise.reject(new TypeError(`failed: ${new Headers(init?.headers).get('authorization')}`)),
      }),
    ],
  ];

  test.each(paths)('%s', async (_, status, request, overrides) => {
    const handler = createSubmitHandler({ ...options(overrides?.()), check: true, onLink: () => ({ linked: true }) });
    await expectNoToken(await handler(request()), idOf('allGranted'), status);
  });
});

test('the Node listener answers a fixed 500 when a handler throws an error quoting the token, and logs nothing', async () => {
  const { toNodeListener } = await import('../../src/server/node.js');
  const { createServer } = await import('node:http');
  const server = createServer(
    toNodeListener(async () => {
      throw new Error(`storage failed for ${SENTINEL}`);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as import('node:net').AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/api/hibob/link`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body(idOf('allGranted'))),
    });
    await expectNoToken(response, idOf('allGranted'), 500);
  } finally {
    server.close();
  }
});
