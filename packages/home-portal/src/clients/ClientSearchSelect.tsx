import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientSearchOptionsDocument } from './clientSearch.generated';

/** A client as a select shows it: its id and "ID · name". */
export interface ClientOption {
  id: string;
  label: string;
}

interface ClientSearchSelectProps {
  label: string;
  value: ClientOption | null;
  onChange: (client: ClientOption | null) => void;
  /** Shown while nothing is chosen; "any client" by default, as a filter reads. */
  placeholder?: string;
  description?: ReactNode;
  error?: ReactNode;
  withAsterisk?: boolean;
  /** Focus the select when shown (in a dialog). */
  autoFocus?: boolean;
}

/**
 * Picks one client by typing the start of its ID, name or e-mail (the clients list's own search,
 * so it needs the right to browse clients). Used as a list filter and as the client of a new record.
 */
export function ClientSearchSelect({
  label,
  value,
  onChange,
  placeholder,
  description,
  error,
  withAsterisk,
  autoFocus = false,
}: ClientSearchSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const searching = debounced !== '' && debounced !== value?.label;
  const {
    data,
    loading,
    error: searchError,
  } = useQuery(ClientSearchOptionsDocument, { variables: { search: debounced }, skip: !searching });

  const found = searching
    ? (data?.clients.nodes ?? []).map((client) => ({
        value: client.id,
        label: t('clientSearch.option', { username: client.username, name: client.name }),
      }))
    : [];
  const options = value && !found.some((option) => option.value === value.id) ? [{ value: value.id, label: value.label }, ...found] : found;

  let nothingFound = t('clientSearch.typeToSearch');
  if (searchError) nothingFound = t('clientSearch.failed');
  else if (loading) nothingFound = t('clientSearch.searching');
  else if (searching) nothingFound = t('clientSearch.noMatch');

  return (
    <Select
      label={label}
      placeholder={placeholder ?? t('clientSearch.anyClient')}
      description={description}
      error={error}
      withAsterisk={withAsterisk}
      data-autofocus={autoFocus || undefined}
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
