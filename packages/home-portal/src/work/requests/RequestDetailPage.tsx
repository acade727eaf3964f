import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../app/dateTime';
import { useHasRight } from '../../auth/useHasRight';
import { useRecordParts } from '../useRecordParts';
import { ClientRequestDocument, type RequestDetailFragment } from './requests.generated';
import { ClientNameLink } from '../ClientNameLink';
import { FilesByRole } from '../FilesByRole';
import { HistoryTimeline } from '../HistoryTimeline';
import { ConversationSection } from '../messages/ConversationSection';
import { NewProjectDialog } from '../projects/NewProjectDialog';
import { NewQuoteDialog } from '../quotes/NewQuoteDialog';
import { RequestStatusBadge } from '../StatusBadges';
import { useWorkFormat } from '../useWorkFormat';
import { BackLink, WorkDetailStates, WorkFacts, WorkSection } from '../WorkDetailLayout';
import { projectPath, quotePath } from '../workPaths';
import { requestStatusLabel } from '../workStatus';
import { DeclineRequestDialog } from './DeclineRequestDialog';

/** A client request (`/requests/:requestId`): what the client asks for, its files and history, and staff's answer. */
export function RequestDetailPage() {
  const { t } = useTranslation();
  const { requestId = '' } = useParams();
  const { withFiles } = useRecordParts();
  const { data, error, refetch } = useQuery(ClientRequestDocument, { variables: { id: requestId, withFiles } });
  const back = <BackLink to="/requests" label={t('requests.title')} />;
  return (
    <WorkDetailStates
      back={back}
      loaded={data !== undefined}
      error={error}
      texts={{
        loading: t('requests.detail.loading'),
        loadFailed: t('requests.detail.loadFailed'),
        notFound: t('requests.detail.notFound'),
        notFoundText: t('requests.detail.notFoundText'),
      }}
      onRetry={() => void refetch()}
    >
      {data && <RequestDetail request={data.clientRequest} back={back} refetch={() => refetch()} />}
    </WorkDetailStates>
  );
}

function RequestDetail({ request, back, refetch }: { request: RequestDetailFragment; back: ReactNode; refetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const format = useWorkFormat();
  const mayAnswer = useHasRight('CLIENT_REQUESTS:EDIT');
  const mayQuote = useHasRight('QUOTES:CREATE') && mayAnswer;
  const mayStartProject = useHasRight('PROJECTS:CREATE') && mayAnswer;
  const [quoteOpened, quoteDialog] = useDisclosure(false);
  const [projectOpened, projectDialog] = useDisclosure(false);
  const [declineOpened, declineDialog] = useDisclosure(false);
  // Only a request still waiting can be answered; the API refuses a second answer.
  const open = request.status === 'SUBMITTED';
  const prefill = { request };

  const facts: { label: string; value: ReactNode }[] = [
    { label: t('work.fields.client'), value: <ClientNameLink clientId={request.clientId} clientName={request.clientName} /> },
    { label: t('requests.fields.kind'), value: t(`requests.kinds.${request.kind}`) },
    { label: t('work.fields.status'), value: <RequestStatusBadge status={request.status} /> },
    { label: t('work.fields.services'), value: request.services.map((service) => t(`work.services.${service}`)).join(', ') },
    { label: t('work.fields.languages'), value: format.languagePair(request.sourceLanguage, request.targetLanguages) },
    { label: t('work.fields.deadline'), value: formatDateTime(request.deadline) },
    { label: t('requests.fields.submitted'), value: formatDateTime(request.createdAt) },
  ];

  // Once answered, the request shows its new status and links to the quote or project.
  const answered = (closeDialog: () => void) => () => {
    closeDialog();
    void refetch();
  };

  return (
    <Stack gap="md" maw={1080}>
      {back}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Group gap="sm" wrap="wrap">
          <Title order={2}>{t('requests.detail.title', { number: request.number, name: request.name })}</Title>
          <RequestStatusBadge status={request.status} />
        </Group>
        {open && mayAnswer && (
          <Group gap="sm">
            {/* The client's kind of request comes first: a quote request is answered with a quote. */}
            {mayQuote && (
              <Button variant={request.kind === 'QUOTE' ? 'filled' : 'default'} onClick={quoteDialog.open}>
                {t('requests.actions.answerWithQuote')}
              </Button>
            )}
            {mayStartProject && (
              <Button variant={request.kind === 'PROJECT' ? 'filled' : 'default'} onClick={projectDialog.open}>
                {t('requests.actions.startProject')}
              </Button>
            )}
            {mayAnswer && (
              <Button variant="default" color="red" onClick={declineDialog.open}>
                {t('requests.actions.decline')}
              </Button>
            )}
          </Group>
        )}
      </Group>

      <RequestAnswer request={request} />

      <WorkSection title={t('requests.detail.summary')}>
        <WorkFacts facts={facts} />
      </WorkSection>

      <WorkSection title={t('requests.fields.instructions')}>
        {request.instructions ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {request.instructions}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('requests.detail.noInstructions')}
          </Text>
        )}
      </WorkSection>

      {request.files && (
        <WorkSection title={t('work.files.title')}>
          <FilesByRole files={request.files} />
        </WorkSection>
      )}

      <ConversationSection recordType="REQUEST" recordId={request.id} />

      <WorkSection title={t('work.history.title')}>
        <HistoryTimeline entries={request.history} statusLabel={(status) => requestStatusLabel(status, t)} />
      </WorkSection>

      {open && mayQuote && (
        <NewQuoteDialog opened={quoteOpened} onClose={quoteDialog.close} prefill={prefill} onCreated={answered(quoteDialog.close)} />
      )}
      {open && mayStartProject && (
        <NewProjectDialog
          opened={projectOpened}
          onClose={projectDialog.close}
          prefill={prefill}
          onCreated={answered(projectDialog.close)}
        />
      )}
      {open && mayAnswer && <DeclineRequestDialog request={request} opened={declineOpened} onClose={declineDialog.close} />}
    </Stack>
  );
}

/** How the request was answered, with a link to the quote or project that answers it. */
function RequestAnswer({ request }: { request: RequestDetailFragment }) {
  const { t } = useTranslation();
  const mayOpenQuotes = useHasRight('QUOTES:BROWSE');
  const mayOpenProjects = useHasRight('PROJECTS:BROWSE');
  if (request.status === 'SUBMITTED') {
    return (
      <Alert color="orange" title={t('requests.answer.waitingTitle')}>
        {t('requests.answer.waitingText')}
      </Alert>
    );
  }
  if (request.status === 'WITHDRAWN') {
    return (
      <Alert color="gray" title={t('requests.answer.withdrawnTitle')}>
        {t('requests.answer.withdrawnText')}
      </Alert>
    );
  }
  if (request.status === 'DECLINED') {
    const reason = [...request.history].reverse().find((entry) => entry.event === 'DECLINED')?.note;
    return (
      <Alert color="gray" title={t('requests.answer.declinedTitle')}>
        {reason ? t('requests.answer.declinedReason', { reason }) : t('requests.answer.declinedText')}
      </Alert>
    );
  }
  return (
    <Alert color="green" title={request.status === 'QUOTED' ? t('requests.answer.quotedTitle') : t('requests.answer.projectTitle')}>
      <Group gap="md">
        {request.quoteId && mayOpenQuotes && (
          <Anchor component={Link} to={quotePath(request.quoteId)} size="sm">
            {t('requests.answer.openQuote')}
          </Anchor>
        )}
        {request.projectId && mayOpenProjects && (
          <Anchor component={Link} to={projectPath(request.projectId)} size="sm">
            {t('requests.answer.openProject')}
          </Anchor>
        )}
      </Group>
    </Alert>
  );
}
