import type { Reference } from '@apollo/client';
import { Checkbox } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientPortalAction, ClientPortalArea } from '../../gql/graphql';
import { CreateClientGroupDocument, UpdateClientGroupDocument, type ClientGroupFieldsFragment } from './clientGroups.generated';
import { versionedMutation } from '../../kit/useVersionedSave';
import { GroupDialog, type GroupDialogMode, type GroupDialogProps, type GroupKind } from '../GroupDialog';
import {
  areaOptions,
  clientActionOptions,
  clientGroupMatrix,
  clientGroupRightsInput,
  clientPortalOffered,
  type ClientGroupMatrix,
} from './clientGroupRights';

export interface ClientGroupValues {
  name: string;
  accessAllowed: boolean;
  twoFactorRequired: boolean;
  rights: ClientGroupMatrix;
}

export type ClientGroupDialogMode = GroupDialogMode<ClientGroupFieldsFragment, ClientGroupValues>;

export function clientGroupValues(group: ClientGroupFieldsFragment, t: TFunction): ClientGroupValues {
  return {
    name: group.name,
    accessAllowed: group.accessAllowed,
    twoFactorRequired: group.twoFactorRequired,
    rights: clientGroupMatrix(group.rights, t),
  };
}

function clientGroupInput(values: ClientGroupValues) {
  return {
    name: values.name.trim(),
    accessAllowed: values.accessAllowed,
    twoFactorRequired: values.twoFactorRequired,
    rights: clientGroupRightsInput(values.rights),
  };
}

function useClientGroupKind(): GroupKind<ClientGroupFieldsFragment, ClientGroupValues, ClientPortalArea, ClientPortalAction> {
  const { t } = useTranslation();
  return useMemo(() => {
    const stored = (group: ClientGroupFieldsFragment) => ({ values: clientGroupValues(group, t), version: group.version });
    return {
      messages: 'clientGroups',
      rowHeader: t('clientGroups.area'),
      rows: areaOptions(t),
      columns: clientActionOptions(t),
      offered: clientPortalOffered,
      emptyValues: { name: '', accessAllowed: true, twoFactorRequired: false, rights: clientGroupMatrix([], t) },
      values: (group) => clientGroupValues(group, t),
      formFields: ['name', 'accessAllowed', 'twoFactorRequired', 'rights'],
      create: versionedMutation(CreateClientGroupDocument, {
        variables: (values) => ({ input: clientGroupInput(values) }),
        saved: (data) => stored(data.createClientGroup),
        updateCache: (cache, data) =>
          cache.modify({
            fields: {
              clientGroups(existing: readonly Reference[] = [], { toReference, readField }) {
                const added = toReference(data.createClientGroup);
                if (!added) return existing;
                const name = (reference: Reference) => String(readField('name', reference) ?? '');
                return [...existing, added].sort((a, b) => name(a).localeCompare(name(b)));
              },
            },
          }),
      }),
      update: (group) =>
        versionedMutation(UpdateClientGroupDocument, {
          variables: (values, version) => ({ input: { ...clientGroupInput(values), id: group.id, version } }),
          saved: (data) => stored(data.updateClientGroup),
        }),
      fixedName: (group) => (group.builtIn ? t('clientGroups.builtInNameDescription') : null),
      beforeRights: {
        compared: [
          {
            path: 'accessAllowed',
            label: t('clientGroups.accessAllowed'),
            display: (values) => (values.accessAllowed ? t('common.yes') : t('common.no')),
          },
          {
            path: 'twoFactorRequired',
            label: t('groupTwoFactor.label'),
            display: (values) => (values.twoFactorRequired ? t('common.yes') : t('common.no')),
          },
        ],
        render: (form, readOnly) => (
          <>
            <Checkbox
              label={t('clientGroups.accessAllowed')}
              description={t('clientGroups.accessAllowedDescription')}
              disabled={readOnly}
              {...form.getInputProps('accessAllowed', { type: 'checkbox' })}
            />
            <Checkbox
              label={t('groupTwoFactor.label')}
              description={t('groupTwoFactor.description')}
              disabled={readOnly}
              {...form.getInputProps('twoFactorRequired', { type: 'checkbox' })}
            />
          </>
        ),
      },
    };
  }, [t]);
}

/** Add or edit a client group: name, "Access Allowed" and the Client Portal rights matrix. */
export function ClientGroupDialog(props: GroupDialogProps<ClientGroupFieldsFragment, ClientGroupValues>) {
  return <GroupDialog kind={useClientGroupKind()} {...props} />;
}
