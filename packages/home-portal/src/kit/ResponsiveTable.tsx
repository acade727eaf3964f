import { Box, Table, VisuallyHidden } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { PhoneCards, usePhoneLayout } from './PhoneCards';

/** One column of a responsive table, and where its value goes on a phone card. */
export interface ResponsiveColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** On the card: `title` heads it, `subtitle` goes under the title, `badge` beside it, `fact` (default) is a labelled line. */
  card?: 'title' | 'subtitle' | 'badge' | 'fact' | 'none';
  headerStyle?: CSSProperties;
  cellStyle?: CSSProperties;
}

interface ResponsiveTableProps<Row> {
  /** Names the table, and the list of cards, for assistive technology. */
  label: string;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  columns: readonly ResponsiveColumn<Row>[];
  /** Below this width the table scrolls inside its frame (wider than a phone, narrower than it needs). */
  minWidth: number;
  /** The row's actions (a menu), in a last column headed `actionsHeader` for screen readers. */
  actions?: { header: string; cell: (row: Row) => ReactNode };
  fz?: 'xs' | 'sm';
}

/**
 * A table on a wide screen, cards on a phone, from one list of columns: the table keeps every column,
 * the card shows the title, the badges (status) beside it and the other columns as labelled lines.
 */
export function ResponsiveTable<Row>({ label, rows, rowKey, columns, minWidth, actions, fz }: ResponsiveTableProps<Row>) {
  const phone = usePhoneLayout();
  if (phone) {
    const only = (role: ResponsiveColumn<Row>['card'], row: Row) =>
      columns.filter((column) => (column.card ?? 'fact') === role).map((column) => <Box key={column.header}>{column.cell(row)}</Box>);
    return (
      <PhoneCards
        label={label}
        cards={rows.map((row) => {
          const subtitle = only('subtitle', row);
          const badges = only('badge', row);
          return {
            key: rowKey(row),
            title: only('title', row),
            subtitle: subtitle.length ? subtitle : undefined,
            badges: badges.length ? badges : undefined,
            facts: columns
              .filter((column) => (column.card ?? 'fact') === 'fact')
              .map((column) => ({ label: column.header, value: column.cell(row) })),
            actions: actions?.cell(row),
          };
        })}
      />
    );
  }
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover verticalSpacing="sm" fz={fz} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.header} style={column.headerStyle}>
                {column.header}
              </Table.Th>
            ))}
            {actions && (
              <Table.Th w={60}>
                <VisuallyHidden>{actions.header}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Td key={column.header} style={column.cellStyle}>
                  {column.cell(row)}
                </Table.Td>
              ))}
              {actions && <Table.Td>{actions.cell(row)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
