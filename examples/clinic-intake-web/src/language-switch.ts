import { h } from './dom.js';
import { PAGE_LANGUAGES, type PageLocale, pageLocale, t } from './wording.js';

/** A language switch on screen. */
export interface LanguageSwitch {
  readonly element: HTMLElement;
  /** Mark the current language and relabel the group after a change. */
  update(): void;
  /** Focus the button of the current language. */
  focus(): void;
}

/**
 * A row of buttons, one per language, each named in its own language (and
 * marked with `lang`, so a screen reader pronounces it right). The current
 * language is the pressed one (`aria-pressed`).
 *
 * @param offered - The languages to offer, at least two.
 * @param onChoose - Called with the language the person chose, when it is not the current one.
 * @returns The switch.
 * @example
 * ```ts
 * header.append(languageSwitch(['en', 'es'], (locale) => app.setLanguage(locale)).element);
 * ```
 */
export function languageSwitch(offered: readonly PageLocale[], onChoose: (locale: PageLocale) => void): LanguageSwitch {
  const buttons = offered.map((locale) => {
    const button = h('button', { type: 'button', class: 'language', lang: locale, 'data-locale': locale }, PAGE_LANGUAGES[locale]);
    button.addEventListener('click', () => {
      if (locale !== pageLocale()) onChoose(locale);
    });
    return button;
  });
  const element = h('div', { class: 'language-switch', role: 'group' }, buttons);
  const update = () => {
    element.setAttribute('aria-label', t('language'));
    for (const b of buttons) b.setAttribute('aria-pressed', b.dataset.locale === pageLocale() ? 'true' : 'false');
  };
  update();
  return {
    element,
    update,
    focus: () => buttons.find((b) => b.dataset.locale === pageLocale())?.focus(),
  };
}
