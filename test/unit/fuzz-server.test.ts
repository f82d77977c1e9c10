/**
 * Property-based (fast-check) tests of everything the server and the widget parse from the network: the
 * handlers' body validation (src/server/credentials.ts) and the handlers around it, and the permission report
 * parser (src/core/report.ts), fed arbitrary JSON and hostile text (fuzz-arbitraries.ts). They never throw,
 * answer only fixed messages and statuses, and never echo the token.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCredentials, MAX_ID_LENGTH, MAX_TOKEN_LENGTH } from '../../src/core/credentials.js';
import { parsePermissionReport, permissionReportSchema, reviewReport } from '../../src/core/report.js';
import { resolveSections } from '../../src/core/sections.js';
import { SECTION_IDS } from '../../src/core/types.js';
import { en, format } from '../../src/i18n/en.js';
import { validateCredentials } from '../../src/server/credentials.js';
import { createCheckHandler, createSubmitHandler } from '../../src/server/handlers.js';
import { anything, hostile, recordCount, tried } from './fuzz-arbitraries.js';

const ALLOWED_MESSAGES = new Set([
  'Expected a JSON object with serviceUserId and token.',
  'serviceUserId must be a string.',
  'token must be a string.',
  ...(['idRequired', 'idWhitespace', 'idColon', 'idCharacters', 'idTooLong'] as const).map((k) =>
    format(en[k], { max: MAX_ID_LENGTH }),
  ),
  ...(['tokenRequired', 'tokenWhitespace', 'tokenCharacters', 'tokenTooLong'] as const).map((k) =>
    format(en[k], { max: MAX_TOKEN_LENGTH }),
  ),
]);

/** Bodies shaped like the contract but with hostile values of any type. */
const credentialish = fc.record(
  { serviceUserId: fc.oneof(hostile, anything), token: fc.oneof(hostile, anything), extra: anything },
  { requiredKeys: [] },
);

describe('server body validation with arbitrary JSON', () => {
  it('validateCredentials never throws; it accepts only what the widget accepts and answers a fixed message', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anything,
          credentialish,
          fc.json().map((j) => JSON.parse(j) as unknown),
        ),
        (body) => {
          tried('validateCredentials');
          const result = validateCredentials(body);
          if (result.valid) {
            expect(checkCredentials(result.credentials).valid).toBe(true);
          } else {
            expect(ALLOWED_MESSAGES.has(result.message), result.message).toBe(true);
            expect([undefined, 'serviceUserId', 'token']).toContain(result.field);
          }
        },
      ),
      { numRuns: 2500 },
    );
  });

  it('the check and submit handlers answer any body with 200/400/401/413, JSON, never echoing the token', async () => {
    // HiBob refuses every credential here: no network, and the valid-shape path still runs end to end.
    const refuse: typeof fetch = async () => Response.json({ errorMessage: 'nope' }, { status: 401 });
    const check = createCheckHandler({ fetch: refuse });
    const submit = createSubmitHandler({ fetch: refuse, check: true, onLink: () => ({ linked: true }) });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          credentialish.map(
            (b) => JSON.stringify(b, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? 'null',
          ),
          fc.json(),
          hostile,
          fc.string({ unit: 'binary', maxLength: 9000 }),
        ),
        fc.boolean(),
        async (raw, useSubmit) => {
          tried('handler body');
          const request = new Request('https://host.example/api/hibob', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: raw,
          });
          const response = await (useSubmit ? submit : check)(request);
          expect([200, 400, 401, 413]).toContain(response.status);
          expect(response.headers.get('content-type')).toMatch(/^application\/json/);
          const text = await response.text();
          const body = JSON.parse(text) as Record<string, unknown>;
          if (response.status === 400) expect(body.error).toBe('invalid_body');
          let token: unknown;
          try {
            token = (JSON.parse(raw) as { token?: unknown })?.token;
          } catch {
            token = undefined;
          }
          if (typeof token === 'string' && token.length >= 6 && ![...ALLOWED_MESSAGES].some((m) => m.includes(token))) {
            expect(text).not.toContain(token);
          }
        },
      ),
      { numRuns: 800 },
    );
  });
});

// ---- the permission report parser -----------------------------------------------------------------------

const status = fc.oneof(fc.constantFrom('granted', 'missing', 'unknown'), hostile, anything);
const sectionId = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SECTION_IDS) }, hostile, anything);
const reportish = fc.record(
  {
    credentialsValid: fc.oneof(fc.boolean(), anything),
    sections: fc.oneof(
      fc.array(fc.record({ id: sectionId, status }, { requiredKeys: [] }), { maxLength: 12 }),
      anything,
    ),
    checkedAt: fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      anything,
    ),
    __proto__: anything,
  },
  { requiredKeys: [] },
);

describe('parsePermissionReport with arbitrary JSON', () => {
  it('never throws; what it accepts is a well-formed report that reviewReport can read', () => {
    const { sections, required } = resolveSections(undefined, undefined);
    fc.assert(
      fc.property(
        fc.oneof(
          anything,
          reportish,
          fc.json().map((j) => JSON.parse(j) as unknown),
        ),
        (value) => {
          tried('parsePermissionReport');
          const report = parsePermissionReport(value);
          if (report === undefined) return;
          expect(permissionReportSchema.safeParse(report).success).toBe(true);
          expect(typeof report.credentialsValid).toBe('boolean');
          for (const s of report.sections) {
            expect(SECTION_IDS).toContain(s.id);
            expect(['granted', 'missing', 'unknown']).toContain(s.status);
          }
          const review = reviewReport(report, sections, required);
          expect(['invalid', 'review', 'submit']).toContain(review.next);
        },
      ),
      { numRuns: 2500 },
    );
  });
});

describe('generated inputs', () => {
  it('at least 5,000 were tried', () => {
    expect(recordCount('server')).toBeGreaterThanOrEqual(5_000);
  });
});
