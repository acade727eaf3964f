import { ErrorCode } from '@portico/domain';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/graphqlErrors';
import { useFullScreenDialog } from '../../app/useFullScreenDialog';
import { asErrorLike, findApiError } from '../../forms/serverErrors';
import { useRecordParts } from '../useRecordParts';
import type { ProjectStatus } from '../../gql/graphql';
import { ChangeProjectStatusDocument, type ProjectDetailFragment } from './projects.generated';
import { isProjectStatus, projectStatuses } from '../workStatus';

interface ChangeProjectStatusDialogProps {
  /** `files` is there when the staff member may browse files (else the API says whether any are missing). */
  project: Pick<ProjectDetailFragment, 'id' | 'version' | 'status'> & { files?: ProjectDetailFragment['files'] };
  opened: boolean;
  onClose: () => void;
  /** Reads the project again after someone else changed it. */
  refetch: () => Promise<unknown>;
}

/**
 * "Change status": the new status and a note for the timeline. Delivering a project without
 * translation files first asks whether that is meant (the client would find nothing to download).
 */
export function ChangeProjectStatusDialog({ project, opened, onClose, refetch }: ChangeProjectStatusDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  const [status, setStatus] = useState<ProjectStatus | null>(null);
  const [note, setNote] = useState('');
  const [statusError, setStatusError] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ conflict: boolean; message: string } | null>(null);
  const [confirmingWithoutFiles, setConfirmingWithoutFiles] = useState(false);
  const knownWithoutTranslations =
    project.files !== null && project.files !== undefined && !project.files.some((file) => file.role === 'TARGET');
  const parts = useRecordParts();
  const [changeStatus, { loading }] = useMutation(ChangeProjectStatusDocument, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'projects' });
    },
  });

  const close = () => {
    setStatus(null);
    setNote('');
    setStatusError(null);
    setFailure(null);
    setConfirmingWithoutFiles(false);
    onClose();
  };

  const save = async () => {
    if (!status) {
      setStatusError(t('projects.changeStatus.statusRequired'));
      return;
    }
    setFailure(null);
    if (status === 'DELIVERED' && knownWithoutTranslations && !confirmingWithoutFiles) {
      setConfirmingWithoutFiles(true);
      return;
    }
    try {
      await changeStatus({
        variables: {
          input: {
            id: project.id,
            version: project.version,
            status,
            note: note.trim() || null,
            allowWithoutFiles: status === 'DELIVERED' && confirmingWithoutFiles,
          },
          ...parts,
        },
      });
      notifications.show({ color: 'green', message: t('projects.changeStatus.changed', { status: t(`projects.status.${status}`) }) });
      close();
    } catch (error) {
      const conflict = findApiError(asErrorLike(error), ErrorCode.CONFLICT);
      const noFiles = findApiError(asErrorLike(error), ErrorCode.BAD_USER_INPUT)?.reason === 'NO_TRANSLATION_FILES';
      if (noFiles) {
        // Files this staff member cannot see, or removed meanwhile: the same question as above.
        setConfirmingWithoutFiles(true);
      } else if (conflict) {
        // Someone saved the project meanwhile: show it as it is now; the choice made here stays.
        setFailure({ conflict: true, message: conflict.message });
        await refetch().catch(() => undefined);
      } else {
        setFailure({ conflict: false, message: errorMessage(asErrorLike(error), t) });
      }
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('projects.changeStatus.title')} fullScreen={fullScreen}>
      <Stack gap="md">
        <Select
          label={t('projects.changeStatus.newStatus')}
          data={projectStatuses
            .filter((candidate) => candidate !== project.status)
            .map((value) => ({ value, label: t(`projects.status.${value}`) }))}
          value={status}
          onChange={(value) => {
            setStatus(isProjectStatus(value) ? value : null);
            setStatusError(null);
            setConfirmingWithoutFiles(false);
          }}
          error={statusError}
          withAsterisk
          data-autofocus
          comboboxProps={{ withinPortal: true }}
        />
        <Textarea
          label={t('projects.changeStatus.note')}
          description={t('projects.changeStatus.noteDescription')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
        />
        {confirmingWithoutFiles && status === 'DELIVERED' && (
          <Alert color="orange" title={t('projects.changeStatus.noFilesTitle')} role="alert">
            {t('projects.changeStatus.noFilesText')}
          </Alert>
        )}
        {failure && (
          <Alert
            color={failure.conflict ? 'orange' : 'red'}
            title={failure.conflict ? t('projects.changeStatus.conflictTitle') : t('projects.changeStatus.failed')}
          >
            {failure.message}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button loading={loading} onClick={() => void save()} color={confirmingWithoutFiles ? 'orange' : undefined}>
            {confirmingWithoutFiles && status === 'DELIVERED'
              ? t('projects.changeStatus.deliverWithoutFiles')
              : t('projects.changeStatus.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
