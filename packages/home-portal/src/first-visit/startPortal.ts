import { fetchGraphQL } from '@portico/ui';
import type { Root } from 'react-dom/client';
import { portalRequestHeaders } from '../app/apiRequest';

/**
 * True when nobody is signed in: then the first page is the plain sign-in form. Anything else (signed
 * in, the API out of reach or answering oddly) starts the whole app, which says so in its own words.
 */
export async function nobodySignedIn(): Promise<boolean> {
  const answer = await fetchGraphQL<{ viewer: { username: string } | null }>(
    portalRequestHeaders,
    'query HomePortalFirstVisit { viewer { username } }',
  );
  if (answer.kind !== 'answered') return false;
  const signedOut = answer.errors.length > 0 && answer.errors.every((error) => error.extensions?.code === 'UNAUTHENTICATED');
  return signedOut || (answer.errors.length === 0 && answer.data?.viewer === null);
}

/** Fetches the whole app's code ahead of time (idle time on the sign-in page). */
export function preloadPortal(): void {
  import('../app/fullApp').catch(() => undefined);
}

/** What the whole app opens with when the first page hands over: the router state of its address (a second factor owed). */
export interface Handover {
  state: unknown;
}

/** Replaces the first page with the whole app, at the browser's address. */
export async function startPortal(root: Root, handover?: Handover): Promise<void> {
  const { renderFullApp } = await import('../app/fullApp');
  renderFullApp(root, handover);
}
