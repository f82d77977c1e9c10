/** The permission report: each requested section granted / missing / not checked, and how to fix it. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ReportReview } from '../core/report.js';
import { HIBOB_LABELS, SECTIONS, lifecycleStatusName } from '../core/sections.js';
import type { SectionStatus } from '../core/types.js';
import * as icons from '../ui/icons.js';
import { primary, secondary, type FrameView } from './frame.js';
import { path } from './path.js';
import { rich } from './text.js';
import type { ViewContext } from './context.js';
import type { Strings } from '../i18n/en.js';

const STATUS_LABEL = { granted: 'statusGranted', missing: 'statusMissing', unknown: 'statusUnknown' } as const;
const STATUS_ICON: Record<SectionStatus, () => TemplateResult> = {
  granted: icons.check,
  missing: icons.warning,
  unknown: icons.info,
};

export function reviewTitleKey(review: ReportReview) {
  return review.missingRequired.length || review.missingOptional.length || !review.nothingVisible
    ? 'reviewTitleMissing'
    : 'reviewTitleNothingVisible';
}

export function renderReview(ctx: ViewContext, review: ReportReview): TemplateResult {
  const statuses = ctx.lifecycleStatuses.map((s) => `*${lifecycleStatusName(s)}*`).join(', ');
  const lead = review.missingRequired.length
    ? 'reviewLeadRequired'
    : review.missingOptional.length
      ? 'reviewLeadOptional'
      : undefined;
  return html`${lead ? html`<p class="lead">${rich(ctx.t(lead))}</p>` : nothing}
    ${
      review.nothingVisible
        ? html`<p class="callout warning">
            ${icons.warning()}<span>${rich(ctx.t('reviewNothingVisible', { statuses }))}</span>
          </p>`
        : nothing
    }
    <ul part="report" class="checklist report">
      ${review.rows.map(({ id, status, required }) => {
        const section = SECTIONS[id];
        return html`<li class="section status-${status}" data-section=${id} data-status=${status}>
          <div class="section-head">
            <span class="section-name"
              >${STATUS_ICON[status]()} <span class="muted">People ›</span> ${section.name}</span
            >
            <span class="badges">
              ${
                required && status !== 'granted'
                  ? html`<span class="badge required">${ctx.t('required')}</span>`
                  : nothing
              }
              <span class="badge ${status}">${ctx.t(STATUS_LABEL[status])}</span>
            </span>
          </div>
          ${
            status === 'missing'
              ? html`${path(ctx, [HIBOB_LABELS.permissionGroups, ctx.t('yourGroupCrumb'), HIBOB_LABELS.peoplesData], ctx.t('missingWhere'))}
                  <ul class="permission-lines">
                    ${section.permissions.map((line) => html`<li>${icons.check()}<span>${line}</span></li>`)}
                  </ul>
                  ${section.why ? html`<p class="why">${icons.info()}<span>${ctx.t(`sectionWhy_${id}` as keyof Strings)}</span></p>` : nothing}`
              : status === 'unknown'
                ? html`<p class="why">${ctx.t(section.categoryId ? 'unknownNoData' : 'unknownHistory')}</p>`
                : nothing
          }
        </li>`;
      })}
    </ul>
    <details class="aside">
      <summary>${ctx.t('movedFieldsQuestion')}</summary>
      <p>${rich(ctx.t('movedFieldsAnswer'))}</p>
    </details>`;
}

/** The review's navigation: back, check again, and continue when only optional sections are missing. */
export function renderReviewFooter(frame: FrameView, review: ReportReview): TemplateResult {
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
