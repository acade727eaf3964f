import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguageNames } from './useLanguageNames';

interface LanguagePairProps extends TextProps {
  sourceLanguage: string;
  targetLanguages: readonly string[];
}

/** "English → German (Germany), French (France)", named in the portal's language. */
export function LanguagePair({ sourceLanguage, targetLanguages, ...textProps }: LanguagePairProps) {
  const { t } = useTranslation();
  const languages = useLanguageNames();
  return (
    <Text {...textProps}>{t('languages.pair', { source: languages.name(sourceLanguage), targets: languages.list(targetLanguages) })}</Text>
  );
}
