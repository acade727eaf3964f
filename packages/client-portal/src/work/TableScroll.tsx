import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface TableScrollProps {
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** Names the scrollable region for screen readers (usually the table's own name). */
  label: string;
  children: ReactNode;
}

/**
 * A table that scrolls sideways on narrow screens. The scrolling box takes keyboard focus, so the
 * columns out of view can be reached without a mouse.
 */
export function TableScroll({ minWidth, label, children }: TableScrollProps) {
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="region" aria-label={label}>
      {children}
    </Table.ScrollContainer>
  );
}
