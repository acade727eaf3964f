import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { renderWithProviders } from '../test-support/renderWithProviders';
import { LogPage, type LogPaging } from './LogPage';

interface Entry {
  id: string;
  what: string;
}

const entries = (count: number): Entry[] => Array.from({ length: count }, (_, index) => ({ id: String(index), what: `Entry ${index}` }));

function renderLog(props: Partial<ComponentProps<typeof LogPage<Entry>>>, paging: Partial<LogPaging> = {}) {
  const showMore = jest.fn();
  renderWithProviders(
    <LogPage<Entry>
      messages="auditLog"
      section="User Management"
      filtered={false}
      rows={entries(2)}
      current
      loading={false}
      error={undefined}
      onRetry={() => undefined}
      columns={[{ header: 'What', cell: (entry) => entry.what }]}
      tableMinWidth={400}
      paging={{ first: 2, max: 6, showMore, reset: () => undefined, ...paging }}
      {...props}
    />,
  );
  return { showMore };
}

describe('LogPage', () => {
  it('shows more rows on request while the page may hold more', async () => {
    const user = userEvent.setup();
    const { showMore } = renderLog({});
    expect(screen.getAllByRole('row')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(showMore).toHaveBeenCalledTimes(1);
  });

  it('says when the newest rows the API gives are all it shows', () => {
    renderLog({ rows: entries(6) }, { first: 6 });
    expect(screen.getByText('The newest 6 records are shown.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it("says why a new filter's rows could not be loaded, rather than showing the previous filter's", () => {
    renderLog({ current: false, error: new Error('offline') });
    expect(screen.getByRole('alert', { name: 'The audit log could not be loaded' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
