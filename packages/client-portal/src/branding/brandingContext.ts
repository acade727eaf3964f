import { textInLanguage } from '@portico/domain';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientPortalBrandingQuery } from '../gql/graphql';

/** The agency's branding of an available portal. */
export type Branding = Omit<ClientPortalBrandingQuery['clientPortalBranding'], 'available'>;

export const BrandingContext = createContext<Branding | null>(null);

/** The agency's portal name, logo, colour and welcome text; only inside the BrandingGate. */
export function useBranding(): Branding {
  const branding = useContext(BrandingContext);
  if (!branding) throw new Error('useBranding is used outside the BrandingGate');
  return branding;
}

/** The agency's welcome text in the language the portal speaks now, or its default text. */
export function useWelcomeText(): string {
  const { welcomeText, welcomeTranslations } = useBranding();
  const { i18n } = useTranslation();
  return textInLanguage(welcomeText, welcomeTranslations, i18n.language);
}
