/**
 * Exactly one host call per user action, for check-url and submit-url: Enter held down (key repeat), triple and
 * double clicks on Connect, and rapid real and synchronous clicks on Check again and Continue without them (the
 * last two sent one call per click before the review actions were guarded).
 */
import { describe, it, expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { HttpResponse, delay } from 'msw';
import { $, button, input, mount, recordEvents, submitWith, VALID, settled } from './harness.js';
import { CHECK_URL, GRANTED, MISSING, serve, SUBMIT_URL } from './hosts.js';

describe('exactly one host call per user action', () => {
  it('Enter held down (key repeat) in the token field sends one submit-url request; the retry one more', async () => {
    const submits = serve(SUBMIT_URL, async (n) => {
      await delay(150);
      return n === 1 ? HttpResponse.json({}, { status: 500 }) : HttpResponse.json({ ok: n });
    });
    const el = await mount({ 'submit-url': SUBMIT_URL, 'start-step': 'credentials' });
    await submitWith(el, { serviceUserId: VALID.serviceUserId, token: VALID.token });
    await settled(el);
    expect(submits).toHaveLength(1);
    input(el, 'token').focus();
    await userEvent.keyboard('{Enter>5/}');
    await userEvent.keyboard('{Enter}{Enter}{Enter}');
    await settled(el);
    expect(el.step).toBe('success');
    expect(submits).toHaveLength(2);
  });

  it('rapid clicks on Connect (triple click + more) with check-url: one check, one submit', async () => {
    // The check answers only once the clicks are done: real clicks find the button by its name, and a name that
    // changed mid-way (Checking… → Connecting…) would make the click wait for a button that no longer exists.
    let release!: () => void;
    const clicksDone = new Promise<void>((r) => (release = r));
    const checks = serve(CHECK_URL, async () => {
      await clicksDone;
      return HttpResponse.json(GRANTED);
    });
    const submits = serve(SUBMIT_URL, async () => {
      await delay(150);
      return HttpResponse.json({ ok: 1 });
    });
    const el = await mount({
      'check-url': CHECK_URL,
      'submit-url': SUBMIT_URL,
      sections: 'basic',
      'start-step': 'credentials',
    });
    const log = recordEvents(el);
    await submitWith(el, { serviceUserId: VALID.serviceUserId, token: VALID.token });
    const primary = $<HTMLButtonElement>(el, 'button[type="submit"]')!;
    await userEvent.tripleClick(primary, { force: true });
    await userEvent.dblClick(primary, { force: true });
    input(el, 'token').focus();
    await userEvent.keyboard('{Enter>3/}');
    release();
    await settled(el);
    expect(el.step).toBe('success');
    expect(checks).toHaveLength(1);
    expect(submits).toHaveLength(1);
    expect(log.of('hibob-link-success')).toHaveLength(1);
  });

  it.each(['Check again', 'Continue without them'] as const)(
    'on the review step, "%s" clicked rapidly (real and synchronous clicks) makes one call',
    async (label) => {
      const checks = serve(CHECK_URL, async () => {
        await delay(100);
        return HttpResponse.json(MISSING);
      });
      const submits = serve(SUBMIT_URL, async () => {
        await delay(100);
        return HttpResponse.json({ ok: 1 });
      });
      const el = await mount({ 'check-url': CHECK_URL, 'submit-url': SUBMIT_URL, sections: 'basic work' });
      await submitWith(el);
      await settled(el);
      expect(el.step).toBe('review');
      expect(checks).toHaveLength(1);
      const target = button(el, label);
      target.click();
      target.click();
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settled(el);
      if (label === 'Check again') {
        expect(checks).toHaveLength(2);
        expect(el.step).toBe('review');
        await userEvent.tripleClick(button(el, label), { force: true });
        await settled(el);
        expect(checks).toHaveLength(3);
        expect(submits).toHaveLength(0);
      } else {
        expect(checks).toHaveLength(1);
        expect(submits).toHaveLength(1);
        expect(el.step).toBe('success');
      }
    },
  );
});
