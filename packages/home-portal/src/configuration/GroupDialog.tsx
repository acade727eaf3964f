import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { useFullScreenDialog } from '../app/useFullScreenDialog';
import { firstProblem } from '../forms/zodChecks';
import { ConflictAlert } from '../kit/ConflictAlert';
import { useVersionedSave, type ComparedField, type VersionedMutation, type VersionedValues } from '../kit/useVersionedSave';
import { RightsMatrix, type Matrix, type MatrixOption, type OfferedRights } from './RightsMatrix';

/** What the dialog reads of a stored group. */
interface StoredGroup {
  id: string;
  name: string;
  version: number;
}

/** What every group's form holds, beside the fields only its kind has. */
export interface GroupValues<Row extends string, Column extends string> {
  name: string;
  rights: Matrix<Row, Column>;
}

/** Fields only one kind of group has ("Access Allowed", the special rights), compared after a conflict like the rest. */
export interface GroupFields<Values> {
  compared: ComparedField<Values>[];
  render: (form: UseFormReturnType<Values>, readOnly: boolean) => ReactNode;
}

/** What a kind of group (client groups, user groups) puts into the group dialog. */
export interface GroupKind<Group extends StoredGroup, Values extends GroupValues<Row, Column>, Row extends string, Column extends string> {
  /** Where the dialog's words are: addTitle, editTitle, name, nameRequired, nameTooLong, rightsTitle, rightsDescription, saveFailed, create, saved, created. */
  messages: 'clientGroups' | 'userGroups';
  rowHeader: string;
  rows: readonly MatrixOption<Row>[];
  columns: readonly MatrixOption<Column>[];
  /** The rights that do something in each row (`@portico/domain`). */
  offered: OfferedRights<Row, Column>;
  emptyValues: Values;
  values: (group: Group) => Values;
  /** The form's paths the API may name in a refusal. */
  formFields: readonly string[];
  create: VersionedMutation<Values>;
  update: (group: Group) => VersionedMutation<Values>;
  /** False: the viewer may only look at this group, even with the right to edit groups. */
  editable?: (group: Group) => boolean;
  /** Why the group's name cannot change (a built-in group), shown under it; null when it can. */
  fixedName?: (group: Group) => string | null;
  /** Matrix cells the viewer may not change. */
  isLocked?: (row: Row, column: Column) => boolean;
  /** Under the matrix, e.g. why some cells are disabled. */
  matrixNote?: (readOnly: boolean) => ReactNode;
  /** Above the form, e.g. why the group is read-only. */
  notice?: (group: Group | null, mayEdit: boolean) => ReactNode;
  beforeRights?: GroupFields<Values>;
  afterRights?: GroupFields<Values>;
}

/** What the dialog does: add a group (maybe prefilled, for "Duplicate"), or show and edit one. */
export type GroupDialogMode<Group, Values> = { kind: 'add'; prefill?: Values | null } | { kind: 'edit'; group: Group };

export interface GroupDialogProps<Group, Values> {
  mode: GroupDialogMode<Group, Values> | null;
  /** False: groups are only shown (no right to edit them). */
  mayEdit: boolean;
  onClose: () => void;
  /** Reads the groups from the server again and returns this one as stored now (after a conflict). */
  refetchGroup: (id: string) => Promise<Group | null>;
}

function isEditable<Group extends StoredGroup>(kind: { editable?: (group: Group) => boolean }, group: Group): boolean {
  return kind.editable?.(group) ?? true;
}

/** Add or edit a group: its name, its kind's own fields and its rights matrix. */
export function GroupDialog<Group extends StoredGroup, Values extends GroupValues<Row, Column>, Row extends string, Column extends string>({
  kind,
  mode,
  mayEdit,
  onClose,
  refetchGroup,
}: GroupDialogProps<Group, Values> & { kind: GroupKind<Group, Values, Row, Column> }) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  let title = t(`${kind.messages}.addTitle`);
  if (mode?.kind === 'edit') {
    title = mayEdit && isEditable(kind, mode.group) ? t(`${kind.messages}.editTitle`, { name: mode.group.name }) : mode.group.name;
  }
  const formProps = { kind, mayEdit, onClose, refetchGroup };
  return (
    <Modal opened={mode !== null} onClose={onClose} title={title} size="xl" fullScreen={fullScreen}>
      {mode?.kind === 'add' && <GroupForm key="add" group={null} prefill={mode.prefill ?? null} {...formProps} mayEdit />}
      {mode?.kind === 'edit' && <GroupForm key={mode.group.id} group={mode.group} prefill={null} {...formProps} />}
    </Modal>
  );
}

interface GroupFormProps<Group extends StoredGroup, Values extends GroupValues<Row, Column>, Row extends string, Column extends string> {
  kind: GroupKind<Group, Values, Row, Column>;
  group: Group | null;
  prefill: Values | null;
  mayEdit: boolean;
  onClose: () => void;
  refetchGroup: (id: string) => Promise<Group | null>;
}

function GroupForm<Group extends StoredGroup, Values extends GroupValues<Row, Column>, Row extends string, Column extends string>({
  kind,
  group,
  prefill,
  mayEdit,
  onClose,
  refetchGroup,
}: GroupFormProps<Group, Values, Row, Column>) {
  const { t } = useTranslation();
  const { messages, rows, columns } = kind;
  const stored = useMemo<VersionedValues<Values>>(
    () => (group ? { values: kind.values(group), version: group.version } : { values: prefill ?? kind.emptyValues, version: 0 }),
    [group, prefill, kind],
  );
  const schema = useMemo(
    () =>
      z.object({
        name: z.string().check(
          firstProblem<string>((name) => {
            if (name.trim() === '') return t(`${messages}.nameRequired`);
            if (name.trim().length > 100) return t(`${messages}.nameTooLong`);
            return null;
          }),
        ),
      }),
    [t, messages],
  );
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: stored.values,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const comparedFields = useMemo<ComparedField<Values>[]>(
    () => [
      { path: 'name', label: t(`${messages}.name`), display: (values) => values.name.trim() },
      ...(kind.beforeRights?.compared ?? []),
      ...rows.map((row) => ({
        path: `rights.${row.value}`,
        label: row.label,
        display: (values: Values) =>
          columns
            .filter((column) => values.rights[row.value].includes(column.value))
            .map((column) => column.label)
            .join(', ') || t('rightsMatrix.noRights'),
      })),
      ...(kind.afterRights?.compared ?? []),
    ],
    [t, messages, rows, columns, kind.beforeRights, kind.afterRights],
  );
  const versioned = useVersionedSave<Values>({
    form,
    stored,
    fields: comparedFields,
    refetch: async () => {
      if (!group) return null;
      const fresh = await refetchGroup(group.id);
      return fresh ? { values: kind.values(fresh), version: fresh.version } : null;
    },
    mutation: group ? kind.update(group) : kind.create,
    formFields: kind.formFields,
    onSaved: (values) => {
      notifications.show({ color: 'green', message: t(group ? `${messages}.saved` : `${messages}.created`, { name: values.name.trim() }) });
      onClose();
    },
  });

  const readOnly = !mayEdit || (group !== null && !isEditable(kind, group));
  const fixedName = group ? (kind.fixedName?.(group) ?? null) : null;
  const nameReadOnly = fixedName !== null || readOnly;

  return (
    <form onSubmit={versioned.handleSubmit} noValidate>
      <Stack gap="md">
        {kind.notice?.(group, mayEdit)}
        <TextInput
          label={t(`${messages}.name`)}
          description={fixedName ?? undefined}
          withAsterisk={!nameReadOnly}
          readOnly={nameReadOnly}
          variant={nameReadOnly ? 'filled' : 'default'}
          data-autofocus={nameReadOnly ? undefined : true}
          maw={480}
          {...form.getInputProps('name')}
        />
        {kind.beforeRights?.render(form, readOnly)}
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t(`${messages}.rightsTitle`)}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`${messages}.rightsDescription`)}
          </Text>
        </Stack>
        <RightsMatrix
          label={t(`${messages}.rightsTitle`)}
          rowHeader={kind.rowHeader}
          rows={rows}
          columns={columns}
          offered={kind.offered}
          value={form.values.rights}
          // Every kind keeps its matrix at `rights`; Mantine's path types cannot see that through a generic `Values`.
          onChange={(rights) => form.setValues({ rights } as Partial<Values>)}
          readOnly={readOnly}
          isLocked={kind.isLocked}
        />
        {kind.matrixNote?.(readOnly)}
        {form.errors.rights && (
          <Text size="sm" c="red">
            {form.errors.rights}
          </Text>
        )}
        {kind.afterRights?.render(form, readOnly)}
        {/* Beside Save, where the user is looking when a save is refused. */}
        <ConflictAlert versioned={versioned} />
        {versioned.alert && (
          <Alert color="red" title={t(`${messages}.saveFailed`)}>
            {versioned.alert}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {readOnly ? t('common.close') : t('common.cancel')}
          </Button>
          {!readOnly && (
            <Button type="submit" loading={versioned.saving} disabled={group !== null && !versioned.dirty}>
              {group ? t('common.save') : t(`${messages}.create`)}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
