/** Paste normalisation and validation of the Service User ID and token (src/core/credentials.ts). */
import { describe, expect, it } from 'vitest';
import {
  checkCredentials,
  cleanValue,
  credentialsSchema,
  MAX_ID_LENGTH,
  MAX_TOKEN_LENGTH,
  normalizeCredentials,
  normalizePaste,
  splitCombined,
  type CredentialErrorKey,
  type CredentialField,
  type CredentialHintKey,
} from '../../src/core/credentials.js';
import type { HibobCredentials } from '../../src/core/types.js';
import { en } from '../../src/i18n/en.js';

// The worked example from HiBob's docs (hibob-api-facts.md, "Authentication").
const ID = 'SERVICE-202';
const TOKEN = 'Qe8q89RwbzeS7mmhMcAsN1crM73m6MdbjewGCCUY';
const BASIC = 'U0VSVklDRS0yMDI6UWU4cTg5UndiemVTN21taE1jQXNOMWNyTTczbTZNZGJqZXdHQ0NVWQ==';
const BOTH: HibobCredentials = { serviceUserId: ID, token: TOKEN };
const MB = 1024 * 1024;

describe('the docs example', () => {
  it('is base64 of ID:TOKEN (guards the constants this file relies on)', () => {
    expect(Buffer.from(BASIC, 'base64').toString('utf8')).toBe(`${ID}:${TOKEN}`);
    expect(TOKEN).toHaveLength(40);
  });
});

interface PasteCase {
  name: string;
  field: CredentialField;
  pasted: string;
  before?: string;
  after?: string;
  expected: Partial<HibobCredentials>;
}

const id = (serviceUserId: string) => ({ serviceUserId });
const token = (value: string) => ({ token: value });

const pasteCases: PasteCase[] = [
  // Single values stay in the field they were pasted into.
  { name: 'plain ID', field: 'serviceUserId', pasted: ID, expected: id(ID) },
  { name: 'plain token', field: 'token', pasted: TOKEN, expected: token(TOKEN) },
  { name: 'a token pasted into the ID field stays there', field: 'serviceUserId', pasted: TOKEN, expected: id(TOKEN) },
  { name: 'leading and trailing spaces', field: 'serviceUserId', pasted: `   ${ID}  `, expected: id(ID) },
  { name: 'tabs at the ends', field: 'token', pasted: `\t\t${TOKEN}\t`, expected: token(TOKEN) },
  { name: 'newlines at the ends', field: 'token', pasted: `\n${TOKEN}\n\n`, expected: token(TOKEN) },
  { name: 'CRLF at the end', field: 'token', pasted: `${TOKEN}\r\n`, expected: token(TOKEN) },
  { name: 'NBSP (U+00A0) at the ends', field: 'serviceUserId', pasted: `\u00A0${ID}\u00A0`, expected: id(ID) },
  { name: 'em space (U+2003) at the ends', field: 'token', pasted: `\u2003${TOKEN}\u2003`, expected: token(TOKEN) },
  {
    name: 'ideographic space (U+3000) at the ends',
    field: 'token',
    pasted: `\u3000${TOKEN}\u3000`,
    expected: token(TOKEN),
  },
  {
    name: 'zero-width space (U+200B) at the ends',
    field: 'serviceUserId',
    pasted: `\u200B${ID}\u200B`,
    expected: id(ID),
  },
  { name: 'BOM (U+FEFF) in front', field: 'token', pasted: `\uFEFF${TOKEN}`, expected: token(TOKEN) },
  {
    name: 'a mix of invisible junk at both ends',
    field: 'token',
    pasted: `\uFEFF\u00A0 \t\u200B${TOKEN}\u200D\u2060\u3000\n`,
    expected: token(TOKEN),
  },
  // Surrounding quotes.
  { name: 'straight double quotes', field: 'token', pasted: `"${TOKEN}"`, expected: token(TOKEN) },
  { name: 'straight single quotes', field: 'serviceUserId', pasted: `'${ID}'`, expected: id(ID) },
  { name: 'backticks', field: 'token', pasted: `\`${TOKEN}\``, expected: token(TOKEN) },
  { name: 'curly double quotes “ ”', field: 'token', pasted: `“${TOKEN}”`, expected: token(TOKEN) },
  { name: 'curly single quotes ‘ ’', field: 'serviceUserId', pasted: `‘${ID}’`, expected: id(ID) },
  { name: 'guillemets « »', field: 'token', pasted: `«${TOKEN}»`, expected: token(TOKEN) },
  { name: 'low-high quotes „ “', field: 'token', pasted: `„${TOKEN}“`, expected: token(TOKEN) },
  { name: 'nested quotes with whitespace', field: 'token', pasted: ` " ' ${TOKEN} ' " `, expected: token(TOKEN) },
  {
    name: 'nested curly quotes and guillemets with unicode spaces',
    field: 'serviceUserId',
    pasted: `\u00A0“ ‘«\u2003${ID}\u200B»’ ”\n`,
    expected: id(ID),
  },
  { name: 'an unmatched opening quote is kept', field: 'token', pasted: `"${TOKEN}`, expected: token(`"${TOKEN}`) },
  { name: 'mismatched quotes are kept', field: 'token', pasted: `"${TOKEN}'`, expected: token(`"${TOKEN}'`) },
  // ID:TOKEN
  { name: 'ID:TOKEN into the ID field', field: 'serviceUserId', pasted: `${ID}:${TOKEN}`, expected: BOTH },
  { name: 'ID:TOKEN into the token field', field: 'token', pasted: `${ID}:${TOKEN}`, expected: BOTH },
  {
    name: 'ID:TOKEN splits at the first colon (the ID cannot hold one)',
    field: 'token',
    pasted: `${ID}:ab:cd`,
    expected: { serviceUserId: ID, token: 'ab:cd' },
  },
  { name: 'ID: with nothing after it is not a pair', field: 'serviceUserId', pasted: `${ID}:`, expected: id(`${ID}:`) },
  // ID TOKEN
  { name: 'ID TOKEN with a space', field: 'serviceUserId', pasted: `${ID} ${TOKEN}`, expected: BOTH },
  { name: 'ID TOKEN with a tab', field: 'token', pasted: `${ID}\t${TOKEN}`, expected: BOTH },
  { name: 'ID TOKEN with a newline', field: 'token', pasted: `${ID}\n${TOKEN}`, expected: BOTH },
  { name: 'ID TOKEN with CRLF', field: 'serviceUserId', pasted: `${ID}\r\n${TOKEN}\r\n`, expected: BOTH },
  {
    name: 'ID TOKEN with blank lines and unicode spaces around',
    field: 'token',
    pasted: `\u00A0 ${ID} \n\n\u3000${TOKEN}\u200B\n`,
    expected: BOTH,
  },
  // Basic <base64>
  { name: 'Basic <base64> into the token field', field: 'token', pasted: `Basic ${BASIC}`, expected: BOTH },
  { name: 'Basic <base64> into the ID field', field: 'serviceUserId', pasted: `Basic ${BASIC}`, expected: BOTH },
  {
    name: 'Basic <base64> without padding',
    field: 'token',
    pasted: `Basic ${BASIC.replace(/=+$/, '')}`,
    expected: BOTH,
  },
  { name: 'lowercase basic', field: 'token', pasted: `basic ${BASIC}`, expected: BOTH },
  {
    name: 'Authorization: Basic <base64>',
    field: 'serviceUserId',
    pasted: `Authorization: Basic ${BASIC}`,
    expected: BOTH,
  },
  { name: 'quoted Basic header value', field: 'token', pasted: ` "Basic ${BASIC}"\n`, expected: BOTH },
  {
    name: 'base64 that decodes to no colon stays as typed',
    field: 'token',
    pasted: ' Basic SGVsbG8= ', // "Hello"
    expected: token('Basic SGVsbG8='),
  },
  {
    name: 'Basic followed by something that is not base64 stays as typed',
    field: 'token',
    pasted: 'Basic !!not-base64!!',
    expected: token('Basic !!not-base64!!'),
  },
  // Labelled copies.
  {
    name: 'ID: … newline Token: …',
    field: 'token',
    pasted: `ID: SERVICE-1\nToken: ${TOKEN}`,
    expected: { serviceUserId: 'SERVICE-1', token: TOKEN },
  },
  {
    name: 'Service user ID: … Token: … on one line',
    field: 'serviceUserId',
    pasted: `Service user ID: ${ID} Token: ${TOKEN}`,
    expected: BOTH,
  },
  { name: 'Token: … alone into the token field', field: 'token', pasted: `Token: ${TOKEN}`, expected: token(TOKEN) },
  { name: 'Token: … alone into the ID field', field: 'serviceUserId', pasted: `Token: ${TOKEN}`, expected: id(TOKEN) },
  { name: 'ID: … alone', field: 'serviceUserId', pasted: `ID: ${ID}\n`, expected: id(ID) },
  // Quoted combined forms.
  { name: 'quoted "ID:TOKEN"', field: 'serviceUserId', pasted: `"${ID}:${TOKEN}"`, expected: BOTH },
  { name: "quoted 'ID TOKEN'", field: 'token', pasted: `'${ID} ${TOKEN}'`, expected: BOTH },
  { name: 'each half quoted: "ID" "TOKEN"', field: 'token', pasted: `"${ID}" "${TOKEN}"`, expected: BOTH },
  { name: "each half quoted: 'ID':'TOKEN'", field: 'serviceUserId', pasted: `'${ID}':'${TOKEN}'`, expected: BOTH },
  { name: 'each half in curly quotes: “ID” “TOKEN”', field: 'token', pasted: `“${ID}”\n“${TOKEN}”`, expected: BOTH },
  // Pasting into existing text.
  {
    name: 'completing a half-typed ID',
    field: 'serviceUserId',
    pasted: '202',
    before: 'SERVICE-',
    expected: id(ID),
  },
  {
    name: 'a combined value pasted into the middle of text is not split',
    field: 'serviceUserId',
    pasted: `${ID}:${TOKEN}`,
    before: 'abc',
    after: 'def',
    expected: id(`abc${ID}:${TOKEN}def`),
  },
  {
    name: 'a combined value pasted before existing text is not split',
    field: 'token',
    pasted: `${ID} `,
    after: TOKEN,
    expected: token(`${ID} ${TOKEN}`),
  },
  {
    name: 'a field holding only spaces still splits a combined paste',
    field: 'token',
    pasted: `${ID}:${TOKEN}`,
    before: '  ',
    after: ' ',
    expected: BOTH,
  },
];

describe('normalizePaste', () => {
  it('has a table of at least 30 cases', () => {
    expect(pasteCases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(pasteCases)('$name', ({ field, pasted, before, after, expected }) => {
    expect(normalizePaste(field, pasted, before, after)).toStrictEqual(expected);
  });

  it('a 1 MB paste comes back trimmed and whole, and is reported as too long', () => {
    const big = 'a'.repeat(MB);
    const result = normalizePaste('token', ` \n${big}\t `);
    expect(result).toStrictEqual({ token: big });
    expect(checkCredentials({ serviceUserId: ID, token: result.token! })).toEqual({
      valid: false,
      errors: { token: 'tokenTooLong' },
      hints: {},
    });
  });

  it('a 1 MB combined-looking paste is not split, and the ID is reported as too long', () => {
    const big = `${ID}:${'b'.repeat(MB)}`;
    const result = normalizePaste('serviceUserId', big);
    expect(result).toStrictEqual({ serviceUserId: big });
    expect(checkCredentials({ serviceUserId: result.serviceUserId!, token: TOKEN }).errors).toEqual({
      serviceUserId: 'idTooLong',
    });
  });

  it('1 MB of whitespace followed by one character', () => {
    expect(normalizePaste('token', `${' '.repeat(MB)}x`)).toStrictEqual({ token: 'x' });
    expect(normalizePaste('serviceUserId', `${'\u00A0\u200B\t\n'.repeat(MB / 4)}x`)).toStrictEqual({
      serviceUserId: 'x',
    });
  });

  it('one character followed by 1 MB of whitespace', () => {
    expect(normalizePaste('token', `x${' \u3000'.repeat(MB / 2)}`)).toStrictEqual({ token: 'x' });
  });

  it('1 MB of quote characters does not hang and stays a single value', () => {
    const quotes = '"'.repeat(MB);
    const result = normalizePaste('token', quotes);
    expect(Object.keys(result)).toEqual(['token']);
    expect(result.token!.length).toBeLessThanOrEqual(MB);
  });
});

describe('splitCombined and cleanValue', () => {
  it('splitCombined answers undefined for a single value', () => {
    expect(splitCombined(TOKEN)).toBeUndefined();
    expect(splitCombined(` "${ID}" `)).toBeUndefined();
    expect(splitCombined('')).toBeUndefined();
  });

  it('splitCombined finds all three combined forms', () => {
    expect(splitCombined(`${ID}:${TOKEN}`)).toStrictEqual(BOTH);
    expect(splitCombined(`${ID}\n${TOKEN}`)).toStrictEqual(BOTH);
    expect(splitCombined(`Basic ${BASIC}`)).toStrictEqual(BOTH);
  });

  it('splitCombined does not split three words', () => {
    expect(splitCombined(`${ID} ${TOKEN} extra`)).toBeUndefined();
  });

  it('cleanValue drops junk, quotes and a leading label but keeps inner characters', () => {
    expect(cleanValue(' \u200B“Token: abc def”\u00A0')).toBe('abc def');
    expect(cleanValue('a"b')).toBe('a"b');
    expect(cleanValue('""')).toBe('');
    expect(cleanValue('   ')).toBe('');
  });
});

describe('normalizeCredentials', () => {
  const cases: { name: string; input: HibobCredentials; expected: HibobCredentials }[] = [
    { name: 'clean values stay as they are', input: BOTH, expected: BOTH },
    {
      name: 'each field is trimmed and unquoted',
      input: { serviceUserId: ` '${ID}'\u00A0`, token: `\n“${TOKEN}”\u200B` },
      expected: BOTH,
    },
    {
      name: 'ID:TOKEN left in the ID field with an empty token',
      input: { serviceUserId: `${ID}:${TOKEN}`, token: '' },
      expected: BOTH,
    },
    {
      name: 'ID TOKEN left in the token field with an empty ID',
      input: { serviceUserId: '', token: `${ID} ${TOKEN}` },
      expected: BOTH,
    },
    {
      name: 'Basic <base64> left in the token field with a whitespace-only ID',
      input: { serviceUserId: ' \t', token: `Basic ${BASIC}` },
      expected: BOTH,
    },
    {
      name: 'a combined value is not split when the other field is set',
      input: { serviceUserId: `${ID}:${TOKEN}`, token: 'other' },
      expected: { serviceUserId: `${ID}:${TOKEN}`, token: 'other' },
    },
    {
      name: 'a single value in one field leaves the other empty',
      input: { serviceUserId: ` ${ID} `, token: '' },
      expected: { serviceUserId: ID, token: '' },
    },
    {
      name: 'a single value in the token field leaves the ID empty',
      input: { serviceUserId: '\u3000', token: `"${TOKEN}"` },
      expected: { serviceUserId: '', token: TOKEN },
    },
    { name: 'both empty', input: { serviceUserId: '', token: '' }, expected: { serviceUserId: '', token: '' } },
    {
      name: 'both whitespace only',
      input: { serviceUserId: ' \n', token: '\u00A0\u200B' },
      expected: { serviceUserId: '', token: '' },
    },
  ];

  it.each(cases)('$name', ({ input, expected }) => {
    expect(normalizeCredentials(input)).toStrictEqual(expected);
  });

  it('a combined value kept in the ID field (other field set) is then blocked by the colon rule', () => {
    const values = normalizeCredentials({ serviceUserId: `${ID}:${TOKEN}`, token: 'other' });
    expect(checkCredentials(values).errors.serviceUserId).toBe('idColon');
  });
});

// Every blocking key, with inputs that must produce it. `Record` makes a new key without a case a type error.
const idWith = (serviceUserId: string): HibobCredentials => ({ serviceUserId, token: TOKEN });
const tokenWith = (value: string): HibobCredentials => ({ serviceUserId: ID, token: value });
const errorCases: Record<CredentialErrorKey, [string, HibobCredentials][]> = {
  idRequired: [['empty', idWith('')]],
  idWhitespace: [
    ['space', idWith('SERVICE 202')],
    ['tab', idWith('SERVICE-\t202')],
    ['newline', idWith('SERVICE-\n202')],
    ['NBSP', idWith('SERVICE-\u00A0202')],
    ['zero-width space', idWith('SERVICE-\u200B202')],
  ],
  idColon: [
    ['colon inside', idWith('SERVICE-202:x')],
    ['colon at the end', idWith('SERVICE-202:')],
  ],
  idCharacters: [
    ['U+0000', idWith('SERVICE-\u0000202')],
    ['U+0007', idWith('SERVICE-202\u0007')],
    ['U+007F', idWith('\u007FSERVICE-202')],
    ['é', idWith('SERVICÉ-202')],
    ['emoji', idWith('SERVICE-202🙂')],
    ['Cyrillic С look-alike', idWith('\u0421ERVICE-202')],
  ],
  idTooLong: [['65 characters', idWith(`SERVICE-${'1'.repeat(57)}`)]],
  tokenRequired: [['empty', tokenWith('')]],
  tokenWhitespace: [
    ['space', tokenWith(`${TOKEN.slice(0, 20)} ${TOKEN.slice(20)}`)],
    ['tab', tokenWith(`${TOKEN.slice(0, 20)}\t${TOKEN.slice(20)}`)],
    ['CRLF', tokenWith(`${TOKEN.slice(0, 20)}\r\n${TOKEN.slice(20)}`)],
    ['NBSP', tokenWith(`${TOKEN.slice(0, 20)}\u00A0${TOKEN.slice(20)}`)],
    ['zero-width space', tokenWith(`${TOKEN.slice(0, 20)}\u200B${TOKEN.slice(20)}`)],
  ],
  tokenCharacters: [
    ['U+0000', tokenWith(`${TOKEN}\u0000`)],
    ['U+0007', tokenWith(`\u0007${TOKEN}`)],
    ['U+007F', tokenWith(`${TOKEN.slice(0, 20)}\u007F${TOKEN.slice(20)}`)],
    ['é', tokenWith(`${TOKEN.slice(0, 39)}é`)],
    ['emoji', tokenWith(`${TOKEN.slice(0, 38)}🙂`)],
    ['Cyrillic С look-alike', tokenWith(`\u0421${TOKEN.slice(1)}`)],
  ],
  tokenTooLong: [['257 characters', tokenWith('a'.repeat(257))]],
};
const errorRows = Object.entries(errorCases).flatMap(([key, rows]) =>
  rows.map(([what, values]) => ({ key: key as CredentialErrorKey, what, values })),
);
const fieldOf = (key: CredentialErrorKey | CredentialHintKey): CredentialField =>
  key.startsWith('id') ? 'serviceUserId' : 'token';

const hintCases: Record<CredentialHintKey, [string, HibobCredentials][]> = {
  idFormat: [
    ['letters after SERVICE-', idWith('SERVICE-abc')],
    ['lowercase prefix', idWith('service-1')],
    ['digits only', idWith('12345')],
    ['a display name', idWith('Acme-integration')],
  ],
  tokenFormat: [
    ['39 characters', tokenWith(TOKEN.slice(0, 39))],
    ['41 characters', tokenWith(`${TOKEN}x`)],
    ['a dash', tokenWith(`${TOKEN.slice(0, 39)}-`)],
  ],
};
const hintRows = Object.entries(hintCases).flatMap(([key, rows]) =>
  rows.map(([what, values]) => ({ key: key as CredentialHintKey, what, values })),
);

describe('checkCredentials: blocking errors', () => {
  it.each(errorRows)('$key: $what', ({ key, values }) => {
    const field = fieldOf(key);
    const result = checkCredentials(values);
    expect(result.valid).toBe(false);
    expect(result.errors).toStrictEqual({ [field]: key });
    // A field with an error gets no shape hint on top.
    expect(result.hints[field]).toBeUndefined();
  });

  it('reports both fields at once', () => {
    expect(checkCredentials({ serviceUserId: '', token: 'a b' })).toEqual({
      valid: false,
      errors: { serviceUserId: 'idRequired', token: 'tokenWhitespace' },
      hints: {},
    });
  });

  it('the first failing check is the one reported', () => {
    expect(checkCredentials(idWith(`SERVICE ${'1'.repeat(60)}`)).errors).toEqual({ serviceUserId: 'idTooLong' });
    expect(checkCredentials(idWith('é:1')).errors).toEqual({ serviceUserId: 'idCharacters' });
    expect(checkCredentials(idWith('a :b')).errors).toEqual({ serviceUserId: 'idWhitespace' });
  });

  it('values exactly at the length limits pass', () => {
    const longestId = `SERVICE-${'1'.repeat(MAX_ID_LENGTH - 8)}`;
    const longestToken = 'a'.repeat(MAX_TOKEN_LENGTH);
    expect(MAX_ID_LENGTH).toBe(64);
    expect(MAX_TOKEN_LENGTH).toBe(256);
    expect(longestId).toHaveLength(64);
    expect(checkCredentials({ serviceUserId: longestId, token: longestToken })).toEqual({
      valid: true,
      errors: {},
      hints: { token: 'tokenFormat' },
    });
  });

  it('printable ASCII punctuation is not blocked in a token', () => {
    expect(checkCredentials(tokenWith('abc!#$%&*+/=?^_|~xyz'))).toEqual({
      valid: true,
      errors: {},
      hints: { token: 'tokenFormat' },
    });
  });
});

describe('checkCredentials: hints', () => {
  it.each(hintRows)('$key: $what', ({ key, values }) => {
    const field = fieldOf(key);
    const result = checkCredentials(values);
    expect(result.hints).toStrictEqual({ [field]: key });
    // Hints never block.
    expect(result.errors).toStrictEqual({});
    expect(result.valid).toBe(true);
  });

  it('a valid pair gets no hints', () => {
    expect(checkCredentials(BOTH)).toStrictEqual({ valid: true, errors: {}, hints: {} });
    expect(checkCredentials({ serviceUserId: 'SERVICE-1', token: 'A'.repeat(40) })).toStrictEqual({
      valid: true,
      errors: {},
      hints: {},
    });
  });

  it('both hints at once still leave the pair valid', () => {
    expect(checkCredentials({ serviceUserId: 'acme', token: 'short' })).toStrictEqual({
      valid: true,
      errors: {},
      hints: { serviceUserId: 'idFormat', token: 'tokenFormat' },
    });
  });
});

describe('every message key has English words', () => {
  const keys = [...Object.keys(errorCases), ...Object.keys(hintCases)] as (CredentialErrorKey | CredentialHintKey)[];

  it('covers all eleven keys', () => {
    expect(new Set(keys).size).toBe(11);
  });

  it.each(keys)('%s', (key) => {
    const words: unknown = (en as Record<string, unknown>)[key];
    expect(typeof words).toBe('string');
    expect((words as string).trim()).not.toBe('');
    expect(words).not.toBe(key);
  });
});

describe('credentialsSchema (public API)', () => {
  it('accepts a valid pair and returns it unchanged', () => {
    const result = credentialsSchema.safeParse(BOTH);
    expect(result.success).toBe(true);
    expect(result.data).toStrictEqual(BOTH);
  });

  it('accepts values that only earn hints', () => {
    expect(credentialsSchema.safeParse({ serviceUserId: 'service-1', token: 'abc' }).success).toBe(true);
  });

  it.each(errorRows)('rejects $key: $what', ({ key, values }) => {
    const result = credentialsSchema.safeParse(values);
    expect(result.success).toBe(false);
    const first = result.error!.issues[0]!;
    expect(first.path).toEqual([fieldOf(key)]);
    expect(first.message).toBe(key);
  });

  it('rejects non-strings and missing fields', () => {
    expect(credentialsSchema.safeParse({ serviceUserId: 202, token: TOKEN }).success).toBe(false);
    expect(credentialsSchema.safeParse({ serviceUserId: ID }).success).toBe(false);
    expect(credentialsSchema.safeParse(null).success).toBe(false);
    expect(credentialsSchema.safeParse(`${ID}:${TOKEN}`).success).toBe(false);
  });
});

describe('pairs that are not pairs', () => {
  it('a typo with a space is not split into an ID and a token', () => {
    expect(splitCombined('SERVICE 1')).toBeUndefined();
    expect(normalizeCredentials({ serviceUserId: 'SERVICE 1', token: '' })).toEqual({
      serviceUserId: 'SERVICE 1',
      token: '',
    });
  });

  it('Basic auth splits only at the colon', () => {
    expect(splitCombined(`Basic ${btoa('a b')}`)).toBeUndefined();
    expect(splitCombined(`Basic ${btoa('SERVICE-9:tok en')}`)).toEqual({ serviceUserId: 'SERVICE-9', token: 'tok en' });
  });

  it('a field holding only invisible characters still lets a combined paste split', () => {
    expect(
      normalizePaste('serviceUserId', 'SERVICE-202:Qe8q89RwbzeS7mmhMcAsN1crM73m6MdbjewGCCUY', '\u200b', ''),
    ).toEqual({
      serviceUserId: 'SERVICE-202',
      token: 'Qe8q89RwbzeS7mmhMcAsN1crM73m6MdbjewGCCUY',
    });
  });

  it('a pair wrapped in a lot of whitespace is still split', () => {
    const padded = `${' '.repeat(5000)}SERVICE-202:Qe8q89RwbzeS7mmhMcAsN1crM73m6MdbjewGCCUY${'\n'.repeat(5000)}`;
    expect(splitCombined(padded)).toEqual({
      serviceUserId: 'SERVICE-202',
      token: 'Qe8q89RwbzeS7mmhMcAsN1crM73m6MdbjewGCCUY',
    });
  });
});
