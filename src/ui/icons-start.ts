/**
 * Our own small stroke icons (24-unit grid, currentColor). Decorative: always aria-hidden. These are the
 * first screen's and the frame's; the other steps' are in icons.ts, which loads with them.
 */
import { svg, type SVGTemplateResult } from 'lit';

export const icon = (body: SVGTemplateResult, className = '') =>
  svg`<svg class="icon ${className}" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor"
    stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

export const link = () =>
  icon(svg`<path d="M10 14a4.5 4.5 0 0 0 6.4 0l3.2-3.2a4.5 4.5 0 0 0-6.4-6.4L12 5.6"/>
    <path d="M14 10a4.5 4.5 0 0 0-6.4 0l-3.2 3.2a4.5 4.5 0 0 0 6.4 6.4l1.2-1.2"/>`);
export const arrowLeft = () => icon(svg`<path d="M19 12H5m6-6-6 6 6 6"/>`, 'flip-rtl');
export const arrowRight = () => icon(svg`<path d="M5 12h14m-6-6 6 6-6 6"/>`, 'flip-rtl');
export const user = () => icon(svg`<circle cx="12" cy="8" r="3.5"/><path d="M5 20a7 7 0 0 1 14 0"/>`);
export const shield = () =>
  icon(svg`<path d="M12 3 5 6v5.5c0 4.4 3 8 7 9.5 4-1.5 7-5.1 7-9.5V6l-7-3Z"/><path d="m9 12 2.2 2.2L15.5 10"/>`);
export const key = () => icon(svg`<circle cx="8" cy="15" r="4"/><path d="m11 12 8.5-8.5M16 7l2.5 2.5M14 9l2 2"/>`);
export const clock = () => icon(svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`);
export const close = () => icon(svg`<path d="M6 6l12 12M18 6 6 18"/>`);
export const spinner = () => icon(svg`<path d="M12 3a9 9 0 1 0 9 9"/>`, 'spinner');
