/**
 * Screenshots of every step of the demo in headless Chromium, light and dark, into docs/screenshots/.
 * For looking at the design, not for asserting on it.
 */
import { mkdir } from 'node:fs/promises';
import { createServer } from 'vite';
import { chromium } from 'playwright';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';

const out = new URL('../docs/screenshots/', import.meta.url);
await mkdir(out, { recursive: true });
const server = await createServer({ server: { port: 0 }, logLevel: 'error' });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

const VALID_TOKEN = 'Qe8q89RwbzeS7mmhMcAsN1crM73m6MdbjewGCCUY';
try {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1100 }, colorScheme: scheme });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(url);
    const widget = page.locator('hibob-link');
    await widget.waitFor();
    await page.waitForTimeout(400);
    const shot = async (name) => {
      await page.waitForTimeout(350);
      await widget.screenshot({ path: new URL(`${name}-${scheme}.png`, out).pathname });
    };
    await shot('1-intro');
    await widget.getByRole('button', { name: 'Get started' }).click();
    await shot('2-service-user');
    await widget.getByRole('button', { name: 'Next' }).click();
    await shot('3-permissions');
    await widget.getByRole('button', { name: 'Next' }).click();
    await shot('4-credentials');
    await widget.getByRole('button', { name: 'Connect HiBob' }).click();
    await shot('5-credentials-invalid');
    await widget.getByLabel('Service user ID').fill('SERVICE-500');
    await widget.getByLabel('Token', { exact: true }).fill(VALID_TOKEN);
    await widget.getByRole('button', { name: 'Connect HiBob' }).click();
    await page.waitForTimeout(100);
    await shot('6-submitting');
    await widget.getByRole('alert').getByText('could not finish').waitFor();
    await shot('7-host-error');
    await widget.getByLabel('Service user ID').fill('SERVICE-202');
    await widget.getByRole('button', { name: 'Connect HiBob' }).click();
    await widget.getByRole('heading', { name: 'HiBob is connected' }).waitFor();
    await shot('8-success');
    await page.screenshot({ path: new URL(`demo-page-${scheme}.png`, out).pathname, fullPage: true });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out.pathname}`);
