import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Input, Loader, Paper, SegmentedControl, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDownload, IconFile, IconFileText, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { MyFilesDocument, type FileListFieldsFragment, type FileRole, type WorkRecordKind } from '../gql/graphql';
import { clientMay, useClientMay } from '../session/clientRights';
import { useClientViewer } from '../session/sessionContext';
import { LoadMore, PAGE_SIZE } from '../work/LoadMore';
import { PageHeader } from '../work/PageHeader';
import { EmptyList, LoadError, LoadingState } from '../work/QueryStates';
import { TableScroll } from '../work/TableScroll';
import { useCompactLayout } from '../work/useCompactLayout';
import { useListFilters } from '../work/useListFilters';

export const fileRoles: readonly FileRole[] = ['SOURCE', 'TARGET', 'REFERENCE'];

const ALL = 'ALL';

/** Where a file's project or request opens, and the area whose Display right opens it. */
const recordPages: Record<WorkRecordKind, { area: 'PROJECTS' | 'REQUESTS'; path: string }> = {
  PROJECT: { area: 'PROJECTS', path: '/projects' },
  REQUEST: { area: 'REQUESTS', path: '/requests' },
};

/**
 * Files: every file of the client's projects and requests, newest first, filtered by role (source,
 * delivered translation, reference) and searched by file name; both are kept in the address.
 */
export function FilesPage() {
  const { t } = useTranslation();
  const compact = useCompactLayout();
  const filters = useListFilters(fileRoles, 'role');
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(MyFilesDocument, {
    variables: { role: filters.choice, search: filters.search, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const files = (data ?? previousData)?.myFiles;
  const roleOptions = [
    { value: ALL, label: t('files.allRoles') },
    ...fileRoles.map((role) => ({ value: role, label: t(`files.roleOptions.${role}`) })),
  ];
  const chooseRole = (value: string | null) => filters.setChoice(fileRoles.find((role) => role === value) ?? null);
  const filterKey = `${filters.choice ?? ''}:${filters.search ?? ''}`;

  const loadMore = async () => {
    const last = files?.at(-1);
    if (!last) return 0;
    const result = await fetchMore({
      variables: { before: last.id },
      updateQuery: (previous, { fetchMoreResult }) => ({ myFiles: [...previous.myFiles, ...fetchMoreResult.myFiles] }),
    });
    return result.data?.myFiles.length ?? 0;
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('areas.FILES.title')} />
      <Group gap="sm" align="flex-end" wrap="wrap">
        {compact ? (
          <Select
            label={t('files.roleFilter')}
            data={roleOptions}
            value={filters.choice ?? ALL}
            onChange={chooseRole}
            allowDeselect={false}
            w="100%"
          />
        ) : (
          <Input.Wrapper id="file-role-filter" label={t('files.roleFilter')} labelElement="div">
            <div>
              <SegmentedControl
                role="radiogroup"
                aria-labelledby="file-role-filter-label"
                data={roleOptions}
                value={filters.choice ?? ALL}
                onChange={chooseRole}
                mt={4}
              />
            </div>
          </Input.Wrapper>
        )}
        <TextInput
          label={t('files.search')}
          placeholder={t('files.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={loading && files ? <Loader size="xs" aria-label={t('app.loading')} /> : null}
          value={filters.searchText}
          onChange={(event) => filters.setSearchText(event.currentTarget.value)}
          type="search"
          style={{ flex: '1 1 16rem' }}
        />
      </Group>

      {!files ? (
        error ? (
          <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <LoadingState />
        )
      ) : files.length === 0 ? (
        filters.filtered ? (
          <EmptyList icon={<IconSearch size={28} aria-hidden />} title={t('files.noMatchTitle')} text={t('files.noMatchText')}>
            <Button variant="default" onClick={filters.clear}>
              {t('list.clearFilters')}
            </Button>
          </EmptyList>
        ) : (
          <EmptyList icon={<IconFileText size={28} aria-hidden />} title={t('files.emptyTitle')} text={t('files.emptyText')} />
        )
      ) : (
        <>
          {error && <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />}
          <FileList key={filterKey} files={files} compact={compact} />
          <LoadMore key={`more:${filterKey}`} loaded={files.length} onLoadMore={loadMore} />
        </>
      )}
    </Stack>
  );
}

/** A table on wide screens, cards on phones. */
function FileList({ files, compact }: { files: readonly FileListFieldsFragment[]; compact: boolean }) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  const mayDownload = useClientMay('FILES', 'DISPLAY');

  // Without Files Display the name is shown without a link, as on a project's page.
  const fileName = (file: FileListFieldsFragment) =>
    mayDownload ? (
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
      <Text fw={500} span style={{ overflowWrap: 'anywhere' }}>
        {file.fileName}
      </Text>
    );

  if (compact) {
    return (
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('areas.FILES.title')}>
        {files.map((file) => (
          <Paper component="li" key={file.id} withBorder p="sm">
            <Group gap="sm" wrap="nowrap" align="flex-start">
              {mayDownload ? (
                <IconDownload size={18} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
              ) : (
                <IconFile size={18} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
              )}
              <Stack gap={4} miw={0}>
                {fileName(file)}
                <Text size="sm">
                  {t(`files.role.${file.role}`)} · {formatter.fileSize(file.sizeBytes)}
                </Text>
                <AttachedTo record={file.attachedTo} />
                <Text size="xs" c="dimmed">
                  {t('files.uploaded', { date: formatter.dateTime(file.uploadedAt), name: file.uploadedBy })}
                </Text>
              </Stack>
            </Group>
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <TableScroll minWidth={860} label={t('areas.FILES.title')}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('areas.FILES.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('files.columns.fileName')}</Table.Th>
            <Table.Th scope="col">{t('files.columns.role')}</Table.Th>
            <Table.Th scope="col">{t('files.columns.attachedTo')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('files.columns.size')}
            </Table.Th>
            <Table.Th scope="col">{t('files.columns.uploadedAt')}</Table.Th>
            <Table.Th scope="col">{t('files.columns.uploadedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {files.map((file) => (
            <Table.Tr key={file.id}>
              <Table.Td>{fileName(file)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`files.role.${file.role}`)}</Table.Td>
              <Table.Td>
                <AttachedTo record={file.attachedTo} />
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatter.fileSize(file.sizeBytes)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatter.dateTime(file.uploadedAt)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{file.uploadedBy}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** The project or request a file belongs to: its number (a link with the area's Display right) and name. */
function AttachedTo({ record }: { record: FileListFieldsFragment['attachedTo'] }) {
  const { t } = useTranslation();
  const viewer = useClientViewer();
  if (!record) {
    return (
      <Text size="sm" c="dimmed" span>
        {t('files.notAttached')}
      </Text>
    );
  }
  const page = recordPages[record.kind];
  const label = t(`files.attachedTo.${record.kind}`, { number: record.number });
  return (
    <div style={{ minWidth: 0 }}>
      {clientMay(viewer, page.area, 'DISPLAY') ? (
        <Anchor component={Link} to={`${page.path}/${record.id}`} size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {label}
        </Anchor>
      ) : (
        <Text size="sm" fw={600} span style={{ whiteSpace: 'nowrap' }}>
          {label}
        </Text>
      )}
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {record.name}
      </Text>
    </div>
  );
}
