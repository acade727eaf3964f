import type { ClientProfileFragment } from '../profile/clientProfile.generated';

/**
 * Whether to offer "Sign in as this Partner" for this client. The API decides it in one place (the
 * viewer's Sign in as Partner right and a client who can sign in) and exposes the answer as
 * `canSignInAsPartner`; the Home Portal never works it out from role names.
 */
export function useCanSignInAsPartner(client: Pick<ClientProfileFragment, 'canSignInAsPartner'>): boolean {
  return client.canSignInAsPartner;
}
