/**
 * fast-check arbitraries shared by the fuzz tests (test/unit/fuzz*.test.ts): hostile text mixing full unicode,
 * RTL overrides, zero-width and control characters, lone surrogates, quotes, colons, `Basic` headers with random
 * base64; ~1 MB pastes; any JSON-ish value. Also a counter of generated inputs, written to test-results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';

const BIDI = [
  '\u202E',
  '\u202D',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
];
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E'];
const CONTROL = ['\u0000', '\u0007', '\b', '\u001B', '\u007F', '\u0085', '\u009B'];
const SPACE = [' ', '\t', '\n', '\r\n', '\r', '\u00A0', '\u2003', '\u3000', '\u2028', '\u2029', '\v', '\f'];
const QUOTE = ['"', "'", '`', '“', '”', '‘', '’', '«', '»', '„'];
const WORDS = [
  'Basic ',
  'basic  ',
  'Authorization: Basic ',
  'Bearer ',
  'SERVICE-',
  'Token:',
  'ID=',
  'Service User ID: ',
];
const ODD = [':', '=', '::', ' : ', 'api_token=', '\uD800', '\uDFFF', '\uDBFF\uDC00', '👩‍💻', 'e\u0301', 'שלום', 'مرحبا'];
const MARKUP = ['Ω', 'ǅ', 'İ', 'ﬃ', '<img src=x onerror=alert(1)>', '%00', '\\u0000', '${x}', '{max}'];
export const HOSTILE = [...BIDI, ...INVISIBLE, ...CONTROL, ...SPACE, ...QUOTE, ...WORDS, ...ODD, ...MARKUP];

const hostileChar = fc.constantFrom(...HOSTILE);
const alnum = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') });
const b64 = fc.uint8Array({ maxLength: 120 }).map((bytes) => btoa(String.fromCharCode(...bytes)));
const b64OfText = fc.string({ unit: 'binary', maxLength: 80 }).map((s) => Buffer.from(s, 'utf8').toString('base64'));

/** Pieces glued together: hostile characters, full unicode, words, base64, `Basic` headers. */
export const hostile = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: hostileChar },
      { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
      { weight: 3, arbitrary: alnum },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
      { weight: 1, arbitrary: b64.map((s) => `Basic ${s}`) },
      { weight: 1, arbitrary: b64OfText.map((s) => `Basic ${s}`) },
      { weight: 1, arbitrary: fc.stringMatching(/^SERVICE-\d{1,8}$/) },
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));

/** ~100 KB to ~1 MB: one hostile chunk repeated, or pure whitespace (the quadratic-trim trap). */
export const huge = fc
  .tuple(
    fc.oneof(hostile, fc.constantFrom(' ', '\u200B', ' \n', '"', ':', 'a')),
    fc.integer({ min: 100_000, max: 1 << 20 }),
  )
  .map(([chunk, size]) => (chunk || 'x').repeat(Math.ceil(size / (chunk.length || 1))).slice(0, size));

/** Any value, including boxed values, maps, sets, null prototypes, bigints, dates, typed and sparse arrays. */
export const anything = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withObjectString: true,
});

const counts: Record<string, number> = {};
/** Counts one generated input under `name`. */
export const tried = (name: string) => void (counts[name] = (counts[name] ?? 0) + 1);

/** The total so far; prints it with the breakdown and writes test-results/fuzz-count-<file>.json. */
export function recordCount(file: string): number {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`fuzz (${file}): ${total} generated inputs tried`, counts);
  mkdirSync('test-results', { recursive: true });
  writeFileSync(`test-results/fuzz-count-${file}.json`, `${JSON.stringify({ total, counts }, null, 2)}\n`);
  return total;
}
