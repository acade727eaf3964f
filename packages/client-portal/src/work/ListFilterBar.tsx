import { Button, Group, Loader, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyList } from './QueryStates';
import type { ListFilters } from './useListFilters';

const ALL = 'ALL';

interface ListFilterBarProps<Choice extends string> {
  filters: ListFilters<Choice>;
  /** The statuses offered, in order, each with its translated name. */
  choices: readonly Choice[];
  choiceLabel: (choice: Choice) => string;
  labels: { status: string; allStatuses: string; search: string; searchPlaceholder: string };
  /** A new page of results is on its way (the list on screen is the previous one). */
  searching: boolean;
}

/** The status filter and search box above a list (projects, quotes, requests): one kit for every list. */
export function ListFilterBar<Choice extends string>({ filters, choices, choiceLabel, labels, searching }: ListFilterBarProps<Choice>) {
  const { t } = useTranslation();
  const options = [{ value: ALL, label: labels.allStatuses }, ...choices.map((choice) => ({ value: choice, label: choiceLabel(choice) }))];
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={labels.status}
        data={options}
        value={filters.choice ?? ALL}
        onChange={(value) => filters.setChoice(choices.find((choice) => choice === value) ?? null)}
        allowDeselect={false}
        w={{ base: '100%', xs: 220 }}
      />
      <TextInput
        label={labels.search}
        placeholder={labels.searchPlaceholder}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={searching ? <Loader size="xs" aria-label={t('app.loading')} /> : null}
        value={filters.searchText}
        onChange={(event) => filters.setSearchText(event.currentTarget.value)}
        type="search"
        style={{ flex: '1 1 16rem' }}
      />
    </Group>
  );
}

/** What a filtered list shows when nothing matches, with the way back to everything. */
export function NoMatches({ title, text, onClear }: { title: string; text: string; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <EmptyList icon={<IconSearch size={28} aria-hidden />} title={title} text={text}>
      <Button variant="default" onClick={onClear}>
        {t('list.clearFilters')}
      </Button>
    </EmptyList>
  );
}
