import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalLanguage } from '../gql/graphql';
import { defaultLanguage, isLanguage } from '../i18n/languages';
import { useClientViewer } from '../session/sessionContext';
import { createClientFormatter, noFormatPreferences, type ClientFormatter } from './clientFormatter';

/**
 * The formatter every screen writes dates, times and numbers with: the signed-in client's Format
 * Preferences over the conventions of its Preferred Language; signed out, the page's language.
 */
export function useClientFormatter(): ClientFormatter {
  const viewer = useClientViewer();
  const { i18n, t } = useTranslation();
  const pageLanguage: PortalLanguage = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  const preferences = viewer?.formatPreferences ?? noFormatPreferences;
  const language = viewer?.preferredLanguage ?? pageLanguage;
  return useMemo(() => {
    const formatter = createClientFormatter(preferences, language);
    return {
      ...formatter,
      // Below a kilobyte the unit is a word, so it takes the language's plural forms ("1 byte", "61 bytes", "3 bajty", "5 bajtów").
      fileSize: (bytes: number) =>
        bytes < 1024 ? t('units.bytes', { count: bytes, size: formatter.number(bytes, 0) }) : formatter.fileSize(bytes),
    };
  }, [preferences, language, t]);
}
