import type { TFunction } from 'i18next';
import * as z from 'zod/mini';
import type { ComparedField, VersionedValues } from '../../kit/useVersionedSave';
import { firstProblem } from '../../forms/zodChecks';
import type { ClientPortalArea, PortalLanguage, UpdateClientPortalSettingsInput } from '../../gql/graphql';
import type { ClientPortalSettingsFieldsFragment } from './clientPortalSettings.generated';
import { portalLanguages } from '../../clients/system-account/formatPreferences';
import { clientPortalAreas } from '../client-groups/clientGroupRights';

/** What the Client Portal settings form edits. */
export interface ClientPortalSettingsValues {
  enabled: boolean;
  publicUrl: string;
  portalName: string;
  /** A data: URL of an uploaded image, an https address, or null for no logo. */
  logoUrl: string | null;
  primaryColor: string;
  welcomeText: string;
  /** The welcome text per language; '' shows the default text in that language. */
  welcomeTranslations: Record<PortalLanguage, string>;
  offeredAreas: ClientPortalArea[];
  showStaffIdentityToClients: boolean;
  notifyClientsOfChangeSessions: boolean;
}

/** The fields the API may name in `extensions.field`. */
export const clientPortalSettingsFields = [
  'enabled',
  'publicUrl',
  'portalName',
  'logoUrl',
  'primaryColor',
  'welcomeText',
  'welcomeTranslations',
  'offeredAreas',
  'showStaffIdentityToClients',
  'notifyClientsOfChangeSessions',
] as const;

export const PORTAL_NAME_MAX = 100;
export const PUBLIC_URL_MAX = 500;
export const WELCOME_TEXT_MAX = 1000;
const PUBLIC_URL_SHAPE = /^https?:\/\/[^\s]+$/;
export const COLOR_SHAPE = /^#[0-9a-fA-F]{6}$/;

export function clientPortalSettingsValues(settings: ClientPortalSettingsFieldsFragment): ClientPortalSettingsValues {
  return {
    enabled: settings.enabled,
    publicUrl: settings.publicUrl ?? '',
    portalName: settings.portalName,
    logoUrl: settings.logoUrl ?? null,
    primaryColor: settings.primaryColor,
    welcomeText: settings.welcomeText,
    welcomeTranslations: Object.fromEntries(
      portalLanguages.map((language) => [language, settings.welcomeTranslations?.find((entry) => entry.language === language)?.text ?? '']),
    ) as Record<PortalLanguage, string>,
    offeredAreas: clientPortalAreas.filter((area) => settings.offeredAreas.includes(area)),
    showStaffIdentityToClients: settings.showStaffIdentityToClients,
    notifyClientsOfChangeSessions: settings.notifyClientsOfChangeSessions,
  };
}

export function storedClientPortalSettings(settings: ClientPortalSettingsFieldsFragment): VersionedValues<ClientPortalSettingsValues> {
  return { values: clientPortalSettingsValues(settings), version: settings.version };
}

/** The mutation's input from what is typed. */
export function clientPortalSettingsInput(values: ClientPortalSettingsValues, version: number): UpdateClientPortalSettingsInput {
  return {
    version,
    enabled: values.enabled,
    publicUrl: values.publicUrl.trim() || null,
    portalName: values.portalName.trim(),
    logoUrl: values.logoUrl,
    primaryColor: values.primaryColor.toLowerCase(),
    welcomeText: values.welcomeText.trim(),
    welcomeTranslations: portalLanguages.map((language) => ({ language, text: values.welcomeTranslations[language].trim() })),
    offeredAreas: clientPortalAreas.filter((area) => values.offeredAreas.includes(area)),
    showStaffIdentityToClients: values.showStaffIdentityToClients,
    notifyClientsOfChangeSessions: values.notifyClientsOfChangeSessions,
  };
}

/** The same rules as the API, checked as the user types. */
export function clientPortalSettingsSchema(t: TFunction) {
  return z.object({
    publicUrl: z.string().check(
      firstProblem<string>((url) => {
        const trimmed = url.trim();
        if (trimmed === '') return null;
        if (!PUBLIC_URL_SHAPE.test(trimmed)) return t('portalSettings.publicUrlInvalid');
        if (trimmed.length > PUBLIC_URL_MAX) return t('portalSettings.publicUrlTooLong', { count: PUBLIC_URL_MAX });
        return null;
      }),
    ),
    portalName: z.string().check(
      firstProblem<string>((name) => {
        if (name.trim() === '') return t('portalSettings.portalNameRequired');
        if (name.trim().length > PORTAL_NAME_MAX) return t('portalSettings.portalNameTooLong', { count: PORTAL_NAME_MAX });
        return null;
      }),
    ),
    primaryColor: z
      .string()
      .check(firstProblem<string>((color) => (COLOR_SHAPE.test(color) ? null : t('portalSettings.primaryColorInvalid')))),
    welcomeText: z
      .string()
      .check(
        firstProblem<string>((text) =>
          text.trim().length > WELCOME_TEXT_MAX ? t('portalSettings.welcomeTextTooLong', { count: WELCOME_TEXT_MAX }) : null,
        ),
      ),
  });
}

function yesNo(value: boolean, t: TFunction): string {
  return value ? t('common.yes') : t('common.no');
}

/** The fields compared after a conflict, as people read them. */
export function clientPortalSettingsComparedFields(t: TFunction): ComparedField<ClientPortalSettingsValues>[] {
  return [
    { path: 'enabled', label: t('portalSettings.enabled'), display: (values) => yesNo(values.enabled, t) },
    {
      path: 'publicUrl',
      label: t('portalSettings.publicUrl'),
      display: (values) => values.publicUrl.trim() || t('portalSettings.publicUrlDefault'),
    },
    { path: 'portalName', label: t('portalSettings.portalName'), display: (values) => values.portalName.trim() },
    {
      path: 'logoUrl',
      label: t('portalSettings.logo'),
      // The image itself is too long to print; a different image still reads as "changed".
      display: (values) =>
        values.logoUrl ? t('portalSettings.logoSet', { size: Math.round(values.logoUrl.length / 1024) }) : t('portalSettings.noLogo'),
    },
    { path: 'primaryColor', label: t('portalSettings.primaryColor'), display: (values) => values.primaryColor.toLowerCase() },
    { path: 'welcomeText', label: t('portalSettings.welcomeText'), display: (values) => values.welcomeText.trim() },
    {
      path: 'welcomeTranslations',
      label: t('portalSettings.welcomeTranslations'),
      display: (values) =>
        portalLanguages
          .filter((language) => values.welcomeTranslations[language].trim())
          .map((language) => `${language}: ${values.welcomeTranslations[language].trim()}`)
          .join(' · ') || t('portalSettings.noTranslations'),
    },
    {
      path: 'offeredAreas',
      label: t('portalSettings.offeredAreas'),
      display: (values) => values.offeredAreas.map((area) => t(`clientGroups.areas.${area}`)).join(', ') || t('portalSettings.noAreas'),
    },
    {
      path: 'showStaffIdentityToClients',
      label: t('portalSettings.showStaffIdentity'),
      display: (values) => yesNo(values.showStaffIdentityToClients, t),
    },
    {
      path: 'notifyClientsOfChangeSessions',
      label: t('portalSettings.notifyChangeSessions'),
      display: (values) => yesNo(values.notifyClientsOfChangeSessions, t),
    },
  ];
}
