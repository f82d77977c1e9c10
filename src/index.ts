/** `hibob-link`: registers `<hibob-link>` and exports the class, the public types and schemas. */
import './define.js';

export { HibobLink } from './hibob-link.js';
export * from './core/types.js';
export { SECTIONS, type SectionInfo } from './core/sections.js';
export { credentialsSchema } from './core/credentials.js';
export { permissionReportSchema } from './core/report.js';
export type { Strings } from './i18n/en.js';
