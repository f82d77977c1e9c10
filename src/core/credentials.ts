/**
 * Credential input: forgiving normalisation of whatever an admin pastes, and validation (zod) that
 * answers with message *keys*; the element turns keys into words through its strings.
 */
import * as z from 'zod/mini';
import type { HibobCredentials } from './types.js';

export type CredentialField = keyof HibobCredentials;

// Longest values we accept: real IDs are ~12 characters and tokens 40; anything this long is a wrong paste.
export const MAX_ID_LENGTH = 64;
export const MAX_TOKEN_LENGTH = 256;

// Whitespace plus the invisible characters that ride along with copies from web pages, chat tools and PDFs.
const JUNK_CHAR = /[\s\u200B-\u200D\u2060\uFEFF]/;
/** Trims junk at both ends with index loops: a regex like /\s+$/ is quadratic on a huge whitespace paste. */
function trimJunk(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && JUNK_CHAR.test(value[start]!)) start++;
  while (end > start && JUNK_CHAR.test(value[end - 1]!)) end--;
  return value.slice(start, end);
}
const QUOTE_PAIRS: Record<string, string> = { '"': '"', "'": "'", '`': '`', '“': '”', '‘': '’', '«': '»', '„': '“' };
// Labels that come along when an admin copies HiBob's "ID" and "Token" boxes together.
const LABEL_WORDS = '(?:service[\\s_-]*user[\\s_-]*id|user[\\s_-]*id|id|token|api[\\s_-]*token)\\s*[:=]';
const LABELS = new RegExp(`(?:^|\\s)${LABEL_WORDS}`, 'gi');
const LEADING_LABEL = new RegExp(`^${LABEL_WORDS}`, 'i');

/** Trims whitespace (unicode too) and invisible characters, surrounding quotes and a leading "Token:"-style label. */
export function cleanValue(raw: string): string {
  let value = trimJunk(raw);
  for (;;) {
    const label = LEADING_LABEL.exec(value);
    const close = QUOTE_PAIRS[value[0] ?? ''];
    if (label) value = value.slice(label[0].length);
    // Only quotes around the whole value: in `"ID" "TOKEN"` the first and last quote belong to different
    // halves, so they stay for the split to drop per half.
    else if (close && value.length >= 2 && value.endsWith(close) && !value.slice(1, -1).includes(close))
      value = value.slice(1, -1);
    else return value;
    value = trimJunk(value);
  }
}

function decodeBasic(encoded: string): string | undefined {
  const b64 = encoded.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]+$/.test(b64) || b64.length % 4 === 1) return undefined;
  try {
    const bytes = Uint8Array.from(atob(b64.padEnd(Math.ceil(b64.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Recognises a paste that holds both values: `ID:TOKEN`, `ID TOKEN` (any whitespace or newline),
 * `Basic <base64 of ID:TOKEN>` (optionally after `Authorization:`), and labelled copies such as
 * `ID: SERVICE-1 Token: abc`. Returns `undefined` for a single value.
 */
export function splitCombined(raw: string): HibobCredentials | undefined {
  const text = cleanValue(raw);
  // A 1 MB paste cannot be a credential pair; skip the work and let validation say "too long".
  if (text.length > (MAX_ID_LENGTH + MAX_TOKEN_LENGTH) * 4) return undefined;
  const basic = /^(?:authorization\s*:\s*)?basic\s+(\S+)$/i.exec(text);
  if (basic) {
    // Basic auth is "ID:TOKEN" by definition: the first colon separates them, nothing else does.
    const decoded = decodeBasic(basic[1]!);
    const colon = decoded?.indexOf(':') ?? -1;
    return colon > 0 ? pair(decoded!.slice(0, colon), decoded!.slice(colon + 1)) : undefined;
  }
  const pieces = text
    .replace(LABELS, ' ')
    .split(/[\s\u200B-\u200D\u2060\uFEFF]+/)
    .map(cleanValue)
    .filter(Boolean);
  // Two words are a pair only when they look like one; "SERVICE 1" is a typo, not an ID and a token.
  if (pieces.length === 2 && looksLikePair(pieces[0]!, pieces[1]!)) return pair(pieces[0]!, pieces[1]!);
  const colon = pieces.length === 1 ? pieces[0]!.indexOf(':') : -1;
  // The ID cannot hold a colon, so the first one separates ID from token.
  return colon > 0 ? pair(pieces[0]!.slice(0, colon), pieces[0]!.slice(colon + 1)) : undefined;
}

function looksLikePair(id: string, token: string): boolean {
  return /^SERVICE-\d+$/i.test(cleanValue(id)) || cleanValue(token).length >= 16;
}

function pair(id: string, token: string): HibobCredentials | undefined {
  const serviceUserId = cleanValue(id);
  const cleanToken = cleanValue(token);
  return serviceUserId && cleanToken ? { serviceUserId, token: cleanToken } : undefined;
}

/**
 * What a paste into `field` should do: a combined paste fills both fields, a single value only its own.
 * `before`/`after` are the field's text around the caret, so pasting into the middle of a value still works.
 */
export function normalizePaste(
  field: CredentialField,
  pasted: string,
  before = '',
  after = '',
): Partial<HibobCredentials> {
  if (!trimJunk(before) && !trimJunk(after)) {
    const both = splitCombined(pasted);
    if (both) return both;
  }
  return { [field]: cleanValue(before + pasted + after) };
}

/** Normalises both fields on blur and submit: cleans each, and splits a combined value left in either. */
export function normalizeCredentials(values: HibobCredentials): HibobCredentials {
  const id = cleanValue(values.serviceUserId);
  const token = cleanValue(values.token);
  if (id && !token) return splitCombined(id) ?? { serviceUserId: id, token };
  if (token && !id) return splitCombined(token) ?? { serviceUserId: id, token };
  return { serviceUserId: id, token };
}

/** Keys of the blocking messages; `Strings` holds their words. */
export type CredentialErrorKey =
  | 'idRequired'
  | 'idWhitespace'
  | 'idColon'
  | 'idCharacters'
  | 'idTooLong'
  | 'tokenRequired'
  | 'tokenWhitespace'
  | 'tokenCharacters'
  | 'tokenTooLong';
/** Keys of the non-blocking hints. */
export type CredentialHintKey = 'idFormat' | 'tokenFormat';

const PRINTABLE_ASCII = /^[\x21-\x7E]*$/;
const hasInnerWhitespace = (v: string) => JUNK_CHAR.test(v);

// Order matters: the first failing check is the message the admin sees.
const idSchema = z.string().check(
  z.minLength(1, 'idRequired' satisfies CredentialErrorKey),
  z.maxLength(MAX_ID_LENGTH, 'idTooLong' satisfies CredentialErrorKey),
  z.refine((v) => !hasInnerWhitespace(v), 'idWhitespace' satisfies CredentialErrorKey),
  z.refine((v) => PRINTABLE_ASCII.test(v), 'idCharacters' satisfies CredentialErrorKey),
  // The ID is the Basic-auth user name, which cannot hold a colon.
  z.refine((v) => !v.includes(':'), 'idColon' satisfies CredentialErrorKey),
);
const tokenSchema = z.string().check(
  z.minLength(1, 'tokenRequired' satisfies CredentialErrorKey),
  z.maxLength(MAX_TOKEN_LENGTH, 'tokenTooLong' satisfies CredentialErrorKey),
  z.refine((v) => !hasInnerWhitespace(v), 'tokenWhitespace' satisfies CredentialErrorKey),
  z.refine((v) => PRINTABLE_ASCII.test(v), 'tokenCharacters' satisfies CredentialErrorKey),
);

/** Blocks only what cannot be a HiBob credential; issue messages are `CredentialErrorKey`s. */
export const credentialsSchema = z.object({ serviceUserId: idSchema, token: tokenSchema });

export interface CredentialCheck {
  valid: boolean;
  errors: Partial<Record<CredentialField, CredentialErrorKey>>;
  hints: Partial<Record<CredentialField, CredentialHintKey>>;
}

/** Validates (already normalised) values: blocking errors first, then shape hints for values that pass. */
export function checkCredentials(values: HibobCredentials): CredentialCheck {
  const errors: CredentialCheck['errors'] = {};
  const hints: CredentialCheck['hints'] = {};
  const result = credentialsSchema.safeParse(values);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path[0] as CredentialField;
      errors[field] ??= issue.message as CredentialErrorKey;
    }
  }
  if (!errors.serviceUserId && !/^SERVICE-\d+$/.test(values.serviceUserId)) hints.serviceUserId = 'idFormat';
  if (!errors.token && !/^[A-Za-z0-9]{40}$/.test(values.token)) hints.token = 'tokenFormat';
  return { valid: !errors.serviceUserId && !errors.token, errors, hints };
}
