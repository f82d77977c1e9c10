/**
 * Fetch-API handlers (`Request` → `Response`) serving the widget's `check-url` and `submit-url`: usable from
 * Node's http (after converting the request), Express, Next.js route handlers and edge runtimes.
 * They never log, and no response carries the token: every message is a fixed text.
 */
import { resolveSections } from '../core/sections.js';
import type { ErrorCode, HibobCredentials, PermissionReport, SectionId } from '../core/types.js';
import { checkHibobPermissions, type CheckOptions } from './checker.js';
import { validateCredentials } from './credentials.js';
import { HibobApiError } from './hibob-api.js';
import { jsonResponse, readJsonBody } from './http.js';

export type FetchHandler = (request: Request) => Promise<Response>;

export interface LinkContext {
  /** the check's report when the handler ran one (`check: true`) */
  report?: PermissionReport;
  /** aborted when the runtime reports the client gone */
  signal: AbortSignal;
}

export interface SubmitHandlerOptions extends CheckOptions {
  /** Stores the credentials; its result is the JSON answer (`null` for `undefined`). */
  onLink(credentials: HibobCredentials, ctx: LinkContext): unknown;
  /** run the permission check first and refuse credentials HiBob rejects or that miss a required section */
  check?: boolean;
  /** sections whose absence refuses the link, default `['basic']`; `basic` is always required */
  requiredSections?: readonly SectionId[];
}

/** Serves `check-url`: answers the `PermissionReport` (also for credentials HiBob refuses). */
export function createCheckHandler(options: CheckOptions = {}): FetchHandler {
  const checkOptions = pickCheckOptions(options);
  return async (request) => {
    const credentials = await readCredentials(request);
    if (credentials instanceof Response) return credentials;
    try {
      return jsonResponse(200, await checkHibobPermissions(credentials, { ...checkOptions, signal: request.signal }));
    } catch (error) {
      return checkFailure(error);
    }
  };
}

/** Serves `submit-url`: optionally checks, then hands the credentials to `onLink`. */
export function createSubmitHandler(options: SubmitHandlerOptions): FetchHandler {
  const { onLink } = options;
  if (typeof onLink !== 'function') throw new TypeError('createSubmitHandler needs an onLink function');
  const { sections, required } = resolveSections(options.sections, options.requiredSections);
  const checkOptions = { ...pickCheckOptions(options), sections };
  return async (request) => {
    const credentials = await readCredentials(request);
    if (credentials instanceof Response) return credentials;
    let report: PermissionReport | undefined;
    if (options.check) {
      try {
        report = await checkHibobPermissions(credentials, { ...checkOptions, signal: request.signal });
      } catch (error) {
        return checkFailure(error);
      }
      if (!report.credentialsValid) {
        return failure(401, 'invalid_credentials', 'HiBob did not accept the service user ID and token.');
      }
      const missing = report.sections.filter((section) => section.status === 'missing' && required.has(section.id));
      if (missing.length) {
        return jsonResponse(422, {
          code: 'missing_permissions' satisfies ErrorCode,
          message: 'The service user lacks permissions this app requires.',
          missing: missing.map((section) => section.id),
          report,
        });
      }
    }
    try {
      return jsonResponse(200, (await onLink(credentials, { report, signal: request.signal })) ?? null);
    } catch {
      // The host's error may quote the credentials: answer a fixed text.
      return failure(500, 'host_error', 'Linking failed');
    }
  };
}

async function readCredentials(request: Request): Promise<HibobCredentials | Response> {
  const read = await readJsonBody(request);
  if ('response' in read) return read.response;
  const check = validateCredentials(read.body);
  if (check.valid) return check.credentials;
  return jsonResponse(400, { error: 'invalid_body', field: check.field, message: check.message });
}

/** Maps a failed check to the widget's error vocabulary; HiBob's own failures are `host_error` for the widget. */
function checkFailure(error: unknown): Response {
  if (!(error instanceof HibobApiError)) return failure(500, 'host_error', 'The permission check failed.');
  switch (error.code) {
    case 'rate_limited': {
      const { retryAfter } = error;
      return jsonResponse(
        429,
        { code: 'rate_limited', message: 'HiBob is rate limiting this service user; try again later.', retryAfter },
        retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) },
      );
    }
    case 'timeout':
      return failure(504, 'timeout', 'HiBob did not answer in time.');
    case 'network_error':
      return failure(502, 'network_error', 'HiBob could not be reached.');
    case 'hibob_error':
      return failure(502, 'host_error', 'HiBob answered unexpectedly.');
  }
}

function failure(status: number, code: ErrorCode, message: string): Response {
  return jsonResponse(status, { code, message });
}

/** Only the checker's options travel on: never `onLink` or anything else a host put in. */
function pickCheckOptions({ sections, baseUrl, fetch, timeout }: CheckOptions): CheckOptions {
  return { sections, baseUrl, fetch, timeout };
}
