import { Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, fromDateTimeInput } from '../../app/dateTime';
import { useRecordParts } from '../useRecordParts';
import { UpdateProjectDocument, type ProjectDetailFragment } from './projects.generated';
import { ConflictAlert } from '../../kit/ConflictAlert';
import { useVersionedSave, versionedMutation, type ComparedField, type VersionedValues } from '../../kit/useVersionedSave';
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
  const parts = useRecordParts();
  const versioned = useVersionedSave<ProjectValues>({
    form,
    stored,
    fields: comparedFields,
    refetch: async () => {
      const fresh = await refetch();
      return fresh ? storedProject(fresh) : null;
    },
    mutation: versionedMutation(UpdateProjectDocument, {
      variables: (values, version) => ({ input: { id: project.id, version, ...projectInput(values) }, ...parts }),
      saved: (data) => storedProject(data.updateProject),
      // Name, languages, deadline and cost show in the lists.
      evictLists: ['projects'],
    }),
    formFields: projectFields,
    onSaved: () => notifications.show({ color: 'green', message: t('projects.detail.saved') }),
  });

  return (
    <Stack gap="md">
      <form onSubmit={versioned.handleSubmit} noValidate aria-label={t('projects.detail.formLabel')}>
        <Stack gap="lg">
          <ProjectFields form={form} readOnly={readOnly} />
          {/* Beside Save, where the user is looking when a save is refused. */}
          <ConflictAlert versioned={versioned} />
          <WorkFormFooter
            alert={versioned.alert}
            alertTitle={t('projects.detail.saveFailed')}
            submitLabel={t('common.save')}
            saving={versioned.saving}
            submitDisabled={!versioned.dirty}
            onCancel={versioned.discardChanges}
            cancelLabel={t('common.discardChanges')}
            cancelDisabled={!versioned.dirty || versioned.saving}
            readOnly={readOnly}
          />
        </Stack>
      </form>
    </Stack>
  );
}
