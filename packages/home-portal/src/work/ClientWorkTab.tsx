import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../app/graphqlErrors';
import { useHasRight } from '../auth/useHasRight';
import type { ClientOption } from '../clients/ClientSearchSelect';
import { ProjectsDocument } from './projects/projects.generated';
import { QuotesDocument } from './quotes/quotes.generated';
import { ClientRequestsDocument } from './requests/requests.generated';
import { NewProjectDialog } from './projects/NewProjectDialog';
import { ProjectsTable } from './projects/ProjectsTable';
import { NewQuoteDialog } from './quotes/NewQuoteDialog';
import { QuotesTable } from './quotes/QuotesTable';
import { RequestsTable } from './requests/RequestsTable';
import { workListPageSize } from './WorkListStates';
import { projectPath, quotePath, workListPathForClient } from './workPaths';
import { Loading } from '../kit/QueryStates';

/**
 * A client's profile → Work: its newest projects and quotes and its open requests, each in the
 * same page size as the full lists (which share their cache), with "New project" and "New quote"
 * for this client.
 */
export function ClientWorkTab({ client }: { client: ClientOption }) {
  const mayBrowseRequests = useHasRight('CLIENT_REQUESTS:BROWSE');
  const mayBrowseQuotes = useHasRight('QUOTES:BROWSE');
  const mayBrowseProjects = useHasRight('PROJECTS:BROWSE');
  return (
    <Stack gap="lg">
      {mayBrowseRequests && <OpenRequests client={client} />}
      {mayBrowseQuotes && <Quotes client={client} />}
      {mayBrowseProjects && <Projects client={client} />}
    </Stack>
  );
}

interface WorkPartProps {
  title: string;
  action?: ReactNode;
  loaded: boolean;
  error: ErrorLike | undefined;
  count: number;
  emptyText: string;
  /** The full list filtered to this client. */
  listLink: { to: string; label: string };
  children: ReactNode;
}

function WorkPart({ title, action, loaded, error, count, emptyText, listLink, children }: WorkPartProps) {
  const { t } = useTranslation();
  let content: ReactNode;
  if (error && !loaded) {
    content = (
      <Alert color="red" title={t('clientWork.loadFailed')}>
        {errorMessage(error, t)}
      </Alert>
    );
  } else if (!loaded) {
    content = <Loading text={t('app.loading')} py="md" />;
  } else if (count === 0) {
    content = (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  } else {
    content = <Paper withBorder>{children}</Paper>;
  }
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Group justify="space-between" gap="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        {action}
      </Group>
      {content}
      {count > 0 && (
        <Anchor component={Link} to={listLink.to} size="sm">
          {listLink.label}
        </Anchor>
      )}
    </Stack>
  );
}

function OpenRequests({ client }: { client: ClientOption }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(ClientRequestsDocument, {
    variables: { first: workListPageSize, clientId: client.id, status: 'SUBMITTED' },
  });
  const requests = data?.clientRequests ?? [];
  return (
    <WorkPart
      title={t('clientWork.openRequests')}
      loaded={data !== undefined}
      error={error}
      count={requests.length}
      emptyText={t('clientWork.noOpenRequests')}
      listLink={{ to: workListPathForClient('/requests', client), label: t('clientWork.allRequests') }}
    >
      <RequestsTable requests={requests} showClient={false} />
    </WorkPart>
  );
}

function Quotes({ client }: { client: ClientOption }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayCreate = useHasRight('QUOTES:CREATE');
  const [opened, dialog] = useDisclosure(false);
  const { data, error } = useQuery(QuotesDocument, { variables: { first: workListPageSize, clientId: client.id, status: null } });
  const quotes = data?.quotes ?? [];
  return (
    <>
      <WorkPart
        title={t('quotes.title')}
        action={
          mayCreate && (
            <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={dialog.open}>
              {t('quotes.new.open')}
            </Button>
          )
        }
        loaded={data !== undefined}
        error={error}
        count={quotes.length}
        emptyText={t('clientWork.noQuotes')}
        listLink={{ to: workListPathForClient('/quotes', client), label: t('clientWork.allQuotes') }}
      >
        <QuotesTable quotes={quotes} showClient={false} />
      </WorkPart>
      {mayCreate && (
        <NewQuoteDialog
          opened={opened}
          onClose={dialog.close}
          prefill={{ client }}
          onCreated={(quote) => void navigate(quotePath(quote.id))}
        />
      )}
    </>
  );
}

function Projects({ client }: { client: ClientOption }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayCreate = useHasRight('PROJECTS:CREATE');
  const [opened, dialog] = useDisclosure(false);
  const { data, error } = useQuery(ProjectsDocument, {
    variables: { first: workListPageSize, clientId: client.id, status: null, search: null },
  });
  const projects = data?.projects ?? [];
  return (
    <>
      <WorkPart
        title={t('projects.title')}
        action={
          mayCreate && (
            <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={dialog.open}>
              {t('projects.new.open')}
            </Button>
          )
        }
        loaded={data !== undefined}
        error={error}
        count={projects.length}
        emptyText={t('clientWork.noProjects')}
        listLink={{ to: workListPathForClient('/projects', client), label: t('clientWork.allProjects') }}
      >
        <ProjectsTable projects={projects} showClient={false} />
      </WorkPart>
      {mayCreate && (
        <NewProjectDialog
          opened={opened}
          onClose={dialog.close}
          prefill={{ client }}
          onCreated={(project) => void navigate(projectPath(project.id))}
        />
      )}
    </>
  );
}
