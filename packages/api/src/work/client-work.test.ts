import { toggleRowRight } from '@portico/domain';
import { ClientPortalAction, ClientPortalArea, offeredClientPortalActions } from '../client-groups/client-portal-rights';
import { portalClient, signedInClient, startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import { saveSystemAccount } from '../test-support/fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import {
  PROJECT_FIELDS,
  QUOTE_FIELDS,
  SUBMIT_REQUEST,
  inFuture,
  staffCreatesProject,
  staffCreatesQuote,
  staffDelivers,
  uploadFile,
} from '../test-support/work-fixtures';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;
beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp());
});
afterAll(() => stopPortalTestApp(test, mailbox));

describe('from request to feedback', () => {
  it('walks request → quote → accept → project → delivered → feedback → answer, with histories', async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);

    const uploaded = await uploadFile(test, portal, 'brochure.docx', 'Hello world, please translate.');
    expect(uploaded.status).toBe(201);
    const file = await uploaded.json();
    const { submitRequest: request } = await portal.data(SUBMIT_REQUEST, {
      input: {
        kind: 'QUOTE',
        name: 'Brochure',
        services: ['TRANSLATION'],
        sourceLanguage: 'en',
        targetLanguages: ['de-DE'],
        deadline: inFuture(20),
        instructions: 'Formal tone',
        fileIds: [file.id],
      },
    });
    expect(request).toMatchObject({
      status: 'SUBMITTED',
      files: [{ fileName: 'brochure.docx' }],
      history: [{ event: 'SUBMITTED', actorKind: 'CLIENT' }],
    });

    const waiting = await admin.data('{ clientRequests(status: SUBMITTED) { id name } }');
    expect(waiting.clientRequests.map((r: any) => r.id)).toContain(request.id);
    const quote = await staffCreatesQuote(admin, client.id, { requestId: request.id });
    expect(quote.total).toEqual({ amount: '735.00', currency: 'EUR' });
    expect(quote.lines[0]).toMatchObject({ unitPrice: { amount: '0.12' }, amount: { amount: '288.00' } });

    const { clientDashboard } = await portal.data(
      '{ clientDashboard { quotesToDecide { id } openRequests { id status } recentDeliveries { id } answeredFeedback { id } } }',
    );
    expect(clientDashboard.quotesToDecide.map((q: any) => q.id)).toEqual([quote.id]);
    expect(clientDashboard.openRequests).toEqual([{ id: request.id, status: 'QUOTED' }]);

    const { acceptQuote } = await portal.data(`mutation($id: ID!, $v: Int!) { acceptQuote(id: $id, version: $v) { ${QUOTE_FIELDS} } }`, {
      id: quote.id,
      v: quote.version,
    });
    expect(acceptQuote.status).toBe('ACCEPTED');
    const { myProject: project } = await portal.data(`query($id: ID!) { myProject(id: $id) { ${PROJECT_FIELDS} } }`, {
      id: acceptQuote.projectId,
    });
    expect(project).toMatchObject({
      status: 'IN_PROGRESS',
      quoteId: quote.id,
      requestId: request.id,
      totalCost: { amount: '735.00', currency: 'EUR' },
    });
    expect(project.history[0]).toMatchObject({ event: 'CREATED_FROM_QUOTE', actorKind: 'CLIENT', note: quote.number });
    const { myRequest } = await portal.data('query($id: ID!) { myRequest(id: $id) { status history { event } } }', { id: request.id });
    expect(myRequest).toEqual({
      status: 'CONVERTED_TO_PROJECT',
      history: [{ event: 'SUBMITTED' }, { event: 'QUOTED' }, { event: 'CONVERTED_TO_PROJECT' }],
    });

    const { project: staffView } = await admin.data('query($id: ID!) { project(id: $id) { id version } }', { id: project.id });
    const delivered = await staffDelivers(admin, staffView);
    expect(delivered.deliveredAt).not.toBeNull();
    const FEEDBACK = 'mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { id score isComplaint answer } }';
    const { submitFeedback } = await portal.data(FEEDBACK, {
      input: { projectId: project.id, score: 4, category: 'QUALITY', comment: 'Very good, one typo.' },
    });
    expect((await portal.error(FEEDBACK, { input: { projectId: project.id, score: 5, category: 'QUALITY' } })).extensions?.reason).toBe(
      'FEEDBACK_EXISTS',
    );
    await admin.data('mutation($id: ID!) { answerFeedback(id: $id, answer: "Thank you, we fixed the typo.") { id } }', {
      id: submitFeedback.id,
    });
    const after = await portal.data('{ clientDashboard { recentDeliveries { id } answeredFeedback { answer } } }');
    expect(after.clientDashboard.recentDeliveries.map((p: any) => p.id)).toEqual([project.id]);
    expect(after.clientDashboard.answeredFeedback).toEqual([{ answer: 'Thank you, we fixed the typo.' }]);
  });

  it('keeps each client to its own records', async () => {
    const owner = await portalClient(test, admin, mailbox);
    const other = await portalClient(test, admin, mailbox);
    const project = await staffCreatesProject(admin, owner.id);
    const quote = await staffCreatesQuote(admin, owner.id);
    const stranger = await signedInClient(test, other);
    expect((await stranger.error('query($id: ID!) { myProject(id: $id) { id } }', { id: project.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await stranger.error('query($id: ID!) { myQuote(id: $id) { id } }', { id: quote.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await stranger.data('{ myProjects { id } }')).myProjects).toEqual([]);
  });
});

describe('the dashboard of active work', () => {
  it('lists projects in progress and ready for delivery, soonest deadline first, with coming deadlines marked', async () => {
    const client = await portalClient(test, admin, mailbox);
    await staffCreatesProject(admin, client.id, { name: 'Later', deadline: inFuture(20) });
    await staffCreatesProject(admin, client.id, { name: 'Soon', deadline: inFuture(3) });
    const ready = await staffCreatesProject(admin, client.id, { name: 'Ready', deadline: inFuture(2) });
    await admin.data('mutation($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { id } }', {
      input: { id: ready.id, version: ready.version, status: 'READY' },
    });
    const portal = await signedInClient(test, client);
    const { clientDashboard } = await portal.data(
      '{ clientDashboard { inProgress { name deadlineSoon } readyForDelivery { name status deadlineSoon } } }',
    );
    expect(clientDashboard.inProgress).toEqual([
      { name: 'Soon', deadlineSoon: true },
      { name: 'Later', deadlineSoon: false },
    ]);
    expect(clientDashboard.readyForDelivery).toEqual([{ name: 'Ready', status: 'READY', deadlineSoon: true }]);
  });
});

describe('the Client Portal rights matrix', () => {
  const operations: Array<{
    area: ClientPortalArea;
    action: ClientPortalAction;
    run: (portal: GraphQLTestClient, ids: Record<string, string>) => Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>;
  }> = [
    { area: ClientPortalArea.PROJECTS, action: ClientPortalAction.BROWSE, run: (p) => p.request('{ myProjects { id } }') },
    {
      area: ClientPortalArea.PROJECTS,
      action: ClientPortalAction.DISPLAY,
      run: (p, ids) => p.request('query($id: ID!) { myProject(id: $id) { id } }', { id: ids.delivered }),
    },
    {
      area: ClientPortalArea.PROJECTS,
      action: ClientPortalAction.EDIT,
      run: (p, ids) =>
        p.request('mutation($id: ID!) { sendProjectBackForReview(projectId: $id, comments: "Please fix the title") { id } }', {
          id: ids.delivered,
        }),
    },
    { area: ClientPortalArea.QUOTES, action: ClientPortalAction.BROWSE, run: (p) => p.request('{ myQuotes { id } }') },
    {
      area: ClientPortalArea.QUOTES,
      action: ClientPortalAction.DISPLAY,
      run: (p, ids) => p.request('query($id: ID!) { myQuote(id: $id) { id } }', { id: ids.quote }),
    },
    {
      area: ClientPortalArea.QUOTES,
      action: ClientPortalAction.EDIT,
      run: (p, ids) => p.request('mutation($id: ID!) { rejectQuote(id: $id, version: 1, reason: "Not needed") { id } }', { id: ids.quote }),
    },
    { area: ClientPortalArea.REQUESTS, action: ClientPortalAction.BROWSE, run: (p) => p.request('{ myRequests { id } }') },
    {
      area: ClientPortalArea.REQUESTS,
      action: ClientPortalAction.DISPLAY,
      run: (p, ids) => p.request('query($id: ID!) { myRequest(id: $id) { id } }', { id: ids.request }),
    },
    {
      area: ClientPortalArea.REQUESTS,
      action: ClientPortalAction.ADD,
      run: (p) =>
        p.request(SUBMIT_REQUEST, {
          input: {
            kind: 'PROJECT',
            name: 'Matrix',
            services: ['DTP'],
            sourceLanguage: 'en',
            targetLanguages: ['es'],
            deadline: inFuture(3),
          },
        }),
    },
    { area: ClientPortalArea.FEEDBACK, action: ClientPortalAction.BROWSE, run: (p) => p.request('{ myFeedback { id } }') },
    {
      area: ClientPortalArea.FEEDBACK,
      action: ClientPortalAction.ADD,
      run: (p, ids) =>
        p.request('mutation($id: ID!) { submitFeedback(input: { projectId: $id, score: 5, category: QUALITY }) { id } }', {
          id: ids.delivered,
        }),
    },
    {
      area: ClientPortalArea.FILES,
      action: ClientPortalAction.BROWSE,
      run: (p, ids) => p.request('query($id: ID!) { myProject(id: $id) { files { id } } }', { id: ids.delivered }),
    },
    { area: ClientPortalArea.FILES, action: ClientPortalAction.BROWSE, run: (p) => p.request('{ myFiles { id } }') },
    {
      area: ClientPortalArea.PROFILE,
      action: ClientPortalAction.EDIT,
      run: (p) => p.request('mutation { updateClientPreferences(input: { preferredLanguage: EN, formatPreferences: {} }) { username } }'),
    },
  ];

  it.each(operations.map((operation) => [`${operation.area} ${operation.action}`, operation] as const))(
    '%s: refused without the right, allowed with it',
    async (_label, operation) => {
      const everything = Object.values(ClientPortalArea).map((area) => ({ area, actions: offeredClientPortalActions(area) }));
      // Unticked as the grid does it: without Browse or Display, nothing that implies them (Edit) stays either.
      const without = everything.map((row) =>
        row.area === operation.area ? { area: row.area, actions: toggleRowRight(row.actions, row.actions, operation.action, false) } : row,
      );
      const { createClientGroup: group } = await admin.data(
        'mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { id version name } }',
        {
          input: {
            name: `Matrix ${operations.indexOf(operation)} ${operation.area} ${operation.action}`,
            accessAllowed: true,
            rights: without,
          },
        },
      );
      const client = await portalClient(test, admin, mailbox);
      const { client: current } = await admin.data(
        'query($id: ID!) { client(id: $id) { id version assignToStatus groupId portalAccessAllowed preferredLanguage formatPreferences { dateFormat timeFormat decimalSeparator thousandsSeparator firstDayOfWeek timeZone } } }',
        { id: client.id },
      );
      await saveSystemAccount(admin, current, { assignToStatus: false, groupId: group.id });
      const delivered = await staffDelivers(admin, await staffCreatesProject(admin, client.id));
      const quote = await staffCreatesQuote(admin, client.id);
      const portal = await signedInClient(test, client);
      // A request to display exists only once the client may add one; until then any id is refused first.
      const ids = { delivered: delivered.id, quote: quote.id, request: '1' };

      const refused = await operation.run(portal, ids);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', area: operation.area, action: operation.action });

      await admin.data('mutation($input: UpdateClientGroupInput!) { updateClientGroup(input: $input) { id } }', {
        input: { id: group.id, version: group.version, name: group.name, accessAllowed: true, rights: everything },
      });
      if (operation.area === ClientPortalArea.REQUESTS && operation.action === ClientPortalAction.DISPLAY) {
        const { submitRequest } = await portal.data(SUBMIT_REQUEST, {
          input: {
            kind: 'QUOTE',
            name: 'Shown',
            services: ['TRANSLATION'],
            sourceLanguage: 'en',
            targetLanguages: ['it'],
            deadline: inFuture(4),
          },
        });
        ids.request = submitRequest.id;
      }
      const allowed = await operation.run(portal, ids);
      expect(allowed.errors).toBeUndefined();
    },
  );
});
