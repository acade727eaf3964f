import { Box, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { CSSProperties, ReactNode } from 'react';

/** Phone width: below Mantine's `xs` breakpoint (576 px), where lists become cards. */
export function usePhoneLayout(): boolean {
  return useMediaQuery('(max-width: 36em)') ?? false;
}

/** One card of a list at phone width: what the record is, its status, its key facts, its actions. */
export interface PhoneCard {
  key: string;
  /** The record's name or number, usually the link that opens it. */
  title: ReactNode;
  subtitle?: ReactNode;
  /** Status badges, beside the title: what a glance must catch (status, can sign in). */
  badges?: ReactNode;
  /** Further facts, each on its own line, labelled when the label helps. */
  facts?: readonly { label?: string; value: ReactNode }[];
  /** E.g. the row's "Actions for …" menu. */
  actions?: ReactNode;
}

/**
 * A list as cards for a phone, one `li` per record (so a screen reader says "list, 12 items"), every
 * word wrapped rather than cut. The one card layout of every list in the Home Portal.
 */
export function PhoneCards({ label, cards }: { label: string; cards: readonly PhoneCard[] }) {
  return (
    <Stack gap={0} component="ul" aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {cards.map((card) => (
        <Box component="li" key={card.key} p="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
          <Stack gap={4}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Stack gap={0} miw={0} style={{ overflowWrap: 'anywhere' }}>
                {card.title}
                {card.subtitle && (
                  <Text size="sm" component="div">
                    {card.subtitle}
                  </Text>
                )}
              </Stack>
              {(card.badges || card.actions) && (
                <Group gap={4} wrap="nowrap" align="flex-start">
                  {card.badges && (
                    <Stack gap={4} align="flex-end">
                      {card.badges}
                    </Stack>
                  )}
                  {card.actions}
                </Group>
              )}
            </Group>
            {card.facts?.map((fact, index) => (
              <Text key={fact.label ?? index} size="xs" component="div" style={{ overflowWrap: 'anywhere' }}>
                {fact.label && (
                  <Text span size="xs" c="dimmed">
                    {fact.label}:{' '}
                  </Text>
                )}
                {fact.value}
              </Text>
            ))}
          </Stack>
        </Box>
      ))}
    </Stack>
  );
}

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
