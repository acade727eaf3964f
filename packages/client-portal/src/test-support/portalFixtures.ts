import type { MockLink } from '@apollo/client/testing';
import {
  ClientDashboardDocument,
  ClientPortalBrandingDocument,
  ClientViewerDocument,
  MyUnreadNotificationCountDocument,
  type ClientDashboardQuery,
  type ClientPortalBrandingQuery,
  type ClientViewerFieldsFragment,
} from '../gql/graphql';

type Branding = ClientPortalBrandingQuery['clientPortalBranding'];

/** The branding of an available portal, as the API answers it. */
export function aBranding(overrides: Partial<Branding> = {}): Branding & { __typename: 'ClientPortalBranding' } {
  return {
    __typename: 'ClientPortalBranding',
    available: true,
    portalName: 'Lingua Client Portal',
    logoUrl: null,
    primaryColor: '#1c7ed6',
    welcomeText: 'Welcome to the Lingua Client Portal.',
    welcomeTranslations: [],
    ...overrides,
  };
}

type ViewerWithTypenames = ClientViewerFieldsFragment & { __typename: 'ClientViewer' };

/** A signed-in client (English, no Format Preferences) with every right in every area, unless overridden. */
export function aViewer(overrides: Partial<ClientViewerFieldsFragment> = {}): ViewerWithTypenames {
  const everyAction = ['BROWSE', 'DISPLAY', 'ADD', 'EDIT', 'DELETE'] as const;
  const viewer: ClientViewerFieldsFragment = {
    username: 'ATLAS',
    name: 'Atlas Logistics Inc.',
    email: 'ops@atlas-logistics.example',
    preferredLanguage: 'EN',
    messageLetters: 'IMMEDIATELY',
    formatPreferences: {
      dateFormat: null,
      timeFormat: null,
      decimalSeparator: null,
      thousandsSeparator: null,
      firstDayOfWeek: null,
      timeZone: null,
    },
    previousSignInAt: null,
    rights: (['PROJECTS', 'QUOTES', 'REQUESTS', 'FEEDBACK', 'FILES', 'PROFILE'] as const).map((area) => ({
      area,
      actions: [...everyAction],
    })),
    impersonation: null,
    ...overrides,
  };
  return withTypenames(viewer);
}

/** The viewer as the API sends it, with the `__typename` of every object the cache normalizes or merges. */
export function withTypenames(viewer: ClientViewerFieldsFragment): ViewerWithTypenames {
  return {
    ...viewer,
    __typename: 'ClientViewer',
    formatPreferences: { ...viewer.formatPreferences, __typename: 'FormatPreferences' } as ClientViewerFieldsFragment['formatPreferences'],
    rights: viewer.rights.map((row) => ({ ...row, __typename: 'ClientAreaRights' })),
    impersonation: viewer.impersonation
      ? ({ ...viewer.impersonation, __typename: 'SignInAsPartnerInfo' } as ClientViewerFieldsFragment['impersonation'])
      : null,
  };
}

type Impersonation = NonNullable<ClientViewerFieldsFragment['impersonation']>;

/** A staff member's session as the client that started five minutes ago and lasts 30 minutes; read-only unless overridden. */
export function anImpersonation(overrides: Partial<Impersonation> = {}): Impersonation {
  const startedAt = new Date(Date.now() - 5 * 60_000);
  return {
    staffName: 'Anna Kowalska',
    reason: 'Ticket 4711: the client cannot find its delivered files',
    allowChanges: false,
    startedAt: startedAt.toISOString(),
    expiresAt: new Date(startedAt.getTime() + 30 * 60_000).toISOString(),
    ...overrides,
  };
}

/** Answers the branding query, as often as it is asked. */
export function brandingMock(branding: Branding = aBranding()): MockLink.MockedResponse {
  return {
    request: { query: ClientPortalBrandingDocument },
    result: { data: { clientPortalBranding: branding } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** Answers "who is signed in?" with `viewer` (null: nobody), as often as it is asked. */
export function viewerMock(viewer: ClientViewerFieldsFragment | null): MockLink.MockedResponse {
  return {
    request: { query: ClientViewerDocument },
    result: { data: { clientViewer: viewer ? withTypenames(viewer) : null } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

type Dashboard = ClientDashboardQuery['clientDashboard'];

/**
 * Answers the dashboard's "what needs attention" (by default: nothing to show), as often as it is
 * asked. Lists are given as the API sends them, `__typename`s included.
 */
export function dashboardMock(dashboard: { [Field in keyof Dashboard]?: unknown } = {}): MockLink.MockedResponse {
  return {
    request: { query: ClientDashboardDocument },
    result: {
      data: {
        clientDashboard: {
          __typename: 'ClientDashboard',
          quotesToDecide: null,
          recentDeliveries: null,
          answeredFeedback: null,
          openRequests: null,
          inProgress: null,
          readyForDelivery: null,
          ...dashboard,
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** Answers the bell's unread count, as often as it is asked. */
export function unreadNotificationsMock(count: number): MockLink.MockedResponse {
  return {
    request: { query: MyUnreadNotificationCountDocument },
    result: { data: { myUnreadNotificationCount: count } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
