import { portalClient, signedInClient, startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import { SUBMIT_REQUEST, inFuture, staffCreatesProject, uploadFile } from '../test-support/work-fixtures';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;
beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp({ MAX_UPLOAD_MB: '1' }));
});
afterAll(() => stopPortalTestApp(test, mailbox));

describe('files', () => {
  it('are downloaded only by their client or by staff, and uploads are checked', async () => {
    const owner = await portalClient(test, admin, mailbox);
    const other = await portalClient(test, admin, mailbox);
    const ownerPortal = await signedInClient(test, owner);
    const file = await (await uploadFile(test, ownerPortal, '../../etc/passwd.txt', 'secret text')).json();
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
    const tooLarge = await uploadFile(test, ownerPortal, 'big.bin', new Uint8Array(1024 * 1024 + 10));
    expect(tooLarge.status).toBe(413);
  });
});

describe('the Files area', () => {
  it("lists the files of the client's own projects and requests, filtered by role and name, without unsent uploads", async () => {
    const client = await portalClient(test, admin, mailbox);
    const portal = await signedInClient(test, client);
    const project = await staffCreatesProject(admin, client.id, { name: 'Website' });
    expect((await uploadFile(test, admin, 'site_de.zip', 'translated', `?projectId=${project.id}&role=TARGET`)).status).toBe(201);
    const attached = await (await uploadFile(test, portal, '100% final.docx', 'source text')).json();
    await uploadFile(test, portal, 'never-sent.docx', 'forgotten');
    const { submitRequest: request } = await portal.data(SUBMIT_REQUEST, {
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
