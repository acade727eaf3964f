import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../app/dateTime';
import type { ProjectListItemFragment } from '../../gql/graphql';
import { ClientNameLink } from '../ClientNameLink';
import { ProjectStatusBadge } from '../StatusBadges';
import { useWorkFormat } from '../useWorkFormat';
import { projectPath } from '../workPaths';

interface ProjectsTableProps {
  projects: readonly ProjectListItemFragment[];
  /** False where every row is of the same client (its profile). */
  showClient?: boolean;
}

/** One row per project, its number linking to the project; scrolls sideways on a phone. */
export function ProjectsTable({ projects, showClient = true }: ProjectsTableProps) {
  const { t } = useTranslation();
  const format = useWorkFormat();
  return (
    <Table.ScrollContainer minWidth={showClient ? 900 : 760}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('projects.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('work.fields.number')}</Table.Th>
            <Table.Th>{t('work.fields.name')}</Table.Th>
            {showClient && <Table.Th>{t('work.fields.client')}</Table.Th>}
            <Table.Th>{t('work.fields.languages')}</Table.Th>
            <Table.Th>{t('work.fields.status')}</Table.Th>
            <Table.Th>{t('work.fields.deadline')}</Table.Th>
            <Table.Th style={{ textAlign: 'end' }}>{t('projects.fields.totalCost')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {projects.map((project) => (
            <Table.Tr key={project.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={projectPath(project.id)} size="sm" fw={500}>
                  {project.number}
                </Anchor>
              </Table.Td>
              <Table.Td>{project.name}</Table.Td>
              {showClient && (
                <Table.Td>
                  <ClientNameLink clientId={project.clientId} clientName={project.clientName} />
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm">{format.languagePair(project.sourceLanguage, project.targetLanguages)}</Text>
              </Table.Td>
              <Table.Td>
                <ProjectStatusBadge status={project.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(project.deadline)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap', textAlign: 'end' }}>{format.money(project.totalCost)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
