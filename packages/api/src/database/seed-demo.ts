import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { ClientGroup } from '../client-groups/client-group.entity';
import { ClientPortalAction, allClientPortalRights, type ClientPortalRights } from '../client-groups/client-portal-rights';
import { Client } from '../clients/client.entity';
import { ClientPortalSettings, ClientPortalVersion } from '../client-portal-settings/client-portal-settings.entity';
import { ClientStatus } from '../clients/client-status';
import { FormatPreferences, Weekday } from '../clients/format-preferences';
import { PortalLanguage } from '../clients/portal-language';
import { CatTool } from '../partner-aliases/cat-tools';
import { PartnerAlias } from '../partner-aliases/partner-alias.entity';
import { SpecialRight, StaffAction, StaffDomain } from '../staff/staff-rights';
import { StaffUser } from '../staff/staff-user.entity';
import { UserGroup } from '../staff/user-group.entity';

const DEMO_PASSWORD = 'admin';
/** Demo clients marked `withPassword` sign in to the Client Portal with this password. */
export const DEMO_CLIENT_PASSWORD = 'portal-demo-2026';

interface DemoClient {
  username: string;
  name: string;
  status: ClientStatus;
  email: string;
  portalAccessAllowed: boolean;
  group?: string;
  language?: PortalLanguage;
  formats?: Partial<FormatPreferences>;
  aliases?: Partial<Record<CatTool, string>>;
  withPassword?: boolean;
}

const DEMO_CLIENTS: DemoClient[] = [
  { username: 'ACME', name: 'Acme Pharmaceuticals GmbH', status: ClientStatus.ACTIVE, email: 'localization@acme-pharma.example', portalAccessAllowed: true, language: PortalLanguage.DE, formats: { dateFormat: 'dd.MM.yyyy', decimalSeparator: ',', thousandsSeparator: '.', firstDayOfWeek: Weekday.MONDAY, timeZone: 'Europe/Berlin' }, aliases: { XTM: 'acme.pharma', PHRASE: 'acme-loc' }, withPassword: true },
  { username: 'NORDWIND', name: 'Nordwind Maschinenbau AG', status: ClientStatus.ACTIVE, email: 'docs@nordwind.example', portalAccessAllowed: true, group: 'Key Accounts', language: PortalLanguage.DE, aliases: { TRADOS: 'docs@nordwind.example' } },
  { username: 'LUMIERE', name: 'Lumière Cosmétiques SA', status: ClientStatus.ACTIVE, email: 'traduction@lumiere.example', portalAccessAllowed: true, language: PortalLanguage.FR, aliases: { MEMOQ: 'Lumiere Marketing' } },
  { username: 'SOLARIS', name: 'Solaris Energía S.L.', status: ClientStatus.ACTIVE, email: 'idiomas@solaris.example', portalAccessAllowed: true, language: PortalLanguage.ES },
  { username: 'WISLA', name: 'Wisła Software Sp. z o.o.', status: ClientStatus.ACTIVE, email: 'l10n@wisla.example', portalAccessAllowed: true, language: PortalLanguage.PL, formats: { dateFormat: 'dd.MM.yyyy', timeFormat: 'HH:mm', timeZone: 'Europe/Warsaw' }, aliases: { PHRASE: 'wisla_l10n', SMARTCAT: 'l10n@wisla.example' } },
  { username: 'BLUEHARBOR', name: 'Blue Harbor Legal LLP', status: ClientStatus.ACTIVE, email: 'paralegal@blueharbor.example', portalAccessAllowed: false },
  { username: 'GREENLEAF', name: 'Greenleaf Organics Ltd', status: ClientStatus.POTENTIAL, email: 'hello@greenleaf.example', portalAccessAllowed: true, group: 'Trial Portal' },
  { username: 'KITE', name: 'Kite Travel Group', status: ClientStatus.POTENTIAL, email: 'content@kite-travel.example', portalAccessAllowed: true },
  { username: 'ORBIT', name: 'Orbit Games Studio', status: ClientStatus.INACTIVE, email: 'loc@orbitgames.example', portalAccessAllowed: true, aliases: { XTM: 'orbit-games' } },
  { username: 'HELVETIA-MED', name: 'Helvetia Medical Devices AG', status: ClientStatus.ACTIVE, email: 'regulatory@helvetia-med.example', portalAccessAllowed: true, group: 'Key Accounts', language: PortalLanguage.DE, formats: { decimalSeparator: '.', thousandsSeparator: "'", timeZone: 'Europe/Zurich' } },
  { username: 'ATLAS', name: 'Atlas Logistics Inc.', status: ClientStatus.ACTIVE, email: 'ops@atlas-logistics.example', portalAccessAllowed: true, formats: { dateFormat: 'MM/dd/yyyy', timeFormat: 'h:mm a', timeZone: 'America/Chicago', firstDayOfWeek: Weekday.SUNDAY }, withPassword: true },
  { username: 'PIXEL', name: 'Pixelwerk Agentur', status: ClientStatus.ACTIVE, email: 'team@pixelwerk.example', portalAccessAllowed: true, group: 'Blocked', language: PortalLanguage.DE },
];

/**
 * Demo data for `pnpm start`: staff with different rights, extra client groups and a dozen
 * clients covering every access situation. Runs once, on an empty database only.
 */
export async function seedDemoData(dataSource: DataSource): Promise<void> {
  if ((await dataSource.getRepository(StaffUser).count()) > 0) return;

  await dataSource.transaction(async (manager) => {
    // The demo agency has already switched to Client Portal 2.0, with its own branding.
    await manager.getRepository(ClientPortalSettings).update(
      { id: 1 },
      { portalVersion: ClientPortalVersion.V2, enabled: true, classicCustomization: null, portalName: 'Polyglot Partners Client Portal', primaryColor: '#0b7285' },
    );
    const administrators = await manager.getRepository(UserGroup).findOneByOrFail({ isAdministrators: true });
    const userGroups = manager.getRepository(UserGroup);
    const accountManagers = await userGroups.save(
      userGroups.create({
        name: 'Account Managers',
        nameKey: 'account managers',
        isAdministrators: false,
        rightsMatrix: {
          [StaffDomain.CLIENTS]: [StaffAction.BROWSE, StaffAction.DISPLAY, StaffAction.CREATE, StaffAction.EDIT, StaffAction.EXPORT],
          [StaffDomain.CLIENT_GROUPS]: [StaffAction.BROWSE, StaffAction.DISPLAY],
        },
        specialRights: [SpecialRight.SIGN_IN_AS_PARTNER],
      }),
    );
    const projectManagers = await userGroups.save(
      userGroups.create({
        name: 'Project Managers',
        nameKey: 'project managers',
        isAdministrators: false,
        rightsMatrix: { [StaffDomain.CLIENTS]: [StaffAction.BROWSE, StaffAction.DISPLAY] },
        specialRights: [],
      }),
    );

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const staff = manager.getRepository(StaffUser);
    for (const [username, fullName, group] of [
      ['admin', 'Ada Admin', administrators],
      ['anna', 'Anna Account-Manager', accountManagers],
      ['piotr', 'Piotr Project-Manager', projectManagers],
    ] as const) {
      await staff.save(
        staff.create({ username, usernameKey: username, fullName, email: `${username}@agency.example`, passwordHash, groupId: group.id, active: true, lastSignInAt: null }),
      );
    }

    const clientGroups = manager.getRepository(ClientGroup);
    const extraGroups = new Map<string, ClientGroup>();
    const { BROWSE, DISPLAY, ADD, EDIT } = ClientPortalAction;
    const demoGroups: Array<[string, boolean, ClientPortalRights]> = [
      ['Key Accounts', true, allClientPortalRights()],
      ['Trial Portal', true, { QUOTES: [BROWSE, DISPLAY, EDIT], REQUESTS: [BROWSE, DISPLAY, ADD], PROFILE: [DISPLAY, EDIT] }],
      ['Blocked', false, {}],
    ];
    for (const [name, accessAllowed, rightsMatrix] of demoGroups) {
      extraGroups.set(name, await clientGroups.save(clientGroups.create({ name, nameKey: name.toLowerCase(), accessAllowed, statusGroupFor: null, rightsMatrix })));
    }

    const statusGroups = await clientGroups.find();
    const clientPasswordHash = await hashPassword(DEMO_CLIENT_PASSWORD);
    const clients = manager.getRepository(Client);
    const aliases = manager.getRepository(PartnerAlias);
    for (const demo of DEMO_CLIENTS) {
      const group = demo.group ? extraGroups.get(demo.group)! : null;
      const client = await clients.save(
        clients.create({
          username: demo.username,
          usernameKey: demo.username.toLowerCase(),
          name: demo.name,
          nameKey: demo.name.toLowerCase(),
          status: demo.status,
          email: demo.email,
          emailKey: demo.email.toLowerCase(),
          assignToStatus: !group,
          groupId: group?.id ?? null,
          effectiveGroupId: group?.id ?? statusGroups.find((candidate) => candidate.statusGroupFor === demo.status)!.id,
          portalAccessAllowed: demo.portalAccessAllowed,
          preferredLanguage: demo.language ?? PortalLanguage.EN,
          formatPreferences: { ...new FormatPreferences(), ...demo.formats },
          lastLoginAt: null,
          lastFailedLoginAt: null,
          passwordHash: demo.withPassword ? clientPasswordHash : null,
          updatedBy: 'Demo data',
        }),
      );
      for (const [tool, externalUsername] of Object.entries(demo.aliases ?? {})) {
        await aliases.save(aliases.create({ clientId: client.id, tool: tool as CatTool, externalUsername, externalUsernameKey: externalUsername.toLowerCase() }));
      }
    }
  });
}
