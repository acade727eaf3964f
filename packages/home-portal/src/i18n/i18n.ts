import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import firstScreens from './locales/en/firstScreens.json';

/**
 * Every language the Home Portal ships, with the texts of its first screens (sign-in, the app's shell and
 * the Clients list), bundled with the app. Add a locale's two files and list them here and in
 * `otherScreenTexts` to offer another.
 */
export const resources = {
  EN: { translation: firstScreens },
} as const;

export type Language = keyof typeof resources;

export const defaultLanguage: Language = 'EN';

/**
 * The texts of every other screen: a chunk of their own, so the first screen does not wait for them. Each
 * text lives in exactly one of a language's two files; i18next.d.ts checks keys against both.
 */
const otherScreenTexts: Record<Language, () => Promise<{ default: object }>> = {
  EN: () => import('./locales/en/otherScreens.json'),
};

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
  // Should a screen ever render before its texts arrive, it shows them as soon as they do.
  react: { bindI18nStore: 'added' },
});

let loadingOtherScreenTexts: Promise<void> | undefined;

/**
 * Adds the texts of the screens after the first ones. Their chunks (lazyPage) await it before they render,
 * so no screen shows untranslated keys; it is fetched once, by whoever asks first.
 */
export function loadOtherScreenTexts(): Promise<void> {
  return (loadingOtherScreenTexts ??= otherScreenTexts[defaultLanguage]().then(
    (texts) => {
      i18n.addResourceBundle(defaultLanguage, 'translation', texts.default, true, false);
    },
    (error: unknown) => {
      // A failed fetch (offline, a new release replaced the chunk) is tried again by the next screen.
      loadingOtherScreenTexts = undefined;
      throw error;
    },
  ));
}
