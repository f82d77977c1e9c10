import { describe, it, expect } from 'vitest';
import { en } from '../../src/i18n/en.js';
import type { CredentialErrorKey, CredentialHintKey } from '../../src/core/credentials.js';
import { $, $$, blur, button, click, fill, goToCredentials, input, mount, paste, VALID } from './harness.js';

const B64 = 'U0VSVklDRS0yMDI6UWU4cTg5UndiemVTN21taE1jQXNOMWNyTTczbTZNZGJqZXdHQ0NVWQ==';

async function credentialsStep() {
  const el = await mount({}, (e) => (e.submitCredentials = async () => ({ ok: true })));
  await goToCredentials(el);
  return el;
}

const messageFor = (el: Awaited<ReturnType<typeof credentialsStep>>, field: 'serviceUserId' | 'token') => {
  const describedBy = input(el, field).getAttribute('aria-describedby');
  return describedBy ? $(el, `#${describedBy}`)?.textContent?.trim() : undefined;
};

describe('credential fields', () => {
  it('label both fields, mask the token with a show/hide toggle, and keep autofill and spellcheck out', async () => {
    const el = await credentialsStep();
    expect($(el, 'label[for="service-user-id"]')!.textContent).toBe('Service user ID');
    expect($(el, 'label[for="token"]')!.textContent).toBe('Token');
    for (const field of ['serviceUserId', 'token'] as const) {
      expect(input(el, field).getAttribute('autocomplete')).toBe('off');
      expect(input(el, field).spellcheck).toBe(false);
    }
    expect(input(el, 'token').type).toBe('password');
    const toggle = button(el, 'Show token');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await click(el, 'Show token');
    expect(input(el, 'token').type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await click(el, 'Show token');
    expect(input(el, 'token').type).toBe('password');
  });

  it.each([
    ['ID:TOKEN into the ID field', 'serviceUserId', `${VALID.serviceUserId}:${VALID.token}`],
    ['ID:TOKEN into the token field', 'token', `${VALID.serviceUserId}:${VALID.token}`],
    ['ID TOKEN on two lines', 'serviceUserId', `${VALID.serviceUserId}\n${VALID.token}\n`],
    ['Basic <base64> into the token field', 'token', `Basic ${B64}`],
    ['Authorization header into the ID field', 'serviceUserId', `Authorization: Basic ${B64}`],
    ['quoted, with unicode spaces', 'token', `\u00a0"${VALID.serviceUserId}:${VALID.token}"\u200b`],
  ] as const)('split a combined paste into both fields: %s', async (_name, field, pasted) => {
    const el = await credentialsStep();
    await paste(el, field, pasted);
    expect(input(el, 'serviceUserId').value).toBe(VALID.serviceUserId);
    expect(input(el, 'token').value).toBe(VALID.token);
  });

  it('clean a single pasted value and keep what was already in the other field', async () => {
    const el = await credentialsStep();
    await fill(el, 'serviceUserId', 'SERVICE-7');
    await paste(el, 'token', `  “${VALID.token}”\t`);
    expect(input(el, 'token').value).toBe(VALID.token);
    expect(input(el, 'serviceUserId').value).toBe('SERVICE-7');
  });

  it('paste into the middle of a value inserts there', async () => {
    const el = await credentialsStep();
    await fill(el, 'serviceUserId', 'SERVICE-');
    input(el, 'serviceUserId').setSelectionRange(8, 8);
    await paste(el, 'serviceUserId', '202');
    expect(input(el, 'serviceUserId').value).toBe('SERVICE-202');
  });

  it('keep a 1 MB paste as typed and say it is too long, without splitting or hanging', async () => {
    const el = await credentialsStep();
    const huge = 'A'.repeat(1024 * 1024);
    await paste(el, 'token', huge);
    expect(input(el, 'token').value.length).toBe(huge.length);
    await blur(el, 'token');
    expect(messageFor(el, 'token')).toBe(en.tokenTooLong.replace('{max}', '256'));
  });

  it('normalise on blur: trim, unquote, split a pair left in one field', async () => {
    const el = await credentialsStep();
    await fill(el, 'serviceUserId', `  '${VALID.serviceUserId}'  `);
    await blur(el, 'serviceUserId');
    expect(input(el, 'serviceUserId').value).toBe(VALID.serviceUserId);
    await fill(el, 'serviceUserId', `${VALID.serviceUserId}:${VALID.token}`);
    await blur(el, 'serviceUserId');
    expect(input(el, 'serviceUserId').value).toBe(VALID.serviceUserId);
    expect(input(el, 'token').value).toBe(VALID.token);
  });
});

describe('validation messages', () => {
  const errorCases: [CredentialErrorKey, 'serviceUserId' | 'token', string, Record<string, string>][] = [
    ['idRequired', 'serviceUserId', '', {}],
    ['idWhitespace', 'serviceUserId', 'SERVICE- 202', {}],
    ['idColon', 'serviceUserId', 'SERVICE:202:', {}],
    ['idCharacters', 'serviceUserId', 'SERVICÉ-202', {}],
    ['idTooLong', 'serviceUserId', 'S'.repeat(65), { max: '64' }],
    ['tokenRequired', 'token', '', {}],
    ['tokenWhitespace', 'token', 'abc def', {}],
    ['tokenCharacters', 'token', 'tökén', {}],
    ['tokenTooLong', 'token', 'x'.repeat(257), { max: '256' }],
  ];

  it.each(errorCases)(
    '%s blocks the submit with its own message next to the field',
    async (key, field, value, params) => {
      const el = await mount({}, (e) => (e.submitCredentials = async () => ({})));
      await goToCredentials(el);
      const other = field === 'token' ? 'serviceUserId' : 'token';
      await fill(el, other, VALID[other]);
      await fill(el, field, value);
      await click(el, 'Connect HiBob');
      expect(el.step).toBe('credentials');
      let expected: string = en[key];
      for (const [name, v] of Object.entries(params)) expected = expected.replace(`{${name}}`, v);
      expect(messageFor(el, field)).toBe(expected);
      expect(input(el, field).getAttribute('aria-invalid')).toBe('true');
      expect(input(el, other).getAttribute('aria-invalid')).toBe('false');
    },
  );

  const hintCases: [CredentialHintKey, 'serviceUserId' | 'token', string][] = [
    ['idFormat', 'serviceUserId', 'Acme-integration'],
    ['tokenFormat', 'token', 'abc123'],
  ];
  it.each(hintCases)('%s is a hint: shown after blur, not blocking', async (key, field, value) => {
    let calls = 0;
    const el = await mount({}, (e) => (e.submitCredentials = async () => void calls++));
    await goToCredentials(el);
    const other = field === 'token' ? 'serviceUserId' : 'token';
    await fill(el, other, VALID[other]);
    await fill(el, field, value);
    await blur(el, field);
    expect(messageFor(el, field)).toBe(en[key].replace('{length}', String(value.length)));
    expect(input(el, field).getAttribute('aria-invalid')).toBe('false');
    await click(el, 'Connect HiBob');
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(1);
  });

  it('says nothing while the admin types the first characters; speaks after blur', async () => {
    const el = await credentialsStep();
    await fill(el, 'serviceUserId', 'S');
    expect($$(el, '.message')).toHaveLength(0);
    expect(input(el, 'serviceUserId').getAttribute('aria-invalid')).toBe('false');
    await fill(el, 'serviceUserId', 'SERVICE 2');
    await blur(el, 'serviceUserId');
    expect(messageFor(el, 'serviceUserId')).toBe(en.idWhitespace);
  });

  it('after a failed submit: focus on the first invalid field, ARIA wired, nothing sent, input kept', async () => {
    let calls = 0;
    const el = await mount({}, (e) => (e.submitCredentials = async () => void calls++));
    await goToCredentials(el);
    await fill(el, 'token', 'has space');
    await click(el, 'Connect HiBob');
    expect(calls).toBe(0);
    expect(el.shadowRoot!.activeElement).toBe(input(el, 'serviceUserId'));
    const id = input(el, 'serviceUserId');
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(id.getAttribute('aria-describedby')).toBe('service-user-id-message');
    expect($(el, '#service-user-id-message')!.getAttribute('part')).toBe('error');
    expect(input(el, 'token').value).toBe('has space');

    await fill(el, 'serviceUserId', VALID.serviceUserId);
    await click(el, 'Connect HiBob');
    expect(el.shadowRoot!.activeElement).toBe(input(el, 'token'));
    expect(input(el, 'serviceUserId').getAttribute('aria-invalid')).toBe('false');
    expect(calls).toBe(0);
  });

  it('submits with Enter from the token field', async () => {
    let received: unknown;
    const el = await mount({}, (e) => (e.submitCredentials = async (c) => (received = c)));
    await goToCredentials(el);
    await fill(el, 'serviceUserId', VALID.serviceUserId);
    await fill(el, 'token', VALID.token);
    input(el, 'token').form!.requestSubmit();
    await new Promise((r) => setTimeout(r, 0));
    expect(received).toEqual(VALID);
  });
});
