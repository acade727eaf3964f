import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Box, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useMatch, useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../app/dateTime';
import { lazyPage, PageLoading, usePreloadWhenIdle } from '../../app/lazyPage';
import { useHasAnyRight, useHasRight } from '../../auth/useHasRight';
import { notifications } from '@mantine/notifications';
import { ClientProfileDocument, UpdateClientIdentificationDocument } from './clientProfile.generated';
import { errorMessage } from '../../app/graphqlErrors';
import { asErrorLike } from '../../forms/serverErrors';
import { identificationInput, identificationValues } from '../clientIdentification';
import { DeleteClientButton } from './DeleteClientButton';
import { LoadFailed, Loading } from '../../kit/QueryStates';
import { clientProfilePath, clientWorkPath, isMainDataSubtab } from '../clientPaths';
import { ClientStatusBadge } from '../ClientStatusBadge';
import { IdentificationDataTab } from '../identification/IdentificationDataTab';
import { SystemAccountTab } from '../system-account/SystemAccountTab';

/**
 * A client's profile: the "Main Data" tab with its Identification Data and System Account subtabs,
 * each in the address (`/clients/:clientId/main-data/system-account`), and the "Work" tab
 * (`/clients/:clientId/work`) with the client's projects, quotes and open requests. The Main Data
 * subtabs stay mounted, so switching between tabs keeps what was typed.
 */
/** The tabs shown only while open: their code arrives when the browser is idle, or when they are opened first. */
const clientHistoryTab = lazyPage(() => import('./ClientHistoryTab'), 'ClientHistoryTab');
const clientWorkTab = lazyPage(() => import('../../work/ClientWorkTab'), 'ClientWorkTab');

export function ClientProfilePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { clientId = '', subtab } = useParams();
  const mayEdit = useHasRight('CLIENTS:EDIT');
  const mayDelete = useHasRight('CLIENTS:DELETE');
  const [saveIdentification] = useMutation(UpdateClientIdentificationDocument);
  const maySeeWork = useHasAnyRight('PROJECTS:BROWSE', 'QUOTES:BROWSE', 'CLIENT_REQUESTS:BROWSE');
  const onWorkTab = useMatch('/clients/:clientId/work') !== null;
  const { data, error, refetch } = useQuery(ClientProfileDocument, { variables: { id: clientId } });
  usePreloadWhenIdle(useMemo(() => (maySeeWork ? [clientHistoryTab, clientWorkTab] : [clientHistoryTab]), [maySeeWork]));

  if (onWorkTab ? !maySeeWork : !isMainDataSubtab(subtab)) return <Navigate to={clientProfilePath(clientId)} replace />;

  const backLink = (
    <Anchor component={Link} to="/clients" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('clientProfile.backToClients')}
      </Group>
    </Anchor>
  );

  if (error && !data) {
    return (
      <Stack gap="md" align="flex-start">
        {backLink}
        <Box w="100%" maw={640}>
          <LoadFailed
            title={t('clientProfile.loadFailed')}
            error={error}
            onRetry={() => void refetch()}
            notFound={{ title: t('clientProfile.notFound'), text: t('clientProfile.notFoundText') }}
          />
        </Box>
      </Stack>
    );
  }

  if (!data) return <Loading text={t('clientProfile.loading')} />;

  const client = data.client;
  const refetchClient = async () => (await refetch()).data?.client ?? null;
  const readOnly = !mayEdit;

  /** The alternative to deleting a client with work: keep it, Inactive (it can no longer sign in through its status). */
  const setInactive = async () => {
    try {
      await saveIdentification({
        variables: {
          input: {
            id: client.id,
            version: client.version,
            ...identificationInput({ ...identificationValues(client), status: 'INACTIVE' }),
          },
        },
        update: (cache) => cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' }),
      });
      notifications.show({ color: 'green', message: t('deleteClient.setInactiveDone', { name: client.name }) });
    } catch (failure) {
      notifications.show({ color: 'red', title: t('deleteClient.setInactiveFailed'), message: errorMessage(asErrorLike(failure), t) });
    }
  };

  return (
    <Stack gap="md">
      {backLink}
      <Stack gap={4}>
        <Group gap="sm" wrap="wrap" justify="space-between">
          <Group gap="sm" wrap="wrap">
            <Title order={2}>{client.name}</Title>
            <ClientStatusBadge status={client.status} />
          </Group>
          {mayDelete && <DeleteClientButton client={client} onSetInactive={() => void setInactive()} />}
        </Group>
        <Text size="sm" c="dimmed">
          {t('clientProfile.idLine', { id: client.username })}
          {client.updatedBy
            ? ` · ${t('clientProfile.lastSavedBy', { name: client.updatedBy, date: formatDateTime(client.updatedAt) })}`
            : ` · ${t('clientProfile.lastSaved', { date: formatDateTime(client.updatedAt) })}`}
        </Text>
        {readOnly && (
          <Text size="sm" c="dimmed">
            {t('clientProfile.readOnly')}
          </Text>
        )}
      </Stack>

      <Tabs
        value={onWorkTab ? 'work' : 'main-data'}
        keepMounted
        onChange={(value) => void navigate(value === 'work' ? clientWorkPath(client.id) : clientProfilePath(client.id))}
      >
        <Tabs.List>
          <Tabs.Tab value="main-data">{t('clientProfile.mainData')}</Tabs.Tab>
          {maySeeWork && <Tabs.Tab value="work">{t('clientProfile.work')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="main-data" pt="md">
          <Tabs
            variant="pills"
            value={onWorkTab ? 'identification' : subtab}
            keepMounted
            onChange={(value) => {
              const next = value ?? undefined;
              if (isMainDataSubtab(next)) void navigate(clientProfilePath(client.id, next));
            }}
          >
            <Tabs.List mb="md">
              <Tabs.Tab value="identification">{t('clientProfile.identificationData')}</Tabs.Tab>
              <Tabs.Tab value="system-account">{t('clientProfile.systemAccount')}</Tabs.Tab>
              <Tabs.Tab value="history">{t('clientProfile.history')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="identification">
              <IdentificationDataTab client={client} refetch={refetchClient} readOnly={readOnly} />
            </Tabs.Panel>
            <Tabs.Panel value="system-account">
              <SystemAccountTab client={client} refetch={refetchClient} readOnly={readOnly} />
            </Tabs.Panel>
            <Tabs.Panel value="history">
              {/* Only while shown: it loads when opened, and again on every visit. */}
              {!onWorkTab && subtab === 'history' && (
                <Suspense fallback={<PageLoading />}>
                  <clientHistoryTab.Page clientId={client.id} />
                </Suspense>
              )}
            </Tabs.Panel>
          </Tabs>
        </Tabs.Panel>
        {maySeeWork && (
          <Tabs.Panel value="work" pt="md">
            {/* Only while shown: its lists load when the tab is opened. */}
            {onWorkTab && (
              <Suspense fallback={<PageLoading />}>
                <clientWorkTab.Page
                  client={{ id: client.id, label: t('clientSearch.option', { username: client.username, name: client.name }) }}
                />
              </Suspense>
            )}
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
