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

/**
 * Why the signed-in person cannot make a change here: the client's rights lack it (the control is
 * not shown at all), or a staff member is viewing the portal without changes allowed (the control
 * is shown disabled, saying why). Null when the change may be made.
 */
export type ChangeBlock = { kind: 'NO_RIGHT' } | { kind: 'READ_ONLY_SESSION'; staffName: string };

/** `ChangeBlock` for `action` in `area`, from the rights and the session the API describes. */
export function changeBlock(
  viewer: Pick<ClientViewer, 'rights' | 'impersonation'> | null,
  area: ClientPortalArea,
  action: ClientPortalAction,
): ChangeBlock | null {
  if (!clientMay(viewer, area, action)) return { kind: 'NO_RIGHT' };
  if (viewer?.impersonation && !viewer.impersonation.allowChanges)
    return { kind: 'READ_ONLY_SESSION', staffName: viewer.impersonation.staffName };
  return null;
}

/** `changeBlock` for the signed-in client. */
export function useChangeBlock(area: ClientPortalArea, action: ClientPortalAction): ChangeBlock | null {
  return changeBlock(useClientViewer(), area, action);
}

/** Accepting and rejecting quotes: Quotes Edit. */
export const useQuoteDecisionBlock = () => useChangeBlock('QUOTES', 'EDIT');
/** Sending a delivered translation back for review: Projects Edit. */
export const useReviewBlock = () => useChangeBlock('PROJECTS', 'EDIT');
/** Asking for a quote or a project: Requests Add. */
export const useNewRequestBlock = () => useChangeBlock('REQUESTS', 'ADD');
/** Uploading files (with a new request): Files Add. */
export const useFileUploadBlock = () => useChangeBlock('FILES', 'ADD');
/** Rating a delivered project: Feedback Add. */
export const useGiveFeedbackBlock = () => useChangeBlock('FEEDBACK', 'ADD');
