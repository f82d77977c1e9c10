/** Removes a secret from anything the widget hands on or shows (host results, host error messages). */
export const REDACTED = '[redacted]';

/**
 * A copy of `value` with `secret` replaced in every string, keys included, of plain objects and arrays.
 * Other objects (Date, Map, class instances) are handed on as they are. A cycle is cut and replaced by
 * `REDACTED`, so the copy is finite and never holds the original (unredacted) object.
 */
export function redactSecret<T>(value: T, secret: string): T {
  if (!secret) return value;
  // Objects already copied: a value shared by many parents is copied once, so the walk stays linear.
  const done = new Map<object, unknown>();
  // Objects on the current path: meeting one again is a cycle.
  const active = new Set<object>();
  const visit = (item: unknown): unknown => {
    try {
      return walk(item);
    } catch {
      // A getter that throws or a revoked Proxy: nothing readable there, so nothing handed on either.
      return REDACTED;
    }
  };
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return item.split(secret).join(REDACTED);
    if (typeof item !== 'object' || item === null) return item;
    if (!Array.isArray(item) && Object.getPrototypeOf(item) !== Object.prototype) return item;
    if (done.has(item)) return done.get(item);
    if (active.has(item)) return REDACTED;
    active.add(item);
    try {
      const record = item as Record<string, unknown>;
      const copy = Array.isArray(item)
        ? item.map(visit)
        : Object.fromEntries(Object.keys(item).map((key) => [visit(key), visit(readProperty(record, key))]));
      done.set(item, copy);
      return copy;
    } finally {
      active.delete(item);
    }
  };
  return visit(value) as T;
}

/** `object[key]`, or `REDACTED` when reading it throws. */
function readProperty(object: Record<string, unknown>, key: string): unknown {
  try {
    return object[key];
  } catch {
    return REDACTED;
  }
}
