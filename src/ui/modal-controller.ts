/**
 * Modal mode of <hibob-link>: a native <dialog> shown with showModal(), kept in step with the `open`
 * property, with a shared page-scroll lock, focus in on open and back to the opener on close, Tab kept
 * inside, and every way out (Escape, backdrop, close button, hide()) turned into one cancelable exit event.
 * Its own chunk: only a page with mode="modal" downloads it.
 */
import { html, unsafeCSS, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import modalCss from '../styles/modal.css?inline';
import type { ExitReason, Step } from '../core/types.js';
import { trapTab } from './focus-trap.js';
import { deepActiveElement, lockPageScroll } from './scroll-lock.js';

/** The dialog's and the close button's CSS, adopted by the element next to its own. */
export const styles = unsafeCSS(modalCss);

export interface ModalHost extends ReactiveControllerHost, HTMLElement {
  mode: 'inline' | 'modal';
  open: boolean;
  readonly step: Step;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class ModalController implements ReactiveController {
  #releaseScroll?: () => void;
  /** Where focus was when the dialog opened, to return it on close. */
  #opener?: HTMLElement | null;
  /** A click only closes on the backdrop when it also started there (not a drag out of an input). */
  #pressOnBackdrop = false;

  /** `requestExit` is the element's: every way out (ours and its close buttons) fires one cancelable event. */
  constructor(
    private readonly host: ModalHost,
    private readonly requestExit: (reason: ExitReason) => void,
  ) {
    host.addController(this);
  }

  get active(): boolean {
    return this.host.mode === 'modal';
  }

  hostUpdated(): void {
    this.#sync();
  }

  hostConnected(): void {
    // Back in a page while open (a move is a removal and an insertion): update, so #sync reopens it modally.
    if (this.active && this.host.open) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#releaseScroll?.();
    this.#releaseScroll = undefined;
  }

  /** Wraps the card in the dialog; `dir` mirrors the card's language direction. */
  render(card: TemplateResult, dir: 'ltr' | 'rtl'): TemplateResult {
    return html`<dialog
      part="dialog"
      class="dialog"
      dir=${dir}
      aria-labelledby="title"
      @keydown=${this.#onKeydown}
      @cancel=${this.#onCancel}
      @pointerdown=${this.#onPointerDown}
      @click=${this.#onClick}
      @close=${this.#onClose}
    >
      ${card}
    </dialog>`;
  }

  /** Opens or closes the native dialog to match `open`. */
  #sync(): void {
    const { host } = this;
    const dialog = host.renderRoot.querySelector('dialog');
    const wanted = this.active && host.open && host.isConnected;
    if (wanted && dialog && !isModal(dialog)) {
      // Moved to another parent while open, the browser keeps the dialog open but no longer modal: reopen it.
      if (dialog.open) dialog.close();
      else this.#opener = deepActiveElement();
      dialog.showModal();
      this.#releaseScroll ??= lockPageScroll();
      host.renderRoot.querySelector<HTMLElement>('#title')?.focus();
    } else if (!wanted && this.#releaseScroll) {
      if (dialog?.open) dialog.close();
      this.#releaseScroll();
      this.#releaseScroll = undefined;
      const opener = this.#opener;
      this.#opener = undefined;
      if (opener?.isConnected) opener.focus();
    }
  }

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Tab') return trapTab(event, event.currentTarget as HTMLDialogElement, deepActiveElement());
    // Handled here rather than through `cancel`, which Chrome stops firing after repeated Escapes.
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.requestExit('escape');
  };

  #onCancel = (event: Event): void => {
    event.preventDefault();
    this.requestExit('escape');
  };

  #onPointerDown = (event: PointerEvent): void => {
    this.#pressOnBackdrop = event.target === event.currentTarget;
  };

  #onClick = (event: MouseEvent): void => {
    const onBackdrop = this.#pressOnBackdrop && event.target === event.currentTarget;
    this.#pressOnBackdrop = false;
    if (onBackdrop) this.requestExit('backdrop');
  };

  #onClose = (event: Event): void => {
    // Closed by the browser itself (e.g. a forced close watcher): keep `open` honest. The `close` that our own
    // close() queued can arrive after a quick reopen (hide() then show()): the dialog is open again, so ignore it.
    if (this.host.open && !(event.currentTarget as HTMLDialogElement).open) this.host.open = false;
  };
}

/** Open as a modal (top layer, page inert), not merely open. */
function isModal(dialog: HTMLDialogElement): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    return dialog.open; // a browser without :modal
  }
}
