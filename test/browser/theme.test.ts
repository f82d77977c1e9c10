import { describe, it, expect, afterEach } from 'vitest';
import { cdp } from 'vitest/browser';
import { $, click, fill, goToCredentials, input, mount } from './harness.js';

async function emulate(features: { name: string; value: string }[]) {
  await cdp().send('Emulation.setEmulatedMedia', { features });
}
const REDUCED = { name: 'prefers-reduced-motion', value: 'reduce' };
afterEach(async () => {
  await emulate([REDUCED]); // the suite's default, see setup.ts
  document.querySelectorAll('style[data-hostile]').forEach((s) => s.remove());
});

const style = (node: Element) => getComputedStyle(node);

describe('theming', () => {
  it.each([
    ['--hibob-link-accent', 'rgb(1, 2, 3)', '.button.primary', 'backgroundColor'],
    ['--hibob-link-accent-contrast', 'rgb(4, 5, 6)', '.button.primary', 'color'],
    ['--hibob-link-surface', 'rgb(7, 8, 9)', '.panel', 'backgroundColor'],
    ['--hibob-link-text', 'rgb(10, 11, 12)', '.panel', 'color'],
    ['--hibob-link-muted', 'rgb(13, 14, 15)', '.lead', 'color'],
    ['--hibob-link-border', 'rgb(16, 17, 18)', '.panel', 'borderTopColor'],
    ['--hibob-link-radius', '3px', '.panel', 'borderTopLeftRadius'],
    ['--hibob-link-font-family', 'monospace', '.panel', 'fontFamily'],
    ['--hibob-link-font-size', '19px', '.panel', 'fontSize'],
    ['--hibob-link-max-width', '333px', '.panel', 'maxWidth'],
  ] as const)('%s styles the widget', async (property, value, selector, cssProperty) => {
    const el = await mount();
    el.style.setProperty(property, value);
    expect(style($(el, selector)!)[cssProperty]).toBe(value);
  });

  it('--hibob-link-danger and --hibob-link-success colour errors and success', async () => {
    const el = await mount({}, (e) => (e.submitCredentials = async () => ({})));
    el.style.setProperty('--hibob-link-danger', 'rgb(200, 0, 1)');
    el.style.setProperty('--hibob-link-success', 'rgb(0, 200, 2)');
    await goToCredentials(el);
    await click(el, 'Connect HiBob');
    expect(style($(el, '.message.error')!).color).toBe('rgb(200, 0, 1)');
    await fill(el, 'serviceUserId', 'SERVICE-1');
    await fill(el, 'token', 'Qe8q89RwbzeS7mmhMcAsN1crM73m6MdbjewGCCUY');
    await click(el, 'Connect HiBob');
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(style($(el, '.success-mark')!).color).toBe('rgb(0, 200, 2)');
  });

  it('follows prefers-color-scheme, and theme="light" / "dark" force a scheme', async () => {
    const el = await mount();
    const surface = () => style($(el, '.panel')!).backgroundColor;
    expect(surface()).toBe('rgb(255, 255, 255)');
    await emulate([REDUCED, { name: 'prefers-color-scheme', value: 'dark' }]);
    expect(surface()).toBe('rgb(27, 26, 33)');
    el.theme = 'light';
    await el.updateComplete;
    expect(surface()).toBe('rgb(255, 255, 255)');
    await emulate([REDUCED, { name: 'prefers-color-scheme', value: 'light' }]);
    el.theme = 'dark';
    await el.updateComplete;
    expect(surface()).toBe('rgb(27, 26, 33)');
    expect(style($(el, '.panel')!).colorScheme).toBe('dark');
  });

  it('prefers-reduced-motion turns animation off', async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    const el = await mount();
    expect(style($(el, '.body')!).animationName).toBe('enter');
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(style($(el, '.body')!).animationName).toBe('none');
  });

  it('renders the logo and footer slots', async () => {
    const el = await mount();
    const logo = document.createElement('img');
    logo.slot = 'logo';
    logo.alt = 'Acme';
    logo.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const help = document.createElement('a');
    help.slot = 'footer';
    help.href = '#help';
    help.textContent = 'Help';
    el.append(logo, help);
    await el.updateComplete;
    expect($<HTMLSlotElement>(el, 'slot[name="logo"]')!.assignedElements()).toEqual([logo]);
    expect($<HTMLSlotElement>(el, 'slot[name="footer"]')!.assignedElements()).toEqual([help]);
    expect(help.getClientRects().length).toBeGreaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('survives hostile host CSS: * { all: unset }, input { display: none }, a huge root font size', async () => {
    const hostile = document.createElement('style');
    hostile.dataset.hostile = '';
    hostile.textContent =
      '* { all: unset !important; } input { display: none !important; } html { font-size: 72px !important; }';
    document.head.append(hostile);
    const el = await mount({}, (e) => (e.submitCredentials = async () => ({})));
    const panel = $(el, '.panel')!;
    expect(style(panel).display).toBe('flex');
    expect(style(panel).fontSize).toBe('15px');
    expect(panel.getBoundingClientRect().height).toBeGreaterThan(200);
    await click(el, 'Get started');
    await goToCredentials(el);
    expect(input(el, 'serviceUserId').getBoundingClientRect().height).toBeGreaterThan(20);
    expect(style(input(el, 'token')).display).not.toBe('none');
  });
});

describe('accessibility in the dark theme', () => {
  it.each(['intro', 'service-user', 'permissions', 'credentials'] as const)(
    '%s has no axe violations',
    async (step) => {
      const el = await mount({ theme: 'dark', 'start-step': step });
      await expect(el).to.be.accessible();
    },
  );
});
