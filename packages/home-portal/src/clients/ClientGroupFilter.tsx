import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ClientGroupOptionsDocument } from './clients.generated';
import { clientGroupSelectData } from './clientGroupOptions';

interface ClientGroupFilterProps {
  groupId: string | null;
  onGroupChange: (groupId: string | null) => void;
}

/** Lists the clients whose effective group (by status or chosen in "Assign to Group") is the one picked. */
export function ClientGroupFilter({ groupId, onGroupChange }: ClientGroupFilterProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ClientGroupOptionsDocument);
  const groups = data?.clientGroups ?? [];

  let placeholder = t('clients.groupFilterAll');
  if (loading && !data) placeholder = t('clients.groupFilterLoading');

  return (
    <Select
      label={t('clients.groupFilterLabel')}
      description={t('clients.groupFilterDescription')}
      placeholder={placeholder}
      data={clientGroupSelectData(groups, t)}
      value={groups.some((group) => group.id === groupId) || !data ? groupId : null}
      onChange={onGroupChange}
      disabled={!data}
      error={error ? t('clients.groupFilterFailed') : undefined}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('clients.clearGroupFilter') }}
      nothingFoundMessage={t('clients.groupFilterNothingFound')}
    />
  );
}
