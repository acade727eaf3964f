import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImpersonationClientOptionsDocument } from '../../gql/graphql';

export interface ClientOption {
  id: string;
  label: string;
}

interface ClientSearchSelectProps {
  label: string;
  value: ClientOption | null;
  onChange: (client: ClientOption | null) => void;
}

/** Picks one client by typing the start of its ID, name or e-mail (the clients list's own search). */
export function ClientSearchSelect({ label, value, onChange }: ClientSearchSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const searching = debounced !== '' && debounced !== value?.label;
  const { data, loading, error } = useQuery(ImpersonationClientOptionsDocument, { variables: { search: debounced }, skip: !searching });

  const found = searching ? (data?.clients.nodes ?? []).map((client) => ({ value: client.id, label: t('impersonationLog.clientOption', { username: client.username, name: client.name }) })) : [];
  const options = value && !found.some((option) => option.value === value.id) ? [{ value: value.id, label: value.label }, ...found] : found;

  let nothingFound = t('impersonationLog.clientTypeToSearch');
  if (error) nothingFound = t('impersonationLog.clientSearchFailed');
  else if (loading) nothingFound = t('impersonationLog.clientSearching');
  else if (searching) nothingFound = t('impersonationLog.clientNoMatch');

  return (
    <Select
      label={label}
      placeholder={t('impersonationLog.clientPlaceholder')}
      searchable
      clearable
      data={options}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      // The API already matched what was typed; Select's own filter would hide IDs matched by e-mail.
      filter={({ options: all }) => all}
      nothingFoundMessage={nothingFound}
      onChange={(id, option) => onChange(id && option ? { id, label: option.label } : null)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
