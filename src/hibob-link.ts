import {
  LitElement,
  adoptStyles,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { parseSectionList } from './core/section-ids.js';
import {
  START_STEPS,
  isBusy,
  type ExitReason,
  type HibobLinkEventMap,
  type SectionId,
  type StartStep,
  type Step,
  type SubmitCredentials,
  type CheckPermissions,
} from './core/types.js';
import type { Strings } from './i18n/en.js';
import { enStart } from './i18n/en-start.js';
import { format } from './i18n/format.js';
import { LocaleController } from './i18n/locale-controller.js';
import { styles } from './hibob-link.styles.js';
import * as icons from './ui/icons-start.js';
import type { ModalController } from './ui/modal-controller.js';
import { lazy } from './lazy.js';
import type { LinkSession } from './session.js';
import { renderFooter, renderProgress, type FrameView } from './views/frame.js';
import { renderIntro } from './views/intro.js';

const DEFAULT_LIFECYCLE_STATUSES = ['hired', 'employed', 'terminated'];

type Flow = typeof import('./flow.js');
/** The steps after the intro (flow.ts): fetched once the first screen is up, shared by every element. */
const flowChunk = lazy(() => import('./flow.js'));
/** For code that only runs on a step after the intro, which is only shown once the chunk has arrived. */
const flow = (): Flow => flowChunk.value!;
/** Modal mode (ui/modal-controller.ts): fetched only by an element with mode="modal". */
const modalChunk = lazy(() => import('./ui/modal-controller.js'));

const TITLE_KEY = {
  intro: 'introTitle',
  'service-user': 'serviceUserTitle',
  permissions: 'permissionsTitle',
  credentials: 'credentialsTitle',
  checking: 'credentialsTitle',
  review: 'reviewTitleMissing',
  submitting: 'credentialsTitle',
  success: 'successTitle',
} as const satisfies Record<Step, keyof Strings>;

const sectionListConverter = {
  fromAttribute: (value: string | null) =>
    parseSectionList(value, (unknown) =>
      console.warn(`hibob-link: ignoring unknown section id(s) ${unknown.join(', ')}`),
    ),
};
const wordListConverter = {
  fromAttribute: (value: string | null) => value?.split(/[\s,]+/).filter(Boolean),
};

/**
 * Guides an HR admin through creating a HiBob service user with the right permissions, collects its ID
 * and token, and hands them to the host.
 *
 * @summary Connect HiBob: guided service-user setup and credential entry.
 *
 * @event {CustomEvent<HibobLinkStepDetail>} hibob-link-step - `{ from: Step, to: Step }` whenever the step changes.
 * @event {CustomEvent<HibobLinkCheckDetail>} hibob-link-check - `{ report: PermissionReport }` after each
 * permission check that produced a valid report.
 * @event {CustomEvent<HibobLinkSuccessDetail>} hibob-link-success - `{ serviceUserId, result, report? }` after
 * the host accepted the credentials; `result` is what `submitCredentials` resolved with or what `submit-url`
 * answered.
 * @event {CustomEvent<HibobLinkErrorDetail>} hibob-link-error - `{ code: ErrorCode, message, step, retryable,
 * retryAfter? }` when a host call fails (`retryAfter` in seconds, for rate limits).
 * @event {CustomEvent<HibobLinkExitDetail>} hibob-link-exit - `{ step, reason: 'close-button' | 'escape' |
 * 'backdrop' | 'method' }` when the modal is being closed; cancelable in modal mode (`preventDefault()` keeps it
 * open).
 *
 * @errorcode invalid_credentials - `submit-url` or `check-url` answered 401, or your callback rejected with this
 * code. Never retried: the admin fixes the token first.
 * @errorcode missing_permissions - a required section is missing, or your callback or endpoint answered
 * `{ "code": "missing_permissions" }`.
 * @errorcode rate_limited - 429; `retryAfter` from `Retry-After` when present. Offers a retry.
 * @errorcode timeout - a host call took longer than `timeout` ms and was aborted. Offers a retry.
 * @errorcode network_error - the request never got an answer. Offers a retry.
 * @errorcode host_error - any other 4xx/5xx, a non-JSON or malformed answer, a redirect, or your callback failed
 * with anything else. Offers a retry.
 * @errorcode not_configured - neither `submitCredentials` nor `submit-url` is set.
 *
 * @slot logo - The host's logo, shown in the header.
 * @slot footer - Host help links under the card.
 *
 * @csspart panel - The card.
 * @csspart header - Header with logo and progress.
 * @csspart title - The step heading.
 * @csspart progress - "Step X of Y" and its bar.
 * @csspart body - The step content.
 * @csspart footer - The navigation buttons.
 * @csspart field - A form field (label, input, message).
 * @csspart label - A field label.
 * @csspart input - A text input.
 * @csspart error - A field or host error message.
 * @csspart button - Every button.
 * @csspart button-primary - The main action of a step.
 * @csspart button-secondary - Back and other secondary actions.
 * @csspart checklist - The permission checklist.
 * @csspart report - The permission check's result on the review step.
 * @csspart dialog - The native `<dialog>` in modal mode.
 * @csspart close-button - The modal's close button.
 *
 * @cssprop --hibob-link-accent - Brand colour of primary actions and highlights.
 * @cssprop --hibob-link-accent-contrast - Text on the accent colour.
 * @cssprop --hibob-link-surface - Card background.
 * @cssprop --hibob-link-text - Main text colour.
 * @cssprop --hibob-link-muted - Secondary text colour.
 * @cssprop --hibob-link-border - Borders and dividers.
 * @cssprop --hibob-link-danger - Errors.
 * @cssprop --hibob-link-success - Success states.
 * @cssprop --hibob-link-radius - Corner radius of the card.
 * @cssprop --hibob-link-font-family - Font stack.
 * @cssprop --hibob-link-font-size - Base font size.
 * @cssprop --hibob-link-max-width - Maximum width of the card.
 */
export class HibobLink extends LitElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    theme: { reflect: true },
    open: { type: Boolean, reflect: true },
    appName: { attribute: 'app-name' },
    startStep: { attribute: 'start-step' },
    sections: { converter: sectionListConverter },
    requiredSections: { attribute: 'required-sections', converter: sectionListConverter },
    lifecycleStatuses: { attribute: 'lifecycle-statuses', converter: wordListConverter },
    submitUrl: { attribute: 'submit-url' },
    checkUrl: { attribute: 'check-url' },
    locale: {},
    timeout: { type: Number },
    submitCredentials: { attribute: false },
    checkPermissions: { attribute: false },
    requestHeaders: { attribute: false },
    strings: { attribute: false },
    _step: { state: true },
    _flowStart: { state: true },
    _announcement: { state: true },
    _flowFailed: { state: true },
  };

  /** `inline` card or `modal` dialog. */
  declare mode: 'inline' | 'modal';
  /** `light` or `dark` forces a colour scheme; unset (or `auto`) follows `prefers-color-scheme`. */
  declare theme?: 'light' | 'dark' | 'auto';
  /** Modal visibility. */
  declare open: boolean;
  /** The host product's name, used in the copy ("Connect HiBob to Acme"). */
  declare appName?: string;
  /** Where the flow starts; hosts with their own guide start at `credentials`. */
  declare startStep: StartStep;
  /** People's-data sections the host needs (default: all nine). */
  declare sections?: SectionId[];
  /** Sections whose absence blocks linking; `basic` is always required. */
  declare requiredSections?: SectionId[];
  /** Lifecycle statuses the guide tells the admin to select. */
  declare lifecycleStatuses: string[];
  /** POST target for the credentials when no `submitCredentials` is set. */
  declare submitUrl?: string;
  /** POST target for the permission check when no `checkPermissions` is set. */
  declare checkUrl?: string;
  /** UI language (BCP 47). */
  declare locale?: string;
  /** Limit in ms for each host call; past it the call is aborted. */
  declare timeout: number;
  /** Receives the credentials; its result becomes the success event's `result`. */
  declare submitCredentials?: SubmitCredentials;
  /** Checks the service user's permissions before submitting. */
  declare checkPermissions?: CheckPermissions;
  /** Added to `submit-url` / `check-url` requests (CSRF tokens etc.). */
  declare requestHeaders?: Record<string, string>;
  /** Overrides for any UI text. */
  declare strings?: Partial<Strings>;

  declare private _step: Step;
  declare private _flowStart: StartStep;
  declare private _announcement: string;
  /** The flow chunk could not be fetched (offline, CDN trouble): the step shows "try again". */
  declare private _flowFailed: boolean;

  #focusAfterRender?: string;
  /**
   * The credentials and the calls made with them (session.ts); created with the flow chunk. A plain field, not
   * `#private`, so the token audit (test/browser/token-hygiene.test.ts) can see everything the element holds.
   */
  private _session?: LinkSession;
  /** How many chunk stylesheets this element's shadow root has adopted. */
  #chunkStyles = 0;
  #modal?: ModalController;
  #language = new LocaleController(this);

  constructor() {
    super();
    this.mode = 'inline';
    this.open = false;
    this.startStep = 'intro';
    this.lifecycleStatuses = DEFAULT_LIFECYCLE_STATUSES;
    this.timeout = 30_000;
    this._step = 'intro';
    this._flowStart = 'intro';
    this._announcement = '';
    this._flowFailed = false;
  }

  /** The current step. */
  get step(): Step {
    return this._step;
  }

  /** Back to `startStep` with all input and errors cleared; aborts a call in flight. */
  reset(): void {
    this._session?.reset();
    this._flowStart = this.#validStartStep();
    this.#setStep(this._flowStart);
  }

  /** Opens the modal (mode="modal"). Calling it while open does nothing. */
  show(): void {
    this.open = true;
  }

  /** Closes the modal, after a cancelable `hibob-link-exit` with reason `method`. */
  hide(): void {
    this.#requestExit('method');
  }

  /** Jumps to a guide step (or `credentials`); ignored while the credentials are being sent. */
  goTo(step: StartStep): void {
    if (!START_STEPS.includes(step)) {
      console.warn(`hibob-link: goTo() takes one of ${START_STEPS.join(', ')}; ignoring "${String(step)}"`);
      return;
    }
    if (this.#busy) return;
    if (START_STEPS.indexOf(step) < START_STEPS.indexOf(this._flowStart)) this._flowStart = step;
    this.#setStep(step);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed mid-request: stop it and say nothing more; the form is back, values intact, on return.
    if (this._session?.abort()) this._step = 'credentials';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated && changed.has('startStep')) {
      this._step = this._flowStart = this.#validStartStep();
    }
    if (flowChunk.value) this._flowFailed = false;
    else if (this.#needsFlow && !this._flowFailed) {
      flowChunk.load().then(
        () => this.requestUpdate(),
        () => (this._flowFailed = true),
      );
    }
    if (this.#modalMode && !this.#modal) {
      const modal = modalChunk.value;
      if (modal) this.#modal = new modal.ModalController(this, (reason) => this.#requestExit(reason));
      else
        modalChunk.load().then(
          () => this.requestUpdate(),
          () => console.warn('hibob-link: could not load modal mode'),
        );
    }
    this.#adoptChunkStyles();
  }

  /** The CSS of the chunks that have arrived goes in after the element's own, once per chunk. */
  #adoptChunkStyles(): void {
    const extra = [flowChunk.value?.styles, this.#modal && modalChunk.value?.styles].filter((s) => !!s);
    if (extra.length === this.#chunkStyles) return;
    this.#chunkStyles = extra.length;
    const { elementStyles } = this.constructor as typeof LitElement;
    adoptStyles(this.renderRoot as ShadowRoot, [...elementStyles, ...extra]);
  }

  protected override firstUpdated(): void {
    // Fetch the later steps once the first screen is painted, so "Get started" never waits for them. Not
    // right here: starting a module fetch costs the main thread ~2 ms that the first frame should not wait for.
    requestAnimationFrame(() =>
      setTimeout(() =>
        flowChunk.load().catch(() => {
          // Retried when a step needs it; that step then says what failed.
        }),
      ),
    );
  }

  /**
   * Also waits for the chunks the element needs right now (the step shown, modal mode), so that after
   * `await el.updateComplete` the step is on screen, as it would be without lazy loading.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (;;) {
      const chunk =
        this.#needsFlow && !flowChunk.value ? flowChunk : this.#modalMode && !this.#modal ? modalChunk : undefined;
      if (!chunk) return complete;
      try {
        await chunk.load();
      } catch {
        return super.getUpdateComplete(); // the "could not load" screen
      }
      this.requestUpdate();
      complete = await super.getUpdateComplete();
    }
  }

  get #needsFlow(): boolean {
    return this.#view(this._step) !== 'intro';
  }

  get #modalMode(): boolean {
    return this.mode === 'modal';
  }

  /** Every way out of the modal goes through here; the host page may cancel it. */
  #requestExit(reason: ExitReason): void {
    if (!this.#modalMode || !this.open) return;
    const event = new CustomEvent('hibob-link-exit', {
      detail: { step: this._step, reason },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (this.dispatchEvent(event)) this.open = false;
  }

  protected override updated(): void {
    const target = this.#focusAfterRender;
    if (!target) return;
    this.#focusAfterRender = undefined;
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  // ---- text -------------------------------------------------------------------------------------------

  get #appName(): string {
    return this.appName?.trim() || this.#text('defaultAppName');
  }

  #text(key: keyof Strings): string {
    // English comes in two halves; a later step's text is only asked for once its chunk (and half) is here.
    const laterSteps: Partial<Strings> | undefined = flowChunk.value?.strings;
    return (
      this.strings?.[key] ??
      this.#language.strings?.[key] ??
      (enStart as Partial<Strings>)[key] ??
      laterSteps?.[key] ??
      ''
    );
  }

  #t = (key: keyof Strings, params: Record<string, string | number> = {}): string => {
    const text = format(this.#text(key), { app: this.#appName, ...params });
    // "this app reads…" when the host set no app-name: a sentence still starts with a capital.
    return text.charAt(0).toLocaleUpperCase(this.#language.shown) + text.slice(1);
  };

  // ---- steps ------------------------------------------------------------------------------------------

  #validStartStep(): StartStep {
    if (START_STEPS.includes(this.startStep)) return this.startStep;
    console.warn(`hibob-link: start-step takes one of ${START_STEPS.join(', ')}; starting at intro`);
    return 'intro';
  }

  /** The one place the step changes: announces it, tells the host, and moves focus to the new heading. */
  #setStep(to: Step): void {
    const from = this._step;
    if (from === to) return;
    this._step = to;
    const sameView = this.#view(from) === this.#view(to);
    if (!sameView && this.matches(':focus-within')) this.#focusAfterRender = '#title';
    if (!sameView) this.#announce(this.#stepAnnouncement(to));
    this.#emit('hibob-link-step', { from, to });
  }

  /** Steps that share a screen: sending happens on the credentials form. */
  #view(step: Step): Step {
    return isBusy(step) ? 'credentials' : step;
  }

  #progress(): { current: number; total: number } | undefined {
    const flow = START_STEPS.slice(START_STEPS.indexOf(this._flowStart));
    // The report is part of the last step: it is about the credentials just entered.
    const view = this._step === 'review' ? 'credentials' : this.#view(this._step);
    const index = flow.indexOf(view as StartStep);
    if (flow.length < 2 || index < 0) return undefined;
    return { current: index + 1, total: flow.length };
  }

  #titleKey(step: Step): keyof Strings {
    const review = this._session?.review;
    return step === 'review' && review ? flow().reviewTitleKey(review) : TITLE_KEY[step];
  }

  #stepAnnouncement(step: Step): string {
    const title = this.#t(this.#titleKey(step));
    const progress = this.#progress();
    return progress ? `${this.#t('progress', progress)}: ${title}` : title;
  }

  #announce(text: string): void {
    // Clear first so the same sentence twice is read twice.
    this._announcement = '';
    requestAnimationFrame(() => (this._announcement = text));
  }

  #next = (): void => {
    const index = START_STEPS.indexOf(this._step as StartStep);
    if (index >= 0 && index < START_STEPS.length - 1) this.#setStep(START_STEPS[index + 1]!);
  };

  #back = (): void => {
    if (this._step === 'review') return this.#setStep('credentials');
    const index = START_STEPS.indexOf(this.#view(this._step) as StartStep);
    if (index > START_STEPS.indexOf(this._flowStart)) this.#setStep(START_STEPS[index - 1]!);
  };

  #emit<K extends keyof HibobLinkEventMap>(type: K, detail: HibobLinkEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // ---- render -----------------------------------------------------------------------------------------

  #renderBody(): TemplateResult {
    const view = this.#view(this._step);
    if (view === 'intro') return renderIntro(this.#t);
    const flow = flowChunk.value;
    if (!flow) {
      return this._flowFailed
        ? html`<p class="callout danger" role="alert">${this.#t('loadFailed')}</p>
            <button type="button" part="button button-secondary" class="button secondary" @click=${this.#retryFlow}>
              ${this.#t('tryAgain')}
            </button>`
        : html`<p class="muted">${this.#t('loading')}</p>`;
    }
    const session = this.#session(flow);
    const ctx = session.viewContext();
    switch (view) {
      case 'service-user':
        return flow.renderServiceUser(ctx);
      case 'permissions':
        return flow.renderPermissions(ctx);
      case 'review':
        return flow.renderReview(ctx, session.review!);
      case 'success':
        return flow.renderSuccess(
          this.#t,
          session.values.serviceUserId,
          this.#modalMode ? () => this.#requestExit('close-button') : undefined,
        );
      default:
        return flow.renderCredentials(session.credentialsView(ctx));
    }
  }

  /** The session, created on first use once the flow chunk is here; it reaches the element only through this. */
  #session({ LinkSession }: Flow): LinkSession {
    return (this._session ??= new LinkSession({
      config: this,
      step: () => this._step,
      lifecycleStatuses: () => (this.lifecycleStatuses?.length ? this.lifecycleStatuses : DEFAULT_LIFECYCLE_STATUSES),
      setStep: (step) => this.#setStep(step),
      announce: (text) => this.#announce(text),
      focus: (selector) => (this.#focusAfterRender = selector),
      emit: (type, detail) => this.#emit(type, detail),
      t: this.#t,
      text: (key) => this.#text(key),
      update: () => this.requestUpdate(),
    }));
  }

  #retryFlow = (): void => {
    this._flowFailed = false; // willUpdate starts the load again
    this.#focusAfterRender = '#title'; // the button goes away: keep focus in the card
  };

  #renderFooter(frame: FrameView): TemplateResult | typeof nothing {
    const flow = flowChunk.value;
    if (!flow) return frame.view === 'intro' ? renderFooter(frame) : nothing;
    const review = this._session?.review;
    return frame.view === 'review' && review ? flow.renderReviewFooter(frame, review) : renderFooter(frame);
  }

  get #busy(): boolean {
    return isBusy(this._step);
  }

  #frameView(): FrameView {
    const view = this.#view(this._step);
    return {
      t: this.#t,
      step: this._step,
      view,
      busy: this.#busy,
      canGoBack: START_STEPS.indexOf(view as StartStep) > START_STEPS.indexOf(this._flowStart),
      progress: this.#progress(),
      back: this.#back,
      next: this.#next,
      skipGuide: () => this.goTo('credentials'),
      continueWithout: () => this._session?.continueWithout(),
      checkAgain: () => this._session?.checkAgain(),
    };
  }

  protected override render(): TemplateResult | typeof nothing {
    const frame = this.#frameView();
    const { view } = frame;
    const { shown: locale, dir } = this.#language;
    const card = html`<section
        part="panel"
        class="panel"
        aria-labelledby="title"
        data-step=${this._step}
        lang=${locale}
        dir=${dir}
      >
        <header part="header" class="header">
          <span class="brand">
            <slot name="logo"><span class="brand-mark">${icons.link()}</span></slot>
            <span class="eyebrow">${this.#t('widgetLabel')}</span>
          </span>
          ${renderProgress(frame)}
          ${
            this.#modalMode
              ? html`<button
                  type="button"
                  part="close-button button"
                  class="close"
                  aria-label=${this.#t('close')}
                  @click=${() => this.#requestExit('close-button')}
                >
                  ${icons.close()}
                </button>`
              : nothing
          }
        </header>
        <div part="body" class="body" data-view=${view}>
          ${view === 'success' ? flow().successMark() : nothing}
          <h2 id="title" part="title" class="title" tabindex="-1">${this.#t(this.#titleKey(this._step))}</h2>
          ${this.#renderBody()}
        </div>
        ${this.#renderFooter(frame)}
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      </section>
      <slot name="footer" class="host-footer"></slot>`;
    if (!this.#modalMode) return card;
    // The dialog arrives with the modal chunk; until then (a few ms) a closed modal and a loading one look the same.
    return this.#modal ? this.#modal.render(card, dir) : nothing;
  }
}
