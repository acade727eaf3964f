import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrandingGate } from '../branding/BrandingGate';
import { i18n } from '../i18n/i18n';

interface AppProvidersProps {
  apolloClient: ApolloClient;
  children: ReactNode;
  /** `test` turns off Mantine's transitions in component tests. */
  mantineEnv?: 'default' | 'test';
}

/** Everything a screen of the Client Portal relies on: translations, the GraphQL client, and the agency's branding and theme. */
export function AppProviders({ apolloClient, children, mantineEnv }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={apolloClient}>
        <BrandingGate mantineEnv={mantineEnv}>{children}</BrandingGate>
      </ApolloProvider>
    </I18nextProvider>
  );
}
