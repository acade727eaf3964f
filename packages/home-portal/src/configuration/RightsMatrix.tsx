import { Button, Checkbox, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface MatrixOption<Value extends string> {
  value: Value;
  label: string;
}

/** Granted actions per row; every row is present, an empty list grants nothing. */
export type Matrix<Row extends string, Column extends string> = Record<Row, Column[]>;

interface RightsMatrixProps<Row extends string, Column extends string> {
  /** Names the table for assistive technology, e.g. "Rights". */
  label: string;
  /** Header of the row labels' column, e.g. "Domain" or "Area". */
  rowHeader: string;
  rows: readonly MatrixOption<Row>[];
  columns: readonly MatrixOption<Column>[];
  value: Matrix<Row, Column>;
  onChange: (value: Matrix<Row, Column>) => void;
  readOnly?: boolean;
  /** Cells the viewer may not change (rights its own group lacks); "All" and "None" leave them as they are. */
  isLocked?: (row: Row, column: Column) => boolean;
}

/** Keeps a row's actions in the columns' order, so saved matrices read the same way every time. */
function inColumnOrder<Column extends string>(columns: readonly MatrixOption<Column>[], actions: readonly Column[]): Column[] {
  return columns.map((column) => column.value).filter((column) => actions.includes(column));
}

/**
 * A rights matrix: rows (domains, areas) × columns (actions) of checkboxes, with "All" and "None"
 * under each column header to grant or withdraw that action in every row at once.
 */
export function RightsMatrix<Row extends string, Column extends string>({
  label,
  rowHeader,
  rows,
  columns,
  value,
  onChange,
  readOnly = false,
  isLocked = () => false,
}: RightsMatrixProps<Row, Column>) {
  const { t } = useTranslation();

  const setCell = (row: Row, column: Column, granted: boolean) => {
    const current = value[row];
    const next = granted ? [...current, column] : current.filter((action) => action !== column);
    onChange({ ...value, [row]: inColumnOrder(columns, next) });
  };

  const setColumn = (column: Column, granted: boolean) => {
    const next = { ...value };
    for (const row of rows) {
      if (isLocked(row.value, column)) continue;
      const current = value[row.value];
      next[row.value] = inColumnOrder(columns, granted ? [...current, column] : current.filter((action) => action !== column));
    }
    onChange(next);
  };

  return (
    <Table.ScrollContainer minWidth={120 + columns.length * 92}>
      <Table withTableBorder withColumnBorders verticalSpacing={6} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{rowHeader}</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.value} ta="center">
                {column.label}
                {!readOnly && (
                  <Group gap={2} justify="center" wrap="nowrap" mt={4}>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={t('rightsMatrix.allInColumn', { column: column.label })}
                      onClick={() => setColumn(column.value, true)}
                    >
                      {t('rightsMatrix.all')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="gray"
                      aria-label={t('rightsMatrix.noneInColumn', { column: column.label })}
                      onClick={() => setColumn(column.value, false)}
                    >
                      {t('rightsMatrix.none')}
                    </Button>
                  </Group>
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.value}>
              <Table.Th scope="row" fw={500}>
                {row.label}
              </Table.Th>
              {columns.map((column) => (
                <Table.Td key={column.value}>
                  <Group justify="center">
                    <Checkbox
                      aria-label={t('rightsMatrix.cell', { row: row.label, column: column.label })}
                      checked={value[row.value].includes(column.value)}
                      disabled={readOnly || isLocked(row.value, column.value)}
                      onChange={(event) => setCell(row.value, column.value, event.currentTarget.checked)}
                    />
                  </Group>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A matrix from the API's rows; rows the API left out grant nothing. */
export function matrixFromRows<Row extends string, Column extends string>(
  rows: readonly MatrixOption<Row>[],
  entries: readonly { row: Row; actions: readonly Column[] }[],
): Matrix<Row, Column> {
  const matrix = {} as Matrix<Row, Column>;
  for (const row of rows) matrix[row.value] = [...(entries.find((entry) => entry.row === row.value)?.actions ?? [])];
  return matrix;
}

/** Every action of every row: how the Administrators group is shown. */
export function fullMatrix<Row extends string, Column extends string>(
  rows: readonly MatrixOption<Row>[],
  columns: readonly MatrixOption<Column>[],
): Matrix<Row, Column> {
  const matrix = {} as Matrix<Row, Column>;
  for (const row of rows) matrix[row.value] = columns.map((column) => column.value);
  return matrix;
}

/** How many rights a matrix grants. */
export function countRights<Row extends string, Column extends string>(matrix: Matrix<Row, Column>): number {
  return (Object.values(matrix) as Column[][]).reduce((sum, actions) => sum + actions.length, 0);
}
