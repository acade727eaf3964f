import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pageLocale } from '../i18n/languages';
import { languageName } from './languageCodes';

/** Names language codes in the language the portal is shown in. */
export function useLanguageNames(): { name: (code: string) => string; list: (codes: readonly string[]) => string } {
  const { i18n } = useTranslation();
  const uiLanguage = pageLocale(i18n.resolvedLanguage ?? i18n.language);
  return useMemo(() => {
    const name = (code: string) => languageName(code, uiLanguage);
    const listFormat = new Intl.ListFormat(uiLanguage, { style: 'short', type: 'unit' });
    return { name, list: (codes: readonly string[]) => listFormat.format(codes.map(name)) };
  }, [uiLanguage]);
}
