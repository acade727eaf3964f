import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface FullPageMessageProps {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
}

/** One message in the middle of an otherwise empty page, for states where the portal has nothing else to offer. */
export function FullPageMessage({ icon, title, children }: FullPageMessageProps) {
  return (
    <Center component="main" mih="100vh" p="md" bg="light-dark(var(--mantine-color-gray-0), var(--mantine-color-dark-8))">
      <Paper withBorder shadow="xs" p="xl" maw={520} w="100%">
        <Stack align="center" ta="center" gap="md">
          {icon}
          <Title order={1} size="h3">
            {title}
          </Title>
          {typeof children === 'string' ? <Text c="dimmed">{children}</Text> : children}
        </Stack>
      </Paper>
    </Center>
  );
}
