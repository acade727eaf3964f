import type { TFunction } from 'i18next';
import { humanize } from '../../app/humanize';

/** One line of an audit record's details, as people read it: "Previous branding › Portal name: Acme Portal". */
export interface DetailLine {
  label: string;
  value: string;
}

/** Longest value shown in full; longer ones (custom CSS, HTML) are cut. */
const MAX_VALUE_LENGTH = 160;

const knownActions = {
  CLIENT_PORTAL_2_ENABLED: 'auditLog.actions.CLIENT_PORTAL_2_ENABLED',
  CLIENT_PORTAL_SETTINGS_CHANGED: 'auditLog.actions.CLIENT_PORTAL_SETTINGS_CHANGED',
  CLIENT_ACCOUNT_UNLOCKED: 'auditLog.actions.CLIENT_ACCOUNT_UNLOCKED',
} as const;

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
  return JSON.stringify(value);
}

/**
 * An audit record's details as labelled lines: nested objects become "Parent › Child" labels,
 * empty objects say "nothing", long texts are cut and embedded images are named, not printed.
 */
export function auditDetailLines(details: Record<string, unknown>, t: TFunction, prefix: string[] = []): DetailLine[] {
  const lines: DetailLine[] = [];
  for (const [key, value] of Object.entries(details)) {
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
