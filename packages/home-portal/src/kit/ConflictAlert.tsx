import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/graphqlErrors';
import { formatDateTime } from '../app/dateTime';
import type { VersionedSave } from './useVersionedSave';

/**
 * What a refused stale save needs: who saved in between and when, "Reload"; after the reload,
 * which fields differ between what is typed and what is stored now.
 */
export function ConflictAlert<Values>({ versioned }: { versioned: VersionedSave<Values> }) {
  const { t } = useTranslation();
  const { conflict } = versioned;
  if (!conflict) return null;

  if (!conflict.reloaded) {
    const { details } = conflict;
    let savedBy = t('conflict.savedBySomeone');
    if (details.updatedBy && details.updatedAt) {
      savedBy = t('conflict.savedByAt', { name: details.updatedBy, date: formatDateTime(details.updatedAt) });
    } else if (details.updatedAt) {
      savedBy = t('conflict.savedAt', { date: formatDateTime(details.updatedAt) });
    }
    return (
      <Alert color="orange" title={t('conflict.title')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{savedBy}</Text>
          <Text size="sm">{t('conflict.notSaved')}</Text>
          {versioned.reloadError && (
            <Text size="sm" c="red">
              {t('conflict.reloadFailed', { message: errorMessage(versioned.reloadError, t) })}
            </Text>
          )}
          <Button size="xs" color="orange" loading={versioned.reloading} onClick={() => void versioned.reload()}>
            {t('conflict.reload')}
          </Button>
        </Stack>
      </Alert>
    );
  }

  const { differences } = conflict.reloaded;
  if (differences.length === 0) {
    return (
      <Alert color="blue" title={t('conflict.reloadedTitle', { version: versioned.version })}>
        <Text size="sm">{t('conflict.noDifferences')}</Text>
      </Alert>
    );
  }
  return (
    <Alert color="blue" title={t('conflict.reloadedTitle', { version: versioned.version })}>
      <Stack gap="xs">
        <Text size="sm">{t('conflict.differencesIntro')}</Text>
        <Table.ScrollContainer minWidth={320}>
          <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={t('conflict.differencesTable')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('conflict.field')}</Table.Th>
                <Table.Th>{t('conflict.stored')}</Table.Th>
                <Table.Th>{t('conflict.typed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {differences.map((difference) => (
                <Table.Tr key={difference.path}>
                  <Table.Td>{difference.label}</Table.Td>
                  <Table.Td>{difference.stored}</Table.Td>
                  <Table.Td fw={500}>{difference.typed}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={versioned.discardChanges}>
            {t('conflict.useStored')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
