/** The HiBob emulator, over real HTTP, against ../shared/spec/hibob-api-facts.md. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sandboxCredentials, SEARCHES_PER_MINUTE, type SandboxScenario } from '../../src/testing/index.js';
import { startEmulatorServer, type EmulatorServer } from '../../src/testing/node.js';
import { basic } from './helpers.js';

let emulator: EmulatorServer;
beforeAll(async () => {
  emulator = await startEmulatorServer();
});
afterAll(() => emulator.close());

const auth = (scenario: SandboxScenario) => {
  const { serviceUserId, token } = sandboxCredentials[scenario];
  return basic(serviceUserId, token);
};

type Employee = Record<string, unknown>;
function search(scenario: SandboxScenario, body: unknown) {
  return fetch(`${emulator.url}/people/search`, {
    method: 'POST',
    headers: { Authorization: auth(scenario), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}
async function employees(scenario: SandboxScenario, body: unknown): Promise<Employee[]> {
  const response = await search(scenario, body);
  expect(response.status).toBe(200);
  return ((await response.json()) as { employees: Employee[] }).employees;
}

describe('sandbox credentials', () => {
  test('IDs look like SERVICE-<digits>, tokens 40 ASCII letters and digits, each with a description', () => {
    for (const { serviceUserId, token, description } of Object.values(sandboxCredentials)) {
      expect(serviceUserId).toMatch(/^SERVICE-\d+$/);
      expect(token).toMatch(/^[A-Za-z0-9]{40}$/);
      expect(description).toMatch(/^[A-Z].{10,}\.$/);
    }
  });
});

describe('GET /company/people/fields', () => {
  test('any valid service user gets the metadata, with categoryId, whatever its permissions', async () => {
    const response = await fetch(`${emulator.url}/company/people/fields`, {
      headers: { Authorization: auth('onlyBasic') },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const fields = (await response.json()) as Record<string, unknown>[];
    expect(fields.length).toBeGreaterThanOrEqual(40);
    for (const field of fields) {
      expect(field).toMatchObject({
        id: expect.any(String),
        categoryId: expect.any(String),
        jsonPath: expect.any(String),
      });
    }
    expect(fields.find((field) => field.id === 'work.title')).toMatchObject({ categoryId: 'work', historical: true });
    // moved by the tenant admin: keeps its id, lives in another category
    expect(fields.find((field) => field.id === 'personal.nationality')).toMatchObject({ categoryId: 'identification' });
  });

  test.each([
    ['a wrong token', auth('invalidToken')],
    ['an unknown ID', basic('SERVICE-1', sandboxCredentials.allGranted.token)],
    ['no Authorization', undefined],
  ])('401 with errorMessage for %s', async (_, authorization) => {
    const response = await fetch(`${emulator.url}/company/people/fields`, {
      headers: authorization ? { Authorization: authorization } : {},
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ errorMessage: expect.any(String) });
  });

  test('a GET carrying Content-Type: application/json gets 400 HTML, as observed', async () => {
    const response = await fetch(`${emulator.url}/company/people/fields`, {
      headers: { Authorization: auth('allGranted'), 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });
});

describe('POST /people/search', () => {
  test('slash keys with {value} plus nested values; 19-digit ids', async () => {
    const [jane] = await employees('allGranted', {
      fields: ['root.id', 'root.displayName', 'work.title', 'payroll.employment.type'],
      filters: [{ fieldPath: 'root.id', operator: 'equals', values: ['3332883884017713938'] }],
    });
    expect(jane).toEqual({
      '/root/id': { value: '3332883884017713938' },
      '/root/displayName': { value: 'Jane Doe' },
      '/work/title': { value: 'Head of People' },
      '/payroll/employment/type': { value: 'Contractor' },
      id: '3332883884017713938',
      displayName: 'Jane Doe',
      work: { title: 'Head of People' },
      payroll: { employment: { type: 'Contractor' } },
    });
  });

  test('fields the permission group cannot see are silently omitted, with 200', async () => {
    const people = await employees('onlyBasic', {
      fields: ['root.id', 'root.firstName', 'work.title'],
      showInactive: true,
    });
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) {
      expect(person['/root/firstName']).toBeDefined();
      expect(person).not.toHaveProperty('/work/title');
      expect(person).not.toHaveProperty('work');
    }
  });

  test('null values are omitted', async () => {
    const people = await employees('allGranted', {
      fields: ['root.id', 'work.workPhone', 'root.avatarUrl'],
      showInactive: true,
    });
    expect(people.filter((person) => '/work/workPhone' in person)).toHaveLength(2);
    expect(people.every((person) => !('/root/avatarUrl' in person) && !('avatarUrl' in person))).toBe(true);
  });

  test('showInactive defaults to false: Hired (future start) and Terminated are left out', async () => {
    const body = { fields: ['root.id', 'internal.lifecycleStatus'] };
    const active = await employees('allGranted', body);
    const all = await employees('allGranted', { ...body, showInactive: true });
    expect(active.map((person) => person['/internal/lifecycleStatus'])).toEqual(Array(6).fill({ value: 'employed' }));
    expect(all).toHaveLength(9);
    for (const person of all) expect(person.id).toMatch(/^\d{19}$/);
  });

  test('the lifecycle-status condition decides whose data is visible', async () => {
    expect(await employees('noEmployees', { fields: ['root.id'], showInactive: true })).toEqual([]);
    expect(await employees('fewEmployees', { fields: ['root.id'], showInactive: true })).toHaveLength(2);
  });

  test('filters by root.email equals', async () => {
    const people = await employees('allGranted', {
      fields: ['root.id', 'root.email'],
      filters: [{ fieldPath: 'root.email', operator: 'equals', values: ['mei.chen@acme.example'] }],
    });
    expect(people).toEqual([expect.objectContaining({ email: 'mei.chen@acme.example' })]);
  });

  test.each([
    ['more than 400 fields', { fields: Array.from({ length: 401 }, () => 'root.id') }],
    ['fields not an array', { fields: 'root.id' }],
    [
      'a filter on another field',
      { fields: ['root.id'], filters: [{ fieldPath: 'work.title', operator: 'equals', values: ['x'] }] },
    ],
    [
      'an operator other than equals',
      { fields: ['root.id'], filters: [{ fieldPath: 'root.id', operator: 'contains', values: ['1'] }] },
    ],
    [
      'two filters',
      { fields: ['root.id'], filters: [1, 2].map(() => ({ fieldPath: 'root.id', operator: 'equals', values: [] })) },
    ],
    ['a bad humanReadable', { fields: ['root.id'], humanReadable: 'YES' }],
  ])('400 for %s', async (_, body) => {
    const response = await search('allGranted', body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errorMessage: expect.any(String) });
  });

  test('every answer carries the rate-limit headers', async () => {
    const response = await search('movedFields', { fields: ['root.id'] });
    expect(response.headers.get('x-ratelimit-limit')).toBe(String(SEARCHES_PER_MINUTE));
    expect(Number(response.headers.get('x-ratelimit-remaining'))).toBeLessThan(SEARCHES_PER_MINUTE);
    expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });
});

describe('rate limits', () => {
  test('rateLimited: 429 with X-RateLimit-* and Retry-After', async () => {
    const response = await search('rateLimited', { fields: ['root.id'] });
    expect(response.status).toBe(429);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });

  test('rateLimitedResetHeader: 429 without Retry-After', async () => {
    const response = await search('rateLimitedResetHeader', { fields: ['root.id'] });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(response.headers.get('x-ratelimit-reset')).toMatch(/^\d{10}$/);
  });

  test(`${SEARCHES_PER_MINUTE} searches per minute per service user, counted separately`, async () => {
    const own = await startEmulatorServer();
    try {
      const send = (scenario: SandboxScenario) =>
        fetch(`${own.url}/people/search`, {
          method: 'POST',
          headers: { Authorization: auth(scenario), 'Content-Type': 'application/json' },
          body: '{"fields":["root.id"]}',
        });
      const answers = await Promise.all(Array.from({ length: SEARCHES_PER_MINUTE }, () => send('allGranted')));
      expect(answers.every((answer) => answer.status === 200)).toBe(true);
      expect((await send('allGranted')).status).toBe(429);
      expect((await send('onlyBasic')).status).toBe(200);
    } finally {
      await own.close();
    }
  });
});

test('an unknown path under the base URL answers 200 text/html', async () => {
  const response = await fetch(`${emulator.url}/people/nobody/here`, {
    headers: { Authorization: auth('allGranted') },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
});
