import { Alert, Button, FileInput, Group, Progress, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileZip, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasRight } from '../../auth/useHasRight';
import type { FileRole } from '../../gql/graphql';
import type { StoredFileFieldsFragment } from '../files.generated';
import { FilesByRole, fileRoles, formatFileSize, isFileRole } from '../FilesByRole';
import { useWorkFormat } from '../useWorkFormat';
import { WorkSection } from '../WorkDetailLayout';
import { UploadError, uploadProjectFile } from './uploadProjectFile';

interface ProjectFilesSectionProps {
  projectId: string;
  /** The project's zip of all files (`filesZipUrl`). */
  zipUrl: string;
  files: readonly StoredFileFieldsFragment[];
  /** Reads the project again, so the new file is listed. */
  refetch: () => Promise<unknown>;
}

/** The project's files by role, and for staff who may edit projects an upload with progress. */
export function ProjectFilesSection({ projectId, zipUrl, files, refetch }: ProjectFilesSectionProps) {
  const { t } = useTranslation();
  const mayUpload = useHasRight('FILES:CREATE');
  const mayDownload = useHasRight('FILES:DISPLAY');
  return (
    <WorkSection title={t('work.files.title')}>
      {mayDownload && files.length > 0 && (
        <Group gap="xs">
          <Button component="a" href={zipUrl} download variant="light" leftSection={<IconFileZip size={18} aria-hidden />}>
            {t('work.files.downloadAll')}
          </Button>
          {fileRoles
            .filter((role) => files.some((file) => file.role === role))
            .map((role) => (
              <Button key={role} component="a" href={`${zipUrl}?role=${role}`} download variant="subtle" size="compact-sm">
                {t(`work.files.downloadRole.${role}`)}
              </Button>
            ))}
        </Group>
      )}
      <FilesByRole files={files} />
      {mayUpload && <ProjectFileUpload projectId={projectId} refetch={refetch} />}
    </WorkSection>
  );
}

function ProjectFileUpload({ projectId, refetch }: { projectId: string; refetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { locale } = useWorkFormat();
  const [role, setRole] = useState<FileRole>('SOURCE');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const describe = (error: unknown): string => {
    if (!(error instanceof UploadError)) return t('errors.unexpected');
    if (error.status === 413) return error.apiMessage ?? t('projects.upload.tooLarge');
    if (error.status === 0) return t('errors.network');
    if (error.status === 401) return t('projects.upload.signedOut');
    if (error.status === 403) return error.apiMessage ?? t('projects.upload.forbidden');
    return error.apiMessage ?? t('errors.unexpected');
  };

  const upload = async () => {
    if (!file) return;
    setFailure(null);
    setProgress(0);
    try {
      const uploaded = await uploadProjectFile(projectId, role, file, setProgress);
      notifications.show({ color: 'green', message: t('projects.upload.done', { name: uploaded.fileName }) });
      setFile(null);
      await refetch();
    } catch (error) {
      setFailure(describe(error));
    } finally {
      setProgress(null);
    }
  };

  const uploading = progress !== null;
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('projects.upload.role')}
          data={fileRoles.map((value) => ({ value, label: t(`work.files.roles.${value}`) }))}
          value={role}
          onChange={(value) => {
            if (isFileRole(value)) setRole(value);
          }}
          allowDeselect={false}
          disabled={uploading}
          w={200}
          comboboxProps={{ withinPortal: true }}
        />
        <FileInput
          label={t('projects.upload.file')}
          placeholder={t('projects.upload.choose')}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setFailure(null);
          }}
          clearable
          disabled={uploading}
          miw={220}
          style={{ flex: 1 }}
        />
        <Button leftSection={<IconUpload size={16} aria-hidden />} disabled={!file} loading={uploading} onClick={() => void upload()}>
          {t('projects.upload.submit')}
        </Button>
      </Group>
      {file && !uploading && (
        <Text size="xs" c="dimmed">
          {t('projects.upload.chosen', { name: file.name, size: formatFileSize(file.size, locale) })}
        </Text>
      )}
      {uploading && (
        <Progress
          value={Math.round(progress * 100)}
          aria-label={t('projects.upload.progress', { percent: Math.round(progress * 100) })}
          animated
        />
      )}
      {failure && (
        <Alert color="red" title={t('projects.upload.failed')}>
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
