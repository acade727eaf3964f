import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, seriousA11yViolations } from './support/browser';
import { Api } from './support/graphql';
import { ADMIN, startProduct, type Product } from './support/product';
import { clientWithPassword as portalClient, staffPage as administratorPage } from './support/portalAccounts';

const PASSWORD = 'my portal password 1';

let product: Product;
let browser: Browser;
let staff: Api;

beforeAll(async () => {
  product = await startProduct();
  browser = await launchBrowser();
  staff = await Api.signedIn(product.url, ADMIN.username, ADMIN.password);
  await staff.call('mutation { enableClientPortal2(confirm: true) { portalVersion } }');
});
afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const clientWithPassword = (username: string, name: string, email: string) =>
  portalClient(staff, product.url, { username, name, email, password: PASSWORD });
const staffPage = () => administratorPage(browser, product.url);

describe('talking to the agency in a browser', () => {
  it('a client asks on a project, staff answer in the Home Portal, the client sees the bell and the answer', async () => {
    const buyer = await clientWithPassword('UMBRELLA', 'Umbrella Corp', 'buyer@umbrella.example');
    const { createProject: project } = await staff.call(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { id number } }',
      {
        input: {
          clientId: buyer.id,
          name: 'Safety manual',
          services: ['TRANSLATION'],
          sourceLanguage: 'en',
          targetLanguages: ['de-DE'],
          deadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
          totalCost: '800.00',
          currency: 'EUR',
        },
      },
    );

    const page = await (await newContext(browser)).newPage();
    await page.goto(`${product.url}/portal/`);
    await page.getByRole('textbox', { name: 'ID' }).fill(buyer.username);
    await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Umbrella Corp', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();

    await page.goto(`${product.url}/portal/projects/${project.id}`);
    await page.getByRole('heading', { name: 'Safety manual', exact: true }).waitFor();
    await page.getByRole('textbox', { name: 'Your message' }).fill('Can you deliver on Friday instead?');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Can you deliver on Friday instead?').waitFor();

    const office = await staffPage();
    await office.goto(`${product.url}/projects/${project.id}`);
    await office.getByText('Can you deliver on Friday instead?').waitFor();
    await office.getByRole('textbox', { name: 'Answer the client' }).fill('Yes, Friday works for us.');
    await office.getByRole('button', { name: 'Send' }).click();
    await office.getByText('Yes, Friday works for us.').waitFor();
    await office.context().close();

    // Back on the dashboard, the bell has counted the answer; its notice leads to the conversation.
    await page.goto(`${product.url}/portal/`);
    const bell = page.getByRole('button', { name: 'Notifications, unread: 1' });
    await bell.waitFor();
    await bell.click();
    const notice = page.getByRole('link', { name: new RegExp(`New message on ${project.number}`) });
    await notice.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await notice.click();
    await page.getByText('Yes, Friday works for us.').waitFor();
    expect(page.url()).toContain(`/portal/projects/${project.id}#messages`);
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
  });
});
