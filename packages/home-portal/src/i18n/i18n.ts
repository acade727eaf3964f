import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';

/** Every language the Home Portal ships; add a locale file and list it here to offer another. */
export const resources = {
  EN: { translation: en },
} as const;

export type Language = keyof typeof resources;

export const defaultLanguage: Language = 'EN';

/** The one i18next instance of the app, ready synchronously so the first render is translated. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: defaultLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: Object.keys(resources),
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
  returnNull: false,
});
