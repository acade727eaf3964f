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
  const { i18n } = useTranslation();
  const pageLanguage: PortalLanguage = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  const preferences = viewer?.formatPreferences ?? noFormatPreferences;
  const language = viewer?.preferredLanguage ?? pageLanguage;
  return useMemo(() => createClientFormatter(preferences, language), [preferences, language]);
}
