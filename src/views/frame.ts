/** The card's frame around each step: progress in the header, navigation in the footer. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ReportReview } from '../core/report.js';
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
  review?: ReportReview;
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

const secondary = (label: TemplateResult | string, onClick: () => void, disabled = false, kind = 'secondary') =>
  html`<button
    type="button"
    part="button button-secondary"
    class="button ${kind}"
    ?disabled=${disabled}
    @click=${onClick}
  >
    ${label}
  </button>`;

const primary = (label: TemplateResult | string, onClick: () => void) =>
  html`<button type="button" part="button button-primary" class="button primary" @click=${onClick}>${label}</button>`;

function reviewFooter(frame: FrameView, review: ReportReview): TemplateResult {
  const { t } = frame;
  const canContinue = !review.missingRequired.length && (review.missingOptional.length > 0 || review.nothingVisible);
  return html`<div part="footer" class="footer">
    ${secondary(html`${icons.arrowLeft()}${t('back')}`, frame.back)}
    <span class="actions">
      ${
        canContinue
          ? secondary(t(review.missingOptional.length ? 'continueWithout' : 'continueAnyway'), frame.continueWithout)
          : nothing
      }
      ${primary(t('checkAgain'), frame.checkAgain)}
    </span>
  </div>`;
}

export function renderFooter(frame: FrameView): TemplateResult | typeof nothing {
  const { t, view, busy } = frame;
  if (view === 'success') return nothing;
  if (view === 'review' && frame.review) return reviewFooter(frame, frame.review);
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
