import { useQuery } from '@apollo/client/react';
import { NativeSelect } from '@mantine/core';
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

  const all = { value: '', label: t(loading && !data ? 'clients.groupFilterLoading' : 'clients.groupFilterAll') };
  // A group picked in the address stays picked while the groups load; one that no longer exists shows all.
  const picked = groupId !== null && (!data || groups.some((group) => group.id === groupId)) ? groupId : '';
  const pending = picked && !data ? [{ value: picked, label: t('clients.groupFilterLoading') }] : [];

  return (
    <NativeSelect
      label={t('clients.groupFilterLabel')}
      description={t('clients.groupFilterDescription')}
      data={[all, ...pending, ...clientGroupSelectData(groups, t)]}
      value={picked}
      onChange={(event) => onGroupChange(event.currentTarget.value || null)}
      disabled={!data}
      error={error ? t('clients.groupFilterFailed') : undefined}
    />
  );
}
