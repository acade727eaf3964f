import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { Api } from './support/graphql';
import { clientWithPassword } from './support/portalAccounts';
import { ADMIN, startProduct, type Product } from './support/product';

const run = promisify(execFile);
const PASSWORD = 'documents suite password 1';
const SUITE = 'client-portal';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

let product: Product;
let browser: Browser;
let staff: Api;
let clientId: string;
let page: Page;

beforeAll(async () => {
  product = await startProduct();
  browser = await launchBrowser();
  staff = await Api.signedIn(product.url, ADMIN.username, ADMIN.password);
  await staff.call('mutation { enableClientPortal2(confirm: true) { portalVersion } }');
  clientId = (
    await clientWithPassword(staff, product.url, {
      username: 'GLOBEX',
      name: 'Globex Corporation',
      email: 'docs@globex.example',
      password: PASSWORD,
    })
  ).id;

  page = await (await newContext(browser)).newPage();
  await page.goto(`${product.url}/portal/`);
  await page.getByRole('textbox', { name: 'ID' }).fill('GLOBEX');
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Welcome, Globex Corporation', exact: true }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

/** What the browser saved for a download started by `click`. */
async function download(click: () => Promise<void>): Promise<{ name: string; file: string }> {
  const [started] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portico-download-')), started.suggestedFilename());
  await started.saveAs(file);
  return { name: started.suggestedFilename(), file };
}

describe('documents and requests in the Client Portal', () => {
  it('downloads a quote as a PDF', async () => {
    const { createQuote } = await staff.call('mutation($input: CreateQuoteInput!) { createQuote(input: $input) { id number pdfUrl } }', {
      input: {
        clientId,
        name: 'Annual report 2026',
        services: ['TRANSLATION'],
        sourceLanguage: 'en',
        targetLanguages: ['de-DE'],
        lines: [{ description: 'Translation', quantity: 4200, unit: 'WORDS', unitPrice: '0.12' }],
        currency: 'EUR',
        validUntil: inDays(10),
        proposedDeadline: inDays(14),
      },
    });
    await page.goto(`${product.url}/portal/quotes/${createQuote.id}`);
    await page.getByRole('heading', { name: 'Annual report 2026', exact: true, level: 1 }).waitFor();
    expect(await page.title()).toBe('Annual report 2026 · Client Portal');
    const pdfLink = page.getByRole('link', { name: 'Download PDF' });
    const response = await page.request.get(new URL((await pdfLink.getAttribute('href'))!, `${product.url}/portal/`).toString());
    expect(response.headers()['content-type']).toMatch(/^application\/pdf/);
    const saved = await download(() => pdfLink.click());
    expect(saved.name).toMatch(/\.pdf$/);
    expect(fs.readFileSync(saved.file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('downloads all files of a delivered project as a zip that holds the translation', async () => {
    const { createProject } = await staff.call('mutation($input: CreateProjectInput!) { createProject(input: $input) { id version } }', {
      input: {
        clientId,
        name: 'Product leaflet',
        services: ['TRANSLATION'],
        sourceLanguage: 'en',
        targetLanguages: ['fr-FR'],
        deadline: inDays(5),
        totalCost: '120.00',
        currency: 'EUR',
      },
    });
    const staffCookies = await (async () => {
      const response = await fetch(`${product.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }',
          variables: { u: ADMIN.username, p: ADMIN.password },
        }),
      });
      return response.headers
        .getSetCookie()
        .map((line) => line.split(';')[0])
        .join('; ');
    })();
    const form = new FormData();
    form.append('file', new Blob(['Dépliant produit, version française']), 'leaflet_fr-FR.docx');
    const upload = await fetch(`${product.url}/files?projectId=${createProject.id}&role=TARGET`, {
      method: 'POST',
      body: form,
      headers: { cookie: staffCookies, 'x-portico-upload': '1' },
    });
    expect(upload.status).toBe(201);
    const { project } = await staff.call('query($id: ID!) { project(id: $id) { version } }', { id: createProject.id });
    await staff.call('mutation($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { id } }', {
      input: { id: createProject.id, version: project.version, status: 'DELIVERED' },
    });

    await page.goto(`${product.url}/portal/projects/${createProject.id}`);
    await page.getByRole('heading', { name: 'Product leaflet', exact: true, level: 1 }).waitFor();
    const saved = await download(() => page.getByRole('link', { name: 'Download all (zip)' }).click());
    expect(saved.name).toMatch(/\.zip$/);
    const { stdout } = await run('unzip', ['-Z1', saved.file]);
    expect(
      stdout
        .split('\n')
        .filter(Boolean)
        .some((entry) => entry.endsWith('leaflet_fr-FR.docx')),
    ).toBe(true);
    const { stdout: content } = await run('unzip', [
      '-p',
      saved.file,
      stdout.split('\n').find((entry) => entry.endsWith('leaflet_fr-FR.docx'))!,
    ]);
    expect(content).toBe('Dépliant produit, version française');
  });

  it('withdraws a request after confirming, and staff see it withdrawn', async () => {
    await page.goto(`${product.url}/portal/requests`);
    await page.getByRole('heading', { name: 'Requests', exact: true, level: 1 }).waitFor();
    expect(await page.title()).toBe('Requests · Client Portal');
    await page.getByRole('link', { name: 'New request' }).click();
    await page.getByRole('heading', { name: 'New request', exact: true, level: 1 }).waitFor();
    // After a page change, focus is on the new page's heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.getByRole('radio', { name: 'A quote' }).check();
    await page.getByRole('textbox', { name: 'Name' }).fill('Trade fair flyer');
    await page.getByRole('combobox', { name: 'Services' }).click();
    await page.getByRole('option', { name: 'Translation', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Source language' }).fill('en');
    await page.getByRole('option', { name: /^English · en$/ }).click();
    await page.getByRole('combobox', { name: 'Target languages' }).fill('it-IT');
    await page.getByRole('option', { name: /it-IT/ }).first().click();
    await page.keyboard.press('Escape');
    await page.getByLabel('Deadline').fill(inDays(20).slice(0, 16));
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByRole('heading', { name: 'Trade fair flyer', exact: true, level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Withdraw request' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('The agency will stop working on “Trade fair flyer”.', { exact: false }).waitFor();
    await screenshot(page, SUITE, '16-withdraw-request');
    await dialog.getByRole('button', { name: 'Withdraw request' }).click();
    await page.getByText('You withdrew this request').waitFor();
    await page.getByRole('button', { name: 'Withdraw request' }).waitFor({ state: 'detached' });

    const { clientRequests } = await staff.call('query($c: ID!) { clientRequests(clientId: $c) { name status history { event } } }', {
      c: clientId,
    });
    expect(clientRequests[0]).toEqual({
      name: 'Trade fair flyer',
      status: 'WITHDRAWN',
      history: [{ event: 'SUBMITTED' }, { event: 'WITHDRAWN' }],
    });
  });
});
