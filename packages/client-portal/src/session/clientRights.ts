import type { ClientPortalAction, ClientPortalArea } from '../gql/graphql';
import type { ClientViewer } from './sessionContext';
import { useClientViewer } from './sessionContext';

/**
 * Whether the client's rights, as the API computed them (its group's rights within the areas the
 * portal offers), include `action` in `area`. The portal decides nothing else about access.
 */
export function clientMay(viewer: Pick<ClientViewer, 'rights'> | null, area: ClientPortalArea, action: ClientPortalAction): boolean {
  return viewer?.rights.some((row) => row.area === area && row.actions.includes(action)) ?? false;
}

/** `clientMay` for the signed-in client. */
export function useClientMay(area: ClientPortalArea, action: ClientPortalAction): boolean {
  return clientMay(useClientViewer(), area, action);
}

/** Why the Profile cannot be changed here: the client's rights, or a staff member's read-only session. */
export type ProfileEditBlock = 'NO_RIGHT' | 'READ_ONLY_SESSION';

/**
 * Whether the Profile's preferences may be saved: the client needs Profile Edit, and a staff member
 * signed in as the client needs a session with changes allowed (the API refuses the rest anyway).
 */
export function useProfileEditBlock(): ProfileEditBlock | null {
  const viewer = useClientViewer();
  if (!clientMay(viewer, 'PROFILE', 'EDIT')) return 'NO_RIGHT';
  if (viewer?.impersonation && !viewer.impersonation.allowChanges) return 'READ_ONLY_SESSION';
  return null;
}

/**
 * Whether the person at the keyboard may change the client's Preferred Language and Format
 * Preferences: the client needs Profile Edit, and a staff member signed in as the client changes
 * nothing by merely looking around (e.g. switching the language).
 */
export function useMaySavePreferencesQuietly(): boolean {
  const viewer = useClientViewer();
  return viewer !== null && viewer.impersonation === null && clientMay(viewer, 'PROFILE', 'EDIT');
}
