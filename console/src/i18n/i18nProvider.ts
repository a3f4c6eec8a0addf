import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import { mergeTranslations, type I18nProvider } from 'react-admin';
import { en } from './en';
import { fr } from './fr';

export const DEFAULT_LOCALE = 'fr';

// Both bundled: react-admin already bundles ra-language-english, and ours is a few kilobytes.
const messages = {
  fr: mergeTranslations(frenchMessages, fr),
  en: mergeTranslations(englishMessages, en),
};

const polyglot = polyglotI18nProvider(
  locale => (locale === 'en' ? messages.en : messages.fr),
  DEFAULT_LOCALE,
  [
    { locale: 'fr', name: 'Français' },
    { locale: 'en', name: 'English' },
  ],
);

/** Keeps `<html lang>` in step, for screen readers and the browser's spell checker. */
export const i18nProvider: I18nProvider = {
  ...polyglot,
  changeLocale: async (locale, options) => {
    await polyglot.changeLocale(locale, options);
    document.documentElement.lang = locale;
  },
};
