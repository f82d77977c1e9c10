/**
 * The languages the widget speaks. English is built in; every other dictionary is a lazy chunk, so an
 * English page never downloads them.
 */
import { lazy, type Lazy } from '../lazy.js';
import type { Strings } from './en.js';

export const LOCALES = ['en', 'de', 'fr', 'es', 'nl', 'pt-BR', 'he'] as const;
export type Locale = (typeof LOCALES)[number];
type LazyLocale = Exclude<Locale, 'en'>;

const LOADERS: Record<LazyLocale, () => Promise<{ default: Strings }>> = {
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  nl: () => import('./nl.js'),
  'pt-BR': () => import('./pt-BR.js'),
  he: () => import('./he.js'),
};

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['he']);
export const isRightToLeft = (locale: Locale) => RIGHT_TO_LEFT.has(locale);

/** Best match for a BCP 47 tag: the exact tag, else its language (`pt-PT` → `pt-BR`, `iw` → `he`), else English. */
export function matchLocale(tag: string | null | undefined): Locale {
  const wanted = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  const exact = LOCALES.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  if (language === 'iw') return 'he';
  if (language === 'pt') return 'pt-BR';
  return LOCALES.find((locale) => locale === language) ?? 'en';
}

const CHUNKS = Object.fromEntries(
  Object.entries(LOADERS).map(([locale, importer]) => [locale, lazy(importer)]),
) as Record<LazyLocale, Lazy<{ default: Strings }>>;

/** Loads a dictionary once per page; a failed load is forgotten so the next attempt retries (see lazy.ts). */
export async function loadStrings(locale: LazyLocale): Promise<Strings> {
  return (await CHUNKS[locale].load()).default;
}
