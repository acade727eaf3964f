import type { Browser, Page } from 'playwright-core';
import { LAPTOP, PHONE, launchBrowser, newContext, screenshot, seriousA11yViolations } from './support/browser';
import { Api, linkFromOutbox } from './support/graphql';
import { ADMIN, startProduct, type Product } from './support/product';
import { clientWithPassword as portalClient, staffPage as administratorPage } from './support/portalAccounts';
import { totpCode } from './support/totp';

const PASSWORD = 'my portal password 1';
const SUITE = 'client-portal';
/** Screens of the Home Portal seen while answering the client, filed with the Home Portal's. */
const STAFF_SUITE = 'home-portal';

let product: Product;
let browser: Browser;
let staff: Api;
let client: { id: string; username: string; email: string };

const clientWithPassword = (username: string, name: string, email: string) =>
  portalClient(staff, product.url, { username, name, email, password: PASSWORD });
const staffPage = () => administratorPage(browser, product.url);

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
}

beforeAll(async () => {
  product = await startProduct();
  browser = await launchBrowser();
  staff = await Api.signedIn(product.url, ADMIN.username, ADMIN.password);
  await staff.call('mutation { enableClientPortal2(confirm: true) { portalVersion } }');
  // A staff member who may sign in as partners, as in an agency's Account Managers group.
  const { createClient } = await staff.call(
    'mutation { createClient(input: { username: "NORTHWIND", name: "Northwind Traders", status: ACTIVE, email: "it@northwind.example" }) { id version username email } }',
  );
  await staff.call('mutation($input: UpdateSystemAccountInput!) { updateSystemAccount(input: $input) { id } }', {
    input: {
      clientId: createClient.id,
      version: createClient.version,
      assignToStatus: true,
      portalAccessAllowed: true,
      preferredLanguage: 'EN',
      formatPreferences: { dateFormat: 'dd.MM.yyyy', timeFormat: 'HH:mm' },
    },
  });
  client = createClient;
});
afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

describe('Client Portal 2.0 in a browser', () => {
  it('takes a new client from the welcome letter to a first sign-in', async () => {
    await staff.call('mutation($id: ID!) { sendWelcomeEmail(clientId: $id) { status } }', { id: client.id });
    const link = await linkFromOutbox(staff, client.email);
    const page = await (await newContext(browser)).newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Welcome! Choose your password', exact: true }).waitFor();
    expect(page.url()).not.toContain('#token=');
    await page.getByLabel('New password', { exact: false }).first().fill(PASSWORD);
    await page.getByLabel('Repeat', { exact: false }).fill(PASSWORD);
    await screenshot(page, SUITE, '01-welcome-set-password');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.getByText('Your password is set').waitFor();

    await page
      .getByRole('link', { name: 'Sign in' })
      .or(page.getByRole('button', { name: 'Sign in' }))
      .first()
      .click();
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    await page.getByRole('textbox', { name: 'ID' }).fill(client.username.toLowerCase());
    await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
    await screenshot(page, SUITE, '02-sign-in');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Northwind Traders', exact: true }).waitFor();
    await screenshot(page, SUITE, '03-dashboard');
    await expectAccessible(page);

    const phone = await (await newContext(browser, PHONE)).newPage();
    await phone.goto(`${product.url}/portal/`);
    await phone.getByRole('textbox', { name: 'ID' }).fill(client.username);
    await phone.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
    await phone.getByRole('button', { name: 'Sign in' }).click();
    await phone.getByRole('heading', { name: 'Welcome, Northwind Traders', exact: true }).waitFor();
    await screenshot(phone, SUITE, '04-dashboard-phone');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('walks a request to a quote, an accepted project, its delivery and feedback', async () => {
    const buyer = await clientWithPassword('INITECH', 'Initech Software', 'docs@initech.example');
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${product.url}/portal/`);
    await page.getByRole('textbox', { name: 'ID' }).fill(buyer.username);
    await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Initech Software', exact: true }).waitFor();

    await page.goto(`${product.url}/portal/requests/new`);
    await page.getByRole('heading', { name: 'New request', exact: true }).waitFor();
    await page.getByRole('radio', { name: 'A quote' }).check();
    await page.getByRole('textbox', { name: 'Name' }).fill('Spring catalogue');
    await page.getByRole('combobox', { name: 'Services' }).click();
    await page.getByRole('option', { name: 'Translation', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Source language' }).fill('en');
    await page.getByRole('option', { name: /^English · en$/ }).click();
    await page.getByRole('combobox', { name: 'Target languages' }).fill('de-DE');
    await page.getByRole('option', { name: /de-DE/ }).first().click();
    await page.keyboard.press('Escape');
    await page.getByLabel('Deadline').fill(new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 16));
    await page.getByRole('textbox', { name: 'Instructions' }).fill('Keep the brand names in English.');
    await screenshot(page, SUITE, '08-new-request');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByRole('heading', { name: 'Spring catalogue', exact: true }).waitFor();
    await screenshot(page, SUITE, '09-request');

    // The agency answers with a quote, in the Home Portal.
    const office = await staffPage();
    await office.goto(`${product.url}/requests`);
    await office.getByRole('table', { name: 'Client requests' }).waitFor();
    await screenshot(office, STAFF_SUITE, '20-requests');
    await expectAccessible(office);
    await office
      .getByRole('row', { name: /Spring catalogue/ })
      .getByRole('link')
      .first()
      .click();
    await office.getByRole('button', { name: 'Answer with a quote' }).click();
    const quoteDialog = office.getByRole('dialog', { name: 'New quote' });
    await quoteDialog.getByRole('textbox', { name: 'Description of line 1' }).fill('Translation EN→DE');
    await quoteDialog.getByRole('textbox', { name: 'Quantity of line 1' }).fill('3200');
    await quoteDialog.getByRole('combobox', { name: 'Unit of line 1' }).selectOption({ label: 'words' });
    await quoteDialog.getByRole('textbox', { name: 'Unit price of line 1' }).fill('0.12');
    await quoteDialog.getByRole('button', { name: 'Add a line' }).click();
    await quoteDialog.getByRole('textbox', { name: 'Description of line 2' }).fill('Project management');
    await quoteDialog.getByRole('textbox', { name: 'Quantity of line 2' }).fill('1');
    await quoteDialog.getByRole('combobox', { name: 'Unit of line 2' }).selectOption({ label: 'flat fee' });
    await quoteDialog.getByRole('textbox', { name: 'Unit price of line 2' }).fill('45');
    await quoteDialog.getByText('€429.00').first().waitFor();
    await screenshot(office, STAFF_SUITE, '21-new-quote-for-request');
    await expectAccessible(office);
    await quoteDialog.getByRole('button', { name: 'Create quote' }).click();
    await office.getByRole('link', { name: 'Open the quote' }).click();
    const quoteHeading = office.getByRole('heading', { name: /^Q-\d+ · Spring catalogue$/ });
    await quoteHeading.waitFor();
    const quoteNumber = (await quoteHeading.textContent())!.split(' · ')[0];
    await screenshot(office, STAFF_SUITE, '22-quote');
    await expectAccessible(office);

    await page.goto(`${product.url}/portal/`);
    await page.getByRole('heading', { name: 'Quotes to decide', exact: true }).waitFor();
    await screenshot(page, SUITE, '10-dashboard-quote-to-decide');
    await expectAccessible(page);
    await page.getByRole('link', { name: `${quoteNumber} · Spring catalogue` }).click();
    await page.getByRole('button', { name: 'Accept' }).waitFor();
    await screenshot(page, SUITE, '11-quote');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Accept quote' }).click();
    await page.getByRole('heading', { name: 'Spring catalogue', exact: true }).waitFor();
    await page.getByText('Status and history').first().waitFor();
    const projectId = page.url().split('/').pop()!;

    // The agency attaches the translation and delivers the project, in the Home Portal.
    await office.goto(`${product.url}/projects/${projectId}`);
    await office
      .getByRole('heading', { name: /Spring catalogue/ })
      .first()
      .waitFor();
    await office
      .getByRole('textbox', { name: 'Kind of file' })
      .or(office.getByRole('combobox', { name: 'Kind of file' }))
      .first()
      .click();
    await office.getByRole('option', { name: 'Target files' }).click();
    // The project's files come before the conversation, whose "Attach files" has an input of its own.
    await office
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'catalogue_de.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('Frühjahrskatalog') });
    await office.getByRole('button', { name: 'Upload' }).click();
    await office.getByText('catalogue_de.docx was uploaded.').waitFor();
    await office.getByRole('button', { name: 'Change status' }).first().click();
    const statusDialog = office.getByRole('dialog');
    await statusDialog
      .getByRole('textbox', { name: 'New status' })
      .or(statusDialog.getByRole('combobox', { name: 'New status' }))
      .first()
      .click();
    await office.getByRole('option', { name: 'Delivered', exact: true }).click();
    await statusDialog.getByRole('textbox', { name: 'Note' }).fill('Delivered in the portal.');
    await statusDialog.getByRole('button', { name: 'Change status' }).click();
    await office.getByText('The project is now Delivered.').waitFor();
    await screenshot(office, STAFF_SUITE, '23-project-delivered');
    await expectAccessible(office);
    await page.reload();
    await page.getByRole('heading', { name: 'Give feedback', exact: true }).waitFor();
    // The stars are radio inputs drawn over by icons: choose one with the keyboard, as a user can.
    await page.getByRole('radio', { name: 'Score: 5 of 5' }).focus();
    await page.keyboard.press('Space');
    await page
      .getByRole('combobox', { name: 'Category' })
      .or(page.getByRole('textbox', { name: 'Category' }))
      .first()
      .click();
    await page.getByRole('option', { name: 'Quality' }).click();
    await page.getByRole('textbox', { name: 'Comment', exact: true }).fill('Fast and precise, thank you.');
    await screenshot(page, SUITE, '12-project-delivered');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.getByText('The agency has not answered yet.').waitFor();

    // The agency answers the feedback; the client reads the answer.
    await office.goto(`${product.url}/feedback`);
    const card = office.getByRole('article', { name: /^Feedback of Initech Software/ });
    await card.getByRole('button', { name: 'Answer' }).click();
    await office.getByRole('dialog').getByRole('textbox', { name: 'Answer' }).fill('Thank you, we are glad it helped.');
    await screenshot(office, STAFF_SUITE, '24-answer-feedback');
    await expectAccessible(office);
    await office.getByRole('dialog').getByRole('button', { name: 'Send answer' }).click();
    await card.getByText('Thank you, we are glad it helped.').waitFor();
    await page.reload();
    await page.getByText('Thank you, we are glad it helped.').waitFor();

    // The delivered file is in the client's Files area.
    await page.goto(`${product.url}/portal/files`);
    await page
      .getByRole('link', { name: /catalogue_de\.docx/ })
      .first()
      .waitFor();
    await screenshot(page, SUITE, '15-files');
    await expectAccessible(page);

    await page.goto(`${product.url}/portal/projects`);
    await page.getByRole('table', { name: 'Projects' }).waitFor();
    await screenshot(page, SUITE, '13-projects');
    await expectAccessible(page);
    await page.goto(`${product.url}/portal/profile/activity`);
    await page.getByRole('table', { name: 'Your sign-ins' }).waitFor();
    await screenshot(page, SUITE, '14-sign-in-activity');
    await expectAccessible(page);
  });

  it('enrols an authenticator app from the profile, then signs out and back in with a code', async () => {
    const enrolling = await clientWithPassword('TOTPCO', 'Totp Company', 'it@totp.example');
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${product.url}/portal/`);
    await page.getByRole('textbox', { name: 'ID' }).fill(enrolling.username);
    await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Totp Company', exact: true }).waitFor();

    await page.goto(`${product.url}/portal/profile`);
    await page.getByRole('heading', { name: 'Two-factor sign-in', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await screenshot(page, SUITE, '06-two-factor-enrol');
    await expectAccessible(page);
    await page.getByRole('textbox', { name: 'Code from the app' }).fill(totpCode(secret));
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    const codes = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await screenshot(page, SUITE, '07-two-factor-recovery-codes');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('On: signing in asks for a code from your authenticator app.').waitFor();

    await page.getByRole('button', { name: 'Account menu of Totp Company' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    await page.getByRole('textbox', { name: 'ID' }).fill(enrolling.username);
    await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The enrolment used this time step's code; the next one is inside the window and not yet used.
    await page.getByRole('textbox', { name: 'Code' }).fill(totpCode(secret, 1));
    await screenshot(page, SUITE, '08-two-factor-code-step');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Totp Company', exact: true }).waitFor();
  });

  it('answers a wrong password with the generic message and offers "Forgot password?"', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${product.url}/portal/`);
    await page.getByRole('textbox', { name: 'ID' }).fill(client.username);
    await page.getByRole('textbox', { name: 'Password' }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Sign-in failed. Check your ID and password; if it keeps failing, contact your agency.').waitFor();
    // The first page a visitor opens is the plain sign-in form, before Mantine: it is held to the same checks.
    await screenshot(page, SUITE, '04-sign-in-refused');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Forgot password?', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('Check your e-mail').waitFor();
    await screenshot(page, SUITE, '05-forgot-password-sent');
    await expectAccessible(page);
  });

  it('shows a staff member signed in as the client with a banner, read-only, until "End session"', async () => {
    const { startSignInAsPartner } = await staff.call(
      'mutation($id: ID!) { startSignInAsPartner(clientId: $id, reason: "Ticket 2231: check the dashboard", allowChanges: false) { url } }',
      { id: client.id },
    );
    const page = await (await newContext(browser, LAPTOP)).newPage();
    await page.goto(startSignInAsPartner.url);
    await page.getByText(`${ADMIN.fullName} is viewing the portal as Northwind Traders`).waitFor();
    await page.getByText('Read-only: nothing can be changed in this session.').waitFor();
    await page.getByText('Reason: Ticket 2231: check the dashboard').waitFor();
    await screenshot(page, SUITE, '06-sign-in-as-partner-banner');
    await expectAccessible(page);
    // Read-only: changes are offered disabled, with the reason, instead of failing.
    await page.goto(`${product.url}/portal/requests`);
    const newRequest = page.getByRole('button', { name: 'New request' });
    await newRequest.waitFor();
    expect(await newRequest.isDisabled()).toBe(true);
    await page
      .getByText(`Read-only session: ${ADMIN.fullName} is viewing your portal without permission to make changes.`)
      .first()
      .waitFor();
    await screenshot(page, SUITE, '07-read-only-requests');
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('heading', { name: 'The session has ended', exact: true }).waitFor();
    const { impersonationLog } = await staff.call('{ impersonationLog { endReason reason } }');
    expect(impersonationLog[0]).toEqual({ endReason: 'ENDED_BY_STAFF', reason: 'Ticket 2231: check the dashboard' });
  });
});
