/** The card's frame around each step: progress in the header, navigation in the footer. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Step } from '../core/types.js';
import * as icons from '../ui/icons-start.js';
import type { ViewContext } from './context.js';

export interface FrameView {
  t: ViewContext['t'];
  step: Step;
  /** The screen shown: `checking` and `submitting` show the credentials form. */
  view: Step;
  busy: boolean;
  canGoBack: boolean;
  progress?: { current: number; total: number };
  back(): void;
  next(): void;
  skipGuide(): void;
  continueWithout(): void;
  checkAgain(): void;
}

export function renderProgress({ t, progress }: FrameView): TemplateResult | typeof nothing {
  if (!progress) return nothing;
  return html`<div part="progress" class="progress">
    <span class="progress-text">${t('progress', progress)}</span>
    <span class="progress-bar" aria-hidden="true">
      ${Array.from(
        { length: progress.total },
        (_, i) => html`<span class="segment ${i < progress.current ? 'done' : ''}"></span>`,
      )}
    </span>
  </div>`;
}

export const secondary = (label: TemplateResult | string, onClick: () => void, disabled = false, kind = 'secondary') =>
  html`<button
    type="button"
    part="button button-secondary"
    class="button ${kind}"
    ?disabled=${disabled}
    @click=${onClick}
  >
    ${label}
  </button>`;

export const primary = (label: TemplateResult | string, onClick: () => void) =>
  html`<button type="button" part="button button-primary" class="button primary" @click=${onClick}>${label}</button>`;

/** Every step's navigation except the review's, which comes with the review (views/review.ts). */
export function renderFooter(frame: FrameView): TemplateResult | typeof nothing {
  const { t, view, busy } = frame;
  if (view === 'success') return nothing;
  const back = frame.canGoBack
    ? secondary(html`${icons.arrowLeft()}${t('back')}`, frame.back, busy)
    : view === 'intro'
      ? secondary(t('introHaveCredentials'), frame.skipGuide, false, 'ghost')
      : html`<span></span>`;
  // Busy keeps the button focusable (aria-disabled, not disabled) so focus is not dropped mid-request.
  const main =
    view === 'credentials'
      ? html`<button
          type="submit"
          form="credentials-form"
          part="button button-primary"
          class="button primary"
          aria-disabled=${busy ? 'true' : 'false'}
        >
          ${busy ? icons.spinner() : icons.link()}${t(frame.step === 'checking' ? 'checking' : busy ? 'submitting' : 'submit')}
        </button>`
      : primary(html`${t(view === 'intro' ? 'getStarted' : 'next')}${icons.arrowRight()}`, frame.next);
  return html`<div part="footer" class="footer">${back}${main}</div>`;
}
