import { Modal, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { toDateTimeInput } from '../../app/dateTime';
import { useFullScreenDialog } from '../../app/useFullScreenDialog';
import type { ClientOption } from '../../clients/ClientSearchSelect';
import { CreateProjectDocument, type CreateProjectMutation } from './projects.generated';
import { NewWorkClientField } from '../NewWorkClientField';
import { chosenClientSchema, targetLanguagesCheck } from '../workScope';
import { prefilledClient, prefilledScope, type WorkPrefill } from '../workPrefill';
import { useCreateWork } from '../useCreateWork';
import { WorkFormFooter } from '../WorkFormFooter';
import { ProjectFields } from './ProjectFields';
import { projectFields, projectInput, projectShape, type ProjectValues } from './projectForm';

export type CreatedProject = CreateProjectMutation['createProject'];

interface NewProjectValues extends ProjectValues {
  client: ClientOption | null;
}

interface NewProjectDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Called with the new project once it is stored. */
  onCreated: (project: CreatedProject) => void;
  /** The client or request the project starts from. */
  prefill?: WorkPrefill;
}

/** "New project": for a client, or to answer a client request ("Start project"). */
export function NewProjectDialog({ opened, onClose, onCreated, prefill }: NewProjectDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  return (
    <Modal opened={opened} onClose={onClose} title={t('projects.new.title')} size="xl" fullScreen={fullScreen}>
      {/* Mounted while open only: each opening starts from the prefill. */}
      <NewProjectForm prefill={prefill} onCancel={onClose} onCreated={onCreated} />
    </Modal>
  );
}

function NewProjectForm({
  prefill,
  onCancel,
  onCreated,
}: {
  prefill: WorkPrefill | undefined;
  onCancel: () => void;
  onCreated: (project: CreatedProject) => void;
}) {
  const { t } = useTranslation();
  const schema = useMemo(() => z.object({ ...projectShape(t), client: chosenClientSchema(t) }).check(targetLanguagesCheck(t)), [t]);
  const form = useForm<NewProjectValues>({
    mode: 'controlled',
    initialValues: {
      client: prefilledClient(prefill),
      ...prefilledScope(prefill),
      deadline: toDateTimeInput(prefill?.request?.deadline),
      totalCost: '',
      currency: 'EUR',
      catTool: null,
    },
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const { alert, loading, create } = useCreateWork(CreateProjectDocument, {
    listField: 'projects',
    created: (data) => data.createProject,
    createdMessage: (created) => t('projects.new.created', { number: created.number }),
    prefill,
    onCreated,
    setFieldErrors: form.setErrors,
  });

  const handleSubmit = form.onSubmit((values) =>
    create(values.client, (owner) => ({ input: { ...owner, ...projectInput(values) } }), projectFields),
  );

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <NewWorkClientField
          prefill={prefill}
          value={form.values.client}
          onChange={(client) => form.setFieldValue('client', client)}
          error={form.errors.client}
        />
        <ProjectFields form={form} autoFocus={prefilledClient(prefill) !== null} />
        <WorkFormFooter
          alert={alert}
          alertTitle={t('projects.new.failed')}
          submitLabel={t('projects.new.submit')}
          saving={loading}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
