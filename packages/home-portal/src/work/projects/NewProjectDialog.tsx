import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { toDateTimeInput } from '../../app/dateTime';
import { useFullScreenDialog } from '../../app/useFullScreenDialog';
import type { ClientOption } from '../../clients/ClientSearchSelect';
import { asErrorLike } from '../../forms/serverErrors';
import { CreateProjectDocument, type CreateProjectMutation } from '../../gql/graphql';
import { NewWorkClientField } from '../NewWorkClientField';
import { chosenClientSchema, targetLanguagesCheck } from '../workScope';
import { prefilledClient, prefilledScope, type WorkPrefill } from '../workPrefill';
import { splitNewWorkSaveError } from '../workSaveErrors';
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

function NewProjectForm({ prefill, onCancel, onCreated }: { prefill: WorkPrefill | undefined; onCancel: () => void; onCreated: (project: CreatedProject) => void }) {
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
  const [alert, setAlert] = useState<string | null>(null);
  const [createProject, { loading }] = useMutation(CreateProjectDocument, {
    update(cache) {
      // Lists of projects (and of requests, when one was answered) may all be missing it now.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'projects' });
      if (prefill?.request) cache.evict({ id: 'ROOT_QUERY', fieldName: 'clientRequests' });
      cache.gc();
    },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setAlert(null);
    if (!values.client) return;
    try {
      const { data } = await createProject({
        variables: { input: { clientId: values.client.id, requestId: prefill?.request?.id ?? null, ...projectInput(values) } },
      });
      if (!data) return;
      notifications.show({ color: 'green', message: t('projects.new.created', { number: data.createProject.number }) });
      onCreated(data.createProject);
    } catch (error) {
      const failure = splitNewWorkSaveError(asErrorLike(error), projectFields, t);
      form.setErrors(failure.fieldErrors);
      setAlert(failure.alert);
    }
  });

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
        {alert && (
          <Alert color="red" title={t('projects.new.failed')}>
            {alert}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('projects.new.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
