import type { ApolloCache, ApolloClient, ErrorLike, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { UseFormReturnType } from '@mantine/form';
import { ErrorCode } from '@portico/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../app/graphqlErrors';
import { asErrorLike, findApiError, splitSaveError } from '../forms/serverErrors';

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
  stored: string;
  typed: string;
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
  /** After "Reload": what is stored now, and the fields where what is typed differs from it. */
  reloaded: { stored: VersionedValues<Values>; differences: FieldDifference[] } | null;
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
}

function sameValues(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
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
 * lost: a reload only moves the base to the stored version and lists where the typed values
 * differ, so the user decides and saves again. Other refusals go beside their fields or to `alert`.
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
}: UseVersionedSaveOptions<Values>): VersionedSave<Values> {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [base, setBase] = useState(stored);
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [conflict, setConflict] = useState<SaveConflict<Values> | null>(null);
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<ErrorLike | null>(null);

  const sameFields = (a: Values, b: Values) => fields.every((field) => field.display(a) === field.display(b));

  useEffect(() => {
    if (stored.version === base.version) return;
    if (sameValues(form.getValues(), base.values)) {
      form.setValues(stored.values);
      form.resetDirty(stored.values);
      setBase(stored);
    } else if (sameFields(stored.values, base.values)) {
      setBase(stored);
    }
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
      onSaved?.(values);
    } catch (caught) {
      const error = asErrorLike(caught);
      if (hasErrorCode(error, ErrorCode.CONFLICT)) {
        setConflict({ details: conflictDetails(error), opened: base, edits: values, reloaded: null });
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
      const typed = form.getValues();
      const differences = fields
        .filter((field) => field.display(typed) !== field.display(fresh.values))
        .map((field) => ({ path: field.path, label: field.label, stored: field.display(fresh.values), typed: field.display(typed) }));
      setBase(fresh);
      setConflict({ ...conflict, edits: typed, reloaded: { stored: fresh, differences } });
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

  return {
    version: base.version,
    dirty: !sameValues(form.values, base.values),
    saving,
    alert,
    conflict,
    reloading,
    reloadError,
    handleSubmit: form.onSubmit(save),
    reload,
    discardChanges,
  };
}
