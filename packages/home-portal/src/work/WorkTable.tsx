import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../app/dateTime';
import { ResponsiveTable, type ResponsiveColumn } from '../kit/ResponsiveTable';
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

/** One row per record, its number linking to the record; cards on a phone with the status beside the number. */
export function WorkTable<Row extends WorkTableRow>({ rows, label, showClient = true, path, status, date, amount }: WorkTableProps<Row>) {
  const { t } = useTranslation();
  const format = useWorkFormat();
  const columns: ResponsiveColumn<Row>[] = [
    {
      header: t('work.fields.number'),
      card: 'title',
      cellStyle: { whiteSpace: 'nowrap' },
      cell: (row) => (
        <Anchor component={Link} to={path(row.id)} size="sm" fw={500}>
          {row.number}
        </Anchor>
      ),
    },
    { header: t('work.fields.name'), card: 'subtitle', cell: (row) => row.name },
    ...(showClient
      ? [
          {
            header: t('work.fields.client'),
            cell: (row: Row) => <ClientNameLink clientId={row.clientId} clientName={row.clientName} />,
          },
        ]
      : []),
    {
      header: t('work.fields.languages'),
      cell: (row) => (
        <Text size="sm" span>
          {format.languagePair(row.sourceLanguage, row.targetLanguages)}
        </Text>
      ),
    },
    { header: t('work.fields.status'), card: 'badge', cell: status },
    { header: date.title, cellStyle: { whiteSpace: 'nowrap' }, cell: (row) => formatDate(date.of(row)) },
    {
      header: amount.title,
      headerStyle: { textAlign: 'end' },
      cellStyle: { whiteSpace: 'nowrap', textAlign: 'end' },
      cell: (row) => format.money(amount.of(row)),
    },
  ];
  return <ResponsiveTable label={label} rows={rows} rowKey={(row) => row.id} columns={columns} minWidth={showClient ? 900 : 760} />;
}
