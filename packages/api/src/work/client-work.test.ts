import { ClientPortalAction, ClientPortalArea } from '../client-groups/client-portal-rights';
import { enablePortal2, portalClient, signedInClient } from '../test-support/client-portal-fixtures';
import { saveSystemAccount } from '../test-support/fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { startTestMailbox, type TestMailbox } from '../test-support/test-mailbox';
import {
  PROJECT_FIELDS,
  QUOTE_FIELDS,
  inFuture,
  staffCreatesProject,
  staffCreatesQuote,
  staffDelivers,
} from '../test-support/work-fixtures';
import { Quote } from '../quotes/quote.entity';

let mailbox: TestMailbox;
let test: TestApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  mailbox = await startTestMailbox();
  test = await startTestApp({ SMTP_URL: mailbox.smtpUrl, MAX_UPLOAD_MB: '1' });
  admin = await test.signedInStaff();
  await enablePortal2(admin);
});
afterAll(async () => {
  await test.stop();
  await mailbox.stop();
});

const SUBMIT =
  'mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { id number status files { fileName } history { event status actorKind } } }';

async function upload(browser: GraphQLTestClient, name: string, content: string | Uint8Array<ArrayBuffer>, query = ''): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  return fetch(`${test.app.url}/files${query}`, {
    method: 'POST',
    body: form,
    headers: { cookie: browser.cookieHeader(), 'x-portico-upload': '1' },
  });
}

describe('from request to feedback', () => {
  it('walks request → quote → accept → project → delivered → feedback → answer, with histories', async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);

    const uploaded = await upload(portal, 'brochure.docx', 'Hello world, please translate.');
    expect(uploaded.status).toBe(201);
    const file = await uploaded.json();
    const { submitRequest: request } = await portal.data(SUBMIT, {
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

  it('lets the client send a delivered translation back for review, but not a Phrase-integrated one', async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    const REVIEW = `mutation($id: ID!, $c: String!) { sendProjectBackForReview(projectId: $id, comments: $c) { ${PROJECT_FIELDS} reviews { comments sentBy } } }`;
    const plain = await staffDelivers(admin, await staffCreatesProject(admin, client.id));
    const phrase = await staffDelivers(admin, await staffCreatesProject(admin, client.id, { catTool: 'PHRASE' }));
    expect(phrase.reviewAvailability).toEqual({ available: false, reason: 'PHRASE_INTEGRATED' });
    expect((await portal.error(REVIEW, { id: phrase.id, c: 'Please change the heading' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PHRASE_INTEGRATED',
    });
    const { sendProjectBackForReview } = await portal.data(REVIEW, { id: plain.id, c: 'Please change the heading on page 2' });
    expect(sendProjectBackForReview.status).toBe('IN_PROGRESS');
    expect(sendProjectBackForReview.reviews).toEqual([{ comments: 'Please change the heading on page 2', sentBy: client.name }]);
    expect(sendProjectBackForReview.history.at(-1)).toMatchObject({ event: 'SENT_BACK_FOR_REVIEW', actorKind: 'CLIENT' });
  });

  it('refuses an expired quote and accepts a quote only once, even when two accepts race', async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    const expired = await staffCreatesQuote(admin, client.id);
    await test.app.database.dataSource.getRepository(Quote).update({ id: Number(expired.id) }, { validUntil: new Date(Date.now() - 1000) });
    const ACCEPT = 'mutation($id: ID!, $v: Int!) { acceptQuote(id: $id, version: $v) { status projectId } }';
    expect((await portal.data('query($id: ID!) { myQuote(id: $id) { status } }', { id: expired.id })).myQuote.status).toBe('EXPIRED');
    expect((await portal.error(ACCEPT, { id: expired.id, v: expired.version })).extensions?.reason).toBe('QUOTE_EXPIRED');

    const quote = await staffCreatesQuote(admin, client.id);
    const results = await Promise.all([
      portal.request(ACCEPT, { id: quote.id, v: quote.version }),
      portal.request(ACCEPT, { id: quote.id, v: quote.version }),
    ]);
    expect(results.filter((result) => result.data?.acceptQuote).length).toBe(1);
    const { myProjects } = await portal.data('{ myProjects { quoteId } }');
    expect(myProjects.filter((p: any) => p.quoteId === quote.id)).toHaveLength(1);

    const rejected = await staffCreatesQuote(admin, client.id);
    const REJECT =
      'mutation($id: ID!, $v: Int!, $r: String!) { rejectQuote(id: $id, version: $v, reason: $r) { status rejectionReason history { event note } } }';
    const { rejectQuote } = await portal.data(REJECT, { id: rejected.id, v: rejected.version, r: 'Too expensive for this budget' });
    expect(rejectQuote).toMatchObject({ status: 'REJECTED', rejectionReason: 'Too expensive for this budget' });
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

describe('files', () => {
  it('are downloaded only by their client or by staff, and uploads are checked', async () => {
    const owner = await portalClient(test, admin, mailbox);
    const other = await portalClient(test, admin, mailbox);
    const ownerPortal = await signedInClient(test, owner);
    const file = await (await upload(ownerPortal, '../../etc/passwd.txt', 'secret text')).json();
    expect(file.fileName).toBe('passwd.txt');
    const download = (browser: GraphQLTestClient | null) =>
      fetch(`${test.app.url}/files/${file.id}`, { headers: browser ? { cookie: browser.cookieHeader() } : {} });
    const mine = await download(ownerPortal);
    expect(mine.status).toBe(200);
    expect(await mine.text()).toBe('secret text');
    expect(mine.headers.get('content-disposition')).toContain('attachment');
    expect((await download(await signedInClient(test, other))).status).toBe(404);
    expect((await download(null)).status).toBe(401);
    expect((await download(admin)).status).toBe(200);

    const noHeader = await fetch(`${test.app.url}/files`, {
      method: 'POST',
      body: new FormData(),
      headers: { cookie: ownerPortal.cookieHeader() },
    });
    expect(noHeader.status).toBe(400);
    const tooLarge = await upload(ownerPortal, 'big.bin', new Uint8Array(1024 * 1024 + 10));
    expect(tooLarge.status).toBe(413);
  });
});

describe('the Files area', () => {
  it("lists the files of the client's own projects and requests, filtered by role and name, without unsent uploads", async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    const project = await staffCreatesProject(admin, client.id, { name: 'Website' });
    expect((await upload(admin, 'site_de.zip', 'translated', `?projectId=${project.id}&role=TARGET`)).status).toBe(201);
    const attached = await (await upload(portal, '100% final.docx', 'source text')).json();
    await upload(portal, 'never-sent.docx', 'forgotten');
    const { submitRequest: request } = await portal.data(SUBMIT, {
      input: {
        kind: 'QUOTE',
        name: 'Flyer',
        services: ['TRANSLATION'],
        sourceLanguage: 'en',
        targetLanguages: ['de-DE'],
        deadline: inFuture(9),
        fileIds: [attached.id],
      },
    });
    const stranger = await signedInClient(test, await portalClient(test, admin, mailbox));

    const FILES =
      'query($role: FileRole, $search: String) { myFiles(role: $role, search: $search) { fileName role attachedTo { kind number name } } }';
    expect((await portal.data(FILES)).myFiles).toEqual([
      { fileName: '100% final.docx', role: 'SOURCE', attachedTo: { kind: 'REQUEST', number: request.number, name: 'Flyer' } },
      { fileName: 'site_de.zip', role: 'TARGET', attachedTo: { kind: 'PROJECT', number: project.number, name: 'Website' } },
    ]);
    expect((await portal.data(FILES, { role: 'TARGET' })).myFiles.map((f: any) => f.fileName)).toEqual(['site_de.zip']);
    expect((await portal.data(FILES, { search: '100%' })).myFiles.map((f: any) => f.fileName)).toEqual(['100% final.docx']);
    expect((await portal.data(FILES, { search: '_' })).myFiles.map((f: any) => f.fileName)).toEqual(['site_de.zip']);
    expect((await stranger.data(FILES)).myFiles).toEqual([]);
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
        p.request(SUBMIT, {
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
      const everything = Object.values(ClientPortalArea).map((area) => ({ area, actions: Object.values(ClientPortalAction) }));
      const without = everything.map((row) =>
        row.area === operation.area ? { area: row.area, actions: row.actions.filter((action) => action !== operation.action) } : row,
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
        const { submitRequest } = await portal.data(SUBMIT, {
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
