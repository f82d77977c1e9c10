/**
 * `dist/hibob-link.js`, the script-tag build: registers `<hibob-link>` and exports the class. The zod schemas
 * and the permission catalog stay out of it (they would double its first download); import them from the npm
 * entry `hibob-link` when a page needs them.
 */
import './define.js';

export { HibobLink } from './hibob-link.js';
export type * from './core/types.js';
export type { Strings } from './i18n/en.js';
