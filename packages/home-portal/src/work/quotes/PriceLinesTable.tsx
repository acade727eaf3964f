import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuoteDetailFragment } from './quotes.generated';
import { useWorkFormat } from '../useWorkFormat';

/** A stored quote's price lines with their amounts and the total, as the API computed them. */
export function PriceLinesTable({ quote }: { quote: Pick<QuoteDetailFragment, 'lines' | 'total'> }) {
  const { t } = useTranslation();
  const format = useWorkFormat();
  const numbers = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 2 });
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" aria-label={t('quotes.lines.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('quotes.lines.description')}</Table.Th>
            <Table.Th style={{ textAlign: 'end' }}>{t('quotes.lines.quantity')}</Table.Th>
            <Table.Th>{t('quotes.lines.unit')}</Table.Th>
            <Table.Th style={{ textAlign: 'end' }}>{t('quotes.lines.unitPrice')}</Table.Th>
            <Table.Th style={{ textAlign: 'end' }}>{t('quotes.lines.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {quote.lines.map((line, index) => (
            <Table.Tr key={index}>
              <Table.Td>{[line.service ? t(`work.services.${line.service}`) : '', line.description].filter(Boolean).join(' · ')}</Table.Td>
              <Table.Td style={{ textAlign: 'end' }}>{numbers.format(line.quantity)}</Table.Td>
              <Table.Td>{t(`quotes.units.${line.unit}`)}</Table.Td>
              <Table.Td style={{ textAlign: 'end', whiteSpace: 'nowrap' }}>{format.money(line.unitPrice)}</Table.Td>
              <Table.Td style={{ textAlign: 'end', whiteSpace: 'nowrap' }}>{format.money(line.amount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={4} style={{ textAlign: 'end' }}>
              {t('quotes.lines.total')}
            </Table.Th>
            <Table.Td style={{ textAlign: 'end', whiteSpace: 'nowrap' }} fw={700}>
              {format.money(quote.total)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
