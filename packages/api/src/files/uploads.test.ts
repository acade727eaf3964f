import fs from 'node:fs';
import path from 'node:path';
import { StoredFile } from './stored-file.entity';
import { removeUnattachedUploads } from './unattached-uploads';
import { CLIENT_PASSWORD, CLIENT_SIGN_IN, enablePortal2, portalClient } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { multipartBody, rawRequest } from '../test-support/raw-http';
import { startTestMailbox, type TestMailbox } from '../test-support/test-mailbox';
import { startTestApp, type TestApp } from '../test-support/test-app';

/** Uploads that a broken or hostile client sends must cost it one refused request, never the server. */

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;
let client: Record<string, any>;
let portal: GraphQLTestClient;

beforeAll(async () => {
  mailbox = await startTestMailbox();
  test = await startTestApp({ SMTP_URL: mailbox.smtpUrl, MAX_UPLOAD_MB: '1', MAX_CLIENT_STORAGE_MB: '2' });
  admin = await test.signedInStaff();
  await enablePortal2(admin);
  client = await portalClient(test, admin, mailbox);
  portal = test.anonymous();
  await portal.data(CLIENT_SIGN_IN, { u: client.username, p: CLIENT_PASSWORD });
});
afterAll(async () => {
  await test.stop();
  await mailbox.stop();
});

const storedFiles = () => fs.readdirSync(test.config.filesDir).length;

function upload(body: Buffer, contentType: string, extra: { abortAfterBytes?: number; endAfterBody?: boolean } = {}) {
  return rawRequest(test.app.url, {
    path: '/files?role=SOURCE',
    headers: { cookie: portal.cookieHeader(), 'x-portico-upload': '1', 'content-type': contentType },
    body,
    ...extra,
  });
}

async function stillServing(): Promise<void> {
  expect((await test.anonymous().data('{ __typename }')).__typename).toBe('Query');
}

describe('uploads that are broken', () => {
  it('cut short before the closing boundary get a JSON 400, leave no file behind, and the server keeps serving', async () => {
    const before = storedFiles();
    const { body, contentType } = multipartBody({ name: 'cut.docx', content: 'x'.repeat(50_000) }, { cutShort: true });
    const answer = await upload(body, contentType);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('BAD_REQUEST');
    await stillServing();
    expect(storedFiles()).toBe(before);
  });

  it('dropped mid-way by the sender leave no file behind', async () => {
    const before = storedFiles();
    const { body, contentType } = multipartBody({ name: 'dropped.docx', content: 'y'.repeat(200_000) });
    await upload(body, contentType, { abortAfterBytes: 80_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await stillServing();
    expect(storedFiles()).toBe(before);
  });

  it('with a body shorter than announced, a wrong boundary or none at all get 400', async () => {
    const { body, contentType } = multipartBody({ name: 'a.txt', content: 'hello' });
    expect((await upload(body, contentType.replace(/boundary=.*/, 'boundary=somethingelse'))).status).toBe(400);
    expect((await upload(body, 'multipart/form-data')).status).toBe(400);
    expect((await upload(Buffer.from('not multipart at all'), 'text/plain')).status).toBe(400);
    await upload(body.subarray(0, 40), contentType, { endAfterBody: false });
    await stillServing();
  });

  it('larger than MAX_UPLOAD_MB get a JSON 413 and no file is kept', async () => {
    const before = storedFiles();
    const { body, contentType } = multipartBody({ name: 'big.bin', content: Buffer.alloc(1024 * 1024 + 100) });
    const answer = await upload(body, contentType);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].message).toMatch(/larger than 1 MB/);
    expect(storedFiles()).toBe(before);
  });
});

describe('storage per client', () => {
  it('stays within MAX_CLIENT_STORAGE_MB even when uploads arrive at once, and expired unsent uploads give their space back', async () => {
    const repository = test.app.database.dataSource.getRepository(StoredFile);
    const sizeEach = 700 * 1024;
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, index) => {
        const { body, contentType } = multipartBody({ name: `part-${index}.bin`, content: Buffer.alloc(sizeEach, index) });
        return upload(body, contentType);
      }),
    );
    const accepted = answers.filter((answer) => answer.status === 201);
    const refused = answers.filter((answer) => answer.status === 413);
    expect(accepted.length + refused.length).toBe(5);
    expect(accepted.length).toBeLessThanOrEqual(2);
    expect(refused.map((answer) => JSON.parse(answer.body).errors[0].extensions.code)).toEqual(refused.map(() => 'STORAGE_QUOTA_EXCEEDED'));
    const files = await repository.findBy({ clientId: Number(client.id) });
    expect(files.reduce((total, file) => total + file.sizeBytes, 0)).toBeLessThanOrEqual(2 * 1024 * 1024);

    // A day later, nothing was sent with a request: the uploads go, and their space comes back.
    await repository.update({ clientId: Number(client.id) }, { uploadedAt: new Date(Date.now() - 25 * 3600_000) });
    expect(await removeUnattachedUploads(test.app.database.dataSource, test.config)).toBe(accepted.length);
    expect(await repository.countBy({ clientId: Number(client.id) })).toBe(0);
    const { body, contentType } = multipartBody({ name: 'after.bin', content: Buffer.alloc(sizeEach) });
    expect((await upload(body, contentType)).status).toBe(201);
  });
});

describe('deleting a client', () => {
  it('removes the bytes of its unattached uploads from disk, not only their rows', async () => {
    const leaving = await portalClient(test, admin, mailbox);
    const session = test.anonymous();
    await session.data(CLIENT_SIGN_IN, { u: leaving.username, p: CLIENT_PASSWORD });
    const { body, contentType } = multipartBody({ name: 'draft.docx', content: 'draft of a text never sent' });
    const answer = await rawRequest(test.app.url, {
      path: '/files?role=SOURCE',
      headers: { cookie: session.cookieHeader(), 'x-portico-upload': '1', 'content-type': contentType },
      body,
    });
    expect(answer.status).toBe(201);
    const repository = test.app.database.dataSource.getRepository(StoredFile);
    const [stored] = await repository.findBy({ clientId: Number(leaving.id) });
    const onDisk = path.join(test.config.filesDir, stored.storageKey);
    expect(fs.readFileSync(onDisk, 'utf8')).toBe('draft of a text never sent');

    expect((await admin.data('mutation($id: ID!) { deleteClient(id: $id) }', { id: leaving.id })).deleteClient).toBe(true);
    expect(await repository.countBy({ clientId: Number(leaving.id) })).toBe(0);
    expect(fs.existsSync(onDisk)).toBe(false);
  });
});

describe('downloads', () => {
  it('are always attachments of an opaque type, sandboxed, so an uploaded page can never run as one of this site', async () => {
    const { body, contentType } = multipartBody({
      name: 'page.html',
      content: '<script>alert(document.cookie)</script>',
      type: 'text/html',
    });
    const uploaded = JSON.parse((await upload(body, contentType)).body);
    const download = await fetch(`${test.app.url}/files/${uploaded.id}`, { headers: { cookie: admin.cookieHeader() } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/octet-stream');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(download.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
