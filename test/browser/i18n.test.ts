import { describe, it, expect } from 'vitest';
import { en } from '../../src/i18n/en.js';
import de from '../../src/i18n/de.js';
import fr from '../../src/i18n/fr.js';
import es from '../../src/i18n/es.js';
import nl from '../../src/i18n/nl.js';
import ptBR from '../../src/i18n/pt-BR.js';
import he from '../../src/i18n/he.js';
import { matchLocale } from '../../src/i18n/locales.js';
import { $, click, goToCredentials, localeReady, mount, title, until } from './harness.js';
import type { HibobLink } from '../../src/index.js';

const DICTIONARIES = { en, de, fr, es, nl, 'pt-BR': ptBR, he } as const;
const expectedTitle = (strings: typeof en, app: string) => strings.introTitle.replace('{app}', app);

async function titleBecomes(el: HibobLink, expected: string) {
  await until(() => title(el) === expected).catch(() => {});
  expect(title(el)).toBe(expected);
}

describe('languages', () => {
  it.each(Object.entries(DICTIONARIES))('locale="%s" renders its own title', async (locale, strings) => {
    const el = await mount({ locale, 'app-name': 'Acme' });
    await titleBecomes(el, expectedTitle(strings, 'Acme'));
    expect($(el, '.panel')!.getAttribute('lang')).toBe(locale);
  });

  it('falls back to <html lang>, follows it when it changes, and a locale attribute wins', async () => {
    const html = document.documentElement;
    const before = html.lang;
    try {
      html.lang = 'fr-CA';
      const el = await mount({ 'app-name': 'Acme' });
      await titleBecomes(el, expectedTitle(fr, 'Acme'));
      html.lang = 'nl';
      await titleBecomes(el, expectedTitle(nl, 'Acme'));
      el.locale = 'de';
      await titleBecomes(el, expectedTitle(de, 'Acme'));
      el.locale = 'xx';
      await titleBecomes(el, expectedTitle(en, 'Acme'));
    } finally {
      html.lang = before;
    }
  });

  it('strings overrides still win over a locale', async () => {
    const el = await mount({ locale: 'de', 'app-name': 'Acme' }, (e) => (e.strings = { introTitle: 'Hallo {app}' }));
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(title(el)).toBe('Hallo Acme');
    await click(el, de.getStarted);
    expect(el.step).toBe('service-user');
  });

  it('Hebrew mirrors the layout, keeps IDs left-to-right, and passes axe', async () => {
    const el = await mount({ locale: 'he', 'app-name': 'Acme' });
    await titleBecomes(el, expectedTitle(he, 'Acme'));
    const panel = $(el, '.panel')!;
    expect(panel.dir).toBe('rtl');
    expect(getComputedStyle(panel).direction).toBe('rtl');
    el.goTo('service-user');
    await el.updateComplete;
    // Step numbers sit at the start edge, which is the right in Hebrew.
    const item = $(el, '.instructions > li')!;
    const badge = getComputedStyle(item, '::before');
    expect(badge.right).toBe('0px');
    await goToCredentials(el);
    expect(getComputedStyle($(el, '#service-user-id')!).direction).toBe('ltr');
    const arrow = $(el, '.flip-rtl');
    expect(getComputedStyle(arrow!).transform).not.toBe('none');
    await expect(el).to.be.accessible();
  });

  it.each([
    ['de-AT', 'de'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['iw', 'he'],
    ['he-IL', 'he'],
    ['EN-gb', 'en'],
    ['zh', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('matches %s to %s', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });
});

describe('accessibility across languages and schemes', () => {
  const steps = ['intro', 'service-user', 'permissions', 'credentials'] as const;
  const cases = steps.flatMap((step) =>
    (['light', 'dark'] as const).flatMap((theme) => (['en', 'he'] as const).map((locale) => ({ step, theme, locale }))),
  );
  it.each(cases)('$step in $theme, $locale: no axe violations', async ({ step, theme, locale }) => {
    const el = await mount({ 'start-step': step, theme, locale, 'app-name': 'Acme' });
    await localeReady(el, locale);
    await expect(el).to.be.accessible();
  });
});
