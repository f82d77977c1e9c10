/** The guide's two instruction steps that teach the HiBob setup (../shared/spec/permissions.md); the intro is intro.ts. */
import { html, nothing, type TemplateResult } from 'lit';
import { HIBOB_LABELS, SECTIONS, lifecycleStatusName } from '../core/sections.js';
import type { SectionId } from '../core/types.js';
import * as icons from '../ui/icons.js';
import { path } from './path.js';
import { rich } from './text.js';
import type { ViewContext } from './context.js';
import type { Strings } from '../i18n/en.js';

function copyValue(ctx: ViewContext, value: string): TemplateResult {
  const copied = ctx.copiedValue === value;
  return html`<div class="copy-value">
    <code>${value}</code>
    <button
      type="button"
      part="button button-secondary"
      class="button small ${copied ? 'is-done' : ''}"
      aria-label=${copied ? ctx.t('copied') : ctx.t('copyLabel', { value })}
      @click=${() => ctx.copy(value)}
    >
      ${copied ? icons.check() : icons.copy()}<span aria-hidden="true">${ctx.t(copied ? 'copied' : 'copy')}</span>
    </button>
  </div>`;
}

export function renderServiceUser(ctx: ViewContext): TemplateResult {
  return html`<ol class="instructions">
    <li>
      ${path(ctx, ['System Settings', 'Integrations', 'Service users'])}
      <p>${rich(ctx.t('serviceUserOpen'))}</p>
    </li>
    <li>
      ${path(ctx, ['Service users', 'Create service user'])}
      <p>${rich(ctx.t('serviceUserCreate'))}</p>
      ${copyValue(ctx, ctx.displayName)}
      <p>${rich(ctx.t('serviceUserSave'))}</p>
    </li>
    <li>
      <p>${rich(ctx.t('serviceUserCopy'))}</p>
      <p class="callout warning">${icons.warning()}<span>${rich(ctx.t('serviceUserTokenOnce'))}</span></p>
    </li>
    <li><p>${rich(ctx.t('serviceUserContinue'))}</p></li>
  </ol>`;
}

function renderSection(ctx: ViewContext, id: SectionId): TemplateResult {
  const section = SECTIONS[id];
  const required = ctx.requiredSections.has(id);
  return html`<li class="section" data-section=${id}>
    <div class="section-head">
      <span class="section-name"><span class="muted">People ›</span> ${section.name}</span>
      <span class="badge ${required ? 'required' : 'optional'}">${ctx.t(required ? 'required' : 'optional')}</span>
    </div>
    <ul class="permission-lines">
      ${section.permissions.map((line) => html`<li>${icons.check()}<span>${line}</span></li>`)}
    </ul>
    ${section.why ? html`<p class="why">${icons.info()}<span>${ctx.t(`sectionWhy_${id}` as keyof Strings)}</span></p>` : nothing}
  </li>`;
}

export function renderPermissions(ctx: ViewContext): TemplateResult {
  return html`<ol class="instructions">
      <li>
        ${path(ctx, [HIBOB_LABELS.permissionGroups, 'Add permission group', 'Service user'])}
        <p>${rich(ctx.t('permissionsAddGroup'))}</p>
      </li>
      <li>
        <p>${rich(ctx.t('permissionsNameGroup'))}</p>
        ${copyValue(ctx, ctx.groupName)}
        <p>${rich(ctx.t('permissionsPickUser'))}</p>
      </li>
      <li>
        ${path(ctx, [HIBOB_LABELS.peoplesData, 'Whose data can members access?'])}
        <p>${rich(ctx.t('permissionsCondition'))}</p>
      </li>
      <li>
        <p>${rich(ctx.t('permissionsStatuses'))}</p>
        <ul class="chips">
          ${ctx.lifecycleStatuses.map((status) => html`<li class="chip">${icons.check()}${lifecycleStatusName(status)}</li>`)}
        </ul>
      </li>
      <li>
        ${path(ctx, [HIBOB_LABELS.peoplesData, 'Permissions'])}
        <p>${rich(ctx.t('permissionsGrant'))}</p>
        <ul part="checklist" class="checklist">
          ${ctx.sections.map((id) => renderSection(ctx, id))}
        </ul>
        <p class="callout">${icons.shield()}<span>${ctx.t('readOnlyNote')}</span></p>
      </li>
      <li><p>${rich(ctx.t('permissionsSave'))}</p></li>
    </ol>
    <details class="aside">
      <summary>${ctx.t('movedFieldsQuestion')}</summary>
      <p>${rich(ctx.t('movedFieldsAnswer'))}</p>
    </details>`;
}
