import { useQuery } from '@apollo/client/react';
import { Anchor, Grid, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage';
import { ConversationSection } from '../messages/ConversationSection';
import { FilesByRole } from '../files/FilesByRole';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { MyProjectDocument, type ProjectStatus } from '../gql/graphql';
import { useClientMay } from '../session/clientRights';
import { DetailsList } from '../work/DetailsList';
import { HistoryTimeline } from '../work/HistoryTimeline';
import { PageHeader } from '../work/PageHeader';
import { isNotFound, LoadError, LoadingState } from '../work/QueryStates';
import { SectionCard } from '../work/SectionCard';
import { ServiceList } from '../work/ServiceList';
import { ProjectStatusBadge } from '../work/StatusBadges';
import { useLanguageNames } from '../work/useLanguageNames';
import { ProjectFeedbackSection } from './ProjectFeedbackSection';
import { ProjectReviewSection } from './ProjectReviewSection';
import { projectStatuses } from './ProjectsPage';

const isProjectStatus = (status: string): status is ProjectStatus => (projectStatuses as readonly string[]).includes(status);

/**
 * One project: its facts, the status timeline, its files by role (Files Browse), the client's
 * feedback (Feedback Browse / Add) and sending the translation back for review (Projects Edit).
 */
export function ProjectPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation();
  const mayMessage = useClientMay('MESSAGES', 'BROWSE');
  const formatter = useClientFormatter();
  const languages = useLanguageNames();
  const withFiles = useClientMay('FILES', 'BROWSE');
  const withFeedback = useClientMay('FEEDBACK', 'BROWSE');
  const mayOpenQuotes = useClientMay('QUOTES', 'DISPLAY');
  const mayOpenRequests = useClientMay('REQUESTS', 'DISPLAY');
  const { data, error, refetch } = useQuery(MyProjectDocument, {
    variables: { id: projectId, withFiles, withFeedback },
    fetchPolicy: 'cache-and-network',
  });
  const back = { to: '/projects', label: t('projects.backToList') };

  if (!data) {
    if (error && isNotFound(error)) return <NotFoundPage />;
    return (
      <Stack gap="lg">
        <PageHeader title={t('projects.title')} back={back} />
        {error ? <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} /> : <LoadingState />}
      </Stack>
    );
  }

  const project = data.myProject;
  const notSet = t('list.notSet');
  const details = [
    { label: t('projects.fields.number'), value: project.number },
    { label: t('projects.fields.status'), value: <ProjectStatusBadge status={project.status} /> },
    { label: t('projects.fields.services'), value: <ServiceList services={project.services} /> },
    { label: t('projects.fields.sourceLanguage'), value: languages.name(project.sourceLanguage) },
    { label: t('projects.fields.targetLanguages'), value: languages.list(project.targetLanguages) },
    { label: t('projects.fields.orderedAt'), value: formatter.dateTime(project.orderedAt) },
    { label: t('projects.fields.deadline'), value: formatter.dateTime(project.deadline) },
    { label: t('projects.fields.deliveredAt'), value: project.deliveredAt ? formatter.dateTime(project.deliveredAt) : notSet },
    {
      label: t('projects.fields.totalCost'),
      value: (
        <Text fw={600} span>
          {formatter.money(project.totalCost)}
        </Text>
      ),
    },
  ];

  return (
    <Stack gap="lg">
      <PageHeader
        title={project.name}
        back={back}
        subtitle={
          <Group gap="xs">
            <Text c="dimmed" fw={500}>
              {project.number}
            </Text>
            <ProjectStatusBadge status={project.status} />
          </Group>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <SectionCard id="project-details" title={t('projects.detailsTitle')}>
              <DetailsList details={details} />
            </SectionCard>
            <SectionCard id="project-history" title={t('projects.historyTitle')}>
              <HistoryTimeline
                entries={project.history}
                statusLabel={(status) => (isProjectStatus(status) ? t(`projectStatus.${status}`) : status)}
                quoteHref={mayOpenQuotes && project.quoteId ? `/quotes/${project.quoteId}` : null}
                projectHref={null}
              />
              {project.requestId && mayOpenRequests && <RequestOrigin requestId={project.requestId} />}
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            {withFiles && (
              <SectionCard id="project-files" title={t('projects.filesTitle')}>
                <FilesByRole files={project.files ?? []} zipUrl={project.filesZipUrl} />
              </SectionCard>
            )}
            {mayMessage && <ConversationSection recordType="PROJECT" recordId={project.id} />}
            <ProjectReviewSection project={project} />
            <ProjectFeedbackSection project={project} feedback={project.feedback ?? null} feedbackVisible={withFeedback} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** The request this project answers, for a client that may open requests. */
function RequestOrigin({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/requests/${requestId}`} size="sm">
      {t('projects.fromRequest')}
    </Anchor>
  );
}
