/** Public types of hibob-link. Names follow ../shared/spec/api.md; never rename, only extend. */

export const SECTION_IDS = [
  'basic',
  'employment',
  'history',
  'identification',
  'lifecycle',
  'personal',
  'personal-contact',
  'work',
  'work-contact',
] as const;
/** A People's-data permission section of a HiBob permission group. */
export type SectionId = (typeof SECTION_IDS)[number];

/** Guide steps, in order; `goTo()` accepts these only. */
export const GUIDE_STEPS = ['intro', 'service-user', 'permissions'] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];
/** Where a flow may start. */
export const START_STEPS = [...GUIDE_STEPS, 'credentials'] as const;
export type StartStep = (typeof START_STEPS)[number];
export type Step = StartStep | 'checking' | 'review' | 'submitting' | 'success';
/** The steps in which a host call is in flight; both show the credentials form, busy. */
export const isBusy = (step: Step): step is 'checking' | 'submitting' => step === 'checking' || step === 'submitting';

export interface HibobCredentials {
  serviceUserId: string;
  token: string;
}

export type SectionStatus = 'granted' | 'missing' | 'unknown';
export interface PermissionReport {
  credentialsValid: boolean;
  sections: { id: SectionId; status: SectionStatus }[];
  /** ISO 8601 */
  checkedAt?: string;
}

export const ERROR_CODES = [
  'invalid_credentials',
  'missing_permissions',
  'rate_limited',
  'timeout',
  'network_error',
  'host_error',
  'not_configured',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface SubmitContext {
  signal: AbortSignal;
  report?: PermissionReport;
}
export type SubmitCredentials = (credentials: HibobCredentials, ctx: SubmitContext) => Promise<unknown>;
export type CheckPermissions = (
  credentials: HibobCredentials,
  ctx: { signal: AbortSignal },
) => Promise<PermissionReport>;

export type ExitReason = 'close-button' | 'escape' | 'backdrop' | 'method';

export interface HibobLinkStepDetail {
  from: Step;
  to: Step;
}
export interface HibobLinkCheckDetail {
  report: PermissionReport;
}
export interface HibobLinkSuccessDetail {
  serviceUserId: string;
  result: unknown;
  report?: PermissionReport;
}
export interface HibobLinkErrorDetail {
  code: ErrorCode;
  message: string;
  step: Step;
  retryable: boolean;
  /** seconds until a retry makes sense (rate limits) */
  retryAfter?: number;
}
export interface HibobLinkExitDetail {
  step: Step;
  reason: ExitReason;
}

/** Every event the element dispatches, with its detail. */
export interface HibobLinkEventMap {
  'hibob-link-step': CustomEvent<HibobLinkStepDetail>;
  'hibob-link-check': CustomEvent<HibobLinkCheckDetail>;
  'hibob-link-success': CustomEvent<HibobLinkSuccessDetail>;
  'hibob-link-error': CustomEvent<HibobLinkErrorDetail>;
  'hibob-link-exit': CustomEvent<HibobLinkExitDetail>;
}
