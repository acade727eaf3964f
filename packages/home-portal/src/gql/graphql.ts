/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What decides the client's group: its status or an explicitly chosen group. */
export type AccessAssignment = 'GROUP' | 'STATUS';

export type AccessDeniedReason = 'GROUP_DENIES_ACCESS' | 'NO_GROUP_ASSIGNED' | 'PORTAL_ACCESS_NOT_ALLOWED' | 'STATUS_DENIES_ACCESS';

export type ActorKind = 'CLIENT' | 'STAFF' | 'STAFF_ON_BEHALF_OF_CLIENT' | 'SYSTEM';

/** A new username in external system for a client. */
export type AddPartnerAliasInput = {
  clientId: string | number;
  externalUsername: string;
  tool: CatTool;
};

/** A CAT tool integrated with Portico. */
export type CatTool = 'ACROSS' | 'MEMOQ' | 'PHRASE' | 'SMARTCAT' | 'TRADOS' | 'WORDBEE' | 'XTM';

export type ChangeProjectStatusInput = {
  id: string | number;
  /** Shown in the status history. */
  note?: string | null | undefined;
  status: ProjectStatus;
  version: number;
};

/** What the group may do in one Client Portal area; areas left out get no rights. */
export type ClientAreaRightsInput = {
  actions: Array<ClientPortalAction>;
  area: ClientPortalArea;
};

/** Narrows the clients list. All given conditions must hold. */
export type ClientFilter = {
  /** Clients whose effective group is this one (by status or by choice). */
  groupId?: string | number | null | undefined;
  /** Matches the start of the ID, the name or the e-mail, ignoring case. */
  search?: string | null | undefined;
  status?: ClientStatus | null | undefined;
};

/** An action in a Client Portal area: Browse (see the list), Display (open one), Add, Edit, Delete. */
export type ClientPortalAction = 'ADD' | 'BROWSE' | 'DELETE' | 'DISPLAY' | 'EDIT';

/** An area of the Client Portal. */
export type ClientPortalArea = 'FEEDBACK' | 'FILES' | 'PROFILE' | 'PROJECTS' | 'QUOTES' | 'REQUESTS';

export type ClientPortalVersion = 'CLASSIC' | 'V2';

export type ClientSortField = 'NAME' | 'STATUS' | 'UPDATED_AT' | 'USERNAME';

/** Identification Data status. With "Assign to Status", Active grants Client Portal access; Potential and Inactive deny it. */
export type ClientStatus = 'ACTIVE' | 'INACTIVE' | 'POTENTIAL';

export type CreateClientGroupInput = {
  /** "Access Allowed": whether the group's clients may sign in to the Client Portal. */
  accessAllowed: boolean;
  name: string;
  rights: Array<ClientAreaRightsInput>;
};

/** Identification Data of a new client. */
export type CreateClientInput = {
  email?: string | null | undefined;
  name: string;
  status?: ClientStatus;
  /** The client's ID, also its Client Portal username. */
  username: string;
};

/** A project as staff create it for a client. */
export type CreateProjectInput = {
  catTool?: CatTool | null | undefined;
  clientId: string | number;
  currency: string;
  deadline: string;
  name: string;
  /** The client request this project answers, if any. */
  requestId?: string | number | null | undefined;
  services: Array<ServiceType>;
  /** Language code such as en or de-DE. */
  sourceLanguage: string;
  targetLanguages: Array<string>;
  /** Decimal amount, e.g. "1234.50". */
  totalCost: string;
};

/** A quote as staff write it for a client. */
export type CreateQuoteInput = {
  clientId: string | number;
  currency: string;
  lines: Array<PriceLineInput>;
  name: string;
  /** The delivery date offered if the client accepts. */
  proposedDeadline: string;
  /** The client request this quote answers. */
  requestId?: string | number | null | undefined;
  services: Array<ServiceType>;
  /** Language code such as en or de-DE. */
  sourceLanguage: string;
  targetLanguages: Array<string>;
  validUntil: string;
};

export type CreateStaffUserInput = {
  email?: string | null | undefined;
  fullName: string;
  groupId: string | number;
  /** At least 10 characters, not containing the username. */
  password: string;
  username: string;
};

export type CreateUserGroupInput = {
  name: string;
  /** Domains left out get no rights. */
  rights: Array<StaffDomainRightsInput>;
  specialRights: Array<SpecialRight>;
};

export type FeedbackCategory = 'COMMUNICATION' | 'DEADLINE' | 'OTHER' | 'PRICE' | 'QUALITY';

/** Source files to translate, target files delivered, or reference material. */
export type FileRole = 'REFERENCE' | 'SOURCE' | 'TARGET';

/** User-defined Format Preferences. Null means the default for the client's Preferred Language. */
export type FormatPreferencesInput = {
  dateFormat?: string | null | undefined;
  decimalSeparator?: string | null | undefined;
  firstDayOfWeek?: Weekday | null | undefined;
  thousandsSeparator?: string | null | undefined;
  timeFormat?: string | null | undefined;
  timeZone?: string | null | undefined;
};

export type ImpersonationEndReason =
  'CLIENT_ACCESS_WITHDRAWN' | 'ENDED_BY_STAFF' | 'EXPIRED' | 'REPLACED' | 'RIGHT_WITHDRAWN' | 'STAFF_SESSIONS_REVOKED' | 'STAFF_SIGNED_OUT';

export type LetterKind = 'EMAIL_CHANGED' | 'PASSWORD_RESET' | 'STAFF_SESSION_NOTICE' | 'WELCOME';

export type LetterStatus = 'CANCELLED' | 'FAILED' | 'OUTBOX_ONLY' | 'PENDING' | 'SENDING' | 'SENT';

/** A language the Client Portal ships in (English, German, French, Spanish, Polish). */
export type PortalLanguage = 'DE' | 'EN' | 'ES' | 'FR' | 'PL';

export type PriceLineInput = {
  description: string;
  quantity: number;
  /** e.g. words, hours, pages. */
  unit: string;
  /** Decimal amount, e.g. "0.12". */
  unitPrice: string;
};

export type ProjectStatus = 'CANCELLED' | 'CLOSED' | 'DELIVERED' | 'IN_PROGRESS' | 'READY' | 'REQUESTED';

export type QuoteStatus = 'ACCEPTED' | 'EXPIRED' | 'PENDING' | 'REJECTED';

/** Whether the client asks for a quote or orders a project directly. */
export type RequestKind = 'PROJECT' | 'QUOTE';

export type RequestStatus = 'CONVERTED_TO_PROJECT' | 'DECLINED' | 'QUOTED' | 'SUBMITTED';

/** A service the agency offers. */
export type ServiceType =
  | 'DTP'
  | 'INTERPRETING'
  | 'LOCALIZATION'
  | 'MACHINE_TRANSLATION_POST_EDITING'
  | 'PROOFREADING'
  | 'SUBTITLING'
  | 'TRANSCREATION'
  | 'TRANSLATION';

/** Why a sign-in succeeded or failed. */
export type SignInOutcome =
  | 'ACCESS_DENIED'
  | 'ACCOUNT_INACTIVE'
  | 'ACCOUNT_LOCKED'
  | 'NO_PASSWORD_SET'
  | 'PORTAL_UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'SUCCESS'
  | 'UNKNOWN_USERNAME'
  | 'WRONG_PASSWORD';

export type SortDirection = 'ASC' | 'DESC';

/** A right granted on its own, outside the domain × action matrix. */
export type SpecialRight =
  /** May use "Sign in as this Partner" to enter the Client Portal as a client (read-only). */
  | 'SIGN_IN_AS_PARTNER'
  /** "Sign in as Partner with changes": may allow changes when signing in as a client. */
  | 'SIGN_IN_AS_PARTNER_WITH_CHANGES';

/** An action a user group may be allowed in a domain. */
export type StaffAction = 'BROWSE' | 'CREATE' | 'DELETE' | 'DISPLAY' | 'EDIT' | 'EXPORT';

/** An area of the Home Portal covered by user group rights. */
export type StaffDomain =
  | 'CLIENTS'
  | 'CLIENT_GROUPS'
  | 'CLIENT_REQUESTS'
  | 'FEEDBACK'
  | 'FILES'
  | 'PORTAL_CONFIGURATION'
  | 'PROJECTS'
  | 'QUOTES'
  | 'USER_MANAGEMENT';

export type StaffDomainRightsInput = {
  actions: Array<StaffAction>;
  domain: StaffDomain;
};

export type UpdateClientGroupInput = {
  /** "Access Allowed": whether the group's clients may sign in to the Client Portal. */
  accessAllowed: boolean;
  id: string | number;
  name: string;
  rights: Array<ClientAreaRightsInput>;
  version: number;
};

/** Changed Identification Data; `version` is the one the form was loaded with. */
export type UpdateClientIdentificationInput = {
  email?: string | null | undefined;
  id: string | number;
  name: string;
  status?: ClientStatus;
  /** The client's ID, also its Client Portal username. */
  username: string;
  version: number;
};

/** The Client Portal configuration as the form saves it. */
export type UpdateClientPortalSettingsInput = {
  enabled: boolean;
  logoUrl?: string | null | undefined;
  notifyClientsOfChangeSessions: boolean;
  offeredAreas: Array<ClientPortalArea>;
  portalName: string;
  primaryColor: string;
  publicUrl?: string | null | undefined;
  showStaffIdentityToClients: boolean;
  version: number;
  welcomeText: string;
};

export type UpdatePartnerAliasInput = {
  externalUsername: string;
  id: string | number;
};

export type UpdateProjectInput = {
  catTool?: CatTool | null | undefined;
  currency: string;
  deadline: string;
  id: string | number;
  name: string;
  services: Array<ServiceType>;
  /** Language code such as en or de-DE. */
  sourceLanguage: string;
  targetLanguages: Array<string>;
  /** Decimal amount, e.g. "1234.50". */
  totalCost: string;
  version: number;
};

/** New terms for a quote the client has not decided yet. */
export type UpdateQuoteInput = {
  currency: string;
  id: string | number;
  lines: Array<PriceLineInput>;
  name: string;
  /** The delivery date offered if the client accepts. */
  proposedDeadline: string;
  services: Array<ServiceType>;
  /** Language code such as en or de-DE. */
  sourceLanguage: string;
  targetLanguages: Array<string>;
  validUntil: string;
  version: number;
};

export type UpdateStaffUserInput = {
  active: boolean;
  email?: string | null | undefined;
  fullName: string;
  groupId: string | number;
  id: string | number;
  version: number;
};

/** The System Account settings staff can change. */
export type UpdateSystemAccountInput = {
  assignToStatus: boolean;
  clientId: string | number;
  formatPreferences: FormatPreferencesInput;
  /** Required when assignToStatus is false. */
  groupId?: string | number | null | undefined;
  portalAccessAllowed: boolean;
  preferredLanguage: PortalLanguage;
  /** The version the form was loaded with. */
  version: number;
};

export type UpdateUserGroupInput = {
  id: string | number;
  name: string;
  /** Domains left out get no rights. */
  rights: Array<StaffDomainRightsInput>;
  specialRights: Array<SpecialRight>;
  version: number;
};

/** Why a User Management action is refused. */
export type UserManagementRefusal =
  | 'ADMINISTRATORS_ONLY'
  | 'BUILT_IN_GROUP'
  | 'MISSING_RIGHT'
  | 'OWN_GROUP'
  | 'OWN_GROUP_CHANGE'
  | 'OWN_PASSWORD'
  | 'RIGHTS_NOT_HELD'
  | 'SELF_DELETE'
  | 'TARGET_HOLDS_MORE_RIGHTS';

export type Weekday = 'FRIDAY' | 'MONDAY' | 'SATURDAY' | 'SUNDAY' | 'THURSDAY' | 'TUESDAY' | 'WEDNESDAY';

export type ViewerFieldsFragment = {
  id: string;
  username: string;
  fullName: string;
  rights: Array<string>;
  specialRights: Array<SpecialRight>;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = {
  viewer: { id: string; username: string; fullName: string; rights: Array<string>; specialRights: Array<SpecialRight> } | null;
};

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;

export type SignInMutation = {
  signIn: { id: string; username: string; fullName: string; rights: Array<string>; specialRights: Array<SpecialRight> };
};

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: boolean };

export type ChangeStaffPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;

export type ChangeStaffPasswordMutation = { changeStaffPassword: boolean };

export type ClientSearchOptionsQueryVariables = Exact<{
  search: string;
}>;

export type ClientSearchOptionsQuery = { clients: { nodes: Array<{ id: string; username: string; name: string }> } };

export type ClientListItemFragment = {
  id: string;
  username: string;
  name: string;
  status: ClientStatus;
  email: string | null;
  effectiveAccess: { canSignIn: boolean; deniedReasons: Array<AccessDeniedReason>; group: { id: string; name: string } | null };
};

export type ClientsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ClientFilter | null | undefined;
  sortBy: ClientSortField;
  sortDirection: SortDirection;
}>;

export type ClientsQuery = {
  clients: {
    totalCount: number;
    nodes: Array<{
      id: string;
      username: string;
      name: string;
      status: ClientStatus;
      email: string | null;
      effectiveAccess: { canSignIn: boolean; deniedReasons: Array<AccessDeniedReason>; group: { id: string; name: string } | null };
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type ClientGroupOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type ClientGroupOptionsQuery = {
  clientGroups: Array<{ id: string; name: string; statusGroupFor: ClientStatus | null; accessAllowed: boolean }>;
};

export type CreateClientMutationVariables = Exact<{
  input: CreateClientInput;
}>;

export type CreateClientMutation = {
  createClient: {
    id: string;
    username: string;
    name: string;
    status: ClientStatus;
    email: string | null;
    effectiveAccess: { canSignIn: boolean; deniedReasons: Array<AccessDeniedReason>; group: { id: string; name: string } | null };
  };
};

export type CatToolsQueryVariables = Exact<{ [key: string]: never }>;

export type CatToolsQuery = { catTools: Array<{ tool: CatTool; label: string; rules: Array<{ code: string; description: string }> }> };

export type PartnerAliasFieldsFragment = { id: string; clientId: string; tool: CatTool; externalUsername: string };

export type AddPartnerAliasMutationVariables = Exact<{
  input: AddPartnerAliasInput;
}>;

export type AddPartnerAliasMutation = { addPartnerAlias: { id: string; clientId: string; tool: CatTool; externalUsername: string } };

export type UpdatePartnerAliasMutationVariables = Exact<{
  input: UpdatePartnerAliasInput;
}>;

export type UpdatePartnerAliasMutation = { updatePartnerAlias: { id: string; clientId: string; tool: CatTool; externalUsername: string } };

export type RemovePartnerAliasMutationVariables = Exact<{
  id: string | number;
}>;

export type RemovePartnerAliasMutation = { removePartnerAlias: boolean };

export type ClientProfileFragment = {
  id: string;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
  username: string;
  name: string;
  status: ClientStatus;
  email: string | null;
  assignToStatus: boolean;
  groupId: string | null;
  portalAccessAllowed: boolean;
  lastLoginAt: string | null;
  lastFailedLoginAt: string | null;
  preferredLanguage: PortalLanguage;
  hasPassword: boolean;
  isLocked: boolean;
  lockedUntil: string | null;
  canSignInAsPartner: boolean;
  canSignInAsPartnerWithChanges: boolean;
  formatPreferences: {
    dateFormat: string | null;
    timeFormat: string | null;
    decimalSeparator: string | null;
    thousandsSeparator: string | null;
    firstDayOfWeek: Weekday | null;
    timeZone: string | null;
  };
  effectiveAccess: {
    assignedBy: AccessAssignment;
    canSignIn: boolean;
    deniedReasons: Array<AccessDeniedReason>;
    group: { id: string; name: string; accessAllowed: boolean } | null;
  };
  partnerAliases: Array<{ id: string; tool: CatTool; externalUsername: string }>;
};

export type ClientProfileQueryVariables = Exact<{
  id: string | number;
}>;

export type ClientProfileQuery = {
  client: {
    id: string;
    version: number;
    updatedAt: string;
    updatedBy: string | null;
    username: string;
    name: string;
    status: ClientStatus;
    email: string | null;
    assignToStatus: boolean;
    groupId: string | null;
    portalAccessAllowed: boolean;
    lastLoginAt: string | null;
    lastFailedLoginAt: string | null;
    preferredLanguage: PortalLanguage;
    hasPassword: boolean;
    isLocked: boolean;
    lockedUntil: string | null;
    canSignInAsPartner: boolean;
    canSignInAsPartnerWithChanges: boolean;
    formatPreferences: {
      dateFormat: string | null;
      timeFormat: string | null;
      decimalSeparator: string | null;
      thousandsSeparator: string | null;
      firstDayOfWeek: Weekday | null;
      timeZone: string | null;
    };
    effectiveAccess: {
      assignedBy: AccessAssignment;
      canSignIn: boolean;
      deniedReasons: Array<AccessDeniedReason>;
      group: { id: string; name: string; accessAllowed: boolean } | null;
    };
    partnerAliases: Array<{ id: string; tool: CatTool; externalUsername: string }>;
  };
};

export type UpdateClientIdentificationMutationVariables = Exact<{
  input: UpdateClientIdentificationInput;
}>;

export type UpdateClientIdentificationMutation = {
  updateClientIdentification: {
    id: string;
    version: number;
    updatedAt: string;
    updatedBy: string | null;
    username: string;
    name: string;
    status: ClientStatus;
    email: string | null;
    assignToStatus: boolean;
    groupId: string | null;
    portalAccessAllowed: boolean;
    lastLoginAt: string | null;
    lastFailedLoginAt: string | null;
    preferredLanguage: PortalLanguage;
    hasPassword: boolean;
    isLocked: boolean;
    lockedUntil: string | null;
    canSignInAsPartner: boolean;
    canSignInAsPartnerWithChanges: boolean;
    formatPreferences: {
      dateFormat: string | null;
      timeFormat: string | null;
      decimalSeparator: string | null;
      thousandsSeparator: string | null;
      firstDayOfWeek: Weekday | null;
      timeZone: string | null;
    };
    effectiveAccess: {
      assignedBy: AccessAssignment;
      canSignIn: boolean;
      deniedReasons: Array<AccessDeniedReason>;
      group: { id: string; name: string; accessAllowed: boolean } | null;
    };
    partnerAliases: Array<{ id: string; tool: CatTool; externalUsername: string }>;
  };
};

export type UpdateSystemAccountMutationVariables = Exact<{
  input: UpdateSystemAccountInput;
}>;

export type UpdateSystemAccountMutation = {
  updateSystemAccount: {
    id: string;
    version: number;
    updatedAt: string;
    updatedBy: string | null;
    username: string;
    name: string;
    status: ClientStatus;
    email: string | null;
    assignToStatus: boolean;
    groupId: string | null;
    portalAccessAllowed: boolean;
    lastLoginAt: string | null;
    lastFailedLoginAt: string | null;
    preferredLanguage: PortalLanguage;
    hasPassword: boolean;
    isLocked: boolean;
    lockedUntil: string | null;
    canSignInAsPartner: boolean;
    canSignInAsPartnerWithChanges: boolean;
    formatPreferences: {
      dateFormat: string | null;
      timeFormat: string | null;
      decimalSeparator: string | null;
      thousandsSeparator: string | null;
      firstDayOfWeek: Weekday | null;
      timeZone: string | null;
    };
    effectiveAccess: {
      assignedBy: AccessAssignment;
      canSignIn: boolean;
      deniedReasons: Array<AccessDeniedReason>;
      group: { id: string; name: string; accessAllowed: boolean } | null;
    };
    partnerAliases: Array<{ id: string; tool: CatTool; externalUsername: string }>;
  };
};

export type SentLetterFragment = { id: string; kind: LetterKind; status: LetterStatus; recipient: string; error: string | null };

export type SendWelcomeEmailMutationVariables = Exact<{
  clientId: string | number;
}>;

export type SendWelcomeEmailMutation = {
  sendWelcomeEmail: { id: string; kind: LetterKind; status: LetterStatus; recipient: string; error: string | null };
};

export type SendPasswordResetEmailMutationVariables = Exact<{
  clientId: string | number;
}>;

export type SendPasswordResetEmailMutation = {
  sendPasswordResetEmail: { id: string; kind: LetterKind; status: LetterStatus; recipient: string; error: string | null };
};

export type UnlockClientAccountMutationVariables = Exact<{
  clientId: string | number;
}>;

export type UnlockClientAccountMutation = {
  unlockClientAccount: {
    id: string;
    version: number;
    updatedAt: string;
    updatedBy: string | null;
    username: string;
    name: string;
    status: ClientStatus;
    email: string | null;
    assignToStatus: boolean;
    groupId: string | null;
    portalAccessAllowed: boolean;
    lastLoginAt: string | null;
    lastFailedLoginAt: string | null;
    preferredLanguage: PortalLanguage;
    hasPassword: boolean;
    isLocked: boolean;
    lockedUntil: string | null;
    canSignInAsPartner: boolean;
    canSignInAsPartnerWithChanges: boolean;
    formatPreferences: {
      dateFormat: string | null;
      timeFormat: string | null;
      decimalSeparator: string | null;
      thousandsSeparator: string | null;
      firstDayOfWeek: Weekday | null;
      timeZone: string | null;
    };
    effectiveAccess: {
      assignedBy: AccessAssignment;
      canSignIn: boolean;
      deniedReasons: Array<AccessDeniedReason>;
      group: { id: string; name: string; accessAllowed: boolean } | null;
    };
    partnerAliases: Array<{ id: string; tool: CatTool; externalUsername: string }>;
  };
};

export type StartSignInAsPartnerMutationVariables = Exact<{
  clientId: string | number;
  reason: string;
  allowChanges: boolean;
}>;

export type StartSignInAsPartnerMutation = { startSignInAsPartner: { url: string; expiresAt: string } };

export type ClientSignInAttemptsQueryVariables = Exact<{
  clientId: string | number;
  first: number;
}>;

export type ClientSignInAttemptsQuery = {
  clientSignInAttempts: Array<{
    id: string;
    attemptedAt: string;
    outcome: SignInOutcome;
    ipAddress: string | null;
    userAgent: string | null;
    usernameTried: string;
  }>;
};

export type AuditEventsQueryVariables = Exact<{
  first: number;
  action?: string | null | undefined;
  clientId?: string | number | null | undefined;
  actorStaffUserId?: string | number | null | undefined;
}>;

export type AuditEventsQuery = {
  auditEvents: Array<{
    id: string;
    action: string;
    occurredAt: string;
    actorName: string | null;
    clientId: string | null;
    ipAddress: string | null;
    details: Record<string, unknown>;
  }>;
};

export type AuditActorsQueryVariables = Exact<{ [key: string]: never }>;

export type AuditActorsQuery = { staffUsers: Array<{ id: string; fullName: string }> };

export type ClientGroupFieldsFragment = {
  id: string;
  name: string;
  builtIn: boolean;
  statusGroupFor: ClientStatus | null;
  accessAllowed: boolean;
  version: number;
  rights: Array<{ area: ClientPortalArea; actions: Array<ClientPortalAction> }>;
};

export type ClientGroupsQueryVariables = Exact<{ [key: string]: never }>;

export type ClientGroupsQuery = {
  clientGroups: Array<{
    id: string;
    name: string;
    builtIn: boolean;
    statusGroupFor: ClientStatus | null;
    accessAllowed: boolean;
    version: number;
    rights: Array<{ area: ClientPortalArea; actions: Array<ClientPortalAction> }>;
  }>;
};

export type CreateClientGroupMutationVariables = Exact<{
  input: CreateClientGroupInput;
}>;

export type CreateClientGroupMutation = {
  createClientGroup: {
    id: string;
    name: string;
    builtIn: boolean;
    statusGroupFor: ClientStatus | null;
    accessAllowed: boolean;
    version: number;
    rights: Array<{ area: ClientPortalArea; actions: Array<ClientPortalAction> }>;
  };
};

export type UpdateClientGroupMutationVariables = Exact<{
  input: UpdateClientGroupInput;
}>;

export type UpdateClientGroupMutation = {
  updateClientGroup: {
    id: string;
    name: string;
    builtIn: boolean;
    statusGroupFor: ClientStatus | null;
    accessAllowed: boolean;
    version: number;
    rights: Array<{ area: ClientPortalArea; actions: Array<ClientPortalAction> }>;
  };
};

export type DeleteClientGroupMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteClientGroupMutation = { deleteClientGroup: boolean };

export type ClientPortalSettingsFieldsFragment = {
  enabled: boolean;
  portalVersion: ClientPortalVersion;
  hasClassicCustomization: boolean;
  publicUrl: string | null;
  portalName: string;
  logoUrl: string | null;
  primaryColor: string;
  welcomeText: string;
  offeredAreas: Array<ClientPortalArea>;
  showStaffIdentityToClients: boolean;
  notifyClientsOfChangeSessions: boolean;
  updatedAt: string;
  version: number;
};

export type ClientPortalSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type ClientPortalSettingsQuery = {
  clientPortalSettings: {
    enabled: boolean;
    portalVersion: ClientPortalVersion;
    hasClassicCustomization: boolean;
    publicUrl: string | null;
    portalName: string;
    logoUrl: string | null;
    primaryColor: string;
    welcomeText: string;
    offeredAreas: Array<ClientPortalArea>;
    showStaffIdentityToClients: boolean;
    notifyClientsOfChangeSessions: boolean;
    updatedAt: string;
    version: number;
  };
};

export type UpdateClientPortalSettingsMutationVariables = Exact<{
  input: UpdateClientPortalSettingsInput;
}>;

export type UpdateClientPortalSettingsMutation = {
  updateClientPortalSettings: {
    enabled: boolean;
    portalVersion: ClientPortalVersion;
    hasClassicCustomization: boolean;
    publicUrl: string | null;
    portalName: string;
    logoUrl: string | null;
    primaryColor: string;
    welcomeText: string;
    offeredAreas: Array<ClientPortalArea>;
    showStaffIdentityToClients: boolean;
    notifyClientsOfChangeSessions: boolean;
    updatedAt: string;
    version: number;
  };
};

export type EnableClientPortal2MutationVariables = Exact<{ [key: string]: never }>;

export type EnableClientPortal2Mutation = {
  enableClientPortal2: {
    enabled: boolean;
    portalVersion: ClientPortalVersion;
    hasClassicCustomization: boolean;
    publicUrl: string | null;
    portalName: string;
    logoUrl: string | null;
    primaryColor: string;
    welcomeText: string;
    offeredAreas: Array<ClientPortalArea>;
    showStaffIdentityToClients: boolean;
    notifyClientsOfChangeSessions: boolean;
    updatedAt: string;
    version: number;
  };
};

export type ImpersonationLogQueryVariables = Exact<{
  first: number;
  staffUserId?: string | number | null | undefined;
  clientId?: string | number | null | undefined;
}>;

export type ImpersonationLogQuery = {
  impersonationLog: Array<{
    id: string;
    staffUserId: string;
    staffName: string;
    clientId: string;
    clientUsername: string;
    startedAt: string;
    endedAt: string | null;
    expiresAt: string;
    endReason: ImpersonationEndReason | null;
    reason: string;
    allowChanges: boolean;
    ipAddress: string | null;
    userAgent: string | null;
  }>;
};

export type ImpersonationStaffOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type ImpersonationStaffOptionsQuery = { staffUsers: Array<{ id: string; fullName: string; username: string }> };

export type UserGroupFieldsFragment = {
  id: string;
  name: string;
  isAdministrators: boolean;
  specialRights: Array<SpecialRight>;
  version: number;
  rights: Array<{ domain: StaffDomain; actions: Array<StaffAction> }>;
  editable: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
  deletable: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
};

export type UserGroupsQueryVariables = Exact<{ [key: string]: never }>;

export type UserGroupsQuery = {
  userGroups: Array<{
    id: string;
    name: string;
    isAdministrators: boolean;
    specialRights: Array<SpecialRight>;
    version: number;
    rights: Array<{ domain: StaffDomain; actions: Array<StaffAction> }>;
    editable: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
    deletable: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
  }>;
};

export type CreateUserGroupMutationVariables = Exact<{
  input: CreateUserGroupInput;
}>;

export type CreateUserGroupMutation = {
  createUserGroup: {
    id: string;
    name: string;
    isAdministrators: boolean;
    specialRights: Array<SpecialRight>;
    version: number;
    rights: Array<{ domain: StaffDomain; actions: Array<StaffAction> }>;
    editable: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
    deletable: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
  };
};

export type UpdateUserGroupMutationVariables = Exact<{
  input: UpdateUserGroupInput;
}>;

export type UpdateUserGroupMutation = {
  updateUserGroup: {
    id: string;
    name: string;
    isAdministrators: boolean;
    specialRights: Array<SpecialRight>;
    version: number;
    rights: Array<{ domain: StaffDomain; actions: Array<StaffAction> }>;
    editable: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
    deletable: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
  };
};

export type DeleteUserGroupMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteUserGroupMutation = { deleteUserGroup: boolean };

export type StaffUserRowFragment = {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  active: boolean;
  groupId: string;
  lastSignInAt: string | null;
  version: number;
  isLocked: boolean;
  lockedUntil: string | null;
  group: { id: string; name: string };
  canEdit: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
  canSetPassword: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
  canDelete: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
};

export type ManagementDecisionFieldsFragment = { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };

export type StaffUsersQueryVariables = Exact<{ [key: string]: never }>;

export type StaffUsersQuery = {
  staffUsers: Array<{
    id: string;
    username: string;
    fullName: string;
    email: string | null;
    active: boolean;
    groupId: string;
    lastSignInAt: string | null;
    version: number;
    isLocked: boolean;
    lockedUntil: string | null;
    group: { id: string; name: string };
    canEdit: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
    canSetPassword: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
    canDelete: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
  }>;
};

export type UserGroupOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type UserGroupOptionsQuery = {
  userGroups: Array<{
    id: string;
    name: string;
    isAdministrators: boolean;
    assignable: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
  }>;
};

export type CreateStaffUserMutationVariables = Exact<{
  input: CreateStaffUserInput;
}>;

export type CreateStaffUserMutation = {
  createStaffUser: {
    id: string;
    username: string;
    fullName: string;
    email: string | null;
    active: boolean;
    groupId: string;
    lastSignInAt: string | null;
    version: number;
    isLocked: boolean;
    lockedUntil: string | null;
    group: { id: string; name: string };
    canEdit: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
    canSetPassword: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
    canDelete: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
  };
};

export type UpdateStaffUserMutationVariables = Exact<{
  input: UpdateStaffUserInput;
}>;

export type UpdateStaffUserMutation = {
  updateStaffUser: {
    id: string;
    username: string;
    fullName: string;
    email: string | null;
    active: boolean;
    groupId: string;
    lastSignInAt: string | null;
    version: number;
    isLocked: boolean;
    lockedUntil: string | null;
    group: { id: string; name: string };
    canEdit: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
    canSetPassword: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
    canDelete: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
  };
};

export type SetStaffUserPasswordMutationVariables = Exact<{
  id: string | number;
  password: string;
}>;

export type SetStaffUserPasswordMutation = { setStaffUserPassword: boolean };

export type RevokeStaffUserSessionsMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeStaffUserSessionsMutation = { revokeStaffUserSessions: number };

export type UnlockStaffUserMutationVariables = Exact<{
  id: string | number;
}>;

export type UnlockStaffUserMutation = {
  unlockStaffUser: {
    id: string;
    username: string;
    fullName: string;
    email: string | null;
    active: boolean;
    groupId: string;
    lastSignInAt: string | null;
    version: number;
    isLocked: boolean;
    lockedUntil: string | null;
    group: { id: string; name: string };
    canEdit: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
    canSetPassword: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
    canDelete: { allowed: boolean; reason: UserManagementRefusal | null; missingRights: Array<string> };
  };
};

export type DeleteStaffUserMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteStaffUserMutation = { deleteStaffUser: boolean };

export type OutboxLetterRowFragment = {
  id: string;
  createdAt: string;
  recipient: string;
  subject: string;
  kind: LetterKind;
  status: LetterStatus;
  error: string | null;
  attempts: number;
  sentAt: string | null;
};

export type OutboxLettersQueryVariables = Exact<{
  first: number;
  before?: string | number | null | undefined;
}>;

export type OutboxLettersQuery = {
  mailDeliveryConfigured: boolean;
  outboxLetters: Array<{
    id: string;
    createdAt: string;
    recipient: string;
    subject: string;
    kind: LetterKind;
    status: LetterStatus;
    error: string | null;
    attempts: number;
    sentAt: string | null;
  }>;
};

export type OutboxLetterQueryVariables = Exact<{
  id: string | number;
}>;

export type OutboxLetterQuery = {
  outboxLetter: {
    clientId: string | null;
    language: PortalLanguage;
    requestedBy: string | null;
    textBody: string;
    htmlBody: string;
    hasLink: boolean;
    id: string;
    createdAt: string;
    recipient: string;
    subject: string;
    kind: LetterKind;
    status: LetterStatus;
    error: string | null;
    attempts: number;
    sentAt: string | null;
  };
};

export type RevealLetterLinkMutationVariables = Exact<{
  id: string | number;
}>;

export type RevealLetterLinkMutation = { revealLetterLink: string };

export type RetryLetterMutationVariables = Exact<{
  id: string | number;
}>;

export type RetryLetterMutation = {
  retryLetter: {
    id: string;
    createdAt: string;
    recipient: string;
    subject: string;
    kind: LetterKind;
    status: LetterStatus;
    error: string | null;
    attempts: number;
    sentAt: string | null;
  };
};

export type FeedbackFieldsFragment = {
  id: string;
  score: number;
  category: FeedbackCategory;
  isComplaint: boolean;
  comment: string;
  clientId: string;
  clientName: string;
  projectId: string;
  projectName: string;
  projectNumber: string;
  givenBy: string;
  createdAt: string;
  answer: string | null;
  answeredAt: string | null;
  answeredBy: string | null;
};

export type FeedbackListQueryVariables = Exact<{
  first: number;
  before?: string | number | null | undefined;
  clientId?: string | number | null | undefined;
  unansweredOnly: boolean;
}>;

export type FeedbackListQuery = {
  feedbackList: Array<{
    id: string;
    score: number;
    category: FeedbackCategory;
    isComplaint: boolean;
    comment: string;
    clientId: string;
    clientName: string;
    projectId: string;
    projectName: string;
    projectNumber: string;
    givenBy: string;
    createdAt: string;
    answer: string | null;
    answeredAt: string | null;
    answeredBy: string | null;
  }>;
};

export type AnswerFeedbackMutationVariables = Exact<{
  id: string | number;
  answer: string;
}>;

export type AnswerFeedbackMutation = {
  answerFeedback: {
    id: string;
    score: number;
    category: FeedbackCategory;
    isComplaint: boolean;
    comment: string;
    clientId: string;
    clientName: string;
    projectId: string;
    projectName: string;
    projectNumber: string;
    givenBy: string;
    createdAt: string;
    answer: string | null;
    answeredAt: string | null;
    answeredBy: string | null;
  };
};

export type StoredFileFieldsFragment = {
  id: string;
  fileName: string;
  role: FileRole;
  sizeBytes: number;
  contentType: string;
  downloadUrl: string;
  uploadedAt: string;
  uploadedBy: string;
};

export type HistoryEntryFieldsFragment = {
  id: string;
  event: string;
  status: string | null;
  note: string | null;
  actorName: string;
  actorKind: ActorKind;
  occurredAt: string;
};

export type ProjectListItemFragment = {
  id: string;
  number: string;
  name: string;
  clientId: string;
  clientName: string;
  sourceLanguage: string;
  targetLanguages: Array<string>;
  status: ProjectStatus;
  deadline: string;
  totalCost: { amount: string; currency: string };
};

export type ProjectsQueryVariables = Exact<{
  first: number;
  before?: string | number | null | undefined;
  clientId?: string | number | null | undefined;
  status?: ProjectStatus | null | undefined;
  search?: string | null | undefined;
}>;

export type ProjectsQuery = {
  projects: Array<{
    id: string;
    number: string;
    name: string;
    clientId: string;
    clientName: string;
    sourceLanguage: string;
    targetLanguages: Array<string>;
    status: ProjectStatus;
    deadline: string;
    totalCost: { amount: string; currency: string };
  }>;
};

export type ProjectDetailFragment = {
  id: string;
  version: number;
  number: string;
  name: string;
  clientId: string;
  clientName: string;
  services: Array<ServiceType>;
  sourceLanguage: string;
  targetLanguages: Array<string>;
  status: ProjectStatus;
  orderedAt: string;
  deadline: string;
  deliveredAt: string | null;
  updatedAt: string;
  catTool: CatTool | null;
  quoteId: string | null;
  requestId: string | null;
  totalCost: { amount: string; currency: string };
  history: Array<{
    id: string;
    event: string;
    status: string | null;
    note: string | null;
    actorName: string;
    actorKind: ActorKind;
    occurredAt: string;
  }>;
  files?: Array<{
    id: string;
    fileName: string;
    role: FileRole;
    sizeBytes: number;
    contentType: string;
    downloadUrl: string;
    uploadedAt: string;
    uploadedBy: string;
  }> | null;
  reviews: Array<{ id: string; comments: string; createdAt: string; sentBy: string }>;
  feedback?: {
    id: string;
    score: number;
    category: FeedbackCategory;
    isComplaint: boolean;
    comment: string;
    clientId: string;
    clientName: string;
    projectId: string;
    projectName: string;
    projectNumber: string;
    givenBy: string;
    createdAt: string;
    answer: string | null;
    answeredAt: string | null;
    answeredBy: string | null;
  } | null;
};

export type ProjectQueryVariables = Exact<{
  id: string | number;
  withFiles: boolean;
  withFeedback: boolean;
}>;

export type ProjectQuery = {
  project: {
    id: string;
    version: number;
    number: string;
    name: string;
    clientId: string;
    clientName: string;
    services: Array<ServiceType>;
    sourceLanguage: string;
    targetLanguages: Array<string>;
    status: ProjectStatus;
    orderedAt: string;
    deadline: string;
    deliveredAt: string | null;
    updatedAt: string;
    catTool: CatTool | null;
    quoteId: string | null;
    requestId: string | null;
    totalCost: { amount: string; currency: string };
    history: Array<{
      id: string;
      event: string;
      status: string | null;
      note: string | null;
      actorName: string;
      actorKind: ActorKind;
      occurredAt: string;
    }>;
    files?: Array<{
      id: string;
      fileName: string;
      role: FileRole;
      sizeBytes: number;
      contentType: string;
      downloadUrl: string;
      uploadedAt: string;
      uploadedBy: string;
    }> | null;
    reviews: Array<{ id: string; comments: string; createdAt: string; sentBy: string }>;
    feedback?: {
      id: string;
      score: number;
      category: FeedbackCategory;
      isComplaint: boolean;
      comment: string;
      clientId: string;
      clientName: string;
      projectId: string;
      projectName: string;
      projectNumber: string;
      givenBy: string;
      createdAt: string;
      answer: string | null;
      answeredAt: string | null;
      answeredBy: string | null;
    } | null;
  };
};

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;

export type CreateProjectMutation = {
  createProject: {
    requestId: string | null;
    id: string;
    number: string;
    name: string;
    clientId: string;
    clientName: string;
    sourceLanguage: string;
    targetLanguages: Array<string>;
    status: ProjectStatus;
    deadline: string;
    totalCost: { amount: string; currency: string };
  };
};

export type UpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
  withFiles: boolean;
  withFeedback: boolean;
}>;

export type UpdateProjectMutation = {
  updateProject: {
    id: string;
    version: number;
    number: string;
    name: string;
    clientId: string;
    clientName: string;
    services: Array<ServiceType>;
    sourceLanguage: string;
    targetLanguages: Array<string>;
    status: ProjectStatus;
    orderedAt: string;
    deadline: string;
    deliveredAt: string | null;
    updatedAt: string;
    catTool: CatTool | null;
    quoteId: string | null;
    requestId: string | null;
    totalCost: { amount: string; currency: string };
    history: Array<{
      id: string;
      event: string;
      status: string | null;
      note: string | null;
      actorName: string;
      actorKind: ActorKind;
      occurredAt: string;
    }>;
    files?: Array<{
      id: string;
      fileName: string;
      role: FileRole;
      sizeBytes: number;
      contentType: string;
      downloadUrl: string;
      uploadedAt: string;
      uploadedBy: string;
    }> | null;
    reviews: Array<{ id: string; comments: string; createdAt: string; sentBy: string }>;
    feedback?: {
      id: string;
      score: number;
      category: FeedbackCategory;
      isComplaint: boolean;
      comment: string;
      clientId: string;
      clientName: string;
      projectId: string;
      projectName: string;
      projectNumber: string;
      givenBy: string;
      createdAt: string;
      answer: string | null;
      answeredAt: string | null;
      answeredBy: string | null;
    } | null;
  };
};

export type ChangeProjectStatusMutationVariables = Exact<{
  input: ChangeProjectStatusInput;
  withFiles: boolean;
  withFeedback: boolean;
}>;

export type ChangeProjectStatusMutation = {
  changeProjectStatus: {
    id: string;
    version: number;
    number: string;
    name: string;
    clientId: string;
    clientName: string;
    services: Array<ServiceType>;
    sourceLanguage: string;
    targetLanguages: Array<string>;
    status: ProjectStatus;
    orderedAt: string;
    deadline: string;
    deliveredAt: string | null;
    updatedAt: string;
    catTool: CatTool | null;
    quoteId: string | null;
    requestId: string | null;
    totalCost: { amount: string; currency: string };
    history: Array<{
      id: string;
      event: string;
      status: string | null;
      note: string | null;
      actorName: string;
      actorKind: ActorKind;
      occurredAt: string;
    }>;
    files?: Array<{
      id: string;
      fileName: string;
      role: FileRole;
      sizeBytes: number;
      contentType: string;
      downloadUrl: string;
      uploadedAt: string;
      uploadedBy: string;
    }> | null;
    reviews: Array<{ id: string; comments: string; createdAt: string; sentBy: string }>;
    feedback?: {
      id: string;
      score: number;
      category: FeedbackCategory;
      isComplaint: boolean;
      comment: string;
      clientId: string;
      clientName: string;
      projectId: string;
      projectName: string;
      projectNumber: string;
      givenBy: string;
      createdAt: string;
      answer: string | null;
      answeredAt: string | null;
      answeredBy: string | null;
    } | null;
  };
};

export type QuoteListItemFragment = {
  id: string;
  number: string;
  name: string;
  clientId: string;
  clientName: string;
  sourceLanguage: string;
  targetLanguages: Array<string>;
  status: QuoteStatus;
  validUntil: string;
  proposedDeadline: string;
  total: { amount: string; currency: string };
};

export type QuotesQueryVariables = Exact<{
  first: number;
  before?: string | number | null | undefined;
  clientId?: string | number | null | undefined;
  status?: QuoteStatus | null | undefined;
}>;

export type QuotesQuery = {
  quotes: Array<{
    id: string;
    number: string;
    name: string;
    clientId: string;
    clientName: string;
    sourceLanguage: string;
    targetLanguages: Array<string>;
    status: QuoteStatus;
    validUntil: string;
    proposedDeadline: string;
    total: { amount: string; currency: string };
  }>;
};

export type QuoteDetailFragment = {
  id: string;
  version: number;
  number: string;
  name: string;
  clientId: string;
  clientName: string;
  services: Array<ServiceType>;
  sourceLanguage: string;
  targetLanguages: Array<string>;
  status: QuoteStatus;
  createdAt: string;
  updatedAt: string;
  validUntil: string;
  proposedDeadline: string;
  decidedAt: string | null;
  rejectionReason: string | null;
  requestId: string | null;
  projectId: string | null;
  lines: Array<{
    description: string;
    quantity: number;
    unit: string;
    unitPrice: { amount: string; currency: string };
    amount: { amount: string; currency: string };
  }>;
  total: { amount: string; currency: string };
  history: Array<{
    id: string;
    event: string;
    status: string | null;
    note: string | null;
    actorName: string;
    actorKind: ActorKind;
    occurredAt: string;
  }>;
};

export type QuoteQueryVariables = Exact<{
  id: string | number;
}>;

export type QuoteQuery = {
  quote: {
    id: string;
    version: number;
    number: string;
    name: string;
    clientId: string;
    clientName: string;
    services: Array<ServiceType>;
    sourceLanguage: string;
    targetLanguages: Array<string>;
    status: QuoteStatus;
    createdAt: string;
    updatedAt: string;
    validUntil: string;
    proposedDeadline: string;
    decidedAt: string | null;
    rejectionReason: string | null;
    requestId: string | null;
    projectId: string | null;
    lines: Array<{
      description: string;
      quantity: number;
      unit: string;
      unitPrice: { amount: string; currency: string };
      amount: { amount: string; currency: string };
    }>;
    total: { amount: string; currency: string };
    history: Array<{
      id: string;
      event: string;
      status: string | null;
      note: string | null;
      actorName: string;
      actorKind: ActorKind;
      occurredAt: string;
    }>;
  };
};

export type CreateQuoteMutationVariables = Exact<{
  input: CreateQuoteInput;
}>;

export type CreateQuoteMutation = {
  createQuote: {
    requestId: string | null;
    id: string;
    number: string;
    name: string;
    clientId: string;
    clientName: string;
    sourceLanguage: string;
    targetLanguages: Array<string>;
    status: QuoteStatus;
    validUntil: string;
    proposedDeadline: string;
    total: { amount: string; currency: string };
  };
};

export type UpdateQuoteMutationVariables = Exact<{
  input: UpdateQuoteInput;
}>;

export type UpdateQuoteMutation = {
  updateQuote: {
    id: string;
    version: number;
    number: string;
    name: string;
    clientId: string;
    clientName: string;
    services: Array<ServiceType>;
    sourceLanguage: string;
    targetLanguages: Array<string>;
    status: QuoteStatus;
    createdAt: string;
    updatedAt: string;
    validUntil: string;
    proposedDeadline: string;
    decidedAt: string | null;
    rejectionReason: string | null;
    requestId: string | null;
    projectId: string | null;
    lines: Array<{
      description: string;
      quantity: number;
      unit: string;
      unitPrice: { amount: string; currency: string };
      amount: { amount: string; currency: string };
    }>;
    total: { amount: string; currency: string };
    history: Array<{
      id: string;
      event: string;
      status: string | null;
      note: string | null;
      actorName: string;
      actorKind: ActorKind;
      occurredAt: string;
    }>;
  };
};

export type RequestListItemFragment = {
  id: string;
  number: string;
  kind: RequestKind;
  name: string;
  clientId: string;
  clientName: string;
  sourceLanguage: string;
  targetLanguages: Array<string>;
  deadline: string;
  status: RequestStatus;
  createdAt: string;
};

export type ClientRequestsQueryVariables = Exact<{
  first: number;
  before?: string | number | null | undefined;
  clientId?: string | number | null | undefined;
  status?: RequestStatus | null | undefined;
}>;

export type ClientRequestsQuery = {
  clientRequests: Array<{
    id: string;
    number: string;
    kind: RequestKind;
    name: string;
    clientId: string;
    clientName: string;
    sourceLanguage: string;
    targetLanguages: Array<string>;
    deadline: string;
    status: RequestStatus;
    createdAt: string;
  }>;
};

export type RequestDetailFragment = {
  id: string;
  version: number;
  number: string;
  kind: RequestKind;
  name: string;
  clientId: string;
  clientName: string;
  services: Array<ServiceType>;
  sourceLanguage: string;
  targetLanguages: Array<string>;
  deadline: string;
  instructions: string;
  status: RequestStatus;
  createdAt: string;
  quoteId: string | null;
  projectId: string | null;
  files?: Array<{
    id: string;
    fileName: string;
    role: FileRole;
    sizeBytes: number;
    contentType: string;
    downloadUrl: string;
    uploadedAt: string;
    uploadedBy: string;
  }> | null;
  history: Array<{
    id: string;
    event: string;
    status: string | null;
    note: string | null;
    actorName: string;
    actorKind: ActorKind;
    occurredAt: string;
  }>;
};

export type ClientRequestQueryVariables = Exact<{
  id: string | number;
  withFiles: boolean;
}>;

export type ClientRequestQuery = {
  clientRequest: {
    id: string;
    version: number;
    number: string;
    kind: RequestKind;
    name: string;
    clientId: string;
    clientName: string;
    services: Array<ServiceType>;
    sourceLanguage: string;
    targetLanguages: Array<string>;
    deadline: string;
    instructions: string;
    status: RequestStatus;
    createdAt: string;
    quoteId: string | null;
    projectId: string | null;
    files?: Array<{
      id: string;
      fileName: string;
      role: FileRole;
      sizeBytes: number;
      contentType: string;
      downloadUrl: string;
      uploadedAt: string;
      uploadedBy: string;
    }> | null;
    history: Array<{
      id: string;
      event: string;
      status: string | null;
      note: string | null;
      actorName: string;
      actorKind: ActorKind;
      occurredAt: string;
    }>;
  };
};

export type DeclineClientRequestMutationVariables = Exact<{
  id: string | number;
  reason: string;
  withFiles: boolean;
}>;

export type DeclineClientRequestMutation = {
  declineClientRequest: {
    id: string;
    version: number;
    number: string;
    kind: RequestKind;
    name: string;
    clientId: string;
    clientName: string;
    services: Array<ServiceType>;
    sourceLanguage: string;
    targetLanguages: Array<string>;
    deadline: string;
    instructions: string;
    status: RequestStatus;
    createdAt: string;
    quoteId: string | null;
    projectId: string | null;
    files?: Array<{
      id: string;
      fileName: string;
      role: FileRole;
      sizeBytes: number;
      contentType: string;
      downloadUrl: string;
      uploadedAt: string;
      uploadedBy: string;
    }> | null;
    history: Array<{
      id: string;
      event: string;
      status: string | null;
      note: string | null;
      actorName: string;
      actorKind: ActorKind;
      occurredAt: string;
    }>;
  };
};

export const ViewerFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffViewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRights' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const ClientListItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClientListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Client' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'effectiveAccess' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'canSignIn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deniedReasons' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'group' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClientListItemFragment, unknown>;
export const PartnerAliasFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerAliasFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PartnerAlias' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tool' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalUsername' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerAliasFieldsFragment, unknown>;
export const ClientProfileFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClientProfile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Client' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignToStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalAccessAllowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastFailedLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'formatPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dateFormat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeFormat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decimalSeparator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'thousandsSeparator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstDayOfWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'effectiveAccess' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'assignedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canSignIn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deniedReasons' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'group' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accessAllowed' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerAliases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tool' } },
                { kind: 'Field', name: { kind: 'Name', value: 'externalUsername' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isLocked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSignInAsPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSignInAsPartnerWithChanges' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClientProfileFragment, unknown>;
export const SentLetterFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SentLetter' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutboxLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SentLetterFragment, unknown>;
export const ClientGroupFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClientGroupFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClientGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'builtIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusGroupFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessAllowed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClientGroupFieldsFragment, unknown>;
export const ClientPortalSettingsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClientPortalSettingsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClientPortalSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasClassicCustomization' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'logoUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'primaryColor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'welcomeText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offeredAreas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'showStaffIdentityToClients' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notifyClientsOfChangeSessions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClientPortalSettingsFieldsFragment, unknown>;
export const ManagementDecisionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ManagementDecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ManagementDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'allowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingRights' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ManagementDecisionFieldsFragment, unknown>;
export const UserGroupFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserGroupFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAdministrators' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editable' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deletable' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ManagementDecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ManagementDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'allowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingRights' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserGroupFieldsFragment, unknown>;
export const StaffUserRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffUserRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffUser' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'group' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSignInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isLocked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canEdit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canSetPassword' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canDelete' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ManagementDecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ManagementDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'allowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingRights' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffUserRowFragment, unknown>;
export const OutboxLetterRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutboxLetterRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutboxLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutboxLetterRowFragment, unknown>;
export const ProjectListItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalCost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectListItemFragment, unknown>;
export const HistoryEntryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HistoryEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HistoryEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'event' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HistoryEntryFieldsFragment, unknown>;
export const StoredFileFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoredFileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StoredFile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoredFileFieldsFragment, unknown>;
export const FeedbackFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FeedbackFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Feedback' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isComplaint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredBy' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FeedbackFieldsFragment, unknown>;
export const ProjectDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'services' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'orderedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catTool' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalCost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HistoryEntryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'files' },
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'withFiles' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoredFileFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentBy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feedback' },
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'withFeedback' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FeedbackFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HistoryEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HistoryEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'event' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoredFileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StoredFile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FeedbackFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Feedback' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isComplaint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredBy' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectDetailFragment, unknown>;
export const QuoteListItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuoteListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Quote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedDeadline' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuoteListItemFragment, unknown>;
export const QuoteDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuoteDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Quote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'services' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unitPrice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HistoryEntryFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HistoryEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HistoryEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'event' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuoteDetailFragment, unknown>;
export const RequestListItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClientRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestListItemFragment, unknown>;
export const RequestDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClientRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'services' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'files' },
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'withFiles' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoredFileFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HistoryEntryFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoredFileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StoredFile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HistoryEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HistoryEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'event' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestDetailFragment, unknown>;
export const ViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Viewer' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewerFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffViewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRights' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'username' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewerFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffViewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRights' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignOut' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'signOut' } }] },
    },
  ],
} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ChangeStaffPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeStaffPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeStaffPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currentPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'newPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeStaffPasswordMutation, ChangeStaffPasswordMutationVariables>;
export const ClientSearchOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClientSearchOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clients' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClientSearchOptionsQuery, ClientSearchOptionsQueryVariables>;
export const ClientsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Clients' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ClientFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sortBy' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ClientSortField' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sortDirection' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortDirection' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clients' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sortBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sortBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sortDirection' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sortDirection' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClientListItem' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClientListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Client' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'effectiveAccess' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'canSignIn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deniedReasons' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'group' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClientsQuery, ClientsQueryVariables>;
export const ClientGroupOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClientGroupOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clientGroups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusGroupFor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessAllowed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClientGroupOptionsQuery, ClientGroupOptionsQueryVariables>;
export const CreateClientDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateClient' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateClientInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createClient' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClientListItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClientListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Client' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'effectiveAccess' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'canSignIn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deniedReasons' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'group' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateClientMutation, CreateClientMutationVariables>;
export const CatToolsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatTools' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catTools' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'tool' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rules' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatToolsQuery, CatToolsQueryVariables>;
export const AddPartnerAliasDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddPartnerAlias' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddPartnerAliasInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addPartnerAlias' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerAliasFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerAliasFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PartnerAlias' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tool' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalUsername' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddPartnerAliasMutation, AddPartnerAliasMutationVariables>;
export const UpdatePartnerAliasDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdatePartnerAlias' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePartnerAliasInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePartnerAlias' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerAliasFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerAliasFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PartnerAlias' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tool' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalUsername' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdatePartnerAliasMutation, UpdatePartnerAliasMutationVariables>;
export const RemovePartnerAliasDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemovePartnerAlias' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removePartnerAlias' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemovePartnerAliasMutation, RemovePartnerAliasMutationVariables>;
export const ClientProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClientProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'client' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClientProfile' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClientProfile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Client' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignToStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalAccessAllowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastFailedLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'formatPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dateFormat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeFormat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decimalSeparator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'thousandsSeparator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstDayOfWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'effectiveAccess' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'assignedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canSignIn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deniedReasons' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'group' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accessAllowed' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerAliases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tool' } },
                { kind: 'Field', name: { kind: 'Name', value: 'externalUsername' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isLocked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSignInAsPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSignInAsPartnerWithChanges' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClientProfileQuery, ClientProfileQueryVariables>;
export const UpdateClientIdentificationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateClientIdentification' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateClientIdentificationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateClientIdentification' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClientProfile' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClientProfile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Client' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignToStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalAccessAllowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastFailedLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'formatPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dateFormat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeFormat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decimalSeparator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'thousandsSeparator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstDayOfWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'effectiveAccess' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'assignedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canSignIn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deniedReasons' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'group' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accessAllowed' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerAliases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tool' } },
                { kind: 'Field', name: { kind: 'Name', value: 'externalUsername' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isLocked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSignInAsPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSignInAsPartnerWithChanges' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateClientIdentificationMutation, UpdateClientIdentificationMutationVariables>;
export const UpdateSystemAccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateSystemAccount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateSystemAccountInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSystemAccount' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClientProfile' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClientProfile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Client' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignToStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalAccessAllowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastFailedLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'formatPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dateFormat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeFormat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decimalSeparator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'thousandsSeparator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstDayOfWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'effectiveAccess' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'assignedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canSignIn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deniedReasons' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'group' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accessAllowed' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerAliases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tool' } },
                { kind: 'Field', name: { kind: 'Name', value: 'externalUsername' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isLocked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSignInAsPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSignInAsPartnerWithChanges' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateSystemAccountMutation, UpdateSystemAccountMutationVariables>;
export const SendWelcomeEmailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendWelcomeEmail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendWelcomeEmail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clientId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SentLetter' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SentLetter' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutboxLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendWelcomeEmailMutation, SendWelcomeEmailMutationVariables>;
export const SendPasswordResetEmailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendPasswordResetEmail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendPasswordResetEmail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clientId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SentLetter' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SentLetter' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutboxLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendPasswordResetEmailMutation, SendPasswordResetEmailMutationVariables>;
export const UnlockClientAccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnlockClientAccount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unlockClientAccount' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clientId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClientProfile' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClientProfile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Client' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignToStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalAccessAllowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastFailedLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'formatPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dateFormat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeFormat' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decimalSeparator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'thousandsSeparator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstDayOfWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'effectiveAccess' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'assignedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canSignIn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deniedReasons' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'group' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accessAllowed' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerAliases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tool' } },
                { kind: 'Field', name: { kind: 'Name', value: 'externalUsername' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isLocked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSignInAsPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSignInAsPartnerWithChanges' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnlockClientAccountMutation, UnlockClientAccountMutationVariables>;
export const StartSignInAsPartnerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartSignInAsPartner' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'allowChanges' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startSignInAsPartner' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clientId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'allowChanges' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'allowChanges' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartSignInAsPartnerMutation, StartSignInAsPartnerMutationVariables>;
export const ClientSignInAttemptsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClientSignInAttempts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clientSignInAttempts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clientId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attemptedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ipAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userAgent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'usernameTried' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClientSignInAttemptsQuery, ClientSignInAttemptsQueryVariables>;
export const AuditEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'action' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'actorStaffUserId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'action' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'action' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clientId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'actorStaffUserId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'actorStaffUserId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ipAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'details' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditActorsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditActors' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffUsers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditActorsQuery, AuditActorsQueryVariables>;
export const ClientGroupsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClientGroups' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clientGroups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClientGroupFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClientGroupFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClientGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'builtIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusGroupFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessAllowed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClientGroupsQuery, ClientGroupsQueryVariables>;
export const CreateClientGroupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateClientGroup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateClientGroupInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createClientGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClientGroupFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClientGroupFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClientGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'builtIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusGroupFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessAllowed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateClientGroupMutation, CreateClientGroupMutationVariables>;
export const UpdateClientGroupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateClientGroup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateClientGroupInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateClientGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClientGroupFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClientGroupFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClientGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'builtIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusGroupFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessAllowed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateClientGroupMutation, UpdateClientGroupMutationVariables>;
export const DeleteClientGroupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteClientGroup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteClientGroup' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteClientGroupMutation, DeleteClientGroupMutationVariables>;
export const ClientPortalSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClientPortalSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clientPortalSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClientPortalSettingsFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClientPortalSettingsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClientPortalSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasClassicCustomization' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'logoUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'primaryColor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'welcomeText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offeredAreas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'showStaffIdentityToClients' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notifyClientsOfChangeSessions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClientPortalSettingsQuery, ClientPortalSettingsQueryVariables>;
export const UpdateClientPortalSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateClientPortalSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateClientPortalSettingsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateClientPortalSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClientPortalSettingsFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClientPortalSettingsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClientPortalSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasClassicCustomization' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'logoUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'primaryColor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'welcomeText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offeredAreas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'showStaffIdentityToClients' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notifyClientsOfChangeSessions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateClientPortalSettingsMutation, UpdateClientPortalSettingsMutationVariables>;
export const EnableClientPortal2Document = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EnableClientPortal2' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enableClientPortal2' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'confirm' }, value: { kind: 'BooleanValue', value: true } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClientPortalSettingsFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClientPortalSettingsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClientPortalSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasClassicCustomization' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portalName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'logoUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'primaryColor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'welcomeText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offeredAreas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'showStaffIdentityToClients' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notifyClientsOfChangeSessions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnableClientPortal2Mutation, EnableClientPortal2MutationVariables>;
export const ImpersonationLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ImpersonationLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'staffUserId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'impersonationLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'staffUserId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'staffUserId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clientId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'staffUserId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'staffName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientUsername' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowChanges' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ipAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userAgent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImpersonationLogQuery, ImpersonationLogQueryVariables>;
export const ImpersonationStaffOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ImpersonationStaffOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffUsers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImpersonationStaffOptionsQuery, ImpersonationStaffOptionsQueryVariables>;
export const UserGroupsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UserGroups' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userGroups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserGroupFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ManagementDecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ManagementDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'allowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingRights' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserGroupFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAdministrators' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editable' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deletable' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserGroupsQuery, UserGroupsQueryVariables>;
export const CreateUserGroupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateUserGroup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateUserGroupInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUserGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserGroupFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ManagementDecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ManagementDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'allowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingRights' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserGroupFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAdministrators' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editable' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deletable' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateUserGroupMutation, CreateUserGroupMutationVariables>;
export const UpdateUserGroupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateUserGroup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateUserGroupInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateUserGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserGroupFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ManagementDecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ManagementDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'allowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingRights' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserGroupFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAdministrators' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editable' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deletable' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateUserGroupMutation, UpdateUserGroupMutationVariables>;
export const DeleteUserGroupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteUserGroup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteUserGroup' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteUserGroupMutation, DeleteUserGroupMutationVariables>;
export const StaffUsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StaffUsers' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffUsers' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StaffUserRow' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ManagementDecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ManagementDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'allowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingRights' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffUserRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffUser' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'group' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSignInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isLocked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canEdit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canSetPassword' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canDelete' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffUsersQuery, StaffUsersQueryVariables>;
export const UserGroupOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UserGroupOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'userGroups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isAdministrators' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assignable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ManagementDecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ManagementDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'allowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingRights' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserGroupOptionsQuery, UserGroupOptionsQueryVariables>;
export const CreateStaffUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateStaffUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateStaffUserInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStaffUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StaffUserRow' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ManagementDecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ManagementDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'allowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingRights' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffUserRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffUser' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'group' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSignInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isLocked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canEdit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canSetPassword' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canDelete' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateStaffUserMutation, CreateStaffUserMutationVariables>;
export const UpdateStaffUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateStaffUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateStaffUserInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateStaffUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StaffUserRow' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ManagementDecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ManagementDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'allowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingRights' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffUserRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffUser' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'group' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSignInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isLocked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canEdit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canSetPassword' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canDelete' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateStaffUserMutation, UpdateStaffUserMutationVariables>;
export const SetStaffUserPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetStaffUserPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setStaffUserPassword' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetStaffUserPasswordMutation, SetStaffUserPasswordMutationVariables>;
export const RevokeStaffUserSessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeStaffUserSessions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeStaffUserSessions' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeStaffUserSessionsMutation, RevokeStaffUserSessionsMutationVariables>;
export const UnlockStaffUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnlockStaffUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unlockStaffUser' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StaffUserRow' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ManagementDecisionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ManagementDecision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'allowed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingRights' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffUserRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffUser' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'group' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSignInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isLocked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canEdit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canSetPassword' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'canDelete' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ManagementDecisionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnlockStaffUserMutation, UnlockStaffUserMutationVariables>;
export const DeleteStaffUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteStaffUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteStaffUser' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteStaffUserMutation, DeleteStaffUserMutationVariables>;
export const OutboxLettersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OutboxLetters' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outboxLetters' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OutboxLetterRow' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'mailDeliveryConfigured' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutboxLetterRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutboxLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutboxLettersQuery, OutboxLettersQueryVariables>;
export const OutboxLetterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OutboxLetter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outboxLetter' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OutboxLetterRow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textBody' } },
                { kind: 'Field', name: { kind: 'Name', value: 'htmlBody' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasLink' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutboxLetterRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutboxLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutboxLetterQuery, OutboxLetterQueryVariables>;
export const RevealLetterLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevealLetterLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revealLetterLink' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevealLetterLinkMutation, RevealLetterLinkMutationVariables>;
export const RetryLetterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetryLetter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retryLetter' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OutboxLetterRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutboxLetterRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutboxLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetryLetterMutation, RetryLetterMutationVariables>;
export const FeedbackListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FeedbackList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unansweredOnly' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feedbackList' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clientId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'unansweredOnly' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unansweredOnly' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FeedbackFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FeedbackFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Feedback' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isComplaint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredBy' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FeedbackListQuery, FeedbackListQueryVariables>;
export const AnswerFeedbackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AnswerFeedback' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'answer' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerFeedback' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'answer' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'answer' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FeedbackFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FeedbackFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Feedback' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isComplaint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredBy' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnswerFeedbackMutation, AnswerFeedbackMutationVariables>;
export const ProjectsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Projects' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'projects' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clientId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectListItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalCost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectsQuery, ProjectsQueryVariables>;
export const ProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Project' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withFiles' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withFeedback' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HistoryEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HistoryEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'event' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoredFileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StoredFile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FeedbackFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Feedback' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isComplaint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredBy' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'services' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'orderedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catTool' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalCost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HistoryEntryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'files' },
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'withFiles' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoredFileFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentBy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feedback' },
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'withFeedback' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FeedbackFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectQuery, ProjectQueryVariables>;
export const CreateProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateProject' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateProjectInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createProject' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectListItem' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalCost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProject' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateProjectInput' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withFiles' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withFeedback' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProject' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HistoryEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HistoryEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'event' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoredFileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StoredFile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FeedbackFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Feedback' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isComplaint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredBy' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'services' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'orderedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catTool' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalCost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HistoryEntryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'files' },
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'withFiles' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoredFileFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentBy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feedback' },
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'withFeedback' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FeedbackFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const ChangeProjectStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeProjectStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangeProjectStatusInput' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withFiles' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withFeedback' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeProjectStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HistoryEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HistoryEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'event' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoredFileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StoredFile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FeedbackFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Feedback' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isComplaint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredBy' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'services' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'orderedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catTool' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalCost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HistoryEntryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'files' },
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'withFiles' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoredFileFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentBy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feedback' },
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'withFeedback' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FeedbackFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeProjectStatusMutation, ChangeProjectStatusMutationVariables>;
export const QuotesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Quotes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quotes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clientId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuoteListItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuoteListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Quote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedDeadline' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuotesQuery, QuotesQueryVariables>;
export const QuoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Quote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quote' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuoteDetail' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HistoryEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HistoryEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'event' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuoteDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Quote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'services' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unitPrice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HistoryEntryFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuoteQuery, QuoteQueryVariables>;
export const CreateQuoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateQuote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateQuoteInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createQuote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuoteListItem' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuoteListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Quote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedDeadline' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateQuoteMutation, CreateQuoteMutationVariables>;
export const UpdateQuoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateQuote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateQuoteInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateQuote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuoteDetail' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HistoryEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HistoryEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'event' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuoteDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Quote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'services' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unitPrice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HistoryEntryFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateQuoteMutation, UpdateQuoteMutationVariables>;
export const ClientRequestsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClientRequests' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clientRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clientId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clientId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestListItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClientRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClientRequestsQuery, ClientRequestsQueryVariables>;
export const ClientRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClientRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withFiles' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clientRequest' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoredFileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StoredFile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HistoryEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HistoryEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'event' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClientRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'services' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'files' },
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'withFiles' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoredFileFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HistoryEntryFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClientRequestQuery, ClientRequestQueryVariables>;
export const DeclineClientRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclineClientRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withFiles' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declineClientRequest' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoredFileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StoredFile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HistoryEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HistoryEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'event' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClientRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'services' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetLanguages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'files' },
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'withFiles' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoredFileFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HistoryEntryFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclineClientRequestMutation, DeclineClientRequestMutationVariables>;
