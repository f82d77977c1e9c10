/** Finds the Chromium that tests, screenshots and benchmarks drive (README "Requirements"). */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** `CHROME_PATH` first, then a system Chromium; `undefined` lets Playwright use its own browser. */
export function chromiumPath() {
  return process.env.CHROME_PATH || CANDIDATES.find((p) => existsSync(p));
}

/** Flags that work as root in a container on a machine with no network beyond loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
