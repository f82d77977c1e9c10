/**
 * Which language <hibob-link> speaks, and its dictionary: the `locale` property, else the nearest `lang`
 * (usually `<html lang>`, followed when it changes), else English. Non-English dictionaries arrive lazily;
 * English shows until they do.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Strings } from './en.js';
import { isRightToLeft, loadStrings, matchLocale, type Locale } from './locales.js';

export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  locale?: string;
}

export class LocaleController implements ReactiveController {
  #loaded?: { locale: Locale; strings: Strings };
  #observer?: MutationObserver;

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  /** The language asked for (it may still be loading). */
  get wanted(): Locale {
    return matchLocale(this.host.locale || this.host.closest('[lang]')?.getAttribute('lang'));
  }

  /** The dictionary for the wanted language once it has loaded; `undefined` means English. */
  get strings(): Strings | undefined {
    return this.#loaded?.locale === this.wanted ? this.#loaded.strings : undefined;
  }

  /** The language actually shown right now. */
  get shown(): Locale {
    return this.strings ? this.wanted : 'en';
  }

  get dir(): 'ltr' | 'rtl' {
    return isRightToLeft(this.shown) ? 'rtl' : 'ltr';
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => this.host.requestUpdate());
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  hostUpdate(): void {
    const locale = this.wanted;
    if (locale === 'en' || this.#loaded?.locale === locale) return;
    loadStrings(locale).then(
      (strings) => {
        if (this.wanted !== locale) return;
        this.#loaded = { locale, strings };
        this.host.requestUpdate();
      },
      () => console.warn(`hibob-link: could not load the "${locale}" texts; showing English`),
    );
  }
}
