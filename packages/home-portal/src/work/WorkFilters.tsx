import { Select, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasRight } from '../auth/useHasRight';
import { ClientSearchSelect, type ClientOption } from '../clients/ClientSearchSelect';

/** The filters above a work list, side by side on a laptop and stacked on a phone. */
export function WorkFilters({ label, children }: { label: string; children: ReactNode }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} maw={1080} spacing="sm" role="search" aria-label={label}>
      {children}
    </SimpleGrid>
  );
}

interface WorkStatusFilterProps<Status extends string> {
  value: Status | null;
  statuses: readonly Status[];
  statusLabel: (status: Status) => string;
  isStatus: (value: string | null) => value is Status;
  onChange: (status: Status | null) => void;
}

/** The option that lists every status; a real option, so it is chosen from the keyboard like the others. */
const ALL_STATUSES = 'ALL';

export function WorkStatusFilter<Status extends string>({
  value,
  statuses,
  statusLabel,
  isStatus,
  onChange,
}: WorkStatusFilterProps<Status>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('work.filters.status')}
      data={[
        { value: ALL_STATUSES, label: t('work.filters.allStatuses') },
        ...statuses.map((status) => ({ value: status, label: statusLabel(status) })),
      ]}
      value={value ?? ALL_STATUSES}
      onChange={(status) => onChange(isStatus(status) ? status : null)}
      allowDeselect={false}
    />
  );
}

/** Filters by client; clients are searched, so only staff who may browse clients get it. */
export function WorkClientFilter({ value, onChange }: { value: ClientOption | null; onChange: (client: ClientOption | null) => void }) {
  const { t } = useTranslation();
  const mayListClients = useHasRight('CLIENTS:BROWSE');
  if (!mayListClients) return null;
  return <ClientSearchSelect label={t('work.filters.client')} value={value} onChange={onChange} />;
}
