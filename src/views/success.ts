/** The last screen: HiBob is connected, the token is gone; in a modal, a Done button closes it. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ViewContext } from './context.js';

export function renderSuccess(t: ViewContext['t'], serviceUserId: string, done?: () => void): TemplateResult {
  return html`<div class="success">
    <p class="lead">${t('successBody', { id: serviceUserId })}</p>
    <p class="muted">${t('successTokenGone')}</p>
    ${
      done
        ? html`<button type="button" part="button button-primary" class="button primary done" @click=${done}>
            ${t('done')}
          </button>`
        : nothing
    }
  </div>`;
}
