import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ClientGroupOptionsQuery } from '../gql/graphql';

export type ClientGroupOption = ClientGroupOptionsQuery['clientGroups'][number];

/** Client groups for a dropdown: the built-in status groups first, then the others, each by name as the API sorts them. */
export function clientGroupSelectData(groups: readonly ClientGroupOption[], t: TFunction): ComboboxItemGroup<ComboboxItem>[] {
  const option = (group: ClientGroupOption) => ({ value: group.id, label: group.name });
  const statusGroups = groups.filter((group) => group.statusGroupFor !== null).map(option);
  const otherGroups = groups.filter((group) => group.statusGroupFor === null).map(option);
  return [
    { group: t('clientGroups.statusGroups'), items: statusGroups },
    { group: t('clientGroups.otherGroups'), items: otherGroups },
  ].filter((entry) => entry.items.length > 0);
}
