import type { ErrorLike } from '@apollo/client';
import type { TFunction } from 'i18next';
import { splitSaveError, type SaveFailure } from '../forms/serverErrors';

/**
 * A refused new project or quote, sorted for its form: the API names the client `clientId`, the
 * form holds it as `client`; a request answered meanwhile (CONFLICT) goes to the alert.
 */
export function splitNewWorkSaveError(error: ErrorLike, formFields: readonly string[], t: TFunction): SaveFailure {
  const failure = splitSaveError(error, [...formFields, 'clientId'], t);
  const { clientId, ...fieldErrors } = failure.fieldErrors;
  return { fieldErrors: clientId === undefined ? fieldErrors : { ...fieldErrors, client: clientId }, alert: failure.alert };
}
