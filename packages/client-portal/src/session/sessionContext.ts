import { createContext, useContext } from 'react';
import type { ClientViewerFieldsFragment } from '../gql/graphql';

/** The signed-in client as the API describes it: profile, Format Preferences, rights, impersonation. */
export type ClientViewer = ClientViewerFieldsFragment;

/** Whose session this tab last had, once it has ended: the client's own, or a staff member's as the client. */
export type EndedSession = 'CLIENT' | 'IMPERSONATION';

export interface Session {
  /** Null while nobody is signed in. */
  viewer: ClientViewer | null;
  /** Set once the tab's session has ended (signed out, expired, "End session"), until someone signs in again. */
  endedSession: EndedSession | null;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside the SessionRoot');
  return session;
}

/** The signed-in client, or null. */
export function useClientViewer(): ClientViewer | null {
  return useSession().viewer;
}

/** The signed-in client, on screens only reachable signed in (below RequireSignedIn). */
export function useSignedInClient(): ClientViewer {
  const { viewer } = useSession();
  if (!viewer) throw new Error('useSignedInClient is used on a screen reachable without a session');
  return viewer;
}
