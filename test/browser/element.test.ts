import { describe, it, expect, vi, afterEach } from 'vitest';
import { HibobLink as HibobLinkClass } from '../../src/element.js';
import { SECTIONS } from '../../src/index.js';
import { en } from '../../src/i18n/en.js';
import {
  $,
  $$,
  click,
  fill,
  mount,
  recordEvents,
  text,
  title,
  button,
  input,
  nextFrame,
  submitWith,
} from './harness.js';

afterEach(() => vi.restoreAllMocks());

describe('registration and defaults', () => {
  it('registers <hibob-link> once, and importing again never throws', async () => {
    expect(customElements.get('hibob-link')).toBe(HibobLinkClass);
    await import('../../src/define.js');
    await import('../../src/index.js');
    expect(customElements.get('hibob-link')).toBe(HibobLinkClass);
  });

  it('starts at intro, inline, with the documented defaults', async () => {
    const el = await mount();
    expect(el.step).toBe('intro');
    expect(el.mode).toBe('inline');
    expect(el.timeout).toBe(30000);
    expect(el.lifecycleStatuses).toEqual(['hired', 'employed', 'terminated']);
    expect(title(el)).toBe('Connect HiBob to this app');
    expect($(el, '[part~="progress"]')!.textContent).toContain('Step 1 of 4');
  });

  it('keeps properties set before the element was upgraded', async () => {
    const el = document.createElement('div') as unknown as HibobLinkClass;
    const callback = async () => 'ok';
    Object.assign(el, { submitCredentials: callback });
    const real = await mount({}, (e) => Object.assign(e, { submitCredentials: callback }));
    expect(real.submitCredentials).toBe(callback);
  });
});

describe('guide steps', () => {
  it('walks intro → service-user → permissions → credentials with Next, and back with Back', async () => {
    const el = await mount({ 'app-name': 'Acme' });
    const { of } = recordEvents(el);
    await click(el, 'Get started');
    expect(el.step).toBe('service-user');
    expect(title(el)).toBe('Create a service user');
    expect($(el, '[part~="progress"]')!.textContent).toContain('Step 2 of 4');
    await click(el, 'Next');
    expect(el.step).toBe('permissions');
    expect($(el, '[part~="progress"]')!.textContent).toContain('Step 3 of 4');
    await click(el, 'Next');
    expect(el.step).toBe('credentials');
    expect($(el, '[part~="progress"]')!.textContent).toContain('Step 4 of 4');
    await click(el, 'Back');
    expect(el.step).toBe('permissions');
    expect(of('hibob-link-step')).toEqual([
      { from: 'intro', to: 'service-user' },
      { from: 'service-user', to: 'permissions' },
      { from: 'permissions', to: 'credentials' },
      { from: 'credentials', to: 'permissions' },
    ]);
  });

  it('offers a shortcut to the credentials for admins who already have a service user', async () => {
    const el = await mount();
    await click(el, 'I already have a service user');
    expect(el.step).toBe('credentials');
    expect($(el, '[part~="progress"]')!.textContent).toContain('Step 4 of 4');
  });

  it('teaches where to click in HiBob, with a breadcrumb per instruction', async () => {
    const el = await mount({ 'start-step': 'service-user' });
    const crumbs = $$(el, '.path').map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(crumbs[0]).toBe('Where in HiBob: System Settings › Integrations › Service users');
    expect(text(el)).toContain('Create service user');
    expect(text(el)).toContain('shows the token only once');
    await click(el, 'Next');
    expect($$(el, '.path').map((p) => p.textContent!.replace(/\s+/g, ' ').trim())).toContain(
      'Where in HiBob: People’s data › Whose data can members access?',
    );
    expect(text(el)).toContain('Select people by condition');
    expect(text(el)).toContain('Apply twice');
  });

  it('suggests a display name and a group name from app-name, each copied with one click', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const el = await mount({ 'app-name': 'Acme People', 'start-step': 'service-user' });
    expect($(el, '.copy-value code')!.textContent).toBe('Acme People integration');
    await click(el, 'Copy “Acme People integration”');
    expect(writeText).toHaveBeenCalledWith('Acme People integration');
    await el.updateComplete;
    const copiedButton = $(el, '.copy-value button')!;
    expect(copiedButton.textContent).toContain('Copied');
    // The accessible name still contains the visible text (WCAG 2.5.3).
    expect(copiedButton.getAttribute('aria-label')).toBe('Copied');
    await expect(el).to.be.accessible();
    await click(el, 'Next');
    await click(el, 'Copy “Acme People integration access”');
    expect(writeText).toHaveBeenLastCalledWith('Acme People integration access');
  });

  it('says so when copying fails, so the admin can copy by hand', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const el = await mount({ 'start-step': 'service-user' });
    await click(el, 'Copy “Data integration”');
    await new Promise((r) => setTimeout(r, 20));
    await nextFrame();
    await el.updateComplete;
    expect($(el, '[aria-live="polite"]')!.textContent).toContain(en.copyFailed);
  });

  it('explains that legacy API tokens are gone', async () => {
    const el = await mount();
    expect($(el, 'details summary')!.textContent).toContain('API token');
    expect(text(el)).toContain('May 2025');
  });
});

describe('attributes', () => {
  it('app-name names the host product in the copy', async () => {
    const el = await mount({ 'app-name': 'Acme' });
    expect(title(el)).toBe('Connect HiBob to Acme');
    el.appName = 'Globex';
    await el.updateComplete;
    expect(title(el)).toBe('Connect HiBob to Globex');
  });

  it('start-step starts the flow there and counts progress from it', async () => {
    const el = await mount({ 'start-step': 'permissions' });
    expect(el.step).toBe('permissions');
    expect($(el, '[part~="progress"]')!.textContent).toContain('Step 1 of 2');
    expect(() => button(el, 'Back')).toThrow();
    const direct = await mount({ 'start-step': 'credentials' });
    expect(direct.step).toBe('credentials');
    expect($(direct, '[part~="progress"]')).toBeNull(); // no "Step 1 of 1"
    expect(() => button(direct, 'Back')).toThrow();
  });

  it('an invalid start-step falls back to intro with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ 'start-step': 'nowhere' });
    expect(el.step).toBe('intro');
    expect(warn).toHaveBeenCalledOnce();
  });

  it('sections filters the checklist; required-sections marks what blocks linking; basic is always required', async () => {
    const el = await mount({ 'start-step': 'permissions', sections: 'work personal', 'required-sections': 'work' });
    const shown = $$(el, '.section').map((s) => s.dataset.section);
    expect(shown).toEqual(['basic', 'personal', 'work']);
    const badge = (id: string) => $(el, `[data-section="${id}"] .badge`)!.textContent!.trim();
    expect(badge('basic')).toBe('Required');
    expect(badge('work')).toBe('Required');
    expect(badge('personal')).toBe('Optional');
    expect($(el, '[data-section="personal"]')!.textContent).toContain(SECTIONS.personal.permissions[1]);
    expect($(el, '[data-section="personal"] .why')!.textContent).toContain('never edits employee data');
  });

  it('shows all nine sections by default, each with its exact HiBob permission lines', async () => {
    const el = await mount({ 'start-step': 'permissions' });
    expect($$(el, '.section')).toHaveLength(9);
    for (const section of Object.values(SECTIONS)) {
      const item = $(el, `[data-section="${section.id}"]`)!;
      for (const line of section.permissions) expect(item.textContent).toContain(line);
    }
  });

  it('ignores unknown section ids with exactly one warning, never a throw', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ 'start-step': 'permissions', sections: 'work payroll salary' });
    expect($$(el, '.section').map((s) => s.dataset.section)).toEqual(['basic', 'work']);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).toContain('payroll, salary');
  });

  it('lifecycle-statuses lists the statuses to select, custom leave types included', async () => {
    const el = await mount({ 'start-step': 'permissions', 'lifecycle-statuses': 'employed garden-leave sabbatical' });
    expect($$(el, '.chip').map((c) => c.textContent!.trim())).toEqual(['Employed', 'Garden leave', 'Sabbatical']);
  });

  it('strings overrides any text, placeholders included', async () => {
    const el = await mount({ 'app-name': 'Acme' }, (e) => {
      e.strings = { introTitle: 'Link {app} with HiBob', getStarted: 'Begin' };
    });
    expect(title(el)).toBe('Link Acme with HiBob');
    await click(el, 'Begin');
    expect(el.step).toBe('service-user');
  });

  it('app-name containing markup renders as text', async () => {
    const el = await mount({ 'app-name': '<img src=x onerror="window.__pwned=1">' });
    expect($(el, 'img')).toBeNull();
    expect(title(el)).toContain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('reset() and goTo()', () => {
  it('goTo moves to a guide step and ignores anything else', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount();
    el.goTo('permissions');
    await el.updateComplete;
    expect(el.step).toBe('permissions');
    el.goTo('success' as never);
    await el.updateComplete;
    expect(el.step).toBe('permissions');
    expect(warn).toHaveBeenCalledOnce();
  });

  it('goTo before start-step widens the progress instead of breaking it', async () => {
    const el = await mount({ 'start-step': 'credentials' });
    el.goTo('service-user');
    await el.updateComplete;
    expect($(el, '[part~="progress"]')!.textContent).toContain('Step 1 of 3');
    await click(el, 'Next');
    expect(el.step).toBe('permissions');
  });

  it('reset returns to start-step and clears every input and message', async () => {
    const el = await mount({ 'start-step': 'service-user' });
    const { of } = recordEvents(el);
    el.goTo('credentials');
    await el.updateComplete;
    await fill(el, 'serviceUserId', 'SERVICE 1');
    await fill(el, 'token', 'abc');
    await click(el, 'Connect HiBob');
    expect($$(el, '.message.error').length).toBeGreaterThan(0);
    el.reset();
    await el.updateComplete;
    expect(el.step).toBe('service-user');
    expect(of('hibob-link-step').at(-1)).toEqual({ from: 'credentials', to: 'service-user' });
    el.goTo('credentials');
    await el.updateComplete;
    expect(input(el, 'serviceUserId').value).toBe('');
    expect(input(el, 'token').value).toBe('');
    expect($$(el, '.message')).toHaveLength(0);
    expect(input(el, 'token').type).toBe('password');
  });

  it('reset during a request aborts it and reports nothing for it', async () => {
    let signal: AbortSignal | undefined;
    const el = await mount({}, (e) => {
      e.submitCredentials = (_c, ctx) => {
        signal = ctx.signal;
        return new Promise(() => {});
      };
    });
    const { of } = recordEvents(el);
    await submitWith(el);
    expect(el.step).toBe('submitting');
    el.reset();
    await el.updateComplete;
    expect(signal!.aborted).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(el.step).toBe('intro');
    expect(of('hibob-link-error')).toEqual([]);
    expect(of('hibob-link-success')).toEqual([]);
  });
});

describe('focus and announcements', () => {
  it('moves focus to the new heading when the admin navigates, and announces "Step X of Y"', async () => {
    const el = await mount({ 'app-name': 'Acme' });
    button(el, 'Get started').focus();
    await click(el, 'Get started');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).toBe('title');
    await nextFrame();
    await el.updateComplete;
    expect($(el, '[aria-live="polite"]')!.textContent).toBe('Step 2 of 4: Create a service user');
  });

  it('does not steal focus from the page when the host calls goTo()', async () => {
    const outside = document.createElement('input');
    document.body.append(outside);
    outside.focus();
    const el = await mount();
    el.goTo('permissions');
    await el.updateComplete;
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });
});
