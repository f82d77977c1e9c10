/**
 * The server figure, in Node against the built package: HiBob requests per `checkHibobPermissions` call and the
 * checker's own time per check.
 *
 * The emulator runs in memory (`handlersFetch(hibobApiHandlers())` from dist/testing.js), not on a loopback port
 * (`startEmulatorServer`):
 * the figure is the checker's own CPU time, and a real socket would add Node's HTTP client and server (same
 * process, same two cores) to both sides of the subtraction below, with more variance than the difference being
 * measured. The handlers, their JSON and the request count are the same either way: the count is taken by a
 * wrapping fetch at the boundary the checker calls.
 *
 * Checker overhead = median time of a whole check − median time of a baseline that sends the very same two
 * requests (URL, method, headers, body captured from a real check) through the same emulator and reads both
 * answers as text, with no checker logic. Checks and baselines alternate (A B A B), each with fresh handlers,
 * since the emulator allows 50 searches per minute per service user. A second estimate, time of the check outside
 * its awaited fetch calls, is reported beside it as a cross-check.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, summarize } from './stats.mjs';

let checkHibobPermissions, handlersFetch, hibobApiHandlers, credentials;

function emulatorFetch() {
  const inner = handlersFetch(hibobApiHandlers());
  const calls = [];
  let fetchTime = 0;
  const fetch = async (input, init) => {
    calls.push({ url: String(input), method: init?.method ?? 'GET', headers: { ...init?.headers }, body: init?.body });
    const started = performance.now();
    try {
      return await inner(input, init);
    } finally {
      fetchTime += performance.now() - started;
    }
  };
  return { fetch, calls, fetchTime: () => fetchTime };
}

async function oneCheck() {
  const emulator = emulatorFetch();
  const started = performance.now();
  const report = await checkHibobPermissions(credentials, { fetch: emulator.fetch });
  const elapsed = performance.now() - started;
  return {
    elapsed,
    report,
    requests: emulator.calls.length,
    calls: emulator.calls,
    outside: elapsed - emulator.fetchTime(),
  };
}

async function oneBaseline(requests) {
  const { fetch } = emulatorFetch();
  const started = performance.now();
  for (const { url, method, headers, body } of requests) {
    const response = await fetch(url, { method, headers, body });
    if (!response.ok) throw new Error(`baseline: ${method} ${url} answered ${response.status}`);
    await response.text();
  }
  return performance.now() - started;
}

/** `dist` is the built package's folder (the bench passes its snapshot of dist/). */
export async function measureServerCheck(dist, { runs, checks, warmup }) {
  const load = (file) => import(pathToFileURL(resolve(dist, file)).href);
  ({ checkHibobPermissions } = await load('server.js'));
  const testing = await load('testing.js');
  ({ handlersFetch, hibobApiHandlers } = testing);
  credentials = testing.sandboxCredentials.allGranted;
  const first = await oneCheck();
  const statuses = first.report.sections.map((s) => `${s.id}:${s.status}`).join(' ');
  const expectedOk =
    first.report.credentialsValid &&
    first.report.sections.every((s) => (s.id === 'history' ? s.status === 'unknown' : s.status === 'granted'));
  if (!expectedOk) throw new Error(`server check: unexpected report for allGranted: ${statuses}`);
  const requests = first.calls.map(({ url, method, headers, body }) => ({ url, method, headers, body }));

  const perRun = { check: [], baseline: [], overhead: [], outside: [] };
  const requestCounts = [];
  for (let run = 0; run < runs; run++) {
    const check = [];
    const baseline = [];
    const outside = [];
    for (let i = 0; i < warmup + checks; i++) {
      const result = await oneCheck();
      const raw = await oneBaseline(requests);
      if (!result.report.credentialsValid) throw new Error('server check: credentials refused mid-run');
      requestCounts.push(result.requests);
      if (i < warmup) continue;
      check.push(result.elapsed);
      baseline.push(raw);
      outside.push(result.outside);
    }
    perRun.check.push(median(check));
    perRun.baseline.push(median(baseline));
    perRun.overhead.push(median(check) - median(baseline));
    perRun.outside.push(median(outside));
  }
  return {
    emulator: 'in-memory: handlersFetch(hibobApiHandlers()) from dist/testing.js, latency 0',
    credentials: 'sandboxCredentials.allGranted',
    report: statuses,
    requestsPerCheck: {
      min: Math.min(...requestCounts),
      max: Math.max(...requestCounts),
      checks: requestCounts.length,
    },
    checkMs: summarize(perRun.check),
    baselineMs: summarize(perRun.baseline),
    overheadMs: summarize(perRun.overhead),
    outsideFetchMs: summarize(perRun.outside),
  };
}
