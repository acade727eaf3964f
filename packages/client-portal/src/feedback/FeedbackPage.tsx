import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMessageStar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FeedbackProjectNamesDocument, MyFeedbackDocument } from '../gql/graphql';
import { useClientMay } from '../session/clientRights';
import { PageHeader } from '../work/PageHeader';
import { EmptyList, LoadError, LoadingState } from '../work/QueryStates';
import { FeedbackCard } from './FeedbackCard';

/** Feedback: everything the client rated, complaints marked, with the agency's answers. */
export function FeedbackPage() {
  const { t } = useTranslation();
  const mayBrowseProjects = useClientMay('PROJECTS', 'BROWSE');
  const mayOpenProjects = useClientMay('PROJECTS', 'DISPLAY');
  const { data, error, refetch } = useQuery(MyFeedbackDocument, { fetchPolicy: 'cache-and-network' });
  // Feedback names only its project's id: the project list gives number and name, where the client may browse it.
  const { data: projectData } = useQuery(FeedbackProjectNamesDocument, { skip: !mayBrowseProjects, fetchPolicy: 'cache-and-network' });
  const projects = new Map((projectData?.myProjects ?? []).map((project) => [project.id, project]));

  return (
    <Stack gap="lg">
      <PageHeader title={t('feedback.title')} subtitle={<Text c="dimmed">{t('feedback.intro')}</Text>} />
      {!data ? (
        error ? (
          <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <LoadingState />
        )
      ) : data.myFeedback.length === 0 ? (
        <EmptyList icon={<IconMessageStar size={28} aria-hidden />} title={t('feedback.emptyTitle')} text={t('feedback.emptyText')} />
      ) : (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('feedback.title')}>
          {data.myFeedback.map((feedback) => {
            const project = projects.get(feedback.projectId);
            const label = project ? `${project.number} · ${project.name}` : t('feedback.aboutProject');
            return (
              <Paper
                component="li"
                key={feedback.id}
                withBorder
                p={{ base: 'md', sm: 'lg' }}
                style={feedback.isComplaint ? { borderLeft: '4px solid var(--mantine-color-red-9)' } : undefined}
              >
                <FeedbackCard
                  feedback={feedback}
                  heading={
                    <Title order={2} fz="md">
                      {mayOpenProjects ? (
                        <Anchor component={Link} to={`/projects/${feedback.projectId}`} inherit>
                          {label}
                        </Anchor>
                      ) : (
                        label
                      )}
                    </Title>
                  }
                />
              </Paper>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
