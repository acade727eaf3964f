import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface AttentionSectionProps {
  id: string;
  title: string;
  /** "Show all" and where it leads. */
  more?: { to: string; label: string };
  /** Said when the list is empty. */
  emptyText: string;
  items: readonly ReactNode[];
}

/** One thing on the dashboard that may need the client: its newest items, or a sentence saying there are none. */
export function AttentionSection({ id, title, more, emptyText, items }: AttentionSectionProps) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} id={id} fz="lg">
            {title}
          </Title>
          {more && (
            <Anchor component={Link} to={more.to} size="sm">
              {more.label}
            </Anchor>
          )}
        </Group>
        {items.length === 0 ? (
          <Text c="dimmed" size="sm">
            {emptyText}
          </Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {items}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
