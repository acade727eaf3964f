import type { TFunction } from 'i18next';
import * as z from 'zod/mini';
import { EMAIL_SHAPE, firstProblem } from '../forms/zodChecks';
import type { ClientStatus } from '../gql/graphql';
import type { ClientProfileFragment } from './profile/clientProfile.generated';

/** The API's rule for a client ID (which is also the Client Portal username). */
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{1,49}$/;

/** Identification Data as the forms hold it: an empty e-mail means none. */
export interface ClientIdentificationValues {
  username: string;
  name: string;
  status: ClientStatus;
  email: string;
}

/** The Identification Data fields the API may name in `extensions.field`. */
export const clientIdentificationFields = ['username', 'name', 'status', 'email'] as const;

/** Why an ID is refused, checked in the order a person fixes things; null when the API will accept it. */
export function clientIdProblem(id: string, t: TFunction): string | null {
  if (id.length === 0) return t('clientForm.idRequired');
  if (!/^[A-Za-z0-9]/.test(id)) return t('clientForm.idStart');
  if (!/^[A-Za-z0-9._@-]*$/.test(id)) return t('clientForm.idCharacters');
  if (id.length < 2 || id.length > 50) return t('clientForm.idLength');
  return CLIENT_ID_PATTERN.test(id) ? null : t('clientForm.idCharacters');
}

/** Identification Data rules mirroring the API's, with messages as the user types. */
export function clientIdentificationSchema(t: TFunction) {
  return z.object({
    username: z.string().check(firstProblem<string>((id) => clientIdProblem(id, t))),
    name: z.string().check(
      firstProblem<string>((name) => {
        if (name.trim().length === 0) return t('clientForm.nameRequired');
        if (name.trim().length > 200) return t('clientForm.nameTooLong');
        return null;
      }),
    ),
    status: z.enum(['ACTIVE', 'POTENTIAL', 'INACTIVE']),
    email: z
      .string()
      .check(
        firstProblem<string>((email) => (email.trim() === '' || EMAIL_SHAPE.test(email.trim()) ? null : t('clientForm.emailInvalid'))),
      ),
  });
}

export function identificationValues(
  client: Pick<ClientProfileFragment, 'username' | 'name' | 'status' | 'email'>,
): ClientIdentificationValues {
  return { username: client.username, name: client.name, status: client.status, email: client.email ?? '' };
}

/** The values as the API takes them: trimmed, an empty e-mail as null. */
export function identificationInput(values: ClientIdentificationValues) {
  return {
    username: values.username.trim(),
    name: values.name.trim(),
    status: values.status,
    email: values.email.trim() === '' ? null : values.email.trim(),
  };
}
