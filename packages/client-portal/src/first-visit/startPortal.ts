import type { Root } from 'react-dom/client';
import type { Branding } from '../branding/brandingContext';
import { fetchGraphQL } from '@portico/ui';
import { portalRequestHeaders } from '../app/apiRequest';

/** The pages a visitor who is not signed in opens first: the start page (which leads to sign-in) and sign-in itself. */
export function firstVisitPath(pathname: string): boolean {
  const path = pathname.startsWith(import.meta.env.BASE_URL) ? pathname.slice(import.meta.env.BASE_URL.length) : pathname;
  return path === '' || path === 'sign-in';
}

interface FirstVisitAnswer {
  clientPortalBranding: Branding & { available: boolean };
  clientViewer: { username: string } | null;
}

/**
 * The branding, when nobody is signed in and the portal is available; null whenever the whole portal
 * should start instead (signed in, not available, the API out of reach: it says so in its own words).
 */
export async function loadFirstVisit(): Promise<{ branding: Branding } | null> {
  const answer = await fetchGraphQL<FirstVisitAnswer>(
    portalRequestHeaders,
    'query ClientPortalFirstVisit { clientPortalBranding { available portalName logoUrl primaryColor welcomeText welcomeTranslations { language text } } clientViewer { username } }',
  );
  if (answer.kind !== 'answered' || !answer.data || answer.errors.length > 0) return null;
  const { clientPortalBranding: branding, clientViewer } = answer.data;
  if (clientViewer || !branding.available) return null;
  return {
    branding: {
      portalName: branding.portalName,
      logoUrl: branding.logoUrl,
      primaryColor: branding.primaryColor,
      welcomeText: branding.welcomeText,
      welcomeTranslations: branding.welcomeTranslations,
    },
  };
}

/** Fetches the whole portal's code ahead of time (idle time on the sign-in page). */
export function preloadPortal(): void {
  import('../app/fullApp').catch(() => undefined);
}

/** Where the whole portal opens when the first page hands over: a path and the router state it carries. */
export interface Handover {
  to: string;
  state?: unknown;
}

/** Replaces the first page with the whole portal, opened at `handover` or at the browser's address. */
export async function startPortal(root: Root, handover?: Handover): Promise<void> {
  const { renderFullApp } = await import('../app/fullApp');
  renderFullApp(root, handover);
}
