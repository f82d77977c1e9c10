/**
 * Locks page scrolling while any modal is open and restores exactly what the page had. The count lives on
 * globalThis so two copies of the widget (npm build and CDN build on one page) share it.
 */
interface LockState {
  count: number;
  saved?: { overflow: string; paddingInlineEnd: string };
}
const KEY = Symbol.for('hibob-link.scroll-lock');
const state = ((globalThis as Record<symbol, LockState>)[KEY] ??= { count: 0 });

/** Returns the release function; calling it twice is harmless. */
export function lockPageScroll(): () => void {
  const root = document.documentElement;
  if (state.count++ === 0) {
    state.saved = { overflow: root.style.overflow, paddingInlineEnd: root.style.paddingInlineEnd };
    // Keep the page from shifting sideways when its scrollbar disappears.
    const scrollbar = window.innerWidth - root.clientWidth;
    root.style.overflow = 'hidden';
    if (scrollbar > 0) root.style.paddingInlineEnd = `${scrollbar}px`;
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--state.count === 0 && state.saved) {
      root.style.overflow = state.saved.overflow;
      root.style.paddingInlineEnd = state.saved.paddingInlineEnd;
      state.saved = undefined;
    }
  };
}

/** The focused element, looking inside open shadow roots, so focus can go back to it later. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
