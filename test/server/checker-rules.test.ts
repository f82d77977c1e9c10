/** The checker's decision rule and error mapping, against a fake HiBob for answers the emulator never gives. */
import { describe, expect, test } from 'vitest';
import type { SectionId } from '../../src/core/types.js';
import { checkHibobPermissions, HibobApiError } from '../../src/server/index.js';
import { basicAuthorization, retryAfterSeconds } from '../../src/server/hibob-api.js';
import { FIELDS_PER_SECTION, MIN_EMPLOYEES_FOR_MISSING, planProbe } from '../../src/server/probe.js';
import { DEFAULT_METADATA, employeeIds, fakeHibob, statuses } from './helpers.js';

const credentials = { serviceUserId: 'SERVICE-202', token: 'Qe8q89RwbzeS7mmhMcAsN1crM73m6MdbjewGCCUY' };
const searchAnswer = (employees: object[]) => () => Response.json({ employees });
const checkWith = (answers: Parameters<typeof fakeHibob>[0], sections: SectionId[] = ['work', 'personal']) =>
  checkHibobPermissions(credentials, { sections, fetch: fakeHibob(answers) });

describe('granted / missing / unknown', () => {
  test('one employee showing one field grants the section; a slash key alone is enough', async () => {
    const employees = employeeIds(8);
    employees[7] = { ...employees[7]!, '/personal/pronouns': { value: 'They/them' } } as (typeof employees)[number];
    const report = await checkWith({ search: searchAnswer(employees) });
    expect(statuses(report)).toMatchObject({ personal: 'granted' });
  });

  test('a nested value alone is enough too; a null value is not', async () => {
    const [nested, nulled] = employeeIds(2);
    const report = await checkWith({
      search: searchAnswer([
        { ...nested, personal: { honorific: 'Dr' } },
        { ...nulled, '/work/title': { value: null }, work: { title: null } },
      ]),
    });
    expect(statuses(report)).toMatchObject({ personal: 'granted', work: 'missing' });
  });

  test(`optional fields empty on fewer than ${MIN_EMPLOYEES_FOR_MISSING} employees is unknown, on ${MIN_EMPLOYEES_FOR_MISSING} missing`, async () => {
    const few = await checkWith({ search: searchAnswer(employeeIds(MIN_EMPLOYEES_FOR_MISSING - 1)) });
    expect(statuses(few)).toMatchObject({ personal: 'unknown' });
    const enough = await checkWith({ search: searchAnswer(employeeIds(MIN_EMPLOYEES_FOR_MISSING)) });
    expect(statuses(enough)).toMatchObject({ personal: 'missing' });
  });

  test('a field HiBob sets for everyone (start date, first name) missing on one employee is proof', async () => {
    const report = await checkWith({ search: searchAnswer(employeeIds(1)) });
    expect(statuses(report)).toEqual({ basic: 'missing', personal: 'unknown', work: 'missing' });
  });

  test('no employees: every section unknown', async () => {
    const report = await checkWith({ search: searchAnswer([]) }, ['work', 'personal', 'history']);
    expect(report.credentialsValid).toBe(true);
    expect(statuses(report)).toEqual({ basic: 'unknown', history: 'unknown', personal: 'unknown', work: 'unknown' });
  });

  test('history is always unknown', async () => {
    const report = await checkWith({ search: searchAnswer(employeeIds(9)) }, ['history']);
    expect(statuses(report)).toEqual({ basic: 'missing', history: 'unknown' });
  });
});

describe('probe planning', () => {
  const metadata = [
    { id: 'root.id', categoryId: 'root' },
    { id: 'root.firstName', categoryId: 'root', jsonPath: 'firstName' },
    { id: 'personal.nationality', categoryId: 'identification', jsonPath: 'personal.nationality' },
    { id: 'about.hobbies', categoryId: 'personal', jsonPath: 'about.hobbies' },
    ...Array.from({ length: 30 }, (_, index) => ({ id: `work.custom${index}`, categoryId: 'work' })),
    { id: 'work.startDate', categoryId: 'work' },
  ];
  const probe = planProbe(metadata, ['basic', 'personal', 'identification', 'work']);
  const idsOf = (section: 'basic' | 'personal' | 'identification' | 'work') =>
    probe.bySection.get(section)!.map((field) => field.id);

  test('fields are assigned by categoryId, not by id prefix', () => {
    expect(idsOf('identification')).toContain('personal.nationality');
    expect(idsOf('personal')).toEqual(['about.hobbies']);
  });

  test('a section whose tenant category is empty falls back to catalog probes the tenant does not list', () => {
    const fallback = planProbe([{ id: 'root.firstName', categoryId: 'root' }], ['lifecycle']);
    expect(fallback.bySection.get('lifecycle')!.map((field) => field.id)).toEqual([
      'internal.lifecycleStatus',
      'internal.status',
      'internal.terminationDate',
    ]);
  });

  test(`root.id first, never evidence; at most ${FIELDS_PER_SECTION} per section, always-set fields first`, () => {
    expect(probe.fields[0]).toBe('root.id');
    expect(idsOf('basic')).toEqual(['root.firstName']);
    expect(idsOf('work')).toHaveLength(FIELDS_PER_SECTION);
    expect(idsOf('work')[0]).toBe('work.startDate');
    expect(probe.fields.length).toBeLessThanOrEqual(400);
  });
});

describe('HiBob answers', () => {
  test('Basic auth matches HiBob’s documented example and survives non-Latin-1 input', () => {
    expect(basicAuthorization(credentials)).toBe(
      'Basic U0VSVklDRS0yMDI6UWU4cTg5UndiemVTN21taE1jQXNOMWNyTTczbTZNZGJqZXdHQ0NVWQ==',
    );
    expect(basicAuthorization({ serviceUserId: 'SERVICE-1', token: 'tökén✓' })).toBe(
      `Basic ${Buffer.from('SERVICE-1:tökén✓').toString('base64')}`,
    );
  });

  test('403 counts as refused credentials', async () => {
    const report = await checkWith({ fields: () => new Response('', { status: 403 }) });
    expect(report).toMatchObject({ credentialsValid: false, sections: [] });
  });

  test('a 401 on the search (token refreshed in between) is refused credentials too', async () => {
    const report = await checkWith({ search: () => Response.json({}, { status: 401 }) });
    expect(report).toMatchObject({ credentialsValid: false, sections: [] });
  });

  test.each([
    ['malformed JSON', () => new Response('{"employees": [', { headers: { 'Content-Type': 'application/json' } }), 200],
    ['JSON of the wrong shape', () => Response.json({ people: [] }), undefined],
    ['no Content-Type', () => new Response('{"employees": []}', { headers: { 'Content-Type': '' } }), 200],
    ['HTTP 500', () => Response.json({ errorMessage: 'oops' }, { status: 500 }), 500],
    ['HTTP 400 HTML', () => new Response('<html>', { status: 400, headers: { 'Content-Type': 'text/html' } }), 400],
  ])('%s → hibob_error', async (_, search, status) => {
    const error = await checkWith({ search }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HibobApiError);
    expect(error).toMatchObject({ code: 'hibob_error' });
    expect((error as HibobApiError).status).toBe(status);
  });

  test('a fields list of the wrong shape is a hibob_error', async () => {
    const error = await checkWith({ fields: () => Response.json({ fields: DEFAULT_METADATA }) }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'hibob_error' });
  });

  test('a fetch that ignores its signal still times out', async () => {
    const stuck: typeof fetch = () => new Promise(() => {});
    const error = await checkHibobPermissions(credentials, { fetch: stuck, timeout: 30 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'timeout' });
  });

  test('a throwing fetch is a network_error that keeps the cause', async () => {
    const cause = new TypeError('fetch failed');
    const error = await checkHibobPermissions(credentials, { fetch: () => Promise.reject(cause) }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'network_error', cause });
  });
});

describe('retry time of a 429', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');
  const seconds = (headers: Record<string, string>) => retryAfterSeconds(new Headers(headers), now);

  test('Retry-After in seconds wins over X-RateLimit-Reset', () => {
    expect(seconds({ 'Retry-After': '17', 'X-RateLimit-Reset': String(now / 1000 + 40) })).toBe(17);
  });
  test('Retry-After as an HTTP date', () => {
    expect(seconds({ 'Retry-After': 'Sun, 01 Jun 2025 12:00:30 GMT' })).toBe(30);
  });
  test('X-RateLimit-Reset is Unix epoch seconds', () => {
    expect(seconds({ 'X-RateLimit-Reset': String(now / 1000 + 42) })).toBe(42);
  });
  test('at least one second; none without headers', () => {
    expect(seconds({ 'X-RateLimit-Reset': String(now / 1000 - 5) })).toBe(1);
    expect(seconds({ 'Retry-After': '0' })).toBe(1);
    expect(seconds({ 'Retry-After': 'soon' })).toBeUndefined();
    expect(seconds({})).toBeUndefined();
  });
});

test('timeout: Infinity means no deadline, not an instant one', async () => {
  const report = await checkHibobPermissions(credentials, {
    timeout: Infinity,
    fetch: async (input, init) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return fakeHibob({ search: searchAnswer(employeeIds(1)) })(input, init);
    },
  });
  expect(report.credentialsValid).toBe(true);
});
