import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { NoAccessPage } from '../app/NoAccessPage';
import type { ClientPortalAction, ClientPortalArea } from '../gql/graphql';
import { useClientMay } from './clientRights';
import { useSession } from './sessionContext';

/** Where the sign-in page sends the client back to once signed in. */
export interface SignInRedirectState {
  from?: string;
}

/**
 * Screens for signed-in clients. A visitor arriving at one goes to the sign-in page and comes back
 * after; when the tab's own session ends, the sign-in page starts afresh (the next person to sign in
 * may be someone else), and a staff member's session as the client ends on a page saying so.
 */
export function RequireSignedIn() {
  const { viewer, endedSession } = useSession();
  const location = useLocation();
  if (!viewer) {
    if (endedSession === 'IMPERSONATION') return <Navigate to="/session-ended" replace />;
    if (endedSession === 'CLIENT') return <Navigate to="/sign-in" replace />;
    const state: SignInRedirectState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return <Outlet />;
}

/** Sign-in and "Forgot password?" make no sense signed in: go where the client was heading, else home. */
export function RedirectIfSignedIn() {
  const { viewer } = useSession();
  const location = useLocation();
  if (viewer) {
    const from = (location.state as SignInRedirectState | null)?.from;
    return <Navigate to={from && from.startsWith('/') ? from : '/'} replace />;
  }
  return <Outlet />;
}

interface RequireRightProps {
  area: ClientPortalArea;
  action: ClientPortalAction;
  children: ReactNode;
}

/** A screen of an area the client's rights must open. */
export function RequireRight({ area, action, children }: RequireRightProps) {
  const allowed = useClientMay(area, action);
  return allowed ? children : <NoAccessPage />;
}
