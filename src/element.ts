/** `hibob-link/element`: the class only, no registration (custom tag names, scoped registries). */
export { HibobLink } from './hibob-link.js';
