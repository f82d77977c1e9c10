/** What the admin sees and the host hears when a host call fails. */
import type { HostCallError } from '../core/host-call.js';
import { redactSecret } from '../core/redact.js';
import type { ErrorCode, HibobLinkErrorDetail } from '../core/types.js';
import type { ViewContext } from './context.js';

const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['rate_limited', 'timeout', 'network_error', 'host_error']);

export interface Failure {
  /** The error event's detail, without the step (the element knows it). */
  event: Omit<HibobLinkErrorDetail, 'step'>;
  /** The host's own words, token redacted and cut short, shown under the message. */
  detail?: string;
}

export function describeFailure(error: HostCallError, token: string, t: ViewContext['t']): Failure {
  const { code, retryAfter } = error;
  const message =
    code === 'rate_limited'
      ? retryAfter != null
        ? t('error_rate_limited', { seconds: retryAfter })
        : t('error_rate_limited_later')
      : t(`error_${code}`);
  return {
    event: { code, message, retryable: RETRYABLE.has(code), ...(retryAfter != null ? { retryAfter } : {}) },
    // A host's own words can help the admin, but never show the token back.
    detail: error.hostMessage ? redactSecret(error.hostMessage, token).slice(0, 300) : undefined,
  };
}
