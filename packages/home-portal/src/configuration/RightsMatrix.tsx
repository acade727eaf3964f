import { toggleRowRight } from '@portico/domain';
import { Button, Checkbox, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface MatrixOption<Value extends string> {
  value: Value;
  label: string;
}

/** Granted actions per row; every row is present, an empty list grants nothing. */
export type Matrix<Row extends string, Column extends string> = Record<Row, Column[]>;

/** The actions that do something in each row (from `@portico/domain`): only these get a checkbox. */
export type OfferedRights<Row extends string, Column extends string> = Readonly<Record<Row, readonly Column[]>>;

interface RightsMatrixProps<Row extends string, Column extends string> {
  /** Names the table for assistive technology, e.g. "Rights". */
  label: string;
  /** Header of the row labels' column, e.g. "Domain" or "Area". */
  rowHeader: string;
  rows: readonly MatrixOption<Row>[];
  columns: readonly MatrixOption<Column>[];
  /** Which cells exist: a right that does nothing in a row is not offered there. */
  offered: OfferedRights<Row, Column>;
  value: Matrix<Row, Column>;
  onChange: (value: Matrix<Row, Column>) => void;
  readOnly?: boolean;
  /** Cells the viewer may not change (rights its own group lacks); "All" and "None" leave them as they are. */
  isLocked?: (row: Row, column: Column) => boolean;
}

/**
 * A rights matrix: rows (domains, areas) × columns (actions) of checkboxes, with "All" and "None"
 * under each column header to grant or withdraw that action in every row at once. Only rights that do
 * something in a row have a checkbox; ticking Edit or Delete ticks Display and Browse too, and
 * unticking Browse or Display unticks what needs it (the same rule the API applies on save).
 */
export function RightsMatrix<Row extends string, Column extends string>({
  label,
  rowHeader,
  rows,
  columns,
  offered,
  value,
  onChange,
  readOnly = false,
  isLocked = () => false,
}: RightsMatrixProps<Row, Column>) {
  const { t } = useTranslation();

  // A toggle never changes a cell the viewer may not change, even through what it implies.
  const toggled = (row: Row, column: Column, granted: boolean): Column[] => {
    const current = value[row];
    const next = toggleRowRight(offered[row], current, column, granted);
    return offered[row].filter((action) => (isLocked(row, action) ? current.includes(action) : next.includes(action)));
  };

  const setCell = (row: Row, column: Column, granted: boolean) => {
    onChange({ ...value, [row]: toggled(row, column, granted) });
  };

  const setColumn = (column: Column, granted: boolean) => {
    const next = { ...value };
    for (const row of rows) {
      if (!offered[row.value].includes(column) || isLocked(row.value, column)) continue;
      next[row.value] = toggled(row.value, column, granted);
    }
    onChange(next);
  };

  // A column no row offers (Export, say) is left out.
  const shownColumns = columns.filter((column) => rows.some((row) => offered[row.value].includes(column.value)));

  return (
    <Table.ScrollContainer minWidth={120 + shownColumns.length * 92}>
      <Table withTableBorder withColumnBorders verticalSpacing={6} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{rowHeader}</Table.Th>
            {shownColumns.map((column) => (
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
              {shownColumns.map((column) => (
                <Table.Td key={column.value}>
                  <Group justify="center">
                    {offered[row.value].includes(column.value) ? (
                      <Checkbox
                        aria-label={t('rightsMatrix.cell', { row: row.label, column: column.label })}
                        checked={value[row.value].includes(column.value)}
                        disabled={readOnly || isLocked(row.value, column.value)}
                        onChange={(event) => setCell(row.value, column.value, event.currentTarget.checked)}
                      />
                    ) : (
                      <Text size="sm" c="dimmed">
                        <span aria-hidden>–</span>
                        <VisuallyHidden>{t('rightsMatrix.notOffered', { row: row.label, column: column.label })}</VisuallyHidden>
                      </Text>
                    )}
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

/** Every right each row offers: how the Administrators group is shown. */
export function fullMatrix<Row extends string, Column extends string>(
  rows: readonly MatrixOption<Row>[],
  offered: OfferedRights<Row, Column>,
): Matrix<Row, Column> {
  const matrix = {} as Matrix<Row, Column>;
  for (const row of rows) matrix[row.value] = [...offered[row.value]];
  return matrix;
}

/** How many rights a matrix grants. */
export function countRights<Row extends string, Column extends string>(matrix: Matrix<Row, Column>): number {
  return (Object.values(matrix) as Column[][]).reduce((sum, actions) => sum + actions.length, 0);
}
