import { Center, Group, Loader, Text, type MantineSpacing } from '@mantine/core';

/** A work list's or page's place while its data loads. */
export function WorkLoading({ text, py = 'xl' }: { text: string; py?: MantineSpacing }) {
  return (
    <Center py={py}>
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{text}</Text>
      </Group>
    </Center>
  );
}
