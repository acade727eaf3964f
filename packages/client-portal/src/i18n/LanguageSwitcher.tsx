import { useMutation } from '@apollo/client/react';
import { NativeSelect } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/graphqlErrors';
import { useNotify } from '../app/useNotify';
import { formatPreferencesInput } from '../formatting/formatPreferencesInput';
import { UpdateClientPreferencesDocument } from '../gql/graphql';
import { useMaySavePreferencesQuietly } from '../session/clientRights';
import { useClientViewer } from '../session/sessionContext';
import { defaultLanguage, isLanguage, languageName, languages } from './languages';

/**
 * A native select: it is what phones handle best, and each language is listed in its own words.
 * A signed-in client who may edit its profile keeps the choice as its Preferred Language.
 */
export function LanguageSwitcher({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t, i18n } = useTranslation();
  const viewer = useClientViewer();
  const maySave = useMaySavePreferencesQuietly();
  const [savePreferences] = useMutation(UpdateClientPreferencesDocument);
  const notify = useNotify();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;

  const choose = async (language: string) => {
    if (!isLanguage(language)) return;
    await i18n.changeLanguage(language);
    const preferredLanguage = language;
    if (!viewer || !maySave || viewer.preferredLanguage === preferredLanguage) return;
    try {
      await savePreferences({
        variables: { input: { preferredLanguage, formatPreferences: formatPreferencesInput(viewer.formatPreferences) } },
      });
    } catch (error) {
      notify.failure(t('language.saveFailed'), errorMessage(error, t));
    }
  };

  return (
    <NativeSelect
      aria-label={t('language.label')}
      value={current}
      onChange={(event) => void choose(event.currentTarget.value)}
      data={languages.map((language) => ({ value: language, label: languageName(language) }))}
      leftSection={<IconLanguage size={16} aria-hidden />}
      size="sm"
      w={fullWidth ? '100%' : { base: 128, sm: 150 }}
    />
  );
}
