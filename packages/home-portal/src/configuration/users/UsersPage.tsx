import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Alert, Badge, Button, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconKey, IconLockOpen, IconLogout, IconPencil, IconPlus, IconShieldOff, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/dateTime';
import { errorMessage } from '../../app/graphqlErrors';
import { useHasRight } from '../../auth/useHasRight';
import { useSignedInViewer } from '../../auth/viewerContext';
import { ConfirmDialog } from '../../forms/ConfirmDialog';
import { asErrorLike } from '../../forms/serverErrors';
import {
  DeleteStaffUserDocument,
  RevokeStaffUserSessionsDocument,
  StaffUsersDocument,
  ResetStaffUserTwoFactorDocument,
  UnlockStaffUserDocument,
  UserGroupOptionsDocument,
  type ManagementDecisionFieldsFragment,
  type StaffUserRowFragment,
} from './users.generated';
import { QueryStates } from '../../kit/QueryStates';
import { ResponsiveTable } from '../../kit/ResponsiveTable';
import { refusalText } from './managementRefusal';
import { AddUserDialog } from './AddUserDialog';
import { EditUserDialog } from './EditUserDialog';
import { SetPasswordDialog } from './SetPasswordDialog';

type Action = 'edit' | 'password' | 'signOut' | 'delete';

/** User Management → Users: the Home Portal's users; add, edit, set a password, sign out everywhere, delete. */
export function UsersPage() {
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
  const mayCreate = useHasRight('USER_MANAGEMENT:CREATE');
  const mayEdit = useHasRight('USER_MANAGEMENT:EDIT');
  const mayDelete = useHasRight('USER_MANAGEMENT:DELETE');
  const { data, error, refetch } = useQuery(StaffUsersDocument);
  const groupOptions = useQuery(UserGroupOptionsDocument);
  const [adding, setAdding] = useState(false);
  const [action, setAction] = useState<{ kind: Action; userId: string } | null>(null);
  const [revokeSessions] = useMutation(RevokeStaffUserSessionsDocument);
  const [deleteUser] = useMutation(DeleteStaffUserDocument);
  const [unlockUser] = useMutation(UnlockStaffUserDocument);
  const [resetTwoFactor] = useMutation(ResetStaffUserTwoFactorDocument);

  const users = data?.staffUsers ?? [];
  const groups = groupOptions.data?.userGroups ?? [];
  const target = action ? (users.find((user) => user.id === action.userId) ?? null) : null;
  const targetOf = (kind: Action) => (action?.kind === kind ? target : null);
  const close = () => setAction(null);

  const signOutEverywhere = async () => {
    if (!target) return;
    const { data: result } = await revokeSessions({ variables: { id: target.id } });
    notifications.show({
      color: 'green',
      message: t('users.sessionsEnded', { count: result?.revokeStaffUserSessions ?? 0, name: target.fullName }),
    });
  };

  const remove = async () => {
    if (!target) return;
    await deleteUser({
      variables: { id: target.id },
      update(cache) {
        cache.evict({ id: cache.identify({ __typename: 'StaffUser', id: target.id }) });
        cache.gc();
      },
    });
    notifications.show({ color: 'green', message: t('users.deleted', { name: target.fullName }) });
  };

  const unlock = async (user: StaffUserRowFragment) => {
    try {
      await unlockUser({ variables: { id: user.id } });
      notifications.show({ color: 'green', message: t('users.unlocked', { name: user.fullName }) });
    } catch (failure) {
      notifications.show({ color: 'red', title: t('users.unlockFailed'), message: errorMessage(asErrorLike(failure), t) });
    }
  };

  const resetSecondFactor = async (user: StaffUserRowFragment) => {
    if (!window.confirm(t('twoFactor.resetConfirm'))) return;
    try {
      await resetTwoFactor({
        variables: { id: user.id },
        update(cache) {
          cache.modify({ id: cache.identify({ __typename: 'StaffUser', id: user.id }), fields: { twoFactorEnabled: () => false } });
        },
      });
      notifications.show({ color: 'green', message: t('twoFactor.resetDone') });
    } catch (failure) {
      notifications.show({ color: 'red', message: errorMessage(asErrorLike(failure), t) });
    }
  };

  /** A menu entry the API may refuse: disabled, with the reason under its label, when it would be. */
  const item = (decision: ManagementDecisionFieldsFragment, icon: ReactNode, label: string, onClick: () => void, color?: string) => {
    const refusal = refusalText(decision, t);
    return (
      <Menu.Item color={color} leftSection={icon} disabled={refusal !== null} onClick={onClick}>
        <Text size="sm" inherit>
          {label}
        </Text>
        {refusal && (
          <Text size="xs" c="dimmed">
            {refusal}
          </Text>
        )}
      </Menu.Item>
    );
  };

  const menuItems = (user: StaffUserRowFragment) => (
    <>
      {mayEdit && (
        <>
          {item(user.canEdit, <IconPencil size={16} aria-hidden />, t('common.edit'), () => setAction({ kind: 'edit', userId: user.id }))}
          {item(user.canSetPassword, <IconKey size={16} aria-hidden />, t('users.setPassword'), () =>
            setAction({ kind: 'password', userId: user.id }),
          )}
          {item(user.canEdit, <IconLogout size={16} aria-hidden />, t('users.signOutEverywhere'), () =>
            setAction({ kind: 'signOut', userId: user.id }),
          )}
          {user.isLocked && item(user.canEdit, <IconLockOpen size={16} aria-hidden />, t('users.unlock'), () => void unlock(user))}
          {user.twoFactorEnabled &&
            item(user.canEdit, <IconShieldOff size={16} aria-hidden />, t('twoFactor.reset'), () => void resetSecondFactor(user))}
        </>
      )}
      {mayDelete &&
        item(
          user.canDelete,
          <IconTrash size={16} aria-hidden />,
          t('common.delete'),
          () => setAction({ kind: 'delete', userId: user.id }),
          'red',
        )}
    </>
  );
  const hasActions = mayEdit || mayDelete;

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {t('nav.configuration')} · {t('nav.userManagement')}
          </Text>
          <Title order={2}>{t('users.title')}</Title>
        </Stack>
        {mayCreate && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('users.add')}
          </Button>
        )}
      </Group>
      {groupOptions.error && (
        <Alert color="orange" title={t('users.groupsFailed')}>
          {errorMessage(groupOptions.error, t)}
        </Alert>
      )}
      <QueryStates
        loaded={data !== undefined}
        error={error}
        empty={users.length === 0}
        texts={{ loading: t('users.loading'), loadFailed: t('users.loadFailed'), empty: t('users.empty') }}
        onRetry={() => void refetch()}
      >
        <ResponsiveTable
          label={t('users.title')}
          rows={users}
          rowKey={(user) => user.id}
          minWidth={760}
          actions={
            hasActions
              ? {
                  header: t('common.actions'),
                  cell: (user) => (
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('users.actionsFor', { name: user.fullName })}>
                          <IconDots size={18} aria-hidden />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>{menuItems(user)}</Menu.Dropdown>
                    </Menu>
                  ),
                }
              : undefined
          }
          columns={[
            {
              header: t('users.fullName'),
              card: 'title',
              cell: (user) => (
                <>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm" fw={500}>
                      {user.fullName}
                    </Text>
                    {user.id === viewer.id && (
                      <Badge size="sm" variant="light">
                        {t('users.you')}
                      </Badge>
                    )}
                  </Group>
                  {user.email && (
                    <Text size="xs" c="dimmed">
                      {user.email}
                    </Text>
                  )}
                </>
              ),
            },
            { header: t('users.username'), card: 'subtitle', cell: (user) => user.username },
            { header: t('users.group'), cell: (user) => user.group.name },
            {
              header: t('users.status'),
              card: 'badge',
              cell: (user) => (
                <Stack gap={4} align="flex-start">
                  <Badge variant="dot" color={user.active ? 'green' : 'gray'}>
                    {user.active ? t('users.activeBadge') : t('users.inactiveBadge')}
                  </Badge>
                  <Badge variant="light" color={user.twoFactorEnabled ? 'teal' : 'gray'}>
                    {user.twoFactorEnabled ? t('twoFactor.enabledBadge') : t('twoFactor.disabledBadge')}
                  </Badge>
                  {user.isLocked && user.lockedUntil && (
                    <Badge variant="light" color="red">
                      {t('users.lockedBadge', { until: formatDateTime(user.lockedUntil) })}
                    </Badge>
                  )}
                </Stack>
              ),
            },
            {
              header: t('users.lastSignIn'),
              cell: (user) => (
                <Text size="sm" c={user.lastSignInAt ? undefined : 'dimmed'}>
                  {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : t('users.neverSignedIn')}
                </Text>
              ),
            },
          ]}
        />
      </QueryStates>

      {mayCreate && <AddUserDialog opened={adding} onClose={() => setAdding(false)} groups={groups} />}
      <EditUserDialog
        user={targetOf('edit')}
        isViewer={target?.id === viewer.id}
        groups={groups}
        onClose={close}
        refetchUser={async (id) => (await refetch()).data?.staffUsers.find((user) => user.id === id) ?? null}
      />
      <SetPasswordDialog user={targetOf('password')} onClose={close} />
      <ConfirmDialog
        opened={targetOf('signOut') !== null}
        title={t('users.signOutEverywhereTitle')}
        message={target ? t('users.signOutEverywhereMessage', { name: target.fullName }) : ''}
        confirmLabel={t('users.signOutEverywhere')}
        color="orange"
        onConfirm={signOutEverywhere}
        onClose={close}
      />
      <ConfirmDialog
        opened={targetOf('delete') !== null}
        title={t('users.deleteTitle')}
        message={target ? t('users.deleteMessage', { name: target.fullName }) : ''}
        confirmLabel={t('common.delete')}
        failureTitle={t('users.deleteFailed')}
        onConfirm={remove}
        onClose={close}
      />
    </Stack>
  );
}
