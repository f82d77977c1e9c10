/** Removes a secret from anything the widget hands on or shows (host results, host error messages). */
export const REDACTED = '[redacted]';

export function redactSecret<T>(value: T, secret: string, depth = 0): T {
  if (!secret) return value;
  if (typeof value === 'string') return value.split(secret).join(REDACTED) as T;
  // Host results are small JSON; the depth cap only guards against cycles.
  if (depth > 20 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => redactSecret(item, secret, depth + 1)) as T;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, redactSecret(item, secret, depth + 1)]),
  ) as T;
}
