/** Turns a UI string into markup without innerHTML: `*HiBob label*` becomes <strong>, the rest stays text. */
import { html, nothing, type TemplateResult } from 'lit';
import { icons } from '../ui/icons.js';
import type { ViewContext } from './context.js';

export function rich(text: string): TemplateResult {
  const parts = text.split(/\*([^*]+)\*/);
  return html`${parts.map((part, i) => (i % 2 ? html`<strong class="ui-label">${part}</strong>` : part))}`;
}

/** A "System Settings › Integrations" trail so the admin knows where in HiBob an instruction happens. */
export function path(ctx: ViewContext, crumbs: string[], label = ctx.t('pathLabel')): TemplateResult {
  return html`<p class="path">
    <span class="visually-hidden">${label}: </span>
    ${crumbs.map(
      (crumb, i) =>
        html`${i ? html`${icons.chevron()}<span class="visually-hidden"> › </span>` : nothing}<span class="crumb"
            >${crumb}</span
          >`,
    )}
  </p>`;
}
