import { useTranslation } from 'react-i18next';
import type { QuoteListItemFragment } from './quotes.generated';
import { QuoteStatusBadge } from '../StatusBadges';
import { WorkTable } from '../WorkTable';
import { quotePath } from '../workPaths';

export function QuotesTable({ quotes, showClient }: { quotes: readonly QuoteListItemFragment[]; showClient?: boolean }) {
  const { t } = useTranslation();
  return (
    <WorkTable
      rows={quotes}
      label={t('quotes.tableLabel')}
      showClient={showClient}
      path={quotePath}
      status={(quote) => <QuoteStatusBadge status={quote.status} />}
      date={{ title: t('quotes.fields.validUntil'), of: (quote) => quote.validUntil }}
      amount={{ title: t('quotes.fields.total'), of: (quote) => quote.total }}
    />
  );
}
