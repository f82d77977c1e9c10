/**
 * Property-based (fast-check) tests of the credential normaliser and validator (src/core/credentials.ts) under
 * hostile input (see fuzz-arbitraries.ts): never throw, every result validates to valid or to an error key with
 * English words, normalisation is idempotent, and a valid pair survives every way it can be pasted. At least
 * 10,000 generated inputs; the count is printed and written to test-results/. The server's body validation and
 * the report parser are in fuzz-server.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCredentials,
  cleanValue,
  MAX_ID_LENGTH,
  MAX_TOKEN_LENGTH,
  normalizeCredentials,
  normalizePaste,
  splitCombined,
  type CredentialField,
} from '../../src/core/credentials.js';
import type { HibobCredentials } from '../../src/core/types.js';
import { en, format } from '../../src/i18n/en.js';
import { huge, hostile, recordCount, tried } from './fuzz-arbitraries.js';

const field = fc.constantFrom<CredentialField>('serviceUserId', 'token');

// ---- assertions shared by the properties ----------------------------------------------------------------

const ERROR_WORDS = (key: keyof typeof en) => format(en[key], { max: 1, length: 1 });
/** An error key must have English words (and no unfilled placeholder) in en.ts. */
function expectValidOrWorded(values: HibobCredentials) {
  const check = checkCredentials(values);
  expect(check.valid).toBe(!check.errors.serviceUserId && !check.errors.token);
  for (const key of [...Object.values(check.errors), ...Object.values(check.hints)]) {
    expect(key in en, `unknown message key ${key}`).toBe(true);
    const words = ERROR_WORDS(key!);
    expect(words).toMatch(/[A-Za-z]{3,} [A-Za-z]{2,}/);
    expect(words).not.toMatch(/\{\w+\}/);
  }
  if (check.valid) {
    expect(values.serviceUserId.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(values.token.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
    expect(values.serviceUserId).toMatch(/^[\x21-\x39\x3B-\x7E]+$/); // printable ASCII, no colon
    expect(values.token).toMatch(/^[\x21-\x7E]+$/);
  }
  return check;
}

const JUNK_AT_ENDS = /^[\s\u200B-\u200D\u2060\uFEFF]|[\s\u200B-\u200D\u2060\uFEFF]$/;

describe('credential normaliser and validator under hostile input', () => {
  it('normalizePaste never throws, fills only its fields, and every result validates to valid or a worded error', () => {
    fc.assert(
      fc.property(field, hostile, hostile, hostile, (f, pasted, before, after) => {
        tried('normalizePaste');
        const next = normalizePaste(f, pasted, before, after);
        const keys = Object.keys(next);
        expect(keys.length === 1 ? keys[0] === f : keys.sort().join() === 'serviceUserId,token').toBe(true);
        for (const value of Object.values(next)) expect(value).not.toMatch(JUNK_AT_ENDS);
        const values = normalizeCredentials({ serviceUserId: '', token: '', ...next });
        expectValidOrWorded(values);
      }),
      { numRuns: 3000 },
    );
  });

  it('normalizeCredentials never throws and is idempotent (twice equals once)', () => {
    fc.assert(
      fc.property(hostile, hostile, (serviceUserId, token) => {
        tried('normalizeCredentials');
        const once = normalizeCredentials({ serviceUserId, token });
        expect(normalizeCredentials(once)).toEqual(once);
        expectValidOrWorded(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('cleanValue is idempotent and leaves no junk at the ends; splitCombined halves are clean', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        tried('cleanValue/splitCombined');
        const clean = cleanValue(raw);
        expect(cleanValue(clean)).toBe(clean);
        expect(clean).not.toMatch(JUNK_AT_ENDS);
        const both = splitCombined(raw);
        if (both) {
          expect(both.serviceUserId).not.toBe('');
          expect(both.token).not.toBe('');
          expect(cleanValue(both.serviceUserId)).toBe(both.serviceUserId);
          expect(cleanValue(both.token)).toBe(both.token);
        }
      }),
      { numRuns: 2500 },
    );
  });

  it('checkCredentials on raw (unnormalised) hostile values never throws and always answers', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary' })), hostile, (serviceUserId, token) => {
        tried('checkCredentials');
        expectValidOrWorded({ serviceUserId, token });
      }),
      { numRuns: 1500 },
    );
  });

  it('huge pastes (100 KB – 1 MB) are handled in linear time and rejected as too long, never split', () => {
    fc.assert(
      fc.property(field, huge, (f, pasted) => {
        tried('huge paste');
        const started = performance.now();
        const next = normalizePaste(f, pasted);
        const values = normalizeCredentials({ serviceUserId: '', token: '', ...next });
        const check = expectValidOrWorded(values);
        expect(performance.now() - started).toBeLessThan(2000);
        expect(splitCombined(pasted)).toBeUndefined();
        const kept = values[f];
        if (kept.length > MAX_TOKEN_LENGTH) expect(check.errors[f]).toBe(f === 'token' ? 'tokenTooLong' : 'idTooLong');
      }),
      { numRuns: 24 },
    );
  });
});

// ---- round-trips of valid pairs -------------------------------------------------------------------------

const serviceId = fc.oneof(
  fc.integer({ min: 0, max: 99_999_999 }).map((n) => `SERVICE-${n}`),
  // Other plausible IDs: letters, digits, dashes; not a label word ("id", "token"…) that a paste may carry.
  fc
    .stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,30}$/)
    .filter(
      (s) => !/^(?:service[\s_-]*user[\s_-]*id|user[\s_-]*id|id|token|api[\s_-]*token|basic|authorization)$/i.test(s),
    ),
);
// Tokens HiBob could issue: the 40-character sample shape, or other URL-safe printable ASCII (no : = or quotes).
const tokenValue = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9]{40}$/),
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._~+/-]{15,120}$/),
);
const junk = fc
  .array(fc.constantFrom(' ', '\t', '\n', '\r\n', '\u00A0', '\u200B', '\uFEFF', '\u3000'), { maxLength: 3 })
  .map((a) => a.join(''));
const QUOTES: [string, string][] = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
  ['„', '“'],
];

describe('a valid pair survives every way it can be pasted', () => {
  it('ID:TOKEN, ID TOKEN, Basic base64(ID:TOKEN), Authorization: Basic …, labelled and quoted, into either field', () => {
    fc.assert(
      fc.property(
        serviceId,
        tokenValue,
        field,
        junk,
        junk,
        fc.constantFrom(...QUOTES),
        (id, token, f, lead, trail, [open, close]) => {
          tried('round-trip');
          const pair = { serviceUserId: id, token };
          expect(checkCredentials(pair).valid).toBe(true);
          const encoded = Buffer.from(`${id}:${token}`, 'utf8').toString('base64');
          const forms = [
            `${id}:${token}`,
            `${id} ${token}`,
            `${id}\n${token}`,
            `Basic ${encoded}`,
            `Authorization: Basic ${encoded}`,
            `Basic ${encoded.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}`, // base64url, unpadded
            `ID: ${id}\nToken: ${token}`,
            `${open}${id}:${token}${close}`,
            `${open}${id}${close} ${open}${token}${close}`,
          ];
          for (const form of forms) {
            const pasted = `${lead}${form}${trail}`;
            expect(normalizePaste(f, pasted), JSON.stringify(pasted)).toEqual(pair);
            // Left in one field (typed rather than pasted), blur and submit split it the same way.
            const left = f === 'token' ? { serviceUserId: '', token: pasted } : { serviceUserId: pasted, token: '' };
            expect(normalizeCredentials(left)).toEqual(pair);
          }
          // Each value alone, quoted or padded, lands cleaned in its own field.
          expect(normalizePaste('serviceUserId', `${lead}${open}${id}${close}${trail}`)).toEqual({ serviceUserId: id });
          expect(normalizePaste('token', `${lead}${open}${token}${close}${trail}`)).toEqual({ token });
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('generated inputs', () => {
  it('at least 10,000 were tried', () => {
    expect(recordCount('credentials')).toBeGreaterThanOrEqual(10_000);
  });
});
