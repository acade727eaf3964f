import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDateTime } from '../../app/dateTime';
import { useHasRight } from '../../auth/useHasRight';
import { QuoteDocument, type QuoteDetailFragment } from './quotes.generated';
import { ClientNameLink } from '../ClientNameLink';
import { HistoryTimeline } from '../HistoryTimeline';
import { ConversationSection } from '../messages/ConversationSection';
import { QuoteStatusBadge } from '../StatusBadges';
import { useWorkFormat } from '../useWorkFormat';
import { BackLink, RelatedRecordLink, WorkDetailHeader, WorkDetailStates, WorkFacts, WorkSection } from '../WorkDetailLayout';
import { projectPath, requestPath } from '../workPaths';
import { quoteStatusLabel } from '../workStatus';
import { EditQuoteDialog } from './EditQuoteDialog';
import { PriceLinesTable } from './PriceLinesTable';

/**
 * Whether staff may still change a quote's terms: until the client decides. An expired quote is
 * undecided too; editing it can extend its validity.
 */
function isUndecided(quote: Pick<QuoteDetailFragment, 'status'>): boolean {
  return quote.status === 'PENDING' || quote.status === 'EXPIRED';
}

/** A quote (`/quotes/:quoteId`): terms, price lines and total, the client's decision and its history. */
export function QuoteDetailPage() {
  const { t } = useTranslation();
  const { quoteId = '' } = useParams();
  const { data, error, refetch } = useQuery(QuoteDocument, { variables: { id: quoteId } });
  const back = <BackLink to="/quotes" label={t('quotes.title')} />;
  return (
    <WorkDetailStates
      back={back}
      loaded={data !== undefined}
      error={error}
      texts={{
        loading: t('quotes.detail.loading'),
        loadFailed: t('quotes.detail.loadFailed'),
        notFound: t('quotes.detail.notFound'),
        notFoundText: t('quotes.detail.notFoundText'),
      }}
      onRetry={() => void refetch()}
    >
      {data && <QuoteDetail quote={data.quote} back={back} refetch={async () => (await refetch()).data?.quote ?? null} />}
    </WorkDetailStates>
  );
}

function QuoteDetail({
  quote,
  back,
  refetch,
}: {
  quote: QuoteDetailFragment;
  back: ReactNode;
  refetch: () => Promise<QuoteDetailFragment | null>;
}) {
  const { t } = useTranslation();
  const format = useWorkFormat();
  const mayEdit = useHasRight('QUOTES:EDIT');
  const mayOpenProjects = useHasRight('PROJECTS:BROWSE');
  const mayOpenRequests = useHasRight('CLIENT_REQUESTS:BROWSE');
  const [editOpened, editDialog] = useDisclosure(false);

  const facts: { label: string; value: ReactNode }[] = [
    { label: t('work.fields.client'), value: <ClientNameLink clientId={quote.clientId} clientName={quote.clientName} /> },
    { label: t('work.fields.status'), value: <QuoteStatusBadge status={quote.status} /> },
    { label: t('work.fields.services'), value: quote.services.map((service) => t(`work.services.${service}`)).join(', ') },
    { label: t('work.fields.languages'), value: format.languagePair(quote.sourceLanguage, quote.targetLanguages) },
    { label: t('quotes.fields.validUntil'), value: formatDateTime(quote.validUntil) },
    { label: t('quotes.fields.proposedDeadline'), value: formatDateTime(quote.proposedDeadline) },
    { label: t('work.fields.created'), value: formatDateTime(quote.createdAt) },
  ];
  if (quote.decidedAt) facts.push({ label: t('quotes.fields.decidedAt'), value: formatDateTime(quote.decidedAt) });
  if (quote.requestId) {
    facts.push({
      label: t('quotes.fields.fromRequest'),
      value: (
        <RelatedRecordLink
          to={requestPath(quote.requestId)}
          label={t('quotes.fields.openRequest')}
          mayOpen={mayOpenRequests}
          fallback={t('quotes.fields.fromRequestYes')}
        />
      ),
    });
  }

  return (
    <Stack gap="md" maw={1080}>
      {back}
      <WorkDetailHeader
        title={t('quotes.detail.title', { number: quote.number, name: quote.name })}
        statusBadge={<QuoteStatusBadge status={quote.status} />}
        lastSaved={t('quotes.detail.lastSaved', { date: formatDateTime(quote.updatedAt) })}
        action={
          <Group gap="xs">
            <Button component="a" href={quote.pdfUrl} download variant="default">
              {t('quotes.detail.downloadPdf')}
            </Button>
            {mayEdit && isUndecided(quote) && <Button onClick={editDialog.open}>{t('common.edit')}</Button>}
          </Group>
        }
      />

      {quote.status === 'REJECTED' && (
        <Alert color="red" title={t('quotes.detail.rejectedTitle')}>
          {quote.rejectionReason ?? t('quotes.detail.noReason')}
        </Alert>
      )}
      {quote.status === 'ACCEPTED' && quote.projectId && (
        <Alert color="green" title={t('quotes.detail.acceptedTitle')}>
          <RelatedRecordLink
            to={projectPath(quote.projectId)}
            label={t('quotes.detail.openProject')}
            mayOpen={mayOpenProjects}
            fallback={t('quotes.detail.becameProject')}
          />
        </Alert>
      )}

      <WorkSection title={t('quotes.detail.summary')}>
        <WorkFacts facts={facts} />
      </WorkSection>

      <WorkSection title={t('quotes.lines.title')}>
        <PriceLinesTable quote={quote} />
      </WorkSection>

      <ConversationSection recordType="QUOTE" recordId={quote.id} />

      <WorkSection title={t('work.history.title')}>
        <HistoryTimeline entries={quote.history} statusLabel={(status) => quoteStatusLabel(status, t)} />
      </WorkSection>

      {mayEdit && isUndecided(quote) && <EditQuoteDialog quote={quote} opened={editOpened} onClose={editDialog.close} refetch={refetch} />}
    </Stack>
  );
}
