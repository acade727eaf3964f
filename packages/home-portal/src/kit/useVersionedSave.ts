import type { ApolloCache, ApolloClient, ErrorLike, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { UseFormReturnType } from '@mantine/form';
import { ErrorCode } from '@portico/domain';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../app/graphqlErrors';
import { asErrorLike, findApiError, splitSaveError } from '../forms/serverErrors';
import { useUnsavedChangesGuard } from './UnsavedChangesGuard';

/** A record's editable values as stored, with the version they were read at. */
export interface VersionedValues<Values> {
  values: Values;
  version: number;
}

/** A field whose stored and typed values are compared after a conflict. */
export interface ComparedField<Values> {
  path: string;
  label: string;
  /** The field's value as a person reads it; two values differ when these differ. */
  display: (values: Values) => string;
}

/** What the API says about the save that came in between (`extensions` of a CONFLICT error). */
export interface ConflictDetails {
  currentVersion: number | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface FieldDifference {
  path: string;
  label: string;
  /** The field as the form was opened with it. */
  opened: string;
  /** The field as stored now (the colleague's save). */
  stored: string;
  /** The field as typed. */
  typed: string;
}

/** Whose value a field changed by both sides keeps; the user picks one per field. */
export type MergeChoice = 'mine' | 'theirs';

/** A field both the user and the colleague changed, to different values. */
export interface FieldClash extends FieldDifference {
  choice: MergeChoice;
}

/**
 * The three-way merge of a refused save: what the form was opened with, what is stored now, what is typed.
 * Only fields the user changed are theirs to keep; the colleague's other changes are taken into the form.
 */
export interface ThreeWayMerge {
  /** Changed only by the user: kept as typed. */
  mine: FieldDifference[];
  /** Changed only by the colleague: taken into the form automatically. */
  theirs: FieldDifference[];
  /** Changed by both to different values: a choice per field, "mine" until changed. */
  both: FieldClash[];
}

/**
 * A save the API refused because someone saved in between. It holds the three sides a merge needs:
 * the stored values the form was based on, the values stored now (once reloaded), and what is typed.
 */
export interface SaveConflict<Values> {
  details: ConflictDetails;
  /** The stored values the refused save was based on. */
  opened: VersionedValues<Values>;
  /** What was typed when the save was refused, and again when the stored values were reloaded. */
  edits: Values;
  /** After "Reload": what is stored now, and how it was merged with what is typed. */
  reloaded: { stored: VersionedValues<Values>; merge: ThreeWayMerge } | null;
}

/** How a versioned form's save reaches the API; made by `versionedMutation`. */
export interface VersionedMutation<Values> {
  /** Sends `values` based on `version`; resolves to the record as stored after the save, or null without one. */
  send: (client: ApolloClient, values: Values, version: number) => Promise<VersionedValues<Values> | null>;
}

interface VersionedMutationSpec<Values, Data, Variables> {
  variables: (values: Values, version: number) => Variables;
  /** The record as stored after the save, from the mutation's answer. */
  saved: (data: Data) => VersionedValues<Values>;
  /** Root query fields whose lists the save may change (order, filters, what they show); they load again when shown. */
  evictLists?: readonly string[];
  /** Anything else the cache needs, e.g. a new record added to its list. */
  updateCache?: (cache: ApolloCache, data: Data) => void;
}

/** A mutation that saves a versioned form: its variables, what it stored, and what it makes stale in the cache. */
export function versionedMutation<Values, Data, Variables extends OperationVariables>(
  mutation: TypedDocumentNode<Data, Variables>,
  { variables, saved, evictLists = [], updateCache }: VersionedMutationSpec<Values, Data, Variables>,
): VersionedMutation<Values> {
  return {
    send: async (client, values, version) => {
      const { data } = await client.mutate<Data, Variables>({
        mutation,
        // Apollo types `variables` through a conditional type that TypeScript cannot resolve for a generic `Variables`.
        ...({ variables: variables(values, version) } as { variables: Variables }),
        update(cache, result) {
          for (const fieldName of evictLists) cache.evict({ id: 'ROOT_QUERY', fieldName });
          if (result.data && updateCache) updateCache(cache, result.data as Data);
        },
      } as ApolloClient.MutateOptions<Data, Variables>);
      return data ? saved(data as Data) : null;
    },
  };
}

interface UseVersionedSaveOptions<Values> {
  form: UseFormReturnType<Values>;
  /** The latest stored values; pass the same object while the record does not change (useMemo). */
  stored: VersionedValues<Values>;
  fields: readonly ComparedField<Values>[];
  /** Reads the record from the server again; null when there is none (a record not created yet). */
  refetch: () => Promise<VersionedValues<Values> | null>;
  mutation: VersionedMutation<Values>;
  /** The form's paths: the API's errors about one of them (`extensions.field`) show beside it. */
  formFields: readonly string[] | ((values: Values) => readonly string[]);
  /** After a successful save, e.g. a notification, closing the dialog. */
  onSaved?: (values: Values) => void;
  /** A path prefix under which the form stays mounted: moving there with unsaved changes does not ask. */
  guardScope?: string;
}

export interface VersionedSave<Values> {
  /** The version the next save is based on. */
  version: number;
  /** Whether what is typed differs from the stored values the form is based on. */
  dirty: boolean;
  saving: boolean;
  /** Why the last save failed, apart from field errors and conflicts; null before and after a success. */
  alert: string | null;
  conflict: SaveConflict<Values> | null;
  reloading: boolean;
  reloadError: ErrorLike | null;
  /** The form's `onSubmit`: validates, saves, and sorts a refusal into conflict, field errors or alert. */
  handleSubmit: ReturnType<UseFormReturnType<Values>['onSubmit']>;
  /** Fetches the stored values, keeps what is typed, and bases the next save on the new version. */
  reload: () => Promise<void>;
  /** Replaces what is typed with the stored values. */
  discardChanges: () => void;
  /** For a field both sides changed: keep what was typed, or take the stored value. */
  chooseField: (path: string, choice: MergeChoice) => void;
}

/** A value inside `values` at a dotted path such as `formatPreferences.dateFormat`. */
export function valueAtPath(values: unknown, path: string): unknown {
  let current: unknown = values;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * Compares the three sides field by field. A field counts as the user's only when what is typed
 * differs from what the form was opened with; the colleague's only when the stored value differs.
 */
export function threeWayMerge<Values>(
  fields: readonly ComparedField<Values>[],
  opened: Values,
  stored: Values,
  typed: Values,
): ThreeWayMerge {
  const merge: ThreeWayMerge = { mine: [], theirs: [], both: [] };
  for (const field of fields) {
    const difference: FieldDifference = {
      path: field.path,
      label: field.label,
      opened: field.display(opened),
      stored: field.display(stored),
      typed: field.display(typed),
    };
    const changedByMe = difference.typed !== difference.opened;
    const changedByThem = difference.stored !== difference.opened;
    if (changedByMe && changedByThem) {
      if (difference.typed !== difference.stored) merge.both.push({ ...difference, choice: 'mine' });
    } else if (changedByMe) {
      merge.mine.push(difference);
    } else if (changedByThem) {
      merge.theirs.push(difference);
    }
  }
  return merge;
}

function sameValues(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A deep copy of a form value (plain data), so the form never shares arrays or objects with the stored record. */
function copyOf(value: unknown): unknown {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function conflictDetails(error: ErrorLike): ConflictDetails {
  const extensions = findApiError(error, ErrorCode.CONFLICT)?.extensions ?? {};
  return {
    currentVersion: numberOrNull(extensions.currentVersion),
    updatedBy: stringOrNull(extensions.updatedBy),
    updatedAt: stringOrNull(extensions.updatedAt),
  };
}

/**
 * The save of an edit form under optimistic locking. A save sends the version the form is based
 * on; the API refuses a stale one with CONFLICT, which becomes `conflict`. Nothing typed is ever
 * lost, and nobody else's work is reverted: a reload merges three ways (opened, stored now, typed).
 * Fields only the user changed keep what is typed, fields only the colleague changed take the stored
 * value, and a field both changed offers a choice (`chooseField`); then the user saves again on the
 * new version. The refusal is also shown as a toast. Other refusals go beside their fields or to `alert`.
 * A form with unsaved changes guards navigation away from it (`useUnsavedChangesGuard`).
 *
 * While nothing is typed, the form follows the stored values. When the stored record changes
 * (another tab of the same record saved) without touching this form's fields, the typed values
 * are kept and the next save simply uses the new version.
 */
export function useVersionedSave<Values>({
  form,
  stored,
  fields,
  refetch,
  mutation,
  formFields,
  onSaved,
  guardScope,
}: UseVersionedSaveOptions<Values>): VersionedSave<Values> {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [base, setBase] = useState(stored);
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [conflict, setConflict] = useState<SaveConflict<Values> | null>(null);
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<ErrorLike | null>(null);

  const dirty = !sameValues(form.values, base.values);
  const guard = useUnsavedChangesGuard(dirty, guardScope);
  const conflictRef = useRef(conflict);
  conflictRef.current = conflict;

  /** Puts the stored value of each of `paths` into the form. */
  const takeStored = (storedValues: Values, paths: readonly string[]) => {
    for (const path of paths) {
      // Mantine types paths through `Values`, which it cannot resolve for a generic form.
      form.setFieldValue(path as never, copyOf(valueAtPath(storedValues, path)) as never);
    }
  };

  useEffect(() => {
    if (stored.version === base.version) return;
    // A pending conflict is merged by its own reload, against the values the refused save was based on.
    if (conflictRef.current) return;
    if (sameValues(form.getValues(), base.values)) {
      form.setValues(stored.values);
      form.resetDirty(stored.values);
      setBase(stored);
      return;
    }
    // Another save of the same record arrived while something is typed: take its changes to the fields
    // not typed into; when it changed a typed field too, the next save meets the conflict and asks.
    const merge = threeWayMerge(fields, base.values, stored.values, form.getValues());
    if (merge.both.length > 0) return;
    takeStored(
      stored.values,
      merge.theirs.map((field) => field.path),
    );
    setBase(stored);
    // Only a new stored record is news; `base` and the form are read as they are at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [stored]);

  const acceptSaved = (saved: VersionedValues<Values>) => {
    form.setValues(saved.values);
    form.resetDirty(saved.values);
    setBase(saved);
    setConflict(null);
  };

  const save = async (values: Values) => {
    setAlert(null);
    setSaving(true);
    try {
      const saved = await mutation.send(client, values, base.version);
      if (!saved) return;
      acceptSaved(saved);
      guard.markClean();
      onSaved?.(values);
    } catch (caught) {
      const error = asErrorLike(caught);
      if (hasErrorCode(error, ErrorCode.CONFLICT)) {
        const details = conflictDetails(error);
        setConflict({ details, opened: base, edits: values, reloaded: null });
        // Announced where the user is as well: ConflictAlert beside Save takes the focus.
        notifications.show({
          color: 'orange',
          message: details.updatedBy ? t('conflict.toastBy', { name: details.updatedBy }) : t('conflict.toast'),
        });
        return;
      }
      const failure = splitSaveError(error, typeof formFields === 'function' ? formFields(values) : formFields, t);
      form.setErrors(failure.fieldErrors);
      setAlert(failure.alert);
    } finally {
      setSaving(false);
    }
  };

  const reload = async () => {
    if (!conflict) return;
    setReloading(true);
    setReloadError(null);
    try {
      const fresh = await refetch();
      if (!fresh) return;
      const merge = threeWayMerge(fields, conflict.opened.values, fresh.values, form.getValues());
      takeStored(
        fresh.values,
        merge.theirs.map((field) => field.path),
      );
      setBase(fresh);
      setConflict({ ...conflict, edits: form.getValues(), reloaded: { stored: fresh, merge } });
    } catch (error) {
      setReloadError(asErrorLike(error));
    } finally {
      setReloading(false);
    }
  };

  const discardChanges = () => {
    form.setValues(base.values);
    form.resetDirty(base.values);
    form.clearErrors();
    // A refusal not reloaded yet stays: the next save still needs the stored version.
    setConflict((current) => (current?.reloaded ? null : current));
  };

  const chooseField = (path: string, choice: MergeChoice) => {
    const current = conflictRef.current;
    const clash = current?.reloaded?.merge.both.find((field) => field.path === path);
    if (!current?.reloaded || !clash) return;
    const source = choice === 'theirs' ? current.reloaded.stored.values : current.edits;
    form.setFieldValue(path as never, copyOf(valueAtPath(source, path)) as never);
    const both = current.reloaded.merge.both.map((field) => (field.path === path ? { ...field, choice } : field));
    setConflict({ ...current, reloaded: { ...current.reloaded, merge: { ...current.reloaded.merge, both } } });
  };

  return {
    version: base.version,
    dirty,
    saving,
    alert,
    conflict,
    reloading,
    reloadError,
    handleSubmit: form.onSubmit(save),
    reload,
    discardChanges,
    chooseField,
  };
}
