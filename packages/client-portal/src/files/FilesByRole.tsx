import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFile, IconFileZip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useClientFormatter } from '../formatting/useClientFormatter';
import type { FileRole, StoredFileFieldsFragment } from '../gql/graphql';
import { useClientMay } from '../session/clientRights';

const roles: readonly FileRole[] = ['SOURCE', 'TARGET', 'REFERENCE'];

interface FilesByRoleProps {
  files: readonly StoredFileFieldsFragment[];
  /** The heading level of each group's title, below the section's own heading. */
  headingOrder?: 3 | 4;
  /** The record's zip of all files (a project's `filesZipUrl`): offers "Download all" and each role as a zip. */
  zipUrl?: string;
}

/**
 * Files grouped as source, translated (target) and reference files. A file downloads from its link
 * with the client's session; without Files Display the name is shown without a link.
 */
export function FilesByRole({ files, headingOrder = 3, zipUrl }: FilesByRoleProps) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  const mayDownload = useClientMay('FILES', 'DISPLAY');
  const groups = roles
    .map((role) => ({ role, files: files.filter((file) => file.role === role) }))
    .filter((group) => group.files.length > 0);

  if (groups.length === 0) return <Text c="dimmed">{t('files.none')}</Text>;

  const zips = mayDownload && zipUrl !== undefined;
  return (
    <Stack gap="md">
      {zips && (
        <Group>
          <Button component="a" href={zipUrl} download variant="light" leftSection={<IconFileZip size={18} aria-hidden />}>
            {t('files.downloadAll')}
          </Button>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, md: groups.length > 1 ? 2 : 1 }} spacing="md">
        {groups.map((group) => (
          <Stack key={group.role} gap="xs">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Title order={headingOrder} fz="sm" tt="uppercase" c="dimmed">
                {t(`files.roles.${group.role}`)}
              </Title>
              {zips && group.files.length > 1 && (
                <Anchor href={`${zipUrl}?role=${group.role}`} download size="sm">
                  {t(`files.downloadRole.${group.role}`)}
                </Anchor>
              )}
            </Group>
            <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
              {group.files.map((file) => (
                <Paper component="li" key={file.id} withBorder p="xs">
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    {mayDownload ? (
                      <IconDownload size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                    ) : (
                      <IconFile size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                    )}
                    <div style={{ minWidth: 0 }}>
                      {mayDownload ? (
                        <Anchor
                          href={file.downloadUrl}
                          download={file.fileName}
                          fw={500}
                          style={{ overflowWrap: 'anywhere' }}
                          aria-label={t('files.download', { fileName: file.fileName })}
                        >
                          {file.fileName}
                        </Anchor>
                      ) : (
                        <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
                          {file.fileName}
                        </Text>
                      )}
                      <Text size="xs" c="dimmed">
                        {formatter.fileSize(file.sizeBytes)} · {formatter.dateTime(file.uploadedAt)}
                      </Text>
                    </div>
                  </Group>
                </Paper>
              ))}
            </Stack>
          </Stack>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
