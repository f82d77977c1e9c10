import { describe, it, expect, vi, afterEach } from 'vitest';
import { http, HttpResponse, delay } from 'msw';
import { worker } from './msw.js';
import type { HibobLink } from '../../src/index.js';
import {
  blur,
  click,
  fill,
  goToCredentials,
  input,
  mount,
  paste,
  recordEvents,
  settled,
  reachableStrings as strings,
} from './harness.js';

const SENTINEL = 'SENTINELx7Qz0Tok3nNeverLeaks9876543210ab'; // 40 letters and digits, like a real token
const ID = 'SERVICE-4242';
const URL = '/api/test/hygiene';

afterEach(() => vi.restoreAllMocks());

function attributesOf(root: HibobLink): string[] {
  const all = [root, ...root.shadowRoot!.querySelectorAll('*')];
  return all.flatMap((node) => [...node.attributes].map((a) => `${a.name}=${a.value}`));
}

describe('the token never leaks', () => {
  it('through every path: events, attributes, console, storage, URL, DOM after success', async () => {
    const consoleCalls: unknown[][] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const)
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleCalls.push(args));
    let answer: 'unauthorized' | 'server' | 'hang' | 'network' | 'ok' = 'unauthorized';
    const bodies: string[] = [];
    worker.use(
      http.post(URL, async ({ request }) => {
        bodies.push(await request.text());
        if (answer === 'unauthorized') return HttpResponse.json({ echo: SENTINEL }, { status: 401 });
        if (answer === 'server') return HttpResponse.json({ message: `failed for ${SENTINEL}` }, { status: 500 });
        if (answer === 'network') return HttpResponse.error();
        if (answer === 'hang') await delay('infinite');
        return HttpResponse.json({ linked: true, echo: SENTINEL });
      }),
    );
    const el = await mount({ 'submit-url': URL, timeout: '100' });
    const { events } = recordEvents(el);
    const attributeSnapshots: string[] = [];
    const observer = new MutationObserver(() => attributeSnapshots.push(...attributesOf(el)));
    observer.observe(el.shadowRoot!, { attributes: true, subtree: true, childList: true });
    observer.observe(el, { attributes: true });

    await goToCredentials(el);
    await paste(el, 'serviceUserId', `${ID}:${SENTINEL}`);
    await click(el, 'Show token');
    await blur(el, 'token');
    for (const next of ['unauthorized', 'server', 'hang', 'network'] as const) {
      answer = next;
      await click(el, 'Connect HiBob');
      await settled(el, 2000);
      attributeSnapshots.push(...attributesOf(el));
    }
    answer = 'ok';
    await click(el, 'Connect HiBob');
    await settled(el);
    expect(el.step).toBe('success');
    attributeSnapshots.push(...attributesOf(el));
    observer.disconnect();

    const leaks = {
      events: JSON.stringify(events).includes(SENTINEL),
      attributes: attributeSnapshots.some((a) => a.includes(SENTINEL)),
      console: JSON.stringify(consoleCalls).includes(SENTINEL),
      localStorage: JSON.stringify({ ...localStorage }).includes(SENTINEL),
      sessionStorage: JSON.stringify({ ...sessionStorage }).includes(SENTINEL),
      url: location.href.includes(SENTINEL) || document.cookie.includes(SENTINEL),
      shadowTextAfterSuccess: el.shadowRoot!.textContent!.includes(SENTINEL),
      inputsAfterSuccess: [...el.shadowRoot!.querySelectorAll('input')].some((i) => i.value.includes(SENTINEL)),
      elementStateAfterSuccess: strings(el).some((s) => s.includes(SENTINEL)),
    };
    expect(leaks).toEqual({
      events: false,
      attributes: false,
      console: false,
      localStorage: false,
      sessionStorage: false,
      url: false,
      shadowTextAfterSuccess: false,
      inputsAfterSuccess: false,
      elementStateAfterSuccess: false,
    });
    // The one place it must go: the host's own endpoint, once per attempt.
    expect(bodies).toHaveLength(5);
    expect(bodies.every((b) => JSON.parse(b).token === SENTINEL)).toBe(true);
    // The host echoed the token back in its result: the success event carries it redacted.
    expect(events.find((e) => e.type === 'hibob-link-success')!.detail).toEqual({
      serviceUserId: ID,
      result: { linked: true, echo: '[redacted]' },
    });
  });

  it('is gone after reset(), and the field is masked again', async () => {
    const el = await mount();
    await goToCredentials(el);
    await fill(el, 'token', SENTINEL);
    await click(el, 'Show token');
    el.reset();
    await el.updateComplete;
    expect(strings(el).some((s) => s.includes(SENTINEL))).toBe(false);
    await goToCredentials(el);
    expect(input(el, 'token').value).toBe('');
    expect(input(el, 'token').type).toBe('password');
  });

  it('a self-test: the scan does find the token while it is still typed in', async () => {
    const el = await mount();
    await goToCredentials(el);
    await fill(el, 'token', SENTINEL);
    expect(strings(el).some((s) => s.includes(SENTINEL))).toBe(true);
  });
});
