/**
 * Screenshots of every screen of the demo in headless Chromium (light, dark, and Hebrew right-to-left) into
 * docs/screenshots/, for looking at the design. The assertions on pixels live in test/browser/visual.test.ts.
 */
import { mkdir, rm } from 'node:fs/promises';
import { createServer } from 'vite';
import { chromium } from 'playwright';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';

const out = new URL('../docs/screenshots/', import.meta.url);
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const server = await createServer({ server: { port: 0 }, logLevel: 'error' });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const { sandboxCredentials: sandbox } = await server.ssrLoadModule('/../src/testing/sandbox.ts');

async function run(name, { colorScheme = 'light', locale } = {}) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1200 }, colorScheme });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  const widget = page.locator('hibob-link');
  await page.locator('#sandbox li').first().waitFor();
  if (locale) await page.selectOption('select[name="locale"]', locale);
  const shot = async (step) => {
    await page.waitForTimeout(350);
    await widget.locator('section.panel').screenshot({ path: new URL(`${step}-${name}.png`, out).pathname });
  };
  const submit = () => widget.locator('button[type="submit"]').click();
  const fill = async ({ serviceUserId, token }) => {
    await widget.locator('#service-user-id').fill(serviceUserId);
    await widget.locator('#token').fill(token);
  };
  await shot('1-intro');
  await widget.locator('.button.primary').click();
  await shot('2-service-user');
  await widget.locator('.button.primary').click();
  await shot('3-permissions');
  await widget.locator('.button.primary').click();
  await shot('4-credentials');
  await submit();
  await shot('5-credentials-invalid');
  await fill(sandbox.invalidToken);
  await submit();
  await widget.locator('[role="alert"] .callout').waitFor();
  await shot('6-rejected');
  await fill(sandbox.lifecycleAndPersonalMissing);
  await submit();
  await widget.locator('[part~="report"]').waitFor();
  await shot('7-review');
  await widget.locator('.footer .button.secondary').first().click();
  await fill(sandbox.allGranted);
  await submit();
  await widget.locator('.success-mark').waitFor();
  await shot('8-success');
  if (name === 'light') {
    await page.check('input[name="mode"][value="modal"]');
    await page.click('#open-modal');
    await page.waitForTimeout(400);
    await page.screenshot({ path: new URL('9-modal-light.png', out).pathname });
  }
  await page.close();
}

try {
  await run('light');
  await run('dark', { colorScheme: 'dark' });
  await run('rtl', { locale: 'he' });
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out.pathname}`);
