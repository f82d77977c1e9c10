/** `hibob-link/server`: the permission checker and the handlers for `check-url` / `submit-url`. No DOM, no node: imports. */
export {
  checkHibobPermissions,
  HIBOB_BASE_URL,
  type CheckOptions,
  type CheckHibobPermissionsOptions,
} from './checker.js';
export { HibobApiError, type HibobErrorCode } from './hibob-api.js';
export {
  createCheckHandler,
  createSubmitHandler,
  type FetchHandler,
  type LinkContext,
  type SubmitHandlerOptions,
} from './handlers.js';
export { MAX_BODY_BYTES } from './http.js';
