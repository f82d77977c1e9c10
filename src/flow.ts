/**
 * Everything after the intro, as one chunk the element loads once its first screen is up: the guide's
 * instructions, the credential form and its validation (zod), the permission review, the host calls, and their
 * English text and CSS. The element (hibob-link.ts) reaches all of it through this module only.
 */
import { unsafeCSS } from 'lit';
import flowCss from './styles/flow.css?inline';

export { enFlow as strings } from './i18n/en-flow.js';
export { LinkSession } from './session.js';
export { checkCredentials, normalizeCredentials } from './core/credentials.js';
export { HostCallError, postJson, runHostCall, toHostCallError } from './core/host-call.js';
export { describeFailure } from './views/host-error.js';
export { redactSecret } from './core/redact.js';
export { parsePermissionReport, reviewReport } from './core/report.js';
export { resolveSections } from './core/sections.js';
export { readPaste, renderCredentials } from './views/credentials.js';
export { renderPermissions, renderServiceUser } from './views/guide.js';
export { renderReview, renderReviewFooter, reviewTitleKey } from './views/review.js';
export { renderSuccess } from './views/success.js';
export { success as successMark } from './ui/icons.js';

export const styles = unsafeCSS(flowCss);
