import type en from './locales/en.json';

// Typed keys: t('clients.title') is checked against the English resource file.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
