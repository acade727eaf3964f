import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../test-support/renderWithProviders';
import { clientPortalOffered } from './client-groups/clientGroupRights';
import { RightsMatrix, type Matrix, type OfferedRights } from './RightsMatrix';

type Area = 'PROJECTS' | 'QUOTES' | 'FILES';
type Action = 'BROWSE' | 'DISPLAY' | 'ADD' | 'EDIT' | 'DELETE';

const rows = [
  { value: 'PROJECTS', label: 'Projects' },
  { value: 'QUOTES', label: 'Quotes' },
  { value: 'FILES', label: 'Files' },
] as const;
const columns = [
  { value: 'BROWSE', label: 'Browse' },
  { value: 'DISPLAY', label: 'Display' },
  { value: 'ADD', label: 'Add' },
] as const;
const everyRowOffersAll: OfferedRights<Area, Action> = {
  PROJECTS: ['BROWSE', 'DISPLAY', 'ADD'],
  QUOTES: ['BROWSE', 'DISPLAY', 'ADD'],
  FILES: ['BROWSE', 'DISPLAY', 'ADD'],
};

function MatrixUnderTest({
  initial,
  onChange,
  readOnly = false,
  offered = everyRowOffersAll,
  shownColumns = columns,
}: {
  initial: Matrix<Area, Action>;
  onChange: (value: Matrix<Area, Action>) => void;
  readOnly?: boolean;
  offered?: OfferedRights<Area, Action>;
  shownColumns?: readonly { value: Action; label: string }[];
}) {
  const [value, setValue] = useState(initial);
  return (
    <RightsMatrix
      label="Rights"
      rowHeader="Area"
      rows={rows}
      columns={shownColumns}
      offered={offered}
      value={value}
      readOnly={readOnly}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

const cell = (row: string, column: string) => screen.getByRole('checkbox', { name: `${row}: ${column}` });

describe('RightsMatrix', () => {
  it('grants a column in every row with "All", keeping each row in column order', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    renderWithProviders(<MatrixUnderTest initial={{ PROJECTS: ['ADD'], QUOTES: [], FILES: ['BROWSE'] }} onChange={onChange} />);

    await user.click(screen.getByRole('button', { name: 'All: allow Display in every row' }));

    expect(onChange).toHaveBeenLastCalledWith({ PROJECTS: ['DISPLAY', 'ADD'], QUOTES: ['DISPLAY'], FILES: ['BROWSE', 'DISPLAY'] });
    for (const row of ['Projects', 'Quotes', 'Files']) expect(cell(row, 'Display')).toBeChecked();
    expect(cell('Quotes', 'Browse')).not.toBeChecked();
  });

  it('withdraws a column from every row with "None" and leaves the other columns alone', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    renderWithProviders(
      <MatrixUnderTest initial={{ PROJECTS: ['BROWSE', 'DISPLAY'], QUOTES: ['BROWSE'], FILES: ['BROWSE', 'ADD'] }} onChange={onChange} />,
    );

    await user.click(screen.getByRole('button', { name: 'None: allow Browse in no row' }));

    expect(onChange).toHaveBeenLastCalledWith({ PROJECTS: ['DISPLAY'], QUOTES: [], FILES: ['ADD'] });
    for (const row of ['Projects', 'Quotes', 'Files']) expect(cell(row, 'Browse')).not.toBeChecked();
    expect(cell('Files', 'Add')).toBeChecked();
  });

  it('toggles one right with its checkbox', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    renderWithProviders(<MatrixUnderTest initial={{ PROJECTS: ['ADD'], QUOTES: [], FILES: [] }} onChange={onChange} />);

    await user.click(cell('Projects', 'Browse'));

    expect(onChange).toHaveBeenLastCalledWith({ PROJECTS: ['BROWSE', 'ADD'], QUOTES: [], FILES: [] });
  });

  it('has column headers and row headers, and no buttons when read-only', () => {
    renderWithProviders(<MatrixUnderTest initial={{ PROJECTS: ['BROWSE'], QUOTES: [], FILES: [] }} onChange={jest.fn()} readOnly />);

    const table = screen.getByRole('table', { name: 'Rights' });
    expect(within(table).getByRole('columnheader', { name: 'Browse' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Quotes' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(cell('Projects', 'Browse')).toBeDisabled();
    expect(cell('Projects', 'Browse')).toBeChecked();
  });
});

describe('RightsMatrix with the rights each Client Portal area offers', () => {
  const allColumns = [...columns, { value: 'EDIT', label: 'Edit' } as const, { value: 'DELETE', label: 'Delete' } as const];
  const renderClientAreas = (initial: Matrix<Area, Action>, onChange = jest.fn()) => {
    renderWithProviders(<MatrixUnderTest initial={initial} onChange={onChange} offered={clientPortalOffered} shownColumns={allColumns} />);
    return onChange;
  };

  it('offers only the rights that do something in each area, and no column nobody offers', () => {
    renderClientAreas({ PROJECTS: [], QUOTES: [], FILES: [] });

    expect(cell('Projects', 'Edit')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Projects: Add' })).not.toBeInTheDocument();
    expect(screen.getByText('Projects: Add does nothing here')).toBeInTheDocument();
    expect(cell('Files', 'Add')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Files: Edit' })).not.toBeInTheDocument();
    // None of these areas lets clients delete anything: no Delete column at all.
    expect(screen.queryByRole('columnheader', { name: /^Delete/ })).not.toBeInTheDocument();
  });

  it('ticks Display and Browse with Edit, and unticks Edit with Browse or Display', async () => {
    const user = userEvent.setup();
    const onChange = renderClientAreas({ PROJECTS: [], QUOTES: [], FILES: [] });

    await user.click(cell('Quotes', 'Edit'));
    expect(onChange).toHaveBeenLastCalledWith({ PROJECTS: [], QUOTES: ['BROWSE', 'DISPLAY', 'EDIT'], FILES: [] });
    expect(cell('Quotes', 'Browse')).toBeChecked();
    expect(cell('Quotes', 'Display')).toBeChecked();

    await user.click(cell('Quotes', 'Display'));
    expect(onChange).toHaveBeenLastCalledWith({ PROJECTS: [], QUOTES: ['BROWSE'], FILES: [] });
    expect(cell('Quotes', 'Edit')).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'All: allow Edit in every row' }));
    expect(onChange).toHaveBeenLastCalledWith({
      PROJECTS: ['BROWSE', 'DISPLAY', 'EDIT'],
      QUOTES: ['BROWSE', 'DISPLAY', 'EDIT'],
      FILES: [],
    });
    await user.click(screen.getByRole('button', { name: 'None: allow Browse in no row' }));
    expect(onChange).toHaveBeenLastCalledWith({ PROJECTS: ['DISPLAY'], QUOTES: ['DISPLAY'], FILES: [] });
  });
});
