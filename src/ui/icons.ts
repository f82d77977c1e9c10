/** Every icon, for the steps after the intro (used as `import * as icons`); see icons-start.ts. */
import { svg } from 'lit';
import { icon } from './icons-start.js';

export * from './icons-start.js';

export const check = () => icon(svg`<path d="m5 12.5 4.5 4.5L19 7.5"/>`);
export const copy = () =>
  icon(
    svg`<rect x="8.5" y="8.5" width="11" height="11" rx="2"/><path d="M15.5 8.5V6.5a2 2 0 0 0-2-2h-7a2 2 0 0 0-2 2v7a2 2 0 0 0 2 2h2"/>`,
  );
export const eye = () =>
  icon(
    svg`<path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12Z"/><circle cx="12" cy="12" r="3"/>`,
  );
export const eyeOff = () =>
  icon(svg`<path d="M9.9 5.7A9.7 9.7 0 0 1 12 5.5c6 0 9.5 6.5 9.5 6.5a17 17 0 0 1-2.6 3.4M6.3 7.3C3.9 8.9 2.5 12 2.5 12S6 18.5 12 18.5c1.6 0 3-.4 4.2-1.1"/>
    <path d="M9.9 9.9a3 3 0 0 0 4.2 4.2M3.5 3.5l17 17"/>`);
export const chevron = () => icon(svg`<path d="m9.5 6 6 6-6 6"/>`, 'flip-rtl');
export const info = () => icon(svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v5.5M12 7.5v.5"/>`);
export const warning = () =>
  icon(
    svg`<path d="M10.3 4.2 2.8 17.5A2 2 0 0 0 4.5 20.5h15a2 2 0 0 0 1.7-3L13.7 4.2a2 2 0 0 0-3.4 0Z"/><path d="M12 9.5v4.5M12 17v.5"/>`,
  );
export const success = () =>
  icon(svg`<circle cx="12" cy="12" r="9.5"/><path d="m7.5 12.5 3 3 6-6.5"/>`, 'success-mark');
