import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { ScoreStars } from '../feedback/ScoreStars';
import { ClientDashboardDocument, type ActiveProjectFieldsFragment } from '../gql/graphql';
import { useClientMay } from '../session/clientRights';
import { LanguagePair } from '../work/LanguagePair';
import { LoadError, LoadingState } from '../work/QueryStates';
import { RequestStatusBadge } from '../work/StatusBadges';
import { AttentionSection } from './AttentionSection';

/** A record's number and name, linking to it when the client may open it. */
function RecordLink({ to, number, name }: { to: string | null; number: string; name: string }) {
  const label = `${number} · ${name}`;
  return to ? (
    <Anchor component={Link} to={to} fw={600} style={{ overflowWrap: 'anywhere' }}>
      {label}
    </Anchor>
  ) : (
    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
      {label}
    </Text>
  );
}

/**
 * What needs the client's attention: work in progress and ready for delivery (coming deadlines
 * highlighted), quotes to decide, recent deliveries, the agency's answers to feedback and open requests. The API leaves out (null) each list the client may not browse.
 */
export function AttentionSections() {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  const mayOpenQuotes = useClientMay('QUOTES', 'DISPLAY');
  const mayOpenProjects = useClientMay('PROJECTS', 'DISPLAY');
  const mayOpenRequests = useClientMay('REQUESTS', 'DISPLAY');
  const mayBrowseFeedback = useClientMay('FEEDBACK', 'BROWSE');
  const { data, error, refetch } = useQuery(ClientDashboardDocument, { fetchPolicy: 'cache-and-network' });

  if (!data) {
    if (error) return <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    return <LoadingState />;
  }
  const { quotesToDecide, recentDeliveries, answeredFeedback, openRequests, inProgress, readyForDelivery } = data.clientDashboard;
  const sections: ReactNode[] = [];
  const activeProject = (project: ActiveProjectFieldsFragment) => (
    <li key={project.id}>
      <RecordLink to={mayOpenProjects ? `/projects/${project.id}` : null} number={project.number} name={project.name} />
      <LanguagePair size="sm" sourceLanguage={project.sourceLanguage} targetLanguages={project.targetLanguages} />
      {project.deadlineSoon ? (
        <Badge color="orange" variant="light" size="md" radius="sm" tt="none">
          {t('dashboard.deadlineSoon', { date: formatter.dateTime(project.deadline) })}
        </Badge>
      ) : (
        <Text size="sm" c="dimmed">
          {t('dashboard.deadlineOn', { date: formatter.dateTime(project.deadline) })}
        </Text>
      )}
    </li>
  );

  if (inProgress) {
    sections.push(
      <AttentionSection
        key="in-progress"
        id="attention-in-progress"
        title={t('dashboard.inProgress')}
        more={{ to: '/projects?status=IN_PROGRESS', label: t('dashboard.allInProgress') }}
        emptyText={t('dashboard.noInProgress')}
        items={inProgress.map(activeProject)}
      />,
    );
  }
  if (readyForDelivery) {
    sections.push(
      <AttentionSection
        key="ready"
        id="attention-ready"
        title={t('dashboard.readyForDelivery')}
        more={{ to: '/projects?status=READY', label: t('dashboard.allReady') }}
        emptyText={t('dashboard.noReadyForDelivery')}
        items={readyForDelivery.map(activeProject)}
      />,
    );
  }

  if (quotesToDecide) {
    sections.push(
      <AttentionSection
        key="quotes"
        id="attention-quotes"
        title={t('dashboard.quotesToDecide')}
        more={{ to: '/quotes', label: t('dashboard.allQuotes') }}
        emptyText={t('dashboard.noQuotesToDecide')}
        items={quotesToDecide.map((quote) => (
          <li key={quote.id}>
            <RecordLink to={mayOpenQuotes ? `/quotes/${quote.id}` : null} number={quote.number} name={quote.name} />
            <Text size="sm" c="dimmed">
              {t('dashboard.quoteSummary', { total: formatter.money(quote.total), date: formatter.date(quote.validUntil) })}
            </Text>
          </li>
        ))}
      />,
    );
  }
  if (recentDeliveries) {
    sections.push(
      <AttentionSection
        key="deliveries"
        id="attention-deliveries"
        title={t('dashboard.recentDeliveries')}
        more={{ to: '/projects?status=DELIVERED', label: t('dashboard.allDeliveries') }}
        emptyText={t('dashboard.noRecentDeliveries')}
        items={recentDeliveries.map((project) => (
          <li key={project.id}>
            <RecordLink to={mayOpenProjects ? `/projects/${project.id}` : null} number={project.number} name={project.name} />
            <LanguagePair size="sm" sourceLanguage={project.sourceLanguage} targetLanguages={project.targetLanguages} />
            {project.deliveredAt && (
              <Text size="sm" c="dimmed">
                {t('dashboard.deliveredOn', { date: formatter.date(project.deliveredAt) })}
              </Text>
            )}
          </li>
        ))}
      />,
    );
  }
  if (answeredFeedback) {
    sections.push(
      <AttentionSection
        key="feedback"
        id="attention-feedback"
        title={t('dashboard.answeredFeedback')}
        more={mayBrowseFeedback ? { to: '/feedback', label: t('dashboard.allFeedback') } : undefined}
        emptyText={t('dashboard.noAnsweredFeedback')}
        items={answeredFeedback.map((feedback) => (
          <li key={feedback.id}>
            <Group gap="xs" wrap="wrap">
              <ScoreStars score={feedback.score} />
              <Text size="sm" c="dimmed">
                {t('dashboard.answeredBy', {
                  name: feedback.answeredBy ?? t('feedback.theAgency'),
                  date: feedback.answeredAt ? formatter.date(feedback.answeredAt) : '',
                })}
              </Text>
            </Group>
            <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-line' }}>
              {feedback.answer}
            </Text>
            {mayOpenProjects && (
              <Anchor component={Link} to={`/projects/${feedback.projectId}`} size="sm">
                {t('dashboard.openProject')}
              </Anchor>
            )}
          </li>
        ))}
      />,
    );
  }
  if (openRequests) {
    sections.push(
      <AttentionSection
        key="requests"
        id="attention-requests"
        title={t('dashboard.openRequests')}
        more={{ to: '/requests', label: t('dashboard.allRequests') }}
        emptyText={t('dashboard.noOpenRequests')}
        items={openRequests.map((request) => (
          <li key={request.id}>
            <RecordLink to={mayOpenRequests ? `/requests/${request.id}` : null} number={request.number} name={request.name} />
            <Group gap="xs" wrap="wrap">
              <RequestStatusBadge status={request.status} />
              <Text size="sm" c="dimmed">
                {t('dashboard.requestSummary', { kind: t(`requestKind.${request.kind}`), date: formatter.date(request.submittedAt) })}
              </Text>
            </Group>
          </li>
        ))}
      />,
    );
  }

  if (sections.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {sections}
    </SimpleGrid>
  );
}
