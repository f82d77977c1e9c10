/** The first screen: what a service user is, what the admin needs, and the plan. Part of the element's first chunk. */
import { html, type TemplateResult } from 'lit';
import * as icons from '../ui/icons-start.js';
import { rich } from './text.js';
import type { ViewContext } from './context.js';

export function renderIntro(t: ViewContext['t']): TemplateResult {
  return html`
    <p class="lead">${rich(t('introLead'))}</p>
    <div class="cards">
      <div class="card">
        <h3>${t('introBeforeTitle')}</h3>
        <ul class="facts">
          <li>${icons.shield()}<span>${rich(t('introNeedAdmin'))}</span></li>
          <li>${icons.clock()}<span>${rich(t('introNeedTime'))}</span></li>
        </ul>
      </div>
      <div class="card">
        <h3>${t('introPlanTitle')}</h3>
        <ol class="plan">
          <li>${icons.user()}<span>${t('introPlanServiceUser')}</span></li>
          <li>${icons.shield()}<span>${t('introPlanPermissions')}</span></li>
          <li>${icons.key()}<span>${t('introPlanCredentials')}</span></li>
        </ol>
      </div>
    </div>
    <details class="aside">
      <summary>${t('legacyQuestion')}</summary>
      <p>${t('legacyAnswer')}</p>
    </details>
  `;
}
