import { css } from 'lit';

/**
 * Constructable stylesheets only (no inline style attributes), so the element works under a strict CSP.
 * Public custom properties (--hibob-link-*) feed private ones (--_*) with light and dark defaults.
 */
/** Dark defaults: used under prefers-color-scheme: dark, or always with theme="dark". */
const darkTokens = css`
  --_accent: var(--hibob-link-accent, #ff86b4);
  --_accent-contrast: var(--hibob-link-accent-contrast, #2a0616);
  --_surface: var(--hibob-link-surface, #1b1a21);
  --_text: var(--hibob-link-text, #f2f0f6);
  --_muted: var(--hibob-link-muted, #b5b1c2);
  --_border: var(--hibob-link-border, #3a3745);
  --_danger: var(--hibob-link-danger, #ff9185);
  --_success: var(--hibob-link-success, #72d69e);
  --_warning: #e0a526;
  --_scheme: dark;
`;

export const styles = css`
  :host {
    --_accent: var(--hibob-link-accent, #a3195b);
    --_accent-contrast: var(--hibob-link-accent-contrast, #ffffff);
    --_surface: var(--hibob-link-surface, #ffffff);
    --_text: var(--hibob-link-text, #1d1b24);
    --_muted: var(--hibob-link-muted, #5b5867);
    --_border: var(--hibob-link-border, #e3e0e8);
    --_danger: var(--hibob-link-danger, #b42318);
    --_success: var(--hibob-link-success, #137a42);
    --_warning: #b07800;
    --_scheme: light;
    --_radius: var(--hibob-link-radius, 16px);
    --_font: var(
      --hibob-link-font-family,
      ui-sans-serif,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_size: var(--hibob-link-font-size, 15px);
    --_max-width: var(--hibob-link-max-width, 560px);
    --_tint: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
    --_subtle: color-mix(in srgb, var(--_text) 3.5%, var(--_surface));
    --_focus: 0 0 0 2px var(--_surface), 0 0 0 4px var(--_accent);
    --_ease: cubic-bezier(0.2, 0.7, 0.2, 1);
    display: block;
    max-width: var(--_max-width);
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([mode='modal']) {
    max-width: none;
  }
  :host([hidden]) {
    display: none;
  }
  /* Typography lives on the panel, not :host, so host CSS such as "* { all: unset }" cannot reach it. */
  .panel {
    color-scheme: var(--_scheme);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_size);
    font-weight: 400;
    line-height: 1.5;
    text-align: start;
    -webkit-font-smoothing: antialiased;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }

  .panel {
    display: flex;
    flex-direction: column;
    max-width: var(--_max-width);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow:
      0 1px 2px rgb(16 12 30 / 0.06),
      0 12px 32px -12px rgb(16 12 30 / 0.18);
    overflow: hidden;
  }

  /* modal */
  .dialog {
    padding: 0;
    border: 0;
    background: transparent;
    color: inherit;
    width: min(var(--_max-width), calc(100vw - 32px));
    max-width: none;
    max-height: calc(100dvh - 32px);
    overflow: visible;
  }
  .dialog::backdrop {
    background: rgb(16 12 30 / 0.45);
    backdrop-filter: blur(2px);
  }
  .dialog[open] {
    animation: enter 260ms var(--_ease);
  }
  .dialog .panel {
    max-height: calc(100dvh - 32px);
    overflow: auto;
  }
  .close {
    display: inline-grid;
    place-items: center;
    width: 2.2em;
    height: 2.2em;
    /* Pinned to the end of the header, after the progress when there is one. */
    margin-inline-start: auto;
    border: 0;
    border-radius: 0.5em;
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .progress ~ .close {
    margin-inline-start: 0.4em;
  }
  /* Icon-only buttons: the close button and the token's show/hide toggle. */
  .close:hover,
  .reveal:hover {
    background: var(--_subtle);
    color: var(--_text);
  }
  .done {
    margin-top: 1em;
    justify-self: center;
  }

  /* header */
  .header {
    display: flex;
    align-items: center;
    gap: 1em;
    padding: 1em 1.6em;
    border-bottom: 1px solid var(--_border);
  }
  .brand {
    display: inline-flex;
    align-items: center;
    gap: 0.6em;
    min-width: 0;
  }
  .brand-mark {
    display: inline-grid;
    place-items: center;
    width: 2em;
    height: 2em;
    border-radius: 0.6em;
    background: var(--_tint);
    color: var(--_accent);
  }
  ::slotted([slot='logo']) {
    max-height: 2em;
    max-width: 8em;
  }
  .eyebrow {
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .progress {
    margin-inline-start: auto;
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.35em;
    font-size: 0.8em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .progress-bar {
    display: flex;
    gap: 4px;
  }
  .segment {
    width: 1.6em;
    height: 4px;
    border-radius: 2px;
    background: var(--_border);
    transition: background-color 240ms var(--_ease);
  }
  .segment.done {
    background: var(--_accent);
  }

  /* body */
  .body {
    padding: 1.6em;
    animation: enter 260ms var(--_ease);
  }
  @keyframes enter {
    from {
      opacity: 0;
      transform: translateY(6px);
    }
  }
  .title {
    margin: 0 0 0.5em;
    font-size: 1.45em;
    line-height: 1.25;
    font-weight: 650;
    letter-spacing: -0.01em;
    outline: none;
  }
  .title:focus-visible {
    box-shadow: var(--_focus);
    border-radius: 4px;
  }
  p {
    margin: 0;
  }
  .lead {
    color: var(--_muted);
    margin-bottom: 1.2em;
    font-size: 1.02em;
  }
  .muted {
    color: var(--_muted);
  }
  .ui-label {
    font-weight: 650;
    color: var(--_text);
  }
  .icon {
    flex: none;
    width: 1.15em;
    height: 1.15em;
  }
  [dir='rtl'] .flip-rtl {
    transform: scaleX(-1);
  }
  /* IDs and tokens are Latin text: left-to-right even inside a right-to-left card. */
  input {
    unicode-bidi: isolate;
    direction: ltr;
  }
  /* Suggested names follow their own first letter (Hebrew name, or an app name in Latin script). */
  code {
    unicode-bidi: plaintext;
  }
  [dir='rtl'] input {
    text-align: right;
  }

  /* intro */
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    gap: 0.8em;
  }
  .card {
    padding: 1em 1.1em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.7);
    background: var(--_subtle);
  }
  .card h3 {
    margin: 0 0 0.6em;
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.05em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .facts,
  .plan {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.6em;
  }
  .facts li,
  .plan li {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
  }
  .facts .icon,
  .plan .icon {
    color: var(--_accent);
    margin-top: 0.15em;
  }

  /* instructions */
  .instructions {
    list-style: none;
    counter-reset: step;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1.1em;
  }
  .instructions > li {
    counter-increment: step;
    position: relative;
    padding-inline-start: 2.6em;
    display: grid;
    gap: 0.5em;
  }
  .instructions > li::before {
    content: counter(step);
    position: absolute;
    inset-inline-start: 0;
    top: 0;
    width: 1.75em;
    height: 1.75em;
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: var(--_tint);
    color: var(--_accent);
    font-size: 0.85em;
    font-weight: 700;
  }
  .path {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.15em 0.3em;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
  }
  .path .icon {
    width: 0.95em;
    height: 0.95em;
    opacity: 0.7;
  }
  .crumb {
    padding: 0.05em 0.45em;
    border-radius: 0.4em;
    background: var(--_subtle);
    border: 1px solid var(--_border);
  }

  .copy-value {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.6em;
    padding-block: 0.35em;
    padding-inline: 0.8em 0.35em;
    border: 1px dashed color-mix(in srgb, var(--_accent) 45%, var(--_border));
    border-radius: 0.7em;
    background: var(--_tint);
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
    overflow-wrap: anywhere;
  }

  .chips {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding-block: 0.25em;
    padding-inline: 0.55em 0.75em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_subtle);
    font-weight: 600;
    font-size: 0.92em;
  }
  .chip .icon {
    color: var(--_success);
  }

  .checklist {
    list-style: none;
    margin: 0.2em 0 0;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.7);
    overflow: hidden;
  }
  .section {
    padding: 0.8em 1em;
    display: grid;
    gap: 0.4em;
  }
  .section + .section {
    border-top: 1px solid var(--_border);
  }
  .section-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.6em;
    font-weight: 650;
  }
  .badge {
    flex: none;
    font-size: 0.75em;
    font-weight: 650;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    color: var(--_muted);
  }
  .badge.required {
    background: var(--_tint);
    border-color: color-mix(in srgb, var(--_accent) 40%, var(--_border));
    color: var(--_accent);
  }
  .permission-lines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
    font-size: 0.93em;
  }
  .permission-lines li,
  .why,
  .callout,
  .footnote,
  .message {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  .permission-lines .icon {
    color: var(--_success);
    margin-top: 0.2em;
  }
  .why,
  .footnote {
    font-size: 0.88em;
    color: var(--_muted);
  }
  .why .icon,
  .footnote .icon,
  .message .icon,
  .callout > .icon {
    margin-top: 0.2em;
  }

  .callout {
    padding: 0.75em 0.9em;
    border-radius: 0.7em;
    background: var(--_subtle);
    border: 1px solid var(--_border);
    font-size: 0.93em;
  }
  .callout.warning {
    background: color-mix(in srgb, var(--_warning) 10%, var(--_surface));
    border-color: color-mix(in srgb, var(--_warning) 35%, var(--_border));
  }
  .callout.danger {
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
    border-color: color-mix(in srgb, var(--_danger) 40%, var(--_border));
    margin-top: 1em;
  }
  .callout.danger > .icon {
    color: var(--_danger);
  }
  .callout > div {
    display: grid;
    gap: 0.4em;
    justify-items: start;
  }
  .callout-title {
    font-weight: 650;
  }

  details.aside {
    margin-top: 1.3em;
    border-top: 1px solid var(--_border);
    padding-top: 0.9em;
    font-size: 0.93em;
  }
  details.aside summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    border-radius: 4px;
    min-height: 24px;
  }
  details.aside p {
    margin-top: 0.6em;
    color: var(--_muted);
  }

  /* form */
  form {
    display: grid;
    gap: 1.1em;
  }
  .field {
    display: grid;
    gap: 0.4em;
  }
  label {
    font-weight: 650;
    font-size: 0.93em;
  }
  .control {
    position: relative;
    display: flex;
  }
  input {
    flex: 1;
    min-width: 0;
    min-height: 2.8em;
    padding: 0.6em 0.85em;
    font: inherit;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid color-mix(in srgb, var(--_text) 28%, var(--_border));
    border-radius: 0.6em;
    transition:
      border-color 160ms,
      box-shadow 160ms;
  }
  #token {
    padding-inline-end: 3em;
  }
  input:focus {
    outline: none;
    border-color: var(--_accent);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 22%, transparent);
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  input[aria-invalid='true']:focus {
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_danger) 22%, transparent);
  }
  input[readonly] {
    background: var(--_subtle);
    color: var(--_muted);
  }
  .reveal {
    position: absolute;
    inset-inline-end: 0.3em;
    top: 50%;
    transform: translateY(-50%);
    width: 2.2em;
    height: 2.2em;
    display: grid;
    place-items: center;
    border: 0;
    border-radius: 0.45em;
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .message {
    font-size: 0.88em;
  }
  .message.error {
    color: var(--_danger);
  }
  .message.hint {
    color: var(--_muted);
  }
  .footnote {
    margin-top: 1.1em;
  }

  /* success */
  .body[data-view='success'] {
    display: grid;
    justify-items: center;
    text-align: center;
    padding-block: 2.4em;
  }
  .success {
    display: grid;
    gap: 0.5em;
    max-width: 30em;
  }
  .success-mark {
    width: 3em;
    height: 3em;
    color: var(--_success);
    margin-bottom: 0.4em;
    animation: pop 420ms var(--_ease);
  }
  .success .lead {
    margin: 0;
    color: var(--_text);
  }
  @keyframes pop {
    from {
      transform: scale(0.6);
      opacity: 0;
    }
  }

  /* footer and buttons */
  .footer {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.8em;
    padding: 1em 1.6em;
    border-top: 1px solid var(--_border);
    background: var(--_subtle);
  }
  .badges {
    display: inline-flex;
    gap: 0.3em;
  }
  .actions {
    display: inline-flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.6em;
  }
  .section-name {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .report .status-granted .section-name > .icon {
    color: var(--_success);
  }
  .report .status-missing .section-name > .icon,
  .badge.missing {
    color: var(--_danger);
  }
  .report .status-unknown .section-name > .icon {
    color: var(--_muted);
  }
  .badge.granted {
    color: var(--_success);
  }
  .badge.missing {
    border-color: color-mix(in srgb, var(--_danger) 45%, var(--_border));
    background: color-mix(in srgb, var(--_danger) 7%, var(--_surface));
  }
  .report .status-missing {
    background: color-mix(in srgb, var(--_danger) 3%, var(--_surface));
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.45em;
    min-height: 2.6em;
    min-width: 24px;
    padding: 0.5em 1.1em;
    font: inherit;
    font-weight: 600;
    border-radius: 0.65em;
    border: 1px solid transparent;
    cursor: pointer;
    transition:
      background-color 160ms,
      border-color 160ms,
      transform 120ms;
  }
  /* One focus ring for every control: 2 px of surface, then 2 px of accent, visible on any background. */
  .button:focus-visible,
  .close:focus-visible,
  .reveal:focus-visible,
  details.aside summary:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .button:active {
    transform: translateY(1px);
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .button.primary:hover {
    background: color-mix(in srgb, var(--_accent) 88%, var(--_text));
  }
  .button.primary[aria-disabled='true'] {
    cursor: progress;
    background: color-mix(in srgb, var(--_accent) 80%, var(--_surface));
  }
  .button.secondary,
  .button.small {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_border);
  }
  .button.secondary:hover,
  .button.small:hover {
    border-color: color-mix(in srgb, var(--_text) 35%, var(--_border));
  }
  .button.secondary:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .button.ghost {
    background: transparent;
    color: var(--_accent);
    padding-inline: 0.4em;
  }
  .button.ghost:hover {
    text-decoration: underline;
  }
  .button.small {
    min-height: 2.1em;
    padding: 0.25em 0.75em;
    font-size: 0.88em;
  }
  .button.small.is-done {
    color: var(--_success);
  }
  .spinner {
    animation: spin 800ms linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  .host-footer::slotted(*) {
    display: block;
    margin-top: 0.8em;
    font-size: 0.88em;
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (max-width: 480px) {
    .header,
    .body,
    .footer {
      padding-inline: 1.1em;
    }
  }
`;
