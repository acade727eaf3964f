/* eslint-disable */
/** What decides the client's group: its status or an explicitly chosen group. */
export type AccessAssignment =
  | 'GROUP'
  | 'STATUS';

export type AccessDeniedReason =
  | 'GROUP_DENIES_ACCESS'
  | 'NO_GROUP_ASSIGNED'
  | 'PORTAL_ACCESS_NOT_ALLOWED'
  | 'STATUS_DENIES_ACCESS';

/** Why a welcome or password-reset letter cannot go to a client. */
export type AccountLetterRefusal =
  | 'GROUP_DENIES_ACCESS'
  | 'NO_EMAIL'
  | 'NO_GROUP_ASSIGNED'
  | 'PORTAL_ACCESS_NOT_ALLOWED'
  | 'PORTAL_UNAVAILABLE'
  | 'STATUS_DENIES_ACCESS';

export type ActorKind =
  | 'CLIENT'
  | 'STAFF'
  | 'STAFF_ON_BEHALF_OF_CLIENT'
  | 'SYSTEM';

/** A new username in external system for a client. */
export type AddPartnerAliasInput = {
  clientId: string | number;
  externalUsername: string;
  tool: CatTool;
};

/** A CAT tool integrated with Portico. */
export type CatTool =
  | 'ACROSS'
  | 'MEMOQ'
  | 'PHRASE'
  | 'SMARTCAT'
  | 'TRADOS'
  | 'WORDBEE'
  | 'XTM';

export type ChangeProjectStatusInput = {
  /** Delivering a project without translation (target) files is refused (BAD_USER_INPUT, reason NO_TRANSLATION_FILES) unless this says it is meant, e.g. when the translation went by other means. */
  allowWithoutFiles?: boolean;
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
export type ClientPortalAction =
  | 'ADD'
  | 'BROWSE'
  | 'DELETE'
  | 'DISPLAY'
  | 'EDIT';

/** An area of the Client Portal. */
export type ClientPortalArea =
  | 'FEEDBACK'
  | 'FILES'
  | 'MESSAGES'
  | 'PROFILE'
  | 'PROJECTS'
  | 'QUOTES'
  | 'REQUESTS';

export type ClientPortalVersion =
  | 'CLASSIC'
  | 'V2';

export type ClientSortField =
  | 'NAME'
  | 'STATUS'
  | 'UPDATED_AT'
  | 'USERNAME';

/** Identification Data status. With "Assign to Status", Active grants Client Portal access; Potential and Inactive deny it. */
export type ClientStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'POTENTIAL';

/** The kind of record a conversation is about. */
export type ConversationRecordType =
  | 'PROJECT'
  | 'QUOTE'
  | 'REQUEST';

export type CreateClientGroupInput = {
  /** "Access Allowed": whether the group's clients may sign in to the Client Portal. */
  accessAllowed: boolean;
  name: string;
  rights: Array<ClientAreaRightsInput>;
  /** Require two-factor sign-in of the group's clients (left out: unchanged; false for a new group). Needs SECRETS_KEY. */
  twoFactorRequired?: boolean | null | undefined;
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
  /** The version of the request staff answered; if the client edited it since, CONFLICT (REQUEST_CHANGED). */
  requestVersion?: number | null | undefined;
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
  /** The version of the request staff answered; if the client edited it since, CONFLICT (REQUEST_CHANGED). */
  requestVersion?: number | null | undefined;
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
  /** Require two-factor sign-in of the group's members (left out: unchanged; false for a new group). Needs SECRETS_KEY. */
  twoFactorRequired?: boolean | null | undefined;
};

export type FeedbackCategory =
  | 'COMMUNICATION'
  | 'DEADLINE'
  | 'OTHER'
  | 'PRICE'
  | 'QUALITY';

/** Source files to translate, target files delivered, or reference material. */
export type FileRole =
  | 'REFERENCE'
  | 'SOURCE'
  | 'TARGET';

/** User-defined Format Preferences. Null means the default for the client's Preferred Language. */
export type FormatPreferencesInput = {
  dateFormat?: string | null | undefined;
  decimalSeparator?: string | null | undefined;
  firstDayOfWeek?: Weekday | null | undefined;
  thousandsSeparator?: string | null | undefined;
  timeFormat?: string | null | undefined;
  timeZone?: string | null | undefined;
};

export type LetterKind =
  | 'EMAIL_CHANGED'
  | 'MESSAGE_DIGEST'
  | 'NEW_MESSAGE'
  | 'PASSWORD_RESET'
  | 'STAFF_SESSION_NOTICE'
  | 'TWO_FACTOR_RESET'
  | 'WELCOME';

export type LetterStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'OUTBOX_ONLY'
  | 'PENDING'
  | 'SENDING'
  | 'SENT';

/** When the client is told by e-mail of new messages: IMMEDIATELY, in a DAILY_DIGEST, or NEVER. */
export type MessageLetters =
  | 'DAILY_DIGEST'
  | 'IMMEDIATELY'
  | 'NEVER';

/** The portal whose accounts a password policy governs. */
export type PasswordPortal =
  | 'CLIENT_PORTAL'
  | 'HOME_PORTAL';

/** A password strength as XTRF defines it. */
export type PasswordStrength =
  /** At least 8 characters, upper and lower case, not containing the username. */
  | 'MEDIUM'
  /** Medium, plus a digit and a special character. */
  | 'STRONG'
  /** Anything of the minimum length, not containing the username. */
  | 'WEAK';

/** A language the Client Portal ships in (English, German, French, Spanish, Polish). */
export type PortalLanguage =
  | 'DE'
  | 'EN'
  | 'ES'
  | 'FR'
  | 'PL';

export type PriceLineInput = {
  /** Free text (up to 200 characters); required when no service names the line. */
  description?: string;
  quantity: number;
  /** The service the line is for, from the list of services. */
  service?: ServiceType | null | undefined;
  unit: PriceUnit;
  /** Decimal amount, e.g. "0.12". */
  unitPrice: string;
};

/** Words, hours, pages or a flat fee. */
export type PriceUnit =
  | 'FLAT_FEE'
  | 'HOURS'
  | 'PAGES'
  | 'WORDS';

export type ProjectStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'DELIVERED'
  | 'IN_PROGRESS'
  | 'READY'
  | 'REQUESTED';

export type QuoteStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REJECTED';

/** Whether the client asks for a quote or orders a project directly. */
export type RequestKind =
  | 'PROJECT'
  | 'QUOTE';

export type RequestStatus =
  | 'CONVERTED_TO_PROJECT'
  | 'DECLINED'
  | 'QUOTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

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

export type SignInAsPartnerEndReason =
  | 'CLIENT_ACCESS_WITHDRAWN'
  | 'ENDED_BY_STAFF'
  | 'EXPIRED'
  | 'REPLACED'
  | 'RIGHT_WITHDRAWN'
  | 'STAFF_SESSIONS_REVOKED'
  | 'STAFF_SIGNED_OUT';

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
  | 'WRONG_PASSWORD'
  | 'WRONG_SECOND_FACTOR';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A right granted on its own, outside the domain × action matrix. */
export type SpecialRight =
  /** May use "Sign in as this Partner" to enter the Client Portal as a client (read-only). */
  | 'SIGN_IN_AS_PARTNER'
  /** "Sign in as Partner with changes": may allow changes when signing in as a client. */
  | 'SIGN_IN_AS_PARTNER_WITH_CHANGES';

/** An action a user group may be allowed in a domain. */
export type StaffAction =
  | 'BROWSE'
  | 'CREATE'
  | 'DELETE'
  | 'DISPLAY'
  | 'EDIT'
  | 'EXPORT';

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
  /** Require two-factor sign-in of the group's clients (left out: unchanged; false for a new group). Needs SECRETS_KEY. */
  twoFactorRequired?: boolean | null | undefined;
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
  /** When given, replaces the welcome text’s translations (an empty text removes one); when left out, they stay. */
  welcomeTranslations?: Array<WelcomeTranslationInput> | null | undefined;
};

export type UpdatePartnerAliasInput = {
  externalUsername: string;
  id: string | number;
};

export type UpdatePasswordPolicyInput = {
  minLength: number;
  portal: PasswordPortal;
  rejectCommonPasswords: boolean;
  strength: PasswordStrength;
  /** The version the editor loaded. */
  version: number;
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
  /** Require two-factor sign-in of the group's members (left out: unchanged; false for a new group). Needs SECRETS_KEY. */
  twoFactorRequired?: boolean | null | undefined;
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

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type WelcomeTranslationInput = {
  language: PortalLanguage;
  text: string;
};
