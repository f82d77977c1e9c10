/** A small driver for `<hibob-link>` in tests: mount it, fill and paste like a user, read what it shows. */
import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HibobLink } from '../../src/index.js';
import type { CredentialField } from '../../src/core/credentials.js';

export const VALID = { serviceUserId: 'SERVICE-202', token: 'Qe8q89RwbzeS7mmhMcAsN1crM73m6MdbjewGCCUY' };

export async function mount(attributes: Record<string, string> = {}, setup?: (el: HibobLink) => void) {
  const el = document.createElement('hibob-link');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  setup?.(el);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: HibobLink, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: HibobLink, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

const FIELD_SELECTOR: Record<CredentialField, string> = { serviceUserId: '#service-user-id', token: '#token' };
export const input = (el: HibobLink, field: CredentialField) => $<HTMLInputElement>(el, FIELD_SELECTOR[field])!;

export const title = (el: HibobLink) => $(el, '#title')!.textContent!.trim();
export const text = (el: HibobLink) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** The button whose visible text (or aria-label) contains `label`. */
export function button(el: HibobLink, label: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) =>
    `${b.textContent} ${b.getAttribute('aria-label') ?? ''}`.includes(label),
  );
  if (!found) throw new Error(`no button "${label}" on step ${el.step}`);
  return found;
}

export async function click(el: HibobLink, label: string) {
  button(el, label).click();
  await el.updateComplete;
}

/** Types a value like a user: focus, set, input event. */
export async function fill(el: HibobLink, field: CredentialField, value: string) {
  const target = input(el, field);
  target.focus();
  target.value = value;
  target.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function blur(el: HibobLink, field: CredentialField) {
  input(el, field).blur();
  await el.updateComplete;
}

/** Pastes `text` at the caret (or over the selection) of a field through a real ClipboardEvent. */
export async function paste(el: HibobLink, field: CredentialField, pasted: string) {
  const target = input(el, field);
  target.focus();
  const data = new DataTransfer();
  data.setData('text/plain', pasted);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  if (target.dispatchEvent(event)) {
    // Nothing handled it: do what the browser would.
    target.setRangeText(pasted, target.selectionStart ?? 0, target.selectionEnd ?? 0, 'end');
    target.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}

export async function goToCredentials(el: HibobLink) {
  el.goTo('credentials');
  await el.updateComplete;
}

/** Fills both fields and presses the submit button. */
export async function submitWith(el: HibobLink, values: { serviceUserId: string; token: string } = VALID) {
  if (el.step !== 'credentials') await goToCredentials(el);
  await fill(el, 'serviceUserId', values.serviceUserId);
  await fill(el, 'token', values.token);
  // By role rather than label, so it works in every language.
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
}

/** Records every hibob-link-* event the element dispatches. */
export function recordEvents(el: HibobLink) {
  const events: { type: string; detail: unknown }[] = [];
  for (const type of [
    'hibob-link-step',
    'hibob-link-success',
    'hibob-link-error',
    'hibob-link-check',
    'hibob-link-exit',
  ])
    el.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
  return {
    events,
    of: (type: string) => events.filter((e) => e.type === type).map((e) => e.detail as Record<string, unknown>),
  };
}

/** Resolves once the element has left `checking` and `submitting` (the host call ended). */
export async function settled(el: HibobLink, timeout = 5000) {
  await until(() => el.step !== 'checking' && el.step !== 'submitting', timeout, 'the host call to end');
  await el.updateComplete;
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** Polls until `done()` holds (or fails after `timeout` ms); for things that settle asynchronously, like a locale chunk. */
export async function until(done: () => boolean, timeout = 5000, what = 'condition') {
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Waits until the widget renders in `locale` (a lazily loaded dictionary). */
export const localeReady = (el: HibobLink, locale: string) =>
  until(() => el.shadowRoot!.querySelector('.panel')?.getAttribute('lang') === locale, 5000, `locale ${locale}`);

/**
 * Every string reachable from `value` (own properties, symbol keys included, a few levels deep): the token
 * audits use it to search the element's own state, where Lit keeps reactive properties under symbols.
 */
export function reachableStrings(value: unknown, depth = 0, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (depth > 4 || typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  if (depth > 0 && value instanceof Node) return []; // the element itself, not the DOM around it
  return Reflect.ownKeys(value).flatMap((key) => {
    try {
      return reachableStrings((value as Record<PropertyKey, unknown>)[key], depth + 1, seen);
    } catch {
      return [];
    }
  });
}
