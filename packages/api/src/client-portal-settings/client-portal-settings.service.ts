import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-event.entity';
import { changesBetween, recordAudit } from '../audit/audit.service';
import { ClientPortalArea } from '../client-groups/client-portal-rights';
import { BadUserInputError } from '../common/errors';
import { updateIfVersionMatches } from '../common/optimistic-lock';
import type { PorticoConfig } from '../config';
import type { StaffUser } from '../staff/staff-user.entity';
import { PortalLanguage } from '../clients/portal-language';
import {
  ClientPortalSettings,
  ClientPortalVersion,
  PORTAL_2_DEFAULT_BRANDING,
  type WelcomeTranslation,
} from './client-portal-settings.entity';
import type { UpdateClientPortalSettingsInput, WelcomeTranslationInput } from './client-portal-settings.inputs';

/** The id of the one settings row. */
export const SETTINGS_ID = 1;

export function getClientPortalSettings(manager: DataSource | EntityManager): Promise<ClientPortalSettings> {
  return manager.getRepository(ClientPortalSettings).findOneByOrFail({ id: SETTINGS_ID });
}

/** Clients can use Client Portal 2.0 only when the portal is on and 2.0 is the enabled version. */
export function isPortal2Available(settings: ClientPortalSettings): boolean {
  return settings.enabled && settings.portalVersion === ClientPortalVersion.V2;
}

/** The address of the Client Portal used in letters and sign-in links, always ending with a slash. */
export function portalUrl(settings: ClientPortalSettings, config: Pick<PorticoConfig, 'publicUrl'>): string {
  const url = settings.publicUrl ?? `${config.publicUrl}/portal/`;
  return url.endsWith('/') ? url : `${url}/`;
}

function orderedAreas(areas: ClientPortalArea[]): ClientPortalArea[] {
  return Object.values(ClientPortalArea).filter((area) => areas.includes(area));
}

export async function updateClientPortalSettings(
  dataSource: DataSource,
  input: UpdateClientPortalSettingsInput,
  staff: StaffUser,
  req: Request,
): Promise<ClientPortalSettings> {
  const before = await getClientPortalSettings(dataSource);
  return dataSource.transaction(async (manager) => {
    const saved = await updateIfVersionMatches(
      manager,
      ClientPortalSettings,
      'Client Portal settings',
      { id: SETTINGS_ID, version: input.version },
      {
        enabled: input.enabled,
        publicUrl: input.publicUrl?.trim() || null,
        portalName: input.portalName.trim(),
        logoUrl: input.logoUrl || null,
        primaryColor: input.primaryColor.toLowerCase(),
        welcomeText: input.welcomeText.trim(),
        ...(input.welcomeTranslations ? { welcomeTranslations: welcomeTranslations(input.welcomeTranslations) } : {}),
        offeredAreas: orderedAreas(input.offeredAreas),
        showStaffIdentityToClients: input.showStaffIdentityToClients,
        notifyClientsOfChangeSessions: input.notifyClientsOfChangeSessions,
      },
    );
    // Every setting with its old and new value; the public URL for letters decides where links point.
    const changes = changesBetween(before, saved, [...AUDITED_SETTINGS]);
    await recordAudit(manager, {
      action: AuditAction.CLIENT_PORTAL_SETTINGS_CHANGED,
      actor: staff,
      req,
      details: { version: saved.version, changes },
    });
    return saved;
  });
}

/** One translation per language, in the portal's language order, without empty ones. */
function welcomeTranslations(given: WelcomeTranslationInput[]): WelcomeTranslation[] {
  return Object.values(PortalLanguage).flatMap((language) => {
    const text = given.find((entry) => entry.language === language)?.text.trim() ?? '';
    if (text.length > 1000)
      throw new BadUserInputError('Keep each translation of the welcome text under 1,000 characters.', `welcomeTranslations.${language}`);
    return text ? [{ language, text }] : [];
  });
}

const AUDITED_SETTINGS = [
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

/**
 * Switches to Client Portal 2.0 for good: the previous portal goes off, its customization is
 * discarded and the branding returns to the 2.0 defaults. Clients, accounts, groups and every other
 * record stay untouched. Needs `confirm: true`, and leaves an audit record of what was discarded.
 */
export async function enableClientPortal2(
  dataSource: DataSource,
  confirm: boolean,
  staff: StaffUser,
  req: Request,
): Promise<ClientPortalSettings> {
  if (!confirm) {
    throw new BadUserInputError(
      'Enabling Client Portal 2.0 switches the previous portal off, discards its customization and resets branding; confirm to go ahead.',
      'confirm',
      { reason: 'CONFIRMATION_REQUIRED' },
    );
  }
  return dataSource.transaction(async (manager) => {
    const current = await manager.getRepository(ClientPortalSettings).findOneByOrFail({ id: SETTINGS_ID });
    if (current.portalVersion === ClientPortalVersion.V2) {
      throw new BadUserInputError('Client Portal 2.0 is already enabled.', 'confirm', { reason: 'ALREADY_ENABLED' });
    }
    const result = await manager
      .createQueryBuilder()
      .update(ClientPortalSettings)
      .set({ portalVersion: ClientPortalVersion.V2, enabled: true, classicCustomization: null, ...PORTAL_2_DEFAULT_BRANDING })
      .where('id = :id AND portalVersion = :classic', { id: SETTINGS_ID, classic: ClientPortalVersion.CLASSIC })
      .execute();
    if (!result.affected) throw new BadUserInputError('Client Portal 2.0 is already enabled.', 'confirm', { reason: 'ALREADY_ENABLED' });
    await recordAudit(manager, {
      action: AuditAction.CLIENT_PORTAL_2_ENABLED,
      actor: staff,
      req,
      details: {
        discardedCustomization: current.classicCustomization ?? {},
        previousBranding: {
          portalName: current.portalName,
          logoUrl: current.logoUrl,
          primaryColor: current.primaryColor,
          welcomeText: current.welcomeText,
        },
      },
    });
    return manager.getRepository(ClientPortalSettings).findOneByOrFail({ id: SETTINGS_ID });
  });
}
