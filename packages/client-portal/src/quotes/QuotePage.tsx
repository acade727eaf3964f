import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCheck, IconClockX, IconFileTypePdf, IconInfoCircle, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage';
import { useNotify } from '../app/useNotify';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { MyQuoteDocument, type QuoteDetailFieldsFragment, type QuoteStatus } from '../gql/graphql';
import { useClientMay, useQuoteDecisionBlock } from '../session/clientRights';
import { ReadOnlyNotice } from '../session/ReadOnlyNotice';
import { DetailsList } from '../work/DetailsList';
import { HistoryTimeline } from '../work/HistoryTimeline';
import { PageHeader } from '../work/PageHeader';
import { ConversationSection } from '../messages/ConversationSection';
import { isNotFound, LoadError, LoadingState } from '../work/QueryStates';
import { SectionCard } from '../work/SectionCard';
import { ServiceList } from '../work/ServiceList';
import { QuoteStatusBadge } from '../work/StatusBadges';
import { TableScroll } from '../work/TableScroll';
import { useCompactLayout } from '../work/useCompactLayout';
import { useLanguageNames } from '../work/useLanguageNames';
import { AcceptQuoteDialog, RejectQuoteDialog } from './QuoteDecisionDialogs';
import { quoteStatuses } from './QuotesPage';

const isQuoteStatus = (status: string): status is QuoteStatus => (quoteStatuses as readonly string[]).includes(status);

/** One quote: its price lines and total, validity, proposed deadline and history; Accept and Reject while pending (Quotes Edit). */
export function QuotePage() {
  const { quoteId = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MyQuoteDocument, { variables: { id: quoteId }, fetchPolicy: 'cache-and-network' });
  const back = { to: '/quotes', label: t('quotes.backToList') };

  if (!data) {
    if (error && isNotFound(error)) return <NotFoundPage />;
    return (
      <Stack gap="lg">
        <PageHeader title={t('quotes.title')} back={back} />
        {error ? <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} /> : <LoadingState />}
      </Stack>
    );
  }
  return <QuoteDetails quote={data.myQuote} back={back} onStale={() => void refetch().catch(() => undefined)} />;
}

function QuoteDetails({
  quote,
  back,
  onStale,
}: {
  quote: QuoteDetailFieldsFragment;
  back: { to: string; label: string };
  onStale: () => void;
}) {
  const { t, i18n } = useTranslation();
  const mayMessage = useClientMay('MESSAGES', 'BROWSE');
  const formatter = useClientFormatter();
  const languages = useLanguageNames();
  const navigate = useNavigate();
  const notify = useNotify();
  const block = useQuoteDecisionBlock();
  const mayOpenProjects = useClientMay('PROJECTS', 'DISPLAY');
  const mayOpenRequests = useClientMay('REQUESTS', 'DISPLAY');
  const [acceptOpened, acceptDialog] = useDisclosure(false);
  const [rejectOpened, rejectDialog] = useDisclosure(false);
  const pending = quote.status === 'PENDING';
  const decidable = pending && block?.kind !== 'NO_RIGHT';
  const readOnly = block?.kind === 'READ_ONLY_SESSION';
  const projectHref = mayOpenProjects && quote.projectId ? `/projects/${quote.projectId}` : null;

  const onAccepted = (accepted: QuoteDetailFieldsFragment) => {
    acceptDialog.close();
    notify.success(t('quotes.accept.done', { number: accepted.number }));
    if (mayOpenProjects && accepted.projectId) void navigate(`/projects/${accepted.projectId}`);
  };

  const details = [
    { label: t('quotes.fields.number'), value: quote.number },
    { label: t('quotes.fields.status'), value: <QuoteStatusBadge status={quote.status} /> },
    { label: t('quotes.fields.services'), value: <ServiceList services={quote.services} /> },
    { label: t('quotes.fields.sourceLanguage'), value: languages.name(quote.sourceLanguage) },
    { label: t('quotes.fields.targetLanguages'), value: languages.list(quote.targetLanguages) },
    { label: t('quotes.fields.sentOn'), value: formatter.dateTime(quote.sentAt) },
    { label: t('quotes.fields.validUntil'), value: formatter.date(quote.validUntil) },
    { label: t('quotes.fields.proposedDeadline'), value: formatter.dateTime(quote.proposedDeadline) },
    ...(quote.decidedAt ? [{ label: t('quotes.fields.decidedAt'), value: formatter.dateTime(quote.decidedAt) }] : []),
    ...(quote.rejectionReason
      ? [
          {
            label: t('quotes.fields.rejectionReason'),
            value: (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {quote.rejectionReason}
              </Text>
            ),
          },
        ]
      : []),
    ...(quote.requestId && mayOpenRequests
      ? [
          {
            label: t('quotes.fields.request'),
            value: (
              <Anchor component={Link} to={`/requests/${quote.requestId}`} size="sm">
                {t('quotes.openRequest')}
              </Anchor>
            ),
          },
        ]
      : []),
  ];

  return (
    <Stack gap="lg">
      <PageHeader
        title={quote.name}
        back={back}
        subtitle={
          <Group gap="xs">
            <Text c="dimmed" fw={500}>
              {quote.number}
            </Text>
            <QuoteStatusBadge status={quote.status} />
          </Group>
        }
        actions={
          <>
            <Button
              component="a"
              href={`${quote.pdfUrl}?language=${i18n.language}`}
              download
              variant="default"
              leftSection={<IconFileTypePdf size={18} aria-hidden />}
            >
              {t('quotes.downloadPdf')}
            </Button>
            {decidable && (
              <>
                <Button
                  leftSection={<IconCheck size={18} aria-hidden />}
                  onClick={acceptDialog.open}
                  disabled={readOnly}
                  aria-describedby={readOnly ? 'quote-read-only' : undefined}
                >
                  {t('quotes.accept.button')}
                </Button>
                <Button
                  variant="outline"
                  color="red.9"
                  leftSection={<IconX size={18} aria-hidden />}
                  onClick={rejectDialog.open}
                  disabled={readOnly}
                  aria-describedby={readOnly ? 'quote-read-only' : undefined}
                >
                  {t('quotes.reject.button')}
                </Button>
              </>
            )}
          </>
        }
      />
      {decidable && block?.kind === 'READ_ONLY_SESSION' && <ReadOnlyNotice id="quote-read-only" staffName={block.staffName} />}
      <QuoteStatusNotice quote={quote} projectHref={projectHref} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <SectionCard id="quote-price" title={t('quotes.priceTitle')}>
              <PriceLines quote={quote} />
            </SectionCard>
            <SectionCard id="quote-details" title={t('quotes.detailsTitle')}>
              <DetailsList details={details} />
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <SectionCard id="quote-history" title={t('quotes.historyTitle')}>
            <HistoryTimeline
              entries={quote.history}
              statusLabel={(status) => (isQuoteStatus(status) ? t(`quoteStatus.${status}`) : status)}
              projectHref={projectHref}
              quoteHref={null}
            />
          </SectionCard>
          {mayMessage && <ConversationSection recordType="QUOTE" recordId={quote.id} />}
        </Grid.Col>
      </Grid>

      {/* Kept while the quote changes underneath (expired, decided elsewhere): the open dialog still says why. */}
      {block === null && (
        <>
          <AcceptQuoteDialog quote={quote} opened={acceptOpened} onClose={acceptDialog.close} onStale={onStale} onAccepted={onAccepted} />
          <RejectQuoteDialog quote={quote} opened={rejectOpened} onClose={rejectDialog.close} onStale={onStale} />
        </>
      )}
    </Stack>
  );
}

/** What the quote's status means for the client: until when it can be decided, or what became of it. */
function QuoteStatusNotice({ quote, projectHref }: { quote: QuoteDetailFieldsFragment; projectHref: string | null }) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  const textColor = { message: { color: 'var(--mantine-color-text)' } };
  switch (quote.status) {
    case 'PENDING':
      return (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} styles={textColor}>
          {t('quotes.pendingNotice', { date: formatter.date(quote.validUntil), total: formatter.money(quote.total) })}
        </Alert>
      );
    case 'EXPIRED':
      return (
        <Alert color="gray" variant="light" icon={<IconClockX aria-hidden />} styles={textColor}>
          {t('quotes.expiredNotice', { date: formatter.date(quote.validUntil) })}
        </Alert>
      );
    case 'ACCEPTED':
      return (
        <Alert color="green" variant="light" icon={<IconCheck aria-hidden />} styles={textColor}>
          <Stack gap={4} align="flex-start">
            <Text size="sm">{t('quotes.acceptedNotice')}</Text>
            {projectHref && (
              <Anchor component={Link} to={projectHref} size="sm" fw={600}>
                {t('quotes.openProject')}
              </Anchor>
            )}
          </Stack>
        </Alert>
      );
    case 'REJECTED':
      return null;
  }
}

/** The quote's price lines (description, quantity, unit, unit price, amount) and total. */
function PriceLines({ quote }: { quote: QuoteDetailFieldsFragment }) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  // The service in the client's language, then the agency's own words for the line.
  const lineName = (line: QuoteDetailFieldsFragment['lines'][number]) =>
    [line.service ? t(`services.${line.service}`) : '', line.description].filter(Boolean).join(' · ');
  const compact = useCompactLayout();
  if (compact) {
    // Phones: one card per line, so the amounts and the total stay in view without scrolling sideways.
    return (
      <Stack gap="xs">
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('quotes.priceTitle')}>
          {quote.lines.map((line, index) => (
            <Paper component="li" key={index} withBorder p="xs">
              <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                {lineName(line)}
              </Text>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-end">
                <Text size="sm" c="dimmed">
                  {t('quotes.lines.quantityTimesPrice', {
                    quantity: formatter.number(line.quantity),
                    unit: t(`quotes.units.${line.unit}`),
                    unitPrice: formatter.money(line.unitPrice),
                  })}
                </Text>
                <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {formatter.money(line.amount)}
                </Text>
              </Group>
            </Paper>
          ))}
        </Stack>
        <Group justify="space-between" px="xs">
          <Text fw={700}>{t('quotes.lines.total')}</Text>
          <Text fw={700}>{formatter.money(quote.total)}</Text>
        </Group>
      </Stack>
    );
  }
  return (
    <TableScroll minWidth={560} label={t('quotes.priceTitle')}>
      <Table verticalSpacing="xs" aria-label={t('quotes.priceTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('quotes.lines.description')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('quotes.lines.quantity')}
            </Table.Th>
            <Table.Th scope="col">{t('quotes.lines.unit')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('quotes.lines.unitPrice')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('quotes.lines.amount')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {quote.lines.map((line, index) => (
            <Table.Tr key={index}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{lineName(line)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatter.number(line.quantity)}
              </Table.Td>
              <Table.Td>{t(`quotes.units.${line.unit}`)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatter.money(line.unitPrice)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatter.money(line.amount)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" colSpan={4} ta="right">
              {t('quotes.lines.total')}
            </Table.Th>
            <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
              {formatter.money(quote.total)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </TableScroll>
  );
}
