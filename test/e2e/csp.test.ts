/**
 * Strict CSP and Trusted Types: a host page served with exactly the policy docs/security.md asks of hosts runs
 * the whole flow with `dist/hibob-link.js` (the script-tag build) and its lazy language chunks, with zero
 * `securitypolicyviolation` events, zero CSP/Trusted-Types console errors and zero page errors. The page's own
 * script is an external file too. The URLs are backed by the real handlers from dist/server.js over the HiBob
 * emulator from dist/testing-node.js on loopback.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { ensureBuilt } from './build.js';
import de from '../../src/i18n/de.js';
import he from '../../src/i18n/he.js';

/** The policy under test, byte for byte (see docs/security.md). */
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

type Server$ = typeof import('../../src/server/index.js');
type Node$ = typeof import('../../src/server/node.js');
type Testing$ = typeof import('../../src/testing/node.js');
const load = <T>(file: string) => import(/* @vite-ignore */ resolve(file)) as Promise<T>;

const LOGO = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>')}`;
const page = (lang: string, body: string, head = '') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>CSP host</title>
<link rel="stylesheet" href="/page.css">
<script type="module" src="/page.js"></script>
<script type="module" src="/hibob-link.js"></script>${head}
</head><body>${body}</body></html>`;
const widgets = `<button id="open" type="button">Connect HiBob</button>
<hibob-link id="inline" app-name="Acme" check-url="/api/hibob/check" submit-url="/api/hibob/link"
  sections="basic work lifecycle personal" required-sections="basic lifecycle">
  <img slot="logo" src="${LOGO}" alt="Acme"></hibob-link>
<hibob-link id="modal" mode="modal" app-name="Acme" start-step="credentials"
  check-url="/api/hibob/check" submit-url="/api/hibob/link"></hibob-link>`;
/** The page's own script: records violations and events before the widget loads (module scripts run in order). */
const PAGE_JS = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }), true);
window.__events = [];
for (const type of ['hibob-link-step', 'hibob-link-check', 'hibob-link-success', 'hibob-link-error', 'hibob-link-exit'])
  document.addEventListener(type, (e) => window.__events.push({ type, id: e.target.id, detail: e.detail }));
document.querySelector('#open')?.addEventListener('click', () => document.querySelector('#modal').show());
`;
const PAGES: Record<string, string> = {
  '/': page('en', widgets),
  '/de.html': page('de', widgets),
  '/he.html': page('he', widgets),
  // Proves the policy is enforced and the detector works: this inline script must be refused and reported.
  '/selftest.html': page('en', '<p>self-test</p>', '<script>window.__inline = true</script>'),
};

let server: Server;
let origin: string;
let browser: Browser;
let closeEmulator: () => Promise<void>;
const served: string[] = [];
/** The admin "adds the missing permission in HiBob": the check then sees the all-granted sandbox tenant. */
let permissionFixed = false;

beforeAll(async () => {
  await ensureBuilt();
  const [{ createCheckHandler, createSubmitHandler }, { toNodeListener }, testing] = await Promise.all([
    load<Server$>('dist/server.js'),
    load<Node$>('dist/server-node.js'),
    load<Testing$>('dist/testing-node.js'),
  ]);
  const emulator = await testing.startEmulatorServer({ latency: 0 });
  closeEmulator = emulator.close;
  const { lifecycleAndPersonalMissing: before, allGranted: after } = testing.sandboxCredentials;
  const basic = (c: { serviceUserId: string; token: string }) => `Basic ${btoa(`${c.serviceUserId}:${c.token}`)}`;
  const hibobFetch: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    if (permissionFixed && headers.get('authorization') === basic(before)) headers.set('authorization', basic(after));
    return fetch(input, { ...init, headers });
  };
  const options = { baseUrl: emulator.url, fetch: hibobFetch };
  const routes: Record<string, ReturnType<Node$['toNodeListener']>> = {
    '/api/hibob/check': toNodeListener(createCheckHandler(options)),
    '/api/hibob/link': toNodeListener(
      createSubmitHandler({
        ...options,
        check: true,
        onLink: ({ serviceUserId }) => ({ linked: true, serviceUserId }),
      }),
    ),
  };
  const dist = resolve('dist');
  server = createServer(async (req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    served.push(path);
    if (routes[path]) return routes[path](req, res);
    const headers = { 'Content-Security-Policy': STRICT_CSP, 'X-Content-Type-Options': 'nosniff' };
    if (PAGES[path]) return res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(PAGES[path]);
    if (path === '/page.js') return res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(PAGE_JS);
    if (path === '/page.css')
      return res.writeHead(200, { ...headers, 'Content-Type': 'text/css' }).end('body{margin:1rem}');
    const file = join(dist, normalize(path));
    if (file.startsWith(dist) && /^\/(hibob-link\.js|chunks\/[\w.-]+\.js)$/.test(path)) {
      try {
        const type = extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream';
        return res.writeHead(200, { ...headers, 'Content-Type': type }).end(await readFile(file));
      } catch {
        // fall through to 404
      }
    }
    res.writeHead(404, headers).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
  await closeEmulator?.();
});

interface Recorded {
  page: Page;
  problems: string[];
  /** violations seen by the page's own listener */
  violations: () => Promise<unknown[]>;
  events: (id?: string) => Promise<{ type: string; id: string; detail: Record<string, unknown> }[]>;
}

async function open(path: string): Promise<Recorded> {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' || /Content Security Policy|Trusted Type|TrustedHTML|TrustedScript/i.test(text))
      problems.push(`console.${m.type()}: ${text}`);
  });
  const response = await page.goto(origin + path);
  expect(response!.headers()['content-security-policy']).toBe(STRICT_CSP);
  await page.waitForFunction(() => customElements.get('hibob-link') !== undefined);
  return {
    page,
    problems,
    violations: () => page.evaluate(() => (window as unknown as { __violations: unknown[] }).__violations),
    events: async (id) => {
      const all = await page.evaluate(
        () =>
          (window as unknown as { __events: { type: string; id: string; detail: Record<string, unknown> }[] }).__events,
      );
      return id ? all.filter((e) => e.id === id) : all;
    },
  };
}

describe('under a strict CSP with Trusted Types', () => {
  it('the self-test page: the policy is enforced and a violation is seen (the detector can fail)', async () => {
    const { page, problems, violations } = await open('/selftest.html');
    expect(await page.evaluate(() => (window as unknown as { __inline?: boolean }).__inline)).toBeUndefined();
    const blocked = await page.evaluate(() => {
      try {
        document.body.innerHTML = '<b>raw string</b>';
        return false;
      } catch {
        return true;
      }
    });
    expect(blocked).toBe(true); // Trusted Types refuse a raw string in innerHTML
    await expect.poll(async () => (await violations()).length).toBeGreaterThanOrEqual(1);
    expect(problems.some((p) => /Content Security Policy|TrustedHTML/.test(p))).toBe(true);
    await page.context().close();
  });

  it('guide → credentials → check → review → check again → submit → success, with zero violations', async () => {
    permissionFixed = false;
    const { page, problems, violations, events } = await open('/');
    const widget = page.locator('#inline');
    await widget.getByRole('heading', { name: 'Connect HiBob to Acme' }).waitFor();
    await widget.getByRole('button', { name: 'Get started' }).click();
    await widget.getByRole('heading', { name: 'Create a service user' }).waitFor();
    await widget.getByRole('button', { name: /^Copy/ }).first().click();
    await widget.getByRole('button', { name: 'Next' }).click();
    await widget.getByRole('heading', { name: 'Give the service user access' }).waitFor();
    await widget.locator('summary').first().click(); // <details> disclosure
    await widget.getByRole('button', { name: 'Next' }).click();
    await widget.getByRole('heading', { name: 'Paste the ID and token' }).waitFor();
    const { serviceUserId, token } = (await load<Testing$>('dist/testing-node.js')).sandboxCredentials
      .lifecycleAndPersonalMissing;
    await widget.getByLabel('Service user ID').fill('SERVICE 1'); // an inline validation message first
    await widget.getByLabel('Token', { exact: true }).fill(token);
    await widget.getByRole('button', { name: 'Connect HiBob' }).click();
    await widget.locator('[aria-invalid="true"]').waitFor();
    await widget.getByLabel('Service user ID').fill(serviceUserId);
    await widget.getByRole('button', { name: 'Show token' }).click();
    await widget.getByRole('button', { name: 'Connect HiBob' }).click();
    await widget.getByRole('heading', { name: 'Some permissions are missing' }).waitFor();
    expect(
      await widget
        .locator('[data-status="missing"]')
        .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.section)),
    ).toEqual(['lifecycle', 'personal']);
    permissionFixed = true;
    await widget.getByRole('button', { name: 'Check again' }).click();
    await widget.getByRole('heading', { name: 'HiBob is connected' }).waitFor();

    const steps = (await events('inline')).filter((e) => e.type === 'hibob-link-step').map((e) => e.detail.to);
    expect(steps).toEqual([
      'service-user',
      'permissions',
      'credentials',
      'checking',
      'review',
      'checking',
      'submitting',
      'success',
    ]);
    expect((await events('inline')).filter((e) => e.type === 'hibob-link-check')).toHaveLength(2);
    const success = (await events('inline')).filter((e) => e.type === 'hibob-link-success');
    expect(success).toHaveLength(1);
    expect(success[0]!.detail).toMatchObject({ serviceUserId, result: { linked: true, serviceUserId } });
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('modal mode: opens and closes (close button, Escape), then links, with zero violations', async () => {
    permissionFixed = false;
    const { page, problems, violations, events } = await open('/');
    const dialog = page.locator('#modal').locator('dialog');
    for (const close of ['button', 'escape'] as const) {
      await page.locator('#open').click();
      await dialog.getByRole('heading', { name: 'Paste the ID and token' }).waitFor();
      if (close === 'button') await dialog.getByRole('button', { name: 'Close' }).click();
      else await page.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    }
    await page.locator('#open').click();
    const { serviceUserId, token } = (await load<Testing$>('dist/testing-node.js')).sandboxCredentials.allGranted;
    await dialog.getByLabel('Token', { exact: true }).fill(`${serviceUserId}:${token}`);
    await dialog.getByLabel('Token', { exact: true }).blur();
    await dialog.getByRole('button', { name: 'Connect HiBob' }).click();
    await dialog.getByRole('button', { name: 'Done' }).click();
    const exits = (await events('modal')).filter((e) => e.type === 'hibob-link-exit').map((e) => e.detail.reason);
    expect(exits).toEqual(['close-button', 'escape', 'close-button']);
    expect((await events('modal')).filter((e) => e.type === 'hibob-link-success')).toHaveLength(1);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['de', de],
    ['he', he],
  ] as const)('%s: the lazy language chunk loads under the policy and the flow runs', async (lang, strings) => {
    const { page, problems, violations, events } = await open(`/${lang}.html`);
    const widget = page.locator('#inline');
    await widget.getByRole('heading', { name: strings.introTitle.replace('{app}', 'Acme') }).waitFor();
    expect(served.some((p) => new RegExp(`^/chunks/${lang}-[\\w-]+\\.js$`).test(p))).toBe(true);
    expect(await widget.locator('.panel').getAttribute('dir')).toBe(lang === 'he' ? 'rtl' : 'ltr');
    await widget.getByRole('button', { name: strings.introHaveCredentials }).click();
    await widget.getByLabel(strings.tokenLabel, { exact: true }).fill('SERVICE-999:' + 'x'.repeat(40));
    await widget.getByRole('button', { name: strings.submit }).click();
    await widget.getByText(strings.error_invalid_credentials).waitFor(); // the emulator refuses an unknown user
    expect((await events('inline')).filter((e) => e.type === 'hibob-link-error')[0]!.detail).toMatchObject({
      code: 'invalid_credentials',
      message: strings.error_invalid_credentials,
    });
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
