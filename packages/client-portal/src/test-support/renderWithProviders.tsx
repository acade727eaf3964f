import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { appRoutes } from '../app/appRoutes';
import { theme } from '../app/theme';
import { i18n } from '../i18n/i18n';

/** Renders the Client Portal as the browser does, at `path` (relative to `/portal/`). */
export function renderPortal(path = '/'): RenderResult {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} env="test">
        <MockedProvider mocks={[]}>
          <RouterProvider router={router} />
        </MockedProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
}
