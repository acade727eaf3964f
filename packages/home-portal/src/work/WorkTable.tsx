import { Anchor, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../app/dateTime';
import { ClientNameLink } from './ClientNameLink';
import { useWorkFormat } from './useWorkFormat';

/** What every row of a projects or quotes list shows. */
export interface WorkTableRow {
  id: string;
  number: string;
  name: string;
  clientId: string;
  clientName: string;
  sourceLanguage: string;
  targetLanguages: readonly string[];
}

export interface WorkTableProps<Row extends WorkTableRow> {
  rows: readonly Row[];
  label: string;
  /** False where every row is of the same client (its profile). */
  showClient?: boolean;
  path: (id: string) => string;
  status: (row: Row) => ReactNode;
  /** The date that matters for this kind of record (deadline, valid until) and its column title. */
  date: { title: string; of: (row: Row) => string };
  amount: { title: string; of: (row: Row) => { amount: string; currency: string } };
}

/** One row per record, its number linking to the record; scrolls sideways on a phone. */
export function WorkTable<Row extends WorkTableRow>({ rows, label, showClient = true, path, status, date, amount }: WorkTableProps<Row>) {
  const { t } = useTranslation();
  const format = useWorkFormat();
  return (
    <Table.ScrollContainer minWidth={showClient ? 900 : 760}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('work.fields.number')}</Table.Th>
            <Table.Th>{t('work.fields.name')}</Table.Th>
            {showClient && <Table.Th>{t('work.fields.client')}</Table.Th>}
            <Table.Th>{t('work.fields.languages')}</Table.Th>
            <Table.Th>{t('work.fields.status')}</Table.Th>
            <Table.Th>{date.title}</Table.Th>
            <Table.Th style={{ textAlign: 'end' }}>{amount.title}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={path(row.id)} size="sm" fw={500}>
                  {row.number}
                </Anchor>
              </Table.Td>
              <Table.Td>{row.name}</Table.Td>
              {showClient && (
                <Table.Td>
                  <ClientNameLink clientId={row.clientId} clientName={row.clientName} />
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm">{format.languagePair(row.sourceLanguage, row.targetLanguages)}</Text>
              </Table.Td>
              <Table.Td>{status(row)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(date.of(row))}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap', textAlign: 'end' }}>{format.money(amount.of(row))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
