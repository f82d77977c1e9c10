/** Shared helpers of the server tests. */
import type { PermissionReport, SectionId, SectionStatus } from '../../src/core/types.js';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  body?: string;
}

/** Wraps a fetch and records every request it sends. */
export function countingFetch(inner: typeof fetch = fetch): { fetch: typeof fetch; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const counting: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    requests.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: typeof init?.body === 'string' ? init.body : undefined,
    });
    return inner(input, init);
  };
  return { fetch: counting, requests };
}

/** `{ basic: 'granted', … }` for compact assertions. */
export function statuses(report: PermissionReport): Partial<Record<SectionId, SectionStatus>> {
  return Object.fromEntries(report.sections.map(({ id, status }) => [id, status]));
}

/** Every section with `status`, except the given overrides; history is never checkable. */
export function expectAll(
  status: SectionStatus,
  overrides: Partial<Record<SectionId, SectionStatus>> = {},
): Record<SectionId, SectionStatus> {
  return {
    basic: status,
    employment: status,
    history: 'unknown',
    identification: status,
    lifecycle: status,
    personal: status,
    'personal-contact': status,
    work: status,
    'work-contact': status,
    ...overrides,
  };
}

export function postJson(url: string, body: unknown, init: RequestInit = {}): Request {
  return new Request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
}

export function basic(serviceUserId: string, token: string): string {
  return `Basic ${btoa(`${serviceUserId}:${token}`)}`;
}

/** A fake HiBob answering the fields metadata and a search with the given employees. */
export function fakeHibob(answers: { fields?: () => Response; search?: () => Response }): typeof fetch {
  return async (input, init) => {
    const url = new Request(input, init).url;
    if (url.endsWith('/company/people/fields')) return answers.fields?.() ?? Response.json(DEFAULT_METADATA);
    if (url.endsWith('/people/search')) return answers.search?.() ?? Response.json({ employees: [] });
    return new Response('not found', { status: 404 });
  };
}

export const DEFAULT_METADATA = [
  { id: 'root.id', categoryId: 'root', jsonPath: 'id' },
  { id: 'root.firstName', categoryId: 'root', jsonPath: 'firstName' },
  { id: 'work.title', categoryId: 'work', jsonPath: 'work.title' },
  { id: 'work.startDate', categoryId: 'work', jsonPath: 'work.startDate' },
  { id: 'personal.pronouns', categoryId: 'personal', jsonPath: 'personal.pronouns' },
  { id: 'personal.honorific', categoryId: 'personal', jsonPath: 'personal.honorific' },
];

export function employeeIds(count: number): { '/root/id': { value: string }; id: string }[] {
  return Array.from({ length: count }, (_, index) => {
    const id = String(3000000000000000000n + BigInt(index));
    return { '/root/id': { value: id }, id };
  });
}
