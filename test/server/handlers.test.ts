/** createCheckHandler / createSubmitHandler: request limits, error bodies, and the check-then-link flow. */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { HibobCredentials } from '../../src/core/types.js';
import { createCheckHandler, createSubmitHandler, MAX_BODY_BYTES } from '../../src/server/index.js';
import { sandboxCredentials, type SandboxScenario } from '../../src/testing/index.js';
import { startEmulatorServer, type EmulatorServer } from '../../src/testing/node.js';
import { expectAll, postJson } from './helpers.js';

const URL = 'https://host.example/api/hibob/check';
let emulator: EmulatorServer;
let slowEmulator: EmulatorServer;
beforeAll(async () => {
  [emulator, slowEmulator] = await Promise.all([startEmulatorServer(), startEmulatorServer({ latency: 200 })]);
});
afterAll(() => Promise.all([emulator.close(), slowEmulator.close()]));

const checkHandler = () => createCheckHandler({ baseUrl: emulator.url });
const credentialsOf = (scenario: SandboxScenario): HibobCredentials => {
  const { serviceUserId, token } = sandboxCredentials[scenario];
  return { serviceUserId, token };
};

async function expectJson(response: Response, status: number, body: unknown) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(await response.json()).toEqual(body);
}

describe('request limits', () => {
  test.each(['GET', 'PUT', 'DELETE', 'OPTIONS'])('405 with Allow: POST for %s', async (method) => {
    const response = await checkHandler()(new Request(URL, { method }));
    expect(response.headers.get('allow')).toBe('POST');
    await expectJson(response, 405, { error: 'method_not_allowed', message: expect.any(String) });
  });

  test.each([['text/plain'], ['application/x-www-form-urlencoded'], [null]])(
    '415 for Content-Type %s',
    async (type) => {
      const request = new Request(URL, { method: 'POST', body: '{}', headers: type ? { 'Content-Type': type } : {} });
      if (!type) request.headers.delete('content-type');
      await expectJson(await checkHandler()(request), 415, {
        error: 'unsupported_media_type',
        message: expect.any(String),
      });
    },
  );

  test('application/json with a charset is accepted', async () => {
    const request = postJson(URL, credentialsOf('allGranted'), {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    expect((await checkHandler()(request)).status).toBe(200);
  });

  test('413 from the declared Content-Length, before reading', async () => {
    const request = postJson(URL, '{}', {
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(MAX_BODY_BYTES + 1) },
    });
    await expectJson(await checkHandler()(request), 413, { error: 'payload_too_large', message: expect.any(String) });
    expect(request.bodyUsed).toBe(false);
  });

  test('413 from the streamed bytes when no Content-Length is sent, without reading it all', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1024;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
    });
    const request = new Request(URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    await expectJson(await checkHandler()(request), 413, { error: 'payload_too_large', message: expect.any(String) });
    expect(pulled).toBeLessThan(MAX_BODY_BYTES * 2);
  });

  test('a body of exactly 8 KiB is read', async () => {
    const json = JSON.stringify(credentialsOf('allGranted'));
    const request = postJson(URL, json.slice(0, -1) + ' '.repeat(MAX_BODY_BYTES - json.length) + '}');
    expect((await checkHandler()(request)).status).toBe(200);
  });

  test.each([['{"serviceUserId": '], [''], ['\u00ff{}']])('400 for invalid JSON %j', async (text) => {
    await expectJson(await checkHandler()(postJson(URL, text)), 400, {
      error: 'invalid_body',
      message: expect.any(String),
    });
  });

  test.each([['[]'], ['"SERVICE-1:abc"'], ['null']])('400 for a body that is not an object: %s', async (text) => {
    await expectJson(await checkHandler()(postJson(URL, text)), 400, {
      error: 'invalid_body',
      message: expect.any(String),
    });
  });

  const valid = credentialsOf('allGranted');
  test.each([
    ['serviceUserId', 'missing', { token: valid.token }],
    ['serviceUserId', 'empty', { ...valid, serviceUserId: '' }],
    ['serviceUserId', 'not a string', { ...valid, serviceUserId: 4101 }],
    ['serviceUserId', 'with a colon', { ...valid, serviceUserId: 'SERVICE:4101' }],
    ['serviceUserId', 'with inner whitespace', { ...valid, serviceUserId: 'SERVICE 4101' }],
    ['serviceUserId', 'padded', { ...valid, serviceUserId: ' SERVICE-4101' }],
    ['serviceUserId', 'too long', { ...valid, serviceUserId: `SERVICE-${'1'.repeat(57)}` }],
    ['token', 'missing', { serviceUserId: valid.serviceUserId }],
    ['token', 'empty', { ...valid, token: '' }],
    ['token', 'with a tab', { ...valid, token: `${valid.token}\t` }],
    ['token', 'with a control character', { ...valid, token: `${valid.token}\u0000` }],
    ['token', 'non-ASCII', { ...valid, token: `${valid.token}é` }],
    ['token', 'too long', { ...valid, token: 'a'.repeat(257) }],
  ])('400 naming %s when it is %s', async (field, _, body) => {
    const response = await checkHandler()(postJson(URL, body));
    await expectJson(response, 400, { error: 'invalid_body', field, message: expect.any(String) });
  });

  test('the longest allowed values pass validation', async () => {
    const response = await checkHandler()(
      postJson(URL, { serviceUserId: `SERVICE-${'1'.repeat(56)}`, token: 'a'.repeat(256) }),
    );
    await expectJson(response, 200, { credentialsValid: false, sections: [], checkedAt: expect.any(String) });
  });
});

describe('createCheckHandler', () => {
  test('answers the report', async () => {
    const response = await checkHandler()(postJson(URL, credentialsOf('lifecycleAndPersonalMissing')));
    const body = { credentialsValid: true, checkedAt: expect.any(String), sections: expect.any(Array) };
    await expectJson(response.clone(), 200, body);
    const report = (await response.json()) as { sections: { id: string; status: string }[] };
    expect(Object.fromEntries(report.sections.map(({ id, status }) => [id, status]))).toEqual(
      expectAll('granted', { lifecycle: 'missing', personal: 'missing' }),
    );
  });

  test('refused credentials are a 200 report with credentialsValid false', async () => {
    const response = await checkHandler()(postJson(URL, credentialsOf('invalidToken')));
    await expectJson(response, 200, { credentialsValid: false, sections: [], checkedAt: expect.any(String) });
  });

  test('checks only the configured sections', async () => {
    const handler = createCheckHandler({ baseUrl: emulator.url, sections: ['work'] });
    const report = (await (await handler(postJson(URL, credentialsOf('onlyBasic')))).json()) as unknown;
    expect(report).toMatchObject({
      sections: [
        { id: 'basic', status: 'granted' },
        { id: 'work', status: 'missing' },
      ],
    });
  });

  test('rate limit → 429 with Retry-After', async () => {
    const response = await checkHandler()(postJson(URL, credentialsOf('rateLimited')));
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    await expectJson(response, 429, { code: 'rate_limited', message: expect.any(String), retryAfter });
  });

  test('timeout → 504', async () => {
    const handler = createCheckHandler({ baseUrl: slowEmulator.url, timeout: 50 });
    await expectJson(await handler(postJson(URL, credentialsOf('allGranted'))), 504, {
      code: 'timeout',
      message: expect.any(String),
    });
  });

  test('network failure → 502 network_error', async () => {
    const handler = createCheckHandler({ fetch: () => Promise.reject(new TypeError('fetch failed')) });
    await expectJson(await handler(postJson(URL, credentialsOf('allGranted'))), 502, {
      code: 'network_error',
      message: expect.any(String),
    });
  });

  test('an unexpected HiBob answer → 502 host_error', async () => {
    const handler = createCheckHandler({ baseUrl: `${emulator.url}/wrong` });
    await expectJson(await handler(postJson(URL, credentialsOf('allGranted'))), 502, {
      code: 'host_error',
      message: expect.any(String),
    });
  });
});

describe('createSubmitHandler', () => {
  const submit = (options: Partial<Parameters<typeof createSubmitHandler>[0]> = {}) => {
    const onLink = vi.fn(options.onLink ?? (({ serviceUserId }: HibobCredentials) => ({ linked: serviceUserId })));
    return { onLink, handler: createSubmitHandler({ baseUrl: emulator.url, ...options, onLink }) };
  };

  test('without check: hands the credentials to onLink and answers its result', async () => {
    const { handler, onLink } = submit();
    const response = await handler(postJson(URL, credentialsOf('invalidToken')));
    await expectJson(response, 200, { linked: 'SERVICE-4101' });
    expect(onLink).toHaveBeenCalledWith(credentialsOf('invalidToken'), {
      report: undefined,
      signal: expect.any(AbortSignal),
    });
  });

  test('an onLink without a result answers null', async () => {
    const { handler } = submit({ onLink: async () => undefined });
    await expectJson(await handler(postJson(URL, credentialsOf('allGranted'))), 200, null);
  });

  test('with check: onLink receives the report', async () => {
    const { handler, onLink } = submit({ check: true });
    expect((await handler(postJson(URL, credentialsOf('lifecycleAndPersonalMissing')))).status).toBe(200);
    const { report } = onLink.mock.calls[0]![1];
    expect(report).toMatchObject({
      credentialsValid: true,
      sections: expect.arrayContaining([{ id: 'lifecycle', status: 'missing' }]),
    });
  });

  test('with check: refused credentials → 401 invalid_credentials, onLink not called', async () => {
    const { handler, onLink } = submit({ check: true });
    await expectJson(await handler(postJson(URL, credentialsOf('invalidToken'))), 401, {
      code: 'invalid_credentials',
      message: expect.any(String),
    });
    expect(onLink).not.toHaveBeenCalled();
  });

  test('with check: a missing required section → 422 with the report', async () => {
    const { handler, onLink } = submit({ check: true, requiredSections: ['work'] });
    const response = await handler(postJson(URL, credentialsOf('onlyBasic')));
    await expectJson(response, 422, {
      code: 'missing_permissions',
      message: expect.any(String),
      missing: ['work'],
      report: expect.objectContaining({ credentialsValid: true }),
    });
    expect(onLink).not.toHaveBeenCalled();
  });

  test('with check: unknown required sections do not block (no employees visible)', async () => {
    const { handler } = submit({ check: true, requiredSections: ['work'] });
    expect((await handler(postJson(URL, credentialsOf('noEmployees')))).status).toBe(200);
  });

  test('with check: rate limit → 429', async () => {
    const { handler, onLink } = submit({ check: true });
    expect((await handler(postJson(URL, credentialsOf('rateLimited')))).status).toBe(429);
    expect(onLink).not.toHaveBeenCalled();
  });

  test('onLink failing → 500 host_error with a fixed message', async () => {
    const { handler } = submit({
      onLink: () => {
        throw new Error('database said no');
      },
    });
    await expectJson(await handler(postJson(URL, credentialsOf('allGranted'))), 500, {
      code: 'host_error',
      message: 'Linking failed',
    });
  });

  test('a result that is not JSON-serialisable → 500 host_error', async () => {
    const { handler } = submit({ onLink: () => ({ big: 1n }) });
    expect((await handler(postJson(URL, credentialsOf('allGranted')))).status).toBe(500);
  });

  test('needs an onLink function', () => {
    expect(() => createSubmitHandler({} as Parameters<typeof createSubmitHandler>[0])).toThrow(TypeError);
  });
});
