import { html, nothing, type TemplateResult } from 'lit';
import * as icons from '../ui/icons.js';
import type { ViewContext } from './context.js';

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
