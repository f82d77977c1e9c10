/** Our own small stroke icons (24-unit grid, currentColor). Decorative: always aria-hidden. */
import { svg, type SVGTemplateResult } from 'lit';

const icon = (body: SVGTemplateResult, className = '') =>
  svg`<svg class="icon ${className}" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor"
    stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

export const icons = {
  link: () =>
    icon(svg`<path d="M10 14a4.5 4.5 0 0 0 6.4 0l3.2-3.2a4.5 4.5 0 0 0-6.4-6.4L12 5.6"/>
      <path d="M14 10a4.5 4.5 0 0 0-6.4 0l-3.2 3.2a4.5 4.5 0 0 0 6.4 6.4l1.2-1.2"/>`),
  check: () => icon(svg`<path d="m5 12.5 4.5 4.5L19 7.5"/>`),
  copy: () =>
    icon(
      svg`<rect x="8.5" y="8.5" width="11" height="11" rx="2"/><path d="M15.5 8.5V6.5a2 2 0 0 0-2-2h-7a2 2 0 0 0-2 2v7a2 2 0 0 0 2 2h2"/>`,
    ),
  eye: () =>
    icon(
      svg`<path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12Z"/><circle cx="12" cy="12" r="3"/>`,
    ),
  eyeOff: () =>
    icon(svg`<path d="M9.9 5.7A9.7 9.7 0 0 1 12 5.5c6 0 9.5 6.5 9.5 6.5a17 17 0 0 1-2.6 3.4M6.3 7.3C3.9 8.9 2.5 12 2.5 12S6 18.5 12 18.5c1.6 0 3-.4 4.2-1.1"/>
      <path d="M9.9 9.9a3 3 0 0 0 4.2 4.2M3.5 3.5l17 17"/>`),
  arrowLeft: () => icon(svg`<path d="M19 12H5m6-6-6 6 6 6"/>`, 'flip-rtl'),
  arrowRight: () => icon(svg`<path d="M5 12h14m-6-6 6 6-6 6"/>`, 'flip-rtl'),
  chevron: () => icon(svg`<path d="m9.5 6 6 6-6 6"/>`, 'flip-rtl'),
  info: () => icon(svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v5.5M12 7.5v.5"/>`),
  warning: () =>
    icon(
      svg`<path d="M10.3 4.2 2.8 17.5A2 2 0 0 0 4.5 20.5h15a2 2 0 0 0 1.7-3L13.7 4.2a2 2 0 0 0-3.4 0Z"/><path d="M12 9.5v4.5M12 17v.5"/>`,
    ),
  user: () => icon(svg`<circle cx="12" cy="8" r="3.5"/><path d="M5 20a7 7 0 0 1 14 0"/>`),
  shield: () =>
    icon(svg`<path d="M12 3 5 6v5.5c0 4.4 3 8 7 9.5 4-1.5 7-5.1 7-9.5V6l-7-3Z"/><path d="m9 12 2.2 2.2L15.5 10"/>`),
  key: () => icon(svg`<circle cx="8" cy="15" r="4"/><path d="m11 12 8.5-8.5M16 7l2.5 2.5M14 9l2 2"/>`),
  clock: () => icon(svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`),
  success: () => icon(svg`<circle cx="12" cy="12" r="9.5"/><path d="m7.5 12.5 3 3 6-6.5"/>`, 'success-mark'),
  close: () => icon(svg`<path d="M6 6l12 12M18 6 6 18"/>`),
  spinner: () => icon(svg`<path d="M12 3a9 9 0 1 0 9 9"/>`, 'spinner'),
};
