/** The floor: the smallest Lit element, built with the same Vite settings as dist/hibob-link.js. */
import { LitElement, html } from 'lit';

export class FloorElement extends LitElement {
  override render() {
    return html`<p>hi</p>`;
  }
}

customElements.define('floor-element', FloorElement);
