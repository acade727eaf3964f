import { CloseButton, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasAnyRight } from '../auth/useHasRight';
import type { ClientStatus } from '../gql/graphql';
import { ClientGroupFilter } from './ClientGroupFilter';
import { clientStatuses, isClientStatus } from './clientStatus';

/** How long typing must pause before the list is searched again. */
export const searchDebounceMs = 300;

interface ClientFiltersProps {
  search: string;
  status: ClientStatus | null;
  groupId: string | null;
  onSearchChange: (search: string) => void;
  onStatusChange: (status: ClientStatus | null) => void;
  onGroupChange: (groupId: string | null) => void;
}

export function ClientFilters({ search, status, groupId, onSearchChange, onStatusChange, onGroupChange }: ClientFiltersProps) {
  const { t } = useTranslation();
  // The API lists client groups to those who manage them or may open a client (for "Assign to Group").
  const mayListGroups = useHasAnyRight('CLIENT_GROUPS:BROWSE', 'CLIENTS:DISPLAY');
  const [searchInput, setSearchInput] = useState(search);
  const [appliedSearch, setAppliedSearch] = useState(search);
  const applySearch = useDebouncedCallback(onSearchChange, searchDebounceMs);

  // The address changed from elsewhere (back button, "Clear filters"): show what is applied.
  if (search !== appliedSearch) {
    setAppliedSearch(search);
    if (!applySearch.isPending()) setSearchInput(search);
  }

  const changeSearch = (value: string) => {
    setSearchInput(value);
    applySearch(value);
  };

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: mayListGroups ? 3 : 2 }} maw={mayListGroups ? 1080 : 720}>
      <TextInput
        type="search"
        label={t('clients.searchLabel')}
        placeholder={t('clients.searchPlaceholder')}
        leftSection={<IconSearch size={16} stroke={1.6} aria-hidden />}
        value={searchInput}
        onChange={(event) => changeSearch(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') applySearch.flush();
        }}
        rightSection={
          searchInput ? (
            <CloseButton
              size="sm"
              aria-label={t('clients.clearSearch')}
              onClick={() => {
                applySearch.cancel();
                setSearchInput('');
                onSearchChange('');
              }}
            />
          ) : null
        }
      />
      <Select
        label={t('clients.statusFilterLabel')}
        placeholder={t('clients.statusFilterAll')}
        data={clientStatuses.map((value) => ({ value, label: t(`clients.status.${value}`) }))}
        value={status}
        onChange={(value) => onStatusChange(isClientStatus(value) ? value : null)}
        clearable
        clearButtonProps={{ 'aria-label': t('clients.clearStatusFilter') }}
        allowDeselect
      />
      {mayListGroups && <ClientGroupFilter groupId={groupId} onGroupChange={onGroupChange} />}
    </SimpleGrid>
  );
}
