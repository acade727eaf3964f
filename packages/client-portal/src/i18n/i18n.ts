import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import { defaultLanguage, detectLanguage, isLanguage, languages, pageLocale, rememberLanguage, type Language } from './languages';

type Translation = typeof en;

/**
 * English ships with the app (it is every language's fallback); each other language is a chunk of
 * its own, fetched when chosen. The type makes a language that lacks an English key fail the build.
 */
const translations = {
  EN: () => Promise.resolve({ default: en }),
  DE: () => import('./locales/de.json'),
  FR: () => import('./locales/fr.json'),
  ES: () => import('./locales/es.json'),
  PL: () => import('./locales/pl.json'),
} as const satisfies Record<Language, () => Promise<{ default: Translation }>>;

/** The texts of one language, fetched if need be. */
export async function loadTranslation(language: Language): Promise<Translation> {
  return (await translations[language]()).default;
}

const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isLanguage(language)) return callback(null, {});
    loadTranslation(language).then(
      (translation) => callback(null, translation),
      (error: Error) => callback(error, null),
    );
  },
};

/** The one i18next instance of the app. English is there synchronously; `i18nReady` waits for another detected language. */
export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = pageLocale(language);
  if (isLanguage(language)) rememberLanguage(language);
});

/** Resolves once the first language's texts are there, so the first render is in the reader's language. */
export const i18nReady = i18n
  .use(lazyLanguages)
  .use(initReactI18next)
  .init({
    resources: { EN: { translation: en } },
    // The bundled English stays; the backend fetches only the other languages.
    partialBundledLanguages: true,
    lng: detectLanguage(),
    fallbackLng: defaultLanguage,
    supportedLngs: languages,
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  })
  .then(() => undefined);
