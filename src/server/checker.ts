/**
 * `checkHibobPermissions`: which People's-data sections a HiBob service user may see, for exactly two HiBob
 * requests — the fields metadata (needs no permission, so it proves the credentials) and one people search.
 */
import { resolveSections } from '../core/sections.js';
import type { HibobCredentials, PermissionReport, SectionId } from '../core/types.js';
import { connect } from './hibob-api.js';
import { decide, parseEmployees, parseFieldsMetadata, planProbe } from './probe.js';

export const HIBOB_BASE_URL = 'https://api.hibob.com/v1';
export const DEFAULT_TIMEOUT = 30_000;

/** Options shared by the checker and the handlers. */
export interface CheckOptions {
  /** sections to check, default all nine; `basic` is always checked */
  sections?: readonly SectionId[];
  /** default https://api.hibob.com/v1; sandbox tenants use https://api.sandbox.hibob.com/v1 */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** ms for the whole check, default 30000 */
  timeout?: number;
}

export interface CheckHibobPermissionsOptions extends CheckOptions {
  /** aborting rejects the check with the signal's reason */
  signal?: AbortSignal;
}

/**
 * Resolves a report for the requested sections (catalog order, `basic` included), or
 * `{ credentialsValid: false, sections: [] }` when HiBob refuses the credentials (never retried: HiBob's WAF
 * blocks after repeated 401s). Rejects with a `HibobApiError` for rate limits, network failures, timeouts and
 * unexpected answers, or with the signal's reason when aborted.
 */
export async function checkHibobPermissions(
  credentials: HibobCredentials,
  options: CheckHibobPermissionsOptions = {},
): Promise<PermissionReport> {
  const { sections } = resolveSections(options.sections, undefined);
  const hibob = connect(credentials, {
    baseUrl: options.baseUrl ?? HIBOB_BASE_URL,
    fetch: options.fetch,
    signal: options.signal,
    timeout: options.timeout ?? DEFAULT_TIMEOUT,
  });
  const refused = (): PermissionReport => ({ credentialsValid: false, sections: [], checkedAt: now() });
  try {
    const metadata = await hibob.request('GET', '/company/people/fields');
    if (!metadata.authorized) return refused();
    const probe = planProbe(parseFieldsMetadata(metadata.data), sections);
    // showInactive: the usual condition selects Hired and Terminated people too, whom HiBob hides by default.
    const search = await hibob.request('POST', '/people/search', { fields: probe.fields, showInactive: true });
    if (!search.authorized) return refused();
    const employees = parseEmployees(search.data);
    return {
      credentialsValid: true,
      sections: sections.map((id) => ({ id, status: decide(id, probe, employees) })),
      checkedAt: now(),
    };
  } finally {
    hibob.close();
  }
}

const now = () => new Date().toISOString();
