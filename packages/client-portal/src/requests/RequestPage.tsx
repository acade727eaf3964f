import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowBackUp, IconArrowRight, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage';
import { ConversationSection } from '../messages/ConversationSection';
import { FilesByRole } from '../files/FilesByRole';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { MyRequestDocument, type RequestStatus } from '../gql/graphql';
import { requestStatuses } from './RequestsPage';
import { useChangeBlock, useClientMay } from '../session/clientRights';
import { ReadOnlyNotice } from '../session/ReadOnlyNotice';
import { useNotify } from '../app/useNotify';
import { WithdrawRequestDialog } from './WithdrawRequestDialog';
import { DetailsList } from '../work/DetailsList';
import { HistoryTimeline } from '../work/HistoryTimeline';
import { PageHeader } from '../work/PageHeader';
import { isNotFound, LoadError, LoadingState } from '../work/QueryStates';
import { SectionCard } from '../work/SectionCard';
import { ServiceList } from '../work/ServiceList';
import { RequestStatusBadge } from '../work/StatusBadges';
import { useLanguageNames } from '../work/useLanguageNames';

const isRequestStatus = (status: string): status is RequestStatus => (requestStatuses as readonly string[]).includes(status);

/** One request: what was asked for, its files (Files Browse) and its history, leading to the quote or project it became. */
export function RequestPage() {
  const { requestId = '' } = useParams();
  const { t } = useTranslation();
  const notify = useNotify();
  const mayMessage = useClientMay('MESSAGES', 'BROWSE');
  const formatter = useClientFormatter();
  const languages = useLanguageNames();
  const withFiles = useClientMay('FILES', 'BROWSE');
  const mayOpenQuotes = useClientMay('QUOTES', 'DISPLAY');
  const mayOpenProjects = useClientMay('PROJECTS', 'DISPLAY');
  const { data, error, refetch } = useQuery(MyRequestDocument, {
    variables: { id: requestId, withFiles },
    fetchPolicy: 'cache-and-network',
  });
  const back = { to: '/requests', label: t('requests.backToList') };
  const changeBlock = useChangeBlock('REQUESTS', 'EDIT');
  const [withdrawing, withdrawDialog] = useDisclosure(false);

  if (!data) {
    if (error && isNotFound(error)) return <NotFoundPage />;
    return (
      <Stack gap="lg">
        <PageHeader title={t('requests.title')} back={back} />
        {error ? <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} /> : <LoadingState />}
      </Stack>
    );
  }

  const request = data.myRequest;
  const quoteHref = mayOpenQuotes && request.quoteId ? `/quotes/${request.quoteId}` : null;
  const projectHref = mayOpenProjects && request.projectId ? `/projects/${request.projectId}` : null;
  const declined = request.status === 'DECLINED' ? [...request.history].reverse().find((entry) => entry.event === 'DECLINED') : undefined;
  const details = [
    { label: t('requests.fields.number'), value: request.number },
    { label: t('requests.fields.kind'), value: t(`requestKind.${request.kind}`) },
    { label: t('requests.fields.status'), value: <RequestStatusBadge status={request.status} /> },
    { label: t('requests.fields.services'), value: <ServiceList services={request.services} /> },
    { label: t('requests.fields.sourceLanguage'), value: languages.name(request.sourceLanguage) },
    { label: t('requests.fields.targetLanguages'), value: languages.list(request.targetLanguages) },
    { label: t('requests.fields.submittedOn'), value: formatter.dateTime(request.submittedAt) },
    { label: t('requests.fields.deadline'), value: formatter.dateTime(request.deadline) },
    {
      label: t('requests.fields.instructions'),
      value: request.instructions.trim() ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {request.instructions}
        </Text>
      ) : (
        t('requests.noInstructions')
      ),
    },
  ];

  // Until the agency answers, the client may still correct the request or take it back (Requests Edit).
  const open = request.status === 'SUBMITTED' && changeBlock?.kind !== 'NO_RIGHT';
  const readOnly = changeBlock?.kind === 'READ_ONLY_SESSION';
  const actions = open ? (
    <>
      {readOnly ? (
        <Button variant="default" leftSection={<IconPencil size={18} aria-hidden />} disabled aria-describedby="request-read-only">
          {t('requests.edit.open')}
        </Button>
      ) : (
        <Button component={Link} to={`/requests/${request.id}/edit`} variant="default" leftSection={<IconPencil size={18} aria-hidden />}>
          {t('requests.edit.open')}
        </Button>
      )}
      <Button
        color="red"
        variant="outline"
        leftSection={<IconArrowBackUp size={18} aria-hidden />}
        onClick={withdrawDialog.open}
        disabled={readOnly}
        aria-describedby={readOnly ? 'request-read-only' : undefined}
      >
        {t('requests.withdraw.open')}
      </Button>
    </>
  ) : null;

  return (
    <Stack gap="lg">
      <PageHeader
        title={request.name}
        back={back}
        actions={actions}
        subtitle={
          <Group gap="xs">
            <Text c="dimmed" fw={500}>
              {request.number}
            </Text>
            <RequestStatusBadge status={request.status} />
          </Group>
        }
      />
      {open && changeBlock?.kind === 'READ_ONLY_SESSION' && <ReadOnlyNotice id="request-read-only" staffName={changeBlock.staffName} />}
      {request.status === 'WITHDRAWN' && (
        <Alert
          color="gray"
          variant="light"
          title={t('requests.withdrawnTitle')}
          styles={{ message: { color: 'var(--mantine-color-text)' } }}
        >
          {t('requests.withdrawnText')}
        </Alert>
      )}
      {request.status === 'QUOTED' && (
        <Outcome text={t('requests.quotedNotice')} link={quoteHref ? { to: quoteHref, label: t('requests.openQuote') } : null} />
      )}
      {request.status === 'CONVERTED_TO_PROJECT' && (
        <Outcome text={t('requests.convertedNotice')} link={projectHref ? { to: projectHref, label: t('requests.openProject') } : null} />
      )}
      {request.status === 'DECLINED' && (
        <Alert color="red" variant="light" title={t('requests.declinedTitle')} styles={{ message: { color: 'var(--mantine-color-text)' } }}>
          {declined?.note ? t('requests.declinedReason', { reason: declined.note }) : t('requests.declinedNoReason')}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <SectionCard id="request-details" title={t('requests.detailsTitle')}>
              <DetailsList details={details} />
            </SectionCard>
            {withFiles && (
              <SectionCard id="request-files" title={t('requests.filesTitle')}>
                <FilesByRole files={request.files ?? []} />
              </SectionCard>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <SectionCard id="request-history" title={t('requests.historyTitle')}>
            <HistoryTimeline
              entries={request.history}
              statusLabel={(status) => (isRequestStatus(status) ? t(`requestStatus.${status}`) : status)}
              quoteHref={quoteHref}
              projectHref={projectHref}
            />
          </SectionCard>
          {mayMessage && <ConversationSection recordType="REQUEST" recordId={request.id} />}
        </Grid.Col>
      </Grid>
      {open && !readOnly && (
        <WithdrawRequestDialog
          request={request}
          opened={withdrawing}
          onClose={withdrawDialog.close}
          onWithdrawn={() => {
            withdrawDialog.close();
            notify.success(t('requests.withdraw.done', { number: request.number }));
          }}
          onStale={() => void refetch().catch(() => undefined)}
        />
      )}
    </Stack>
  );
}

function Outcome({ text, link }: { text: string; link: { to: string; label: string } | null }) {
  return (
    <Alert color="green" variant="light" styles={{ message: { color: 'var(--mantine-color-text)' } }}>
      <Stack gap={4} align="flex-start">
        <Text size="sm">{text}</Text>
        {link && (
          <Anchor component={Link} to={link.to} size="sm" fw={600}>
            <Group gap={4} wrap="nowrap">
              {link.label}
              <IconArrowRight size={14} aria-hidden />
            </Group>
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}
