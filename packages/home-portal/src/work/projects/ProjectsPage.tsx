import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LazyDialog, preloadOnIntent } from '../../app/LazyDialog';
import { lazyPage, usePreloadWhenIdle } from '../../app/lazyPage';
import { useLoadOlder } from '../../app/newestFirstList';
import { useHasRight } from '../../auth/useHasRight';
import { DebouncedSearchInput } from '../../forms/DebouncedSearchInput';
import type { ProjectStatus } from '../../gql/graphql';
import { ProjectsDocument, type ProjectsQueryVariables } from './projects.generated';
import { LoadMoreFooter } from '../../kit/LoadMoreFooter';
import { isRefreshing, QueryStates } from '../../kit/QueryStates';
import { useWorkListParams, type WorkListParams } from '../useWorkListParams';
import { WorkClientFilter, WorkFilters, WorkStatusFilter } from '../WorkFilters';
import { workListPageSize } from '../WorkListStates';
import { projectPath } from '../workPaths';
import { isProjectStatus, projectStatuses } from '../workStatus';
import { ProjectsTable } from './ProjectsTable';

/** The form arrives after the list: when the browser is idle, or as the button is pointed at. */
const newProjectDialog = lazyPage(() => import('./NewProjectDialog'), 'NewProjectDialog');

/** The variables of the Projects query for what the list shows. */
export function projectsQueryVariables(params: WorkListParams<ProjectStatus>): ProjectsQueryVariables {
  return { first: workListPageSize, clientId: params.client?.id ?? null, status: params.status, search: params.search.trim() || null };
}

/** Projects of every client (`/projects`), newest first, filtered by status, client and name or number. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayCreate = useHasRight('PROJECTS:CREATE');
  const [newOpened, newDialog] = useDisclosure(false);
  usePreloadWhenIdle(useMemo(() => (mayCreate ? [newProjectDialog] : []), [mayCreate]));
  const [params, updateParams] = useWorkListParams({ isStatus: isProjectStatus });
  const variables = projectsQueryVariables(params);
  const { data, previousData, error, networkStatus, refetch, fetchMore } = useQuery(ProjectsDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  // While a new filter loads, the previous rows stay under an overlay.
  const projects = (data ?? previousData)?.projects;
  const paging = useLoadOlder({
    items: projects ?? [],
    pageSize: workListPageSize,
    listKey: JSON.stringify(variables),
    fetchOlder: async (before) => (await fetchMore({ variables: { before } })).data?.projects.length ?? 0,
  });
  const filtered = params.status !== null || params.client !== null || params.search.trim() !== '';

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Title order={2}>{t('projects.title')}</Title>
        {mayCreate && (
          <Button
            leftSection={<IconPlus size={16} stroke={1.8} aria-hidden />}
            onClick={newDialog.open}
            {...preloadOnIntent(newProjectDialog)}
          >
            {t('projects.new.open')}
          </Button>
        )}
      </Group>
      <WorkFilters label={t('projects.filters')}>
        <DebouncedSearchInput
          label={t('projects.searchLabel')}
          placeholder={t('projects.searchPlaceholder')}
          clearLabel={t('projects.clearSearch')}
          search={params.search}
          onSearchChange={(search) => updateParams({ search })}
        />
        <WorkStatusFilter
          value={params.status}
          statuses={projectStatuses}
          statusLabel={(status) => t(`projects.status.${status}`)}
          isStatus={isProjectStatus}
          onChange={(status) => updateParams({ status })}
        />
        <WorkClientFilter value={params.client} onChange={(client) => updateParams({ client })} />
      </WorkFilters>
      <QueryStates
        loaded={projects !== undefined}
        error={error}
        empty={projects?.length === 0}
        filtered={filtered}
        refreshing={isRefreshing(networkStatus)}
        texts={{
          loading: t('projects.loading'),
          loadFailed: t('projects.loadFailed'),
          empty: t('projects.empty'),
          noMatch: t('projects.noMatch'),
        }}
        onRetry={() => void refetch()}
        onClearFilters={() => updateParams({ status: null, client: null, search: '' })}
        footer={<LoadMoreFooter paging={paging} count={projects?.length ?? 0} />}
      >
        <ProjectsTable projects={projects ?? []} />
      </QueryStates>
      {mayCreate && (
        <LazyDialog
          dialog={newProjectDialog}
          props={{
            opened: newOpened,
            onClose: newDialog.close,
            onCreated: (project) => {
              newDialog.close();
              void navigate(projectPath(project.id));
            },
          }}
        />
      )}
    </Stack>
  );
}
