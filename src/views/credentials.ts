/** The credentials form: two fields, their messages, the host error and the busy state. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CredentialCheck, CredentialField } from '../core/credentials.js';
import { MAX_ID_LENGTH, MAX_TOKEN_LENGTH, normalizePaste } from '../core/credentials.js';
import * as icons from '../ui/icons.js';
import { rich } from './text.js';
import type { ViewContext } from './context.js';

export interface CredentialsView extends ViewContext {
  values: Record<CredentialField, string>;
  /** Messages are shown only for these fields (after blur or submit). */
  shown: ReadonlySet<CredentialField>;
  check: CredentialCheck;
  busy: boolean;
  tokenVisible: boolean;
  hostError?: { message: string; detail?: string; retryable: boolean };
  onInput(field: CredentialField, value: string): void;
  onPaste(field: CredentialField, event: ClipboardEvent): void;
  onBlur(field: CredentialField): void;
  toggleToken(): void;
  retry(): void;
  submit(event: Event): void;
}

/**
 * Takes over a paste into `field`: the values to set, split and cleaned by normalizePaste around the selection,
 * or `undefined` to let the browser paste (nothing as text, or a read-only field).
 */
export function readPaste(
  field: CredentialField,
  event: ClipboardEvent,
): Partial<Record<CredentialField, string>> | undefined {
  const pasted = event.clipboardData?.getData('text/plain');
  const input = event.target as HTMLInputElement;
  if (pasted == null || input.readOnly) return undefined;
  event.preventDefault();
  const { value } = input;
  return normalizePaste(
    field,
    pasted,
    value.slice(0, input.selectionStart ?? value.length),
    value.slice(input.selectionEnd ?? value.length),
  );
}

const FIELD_ID: Record<CredentialField, string> = { serviceUserId: 'service-user-id', token: 'token' };

function message(view: CredentialsView, field: CredentialField): TemplateResult | typeof nothing {
  if (!view.shown.has(field)) return nothing;
  const error = view.check.errors[field];
  const hint = view.check.hints[field];
  const key = error ?? hint;
  if (!key) return nothing;
  const params = { max: field === 'token' ? MAX_TOKEN_LENGTH : MAX_ID_LENGTH, length: view.values[field].length };
  return html`<p
    id="${FIELD_ID[field]}-message"
    part=${error ? 'error' : 'hint'}
    class="message ${error ? 'error' : 'hint'}"
  >
    ${error ? icons.warning() : icons.info()}<span>${view.t(key, params)}</span>
  </p>`;
}

function field(view: CredentialsView, name: CredentialField, label: string, extra?: TemplateResult) {
  const id = FIELD_ID[name];
  const shown = view.shown.has(name);
  const invalid = shown && !!view.check.errors[name];
  const described = shown && (view.check.errors[name] ?? view.check.hints[name]);
  const masked = name === 'token' && !view.tokenVisible;
  return html`<div part="field" class="field">
    <label part="label" for=${id}>${label}</label>
    <div class="control">
      <input
        part="input"
        id=${id}
        name=${name}
        type=${masked ? 'password' : 'text'}
        .value=${live(view.values[name])}
        autocomplete="off"
        autocapitalize="off"
        autocorrect="off"
        spellcheck="false"
        data-1p-ignore
        data-lpignore="true"
        ?readonly=${view.busy}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${described ? `${id}-message` : nothing}
        @input=${(e: InputEvent) => view.onInput(name, (e.target as HTMLInputElement).value)}
        @paste=${(e: ClipboardEvent) => view.onPaste(name, e)}
        @blur=${() => view.onBlur(name)}
      />
      ${extra ?? nothing}
    </div>
    ${message(view, name)}
  </div>`;
}

export function renderCredentials(view: CredentialsView): TemplateResult {
  const toggle = html`<button
    type="button"
    class="reveal"
    part="button"
    aria-pressed=${view.tokenVisible ? 'true' : 'false'}
    aria-label=${view.t('showToken')}
    title=${view.t(view.tokenVisible ? 'hideToken' : 'showToken')}
    @click=${view.toggleToken}
  >
    ${view.tokenVisible ? icons.eyeOff() : icons.eye()}
  </button>`;
  const error = view.hostError;
  return html`<p class="lead">${view.t('credentialsLead')}</p>
    <form id="credentials-form" novalidate @submit=${view.submit}>
      ${field(view, 'serviceUserId', view.t('idLabel'))} ${field(view, 'token', view.t('tokenLabel'), toggle)}
    </form>
    <div class="alert-slot" role="alert">
      ${
        error
          ? html`<div class="callout danger">
              ${icons.warning()}
              <div>
                <p class="callout-title">${view.t('errorTitle')}</p>
                <p>${error.message}</p>
                ${error.detail ? html`<p class="muted">${error.detail}</p>` : nothing}
                ${
                  error.retryable && !view.busy
                    ? html`<button
                        type="button"
                        part="button button-secondary"
                        class="button small"
                        @click=${view.retry}
                      >
                        ${view.t('tryAgain')}
                      </button>`
                    : nothing
                }
              </div>
            </div>`
          : nothing
      }
    </div>
    <p class="footnote">${icons.key()}<span>${rich(view.t('lostToken'))}</span></p>`;
}
