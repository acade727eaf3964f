import { Alert, Badge, Group, List, Text } from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AccessDeniedReason, ClientStatus } from '../../gql/graphql';
import type { ClientProfileFragment } from '../profile/clientProfile.generated';

/** The access as the API computed it for the stored client, or as the shared rule previews it for the form. */
type EffectiveAccess = Pick<ClientProfileFragment['effectiveAccess'], 'assignedBy' | 'canSignIn'> & {
  deniedReasons: readonly AccessDeniedReason[];
  group: { name: string } | null;
};

interface EffectiveAccessLineProps {
  access: EffectiveAccess;
  /** The stored status, named when the status decides. */
  status: ClientStatus;
  /** True when `access` previews the unsaved form: it says so, "not saved yet". */
  preview?: boolean;
}

function reasonText(reason: AccessDeniedReason, access: EffectiveAccess, status: ClientStatus, t: TFunction): string {
  const group = access.group?.name ?? '';
  const statusName = t(`clients.status.${status}`);
  switch (reason) {
    case 'STATUS_DENIES_ACCESS':
      return t('effectiveAccess.reasons.STATUS_DENIES_ACCESS', { status: statusName, group });
    case 'GROUP_DENIES_ACCESS':
      return t('effectiveAccess.reasons.GROUP_DENIES_ACCESS', { group });
    case 'NO_GROUP_ASSIGNED':
      return t('effectiveAccess.reasons.NO_GROUP_ASSIGNED');
    case 'PORTAL_ACCESS_NOT_ALLOWED':
      return t('effectiveAccess.reasons.PORTAL_ACCESS_NOT_ALLOWED');
  }
}

/**
 * The client's effective Client Portal access, and why: which group's rights apply (through the
 * status or "Assign to Group"), or every reason access is denied. While the form holds changes it
 * previews them with the rule the API applies (`decideClientAccess` of @portico/domain), marked
 * "not saved yet".
 */
export function EffectiveAccessLine({ access, status, preview = false }: EffectiveAccessLineProps) {
  const { t } = useTranslation();
  const statusName = t(`clients.status.${status}`);
  const groupName = access.group?.name ?? '';

  const note = preview ? (
    <Group gap={6} mt={6}>
      <Badge color="orange" variant="light" size="sm">
        {t('effectiveAccess.notSavedYet')}
      </Badge>
      <Text size="xs" c="dimmed">
        {t('effectiveAccess.previewNote')}
      </Text>
    </Group>
  ) : null;

  if (access.canSignIn) {
    return (
      <Alert
        color="green"
        variant="light"
        icon={<IconLockOpen size={18} aria-hidden />}
        title={t(preview ? 'effectiveAccess.willSignInTitle' : 'effectiveAccess.canSignInTitle')}
      >
        <Text size="sm">
          {access.assignedBy === 'STATUS'
            ? t('effectiveAccess.byStatus', { status: statusName, group: groupName })
            : t('effectiveAccess.byGroup', { group: groupName })}
        </Text>
        {note}
      </Alert>
    );
  }

  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconLock size={18} aria-hidden />}
      title={t(preview ? 'effectiveAccess.willNotSignInTitle' : 'effectiveAccess.cannotSignInTitle')}
    >
      <List size="sm" spacing={2}>
        {access.deniedReasons.map((reason) => (
          <List.Item key={reason}>{reasonText(reason, access, status, t)}</List.Item>
        ))}
      </List>
      {note}
    </Alert>
  );
}
