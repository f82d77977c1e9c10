/**
 * End to end: real Chromium → `npm start`'s host server (demo/server.mjs, built package) → the HiBob
 * emulator on loopback → success. Also proves the self-contained script build registers the element.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { ensureBuilt } from './build.js';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { sandboxCredentials } from '../../src/testing/index.js';
import de from '../../src/i18n/de.js';
import fr from '../../src/i18n/fr.js';
import he from '../../src/i18n/he.js';

let server: ChildProcess;
let origin: string;
let browser: Browser;
const serverOutput: string[] = [];

beforeAll(async () => {
  // Once per run for every e2e file (they run in parallel and the build empties dist/): see build.ts.
  await ensureBuilt({ demo: true });
  server = spawn('node', ['demo/server.mjs'], { env: { ...process.env, PORT: '0', HIBOB_LATENCY: '0' } });
  origin = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      serverOutput.push(chunk.toString());
      const url = /hibob-link demo: (http:\/\/\S+?)\/?$/m.exec(serverOutput.join(''));
      if (url) resolve(url[1]!);
    });
    server.stderr!.on('data', (chunk: Buffer) => serverOutput.push(chunk.toString()));
    server.once('exit', (code) => reject(new Error(`server exited ${code}: ${serverOutput.join('')}`)));
  });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

/** A page that records CSP violations and page errors. */
async function open(path = '/') {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  page.on('console', (m) => m.text().startsWith('CSP violation') && problems.push(m.text()));
  await page.goto(origin + path);
  return { page, problems };
}

async function link(page: Page, credentials: { serviceUserId: string; token: string }) {
  const widget = page.locator('hibob-link');
  await widget.getByLabel('Service user ID').fill(credentials.serviceUserId);
  await widget.getByLabel('Token', { exact: true }).fill(credentials.token);
  await widget.getByRole('button', { name: 'Connect HiBob' }).click();
}

describe('npm start', () => {
  it('serves the demo under a strict CSP and links the all-granted sandbox user', async () => {
    const { page, problems } = await open();
    const widget = page.locator('hibob-link');
    // Filled in from /api/demo/config after load: wait for it rather than read it once.
    await expect.poll(() => page.locator('#backend').textContent()).toBe('HiBob: built-in emulator');
    await widget.getByRole('button', { name: 'I already have a service user' }).click();
    await link(page, sandboxCredentials.allGranted);
    await widget.getByRole('heading', { name: 'HiBob is connected' }).waitFor();
    const log = await page.locator('#log').innerText();
    expect(log).toMatch(/success \{"serviceUserId":"SERVICE-4101","result":\{"linked":true/);
    expect(log).not.toContain(sandboxCredentials.allGranted.token);
    expect(problems).toEqual([]);
    expect(serverOutput.join('')).toContain('linked SERVICE-4101');
    expect(serverOutput.join('')).not.toContain(sandboxCredentials.allGranted.token);
    await page.close();
  });

  it('shows the missing sections for lifecycleAndPersonalMissing, then Continue without them links', async () => {
    const { page } = await open();
    const widget = page.locator('hibob-link');
    await widget.getByRole('button', { name: 'I already have a service user' }).click();
    await link(page, sandboxCredentials.lifecycleAndPersonalMissing);
    await widget.getByRole('heading', { name: 'Some permissions are missing' }).waitFor();
    const missing = await widget
      .locator('[data-status="missing"]')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.section));
    expect(missing).toEqual(['lifecycle', 'personal']);
    await widget.getByRole('button', { name: 'Continue without them' }).click();
    await widget.getByRole('heading', { name: 'HiBob is connected' }).waitFor();
    await page.close();
  });

  it('answers the handlers’ limits over real HTTP', async () => {
    const get = await fetch(`${origin}/api/hibob/check`);
    expect(get.status).toBe(405);
    const big = await fetch(`${origin}/api/hibob/check`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ serviceUserId: 'SERVICE-1', token: 'x'.repeat(9000) }),
    });
    expect(big.status).toBe(413);
  });

  it('dist/hibob-link.js alone registers the element (script-tag integration)', async () => {
    const page = await browser.newPage();
    await page.route(`${origin}/script-tag.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><script type="module" src="/hibob-link.js"></script><hibob-link app-name="Tag"></hibob-link>',
      }),
    );
    await page.goto(`${origin}/script-tag.html`);
    await page.locator('hibob-link').getByRole('heading', { name: 'Connect HiBob to Tag' }).waitFor();
    await page.close();
  });

  it('keeps other languages out of dist/hibob-link.js and loads them as chunks on demand', async () => {
    const main = readFileSync('dist/hibob-link.js', 'utf8');
    const chunks = readdirSync('dist/chunks').filter((f) => f.endsWith('.js'));
    for (const strings of [de, fr, he]) {
      expect(main).not.toContain(strings.introPlanCredentials);
      expect(chunks.some((f) => readFileSync(`dist/chunks/${f}`, 'utf8').includes(strings.introPlanCredentials))).toBe(
        true,
      );
    }
    const page = await browser.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.route(`${origin}/lang.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="de"><script type="module" src="/hibob-link.js"></script><hibob-link app-name="Acme"></hibob-link></html>',
      }),
    );
    await page.goto(`${origin}/lang.html`);
    await page
      .locator('hibob-link')
      .getByRole('heading', { name: de.introTitle.replace('{app}', 'Acme') })
      .waitFor();
    const languages = loaded.filter((p) => /^\/chunks\/(de|fr|es|nl|pt-BR|he)-/.test(p));
    expect(languages).toEqual([expect.stringMatching(/^\/chunks\/de-.*\.js$/)]);
    await page.close();
  });

  /** The script-tag integration at its simplest. */
  const SCRIPT_TAG = '<script type="module" src="/hibob-link.js"></script><hibob-link app-name="Acme"></hibob-link>';

  /** A page with `body`, and the paths of the scripts it requested. */
  async function lazyPage(body: string) {
    const page = await browser.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && loaded.push(new URL(r.url()).pathname));
    await page.route(`${origin}/lazy.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en">${body}</html>` }),
    );
    return { page, loaded };
  }

  it('renders the first screen from dist/hibob-link.js alone, then fetches the later steps in one chunk', async () => {
    const { page, loaded } = await lazyPage(SCRIPT_TAG);
    // Hold the later steps back: the first screen must not need them.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/chunks\/flow-.*\.js$/, async (route) => (await held, route.continue()));
    await page.goto(`${origin}/lazy.html`);
    const widget = page.locator('hibob-link');
    await widget.getByRole('heading', { name: 'Connect HiBob to Acme' }).waitFor();
    await widget.getByRole('button', { name: 'Get started' }).waitFor();
    // Requested as soon as the first screen was up, so "Get started" does not wait for the network.
    await expect
      .poll(() => loaded.filter((p) => p.startsWith('/chunks/')))
      .toEqual([expect.stringMatching(/^\/chunks\/flow-.*\.js$/)]);
    release();
    await widget.getByRole('button', { name: 'Get started' }).click();
    await widget.getByRole('heading', { name: 'Create a service user' }).waitFor();
    await widget.getByText('Display name').waitFor();
    expect(loaded.filter((p) => p.startsWith('/chunks/modal-'))).toEqual([]); // inline pages never fetch modal mode
    await page.close();
  });

  it('checks every file with the hashes `npm run sri` prints, and refuses a changed chunk', async () => {
    const { subresourceIntegrity } = await import('../../scripts/sri.mjs');
    const { src, integrity, importMap } = subresourceIntegrity(`${origin}/`);
    const body = `<script type="importmap">${JSON.stringify(importMap)}</script>
      <script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>
      <hibob-link app-name="Acme"></hibob-link>`;
    const reach = async (tamper: boolean) => {
      const { page } = await lazyPage(body);
      if (tamper)
        await page.route(/\/chunks\/flow-.*\.js$/, async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: `${await response.text()}\n;globalThis.stolen = 1;` });
        });
      await page.goto(`${origin}/lazy.html`);
      const widget = page.locator('hibob-link');
      await widget.getByRole('button', { name: 'Get started' }).click();
      await widget.getByRole('heading', { name: 'Create a service user' }).waitFor();
      return { page, widget };
    };
    const intact = await reach(false);
    await intact.widget.getByText('Display name').waitFor();
    await intact.page.close();
    const changed = await reach(true);
    await changed.widget.getByRole('alert').filter({ hasText: 'This step could not load' }).waitFor();
    expect(await changed.page.evaluate(() => 'stolen' in globalThis)).toBe(false);
    await changed.page.close();
  });

  it('still works when the script URL carries a query string, and the console says what that costs', async () => {
    const { page, loaded } = await lazyPage(
      '<script type="module" src="/hibob-link.js?cachebust=1"></script><hibob-link app-name="Acme"></hibob-link>',
    );
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(`${origin}/lazy.html`);
    const widget = page.locator('hibob-link');
    await widget.getByRole('button', { name: 'Get started' }).click();
    await widget.getByText('Display name').waitFor();
    // The whole flow, on the second copy's views: fields, validation, submit, success.
    await page.evaluate(() => (document.querySelector('hibob-link')!.submitCredentials = async () => ({})));
    await widget.getByRole('button', { name: 'Next' }).click();
    await widget.getByRole('button', { name: 'Next' }).click();
    await widget.getByLabel('Service user ID').fill('SERVICE-1');
    await widget.getByLabel('Token', { exact: true }).fill('Qe8q89RwbzeS7mmhMcAsN1crM73m6MdbjewGCCUY');
    await widget.getByRole('button', { name: 'Connect HiBob' }).click();
    await widget.getByRole('heading', { name: 'HiBob is connected' }).waitFor();
    expect(loaded.filter((p) => p === '/hibob-link.js')).toHaveLength(2);
    expect(warnings.join('\n')).toContain('without a query string');
    await page.close();
  });

  it('fetches modal mode only for a modal, and opens it on show()', async () => {
    const { page, loaded } = await lazyPage(
      '<script type="module" src="/hibob-link.js"></script><hibob-link mode="modal" app-name="Acme"></hibob-link>',
    );
    await page.goto(`${origin}/lazy.html`);
    await page.waitForFunction(() => customElements.get('hibob-link'));
    await page.evaluate(() => document.querySelector('hibob-link')!.show());
    await page.getByRole('dialog').getByRole('heading', { name: 'Connect HiBob to Acme' }).waitFor();
    expect(loaded.filter((p) => p.startsWith('/chunks/modal-'))).toHaveLength(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelector('hibob-link')!.open)).toBe(false);
    await page.close();
  });

  it('says so when the later steps cannot be fetched, and "Try again" recovers', async () => {
    const { page } = await lazyPage(SCRIPT_TAG);
    let refuse = true;
    await page.route(/\/chunks\/flow-.*\.js$/, (route) =>
      refuse ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto(`${origin}/lazy.html`);
    const widget = page.locator('hibob-link');
    await widget.getByRole('button', { name: 'Get started' }).click();
    // The step's title is there (it ships with the first screen); its body says what went wrong.
    await widget.getByRole('heading', { name: 'Create a service user' }).waitFor();
    await widget.getByRole('alert').filter({ hasText: 'This step could not load' }).waitFor();
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const axe = () =>
      page.evaluate(async () => {
        type Axe = { run(el: Element): Promise<{ violations: { id: string }[] }> };
        const { violations } = await (window as unknown as { axe: Axe }).axe.run(document.querySelector('hibob-link')!);
        return violations.map((v) => v.id);
      });
    expect(await axe()).toEqual([]);
    refuse = false;
    await widget.getByRole('button', { name: 'Try again' }).click();
    // The button is gone; focus stays in the card, on the step's heading.
    await expect
      .poll(() => page.evaluate(() => document.querySelector('hibob-link')!.shadowRoot!.activeElement?.id))
      .toBe('title');
    await widget.getByText('Display name').waitFor();
    expect(await axe()).toEqual([]);
    expect(await widget.getByRole('alert').count()).toBe(0);
    await page.close();
  });
});
