import { unsafeCSS } from 'lit';
// Plain CSS files, minified by Vite at build time and adopted as constructable stylesheets.
import startCss from './styles/start.css?inline';

/** What the first screen needs; the later steps bring src/styles/flow.css with the flow chunk. */
export const styles = unsafeCSS(startCss);
