import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './locales/de.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import pl from './locales/pl.json';
import { defaultLanguage, detectLanguage, isLanguage, languages, pageLocale, rememberLanguage, type Language } from './languages';

type Translation = typeof en;

/** One resource file per language; the type makes a language that lacks an English key fail the build. */
export const resources = {
  EN: { translation: en },
  DE: { translation: de },
  FR: { translation: fr },
  ES: { translation: es },
  PL: { translation: pl },
} as const satisfies Record<Language, { translation: Translation }>;

/** The one i18next instance of the app, ready synchronously so the first render is translated. */
export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = pageLocale(language);
  if (isLanguage(language)) rememberLanguage(language);
});

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
});
