import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../app/dateTime';
import type { FileRole } from '../gql/graphql';
import type { StoredFileFieldsFragment } from './files.generated';
import { useWorkFormat } from './useWorkFormat';

/** The order roles are listed and offered for upload in; typed against the schema. */
const roleOrder = { SOURCE: 1, TARGET: 2, REFERENCE: 3 } as const satisfies Record<FileRole, number>;

export const fileRoles = Object.keys(roleOrder) as FileRole[];

export function isFileRole(value: string | null): value is FileRole {
  return value !== null && Object.hasOwn(roleOrder, value);
}

/** "2.4 MB", "850 kB", "12 bytes" in the staff member's language. */
export function formatFileSize(bytes: number, locale: string): string {
  if (bytes < 1000) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  if (bytes < 1_000_000)
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(bytes / 1000);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
}

/** A project's or request's files under Source, Target and Reference, each a download link. */
export function FilesByRole({ files }: { files: readonly StoredFileFieldsFragment[] }) {
  const { t } = useTranslation();
  const format = useWorkFormat();
  if (files.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('work.files.none')}
      </Text>
    );
  }
  return (
    <Stack gap="md">
      {fileRoles
        .map((role) => ({ role, ofRole: files.filter((file) => file.role === role) }))
        .filter(({ ofRole }) => ofRole.length > 0)
        .map(({ role, ofRole }) => (
          <Stack key={role} gap={4}>
            <Title order={4} size="h6">
              {t(`work.files.roles.${role}`)}
            </Title>
            <Table.ScrollContainer minWidth={480}>
              <Table verticalSpacing={6} fz="sm" aria-label={t(`work.files.roles.${role}`)}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('work.files.name')}</Table.Th>
                    <Table.Th>{t('work.files.size')}</Table.Th>
                    <Table.Th>{t('work.files.uploaded')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {ofRole.map((file) => (
                    <Table.Tr key={file.id}>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        <Anchor href={file.downloadUrl} download={file.fileName} size="sm">
                          <Group gap={4} component="span" wrap="nowrap">
                            <IconDownload size={14} aria-hidden />
                            {file.fileName}
                          </Group>
                        </Anchor>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatFileSize(file.sizeBytes, format.locale)}</Table.Td>
                      <Table.Td>{t('work.files.uploadedByAt', { name: file.uploadedBy, date: formatDateTime(file.uploadedAt) })}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        ))}
    </Stack>
  );
}
