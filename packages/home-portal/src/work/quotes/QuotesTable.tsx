import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../app/dateTime';
import type { QuoteListItemFragment } from '../../gql/graphql';
import { ClientNameLink } from '../ClientNameLink';
import { QuoteStatusBadge } from '../StatusBadges';
import { useWorkFormat } from '../useWorkFormat';
import { quotePath } from '../workPaths';

interface QuotesTableProps {
  quotes: readonly QuoteListItemFragment[];
  /** False where every row is of the same client (its profile). */
  showClient?: boolean;
}

/** One row per quote, its number linking to the quote; scrolls sideways on a phone. */
export function QuotesTable({ quotes, showClient = true }: QuotesTableProps) {
  const { t } = useTranslation();
  const format = useWorkFormat();
  return (
    <Table.ScrollContainer minWidth={showClient ? 900 : 760}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('quotes.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('work.fields.number')}</Table.Th>
            <Table.Th>{t('work.fields.name')}</Table.Th>
            {showClient && <Table.Th>{t('work.fields.client')}</Table.Th>}
            <Table.Th>{t('work.fields.languages')}</Table.Th>
            <Table.Th>{t('work.fields.status')}</Table.Th>
            <Table.Th>{t('quotes.fields.validUntil')}</Table.Th>
            <Table.Th style={{ textAlign: 'end' }}>{t('quotes.fields.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {quotes.map((quote) => (
            <Table.Tr key={quote.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={quotePath(quote.id)} size="sm" fw={500}>
                  {quote.number}
                </Anchor>
              </Table.Td>
              <Table.Td>{quote.name}</Table.Td>
              {showClient && (
                <Table.Td>
                  <ClientNameLink clientId={quote.clientId} clientName={quote.clientName} />
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm">{format.languagePair(quote.sourceLanguage, quote.targetLanguages)}</Text>
              </Table.Td>
              <Table.Td>
                <QuoteStatusBadge status={quote.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(quote.validUntil)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap', textAlign: 'end' }}>{format.money(quote.total)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
