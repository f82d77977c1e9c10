/**
 * Keeps Tab inside an open modal. A native modal <dialog> makes the page inert but still lets Tab leave to the
 * browser's own UI, which screen-reader and keyboard users experience as focus "falling out".
 */
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

function isTabbable(el: HTMLElement): boolean {
  if (el.matches(':disabled') || el.tabIndex < 0 || el.getClientRects().length === 0) return false;
  // Content of a closed <details> other than its summary cannot take focus.
  const details = el.closest('details');
  return !details || details.open || (el.tagName === 'SUMMARY' && el.parentElement === details);
}

/** Tabbable elements in tab order (DOM order through slots; no positive tabindex is used here). */
export function tabbables(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (node: ParentNode) => {
    for (const child of node.children) {
      if (child instanceof HTMLSlotElement) {
        const assigned = child.assignedElements({ flatten: true });
        for (const el of assigned.length ? assigned : [...child.children]) visit(el);
      } else visit(child);
    }
  };
  const visit = (el: Element) => {
    if (el instanceof HTMLElement && el.matches(FOCUSABLE) && isTabbable(el)) found.push(el);
    walk(el.shadowRoot ?? el);
  };
  walk(root);
  return found;
}

/** Wraps Tab from the last element to the first and Shift+Tab from the first to the last. */
export function trapTab(event: KeyboardEvent, container: ParentNode, active: Element | null): void {
  if (event.key !== 'Tab') return;
  const list = tabbables(container);
  if (!list.length) return;
  const first = list[0]!;
  const last = list[list.length - 1]!;
  const outside = !active || !list.includes(active as HTMLElement);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}
