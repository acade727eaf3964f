import { useMutation } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, fromDateTimeInput } from '../../app/dateTime';
import { ConflictAlert } from '../../forms/ConflictAlert';
import { asErrorLike, splitSaveError } from '../../forms/serverErrors';
import { useVersionedForm, type ComparedField, type VersionedValues } from '../../forms/useVersionedForm';
import { useRecordParts } from '../useRecordParts';
import { UpdateProjectDocument, type ProjectDetailFragment } from '../../gql/graphql';
import { useWorkFormat } from '../useWorkFormat';
import { WorkFormFooter } from '../WorkFormFooter';
import { workScopeComparedFields } from '../workScope';
import { useCatToolOptions } from './catTools';
import { ProjectFields } from './ProjectFields';
import { projectFields, projectInput, projectSchema, projectValues, type ProjectValues } from './projectForm';

interface ProjectDetailsFormProps {
  project: ProjectDetailFragment;
  /** Reads the project from the server again (after a conflict). */
  refetch: () => Promise<ProjectDetailFragment | null>;
  /** True without the right to edit projects. */
  readOnly: boolean;
}

function storedProject(project: ProjectDetailFragment): VersionedValues<ProjectValues> {
  return { values: projectValues(project), version: project.version };
}

/** A project's fields, saved with the version they were loaded at; a stale save shows who saved in between. */
export function ProjectDetailsForm({ project, refetch, readOnly }: ProjectDetailsFormProps) {
  const { t } = useTranslation();
  const format = useWorkFormat();
  const catTools = useCatToolOptions();
  const schema = useMemo(() => projectSchema(t), [t]);
  const stored = useMemo(() => storedProject(project), [project]);
  const form = useForm<ProjectValues>({
    mode: 'controlled',
    initialValues: stored.values,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const comparedFields = useMemo<ComparedField<ProjectValues>[]>(
    () => [
      ...workScopeComparedFields<ProjectValues>(t, format),
      {
        path: 'deadline',
        label: t('work.fields.deadline'),
        display: (values) => formatDateTime(fromDateTimeInput(values.deadline) ?? values.deadline),
      },
      {
        path: 'totalCost',
        label: t('projects.fields.totalCost'),
        display: (values) => `${values.totalCost.trim()} ${values.currency.trim()}`,
      },
      {
        path: 'catTool',
        label: t('projects.fields.catTool'),
        display: (values) => (values.catTool ? catTools.labelOf(values.catTool) : t('projects.fields.noCatTool')),
      },
    ],
    [t, format, catTools],
  );
  const versioned = useVersionedForm({
    form,
    stored,
    fields: comparedFields,
    refetch: async () => {
      const fresh = await refetch();
      return fresh ? storedProject(fresh) : null;
    },
  });
  const [alert, setAlert] = useState<string | null>(null);
  const parts = useRecordParts();
  const [updateProject, { loading: saving }] = useMutation(UpdateProjectDocument, {
    update(cache) {
      // Name, languages, deadline and cost show in the lists.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'projects' });
    },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setAlert(null);
    try {
      const { data } = await updateProject({
        variables: { input: { id: project.id, version: versioned.version, ...projectInput(values) }, ...parts },
      });
      if (!data) return;
      versioned.acceptSaved(storedProject(data.updateProject));
      notifications.show({ color: 'green', message: t('projects.detail.saved') });
    } catch (error) {
      if (versioned.handleConflict(asErrorLike(error))) return;
      const failure = splitSaveError(asErrorLike(error), projectFields, t);
      form.setErrors(failure.fieldErrors);
      setAlert(failure.alert);
    }
  });

  return (
    <Stack gap="md">
      <ConflictAlert versioned={versioned} />
      <form onSubmit={handleSubmit} noValidate aria-label={t('projects.detail.formLabel')}>
        <Stack gap="lg">
          <ProjectFields form={form} readOnly={readOnly} />
          <WorkFormFooter
            alert={alert}
            alertTitle={t('projects.detail.saveFailed')}
            submitLabel={t('common.save')}
            saving={saving}
            submitDisabled={!versioned.dirty}
            onCancel={versioned.discardChanges}
            cancelLabel={t('common.discardChanges')}
            cancelDisabled={!versioned.dirty || saving}
            readOnly={readOnly}
          />
        </Stack>
      </form>
    </Stack>
  );
}
