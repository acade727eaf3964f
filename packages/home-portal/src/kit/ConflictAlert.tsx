import { Alert, Button, Group, Radio, Stack, Table, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/graphqlErrors';
import { formatDateTime } from '../app/dateTime';
import type { MergeChoice, VersionedSave } from './useVersionedSave';

/**
 * A refused stale save, shown beside the Save button it came from: who saved in between and when,
 * "Reload and merge"; after the reload, the three-way merge: the colleague's changes taken into the
 * form, the user's kept, and a choice per field both changed. It is an alert (read out at once) and
 * takes the focus when it appears and when the merge is shown.
 */
export function ConflictAlert<Values>({ versioned }: { versioned: VersionedSave<Values> }) {
  const { t } = useTranslation();
  const { conflict } = versioned;
  const alertRef = useRef<HTMLDivElement>(null);
  const stage = conflict ? (conflict.reloaded ? `reloaded:${conflict.reloaded.stored.version}` : 'refused') : null;

  useEffect(() => {
    if (stage) alertRef.current?.focus();
  }, [stage]);

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
      <Alert ref={alertRef} tabIndex={-1} color="orange" title={t('conflict.title')} aria-live="assertive">
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

  const { merge } = conflict.reloaded;
  return (
    <Alert ref={alertRef} tabIndex={-1} color="blue" title={t('conflict.reloadedTitle', { version: versioned.version })}>
      <Stack gap="xs">
        {merge.theirs.length > 0 && (
          <Stack gap={2}>
            <Text size="sm">{t('conflict.theirsTaken')}</Text>
            <ul aria-label={t('conflict.theirsTaken')} style={{ margin: 0, paddingInlineStart: 20 }}>
              {merge.theirs.map((field) => (
                <li key={field.path}>
                  <Text size="sm" span>
                    {t('conflict.fieldChange', { field: field.label, from: field.opened, to: field.stored })}
                  </Text>
                </li>
              ))}
            </ul>
          </Stack>
        )}
        {merge.mine.length > 0 && (
          <Stack gap={2}>
            <Text size="sm">{t('conflict.mineKept')}</Text>
            <ul aria-label={t('conflict.mineKept')} style={{ margin: 0, paddingInlineStart: 20 }}>
              {merge.mine.map((field) => (
                <li key={field.path}>
                  <Text size="sm" span>
                    {t('conflict.fieldChange', { field: field.label, from: field.opened, to: field.typed })}
                  </Text>
                </li>
              ))}
            </ul>
          </Stack>
        )}
        {merge.both.length > 0 ? (
          <>
            <Text size="sm">{t('conflict.bothIntro')}</Text>
            <Table.ScrollContainer minWidth={420}>
              <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={t('conflict.bothTable')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('conflict.field')}</Table.Th>
                    <Table.Th>{t('conflict.opened')}</Table.Th>
                    <Table.Th>{t('conflict.stored')}</Table.Th>
                    <Table.Th>{t('conflict.typed')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {merge.both.map((field) => (
                    <Table.Tr key={field.path}>
                      <Table.Td>{field.label}</Table.Td>
                      <Table.Td>{field.opened}</Table.Td>
                      <Table.Td>
                        <Radio
                          name={`merge-${field.path}`}
                          value="theirs"
                          checked={field.choice === 'theirs'}
                          onChange={() => versioned.chooseField(field.path, 'theirs' satisfies MergeChoice)}
                          label={field.stored}
                          aria-label={t('conflict.takeTheirs', { field: field.label, value: field.stored })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Radio
                          name={`merge-${field.path}`}
                          value="mine"
                          checked={field.choice === 'mine'}
                          onChange={() => versioned.chooseField(field.path, 'mine' satisfies MergeChoice)}
                          label={field.typed}
                          aria-label={t('conflict.keepMine', { field: field.label, value: field.typed })}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        ) : (
          <Text size="sm">{merge.mine.length > 0 ? t('conflict.mergedSave') : t('conflict.noDifferences')}</Text>
        )}
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={versioned.discardChanges}>
            {t('conflict.useStored')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
