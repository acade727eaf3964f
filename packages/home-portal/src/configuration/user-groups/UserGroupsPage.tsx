import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Anchor, Badge, Button, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconEye, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasRight } from '../../auth/useHasRight';
import { ConfirmDialog } from '../../forms/ConfirmDialog';
import { DeleteUserGroupDocument, UserGroupsDocument, type UserGroupFieldsFragment } from './userGroups.generated';
import { QueryStates } from '../../kit/QueryStates';
import { ResponsiveTable } from '../../kit/ResponsiveTable';
import { countRights } from '../RightsMatrix';
import { refusalText } from '../users/managementRefusal';
import { UserGroupDialog, type UserGroupDialogMode } from './UserGroupDialog';
import { specialRights, userGroupMatrix } from './userGroupRights';

type DialogState = { kind: 'add' } | { kind: 'edit'; groupId: string };

/** User Management → User Groups and Rights: what each group of Home Portal users may do. */
export function UserGroupsPage() {
  const { t } = useTranslation();
  const mayCreate = useHasRight('USER_MANAGEMENT:CREATE');
  const mayEdit = useHasRight('USER_MANAGEMENT:EDIT');
  const mayDelete = useHasRight('USER_MANAGEMENT:DELETE');
  const { data, error, refetch } = useQuery(UserGroupsDocument);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [deleting, setDeleting] = useState<UserGroupFieldsFragment | null>(null);
  const [deleteGroup] = useMutation(DeleteUserGroupDocument);

  const groups = data?.userGroups ?? [];
  let dialogMode: UserGroupDialogMode | null = null;
  if (dialog?.kind === 'add') dialogMode = dialog;
  if (dialog?.kind === 'edit') {
    const group = groups.find((candidate) => candidate.id === dialog.groupId);
    if (group) dialogMode = { kind: 'edit', group };
  }

  const confirmDelete = async () => {
    if (!deleting) return;
    await deleteGroup({
      variables: { id: deleting.id },
      update(cache) {
        cache.evict({ id: cache.identify({ __typename: 'UserGroup', id: deleting.id }) });
        cache.gc();
      },
    });
    notifications.show({ color: 'green', message: t('userGroups.deleted', { name: deleting.name }) });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {t('nav.configuration')} · {t('nav.userManagement')}
          </Text>
          <Title order={2}>{t('userGroups.title')}</Title>
        </Stack>
        {mayCreate && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'add' })}>
            {t('userGroups.add')}
          </Button>
        )}
      </Group>
      <QueryStates
        loaded={data !== undefined}
        error={error}
        empty={groups.length === 0}
        texts={{ loading: t('userGroups.loading'), loadFailed: t('userGroups.loadFailed'), empty: t('userGroups.empty') }}
        onRetry={() => void refetch()}
      >
        <ResponsiveTable
          label={t('userGroups.title')}
          rows={groups}
          rowKey={(group) => group.id}
          minWidth={600}
          actions={{
            header: t('common.actions'),
            cell: (group) => (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('userGroups.actionsFor', { name: group.name })}>
                    <IconDots size={18} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    leftSection={
                      mayEdit && group.editable.allowed ? <IconPencil size={16} aria-hidden /> : <IconEye size={16} aria-hidden />
                    }
                    onClick={() => setDialog({ kind: 'edit', groupId: group.id })}
                  >
                    {mayEdit && group.editable.allowed ? t('common.edit') : t('common.view')}
                  </Menu.Item>
                  {mayDelete && !group.isAdministrators && (
                    <Menu.Item
                      color="red"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      disabled={!group.deletable.allowed}
                      onClick={() => setDeleting(group)}
                    >
                      <Text size="sm" inherit>
                        {t('common.delete')}
                      </Text>
                      {!group.deletable.allowed && (
                        <Text size="xs" c="dimmed">
                          {refusalText(group.deletable, t)}
                        </Text>
                      )}
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            ),
          }}
          columns={[
            {
              header: t('userGroups.name'),
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
                  {group.isAdministrators && (
                    <Badge variant="light" color="gray" size="sm">
                      {t('userGroups.builtIn')}
                    </Badge>
                  )}
                </Group>
              ),
            },
            {
              header: t('userGroups.rightsColumn'),
              cell: (group) => (
                <Text size="sm">
                  {group.isAdministrators
                    ? t('userGroups.allRights')
                    : t('userGroups.rightsCount', { count: countRights(userGroupMatrix(group, t)) })}
                </Text>
              ),
            },
            {
              header: t('userGroups.specialRights'),
              cell: (group) => (
                <Group gap={4}>
                  {(group.isAdministrators ? specialRights : group.specialRights).map((right) => (
                    <Badge key={right} variant="light" size="sm">
                      {t(`userGroups.specialRightLabels.${right}`)}
                    </Badge>
                  ))}
                </Group>
              ),
            },
          ]}
        />
      </QueryStates>
      <UserGroupDialog
        mode={dialogMode}
        mayEdit={mayEdit}
        onClose={() => setDialog(null)}
        refetchGroup={async (id) => (await refetch()).data?.userGroups.find((group) => group.id === id) ?? null}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('userGroups.deleteTitle')}
        message={deleting ? t('userGroups.deleteMessage', { name: deleting.name }) : ''}
        confirmLabel={t('common.delete')}
        failureTitle={t('userGroups.deleteFailed')}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
