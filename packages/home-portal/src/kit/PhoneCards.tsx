import { Box, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

/** Phone width: below Mantine's `xs` breakpoint (576 px), where lists become cards. */
export function usePhoneLayout(): boolean {
  return useMediaQuery('(max-width: 36em)') ?? false;
}

/** One card of a list at phone width: what the record is, its status, its key facts, its actions. */
export interface PhoneCard {
  key: string;
  /** The record's name or number, usually the link that opens it. */
  title: ReactNode;
  subtitle?: ReactNode;
  /** Status badges, beside the title: what a glance must catch (status, can sign in). */
  badges?: ReactNode;
  /** Further facts, each on its own line, labelled when the label helps. */
  facts?: readonly { label?: string; value: ReactNode }[];
  /** E.g. the row's "Actions for …" menu. */
  actions?: ReactNode;
}

/**
 * A list as cards for a phone, one `li` per record (so a screen reader says "list, 12 items"), every
 * word wrapped rather than cut. The one card layout of every list in the Home Portal.
 */
export function PhoneCards({ label, cards }: { label: string; cards: readonly PhoneCard[] }) {
  return (
    <Stack gap={0} component="ul" aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {cards.map((card) => (
        <Box component="li" key={card.key} p="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
          <Stack gap={4}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Stack gap={0} miw={0} style={{ overflowWrap: 'anywhere' }}>
                {card.title}
                {card.subtitle && (
                  <Text size="sm" component="div">
                    {card.subtitle}
                  </Text>
                )}
              </Stack>
              {(card.badges || card.actions) && (
                <Group gap={4} wrap="nowrap" align="flex-start">
                  {card.badges && (
                    <Stack gap={4} align="flex-end">
                      {card.badges}
                    </Stack>
                  )}
                  {card.actions}
                </Group>
              )}
            </Group>
            {card.facts?.map((fact, index) => (
              <Text key={fact.label ?? index} size="xs" component="div" style={{ overflowWrap: 'anywhere' }}>
                {fact.label && (
                  <Text span size="xs" c="dimmed">
                    {fact.label}:{' '}
                  </Text>
                )}
                {fact.value}
              </Text>
            ))}
          </Stack>
        </Box>
      ))}
    </Stack>
  );
}
