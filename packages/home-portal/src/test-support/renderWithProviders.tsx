import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createApolloCache, sessionEndedLink } from '../app/apolloClient';
import { theme } from '../app/theme';
import { i18n } from '../i18n/i18n';

export type Mock = MockLink.MockedResponse<Record<string, unknown>, Record<string, unknown>>;

interface RenderOptions {
  mocks?: readonly Mock[];
  /** Where the app is when the test starts, for screens that read the address. */
  path?: string;
  routes?: RouteObject[];
}

/**
 * Renders like the app does (translations, Mantine, the app's Apollo cache policies and links, a
 * router) with GraphQL answered by `mocks` instead of the API.
 */
export function renderWithProviders(ui: ReactNode, { mocks = [], path = '/', routes }: RenderOptions = {}): RenderResult {
  const router = createMemoryRouter(routes ?? [{ path: '*', element: ui }], { initialEntries: [path] });
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} env="test">
        <Notifications />
        <MockedProvider link={ApolloLink.from([sessionEndedLink, new MockLink(mocks)])} cache={createApolloCache()}>
          <RouterProvider router={router} />
        </MockedProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
}
