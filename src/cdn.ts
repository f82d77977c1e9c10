/**
 * `dist/hibob-link.js`, the script-tag build: registers `<hibob-link>` and exports the class. The zod schemas
 * and the permission catalog stay out of it (they would double its first download); import them from the npm
 * entry `hibob-link` when a page needs them.
 */
import './define.js';

// The lazy chunks import this file back by its plain URL: loaded with a query string (a cache buster), it is
// fetched and run a second time when the later steps arrive. It still works; say why it costs more.
if (/[?#]/.test(import.meta.url)) {
  console.warn(
    'hibob-link: load dist/hibob-link.js without a query string or hash; its chunks import it by its plain URL, ' +
      'so the page now downloads it twice',
  );
}

export { HibobLink } from './hibob-link.js';
export type * from './core/types.js';
export type { Strings } from './i18n/en.js';
