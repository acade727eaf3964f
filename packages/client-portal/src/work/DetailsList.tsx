import { DataList } from '@mantine/core';
import type { ReactNode } from 'react';
import { useCompactLayout } from './useCompactLayout';

export interface Detail {
  label: string;
  value: ReactNode;
}

/** A record's facts as label–value pairs (a description list), side by side, the labels narrower on phones. */
export function DetailsList({ details }: { details: readonly Detail[] }) {
  const compact = useCompactLayout();
  return (
    <DataList orientation="horizontal" labelWidth={compact ? '8rem' : '11rem'} withDivider gap="xs" size="sm">
      {details.map(({ label, value }) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue style={{ overflowWrap: 'anywhere', minWidth: 0 }}>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
