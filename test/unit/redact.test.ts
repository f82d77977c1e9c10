/** redactSecret (src/core/redact.ts): the token never leaves the widget inside a host result or message. */
import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecret } from '../../src/core/redact.js';

const SECRET = 'Qe8q89RwbzeS7mmhMcAsN1crM73m6MdbjewGCCUY';

/** Every string reachable from `value` (keys included), visiting each object once. */
function strings(value: unknown, seen = new Set<object>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, item]) => [key, ...strings(item, seen)]);
}

describe('redactSecret on strings', () => {
  it.each<[string, string]>([
    [SECRET, REDACTED],
    [`token=${SECRET}`, `token=${REDACTED}`],
    [`${SECRET} and again ${SECRET}${SECRET}`, `${REDACTED} and again ${REDACTED}${REDACTED}`],
    [`Basic SERVICE-202:${SECRET}\n`, `Basic SERVICE-202:${REDACTED}\n`],
    ['nothing secret here', 'nothing secret here'],
    ['', ''],
    [SECRET.slice(0, 39), SECRET.slice(0, 39)], // a part of the secret is not the secret
  ])('%j → %j', (input, expected) => {
    expect(redactSecret(input, SECRET)).toBe(expected);
  });

  it('matches case-sensitively, like the token itself', () => {
    expect(redactSecret(SECRET.toLowerCase(), SECRET)).toBe(SECRET.toLowerCase());
  });

  it('REDACTED is a visible marker that does not contain the secret', () => {
    expect(REDACTED).toBe('[redacted]');
  });
});

describe('redactSecret on JSON-like values', () => {
  it('redacts inside nested objects and arrays and keeps everything else', () => {
    const input = {
      ok: true,
      count: 3,
      nothing: null,
      missing: undefined,
      id: 'SERVICE-202',
      echo: { token: SECRET, note: `got ${SECRET}` },
      list: [SECRET, 1, [{ deep: [`x${SECRET}y`] }], null],
    };
    expect(redactSecret(input, SECRET)).toStrictEqual({
      ok: true,
      count: 3,
      nothing: null,
      missing: undefined,
      id: 'SERVICE-202',
      echo: { token: REDACTED, note: `got ${REDACTED}` },
      list: [REDACTED, 1, [{ deep: [`x${REDACTED}y`] }], null],
    });
  });

  it('does not change its input', () => {
    const input = { echo: { token: SECRET }, list: [SECRET] };
    redactSecret(input, SECRET);
    expect(input).toStrictEqual({ echo: { token: SECRET }, list: [SECRET] });
  });

  it('redacts a secret used as a key', () => {
    const output = redactSecret({ [SECRET]: 'value', [`by-${SECRET}`]: SECRET }, SECRET);
    expect(output).toStrictEqual({ [REDACTED]: 'value', [`by-${REDACTED}`]: REDACTED });
  });

  it('redacts an object with no prototype', () => {
    const input = Object.assign(Object.create(null) as Record<string, unknown>, { token: SECRET });
    // Not a plain Object.prototype object: left as it is (see "non-plain objects").
    expect(redactSecret(input, SECRET)).toBe(input);
  });

  it('terminates on a cycle and the output does not contain the secret anywhere', () => {
    const input: Record<string, unknown> = { token: SECRET };
    input.self = input;
    input.list = [input];
    const output = redactSecret(input, SECRET);
    const found = strings(output);
    expect(found).toContain(REDACTED);
    expect(found.filter((text) => text.includes(SECRET))).toEqual([]);
  });

  it('cuts a cycle with the marker, so the copy can be serialised', () => {
    const input: Record<string, unknown> = { id: 'SERVICE-202' };
    input.self = input;
    const output = redactSecret(input, SECRET) as Record<string, unknown>;
    expect(output).toStrictEqual({ id: 'SERVICE-202', self: REDACTED });
    expect(JSON.parse(JSON.stringify(output))).toStrictEqual({ id: 'SERVICE-202', self: REDACTED });
  });

  it('a value shared by two parents is not a cycle', () => {
    const shared = { token: SECRET };
    expect(redactSecret({ a: shared, b: [shared] }, SECRET)).toStrictEqual({
      a: { token: REDACTED },
      b: [{ token: REDACTED }],
    });
  });

  it('handles 40 levels of shared references (2^40 paths) without walking every path', () => {
    let input: unknown = { token: SECRET };
    for (let i = 0; i < 40; i++) input = { left: input, right: input };
    let output = redactSecret(input, SECRET) as Record<string, unknown>;
    for (let i = 0; i < 40; i++) output = (i % 2 ? output.left : output.right) as Record<string, unknown>;
    expect(output).toStrictEqual({ token: REDACTED });
  });

  it('redacts values nested deeper than any real host result', () => {
    let input: unknown = { token: SECRET };
    for (let i = 0; i < 50; i++) input = { next: input };
    const found = strings(redactSecret(input, SECRET));
    expect(found.filter((text) => text.includes(SECRET))).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['a number', 42],
    ['a boolean', false],
    ['null', null],
    ['undefined', undefined],
  ])('leaves %s untouched', (_, value) => {
    expect(redactSecret(value, SECRET)).toBe(value);
  });
});

describe('redactSecret leaves non-plain objects untouched', () => {
  class Result {
    token = SECRET;
  }
  it.each<[string, object]>([
    ['a Date', new Date(0)],
    ['a Map', new Map([['token', SECRET]])],
    ['a class instance', new Result()],
    ['a typed array', new Uint8Array([1, 2, 3])],
  ])('%s (same reference)', (_, value) => {
    expect(redactSecret(value, SECRET)).toBe(value);
  });
});

describe('redactSecret with an empty secret', () => {
  it.each<[string, unknown]>([
    ['a string', 'some text'],
    ['an object', { a: 'x', b: ['y'] }],
    ['an array', ['x']],
  ])('returns %s as it is (same reference, nothing replaced)', (_, value) => {
    expect(redactSecret(value, '')).toBe(value);
  });

  it('does not insert markers between characters', () => {
    expect(redactSecret('abc', '')).toBe('abc');
  });
});
