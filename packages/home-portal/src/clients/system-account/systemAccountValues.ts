import type { TFunction } from 'i18next';
import * as z from 'zod/mini';
import type { ComparedField } from '../../kit/useVersionedSave';
import type { PortalLanguage } from '../../gql/graphql';
import type { ClientProfileFragment } from '../profile/clientProfile.generated';
import { formatPreferenceFields, formatPreferenceLabel, formatPreferencesValues, type FormatPreferencesValues } from './formatPreferences';

/** What staff can change on the System Account subtab. */
export interface SystemAccountValues {
  assignToStatus: boolean;
  /** The group of "Assign to Group"; kept while "Assign to Status" is ticked, but only sent when it is not. */
  groupId: string | null;
  portalAccessAllowed: boolean;
  preferredLanguage: PortalLanguage;
  formatPreferences: FormatPreferencesValues;
}

/** The fields the API may name in `extensions.field` for updateSystemAccount. */
export const systemAccountFields = [
  'assignToStatus',
  'groupId',
  'portalAccessAllowed',
  'preferredLanguage',
  ...formatPreferenceFields.map((field) => `formatPreferences.${field}`),
] as const;

export function systemAccountValues(client: ClientProfileFragment): SystemAccountValues {
  return {
    assignToStatus: client.assignToStatus,
    groupId: client.groupId,
    portalAccessAllowed: client.portalAccessAllowed,
    preferredLanguage: client.preferredLanguage,
    formatPreferences: formatPreferencesValues(client.formatPreferences),
  };
}

export function systemAccountSchema(t: TFunction) {
  return z
    .object({
      assignToStatus: z.boolean(),
      groupId: z.nullable(z.string()),
      portalAccessAllowed: z.boolean(),
      preferredLanguage: z.string(),
      formatPreferences: z.object({}),
    })
    .check(
      z.superRefine((values, context) => {
        if (!values.assignToStatus && !values.groupId) {
          context.addIssue({ code: 'custom', message: t('systemAccount.groupRequired'), path: ['groupId'], input: values.groupId });
        }
      }),
    );
}

/** The System Account fields as people read them, for listing what differs after a conflict. */
export function systemAccountComparedFields(
  t: TFunction,
  groupName: (groupId: string | null) => string,
): ComparedField<SystemAccountValues>[] {
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return [
    { path: 'assignToStatus', label: t('systemAccount.assignToStatus'), display: (values) => yesNo(values.assignToStatus) },
    {
      path: 'groupId',
      label: t('systemAccount.assignToGroup'),
      display: (values) => (values.assignToStatus ? t('systemAccount.noGroupWhileStatus') : groupName(values.groupId)),
    },
    { path: 'portalAccessAllowed', label: t('systemAccount.portalAccessAllowed'), display: (values) => yesNo(values.portalAccessAllowed) },
    {
      path: 'preferredLanguage',
      label: t('systemAccount.preferredLanguage'),
      display: (values) => t(`languages.${values.preferredLanguage}`),
    },
    ...formatPreferenceFields.map((field) => ({
      path: `formatPreferences.${field}`,
      label: t(`formatPreferences.fields.${field}`),
      display: (values: SystemAccountValues) => formatPreferenceLabel(field, values.formatPreferences, t),
    })),
  ];
}
