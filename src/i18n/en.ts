/**
 * English UI text, whole. Every other locale implements `Strings`; hosts override any key through the `strings`
 * property. The element itself imports the two halves (en-start.ts, en-flow.ts) so the first chunk carries
 * only what the first screen needs.
 */
import { enFlow } from './en-flow.js';
import { enStart } from './en-start.js';
export { format } from './format.js';

export const en = { ...enStart, ...enFlow };

/** Every UI string; a locale must provide all of them. */
export type Strings = { [K in keyof typeof en]: string };
export type StringKey = keyof Strings;
