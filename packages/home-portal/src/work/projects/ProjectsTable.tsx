import { useTranslation } from 'react-i18next';
import type { ProjectListItemFragment } from './projects.generated';
import { ProjectStatusBadge } from '../StatusBadges';
import { WorkTable } from '../WorkTable';
import { projectPath } from '../workPaths';

export function ProjectsTable({ projects, showClient }: { projects: readonly ProjectListItemFragment[]; showClient?: boolean }) {
  const { t } = useTranslation();
  return (
    <WorkTable
      rows={projects}
      label={t('projects.tableLabel')}
      showClient={showClient}
      path={projectPath}
      status={(project) => <ProjectStatusBadge status={project.status} />}
      date={{ title: t('work.fields.deadline'), of: (project) => project.deadline }}
      amount={{ title: t('projects.fields.totalCost'), of: (project) => project.totalCost }}
    />
  );
}
