import { ClientGroupDeletionRefusal } from '@portico/domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Alert, Anchor, Badge, Button, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconDots, IconEye, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/graphqlErrors';
import { useHasRight } from '../../auth/useHasRight';
import { ConfirmDialog } from '../../forms/ConfirmDialog';
import { apiErrors, asErrorLike } from '../../forms/serverErrors';
import { ClientGroupsDocument, DeleteClientGroupDocument, type ClientGroupFieldsFragment } from './clientGroups.generated';
import { QueryStates } from '../../kit/QueryStates';
import { ResponsiveTable } from '../../kit/ResponsiveTable';
import { countRights } from '../RightsMatrix';
import { clientGroupMatrix } from './clientGroupRights';
import { ClientGroupDialog, clientGroupValues, type ClientGroupDialogMode, type ClientGroupValues } from './ClientGroupDialog';

type DialogState = { kind: 'add'; prefill: ClientGroupValues | null } | { kind: 'edit'; groupId: string };

/** Portals → Client Groups and Rights: the groups with their Client Portal access and rights; add, edit, duplicate, delete. */
export function ClientGroupsPage() {
  const { t } = useTranslation();
  const mayCreate = useHasRight('CLIENT_GROUPS:CREATE');
  const mayEdit = useHasRight('CLIENT_GROUPS:EDIT');
  const mayDelete = useHasRight('CLIENT_GROUPS:DELETE');
  const { data, error, refetch } = useQuery(ClientGroupsDocument);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [deleting, setDeleting] = useState<ClientGroupFieldsFragment | null>(null);
  const [deleteGroup] = useMutation(DeleteClientGroupDocument);

  const groups = data?.clientGroups ?? [];
  let dialogMode: ClientGroupDialogMode | null = null;
  if (dialog?.kind === 'add') dialogMode = dialog;
  if (dialog?.kind === 'edit') {
    const group = groups.find((candidate) => candidate.id === dialog.groupId);
    if (group) dialogMode = { kind: 'edit', group };
  }

  const duplicate = (group: ClientGroupFieldsFragment) => {
    const values = clientGroupValues(group, t);
    setDialog({ kind: 'add', prefill: { ...values, name: t('clientGroups.copyOf', { name: group.name }) } });
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    await deleteGroup({
      variables: { id: deleting.id },
      update(cache) {
        cache.evict({ id: cache.identify({ __typename: 'ClientGroup', id: deleting.id }) });
        cache.gc();
      },
    });
    notifications.show({ color: 'green', message: t('clientGroups.deleted', { name: deleting.name }) });
  };

  // A group clients still use says so before anyone presses Delete: how many, and where to find them.
  const inUseNotice = (group: ClientGroupFieldsFragment, count: number) => (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('clientGroups.inUse', { count, name: group.name })}
      </Text>
      <Text size="sm">{t('clientGroups.inUseHelp')}</Text>
      <Anchor component={Link} to={groupClientsPath(group.id)} size="sm">
        {t('clientGroups.showClients', { count })}
      </Anchor>
    </Stack>
  );

  const describeDeleteError = (failure: unknown): ReactNode => {
    const inUse = apiErrors(asErrorLike(failure)).find((candidate) => candidate.reason === ClientGroupDeletionRefusal.GROUP_IN_USE);
    if (!inUse || !deleting) return errorMessage(asErrorLike(failure), t);
    const count = typeof inUse.extensions.clientCount === 'number' ? inUse.extensions.clientCount : 0;
    return inUseNotice(deleting, count);
  };

  const startDeleting = (group: ClientGroupFieldsFragment) => {
    setDeleting(group);
    // The count may have changed since the list was read.
    void refetch();
  };
  const deletingNow = deleting ? (groups.find((group) => group.id === deleting.id) ?? deleting) : null;

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {t('nav.configuration')} · {t('nav.portals')}
          </Text>
          <Title order={2}>{t('clientGroups.title')}</Title>
        </Stack>
        {mayCreate && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'add', prefill: null })}>
            {t('clientGroups.add')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" maw={760}>
        {t('clientGroups.intro')}
      </Text>
      <QueryStates
        loaded={data !== undefined}
        error={error}
        empty={groups.length === 0}
        texts={{ loading: t('clientGroups.loading'), loadFailed: t('clientGroups.loadFailed'), empty: t('clientGroups.empty') }}
        onRetry={() => void refetch()}
      >
        <ResponsiveTable
          label={t('clientGroups.title')}
          rows={groups}
          rowKey={(group) => group.id}
          minWidth={640}
          actions={{
            header: t('common.actions'),
            cell: (group) => (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('clientGroups.actionsFor', { name: group.name })}>
                    <IconDots size={18} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    leftSection={mayEdit ? <IconPencil size={16} aria-hidden /> : <IconEye size={16} aria-hidden />}
                    onClick={() => setDialog({ kind: 'edit', groupId: group.id })}
                  >
                    {mayEdit ? t('common.edit') : t('common.view')}
                  </Menu.Item>
                  {mayCreate && (
                    <Menu.Item leftSection={<IconCopy size={16} aria-hidden />} onClick={() => duplicate(group)}>
                      {t('clientGroups.duplicate')}
                    </Menu.Item>
                  )}
                  {mayDelete && !group.builtIn && (
                    <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => startDeleting(group)}>
                      {t('common.delete')}
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            ),
          }}
          columns={[
            {
              header: t('clientGroups.name'),
              card: 'title',
              cell: (group) => (
                <Group gap="xs" wrap="wrap">
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    fw={500}
                    onClick={() => setDialog({ kind: 'edit', groupId: group.id })}
                  >
                    {group.name}
                  </Anchor>
                  {group.statusGroupFor && (
                    <Badge variant="light" color="gray" size="sm">
                      {t('clientGroups.statusGroupBadge', { status: t(`clients.status.${group.statusGroupFor}`) })}
                    </Badge>
                  )}
                </Group>
              ),
            },
            {
              header: t('clientGroups.accessAllowed'),
              card: 'badge',
              cell: (group) => (
                <Badge variant="dot" color={group.accessAllowed ? 'green' : 'red'}>
                  {group.accessAllowed ? t('clientGroups.accessYes') : t('clientGroups.accessNo')}
                </Badge>
              ),
            },
            {
              header: t('clientGroups.rightsColumn'),
              cell: (group) => (
                <Text size="sm">{t('clientGroups.rightsCount', { count: countRights(clientGroupMatrix(group.rights, t)) })}</Text>
              ),
            },
            {
              header: t('clientGroups.clientsColumn'),
              cell: (group) => <GroupClients group={group} />,
            },
          ]}
        />
      </QueryStates>
      <ClientGroupDialog
        mode={dialogMode}
        mayEdit={mayEdit}
        onClose={() => setDialog(null)}
        refetchGroup={async (id) => (await refetch()).data?.clientGroups.find((group) => group.id === id) ?? null}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('clientGroups.deleteTitle')}
        message={
          deletingNow && deletingNow.clientCount > 0 ? (
            <Alert color="orange" variant="light" title={t('clientGroups.cannotDeleteYet')}>
              {inUseNotice(deletingNow, deletingNow.clientCount)}
            </Alert>
          ) : deletingNow ? (
            t('clientGroups.deleteMessage', { name: deletingNow.name })
          ) : (
            ''
          )
        }
        confirmDisabled={(deletingNow?.clientCount ?? 0) > 0}
        confirmLabel={t('common.delete')}
        failureTitle={t('clientGroups.deleteFailed')}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
        describeError={describeDeleteError}
      />
    </Stack>
  );
}

/** The clients list filtered by the group. */
function groupClientsPath(groupId: string): string {
  return `/clients?group=${encodeURIComponent(groupId)}`;
}

/** How many clients have the group chosen, linking to them; a status group's clients are those of its status. */
function GroupClients({ group }: { group: ClientGroupFieldsFragment }) {
  const { t } = useTranslation();
  if (group.builtIn) {
    return (
      <Anchor component={Link} to={groupClientsPath(group.id)} size="sm">
        {t('clientGroups.clientsByStatus')}
      </Anchor>
    );
  }
  if (group.clientCount === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('clientGroups.noClients')}
      </Text>
    );
  }
  return (
    <Anchor component={Link} to={groupClientsPath(group.id)} size="sm">
      {t('clientGroups.clientCount', { count: group.clientCount })}
    </Anchor>
  );
}
