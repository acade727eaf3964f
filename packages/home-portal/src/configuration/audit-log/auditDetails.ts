import type { TFunction } from 'i18next';
import { humanize } from '../../app/humanize';

/** One line of an audit record's details, as people read it: "Previous branding › Portal name: Acme Portal". */
export interface DetailLine {
  label: string;
  value: string;
}

/** Longest value shown in full; longer ones (custom CSS, HTML) are cut. */
const MAX_VALUE_LENGTH = 160;

// Keyed by every action the API records: a new one without a label here fails the build.
const knownActions = {
  CLIENT_PORTAL_2_ENABLED: 'auditLog.actions.CLIENT_PORTAL_2_ENABLED',
  CLIENT_PORTAL_SETTINGS_CHANGED: 'auditLog.actions.CLIENT_PORTAL_SETTINGS_CHANGED',
  CLIENT_ACCOUNT_UNLOCKED: 'auditLog.actions.CLIENT_ACCOUNT_UNLOCKED',
  CLIENT_ACCESS_CHANGED: 'auditLog.actions.CLIENT_ACCESS_CHANGED',
  CLIENT_IDENTIFICATION_CHANGED: 'auditLog.actions.CLIENT_IDENTIFICATION_CHANGED',
  CLIENT_DELETED: 'auditLog.actions.CLIENT_DELETED',
  CLIENT_GROUP_CREATED: 'auditLog.actions.CLIENT_GROUP_CREATED',
  CLIENT_GROUP_CHANGED: 'auditLog.actions.CLIENT_GROUP_CHANGED',
  CLIENT_GROUP_DELETED: 'auditLog.actions.CLIENT_GROUP_DELETED',
  PARTNER_ALIAS_ADDED: 'auditLog.actions.PARTNER_ALIAS_ADDED',
  PARTNER_ALIAS_CHANGED: 'auditLog.actions.PARTNER_ALIAS_CHANGED',
  PARTNER_ALIAS_REMOVED: 'auditLog.actions.PARTNER_ALIAS_REMOVED',
  USER_GROUP_CREATED: 'auditLog.actions.USER_GROUP_CREATED',
  USER_GROUP_CHANGED: 'auditLog.actions.USER_GROUP_CHANGED',
  USER_GROUP_DELETED: 'auditLog.actions.USER_GROUP_DELETED',
  STAFF_USER_CREATED: 'auditLog.actions.STAFF_USER_CREATED',
  STAFF_USER_CHANGED: 'auditLog.actions.STAFF_USER_CHANGED',
  STAFF_USER_DELETED: 'auditLog.actions.STAFF_USER_DELETED',
  STAFF_USER_PASSWORD_SET: 'auditLog.actions.STAFF_USER_PASSWORD_SET',
  STAFF_USER_SESSIONS_REVOKED: 'auditLog.actions.STAFF_USER_SESSIONS_REVOKED',
  STAFF_ACCOUNT_UNLOCKED: 'auditLog.actions.STAFF_ACCOUNT_UNLOCKED',
  LETTER_LINK_REVEALED: 'auditLog.actions.LETTER_LINK_REVEALED',
  PASSWORD_POLICY_CHANGED: 'auditLog.actions.PASSWORD_POLICY_CHANGED',
  STAFF_TWO_FACTOR_RESET: 'auditLog.actions.STAFF_TWO_FACTOR_RESET',
  CLIENT_TWO_FACTOR_RESET: 'auditLog.actions.CLIENT_TWO_FACTOR_RESET',
} as const;

/** Every action the audit log can be filtered by, in the order the filter lists them. */
export const auditActions = Object.keys(knownActions) as Array<keyof typeof knownActions>;

const knownKeys = {
  version: 'auditLog.detailKeys.version',
  discardedCustomization: 'auditLog.detailKeys.discardedCustomization',
  previousBranding: 'auditLog.detailKeys.previousBranding',
  portalName: 'auditLog.detailKeys.portalName',
  logoUrl: 'auditLog.detailKeys.logoUrl',
  primaryColor: 'auditLog.detailKeys.primaryColor',
  welcomeText: 'auditLog.detailKeys.welcomeText',
  customCss: 'auditLog.detailKeys.customCss',
  headerHtml: 'auditLog.detailKeys.headerHtml',
  footerHtml: 'auditLog.detailKeys.footerHtml',
  loginPageText: 'auditLog.detailKeys.loginPageText',
  changes: 'auditLog.detailKeys.changes',
  enabled: 'auditLog.detailKeys.enabled',
  publicUrl: 'auditLog.detailKeys.publicUrl',
  offeredAreas: 'auditLog.detailKeys.offeredAreas',
  showStaffIdentityToClients: 'auditLog.detailKeys.showStaffIdentityToClients',
  notifyClientsOfChangeSessions: 'auditLog.detailKeys.notifyClientsOfChangeSessions',
  client: 'auditLog.detailKeys.client',
  status: 'auditLog.detailKeys.status',
  assignToStatus: 'auditLog.detailKeys.assignToStatus',
  groupId: 'auditLog.detailKeys.groupId',
  portalAccessAllowed: 'auditLog.detailKeys.portalAccessAllowed',
  preferredLanguage: 'auditLog.detailKeys.preferredLanguage',
  formatPreferences: 'auditLog.detailKeys.formatPreferences',
  username: 'auditLog.detailKeys.username',
  name: 'auditLog.detailKeys.name',
  email: 'auditLog.detailKeys.email',
  group: 'auditLog.detailKeys.group',
  accessAllowed: 'auditLog.detailKeys.accessAllowed',
  rights: 'auditLog.detailKeys.rights',
  specialRightsGranted: 'auditLog.detailKeys.specialRightsGranted',
  grantedTo: 'auditLog.detailKeys.grantedTo',
  fullName: 'auditLog.detailKeys.fullName',
  active: 'auditLog.detailKeys.active',
  tool: 'auditLog.detailKeys.tool',
  externalUsername: 'auditLog.detailKeys.externalUsername',
  sessionsEnded: 'auditLog.detailKeys.sessionsEnded',
  letterId: 'auditLog.detailKeys.letterId',
  kind: 'auditLog.detailKeys.kind',
  recipient: 'auditLog.detailKeys.recipient',
} as const;

function isKnown<T extends object>(map: T, key: string): key is Extract<keyof T, string> {
  return Object.prototype.hasOwnProperty.call(map, key);
}

/** The recorded action, translated when known. */
export function auditActionLabel(action: string, t: TFunction): string {
  return isKnown(knownActions, action) ? t(knownActions[action]) : humanize(action);
}

function keyLabel(key: string, t: TFunction): string {
  return isKnown(knownKeys, key) ? t(knownKeys[key]) : humanize(key);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueText(value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return t('auditLog.noValue');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const image = /^data:(image\/[\w+.-]+);base64,/.exec(value);
    if (image) return t('auditLog.embeddedImage', { type: image[1], size: Math.round((value.length * 3) / 4 / 1024) });
    return value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value;
  }
  if (Array.isArray(value)) return value.length === 0 ? t('auditLog.noValue') : value.map((item) => valueText(item, t)).join(', ');
  // A rights matrix and the like: "PROJECTS: BROWSE, DISPLAY; FILES: BROWSE".
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    return entries.length === 0 ? t('auditLog.nothing') : entries.map(([key, item]) => `${key}: ${valueText(item, t)}`).join('; ');
  }
  return JSON.stringify(value);
}

/**
 * An audit record's details as labelled lines: nested objects become "Parent › Child" labels,
 * empty objects say "nothing", long texts are cut and embedded images are named, not printed.
 */
export function auditDetailLines(details: Record<string, unknown>, t: TFunction, prefix: string[] = []): DetailLine[] {
  const lines: DetailLine[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (key === 'changes' && isPlainObject(value)) {
      lines.push(...changeLines(value, t, prefix));
      continue;
    }
    const path = [...prefix, keyLabel(key, t)];
    if (isPlainObject(value)) {
      const nested = auditDetailLines(value, t, path);
      lines.push(...(nested.length > 0 ? nested : [{ label: path.join(' › '), value: t('auditLog.nothing') }]));
    } else {
      lines.push({ label: path.join(' › '), value: valueText(value, t) });
    }
  }
  return lines;
}

function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return isPlainObject(value) && 'from' in value && 'to' in value;
}

/** `changes: { status: { from, to } }` as "Status: Active → Inactive", one line per changed field. */
function changeLines(changes: Record<string, unknown>, t: TFunction, prefix: string[]): DetailLine[] {
  return Object.entries(changes).map(([field, change]) => ({
    label: [...prefix, keyLabel(field, t)].join(' › '),
    value: isChange(change)
      ? t('auditLog.changed', { from: valueText(change.from, t), to: valueText(change.to, t) })
      : valueText(change, t),
  }));
}
