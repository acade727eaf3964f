import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconFolder } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { MyProjectsDocument, type ProjectListFieldsFragment, type ProjectStatus } from '../gql/graphql';
import { useClientMay } from '../session/clientRights';
import { LanguagePair } from '../work/LanguagePair';
import { ListFilterBar, NoMatches } from '../work/ListFilterBar';
import { LoadMore, PAGE_SIZE } from '../work/LoadMore';
import { PageHeader } from '../work/PageHeader';
import { EmptyList, LoadError, LoadingState } from '../work/QueryStates';
import { ProjectStatusBadge } from '../work/StatusBadges';
import { TableScroll } from '../work/TableScroll';
import { useCompactLayout } from '../work/useCompactLayout';
import { useListFilters } from '../work/useListFilters';

export const projectStatuses: readonly ProjectStatus[] = ['REQUESTED', 'IN_PROGRESS', 'READY', 'DELIVERED', 'CLOSED', 'CANCELLED'];

/** Projects: the client's projects, newest first, filtered by status and searched by name or number. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const filters = useListFilters(projectStatuses);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(MyProjectsDocument, {
    variables: { status: filters.choice, search: filters.search, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const projects = (data ?? previousData)?.myProjects;

  const loadMore = async () => {
    const last = projects?.at(-1);
    if (!last) return 0;
    const result = await fetchMore({
      variables: { before: last.id },
      updateQuery: (previous, { fetchMoreResult }) => ({ myProjects: [...previous.myProjects, ...fetchMoreResult.myProjects] }),
    });
    return result.data?.myProjects.length ?? 0;
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('projects.title')} />
      <ListFilterBar
        filters={filters}
        choices={projectStatuses}
        choiceLabel={(status) => t(`projectStatus.${status}`)}
        labels={{
          status: t('projects.statusFilter'),
          allStatuses: t('projects.allStatuses'),
          search: t('projects.search'),
          searchPlaceholder: t('projects.searchPlaceholder'),
        }}
        searching={loading && projects !== undefined}
      />

      {!projects ? (
        error ? (
          <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <LoadingState />
        )
      ) : projects.length === 0 ? (
        filters.filtered ? (
          <NoMatches title={t('projects.noMatchTitle')} text={t('projects.noMatchText')} onClear={filters.clear} />
        ) : (
          <EmptyList icon={<IconFolder size={28} aria-hidden />} title={t('projects.emptyTitle')} text={t('projects.emptyText')} />
        )
      ) : (
        <>
          {error && <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />}
          <ProjectList key={`${filters.choice ?? ''}:${filters.search ?? ''}`} projects={projects} />
          <LoadMore key={`more:${filters.choice ?? ''}:${filters.search ?? ''}`} loaded={projects.length} onLoadMore={loadMore} />
        </>
      )}
    </Stack>
  );
}

function ProjectList({ projects }: { projects: readonly ProjectListFieldsFragment[] }) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  const compact = useCompactLayout();
  const mayOpen = useClientMay('PROJECTS', 'DISPLAY');

  const numberCell = (project: ProjectListFieldsFragment) =>
    mayOpen ? (
      <Anchor component={Link} to={`/projects/${project.id}`} fw={600} style={{ whiteSpace: 'nowrap' }}>
        {project.number}
      </Anchor>
    ) : (
      <Text fw={600} span style={{ whiteSpace: 'nowrap' }}>
        {project.number}
      </Text>
    );

  if (compact) {
    return (
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('projects.title')}>
        {projects.map((project) => (
          <Paper component="li" key={project.id} withBorder p="sm">
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              {numberCell(project)}
              <ProjectStatusBadge status={project.status} />
            </Group>
            <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
              {project.name}
            </Text>
            <LanguagePair size="sm" c="dimmed" sourceLanguage={project.sourceLanguage} targetLanguages={project.targetLanguages} />
            <Group justify="space-between" gap="xs" mt={4}>
              <Text size="sm">{t('projects.deadlineOn', { date: formatter.dateTime(project.deadline) })}</Text>
              <Text size="sm" fw={600}>
                {formatter.money(project.totalCost)}
              </Text>
            </Group>
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <TableScroll minWidth={760} label={t('projects.title')}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('projects.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('projects.columns.number')}</Table.Th>
            <Table.Th scope="col">{t('projects.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('projects.columns.languages')}</Table.Th>
            <Table.Th scope="col">{t('projects.columns.deadline')}</Table.Th>
            <Table.Th scope="col">{t('projects.columns.status')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('projects.columns.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {projects.map((project) => (
            <Table.Tr key={project.id}>
              <Table.Td>{numberCell(project)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{project.name}</Table.Td>
              <Table.Td>
                <LanguagePair size="sm" sourceLanguage={project.sourceLanguage} targetLanguages={project.targetLanguages} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatter.dateTime(project.deadline)}</Table.Td>
              <Table.Td>
                <ProjectStatusBadge status={project.status} />
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatter.money(project.totalCost)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
