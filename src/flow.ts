/**
 * Everything after the intro, as one chunk the element loads once its first screen is up: the guide's
 * instructions, the credential form, the session that validates the credentials (zod) and makes the host calls,
 * the permission review, and their English text and CSS. The element (hibob-link.ts) reaches all of it through
 * this module only.
 */
import { unsafeCSS } from 'lit';
import flowCss from './styles/flow.css?inline';

export { enFlow as strings } from './i18n/en-flow.js';
export { LinkSession } from './session.js';
export { renderCredentials } from './views/credentials.js';
export { renderPermissions, renderServiceUser } from './views/guide.js';
export { renderReview, renderReviewFooter, reviewTitleKey } from './views/review.js';
export { renderSuccess } from './views/success.js';
export { success as successMark } from './ui/icons.js';

export const styles = unsafeCSS(flowCss);
