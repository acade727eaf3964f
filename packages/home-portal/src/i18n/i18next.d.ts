import type firstScreens from './locales/en/firstScreens.json';
import type otherScreens from './locales/en/otherScreens.json';

// Typed keys: t('clients.title') is checked against the English resource files (see i18n.ts for why two).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof firstScreens & typeof otherScreens };
  }
}
