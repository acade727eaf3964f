import { DEFAULT_LANGUAGE, isPortalLanguageCode, localeOf } from '@portico/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from './languages';
import { formatMoney } from './money';

export interface WorkFormat {
  /** The staff member's UI language, which names languages and formats amounts. */
  locale: string;
  money: (money: { amount: string; currency: string }) => string;
  /** "German (Germany)", or the code when it has no name. */
  language: (code: string) => string;
  /** "English → German, French" */
  languagePair: (source: string, targets: readonly string[]) => string;
}

/** Amounts and language names in the staff member's UI language, the same on every work page. */
export function useWorkFormat(): WorkFormat {
  const { i18n } = useTranslation();
  const locale = localeOf(isPortalLanguageCode(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE);
  return useMemo(() => {
    const language = (code: string) => languageName(code, locale) ?? code;
    return {
      locale,
      money: ({ amount, currency }) => formatMoney(amount, currency, locale),
      language,
      languagePair: (source, targets) => `${language(source)} → ${targets.map(language).join(', ')}`,
    };
  }, [locale]);
}
