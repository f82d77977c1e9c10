/** Shared by failing-hosts.test.ts and one-call.test.ts: host endpoints on the MSW worker, and waits. */
import { expect } from 'vitest';
import { http } from 'msw';
import { worker } from './msw.js';
import type { ErrorCode, HibobLink, PermissionReport } from '../../src/index.js';
import { click, input, recordEvents, settled, VALID } from './harness.js';

export const CHECK_URL = '/api/test/failing/check';
export const SUBMIT_URL = '/api/test/failing/link';
export const TARGET_URL = '/api/test/failing/redirect-target';
export const GRANTED: PermissionReport = { credentialsValid: true, sections: [{ id: 'basic', status: 'granted' }] };
export const MISSING: PermissionReport = {
  credentialsValid: true,
  sections: [
    { id: 'basic', status: 'granted' },
    { id: 'work', status: 'missing' },
  ],
};

export const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Serves `url` with `answer(n)` for the n-th request (1-based), recording the bodies. */
export function serve(url: string, answer: (n: number) => Response | Promise<Response>) {
  const bodies: unknown[] = [];
  worker.use(
    http.all(url, async ({ request }) => {
      bodies.push(await request.json().catch(() => undefined));
      return answer(bodies.length);
    }),
  );
  return bodies;
}

/** The error shown, the ID and token still typed, and a retry that works. */
export async function expectRecoverable(
  el: HibobLink,
  log: ReturnType<typeof recordEvents>,
  code: ErrorCode,
  step: string,
) {
  expect(el.step).toBe('credentials');
  expect(log.of('hibob-link-error')).toEqual([expect.objectContaining({ code, step })]);
  expect(input(el, 'serviceUserId').value).toBe(VALID.serviceUserId);
  expect(input(el, 'token').value).toBe(VALID.token);
  await click(el, 'Try again');
  await settled(el);
  expect(el.step).toBe('success');
  expect(log.of('hibob-link-success')).toHaveLength(1);
}
