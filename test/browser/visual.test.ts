/**
 * Visual regression: each screen in light, dark and right-to-left, compared with the baselines committed
 * under __screenshots__/ (refresh them with `npm test -- --project browser -u test/browser/visual` after an
 * intended design change, and look at the new images before committing them).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cdp, page } from 'vitest/browser';
import type { HibobLink, PermissionReport } from '../../src/index.js';
import { $, fill, goToCredentials, localeReady, mount, settled, submitWith, until } from './harness.js';

beforeAll(async () => {
  // Stable pixels: no animations, no blinking caret, a fixed viewport.
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
  await page.viewport(800, 1400);
});
afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
});

const report: PermissionReport = {
  credentialsValid: true,
  sections: [
    { id: 'basic', status: 'granted' },
    { id: 'work', status: 'missing' },
    { id: 'personal', status: 'missing' },
    { id: 'lifecycle', status: 'unknown' },
  ],
};

const screens: [string, (el: HibobLink) => Promise<unknown>][] = [
  ['intro', async () => {}],
  ['service-user', async (el) => (el.goTo('service-user'), el.updateComplete)],
  ['permissions', async (el) => (el.goTo('permissions'), el.updateComplete)],
  [
    'credentials-errors',
    async (el) => {
      await goToCredentials(el);
      await fill(el, 'serviceUserId', 'acme');
      ($(el, '.button.primary') as HTMLButtonElement).click();
      await el.updateComplete;
      (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
    },
  ],
  [
    'review',
    async (el) => {
      el.checkPermissions = async () => report;
      await submitWith(el);
      await settled(el);
      await until(() => el.step === 'review');
      (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
    },
  ],
  [
    'success',
    async (el) => {
      await submitWith(el);
      await settled(el);
    },
  ],
];

const variants = [
  { name: 'light', attrs: { theme: 'light' } },
  { name: 'dark', attrs: { theme: 'dark' } },
  { name: 'rtl', attrs: { theme: 'light', locale: 'he' } },
] as const;

describe('visual baselines', () => {
  for (const variant of variants) {
    it.each(screens)(`%s (${variant.name})`, async (name, reach) => {
      const el = await mount(
        {
          'app-name': 'Acme',
          sections: 'basic work personal lifecycle',
          'required-sections': 'work',
          ...variant.attrs,
        },
        (e) => (e.submitCredentials = async () => ({})),
      );
      if (variant.name === 'rtl') await localeReady(el, 'he');
      await reach(el);
      await el.updateComplete;
      (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
      await expect.element($(el, '.panel')!).toMatchScreenshot(`${name}-${variant.name}`, {
        comparatorName: 'pixelmatch',
        comparatorOptions: { allowedMismatchedPixelRatio: 0.01 },
      });
    });
  }
});
