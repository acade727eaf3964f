import type { TFunction } from 'i18next';
import { apiErrors, errorMessage } from '../app/graphqlErrors';

interface MutationErrorOptions {
  /**
   * Puts the API's refusal of one input (BAD_USER_INPUT with `extensions.field`) on its form field;
   * returns false when the form has no such field.
   */
  setFieldError?: (field: string, message: string) => boolean;
  /** The portal's own words for the refusals of this form's fields, by field (else the API's message). */
  fieldMessages?: Partial<Record<string, string>>;
  /** The portal's own words for `extensions.reason` values (e.g. QUOTE_EXPIRED). */
  reasonMessages?: Partial<Record<string, string>>;
  /** The portal's own words for `extensions.code` values (e.g. CONFLICT). */
  codeMessages?: Partial<Record<string, string>>;
}

/**
 * Where a refused change is explained: on the field the API names, or in a message for the whole
 * form (returned; null when a field took it). A read-only staff session and missing rights get the
 * portal's general messages.
 */
export function mutationFailure(error: unknown, t: TFunction, options: MutationErrorOptions = {}): string | null {
  const [first] = apiErrors(error);
  if (first) {
    const byReason = first.reason ? options.reasonMessages?.[first.reason] : undefined;
    if (byReason) return byReason;
    if (first.code === 'BAD_USER_INPUT' && first.field && options.setFieldError) {
      const message = options.fieldMessages?.[first.field] ?? first.message;
      if (options.setFieldError(first.field, message)) return null;
    }
    const byCode = first.code ? options.codeMessages?.[first.code] : undefined;
    if (byCode) return byCode;
  }
  return errorMessage(error, t);
}
