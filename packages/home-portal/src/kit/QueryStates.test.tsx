import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client';
import type { ComponentProps } from 'react';
import { renderWithProviders } from '../test-support/renderWithProviders';
import { LoadFailed, QueryStates } from './QueryStates';

const texts = {
  loading: 'Loading letters…',
  loadFailed: 'The letters could not be loaded',
  empty: 'No letters yet',
  noMatch: 'No letter matches',
};

function renderStates(props: Partial<ComponentProps<typeof QueryStates>>) {
  const onRetry = jest.fn();
  const onClearFilters = jest.fn();
  renderWithProviders(
    <QueryStates loaded error={undefined} empty={false} texts={texts} onRetry={onRetry} onClearFilters={onClearFilters} {...props}>
      <table aria-label="Letters" />
    </QueryStates>,
  );
  return { onRetry, onClearFilters };
}

describe('QueryStates', () => {
  it('says what is loading until the first answer', () => {
    renderStates({ loaded: false });
    expect(screen.getByText('Loading letters…')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows why loading failed and tries again on request', async () => {
    const user = userEvent.setup();
    const { onRetry } = renderStates({ loaded: false, error: new Error('offline') });
    expect(screen.getByRole('alert', { name: 'The letters could not be loaded' })).toHaveTextContent('The server could not be reached');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('says the list is empty, with nothing to clear when no filter is set', () => {
    renderStates({ empty: true });
    expect(screen.getByText('No letters yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('offers to clear the filters when nothing matches them', async () => {
    const user = userEvent.setup();
    const { onClearFilters } = renderStates({ empty: true, filtered: true });
    expect(screen.getByText('No letter matches')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClearFilters).toHaveBeenCalledTimes(1);
  });

  it('shows the rows, with what comes below them', () => {
    renderWithProviders(
      <QueryStates loaded error={undefined} empty={false} texts={texts} onRetry={() => undefined} footer={<p>2 letters, all shown.</p>}>
        <table aria-label="Letters" />
      </QueryStates>,
    );
    expect(screen.getByRole('table', { name: 'Letters' })).toBeInTheDocument();
    expect(screen.getByText('2 letters, all shown.')).toBeInTheDocument();
  });
});

describe('LoadFailed', () => {
  it("says a record's page names no record, without offering to try again", () => {
    const notFound = new CombinedGraphQLErrors({ errors: [{ message: 'Letter 404 does not exist.', extensions: { code: 'NOT_FOUND' } }] });
    renderWithProviders(
      <LoadFailed
        title="The letter could not be loaded"
        error={notFound}
        onRetry={() => undefined}
        notFound={{ title: 'Letter not found', text: 'There is no letter at this address.' }}
      />,
    );
    expect(screen.getByRole('alert', { name: 'Letter not found' })).toHaveTextContent('There is no letter at this address.');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
