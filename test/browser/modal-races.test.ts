/**
 * Modal open/close races a host can cause from script: hide() then show() before the dialog's asynchronous
 * `close` event arrives (found by the token audit: the stale event closed the reopened modal), and a modal
 * moved between parents while open.
 */
import { describe, it, expect } from 'vitest';
import type { HibobLink } from '../../src/index.js';
import { $, mount, recordEvents } from './harness.js';

const dialog = (el: HibobLink) => $<HTMLDialogElement>(el, 'dialog')!;
const task = () => new Promise((r) => setTimeout(r, 30));

describe('modal races', () => {
  it('hide() then show() in one go leaves it open and modal; one exit event', async () => {
    const el = await mount({ mode: 'modal', 'start-step': 'credentials' });
    const { of } = recordEvents(el);
    el.show();
    await el.updateComplete;
    el.hide();
    await el.updateComplete; // the dialog closes; its `close` event is queued as a task
    el.show();
    await el.updateComplete;
    await task(); // the stale `close` event has now fired
    await el.updateComplete;
    expect(el.open).toBe(true);
    expect(dialog(el).open).toBe(true);
    expect(dialog(el).matches(':modal')).toBe(true);
    expect(of('hibob-link-exit')).toEqual([{ step: 'credentials', reason: 'method' }]);
    el.hide();
    await el.updateComplete;
    await task();
    expect(el.open).toBe(false);
    expect(dialog(el).open).toBe(false);
  });

  it('show() then hide() in one go ends closed', async () => {
    const el = await mount({ mode: 'modal' });
    el.show();
    el.hide();
    await el.updateComplete;
    await task();
    expect(el.open).toBe(false);
    expect(dialog(el).open).toBe(false);
    expect(document.documentElement.style.overflow).toBe('');
  });

  it('moved to another parent while open: still open, still modal, page scroll still locked', async () => {
    const el = await mount({ mode: 'modal', 'start-step': 'credentials' });
    el.show();
    await el.updateComplete;
    expect(dialog(el).matches(':modal')).toBe(true);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await el.updateComplete;
    await task();
    expect(el.open).toBe(true);
    expect(dialog(el).open).toBe(true);
    expect(dialog(el).matches(':modal')).toBe(true);
    expect(document.documentElement.style.overflow).toBe('hidden');
    el.hide();
    await el.updateComplete;
    await task();
    expect(document.documentElement.style.overflow).toBe('');
  });
});
