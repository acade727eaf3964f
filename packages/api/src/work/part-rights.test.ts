import { StaffAction, StaffDomain } from '../staff/staff-rights';
import { CLIENT_PASSWORD, CLIENT_SIGN_IN, enablePortal2, portalClient } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { startTestMailbox, type TestMailbox } from '../test-support/test-mailbox';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { staffCreatesProject, staffDelivers } from '../test-support/work-fixtures';

/**
 * Every nested part of a record checks the viewer, not only the record: reaching a project does not
 * open its feedback or files. And with staff identity hidden, no staff name reaches a client.
 */

let mailbox: TestMailbox;
let test: TestApp;
let admin: GraphQLTestClient;
let client: Record<string, any>;
let project: Record<string, any>;
let portal: GraphQLTestClient;
let fileId: string;

beforeAll(async () => {
  mailbox = await startTestMailbox();
  test = await startTestApp({ SMTP_URL: mailbox.smtpUrl });
  admin = await test.signedInStaff();
  await enablePortal2(admin);
  client = await portalClient(test, admin, mailbox);
  project = await staffDelivers(admin, await staffCreatesProject(admin, client.id));
  const form = new FormData();
  form.append('file', new Blob(['Übersetzung']), 'manual-pl.docx');
  const uploaded = await fetch(`${test.app.url}/files?projectId=${project.id}&role=TARGET`, {
    method: 'POST',
    body: form,
    headers: { cookie: admin.cookieHeader(), 'x-portico-upload': '1' },
  });
  fileId = (await uploaded.json()).id;
  portal = test.anonymous();
  await portal.data(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD });
  await portal.data('mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { id } }', {
    input: { projectId: project.id, score: 4, category: 'QUALITY', comment: 'Good work' },
  });
  const { feedbackList } = await admin.data('query($id: ID!) { feedbackList(clientId: $id) { id } }', { id: client.id });
  await admin.data('mutation($id: ID!) { answerFeedback(id: $id, answer: "Thank you!") { id } }', { id: feedbackList[0].id });
});
afterAll(async () => {
  await test.stop();
  await mailbox.stop();
});

const projectsOnly = { [StaffDomain.PROJECTS]: [StaffAction.BROWSE, StaffAction.DISPLAY] };

describe("staff reading a project's parts", () => {
  it("need the Feedback right for its feedback and the Files right for its files, not only the project's", async () => {
    const staff = await test.signedInStaff({ rights: projectsOnly });
    const PART = (part: string) => `query($id: ID!) { project(id: $id) { id ${part} } }`;
    expect((await staff.data(PART('history { event }'), { id: project.id })).project.history.length).toBeGreaterThan(0);
    expect((await staff.error(PART('feedback { id }'), { id: project.id })).extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredRights: ['FEEDBACK:BROWSE'],
    });
    expect((await staff.error(PART('files { id }'), { id: project.id })).extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredRights: ['FILES:BROWSE'],
    });
    const download = await fetch(`${test.app.url}/files/${fileId}`, { headers: { cookie: staff.cookieHeader() } });
    expect(download.status).toBe(404);

    const withParts = await test.signedInStaff({
      rights: {
        ...projectsOnly,
        [StaffDomain.FEEDBACK]: [StaffAction.BROWSE],
        [StaffDomain.FILES]: [StaffAction.BROWSE, StaffAction.DISPLAY],
      },
    });
    const { project: full } = await withParts.data(PART('feedback { answer } files { fileName }'), { id: project.id });
    expect(full).toMatchObject({ feedback: { answer: 'Thank you!' }, files: [{ fileName: 'manual-pl.docx' }] });
    expect((await fetch(`${test.app.url}/files/${fileId}`, { headers: { cookie: withParts.cookieHeader() } })).status).toBe(200);
  });

  it('need Display for a single record, Browse only lists', async () => {
    const lister = await test.signedInStaff({ rights: { [StaffDomain.PROJECTS]: [StaffAction.BROWSE] } });
    expect((await lister.data('{ projects(first: 5) { id } }')).projects.length).toBeGreaterThan(0);
    expect((await lister.error('query($id: ID!) { project(id: $id) { id } }', { id: project.id })).extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await lister.error('{ projects(first: 5) { id history { event } } }')).extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredRights: ['PROJECTS:DISPLAY'],
    });
  });
});

describe('with staff identity hidden from clients', () => {
  it('shows the agency instead of staff names everywhere in the Client Portal, while staff still see them', async () => {
    const SETTINGS =
      '{ clientPortalSettings { version enabled publicUrl portalName logoUrl primaryColor welcomeText offeredAreas showStaffIdentityToClients notifyClientsOfChangeSessions } }';
    const { clientPortalSettings: current } = await admin.data(SETTINGS);
    await admin.data('mutation($input: UpdateClientPortalSettingsInput!) { updateClientPortalSettings(input: $input) { version } }', {
      input: { ...current, portalName: 'Polyglot Portal', showStaffIdentityToClients: false },
    });
    const { viewer: staffUser } = await admin.data('{ viewer { fullName } }');
    const MINE =
      'query($id: ID!) { myProject(id: $id) { history { actorName actorKind } files { uploadedBy } feedback { answeredBy givenBy } } }';
    const { myProject } = await portal.data(MINE, { id: project.id });
    const names = [
      ...myProject.history.map((entry: any) => entry.actorName),
      ...myProject.files.map((file: any) => file.uploadedBy),
      myProject.feedback.answeredBy,
    ];
    expect(names).not.toContain(staffUser.fullName);
    expect(JSON.stringify(myProject)).not.toContain(staffUser.fullName);
    expect(
      myProject.history.filter((entry: any) => entry.actorKind === 'STAFF').every((entry: any) => entry.actorName === 'Polyglot Portal'),
    ).toBe(true);
    expect(myProject.feedback).toEqual({ answeredBy: 'Polyglot Portal', givenBy: client.name });

    const { project: asStaff } = await admin.data('query($id: ID!) { project(id: $id) { history { actorName } files { uploadedBy } } }', {
      id: project.id,
    });
    expect(asStaff.files[0].uploadedBy).toBe(staffUser.fullName);
  });
});

describe('the audit log', () => {
  it("records changes of a client's access, of client group rights and of partner aliases with old and new values", async () => {
    const { client: current } = await admin.data(
      'query($id: ID!) { client(id: $id) { id version assignToStatus groupId portalAccessAllowed preferredLanguage formatPreferences { dateFormat timeFormat decimalSeparator thousandsSeparator firstDayOfWeek timeZone } } }',
      { id: client.id },
    );
    await admin.data('mutation($input: UpdateSystemAccountInput!) { updateSystemAccount(input: $input) { version } }', {
      input: {
        clientId: current.id,
        version: current.version,
        assignToStatus: current.assignToStatus,
        groupId: current.groupId,
        portalAccessAllowed: false,
        preferredLanguage: 'FR',
        formatPreferences: current.formatPreferences,
      },
    });
    const { createClientGroup: group } = await admin.data(
      'mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { id version name } }',
      { input: { name: 'Audited group', accessAllowed: false, rights: [] } },
    );
    await admin.data('mutation($input: UpdateClientGroupInput!) { updateClientGroup(input: $input) { id } }', {
      input: {
        id: group.id,
        version: group.version,
        name: group.name,
        accessAllowed: true,
        rights: [{ area: 'PROJECTS', actions: ['BROWSE'] }],
      },
    });
    const { addPartnerAlias: alias } = await admin.data(
      'mutation($input: AddPartnerAliasInput!) { addPartnerAlias(input: $input) { id } }',
      { input: { clientId: client.id, tool: 'XTM', externalUsername: 'audited.user' } },
    );
    await admin.data('mutation($input: UpdatePartnerAliasInput!) { updatePartnerAlias(input: $input) { id } }', {
      input: { id: alias.id, externalUsername: 'audited.user2' },
    });
    await admin.data('mutation($id: ID!) { removePartnerAlias(id: $id) }', { id: alias.id });

    const { auditEvents } = await admin.data('{ auditEvents(first: 50) { action clientId actorName details } }');
    const find = (action: string) => auditEvents.find((event: any) => event.action === action);
    expect(find('CLIENT_ACCESS_CHANGED').details.changes).toEqual({
      portalAccessAllowed: { from: true, to: false },
      preferredLanguage: { from: 'EN', to: 'FR' },
    });
    expect(find('CLIENT_GROUP_CHANGED').details.changes).toEqual({
      accessAllowed: { from: false, to: true },
      rights: { from: {}, to: { PROJECTS: ['BROWSE'] } },
    });
    expect(find('PARTNER_ALIAS_CHANGED').details.changes.externalUsername).toEqual({ from: 'audited.user', to: 'audited.user2' });
    expect(find('PARTNER_ALIAS_ADDED').clientId).toBe(client.id);
    expect(find('PARTNER_ALIAS_REMOVED').details).toMatchObject({ tool: 'XTM', externalUsername: 'audited.user2' });
    const settings = find('CLIENT_PORTAL_SETTINGS_CHANGED');
    expect(settings.details.changes).toMatchObject({
      portalName: { to: 'Polyglot Portal' },
      showStaffIdentityToClients: { from: true, to: false },
    });
    // Filtered by client and action: the access given when the client was set up, then the one withdrawn here.
    const { auditEvents: access } = await admin.data(
      'query($id: ID!) { auditEvents(clientId: $id, action: "CLIENT_ACCESS_CHANGED") { details } }',
      { id: client.id },
    );
    expect(access.map((event: any) => event.details.changes.portalAccessAllowed)).toEqual([
      { from: true, to: false },
      { from: false, to: true },
    ]);
  });
});
