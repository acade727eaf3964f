import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { lazy, Suspense, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import { AppMantineProvider } from './AppMantineProvider';

/** Notifications appear only after something happened: their code arrives after the first screen. */
const Notifications = lazy(() => import('@mantine/notifications').then((module) => ({ default: module.Notifications })));

interface AppProvidersProps {
  apolloClient: ApolloClient;
  children: ReactNode;
}

/** Everything a screen of the Home Portal relies on: translations, theme, notifications and the GraphQL client. */
export function AppProviders({ apolloClient, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <AppMantineProvider>
        <Suspense fallback={null}>
          <Notifications position="top-right" />
        </Suspense>
        <ApolloProvider client={apolloClient}>{children}</ApolloProvider>
      </AppMantineProvider>
    </I18nextProvider>
  );
}
