import type { ClientViewerContext } from '../auth/context';
import { ClientPortalAction, ClientPortalArea } from '../client-groups/client-portal-rights';
import { ForbiddenError } from '../common/errors';

/** True when the client's effective rights include `action` in `area`. */
export function clientMay(viewer: Pick<ClientViewerContext, 'rights'>, area: ClientPortalArea, action: ClientPortalAction): boolean {
  return viewer.rights.some((row) => row.area === area && row.actions.includes(action));
}

/**
 * Refuses what the client's group may not do. The Client Portal hides the same things by reading
 * `clientViewer.rights`; this is the server side of that promise.
 */
export function requireClientRight(viewer: Pick<ClientViewerContext, 'rights'>, area: ClientPortalArea, action: ClientPortalAction): void {
  if (!clientMay(viewer, area, action)) {
    throw new ForbiddenError(`Your account may not do this in ${area.toLowerCase()} (${action.toLowerCase()}).`, { area, action });
  }
}
