/**
 * One attempt to link HiBob: the two fields and which of their messages the admin has seen, then permission
 * check → submit through the host's callbacks or endpoints, and what failed. Part of the flow chunk: the element
 * (hibob-link.ts) owns the steps, the text and the frame, and lends the session what it needs as a SessionHost.
 * The session keeps no reactive properties of its own; it asks the element to re-render after each change.
 */
import { checkCredentials, normalizeCredentials, type CredentialField } from './core/credentials.js';
import { HostCallError, postJson, runHostCall, toHostCallError } from './core/host-call.js';
import { redactSecret } from './core/redact.js';
import { parsePermissionReport, reviewReport, type ReportReview } from './core/report.js';
import { resolveSections } from './core/sections.js';
import {
  isBusy,
  type HibobCredentials,
  type HibobLinkEventMap,
  type PermissionReport,
  type Step,
} from './core/types.js';
import type { HibobLink } from './hibob-link.js';
import type { Strings } from './i18n/en.js';
import { format } from './i18n/format.js';
import type { ViewContext } from './views/context.js';
import { readPaste, type CredentialsView } from './views/credentials.js';
import { describeFailure } from './views/host-error.js';

/** What the session may read from and do to the element. */
export interface SessionHost {
  /** The element's properties, read when a call starts (a host may change them between calls). */
  readonly config: Pick<
    HibobLink,
    | 'appName'
    | 'sections'
    | 'requiredSections'
    | 'submitUrl'
    | 'checkUrl'
    | 'timeout'
    | 'submitCredentials'
    | 'checkPermissions'
    | 'requestHeaders'
  >;
  step(): Step;
  /** The statuses the guide asks for: the host's, or the default three. */
  lifecycleStatuses(): readonly string[];
  setStep(step: Step): void;
  announce(text: string): void;
  /** Focuses the element matching `selector` after the next render. */
  focus(selector: string): void;
  emit<K extends keyof HibobLinkEventMap>(type: K, detail: HibobLinkEventMap[K]['detail']): void;
  t: ViewContext['t'];
  /** A UI string as written, placeholders unfilled. */
  text(key: keyof Strings): string;
  update(): void;
}

export class LinkSession {
  values: HibobCredentials = { serviceUserId: '', token: '' };
  /** How the last permission report reads against what the host asked for. */
  review?: ReportReview;
  /** Messages are shown only for these fields (after blur or submit). */
  #shown: ReadonlySet<CredentialField> = new Set();
  #tokenVisible = false;
  #hostError?: { message: string; detail?: string; retryable: boolean };
  /** The value whose copy button shows "Copied". */
  #copied?: string;
  #copiedTimer?: ReturnType<typeof setTimeout>;
  /** The last valid permission report, handed to submitCredentials and the success event. */
  #report?: PermissionReport;
  /** The host call in flight; aborted by reset() and by removal from the page. */
  #inflight?: AbortController;

  constructor(private readonly host: SessionHost) {}

  /** Everything typed, seen and reported is forgotten; a call in flight is aborted. */
  reset(): void {
    this.abort();
    this.values = { serviceUserId: '', token: '' };
    this.#shown = new Set();
    this.#hostError = undefined;
    this.#tokenVisible = false;
    this.review = undefined;
    this.#report = undefined;
    this.host.update();
  }

  /** Stops the call in flight, if any, without reporting anything; says whether there was one. */
  abort(): boolean {
    const inflight = this.#inflight;
    this.#inflight = undefined;
    inflight?.abort(new DOMException('hibob-link stopped the request', 'AbortError'));
    return !!inflight;
  }

  // ---- what the views get --------------------------------------------------------------------------------

  viewContext(): ViewContext {
    const { host } = this;
    const { sections, required } = resolveSections(host.config.sections, host.config.requiredSections);
    const named = host.config.appName?.trim() || host.text('unnamedApp');
    return {
      t: host.t,
      displayName: format(host.text('displayName'), { app: named }),
      groupName: format(host.text('groupName'), { app: named }),
      sections,
      requiredSections: required,
      lifecycleStatuses: host.lifecycleStatuses(),
      copiedValue: this.#copied,
      copy: this.#copy,
    };
  }

  credentialsView(ctx: ViewContext): CredentialsView {
    return {
      ...ctx,
      values: this.values,
      shown: this.#shown,
      check: checkCredentials(this.values),
      busy: isBusy(this.host.step()),
      tokenVisible: this.#tokenVisible,
      hostError: this.#hostError,
      onInput: this.#onInput,
      onPaste: this.#onPaste,
      onBlur: this.#onBlur,
      toggleToken: () => {
        this.#tokenVisible = !this.#tokenVisible;
        this.host.update();
      },
      retry: () => this.#submit(),
      submit: this.#submit,
    };
  }

  // ---- the fields ----------------------------------------------------------------------------------------

  #onInput = (field: CredentialField, value: string): void => {
    this.values = { ...this.values, [field]: value };
    this.host.update();
  };

  #onPaste = (field: CredentialField, event: ClipboardEvent): void => {
    const next = readPaste(field, event);
    if (!next) return;
    this.values = { ...this.values, ...next };
    if (next.serviceUserId !== undefined && next.token !== undefined) {
      this.host.announce(this.host.t('pastedBoth'));
      this.host.focus('#token');
    }
    this.host.update();
  };

  #onBlur = (field: CredentialField): void => {
    if (this.host.step() !== 'credentials') return;
    const normalized = normalizeCredentials(this.values);
    if (normalized.serviceUserId !== this.values.serviceUserId || normalized.token !== this.values.token) {
      this.values = normalized;
    }
    if (!this.#shown.has(field)) this.#shown = new Set([...this.#shown, field]);
    this.host.update();
  };

  #copy = async (value: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(value);
      this.#copied = value;
      this.host.announce(this.host.t('copied'));
      clearTimeout(this.#copiedTimer);
      this.#copiedTimer = setTimeout(() => {
        this.#copied = undefined;
        this.host.update();
      }, 2000);
      this.host.update();
    } catch {
      this.host.announce(this.host.t('copyFailed'));
    }
  };

  // ---- check and submit ----------------------------------------------------------------------------------

  #submit = (event?: Event): void => {
    event?.preventDefault();
    if (this.host.step() !== 'credentials') return; // one request per submit, however often it is clicked
    this.values = normalizeCredentials(this.values);
    this.#shown = new Set<CredentialField>(['serviceUserId', 'token']);
    this.host.update();
    const check = checkCredentials(this.values);
    if (!check.valid) {
      this.host.focus(check.errors.serviceUserId ? '#service-user-id' : '#token');
      return;
    }
    this.#report = undefined;
    this.review = undefined;
    this.#run({ ...this.values });
  };

  /** From the review step only: a second click before the re-render must not start a second call. */
  continueWithout = (): void => {
    if (this.host.step() === 'review') void this.#send({ ...this.values });
  };

  checkAgain = (): void => {
    if (this.host.step() === 'review') void this.#check({ ...this.values });
  };

  /** Checks first when the host asked for a check, then submits. */
  #run(credentials: HibobCredentials): void {
    // Nowhere to send the credentials: say so now, not after a permission check the admin waited for.
    if (!this.#canSubmit()) return this.#notConfigured(credentials.token);
    const { checkPermissions, checkUrl } = this.host.config;
    if (checkPermissions || checkUrl) void this.#check(credentials);
    else void this.#send(credentials);
  }

  #canSubmit(): boolean {
    const { submitCredentials, submitUrl } = this.host.config;
    return !!(submitCredentials || submitUrl);
  }

  #notConfigured(token: string): void {
    console.warn('hibob-link: set submitCredentials or submit-url so the credentials have somewhere to go');
    this.#fail(new HostCallError('not_configured'), token);
  }

  async #check(credentials: HibobCredentials): Promise<void> {
    const { checkPermissions, checkUrl, requestHeaders, sections, requiredSections } = this.host.config;
    const outcome = await this.#hostCall('checking', credentials.token, (signal) =>
      checkPermissions
        ? checkPermissions({ ...credentials }, { signal })
        : postJson(checkUrl!, credentials, { headers: requestHeaders, signal }),
    );
    if (!outcome) return;
    const report = parsePermissionReport(outcome.value);
    // A report we cannot read is the host's bug, not a reason to let the admin through or to crash.
    if (!report) return this.#fail(new HostCallError('host_error'), credentials.token);
    const resolved = resolveSections(sections, requiredSections);
    const review = reviewReport(report, resolved.sections, resolved.required);
    this.#report = report;
    this.review = review;
    this.host.emit('hibob-link-check', { report });
    if (review.next === 'invalid') return this.#fail(new HostCallError('invalid_credentials'), credentials.token);
    if (review.next === 'submit') return void this.#send(credentials);
    if (review.missingRequired.length) {
      const message = this.host.t('error_missing_permissions');
      this.host.emit('hibob-link-error', { code: 'missing_permissions', message, step: 'checking', retryable: true });
    }
    this.host.setStep('review');
  }

  async #send(credentials: HibobCredentials): Promise<void> {
    if (!this.#canSubmit()) return this.#notConfigured(credentials.token);
    const { submitCredentials, submitUrl, requestHeaders } = this.host.config;
    const report = this.#report;
    const outcome = await this.#hostCall('submitting', credentials.token, (signal) =>
      submitCredentials
        ? submitCredentials({ ...credentials }, report ? { signal, report } : { signal })
        : postJson(submitUrl!, credentials, { headers: requestHeaders, signal }),
    );
    if (!outcome) return;
    // The token has done its job: nothing in the element keeps it after success.
    this.values = { serviceUserId: credentials.serviceUserId, token: '' };
    this.#tokenVisible = false;
    this.host.setStep('success');
    this.host.emit('hibob-link-success', {
      serviceUserId: credentials.serviceUserId,
      result: redactSecret(outcome.value, credentials.token),
      ...(report ? { report } : {}),
    });
  }

  /**
   * Runs one host call in `step`, with the timeout and the session's abort. Resolves `undefined` when the call
   * failed (already reported) or was abandoned by reset() or removal (nothing to report).
   */
  async #hostCall(
    step: 'checking' | 'submitting',
    token: string,
    call: (signal: AbortSignal) => Promise<unknown>,
  ): Promise<{ value: unknown } | undefined> {
    const { host } = this;
    this.#hostError = undefined;
    const controller = new AbortController();
    this.#inflight = controller;
    host.setStep(step);
    host.announce(host.t(step === 'checking' ? 'checkingAnnouncement' : 'submitting'));
    try {
      const value = await runHostCall(call, { timeout: host.config.timeout, signal: controller.signal });
      this.#inflight = undefined;
      return { value };
    } catch (error) {
      if (controller.signal.aborted) return undefined;
      this.#inflight = undefined;
      this.#fail(toHostCallError(error), token);
      return undefined;
    }
  }

  #fail(error: HostCallError, token: string): void {
    const { event, detail } = describeFailure(error, token, this.host.t);
    this.#hostError = { message: event.message, detail, retryable: event.retryable };
    this.host.emit('hibob-link-error', { ...event, step: this.host.step() });
    this.host.setStep('credentials');
    this.host.update();
  }
}
