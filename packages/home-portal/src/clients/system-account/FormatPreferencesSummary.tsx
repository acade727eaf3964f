import { Button, Group, Table, Text, Title } from '@mantine/core';
import { IconAdjustments } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalLanguage } from '../../gql/graphql';
import {
  formatPreferenceExample,
  formatPreferenceFields,
  formatPreferenceLabel,
  type FormatPreferenceField,
  type FormatPreferencesValues,
} from './formatPreferences';

interface FormatPreferencesSummaryProps {
  preferences: FormatPreferencesValues;
  language: PortalLanguage;
  errors: Partial<Record<FormatPreferenceField, ReactNode>>;
  /** Absent when the viewer may not edit. */
  onEdit?: () => void;
}

/** "Format Preferences": each current value ("Default for the language" when none is set) with an example. */
export function FormatPreferencesSummary({ preferences, language, errors, onEdit }: FormatPreferencesSummaryProps) {
  const { t } = useTranslation();
  const [now] = useState(() => new Date());
  return (
    <div>
      <Group justify="space-between" gap="xs" mb="xs">
        <Title order={4} size="h6" id="format-preferences-title">
          {t('formatPreferences.title')}
        </Title>
        {onEdit && (
          <Button size="xs" variant="light" leftSection={<IconAdjustments size={16} aria-hidden />} onClick={onEdit}>
            {t('formatPreferences.edit')}
          </Button>
        )}
      </Group>
      <Table verticalSpacing={6} fz="sm" aria-labelledby="format-preferences-title">
        <Table.Tbody>
          {formatPreferenceFields.map((field) => {
            const example = formatPreferenceExample(field, preferences, language, now);
            const isDefault = preferences[field] === null;
            return (
              <Table.Tr key={field}>
                <Table.Th scope="row" fw={500} w="45%">
                  {t(`formatPreferences.fields.${field}`)}
                </Table.Th>
                <Table.Td>
                  <Text size="sm" c={isDefault ? 'dimmed' : undefined}>
                    {formatPreferenceLabel(field, preferences, t)}
                  </Text>
                  {example && (
                    <Text size="xs" c="dimmed">
                      {t('formatPreferences.example', { example })}
                    </Text>
                  )}
                  {errors[field] && (
                    <Text size="xs" c="red">
                      {errors[field]}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
