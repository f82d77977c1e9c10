/** Registers `<hibob-link>` once, however often this module is loaded (two bundles on one page included). */
import { HibobLink } from './hibob-link.js';
import type { HibobLinkEventMap } from './core/types.js';

if (!customElements.get('hibob-link')) customElements.define('hibob-link', HibobLink);

declare global {
  interface HTMLElementTagNameMap {
    'hibob-link': HibobLink;
  }
  // Merging our map into the global one types `addEventListener('hibob-link-success', e => e.detail…)`.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends HibobLinkEventMap {}
}
