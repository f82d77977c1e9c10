/** Turns a UI string into markup without innerHTML: `*HiBob label*` becomes <strong>, the rest stays text. */
import { html, type TemplateResult } from 'lit';

export function rich(text: string): TemplateResult {
  const parts = text.split(/\*([^*]+)\*/);
  return html`${parts.map((part, i) => (i % 2 ? html`<strong class="ui-label">${part}</strong>` : part))}`;
}
