/** One MSW worker for the browser tests; each test adds the endpoints it needs with `use`. */
import { setupWorker } from 'msw/browser';
import { afterEach, beforeAll } from 'vitest';

export const worker = setupWorker();

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterEach(() => worker.resetHandlers());
