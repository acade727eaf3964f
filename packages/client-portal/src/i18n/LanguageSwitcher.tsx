import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, languageNames, languages } from './languages';

/** A native select: it is what phones handle best, and each language is listed in its own words. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';

  return (
    <NativeSelect
      label={t('language.label')}
      value={current}
      onChange={(event) => {
        const language = event.currentTarget.value;
        if (isLanguage(language)) void i18n.changeLanguage(language);
      }}
      data={languages.map((language) => ({ value: language, label: languageNames[language] }))}
      size="sm"
      w={150}
    />
  );
}
