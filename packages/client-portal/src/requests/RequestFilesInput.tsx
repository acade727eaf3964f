import { ActionIcon, Button, FileButton, Group, Input, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconPaperclip, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { UploadError, uploadFile, type UploadFailure, type UploadedFile } from './uploadFile';

/** A file chosen for the request: uploading, stored (with its id), or failed. */
export interface RequestFile {
  key: string;
  file: File;
  state: 'UPLOADING' | 'UPLOADED' | 'FAILED';
  uploaded?: UploadedFile;
  failure?: UploadFailure;
}

interface RequestFilesInputProps {
  files: readonly RequestFile[];
  onChange: (update: (files: RequestFile[]) => RequestFile[]) => void;
  disabled: boolean;
  /** The API's refusal of the files (`fileIds`), shown under the list. */
  error?: string | null;
  /** Another form's wording and id (a message's attachments); a request's by default. */
  label?: string;
  description?: string;
  id?: string;
}

let nextKey = 0;

/**
 * "Files": each chosen file is uploaded at once (`POST /files`), with its size and progress, and can
 * be removed before the request is sent. Only the ids of stored files go with the request.
 */
export function RequestFilesInput({ files, onChange, disabled, error, label, description, id = 'request-files' }: RequestFilesInputProps) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  const controllers = useRef(new Map<string, AbortController>());
  // Lets the same file be chosen again after it was removed.
  const resetPicker = useRef<() => void>(null);

  // Leaving the form stops the uploads still running.
  useEffect(() => {
    const running = controllers.current;
    return () => running.forEach((controller) => controller.abort());
  }, []);

  const start = (key: string, file: File) => {
    const controller = new AbortController();
    controllers.current.set(key, controller);
    uploadFile(file, controller.signal)
      .then((uploaded) =>
        onChange((current) => current.map((entry) => (entry.key === key ? { ...entry, state: 'UPLOADED', uploaded } : entry))),
      )
      .catch((reason: unknown) => {
        if (controller.signal.aborted) return;
        const failure: UploadFailure = reason instanceof UploadError ? reason.failure : 'FAILED';
        onChange((current) => current.map((entry) => (entry.key === key ? { ...entry, state: 'FAILED', failure } : entry)));
      })
      .finally(() => controllers.current.delete(key));
  };

  const add = (chosen: File[]) => {
    const added = chosen.map((file) => ({ key: `file-${++nextKey}`, file, state: 'UPLOADING' as const }));
    onChange((current) => [...current, ...added]);
    added.forEach(({ key, file }) => start(key, file));
    resetPicker.current?.();
  };

  const retry = (key: string, file: File) => {
    onChange((current) => current.map((entry) => (entry.key === key ? { key, file, state: 'UPLOADING' } : entry)));
    start(key, file);
  };

  const remove = (key: string) => {
    controllers.current.get(key)?.abort();
    controllers.current.delete(key);
    onChange((current) => current.filter((entry) => entry.key !== key));
  };

  return (
    <Input.Wrapper
      id={id}
      label={label ?? t('requests.form.files')}
      description={description ?? t('requests.form.filesHint')}
      error={error}
      labelElement="div"
    >
      <Stack gap="xs" mt={6}>
        {files.length > 0 && (
          <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={`${id}-label`}>
            {files.map((entry) => (
              <Paper component="li" key={entry.key} withBorder p="xs">
                <Group gap="sm" wrap="nowrap" align="center">
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {entry.file.name}
                    </Text>
                    <Group gap={6} wrap="nowrap">
                      <Text size="xs" c="dimmed">
                        {formatter.fileSize(entry.file.size)}
                      </Text>
                      {entry.state === 'UPLOADED' && (
                        <Group gap={4} wrap="nowrap">
                          <IconCircleCheck size={14} color="var(--mantine-color-green-text)" aria-hidden />
                          <Text size="xs" c="green">
                            {t('requests.form.uploaded')}
                          </Text>
                        </Group>
                      )}
                      {entry.state === 'UPLOADING' && (
                        <Text size="xs" c="dimmed">
                          {t('requests.form.uploading')}
                        </Text>
                      )}
                    </Group>
                    {entry.state === 'UPLOADING' && (
                      <Progress
                        value={100}
                        animated
                        striped
                        size="sm"
                        mt={4}
                        aria-label={t('requests.form.uploadingFile', { fileName: entry.file.name })}
                      />
                    )}
                    {entry.state === 'FAILED' && (
                      <Text size="xs" c="red" role="alert">
                        {t(`requests.form.uploadFailures.${entry.failure ?? 'FAILED'}`)}
                      </Text>
                    )}
                  </div>
                  {entry.state === 'FAILED' &&
                    entry.failure !== 'TOO_LARGE' &&
                    entry.failure !== 'READ_ONLY_SESSION' &&
                    entry.failure !== 'FORBIDDEN' && (
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        onClick={() => retry(entry.key, entry.file)}
                        aria-label={t('requests.form.retryUpload', { fileName: entry.file.name })}
                        disabled={disabled}
                      >
                        <IconRefresh size={18} aria-hidden />
                      </ActionIcon>
                    )}
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    onClick={() => remove(entry.key)}
                    aria-label={t('requests.form.removeFile', { fileName: entry.file.name })}
                    disabled={disabled}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
        <FileButton
          onChange={add}
          multiple
          disabled={disabled}
          resetRef={resetPicker}
          inputProps={{ 'aria-label': t('requests.form.chooseFiles') }}
        >
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconPaperclip size={18} aria-hidden />} disabled={disabled} w="fit-content">
              {t('requests.form.addFiles')}
            </Button>
          )}
        </FileButton>
      </Stack>
    </Input.Wrapper>
  );
}
