import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ClientGroupOptionsQuery } from './clients.generated';

export type ClientGroupOption = ClientGroupOptionsQuery['clientGroups'][number];

/** Client groups for a dropdown (with `withAccess`, each marked "allows sign-in" or "no access"): the built-in status groups first, then the others, each by name as the API sorts them. */
export function clientGroupSelectData(
  groups: readonly ClientGroupOption[],
  t: TFunction,
  { withAccess = false }: { withAccess?: boolean } = {},
): ComboboxItemGroup<ComboboxItem, string>[] {
  // Where a group is chosen for a client, each option says whether it lets the client sign in.
  const option = (group: ClientGroupOption) => ({
    value: group.id,
    label: withAccess
      ? t('clientGroupOptions.optionWithAccess', {
          name: group.name,
          access: group.accessAllowed ? t('clientGroupOptions.allowsSignIn') : t('clientGroupOptions.noAccess'),
        })
      : group.name,
  });
  const statusGroups = groups.filter((group) => group.statusGroupFor !== null).map(option);
  const otherGroups = groups.filter((group) => group.statusGroupFor === null).map(option);
  return [
    { group: t('clientGroupOptions.statusGroups'), items: statusGroups },
    { group: t('clientGroupOptions.otherGroups'), items: otherGroups },
  ].filter((entry) => entry.items.length > 0);
}
