import { Anchor, Group, Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePageHeading, usePageTitle } from '../app/usePageTitle';

interface PageHeaderProps {
  /** The page's one `<h1>`, also the start of the tab's title. */
  title: string;
  /** A line under the title, e.g. the record's number and status. */
  subtitle?: ReactNode;
  back?: { to: string; label: string };
  /** Buttons for the whole page, at the title's end (below it on phones). */
  actions?: ReactNode;
}

/** The heading of a page: where it belongs (back link), its title, and what can be done on it. */
export function PageHeader({ title, subtitle, back, actions }: PageHeaderProps) {
  usePageTitle(title);
  const heading = usePageHeading<HTMLHeadingElement>();
  return (
    <Stack gap={6}>
      {back && (
        <Anchor component={Link} to={back.to} size="sm" w="fit-content">
          <Group gap={4} wrap="nowrap">
            <IconArrowLeft size={16} aria-hidden />
            {back.label}
          </Group>
        </Anchor>
      )}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} miw={0} style={{ flex: '1 1 16rem' }}>
          <Title order={1} size="h2" {...heading} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          {subtitle}
        </Stack>
        {actions && (
          <Group gap="sm" wrap="wrap">
            {actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
}
