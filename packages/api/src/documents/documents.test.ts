import yauzl from 'yauzl';
import { saveSystemAccount } from '../test-support/fixtures';
import { pdfText as readPdf } from '../test-support/pdf-text';
import { portalClient, signedInClient, startPortalTestApp, stopPortalTestApp } from '../test-support/client-portal-fixtures';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import type { TestApp } from '../test-support/test-app';
import type { TestMailbox } from '../test-support/test-mailbox';
import { staffCreatesProject, staffCreatesQuote, uploadFile } from '../test-support/work-fixtures';

let test: TestApp;
let mailbox: TestMailbox;
let admin: GraphQLTestClient;
beforeAll(async () => {
  ({ test, mailbox, admin } = await startPortalTestApp());
});
afterAll(() => stopPortalTestApp(test, mailbox));

async function pdfText(response: Response): Promise<string> {
  return (await readPdf(new Uint8Array(await response.arrayBuffer()))).text;
}

function get(browser: GraphQLTestClient | null, path: string): Promise<Response> {
  return fetch(`${test.app.url}${path}`, { headers: browser ? { cookie: browser.cookieHeader() } : {} });
}

/** The names and contents of a zip's entries, read as a zip tool would. */
async function zipEntries(response: Response): Promise<Record<string, string>> {
  const buffer = Buffer.from(await response.arrayBuffer());
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  const entries: Record<string, string> = {};
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          entries[entry.fileName] = Buffer.concat(chunks).toString('utf8');
          zip.readEntry();
        });
      });
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return entries;
}

async function staffUploads(projectId: string, name: string, content: string, role: string): Promise<void> {
  const response = await uploadFile(test, admin, name, content, `?projectId=${projectId}&role=${role}`);
  expect(response.status).toBe(201);
}

describe('quote PDF', () => {
  it('is the quote in the client’s language and formats, with the agency’s name, price lines and validity', async () => {
    const client = await portalClient(test, admin, mailbox, { language: 'DE' });
    const { client: current } = await admin.data(
      'query($id: ID!) { client(id: $id) { id version assignToStatus groupId portalAccessAllowed preferredLanguage formatPreferences { dateFormat timeFormat decimalSeparator thousandsSeparator firstDayOfWeek timeZone } } }',
      { id: client.id },
    );
    await saveSystemAccount(admin, current, {
      formatPreferences: { ...current.formatPreferences, dateFormat: 'dd.MM.yyyy', timeZone: 'Europe/Berlin' },
    });
    const quote = await staffCreatesQuote(admin, client.id, {
      name: 'Broschüre Łódź',
      validUntil: '2031-03-20T12:00:00.000Z',
      lines: [
        { service: 'TRANSLATION', description: 'EN→DE', quantity: 10400, unit: 'WORDS', unitPrice: '0.13' },
        { description: 'Projektmanagement', quantity: 1, unit: 'FLAT_FEE', unitPrice: '45' },
      ],
    });
    const portal = await signedInClient(test, client);

    const response = await get(portal, `/quotes/${quote.id}/pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${quote.number}.pdf`);
    const text = await pdfText(response);
    expect(text).toContain('Client Portal');
    expect(text).toContain(`Angebot ${quote.number}`);
    expect(text).toContain('Broschüre Łódź');
    expect(text).toContain('Gültig bis');
    expect(text).toContain('20.03.2031');
    expect(text).toContain('10.400');
    expect(text).toContain('Übersetzung · EN→DE');
    expect(text).toContain('Wörter');
    expect(text).toContain('Pauschale');
    expect(text).toContain('1.352,00 €');
    expect(text).toContain('Gesamt: 1.397,00 €');
    expect(text).toContain('Englisch → Deutsch (Deutschland), Französisch (Frankreich)');
    expect(text).toContain('Dieses Angebot ist gültig bis 20.03.2031');

    const english = await pdfText(await get(portal, `/quotes/${quote.id}/pdf?language=en`));
    expect(english).toContain(`Quote ${quote.number}`);
    // The page's language: its words and separators; the client's date pattern stays.
    expect(english).toContain('Valid until 20.03.2031');
    expect(english).toContain('Total: €1,397.00');
    expect(english).toContain('Translation · EN→DE');
    expect(english).toContain('flat fee');
    expect(english).toContain('English → German (Germany), French (France)');
  });

  it('is refused to other clients and to visitors, and open to staff', async () => {
    const owner = await portalClient(test, admin, mailbox);
    const quote = await staffCreatesQuote(admin, owner.id);
    const stranger = await signedInClient(test, await portalClient(test, admin, mailbox));
    expect((await get(stranger, `/quotes/${quote.id}/pdf`)).status).toBe(404);
    expect((await get(null, `/quotes/${quote.id}/pdf`)).status).toBe(401);
    expect((await get(admin, `/quotes/${quote.id}/pdf`)).status).toBe(200);
    expect((await get(admin, `/quotes/999999/pdf`)).status).toBe(404);
  });
});

describe('project zip', () => {
  it('streams all of a project’s files in folders by role, or one role, with the rights of single files', async () => {
    const client = await portalClient(test, admin, mailbox);
    const project = await staffCreatesProject(admin, client.id);
    await staffUploads(project.id, 'manual.docx', 'the source text', 'SOURCE');
    await staffUploads(project.id, 'manual_pl.docx', 'tekst przetłumaczony', 'TARGET');
    await staffUploads(project.id, 'manual_pl.docx', 'second version', 'TARGET');
    await staffUploads(project.id, 'glossary.csv', 'term;termin', 'REFERENCE');
    const portal = await signedInClient(test, client);

    const all = await get(portal, `/projects/${project.id}/files.zip`);
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toBe('application/zip');
    expect(all.headers.get('content-disposition')).toContain(encodeURIComponent(`${project.number} files.zip`));
    expect(await zipEntries(all)).toEqual({
      'source/manual.docx': 'the source text',
      'translation/manual_pl.docx': 'tekst przetłumaczony',
      'translation/manual_pl (2).docx': 'second version',
      'reference/glossary.csv': 'term;termin',
    });

    const translation = await get(portal, `/projects/${project.id}/files.zip?role=TARGET`);
    expect(translation.headers.get('content-disposition')).toContain(encodeURIComponent(`${project.number} translation.zip`));
    expect(Object.keys(await zipEntries(translation))).toEqual(['manual_pl.docx', 'manual_pl (2).docx']);

    expect((await get(portal, `/projects/${project.id}/files.zip?role=NONSENSE`)).status).toBe(400);
    const stranger = await signedInClient(test, await portalClient(test, admin, mailbox));
    expect((await get(stranger, `/projects/${project.id}/files.zip`)).status).toBe(404);
    expect((await get(null, `/projects/${project.id}/files.zip`)).status).toBe(401);
    expect((await get(admin, `/projects/${project.id}/files.zip`)).status).toBe(200);
    const empty = await staffCreatesProject(admin, client.id);
    expect((await get(portal, `/projects/${empty.id}/files.zip`)).status).toBe(404);
  });
});
