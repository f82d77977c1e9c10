/**
 * Server-side validation of the credentials a widget posts: the widget's own rules (src/core/credentials.ts),
 * with its English messages, so a host's endpoint and the form never disagree. Never echoes the value.
 */
import { checkCredentials, MAX_ID_LENGTH, MAX_TOKEN_LENGTH, type CredentialField } from '../core/credentials.js';
import type { HibobCredentials } from '../core/types.js';
import { en, format } from '../i18n/en.js';

export type CredentialsCheck =
  { valid: true; credentials: HibobCredentials } | { valid: false; field?: CredentialField; message: string };

const FIELDS: CredentialField[] = ['serviceUserId', 'token'];

export function validateCredentials(body: unknown): CredentialsCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { valid: false, message: 'Expected a JSON object with serviceUserId and token.' };
  }
  const values = body as Record<string, unknown>;
  const notString = FIELDS.find((field) => values[field] != null && typeof values[field] !== 'string');
  if (notString) return { valid: false, field: notString, message: `${notString} must be a string.` };
  const credentials = { serviceUserId: String(values.serviceUserId ?? ''), token: String(values.token ?? '') };
  const { errors } = checkCredentials(credentials);
  const field = FIELDS.find((f) => errors[f]);
  if (!field) return { valid: true, credentials };
  const max = field === 'token' ? MAX_TOKEN_LENGTH : MAX_ID_LENGTH;
  return { valid: false, field, message: format(en[errors[field]!], { max }) };
}
