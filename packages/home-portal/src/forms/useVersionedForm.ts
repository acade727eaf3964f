import type { ErrorLike } from '@apollo/client';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useState } from 'react';
import { findApiError } from './serverErrors';

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

interface UseVersionedFormOptions<Values> {
  form: UseFormReturnType<Values>;
  /** The latest stored values; pass the same object while the record does not change (useMemo). */
  stored: VersionedValues<Values>;
  fields: readonly ComparedField<Values>[];
  /** Reads the record from the server again. */
  refetch: () => Promise<VersionedValues<Values> | null>;
}

export interface VersionedForm<Values> {
  /** The version to send with the next save. */
  version: number;
  /** Whether what is typed differs from the stored values the form is based on. */
  dirty: boolean;
  conflict: ConflictDetails | null;
  /** After a reload: the fields where what is typed differs from what is stored now. */
  differences: FieldDifference[] | null;
  reloading: boolean;
  reloadError: ErrorLike | null;
  /** Call with a failed save's error: true when it was a CONFLICT, which is then shown. */
  handleConflict: (error: ErrorLike) => boolean;
  /** Fetches the stored values, keeps what is typed, and bases the next save on the new version. */
  reload: () => Promise<void>;
  /** After a successful save: the form shows what was stored and is clean again. */
  acceptSaved: (saved: VersionedValues<Values>) => void;
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

/**
 * Optimistic locking for an edit form. Saves send the version the form is based on; the API
 * refuses a stale one with CONFLICT. Nothing typed is ever lost: a reload only moves the base to
 * the stored version and lists where the typed values differ, so the user decides and saves again.
 *
 * While nothing is typed, the form follows the stored values. When the stored record changes
 * (another tab of the same record saved) without touching this form's fields, the typed values
 * are kept and the next save simply uses the new version.
 */
export function useVersionedForm<Values>({ form, stored, fields, refetch }: UseVersionedFormOptions<Values>): VersionedForm<Values> {
  const [base, setBase] = useState(stored);
  const [conflict, setConflict] = useState<ConflictDetails | null>(null);
  const [differences, setDifferences] = useState<FieldDifference[] | null>(null);
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

  const handleConflict = (error: ErrorLike): boolean => {
    const apiError = findApiError(error, 'CONFLICT');
    if (!apiError) return false;
    setConflict({
      currentVersion: numberOrNull(apiError.extensions.currentVersion),
      updatedBy: stringOrNull(apiError.extensions.updatedBy),
      updatedAt: stringOrNull(apiError.extensions.updatedAt),
    });
    setDifferences(null);
    return true;
  };

  const reload = async () => {
    setReloading(true);
    setReloadError(null);
    try {
      const fresh = await refetch();
      if (!fresh) return;
      const typed = form.getValues();
      setDifferences(
        fields
          .filter((field) => field.display(typed) !== field.display(fresh.values))
          .map((field) => ({ path: field.path, label: field.label, stored: field.display(fresh.values), typed: field.display(typed) })),
      );
      setBase(fresh);
      setConflict(null);
    } catch (error) {
      setReloadError(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setReloading(false);
    }
  };

  const acceptSaved = (saved: VersionedValues<Values>) => {
    form.setValues(saved.values);
    form.resetDirty(saved.values);
    setBase(saved);
    setConflict(null);
    setDifferences(null);
  };

  const discardChanges = () => {
    form.setValues(base.values);
    form.resetDirty(base.values);
    form.clearErrors();
    setDifferences(null);
  };

  return {
    version: base.version,
    dirty: !sameValues(form.values, base.values),
    conflict,
    differences,
    reloading,
    reloadError,
    handleConflict,
    reload,
    acceptSaved,
    discardChanges,
  };
}
