import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import { ClientRequest, RequestKind, RequestStatus } from '../client-requests/client-request.entity';
import { Feedback, FeedbackCategory } from '../feedback/feedback.entity';
import { FileRole, StoredFile } from '../files/stored-file.entity';
import { ActorKind, HistoryEntry, HistoryRecordType } from '../history/history-entry.entity';
import { Project, ProjectStatus } from '../projects/project.entity';
import { PriceUnit, Quote, QuoteStatus } from '../quotes/quote.entity';
import { ServiceType, recordNumber } from '../work/work-types';
import { hashPassword } from '../auth/password';
import { ClientGroup } from '../client-groups/client-group.entity';
import { ClientPortalAction, allClientPortalRights, type ClientPortalRights } from '../client-groups/client-portal-rights';
import { Client } from '../clients/client.entity';
import { indexClientWords } from '../clients/client-search';
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
  {
    username: 'ACME',
    name: 'Acme Pharmaceuticals GmbH',
    status: ClientStatus.ACTIVE,
    email: 'localization@acme-pharma.example',
    portalAccessAllowed: true,
    language: PortalLanguage.DE,
    formats: {
      dateFormat: 'dd.MM.yyyy',
      decimalSeparator: ',',
      thousandsSeparator: '.',
      firstDayOfWeek: Weekday.MONDAY,
      timeZone: 'Europe/Berlin',
    },
    aliases: { XTM: 'acme.pharma', PHRASE: 'acme-loc' },
    withPassword: true,
  },
  {
    username: 'NORDWIND',
    name: 'Nordwind Maschinenbau AG',
    status: ClientStatus.ACTIVE,
    email: 'docs@nordwind.example',
    portalAccessAllowed: true,
    group: 'Key Accounts',
    language: PortalLanguage.DE,
    aliases: { TRADOS: 'docs@nordwind.example' },
  },
  {
    username: 'LUMIERE',
    name: 'Lumière Cosmétiques SA',
    status: ClientStatus.ACTIVE,
    email: 'traduction@lumiere.example',
    portalAccessAllowed: true,
    language: PortalLanguage.FR,
    aliases: { MEMOQ: 'Lumiere Marketing' },
  },
  {
    username: 'SOLARIS',
    name: 'Solaris Energía S.L.',
    status: ClientStatus.ACTIVE,
    email: 'idiomas@solaris.example',
    portalAccessAllowed: true,
    language: PortalLanguage.ES,
  },
  {
    username: 'WISLA',
    name: 'Wisła Software Sp. z o.o.',
    status: ClientStatus.ACTIVE,
    email: 'l10n@wisla.example',
    portalAccessAllowed: true,
    language: PortalLanguage.PL,
    formats: { dateFormat: 'dd.MM.yyyy', timeFormat: 'HH:mm', timeZone: 'Europe/Warsaw' },
    aliases: { PHRASE: 'wisla_l10n', SMARTCAT: 'l10n@wisla.example' },
  },
  {
    username: 'BLUEHARBOR',
    name: 'Blue Harbor Legal LLP',
    status: ClientStatus.ACTIVE,
    email: 'paralegal@blueharbor.example',
    portalAccessAllowed: false,
  },
  {
    username: 'GREENLEAF',
    name: 'Greenleaf Organics Ltd',
    status: ClientStatus.POTENTIAL,
    email: 'hello@greenleaf.example',
    portalAccessAllowed: true,
    group: 'Trial Portal',
  },
  {
    username: 'KITE',
    name: 'Kite Travel Group',
    status: ClientStatus.POTENTIAL,
    email: 'content@kite-travel.example',
    portalAccessAllowed: true,
  },
  {
    username: 'ORBIT',
    name: 'Orbit Games Studio',
    status: ClientStatus.INACTIVE,
    email: 'loc@orbitgames.example',
    portalAccessAllowed: true,
    aliases: { XTM: 'orbit-games' },
  },
  {
    username: 'HELVETIA-MED',
    name: 'Helvetia Medical Devices AG',
    status: ClientStatus.ACTIVE,
    email: 'regulatory@helvetia-med.example',
    portalAccessAllowed: true,
    group: 'Key Accounts',
    language: PortalLanguage.DE,
    formats: { decimalSeparator: '.', thousandsSeparator: "'", timeZone: 'Europe/Zurich' },
  },
  {
    username: 'ATLAS',
    name: 'Atlas Logistics Inc.',
    status: ClientStatus.ACTIVE,
    email: 'ops@atlas-logistics.example',
    portalAccessAllowed: true,
    formats: { dateFormat: 'MM/dd/yyyy', timeFormat: 'h:mm a', timeZone: 'America/Chicago', firstDayOfWeek: Weekday.SUNDAY },
    withPassword: true,
  },
  {
    username: 'PIXEL',
    name: 'Pixelwerk Agentur',
    status: ClientStatus.ACTIVE,
    email: 'team@pixelwerk.example',
    portalAccessAllowed: true,
    group: 'Blocked',
    language: PortalLanguage.DE,
  },
];

const day = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * day);
const AGENCY = { name: 'Anna Account-Manager', kind: ActorKind.STAFF };

async function demoFile(
  manager: EntityManager,
  filesDir: string,
  project: Project,
  role: FileRole,
  fileName: string,
  uploadedBy: string,
): Promise<void> {
  const storageKey = randomBytes(16).toString('hex');
  // The project may be a plain saved object (no getters), so its number is written from its id.
  const content = `${recordNumber('P', project.id)} ${project.name}: ${role === FileRole.SOURCE ? 'source text' : 'translation'} (Portico demo file)\n`;
  fs.mkdirSync(filesDir, { recursive: true });
  fs.writeFileSync(path.join(filesDir, storageKey), content);
  await manager.getRepository(StoredFile).save({
    clientId: project.clientId,
    projectId: project.id,
    requestId: null,
    role,
    fileName,
    contentType: 'text/plain; charset=utf-8',
    sizeBytes: Buffer.byteLength(content),
    storageKey,
    uploadedBy,
  });
}

/** Projects in every status, quotes to decide, requests and feedback, so both portals have real content. */
async function seedDemoWork(manager: EntityManager, clients: Map<string, Client>, filesDir: string): Promise<void> {
  const history = (
    recordType: HistoryRecordType,
    recordId: number,
    event: string,
    status: string | null,
    daysAgo: number,
    actor = AGENCY,
    note: string | null = null,
  ) =>
    manager
      .getRepository(HistoryEntry)
      .save({ recordType, recordId, event, status, occurredAt: daysFromNow(-daysAgo), actorName: actor.name, actorKind: actor.kind, note });

  const projectPlans: Array<{
    client: string;
    name: string;
    services: ServiceType[];
    source: string;
    targets: string[];
    status: ProjectStatus;
    orderedDaysAgo: number;
    deadlineInDays: number;
    cost: number;
    catTool?: CatTool;
  }> = [
    {
      client: 'ACME',
      name: 'Packungsbeilage Cardiolex 20 mg',
      services: [ServiceType.TRANSLATION, ServiceType.PROOFREADING],
      source: 'en',
      targets: ['de-DE', 'fr-FR', 'it-IT'],
      status: ProjectStatus.DELIVERED,
      orderedDaysAgo: 12,
      deadlineInDays: -2,
      cost: 418_500,
      catTool: CatTool.XTM,
    },
    {
      client: 'ACME',
      name: 'Studienprotokoll ACM-2291',
      services: [ServiceType.TRANSLATION],
      source: 'en',
      targets: ['de-DE'],
      status: ProjectStatus.IN_PROGRESS,
      orderedDaysAgo: 3,
      deadlineInDays: 6,
      cost: 236_000,
      catTool: CatTool.PHRASE,
    },
    {
      client: 'ACME',
      name: 'Website-Update Q3',
      services: [ServiceType.LOCALIZATION],
      source: 'de-DE',
      targets: ['en-GB', 'pl'],
      status: ProjectStatus.DELIVERED,
      orderedDaysAgo: 20,
      deadlineInDays: -9,
      cost: 129_900,
      catTool: CatTool.PHRASE,
    },
    {
      client: 'ACME',
      name: 'Schulungsvideo Subtitles',
      services: [ServiceType.SUBTITLING],
      source: 'de-DE',
      targets: ['en-GB'],
      status: ProjectStatus.CLOSED,
      orderedDaysAgo: 60,
      deadlineInDays: -45,
      cost: 88_000,
    },
    {
      client: 'ATLAS',
      name: 'Driver safety handbook',
      services: [ServiceType.TRANSLATION, ServiceType.DTP],
      source: 'en-US',
      targets: ['es-MX', 'fr-CA'],
      status: ProjectStatus.READY,
      orderedDaysAgo: 8,
      deadlineInDays: 1,
      cost: 327_450,
    },
    {
      client: 'ATLAS',
      name: 'Warehouse signage',
      services: [ServiceType.TRANSLATION],
      source: 'en-US',
      targets: ['es-MX'],
      status: ProjectStatus.DELIVERED,
      orderedDaysAgo: 15,
      deadlineInDays: -5,
      cost: 24_000,
    },
    {
      client: 'ATLAS',
      name: 'Customs declaration templates',
      services: [ServiceType.TRANSLATION],
      source: 'en-US',
      targets: ['zh-Hans'],
      status: ProjectStatus.CANCELLED,
      orderedDaysAgo: 30,
      deadlineInDays: -20,
      cost: 0,
    },
    {
      client: 'LUMIERE',
      name: 'Catalogue printemps',
      services: [ServiceType.TRANSCREATION],
      source: 'fr-FR',
      targets: ['en-GB', 'de-DE', 'es-ES'],
      status: ProjectStatus.IN_PROGRESS,
      orderedDaysAgo: 5,
      deadlineInDays: 9,
      cost: 512_000,
    },
    {
      client: 'NORDWIND',
      name: 'Betriebsanleitung Fräsmaschine FM-500',
      services: [ServiceType.TRANSLATION, ServiceType.DTP],
      source: 'de-DE',
      targets: ['en-GB', 'cs', 'hu'],
      status: ProjectStatus.IN_PROGRESS,
      orderedDaysAgo: 9,
      deadlineInDays: 11,
      cost: 684_300,
      catTool: CatTool.TRADOS,
    },
    {
      client: 'NORDWIND',
      name: 'Ersatzteilkatalog 2027',
      services: [ServiceType.TRANSLATION],
      source: 'de-DE',
      targets: ['en-GB', 'fr-FR'],
      status: ProjectStatus.DELIVERED,
      orderedDaysAgo: 25,
      deadlineInDays: -6,
      cost: 211_750,
      catTool: CatTool.TRADOS,
    },
    {
      client: 'HELVETIA-MED',
      name: 'IFU Insulinpumpe IP-7',
      services: [ServiceType.TRANSLATION, ServiceType.PROOFREADING],
      source: 'en',
      targets: ['de-CH', 'fr-CH', 'it-CH'],
      status: ProjectStatus.READY,
      orderedDaysAgo: 14,
      deadlineInDays: 2,
      cost: 932_000,
    },
    {
      client: 'SOLARIS',
      name: 'Informe de sostenibilidad 2026',
      services: [ServiceType.TRANSLATION],
      source: 'es-ES',
      targets: ['en-GB', 'ca'],
      status: ProjectStatus.DELIVERED,
      orderedDaysAgo: 18,
      deadlineInDays: -4,
      cost: 301_200,
    },
    {
      client: 'WISLA',
      name: 'Aplikacja mobilna 4.2',
      services: [ServiceType.LOCALIZATION, ServiceType.MACHINE_TRANSLATION_POST_EDITING],
      source: 'pl',
      targets: ['en-GB', 'de-DE', 'uk'],
      status: ProjectStatus.REQUESTED,
      orderedDaysAgo: 1,
      deadlineInDays: 14,
      cost: 143_000,
    },
  ];
  const projects: Project[] = [];
  for (const plan of projectPlans) {
    const client = clients.get(plan.client)!;
    const delivered = [ProjectStatus.DELIVERED, ProjectStatus.CLOSED].includes(plan.status);
    const project = await manager.getRepository(Project).save({
      clientId: client.id,
      name: plan.name,
      services: plan.services,
      sourceLanguage: plan.source,
      targetLanguages: plan.targets,
      orderedAt: daysFromNow(-plan.orderedDaysAgo),
      deadline: daysFromNow(plan.deadlineInDays),
      deliveredAt: delivered ? daysFromNow(plan.deadlineInDays - 1) : null,
      status: plan.status,
      totalCostMinor: plan.cost,
      currency: plan.client === 'ATLAS' ? 'USD' : plan.client === 'WISLA' ? 'PLN' : plan.client === 'HELVETIA-MED' ? 'CHF' : 'EUR',
      catTool: plan.catTool ?? null,
      quoteId: null,
      requestId: null,
    });
    projects.push(project);
    const track = [ProjectStatus.REQUESTED, ProjectStatus.IN_PROGRESS, ProjectStatus.READY, ProjectStatus.DELIVERED, ProjectStatus.CLOSED];
    const steps =
      plan.status === ProjectStatus.CANCELLED
        ? [ProjectStatus.REQUESTED, ProjectStatus.IN_PROGRESS, ProjectStatus.CANCELLED]
        : track.slice(0, track.indexOf(plan.status) + 1);
    for (const [index, status] of steps.entries()) {
      await history(
        HistoryRecordType.PROJECT,
        project.id,
        index === 0 ? 'CREATED' : 'STATUS_CHANGED',
        status,
        Math.max(plan.orderedDaysAgo - index * 3, 0),
      );
    }
    // Files to download: what the client sent, and the translations of a delivered project.
    const baseName = plan.name.replace(/[^\p{L}\p{N}]+/gu, '_');
    await demoFile(manager, filesDir, project, FileRole.SOURCE, `${baseName}_${plan.source}.txt`, client.name);
    if (delivered)
      for (const target of plan.targets)
        await demoFile(manager, filesDir, project, FileRole.TARGET, `${baseName}_${target}.txt`, AGENCY.name);
  }

  const lines = (words: number, price: number) => [
    { description: '', service: ServiceType.TRANSLATION, quantity: words, unit: PriceUnit.WORDS, unitPriceMinor: price },
    { description: 'Project management', service: null, quantity: 1, unit: PriceUnit.FLAT_FEE, unitPriceMinor: 4_500 },
  ];
  const quotePlans = [
    {
      client: 'ACME',
      name: 'Fachinformation Cardiolex 40 mg',
      targets: ['de-DE', 'nl-NL'],
      source: 'en',
      words: 5_200,
      price: 13,
      status: QuoteStatus.PENDING,
      validDays: 10,
      currency: 'EUR',
    },
    {
      client: 'ACME',
      name: 'Pressemitteilung Jahresbericht',
      targets: ['en-GB'],
      source: 'de-DE',
      words: 900,
      price: 14,
      status: QuoteStatus.REJECTED,
      validDays: -3,
      currency: 'EUR',
    },
    {
      client: 'ATLAS',
      name: 'Fleet app release notes',
      targets: ['es-MX', 'pt-BR'],
      source: 'en-US',
      words: 1_800,
      price: 11,
      status: QuoteStatus.PENDING,
      validDays: 6,
      currency: 'USD',
    },
    {
      client: 'ATLAS',
      name: 'HR policy 2027',
      targets: ['es-MX'],
      source: 'en-US',
      words: 7_400,
      price: 10,
      status: QuoteStatus.PENDING,
      validDays: -1,
      currency: 'USD',
    },
    {
      client: 'GREENLEAF',
      name: 'Packaging texts',
      targets: ['fr-FR', 'de-DE'],
      source: 'en-GB',
      words: 1_200,
      price: 12,
      status: QuoteStatus.PENDING,
      validDays: 12,
      currency: 'GBP',
    },
  ];
  const quoteSentDaysAgo = 6;
  for (const plan of quotePlans) {
    const client = clients.get(plan.client)!;
    const quote = await manager.getRepository(Quote).save({
      // Sent when its history says: lists show this date.
      createdAt: daysFromNow(-quoteSentDaysAgo),
      clientId: client.id,
      name: plan.name,
      services: [ServiceType.TRANSLATION],
      sourceLanguage: plan.source,
      targetLanguages: plan.targets,
      priceLines: lines(plan.words * plan.targets.length, plan.price),
      currency: plan.currency,
      validUntil: daysFromNow(plan.validDays),
      proposedDeadline: daysFromNow(plan.validDays + 7),
      storedStatus: plan.status,
      rejectionReason: plan.status === QuoteStatus.REJECTED ? 'Budget moved to next year' : null,
      decidedAt: plan.status === QuoteStatus.REJECTED ? daysFromNow(-4) : null,
      requestId: null,
      projectId: null,
    });
    await history(HistoryRecordType.QUOTE, quote.id, 'CREATED', QuoteStatus.PENDING, quoteSentDaysAgo);
    if (plan.status === QuoteStatus.REJECTED)
      await history(
        HistoryRecordType.QUOTE,
        quote.id,
        'REJECTED',
        QuoteStatus.REJECTED,
        4,
        { name: client.name, kind: ActorKind.CLIENT },
        'Budget moved to next year',
      );
  }

  const requestPlans = [
    {
      client: 'ACME',
      kind: RequestKind.QUOTE,
      name: 'Etikettentexte Serie B',
      source: 'de-DE',
      targets: ['fr-FR', 'it-IT'],
      deadlineInDays: 21,
      instructions: 'Bitte Terminologie aus dem XTM-Projekt ACM verwenden.',
      daysAgo: 1,
    },
    {
      client: 'ATLAS',
      kind: RequestKind.PROJECT,
      name: 'Safety data sheets (batch 3)',
      source: 'en-US',
      targets: ['es-MX', 'fr-CA'],
      deadlineInDays: 10,
      instructions: 'Same layout as batch 2; keep the GHS pictograms.',
      daysAgo: 2,
    },
    {
      client: 'LUMIERE',
      kind: RequestKind.QUOTE,
      name: 'Fiches produits été',
      source: 'fr-FR',
      targets: ['en-GB', 'it-IT'],
      deadlineInDays: 30,
      instructions: 'Ton léger, adapté aux réseaux sociaux.',
      daysAgo: 3,
    },
    {
      client: 'WISLA',
      kind: RequestKind.QUOTE,
      name: 'Dokumentacja API (klingoński)',
      source: 'pl',
      targets: ['tlh'],
      deadlineInDays: 7,
      instructions: '',
      daysAgo: 9,
      declined: 'Nie mamy tłumaczy języka klingońskiego.',
    },
    {
      client: 'ACME',
      kind: RequestKind.PROJECT,
      name: 'Messebroschüre 2027',
      source: 'de-DE',
      targets: ['en-GB'],
      deadlineInDays: 12,
      instructions: '',
      daysAgo: 5,
      withdrawnDaysAgo: 4,
    },
  ];
  for (const plan of requestPlans) {
    const client = clients.get(plan.client)!;
    const request = await manager.getRepository(ClientRequest).save({
      // Submitted when its history says: lists show this date.
      createdAt: daysFromNow(-plan.daysAgo),
      clientId: client.id,
      kind: plan.kind,
      name: plan.name,
      services: [ServiceType.TRANSLATION],
      sourceLanguage: plan.source,
      targetLanguages: plan.targets,
      deadline: daysFromNow(plan.deadlineInDays),
      instructions: plan.instructions,
      status: plan.declined ? RequestStatus.DECLINED : plan.withdrawnDaysAgo ? RequestStatus.WITHDRAWN : RequestStatus.SUBMITTED,
      quoteId: null,
      projectId: null,
    });
    await history(HistoryRecordType.REQUEST, request.id, 'SUBMITTED', RequestStatus.SUBMITTED, plan.daysAgo, {
      name: client.name,
      kind: ActorKind.CLIENT,
    });
    if (plan.declined)
      await history(HistoryRecordType.REQUEST, request.id, 'DECLINED', RequestStatus.DECLINED, plan.daysAgo - 1, AGENCY, plan.declined);
    if (plan.withdrawnDaysAgo)
      await history(HistoryRecordType.REQUEST, request.id, 'WITHDRAWN', RequestStatus.WITHDRAWN, plan.withdrawnDaysAgo, {
        name: client.name,
        kind: ActorKind.CLIENT,
      });
  }

  const feedbackTarget = projects.find((project) => project.name === 'Schulungsvideo Subtitles')!;
  await manager.getRepository(Feedback).save({
    clientId: feedbackTarget.clientId,
    projectId: feedbackTarget.id,
    score: 5,
    category: FeedbackCategory.QUALITY,
    comment: 'Sehr gute Untertitel, pünktlich geliefert.',
    isComplaint: false,
    givenBy: clients.get('ACME')!.name,
    answer: 'Vielen Dank für das Lob!',
    answeredAt: daysFromNow(-2),
    answeredBy: 'Anna Account-Manager',
  });
  const complaintTarget = projects.find((project) => project.name === 'Warehouse signage')!;
  await manager.getRepository(Feedback).save({
    clientId: complaintTarget.clientId,
    projectId: complaintTarget.id,
    score: 2,
    category: FeedbackCategory.DEADLINE,
    comment: 'Delivered a day later than promised; we had to postpone printing.',
    isComplaint: true,
    givenBy: clients.get('ATLAS')!.name,
    answer: null,
    answeredAt: null,
    answeredBy: null,
  });
  const reportTarget = projects.find((project) => project.name === 'Informe de sostenibilidad 2026')!;
  await manager.getRepository(Feedback).save({
    clientId: reportTarget.clientId,
    projectId: reportTarget.id,
    score: 4,
    category: FeedbackCategory.COMMUNICATION,
    comment: 'Buena traducción; nos habría gustado recibir antes las preguntas sobre terminología.',
    isComplaint: false,
    givenBy: clients.get('SOLARIS')!.name,
    answer: null,
    answeredAt: null,
    answeredBy: null,
  });
}

/**
 * Demo data for `pnpm start`: staff with different rights, extra client groups and a dozen
 * clients covering every access situation, with their projects' files written to `filesDir`.
 * Runs once, on an empty database only.
 */
export async function seedDemoData(dataSource: DataSource, filesDir: string): Promise<void> {
  if ((await dataSource.getRepository(StaffUser).count()) > 0) return;

  await dataSource.transaction(async (manager) => {
    // The demo agency has already switched to Client Portal 2.0, with its own branding.
    await manager.getRepository(ClientPortalSettings).update(
      { id: 1 },
      {
        portalVersion: ClientPortalVersion.V2,
        enabled: true,
        classicCustomization: null,
        portalName: 'Polyglot Partners Client Portal',
        primaryColor: '#0b7285',
      },
    );
    const administrators = await manager.getRepository(UserGroup).findOneByOrFail({ isAdministrators: true });
    const userGroups = manager.getRepository(UserGroup);
    const accountManagers = await userGroups.save(
      userGroups.create({
        name: 'Account Managers',
        nameKey: 'account managers',
        isAdministrators: false,
        rightsMatrix: {
          [StaffDomain.CLIENTS]: [StaffAction.BROWSE, StaffAction.DISPLAY, StaffAction.CREATE, StaffAction.EDIT],
          [StaffDomain.CLIENT_GROUPS]: [StaffAction.BROWSE],
          [StaffDomain.PROJECTS]: [StaffAction.BROWSE, StaffAction.DISPLAY, StaffAction.CREATE, StaffAction.EDIT],
          [StaffDomain.QUOTES]: [StaffAction.BROWSE, StaffAction.DISPLAY, StaffAction.CREATE, StaffAction.EDIT],
          [StaffDomain.CLIENT_REQUESTS]: [StaffAction.BROWSE, StaffAction.DISPLAY, StaffAction.EDIT],
          [StaffDomain.FEEDBACK]: [StaffAction.BROWSE, StaffAction.EDIT],
          [StaffDomain.FILES]: [StaffAction.BROWSE, StaffAction.DISPLAY, StaffAction.CREATE],
        },
        specialRights: [SpecialRight.SIGN_IN_AS_PARTNER],
      }),
    );
    const projectManagers = await userGroups.save(
      userGroups.create({
        name: 'Project Managers',
        nameKey: 'project managers',
        isAdministrators: false,
        rightsMatrix: {
          [StaffDomain.CLIENTS]: [StaffAction.BROWSE, StaffAction.DISPLAY],
          [StaffDomain.PROJECTS]: [StaffAction.BROWSE, StaffAction.DISPLAY, StaffAction.EDIT],
          [StaffDomain.FILES]: [StaffAction.BROWSE, StaffAction.DISPLAY, StaffAction.CREATE],
        },
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
        staff.create({
          username,
          usernameKey: username,
          fullName,
          email: `${username}@agency.example`,
          passwordHash,
          groupId: group.id,
          active: true,
          lastSignInAt: null,
        }),
      );
    }

    const clientGroups = manager.getRepository(ClientGroup);
    const extraGroups = new Map<string, ClientGroup>();
    const { BROWSE, DISPLAY, ADD, EDIT } = ClientPortalAction;
    const demoGroups: Array<[string, boolean, ClientPortalRights]> = [
      ['Key Accounts', true, allClientPortalRights()],
      [
        'Trial Portal',
        true,
        { QUOTES: [BROWSE, DISPLAY, EDIT], REQUESTS: [BROWSE, DISPLAY, ADD], MESSAGES: [BROWSE, ADD], PROFILE: [DISPLAY, EDIT] },
      ],
      ['Blocked', false, {}],
    ];
    for (const [name, accessAllowed, rightsMatrix] of demoGroups) {
      extraGroups.set(
        name,
        await clientGroups.save(
          clientGroups.create({ name, nameKey: name.toLowerCase(), accessAllowed, statusGroupFor: null, rightsMatrix }),
        ),
      );
    }

    const statusGroups = await clientGroups.find();
    const clientPasswordHash = await hashPassword(DEMO_CLIENT_PASSWORD);
    const seeded = new Map<string, Client>();
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
      seeded.set(demo.username, client);
      await indexClientWords(manager, client.id, client);
      for (const [tool, externalUsername] of Object.entries(demo.aliases ?? {})) {
        await aliases.save(
          aliases.create({
            clientId: client.id,
            tool: tool as CatTool,
            externalUsername,
            externalUsernameKey: externalUsername.toLowerCase(),
          }),
        );
      }
    }
    await seedDemoWork(manager, seeded, filesDir);
  });
}
