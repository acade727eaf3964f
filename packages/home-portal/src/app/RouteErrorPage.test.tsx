import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Outlet } from 'react-router';
import { renderWithProviders } from '../test-support/renderWithProviders';
import { RouteWithErrorPage } from './RouteErrorPage';

function BrokenPage(): never {
  throw new Error('a bug in this page');
}

describe('a page that fails while rendering', () => {
  it('shows the crash message inside the shell, and the next page renders as usual', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithProviders(null, {
      path: '/broken',
      routes: [
        {
          element: (
            <>
              <Link to="/fine">Another page</Link>
              <Outlet />
            </>
          ),
          children: [
            {
              element: <RouteWithErrorPage />,
              children: [
                { path: '/broken', element: <BrokenPage /> },
                { path: '/fine', element: <p>This page works</p> },
              ],
            },
          ],
        },
      ],
    });
    expect(await screen.findByText('This page stopped working')).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('link', { name: 'Another page' }));
    expect(await screen.findByText('This page works')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reload the page' })).not.toBeInTheDocument();
  });
});
