import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import { theme } from './theme';

interface AppProvidersProps {
  apolloClient: ApolloClient;
  children: ReactNode;
}

/** Everything a screen of the Client Portal relies on: translations, theme and the GraphQL client. */
export function AppProviders({ apolloClient, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="auto">
        <ApolloProvider client={apolloClient}>{children}</ApolloProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
