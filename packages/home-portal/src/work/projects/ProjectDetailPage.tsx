import { useQuery } from '@apollo/client/react';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDateTime } from '../../app/dateTime';
import { useHasRight } from '../../auth/useHasRight';
import { useRecordParts } from '../useRecordParts';
import type { FeedbackFieldsFragment } from '../feedback/feedback.generated';
import { ProjectDocument, type ProjectDetailFragment } from './projects.generated';
import { ClientNameLink } from '../ClientNameLink';
import { AnswerFeedbackDialog } from '../feedback/AnswerFeedbackDialog';
import { FeedbackCard } from '../feedback/FeedbackCard';
import { HistoryTimeline } from '../HistoryTimeline';
import { ConversationSection } from '../messages/ConversationSection';
import { ProjectStatusBadge } from '../StatusBadges';
import { useWorkFormat } from '../useWorkFormat';
import { BackLink, RelatedRecordLink, WorkDetailHeader, WorkDetailStates, WorkFacts, WorkSection } from '../WorkDetailLayout';
import { quotePath, requestPath } from '../workPaths';
import { projectStatusLabel } from '../workStatus';
import { ChangeProjectStatusDialog } from './ChangeProjectStatusDialog';
import { ProjectDetailsForm } from './ProjectDetailsForm';
import { ProjectFilesSection } from './ProjectFilesSection';

/**
 * A project (`/projects/:projectId`): summary with where it came from, its fields (editable with
 * the right), status changes, files, the client's reviews and feedback, and its timeline.
 */
export function ProjectDetailPage() {
  const { t } = useTranslation();
  const { projectId = '' } = useParams();
  const parts = useRecordParts();
  const { data, error, refetch } = useQuery(ProjectDocument, { variables: { id: projectId, ...parts } });
  const back = <BackLink to="/projects" label={t('projects.title')} />;

  return (
    <WorkDetailStates
      back={back}
      loaded={data !== undefined}
      error={error}
      texts={{
        loading: t('projects.detail.loading'),
        loadFailed: t('projects.detail.loadFailed'),
        notFound: t('projects.detail.notFound'),
        notFoundText: t('projects.detail.notFoundText'),
      }}
      onRetry={() => void refetch()}
    >
      {data && <ProjectDetail project={data.project} back={back} refetch={async () => (await refetch()).data?.project ?? null} />}
    </WorkDetailStates>
  );
}

interface ProjectDetailProps {
  project: ProjectDetailFragment;
  back: ReactNode;
  refetch: () => Promise<ProjectDetailFragment | null>;
}

function ProjectDetail({ project, back, refetch }: ProjectDetailProps) {
  const { t } = useTranslation();
  const format = useWorkFormat();
  const mayEdit = useHasRight('PROJECTS:EDIT');
  const mayOpenRequests = useHasRight('CLIENT_REQUESTS:BROWSE');
  const mayOpenQuotes = useHasRight('QUOTES:BROWSE');
  const [statusOpened, statusDialog] = useDisclosure(false);
  const [answering, setAnswering] = useState<FeedbackFieldsFragment | null>(null);

  const facts: { label: string; value: ReactNode }[] = [
    { label: t('work.fields.client'), value: <ClientNameLink clientId={project.clientId} clientName={project.clientName} /> },
    { label: t('work.fields.status'), value: <ProjectStatusBadge status={project.status} /> },
    { label: t('work.fields.languages'), value: format.languagePair(project.sourceLanguage, project.targetLanguages) },
    { label: t('projects.fields.totalCost'), value: format.money(project.totalCost) },
    { label: t('projects.fields.orderedAt'), value: formatDateTime(project.orderedAt) },
    { label: t('work.fields.deadline'), value: formatDateTime(project.deadline) },
    {
      label: t('projects.fields.deliveredAt'),
      value: project.deliveredAt ? formatDateTime(project.deliveredAt) : t('projects.fields.notDelivered'),
    },
  ];
  if (project.requestId) {
    facts.push({
      label: t('projects.fields.fromRequest'),
      value: (
        <RelatedRecordLink
          to={requestPath(project.requestId)}
          label={t('projects.fields.openRequest')}
          mayOpen={mayOpenRequests}
          fallback={t('projects.fields.fromRequestYes')}
        />
      ),
    });
  }
  if (project.quoteId) {
    facts.push({
      label: t('projects.fields.fromQuote'),
      value: (
        <RelatedRecordLink
          to={quotePath(project.quoteId)}
          label={t('projects.fields.openQuote')}
          mayOpen={mayOpenQuotes}
          fallback={t('projects.fields.fromQuoteYes')}
        />
      ),
    });
  }

  return (
    <Stack gap="md" maw={1080}>
      {back}
      <WorkDetailHeader
        title={t('projects.detail.title', { number: project.number, name: project.name })}
        statusBadge={<ProjectStatusBadge status={project.status} />}
        lastSaved={t('projects.detail.lastSaved', { date: formatDateTime(project.updatedAt) })}
        action={mayEdit && <Button onClick={statusDialog.open}>{t('projects.changeStatus.open')}</Button>}
      />

      <WorkSection title={t('projects.detail.summary')}>
        <WorkFacts facts={facts} />
      </WorkSection>

      <WorkSection title={t('projects.detail.details')}>
        {!mayEdit && (
          <Text size="sm" c="dimmed">
            {t('projects.detail.readOnly')}
          </Text>
        )}
        <ProjectDetailsForm project={project} refetch={refetch} readOnly={!mayEdit} />
      </WorkSection>

      {project.files && <ProjectFilesSection projectId={project.id} zipUrl={project.filesZipUrl} files={project.files} refetch={refetch} />}

      <WorkSection title={t('projects.detail.clientResponse')}>
        <Stack gap="md">
          <Title order={4} size="h5">
            {t('projects.detail.reviews')}
          </Title>
          {project.reviews.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('projects.detail.noReviews')}
            </Text>
          ) : (
            project.reviews.map((review) => (
              <Stack key={review.id} gap={2}>
                <Text size="xs" c="dimmed">
                  {t('projects.detail.reviewByAt', { name: review.sentBy, date: formatDateTime(review.createdAt) })}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {review.comments}
                </Text>
              </Stack>
            ))
          )}
          {project.feedback !== undefined && (
            <>
              <Title order={4} size="h5">
                {t('projects.detail.feedback')}
              </Title>
              {project.feedback ? (
                <FeedbackCard feedback={project.feedback} onAnswer={setAnswering} showProject={false} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('projects.detail.noFeedback')}
                </Text>
              )}
            </>
          )}
        </Stack>
      </WorkSection>

      <ConversationSection recordType="PROJECT" recordId={project.id} />

      <WorkSection title={t('work.history.title')}>
        <HistoryTimeline entries={project.history} statusLabel={(status) => projectStatusLabel(status, t)} />
      </WorkSection>

      {mayEdit && <ChangeProjectStatusDialog project={project} opened={statusOpened} onClose={statusDialog.close} refetch={refetch} />}
      <AnswerFeedbackDialog feedback={answering} onClose={() => setAnswering(null)} />
    </Stack>
  );
}
