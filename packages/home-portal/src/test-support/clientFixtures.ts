import type { ClientProfileFragment } from '../clients/profile/clientProfile.generated';

/** A client as the ClientProfile query answers, with the `__typename`s a mocked answer needs. */
export function aClientProfile(overrides: Partial<ClientProfileFragment> = {}) {
  return {
    __typename: 'Client',
    id: '10',
    username: 'ACME',
    name: 'Acme Pharmaceuticals GmbH',
    status: 'ACTIVE',
    email: 'localization@acme-pharma.example',
    version: 7,
    updatedAt: '2025-03-01T09:30:00.000Z',
    updatedBy: 'Ada Admin',
    assignToStatus: true,
    groupId: null,
    portalAccessAllowed: true,
    lastLoginAt: '2025-03-04T08:15:00.000Z',
    lastFailedLoginAt: null,
    preferredLanguage: 'DE',
    messageLetters: 'IMMEDIATELY',
    hasPassword: true,
    isLocked: false,
    twoFactorEnabled: false,
    lockedUntil: null,
    canSignInAsPartner: false,
    canSignInAsPartnerWithChanges: false,
    accountLetterRefusals: [],
    ...overrides,
    formatPreferences: {
      __typename: 'FormatPreferences',
      dateFormat: 'dd.MM.yyyy',
      timeFormat: null,
      decimalSeparator: ',',
      thousandsSeparator: '.',
      firstDayOfWeek: 'MONDAY',
      timeZone: 'Europe/Berlin',
      ...overrides.formatPreferences,
    },
    effectiveAccess: {
      __typename: 'EffectiveAccess',
      assignedBy: 'STATUS',
      canSignIn: true,
      deniedReasons: [],
      ...overrides.effectiveAccess,
      group: { __typename: 'ClientGroup', id: '1', name: 'Active', accessAllowed: true, ...overrides.effectiveAccess?.group },
    },
    partnerAliases: (overrides.partnerAliases ?? [{ id: '5', tool: 'XTM', externalUsername: 'acme.pharma' }]).map((alias) => ({
      __typename: 'PartnerAlias',
      ...alias,
    })),
  };
}

/** The client groups of the ClientGroupOptions query. */
export const clientGroupOptions = [
  { __typename: 'ClientGroup', id: '1', name: 'Active', statusGroupFor: 'ACTIVE', accessAllowed: true },
  { __typename: 'ClientGroup', id: '3', name: 'Inactive', statusGroupFor: 'INACTIVE', accessAllowed: false },
  { __typename: 'ClientGroup', id: '4', name: 'Key Accounts', statusGroupFor: null, accessAllowed: true },
  { __typename: 'ClientGroup', id: '2', name: 'Potential', statusGroupFor: 'POTENTIAL', accessAllowed: false },
];

/** Two CAT tools as the catTools query lists them. */
export const catToolsAnswer = [
  {
    __typename: 'CatToolInfo',
    tool: 'XTM',
    label: 'XTM Cloud',
    rules: [
      { __typename: 'CatToolRuleInfo', code: 'XTM_LENGTH', description: 'Between 2 and 50 characters.' },
      { __typename: 'CatToolRuleInfo', code: 'XTM_CHARACTERS', description: 'Letters, digits, dot, underscore and hyphen only.' },
    ],
  },
  {
    __typename: 'CatToolInfo',
    tool: 'TRADOS',
    label: 'Trados Enterprise',
    rules: [
      {
        __typename: 'CatToolRuleInfo',
        code: 'TRADOS_EMAIL',
        description: 'An e-mail address (Trados accounts sign in with their e-mail address).',
      },
    ],
  },
];

/** Sign-in attempts of client 10 as the ClientSignInAttempts query answers. */
export function signInAttemptsAnswer(
  attempts: Array<{ id: string; attemptedAt: string; outcome: string; ipAddress?: string | null; userAgent?: string | null }> = [],
) {
  return attempts.map((attempt) => ({
    __typename: 'SignInAttempt',
    ipAddress: null,
    userAgent: null,
    usernameTried: 'ACME',
    ...attempt,
  }));
}
