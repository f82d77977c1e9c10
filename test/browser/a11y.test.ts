import { describe, it, expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { http, HttpResponse } from 'msw';
import { worker } from './msw.js';
import type { HibobLink } from '../../src/index.js';
import { $, fill, goToCredentials, input, localeReady, mount, settled, submitWith, until, VALID } from './harness.js';

/** Every screen the inline flow can show, reached without depending on the UI language. */
const screens: [string, (el: HibobLink) => Promise<void>][] = [
  ['intro', async () => {}],
  ['service-user', async (el) => (el.goTo('service-user'), el.updateComplete.then(() => {}))],
  ['permissions', async (el) => (el.goTo('permissions'), el.updateComplete.then(() => {}))],
  ['credentials', goToCredentials],
  [
    'credentials with errors and hints',
    async (el) => {
      await goToCredentials(el);
      await fill(el, 'serviceUserId', 'acme');
      await fill(el, 'token', 'a b');
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
    },
  ],
  [
    'token shown',
    async (el) => (
      await goToCredentials(el),
      $<HTMLButtonElement>(el, '.reveal')!.click(),
      el.updateComplete.then(() => {})
    ),
  ],
  [
    'submitting',
    async (el) => {
      el.submitCredentials = () => new Promise(() => {});
      await submitWith(el);
    },
  ],
  [
    'host error',
    async (el) => {
      el.submitCredentials = () => Promise.reject(new Error('x'));
      await submitWith(el);
      await settled(el);
    },
  ],
  [
    'review',
    async (el) => {
      el.submitCredentials = async () => ({});
      el.checkPermissions = async () => ({
        credentialsValid: true,
        sections: [
          { id: 'basic', status: 'granted' },
          { id: 'work', status: 'missing' },
          { id: 'history', status: 'unknown' },
        ],
      });
      await submitWith(el);
      await until(() => el.step === 'review');
    },
  ],
  [
    'success',
    async (el) => {
      el.submitCredentials = async () => ({});
      await submitWith(el);
      await settled(el);
    },
  ],
];

describe('accessibility (axe): every screen × light/dark × left-to-right/right-to-left', () => {
  const variants = [
    { theme: 'light', locale: 'en' },
    { theme: 'dark', locale: 'en' },
    { theme: 'light', locale: 'he' },
    { theme: 'dark', locale: 'he' },
  ] as const;
  const cases = screens.flatMap(([name, reach]) => variants.map((v) => ({ name, reach, ...v })));
  it.each(cases)('$name, $theme, $locale', async ({ reach, theme, locale }) => {
    const el = await mount({ 'app-name': 'Acme', sections: 'basic work history', theme, locale });
    await localeReady(el, locale);
    await reach(el);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('target size (WCAG 2.2, 2.5.8)', () => {
  it.each(screens)('%s: every control is at least 24 × 24 px', async (name, reach) => {
    const el = await mount({ 'app-name': 'Acme', sections: 'basic work history' });
    await reach(el);
    await el.updateComplete;
    const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input, summary, a[href]')];
    if (name !== 'success') expect(controls.length).toBeGreaterThan(0); // inline success has no controls
    const small = controls
      .map((c) => ({ c, r: c.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
      .map(
        ({ c, r }) => `${c.tagName} "${c.textContent?.trim() || c.getAttribute('aria-label')}" ${r.width}×${r.height}`,
      );
    expect(small).toEqual([]);
  });
});

describe('keyboard only', () => {
  it('goes from intro to success with Tab, Shift+Tab, Enter and Space', async () => {
    worker.use(http.post('/api/test/keyboard', () => HttpResponse.json({ ok: true })));
    const el = await mount({ 'submit-url': '/api/test/keyboard' });
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
    // Tab into the widget: the first stop is the "API token" disclosure, then the two footer buttons.
    (document.activeElement as HTMLElement | null)?.blur();
    $(el, '#title')!.focus();
    await userEvent.tab();
    expect(active()?.textContent).toContain('Looking for an API token instead?');
    await userEvent.keyboard('{Enter}');
    expect(($(el, 'details') as HTMLDetailsElement).open).toBe(true);
    await userEvent.tab();
    await userEvent.tab();
    expect(active()?.textContent).toContain('Get started');
    await userEvent.tab({ shift: true });
    expect(active()?.textContent).toContain('I already have a service user');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(el.step).toBe('service-user');
    expect(active()?.id).toBe('title');
    // Next is the last stop on the page; Shift+Tab from the end of the widget is awkward, so go forward.
    while (!active()?.textContent?.includes('Next')) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.step).toBe('permissions');
    while (!active()?.textContent?.includes('Next')) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.step).toBe('credentials');
    await userEvent.tab();
    expect(active()).toBe(input(el, 'serviceUserId'));
    await userEvent.keyboard(VALID.serviceUserId);
    await userEvent.tab();
    expect(active()).toBe(input(el, 'token'));
    await userEvent.keyboard(VALID.token);
    await userEvent.keyboard('{Enter}');
    await settled(el);
    expect(el.step).toBe('success');
    expect(active()?.id).toBe('title');
  });

  it('in a modal: opens from the host’s button with Enter, links, closes with Escape, focus back on the button', async () => {
    worker.use(http.post('/api/test/keyboard-modal', () => HttpResponse.json({ ok: true })));
    const launcher = document.createElement('button');
    launcher.textContent = 'Connect HiBob';
    document.body.prepend(launcher);
    const el = await mount({ mode: 'modal', 'submit-url': '/api/test/keyboard-modal', 'start-step': 'credentials' });
    launcher.addEventListener('click', () => el.show());
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
    launcher.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.open).toBe(true);
    expect(active()?.id).toBe('title');
    while (active() !== input(el, 'serviceUserId')) await userEvent.tab();
    await userEvent.keyboard(VALID.serviceUserId);
    await userEvent.tab();
    await userEvent.keyboard(VALID.token);
    await userEvent.keyboard('{Enter}');
    await settled(el);
    expect(el.step).toBe('success');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(el.open).toBe(false);
    expect(document.activeElement).toBe(launcher);
  });
});
