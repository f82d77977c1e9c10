/**
 * The CDN bundle (dist/hibob-link.js, its own inlined Lit) on a page whose app bundle already registered
 * <hibob-link> from the npm source, plus the same script tag twice and the bundle again under another URL:
 * nothing throws, the first definition wins, and two widgets each fire their own events once.
 *
 * Under Trusted Types, every Lit copy creates a policy named `lit-html`. A second copy on the page needs
 * `trusted-types lit-html 'allow-duplicates'`; with the plain policy the second copy's createPolicy throws.
 * Both are asserted here, so docs/security.md's advice stays true.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { chromium, type Browser } from 'playwright';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { ensureBuilt } from './build.js';

const STRICT =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
const POLICIES: Record<string, string | undefined> = {
  '/none.html': undefined,
  '/strict.html': STRICT,
  '/strict-duplicates.html': `${STRICT} 'allow-duplicates'`,
};
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>duplicates</title>
<script type="module" src="/page.js"></script>
<script type="module" src="/app.js"></script>
<script type="module" src="/hibob-link.js"></script>
<script type="module" src="/hibob-link.js"></script>
<script type="module" src="/hibob-link.js?again"></script>
<script type="module" src="/done.js"></script>
</head><body>
<hibob-link id="a" start-step="credentials" app-name="A"></hibob-link>
<hibob-link id="b" start-step="credentials" app-name="B"></hibob-link>
</body></html>`;
/** Runs first: sets callbacks before any definition (Lit keeps pre-upgrade properties) and records events. */
const PAGE_JS = `
window.__events = [];
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
for (const el of document.querySelectorAll('hibob-link')) {
  el.submitCredentials = async (c) => ({ by: el.id, id: c.serviceUserId });
  for (const type of ['hibob-link-success', 'hibob-link-error', 'hibob-link-step'])
    el.addEventListener(type, (e) => window.__events.push({ id: el.id, type, detail: e.detail }));
}
`;
const APP_ENTRY = `
import { HibobLink } from ${JSON.stringify(resolve('src/index.ts'))};
window.__appClass = HibobLink;
`;
const DONE_JS = 'window.__done = true;';

let server: Server;
let origin: string;
let browser: Browser;
// Under node_modules/.cache: generated code that linters and git leave alone.
const appDir = resolve('node_modules/.cache/hibob-link-e2e-duplicate-app');

beforeAll(async () => {
  await ensureBuilt();
  // The host app's own bundle of hibob-link from source: a second, independent copy of the class and of Lit.
  mkdirSync(appDir, { recursive: true });
  writeFileSync(join(appDir, 'entry.js'), APP_ENTRY);
  await build({
    configFile: false,
    logLevel: 'error',
    mode: 'production',
    build: {
      outDir: join(appDir, 'out'),
      emptyOutDir: true,
      minify: false,
      copyPublicDir: false,
      lib: { entry: join(appDir, 'entry.js'), formats: ['es'], fileName: () => 'app.js' },
    },
  });
  const dist = resolve('dist');
  server = createServer(async (req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    const csp = POLICIES[path];
    const headers: Record<string, string> = csp ? { 'Content-Security-Policy': csp } : {};
    const js = { ...headers, 'Content-Type': 'text/javascript' };
    if (path in POLICIES) return res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(PAGE);
    if (path === '/page.js') return res.writeHead(200, js).end(PAGE_JS);
    if (path === '/done.js') return res.writeHead(200, js).end(DONE_JS);
    try {
      if (path === '/app.js') return res.writeHead(200, js).end(await readFile(join(appDir, 'out/app.js')));
      if (/^\/(hibob-link\.js|chunks\/[\w.-]+\.js)$/.test(path))
        return res.writeHead(200, js).end(await readFile(join(dist, path)));
      // The app bundle's own lazy chunks (the steps after the intro, modal mode) sit beside app.js.
      if (/^\/[\w.-]+\.js$/.test(path)) return res.writeHead(200, js).end(await readFile(join(appDir, 'out', path)));
    } catch {
      // 404 below
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

async function run(path: string) {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(origin + path);
  await page.waitForFunction(() => (window as unknown as { __done?: boolean }).__done === true);
  const firstWins = await page.evaluate(
    () => customElements.get('hibob-link') === (window as unknown as { __appClass: unknown }).__appClass,
  );
  for (const [id, serviceUserId] of [
    ['a', 'SERVICE-1'],
    ['b', 'SERVICE-2'],
  ] as const) {
    const widget = page.locator(`#${id}`);
    await widget.getByLabel('Service user ID').fill(serviceUserId);
    await widget.getByLabel('Token', { exact: true }).fill('Qe8q89RwbzeS7mmhMcAsN1crM73m6MdbjewGCCUY');
    await widget.getByRole('button', { name: 'Connect HiBob' }).click();
    await widget.getByRole('heading', { name: 'HiBob is connected' }).waitFor();
  }
  const events = await page.evaluate(
    () => (window as unknown as { __events: { id: string; type: string; detail: unknown }[] }).__events,
  );
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  await page.close();
  return { errors, firstWins, events, violations };
}

describe('the CDN bundle on a page that already registered <hibob-link>', () => {
  it.each(['/none.html', '/strict-duplicates.html'])(
    '%s: nothing throws, the first definition wins, each widget fires its events once',
    async (path) => {
      const { errors, firstWins, events, violations } = await run(path);
      expect(errors).toEqual([]);
      expect(violations).toEqual([]);
      expect(firstWins).toBe(true);
      const successes = events.filter((e) => e.type === 'hibob-link-success');
      expect(successes).toEqual([
        {
          id: 'a',
          type: 'hibob-link-success',
          detail: { serviceUserId: 'SERVICE-1', result: { by: 'a', id: 'SERVICE-1' } },
        },
        {
          id: 'b',
          type: 'hibob-link-success',
          detail: { serviceUserId: 'SERVICE-2', result: { by: 'b', id: 'SERVICE-2' } },
        },
      ]);
      expect(events.filter((e) => e.type === 'hibob-link-error')).toEqual([]);
      for (const id of ['a', 'b'])
        expect(
          events.filter((e) => e.id === id && e.type === 'hibob-link-step').map((e) => (e.detail as { to: string }).to),
        ).toEqual(['submitting', 'success']);
    },
  );

  it("strict Trusted Types without 'allow-duplicates': the second Lit copy's policy is refused, the first copy still works", async () => {
    const { errors, firstWins, events, violations } = await run('/strict.html');
    expect(violations.some((v) => v.startsWith('trusted-types'))).toBe(true);
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors.every((e) => /lit-html/.test(e))).toBe(true);
    expect(firstWins).toBe(true);
    expect(events.filter((e) => e.type === 'hibob-link-success')).toHaveLength(2);
  });
});
