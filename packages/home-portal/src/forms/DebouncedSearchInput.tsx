import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

/** How long typing must pause before a list is searched again. */
export const searchDebounceMs = 300;

interface DebouncedSearchInputProps {
  label: string;
  placeholder?: string;
  clearLabel: string;
  /** The search in force (usually from the address). */
  search: string;
  /** Called once typing pauses, on Enter, and when cleared. */
  onSearchChange: (search: string) => void;
}

/** A list's search box: searches once typing pauses, not on every key; Enter searches at once. */
export function DebouncedSearchInput({ label, placeholder, clearLabel, search, onSearchChange }: DebouncedSearchInputProps) {
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
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
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
            aria-label={clearLabel}
            onClick={() => {
              applySearch.cancel();
              setSearchInput('');
              onSearchChange('');
            }}
          />
        ) : null
      }
    />
  );
}
