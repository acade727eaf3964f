import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../test-support/renderWithProviders';
import { RightsMatrix, type Matrix } from './RightsMatrix';

type Area = 'PROJECTS' | 'QUOTES' | 'FILES';
type Action = 'BROWSE' | 'DISPLAY' | 'ADD';

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

function MatrixUnderTest({
  initial,
  onChange,
  readOnly = false,
}: {
  initial: Matrix<Area, Action>;
  onChange: (value: Matrix<Area, Action>) => void;
  readOnly?: boolean;
}) {
  const [value, setValue] = useState(initial);
  return (
    <RightsMatrix
      label="Rights"
      rowHeader="Area"
      rows={rows}
      columns={columns}
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
