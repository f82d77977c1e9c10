/**
 * The locale dictionaries (src/i18n/*.ts) against English: same keys, same `{placeholders}`, the same
 * `*HiBob UI labels*` kept in English (admins must find those exact words on screen), lifecycle status names kept
 * in English, nothing left untranslated by accident, and each language's own typography.
 */
import { describe, expect, it } from 'vitest';
import { en, type StringKey } from '../../src/i18n/en.js';
import de from '../../src/i18n/de.js';
import es from '../../src/i18n/es.js';
import fr from '../../src/i18n/fr.js';
import he from '../../src/i18n/he.js';
import nl from '../../src/i18n/nl.js';
import ptBR from '../../src/i18n/pt-BR.js';

type Dict = Record<string, string>;

const LOCALES: Record<string, Dict> = { de, fr, es, nl, 'pt-BR': ptBR, he };
const ALL = Object.keys(LOCALES);
const EN: Dict = en;
const KEYS = Object.keys(en) as StringKey[];

/** Keys whose value may stay exactly as in English, and in which locales. */
const SAME_AS_ENGLISH: Partial<Record<StringKey, readonly string[]>> = {
  // "Token" is the usual word in these languages, and the label of HiBob's own field.
  tokenLabel: ['de', 'fr', 'es', 'nl', 'pt-BR'],
  // German for "optional" is "Optional".
  optional: ['de'],
  // Dutch says "data" too ("Data-integratie").
  unnamedApp: ['nl'],
};

const mayBeEnglish = (locale: string, key: string) => SAME_AS_ENGLISH[key as StringKey]?.includes(locale) ?? false;

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const labels = (text: string) => [...text.matchAll(/\*([^*]+)\*/g)].map((m) => m[1]);
const stars = (text: string) => text.split('*').length - 1;
/** The text the translator wrote: without the English HiBob labels, which follow English typography. */
const ownText = (text: string) => text.replace(/\*[^*]+\*/g, '');

type Rule = (locale: string, dict: Dict) => string[];

/** Each rule lists what is wrong; an empty list passes. */
const RULES: Record<string, Rule> = {
  'has exactly the keys of English': (_locale, dict) => [
    ...KEYS.filter((key) => !(key in dict)).map((key) => `${key}: missing`),
    ...Object.keys(dict)
      .filter((key) => !(key in EN))
      .map((key) => `${key}: not an English key`),
  ],
  'has no empty value': (_locale, dict) =>
    Object.entries(dict)
      .filter(([, value]) => typeof value !== 'string' || !value.trim())
      .map(([key]) => `${key}: empty`),
  'keeps the placeholders of English': (_locale, dict) =>
    KEYS.filter((key) => key in dict && placeholders(dict[key]).join() !== placeholders(EN[key]).join()).map(
      (key) => `${key}: {${placeholders(dict[key]).join('}, {')}} instead of {${placeholders(EN[key]).join('}, {')}}`,
    ),
  'keeps the *HiBob labels* of English, in order': (_locale, dict) =>
    KEYS.filter(
      (key) =>
        key in dict &&
        (stars(dict[key]) !== stars(EN[key]) || JSON.stringify(labels(dict[key])) !== JSON.stringify(labels(EN[key]))),
    ).map((key) => `${key}: ${JSON.stringify(labels(dict[key]))} instead of ${JSON.stringify(labels(EN[key]))}`),
  'translates everything else': (locale, dict) =>
    KEYS.filter((key) => !mayBeEnglish(locale, key) && dict[key] === EN[key]).map((key) => `${key}: still English`),
  'is written in Hebrew': (locale, dict) =>
    locale !== 'he'
      ? []
      : KEYS.filter((key) => !mayBeEnglish(locale, key) && !/[\u05D0-\u05EA]/.test(dict[key] ?? '')).map(
          (key) => `${key}: no Hebrew letters`,
        ),
  'uses … and typographic apostrophes': (_locale, dict) =>
    KEYS.flatMap((key) => {
      const value = dict[key] ?? '';
      return [
        ...(EN[key].includes('…') && !value.includes('…') ? [`${key}: lost the …`] : []),
        ...(value.includes('...') ? [`${key}: ... instead of …`] : []),
        ...(/'/.test(value) ? [`${key}: straight apostrophe`] : []),
      ];
    }),
  'uses the quotation marks of the language': (locale, dict) => {
    const quotes: Record<string, RegExp> = { de: /„[^“”"]*“/, fr: /«\u202F[^»]*\u202F»/, es: /«[^»]*»/ };
    return KEYS.filter((key) => EN[key].includes('“') && key in dict).flatMap((key) => {
      const value = dict[key];
      if (quotes[locale]) return quotes[locale].test(value) ? [] : [`${key}: ${value}`];
      return locale !== 'he' && value.includes('"') ? [`${key}: straight quotes`] : [];
    });
  },
  'puts a narrow no-break space before ; : ! ? and inside « » in French': (locale, dict) =>
    locale !== 'fr'
      ? []
      : KEYS.filter((key) => {
          // "(:)" shows the character itself, not punctuation.
          const text = ownText(dict[key] ?? '').replaceAll('(:)', '');
          return /[^\u202F][;:!?]|^[;:!?]|«[^\u202F]|[^\u202F]»/.test(text);
        }).map((key) => `${key}: ${JSON.stringify(dict[key])}`),
  'opens Spanish questions and exclamations with ¿ and ¡': (locale, dict) =>
    locale !== 'es'
      ? []
      : KEYS.filter((key) => {
          const text = ownText(dict[key] ?? '');
          return (text.includes('?') && !text.includes('¿')) || (text.includes('!') && !text.includes('¡'));
        }).map((key) => `${key}: ${dict[key]}`),
};

describe.each(Object.entries(LOCALES))('locale %s', (locale, dict) => {
  it.each(Object.entries(RULES))('%s', (_name, rule) => {
    expect(rule(locale, dict)).toEqual([]);
  });
});

describe('the allow-list of English values', () => {
  it('names only real keys and locales', () => {
    for (const [key, locales] of Object.entries(SAME_AS_ENGLISH)) {
      expect(KEYS).toContain(key);
      for (const locale of locales ?? []) expect(ALL).toContain(locale);
    }
  });
});

describe('the rules catch mistakes', () => {
  const omit = (dict: Dict, key: string) => Object.fromEntries(Object.entries(dict).filter(([k]) => k !== key));
  const cases: [rule: string, locale: string, dict: Dict][] = [
    ['has exactly the keys of English', 'de', omit(de, 'back')],
    ['has exactly the keys of English', 'de', { ...de, bogus: 'x' }],
    ['has no empty value', 'de', { ...de, back: ' ' }],
    ['keeps the placeholders of English', 'de', { ...de, progress: 'Schritt {current}' }],
    ['keeps the placeholders of English', 'de', { ...de, progress: 'Schritt {current} von {count}' }],
    ['keeps the placeholders of English', 'de', { ...de, back: 'Zurück {app}' }],
    ['keeps the *HiBob labels* of English, in order', 'de', { ...de, serviceUserSave: 'Klicken Sie auf *Erstellen*.' }],
    ['keeps the *HiBob labels* of English, in order', 'de', { ...de, serviceUserSave: 'Klicken Sie auf Create.' }],
    ['keeps the *HiBob labels* of English, in order', 'de', { ...de, permissionsSave: 'Klicken Sie auf *Save**.' }],
    [
      'keeps the *HiBob labels* of English, in order',
      'de',
      { ...de, serviceUserOpen: 'Öffnen Sie *Integrations* nach *System Settings*. Dann *Service users*, *Manage*.' },
    ],
    ['translates everything else', 'de', { ...de, back: 'Back' }],
    ['translates everything else', 'fr', { ...fr, optional: 'Optional' }],
    ['is written in Hebrew', 'he', { ...he, back: 'Back!' }],
    ['uses … and typographic apostrophes', 'fr', { ...fr, submitting: 'Connexion...' }],
    ['uses … and typographic apostrophes', 'fr', { ...fr, submitting: 'Connexion' }],
    ['uses … and typographic apostrophes', 'fr', { ...fr, errorTitle: "HiBob n'est pas encore connecté" }],
    ['uses the quotation marks of the language', 'de', { ...de, copyLabel: '"{value}" kopieren' }],
    ['uses the quotation marks of the language', 'fr', { ...fr, copyLabel: 'Copier « {value} »' }],
    ['uses the quotation marks of the language', 'nl', { ...nl, copyLabel: '"{value}" kopiëren' }],
    ['puts a narrow no-break space before ; : ! ? and inside « » in French', 'fr', { ...fr, lostToken: 'Perdu ?' }],
    ['puts a narrow no-break space before ; : ! ? and inside « » in French', 'fr', { ...fr, lostToken: 'Perdu?' }],
    ['opens Spanish questions and exclamations with ¿ and ¡', 'es', { ...es, legacyQuestion: 'Busca un token?' }],
  ];
  it.each(cases)('%s: reports a broken %s dictionary', (rule, locale, dict) => {
    expect(RULES[rule](locale, dict)).not.toEqual([]);
  });
});
