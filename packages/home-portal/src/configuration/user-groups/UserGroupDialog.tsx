import type { Reference } from '@apollo/client';
import { Alert, Checkbox, Fieldset, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInViewer } from '../../auth/viewerContext';
import type { SpecialRight, StaffAction, StaffDomain } from '../../gql/graphql';
import { CreateUserGroupDocument, UpdateUserGroupDocument, type UserGroupFieldsFragment } from './userGroups.generated';
import { versionedMutation } from '../../kit/useVersionedSave';
import { GroupDialog, type GroupDialogMode, type GroupDialogProps, type GroupKind } from '../GroupDialog';
import { refusalText } from '../users/managementRefusal';
import {
  domainOptions,
  specialRights,
  staffActionOptions,
  userGroupMatrix,
  userGroupRightsInput,
  type UserGroupMatrix,
  staffOffered,
} from './userGroupRights';

export interface UserGroupValues {
  name: string;
  rights: UserGroupMatrix;
  specialRights: SpecialRight[];
  twoFactorRequired: boolean;
}

export type UserGroupDialogMode = GroupDialogMode<UserGroupFieldsFragment, UserGroupValues>;

function userGroupValues(group: UserGroupFieldsFragment | null, t: TFunction): UserGroupValues {
  if (!group) return { name: '', rights: userGroupMatrix(null, t), specialRights: [], twoFactorRequired: false };
  return {
    name: group.name,
    rights: userGroupMatrix(group, t),
    specialRights: group.isAdministrators ? [...specialRights] : [...group.specialRights],
    twoFactorRequired: group.twoFactorRequired,
  };
}

function userGroupInput(values: UserGroupValues) {
  return {
    name: values.name.trim(),
    rights: userGroupRightsInput(values.rights),
    specialRights: values.specialRights,
    twoFactorRequired: values.twoFactorRequired,
  };
}

function useUserGroupKind(): GroupKind<UserGroupFieldsFragment, UserGroupValues, StaffDomain, StaffAction> {
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
  return useMemo(() => {
    const stored = (group: UserGroupFieldsFragment) => ({ values: userGroupValues(group, t), version: group.version });
    const domains = domainOptions(t);
    const actions = staffActionOptions(t);
    // Nobody grants what they do not hold: rights the viewer's own group lacks cannot be ticked.
    const holds = (right: string) => viewer.rights.includes(right) || viewer.specialRights.some((special) => special === right);
    const lacksSome =
      domains.some((domain) => actions.some((action) => !holds(`${domain.value}:${action.value}`))) ||
      specialRights.some((right) => !holds(right));
    return {
      messages: 'userGroups',
      rowHeader: t('userGroups.domain'),
      rows: domains,
      columns: actions,
      offered: staffOffered,
      emptyValues: userGroupValues(null, t),
      values: (group) => userGroupValues(group, t),
      formFields: ['name', 'rights', 'specialRights', 'twoFactorRequired'],
      beforeRights: {
        compared: [
          {
            path: 'twoFactorRequired',
            label: t('groupTwoFactor.label'),
            display: (values) => (values.twoFactorRequired ? t('common.yes') : t('common.no')),
          },
        ],
        render: (form, readOnly) => (
          <Checkbox
            label={t('groupTwoFactor.label')}
            description={t('groupTwoFactor.description')}
            disabled={readOnly}
            {...form.getInputProps('twoFactorRequired', { type: 'checkbox' })}
          />
        ),
      },
      create: versionedMutation(CreateUserGroupDocument, {
        variables: (values) => ({ input: userGroupInput(values) }),
        saved: (data) => stored(data.createUserGroup),
        updateCache: (cache, data) =>
          cache.modify({
            fields: {
              userGroups(existing: readonly Reference[] = [], { toReference, readField }) {
                const added = toReference(data.createUserGroup);
                if (!added) return existing;
                const name = (reference: Reference) => String(readField('name', reference) ?? '');
                return [...existing, added].sort((a, b) => name(a).localeCompare(name(b)));
              },
            },
          }),
      }),
      update: (group) =>
        versionedMutation(UpdateUserGroupDocument, {
          variables: (values, version) => ({ input: { ...userGroupInput(values), id: group.id, version } }),
          saved: (data) => stored(data.updateUserGroup),
        }),
      // The Administrators group always holds every right; others may hold rights the viewer lacks.
      editable: (group) => !group.isAdministrators && refusalText(group.editable, t) === null,
      isLocked: (domain, action) => !holds(`${domain}:${action}`),
      matrixNote: (readOnly) =>
        !readOnly &&
        lacksSome && (
          <Text size="xs" c="dimmed">
            {t('userGroups.onlyYourRights')}
          </Text>
        ),
      notice: (group, mayEdit) => {
        if (group?.isAdministrators) {
          return (
            <Alert color="blue" title={t('userGroups.administratorsTitle')}>
              {t('userGroups.administratorsText')}
            </Alert>
          );
        }
        const refusal = group ? refusalText(group.editable, t) : null;
        return (
          refusal &&
          mayEdit && (
            <Alert color="gray" title={t('userGroups.readOnlyTitle')}>
              {refusal}
            </Alert>
          )
        );
      },
      afterRights: {
        compared: [
          {
            path: 'specialRights',
            label: t('userGroups.specialRights'),
            display: (values) =>
              values.specialRights.map((right) => t(`userGroups.specialRightLabels.${right}`)).join(', ') || t('rightsMatrix.noRights'),
          },
        ],
        render: (form, readOnly) => (
          <>
            <Fieldset legend={t('userGroups.specialRights')} disabled={readOnly}>
              <Stack gap="xs">
                {specialRights.map((right) => (
                  <Checkbox
                    key={right}
                    label={t(`userGroups.specialRightLabels.${right}`)}
                    description={t(`userGroups.specialRightDescriptions.${right}`)}
                    checked={form.values.specialRights.includes(right)}
                    disabled={!holds(right)}
                    onChange={(event) => {
                      const granted = event.currentTarget.checked;
                      form.setFieldValue(
                        'specialRights',
                        specialRights.filter((candidate) =>
                          candidate === right ? granted : form.values.specialRights.includes(candidate),
                        ),
                      );
                    }}
                  />
                ))}
              </Stack>
            </Fieldset>
            {form.errors.specialRights && (
              <Text size="sm" c="red">
                {form.errors.specialRights}
              </Text>
            )}
          </>
        ),
      },
    };
  }, [t, viewer]);
}

/** Add or edit a user group: name, the domain × action matrix and the special rights. The Administrators group is shown read-only. */
export function UserGroupDialog(props: GroupDialogProps<UserGroupFieldsFragment, UserGroupValues>) {
  return <GroupDialog kind={useUserGroupKind()} {...props} />;
}
