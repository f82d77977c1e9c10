import { describe, it, expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { http, HttpResponse } from 'msw';
import { worker } from './msw.js';
import type { HibobLink } from '../../src/index.js';
import { $, click, fill, goToCredentials, input, mount, settled, submitWith, VALID } from './harness.js';

/** Every screen the inline flow can show, reached the way an admin reaches it. */
const screens: [string, (el: HibobLink) => Promise<void>][] = [
  ['intro', async () => {}],
  ['service-user', async (el) => click(el, 'Get started')],
  ['permissions', async (el) => (el.goTo('permissions'), el.updateComplete.then(() => {}))],
  ['credentials', goToCredentials],
  [
    'credentials with errors and hints',
    async (el) => {
      await goToCredentials(el);
      await fill(el, 'serviceUserId', 'acme');
      await fill(el, 'token', 'a b');
      await click(el, 'Connect HiBob');
    },
  ],
  ['token shown', async (el) => (await goToCredentials(el), await click(el, 'Show token'))],
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
    'success',
    async (el) => {
      el.submitCredentials = async () => ({});
      await submitWith(el);
      await settled(el);
    },
  ],
];

describe('accessibility (axe)', () => {
  it.each(screens)('%s has no axe violations', async (_name, reach) => {
    const el = await mount({ 'app-name': 'Acme' });
    await reach(el);
    await el.updateComplete;
    await expect(el).to.be.accessible();
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
});
