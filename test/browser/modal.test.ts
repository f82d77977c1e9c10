import { describe, it, expect, afterEach } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HibobLink } from '../../src/index.js';
import { $, click, mount, recordEvents, submitWith, settled, text } from './harness.js';

const root = document.documentElement;
afterEach(() => {
  root.style.overflow = '';
});

async function modal(attrs: Record<string, string> = {}) {
  const opener = document.createElement('button');
  opener.textContent = 'Connect HiBob';
  document.body.append(opener);
  const el = await mount({ mode: 'modal', 'app-name': 'Acme', ...attrs });
  opener.addEventListener('click', () => el.show());
  return { el, opener, dialog: () => $<HTMLDialogElement>(el, 'dialog')! };
}

/** The element that has focus, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
const inside = (el: HibobLink, node: Element | null) => !!node && (el.contains(node) || el.shadowRoot!.contains(node));

async function openFromButton(opener: HTMLButtonElement, el: HibobLink) {
  opener.focus();
  opener.click();
  await el.updateComplete;
}

describe('modal mode', () => {
  it('is closed until show(); opens a real modal dialog, moves focus to its heading and locks page scroll', async () => {
    const { el, opener, dialog } = await modal();
    expect(dialog().open).toBe(false);
    expect(el.open).toBe(false);
    await openFromButton(opener, el);
    expect(el.open).toBe(true);
    expect(el.hasAttribute('open')).toBe(true);
    expect(dialog().open).toBe(true);
    expect(dialog().matches(':modal')).toBe(true);
    expect(deepActive()?.id).toBe('title');
    expect(root.style.overflow).toBe('hidden');
    await expect(el).to.be.accessible();
  });

  it.each([
    ['close-button', async (el: HibobLink) => click(el, 'Close')],
    ['escape', async () => userEvent.keyboard('{Escape}')],
    [
      'backdrop',
      async (_el: HibobLink, dialog: HTMLDialogElement) => {
        dialog.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
        dialog.click();
      },
    ],
    ['method', async (el: HibobLink) => el.hide()],
  ] as const)('closes by %s with that exit reason, restores scroll and focus', async (reason, close) => {
    root.style.overflow = 'scroll';
    const { el, opener, dialog } = await modal();
    const { of } = recordEvents(el);
    await openFromButton(opener, el);
    await close(el, dialog());
    await el.updateComplete;
    expect(of('hibob-link-exit')).toEqual([{ step: 'intro', reason }]);
    expect(el.open).toBe(false);
    expect(dialog().open).toBe(false);
    expect(root.style.overflow).toBe('scroll');
    expect(document.activeElement).toBe(opener);
  });

  it('a cancelled exit keeps it open', async () => {
    const { el, opener } = await modal();
    el.addEventListener('hibob-link-exit', (e) => e.preventDefault());
    await openFromButton(opener, el);
    await userEvent.keyboard('{Escape}');
    await click(el, 'Close');
    el.hide();
    await el.updateComplete;
    expect(el.open).toBe(true);
    expect(root.style.overflow).toBe('hidden');
  });

  it('a drag that starts inside and ends on the backdrop does not close it', async () => {
    const { el, opener, dialog } = await modal();
    await openFromButton(opener, el);
    $(el, '#title')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    dialog().click();
    await el.updateComplete;
    expect(el.open).toBe(true);
  });

  it('show() twice never stacks two dialogs or two scroll locks', async () => {
    const { el, dialog } = await modal();
    el.show();
    el.show();
    await el.updateComplete;
    el.show();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('dialog')).toHaveLength(1);
    expect(document.querySelectorAll('dialog:modal')).toHaveLength(0); // ours lives in the shadow root
    expect(dialog().open).toBe(true);
    el.hide();
    await el.updateComplete;
    expect(root.style.overflow).toBe('');
  });

  it('two widgets opened one after the other restore the page scroll exactly', async () => {
    root.style.overflow = 'auto';
    const a = await modal();
    const b = await modal();
    a.el.show();
    await a.el.updateComplete;
    b.el.show();
    await b.el.updateComplete;
    expect(root.style.overflow).toBe('hidden');
    a.el.hide();
    await a.el.updateComplete;
    expect(root.style.overflow).toBe('hidden');
    b.el.hide();
    await b.el.updateComplete;
    expect(root.style.overflow).toBe('auto');
    a.el.show();
    await a.el.updateComplete;
    a.el.hide();
    await a.el.updateComplete;
    expect(root.style.overflow).toBe('auto');
  });

  it('removing an open modal releases the scroll lock', async () => {
    const { el } = await modal();
    el.show();
    await el.updateComplete;
    el.remove();
    expect(root.style.overflow).toBe('');
  });

  it('Tab and Shift+Tab stay inside the dialog', async () => {
    const { el, opener } = await modal();
    await openFromButton(opener, el);
    for (let i = 0; i < 12; i++) {
      await userEvent.tab();
      expect(inside(el, deepActive()), `Tab #${i + 1} left the dialog`).toBe(true);
    }
    for (let i = 0; i < 12; i++) {
      await userEvent.tab({ shift: true });
      expect(inside(el, deepActive()), `Shift+Tab #${i + 1} left the dialog`).toBe(true);
    }
  });

  it('after success, Done closes it with reason close-button', async () => {
    const { el, opener } = await modal();
    el.submitCredentials = async () => ({});
    const { of } = recordEvents(el);
    await openFromButton(opener, el);
    await submitWith(el);
    await settled(el);
    expect(text(el)).toContain('HiBob is connected');
    await click(el, 'Done');
    expect(of('hibob-link-exit')).toEqual([{ step: 'success', reason: 'close-button' }]);
    expect(el.open).toBe(false);
  });

  it('inline mode has no dialog, no close button and ignores exits', async () => {
    const el = await mount();
    const { of } = recordEvents(el);
    expect($(el, 'dialog')).toBeNull();
    expect($(el, '[part~="close-button"]')).toBeNull();
    el.hide();
    expect(of('hibob-link-exit')).toEqual([]);
  });

  it('open as an attribute opens it on first render', async () => {
    const el = await mount({ mode: 'modal', open: '' });
    expect($<HTMLDialogElement>(el, 'dialog')!.open).toBe(true);
    el.hide();
    await el.updateComplete;
  });
});
