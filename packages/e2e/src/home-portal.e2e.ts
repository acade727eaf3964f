import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PHONE, launchBrowser, newContext, screenshot, seriousA11yViolations } from './support/browser';
import { Api } from './support/graphql';
import { ADMIN, startProduct, type Product } from './support/product';
import { totpCode } from './support/totp';

const SUITE = 'home-portal';
const SUPPORT = { username: 'sam.support', password: 'support password 1', fullName: 'Sam Support' };
const AUDITOR = { username: 'ada.audit', password: 'auditor password 1', fullName: 'Ada Auditor' };

let product: Product;
let browser: Browser;
let admin: Page;
let supportGroupId: string;

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
}

async function signIn(context: BrowserContext, username: string, password: string, fullName: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${product.url}/`);
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(fullName).first().waitFor();
  return page;
}

/**
 * Opens navbar menus and then a page, checking each step took: a click that lands while the layout
 * re-renders (the viewer query settling after sign-in) is repeated instead of silently lost.
 */
async function openNav(page: Page, ...labels: string[]): Promise<void> {
  for (const label of labels) {
    const entry = page
      .getByRole('navigation')
      .getByRole('link', { name: label, exact: true })
      .or(page.getByRole('navigation').getByRole('button', { name: label, exact: true }))
      .first();
    const done = (await entry.getAttribute('aria-expanded')) === null ? '[aria-current="page"]' : '[aria-expanded="true"]';
    for (let attempt = 1; !(await entry.and(page.locator(done)).isVisible()); attempt += 1) {
      await entry.click();
      try {
        await entry.and(page.locator(done)).waitFor({ timeout: 3000 });
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }
}

beforeAll(async () => {
  product = await startProduct();
  browser = await launchBrowser();
  // A support team whose members may look at clients but, at first, not sign in as them.
  const api = await Api.signedIn(product.url, ADMIN.username, ADMIN.password);
  const { createUserGroup } = await api.call(
    'mutation { createUserGroup(input: { name: "Support", rights: [{ domain: CLIENTS, actions: [BROWSE, DISPLAY] }], specialRights: [] }) { id } }',
  );
  supportGroupId = createUserGroup.id;
  await api.call('mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { id } }', {
    input: { username: SUPPORT.username, fullName: SUPPORT.fullName, password: SUPPORT.password, groupId: supportGroupId },
  });
});
afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

// One administrator's working session, step by step: each test continues where the previous one stopped.
describe('the Home Portal in a browser', () => {
  it('signs the administrator in', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${product.url}/`);
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    await screenshot(page, SUITE, '01-sign-in');
    await expectAccessible(page);
    admin = await signIn(context, ADMIN.username, ADMIN.password, ADMIN.fullName);
    await admin.getByRole('heading', { name: 'Clients', exact: true }).waitFor();
    await screenshot(admin, SUITE, '02-clients-empty');
    await expectAccessible(admin);
  });

  it('enables Client Portal 2.0 after saying what is reset and what is kept', async () => {
    await openNav(admin, 'Configuration', 'Portals', 'Client Portal');
    await admin.getByRole('heading', { name: 'Client Portal', exact: true }).first().waitFor();
    await screenshot(admin, SUITE, '03-client-portal-classic');
    await expectAccessible(admin);
    await admin.getByRole('button', { name: 'Enable Client Portal 2.0' }).first().click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByText('customization', { exact: false }).first().waitFor();
    await screenshot(admin, SUITE, '04-enable-2-0-confirmation');
    await dialog.getByRole('checkbox', { name: 'I understand' }).check();
    await dialog.getByRole('button', { name: 'Enable Client Portal 2.0' }).click();
    await admin.getByRole('textbox', { name: 'Portal name' }).waitFor();
    await screenshot(admin, SUITE, '05-client-portal-settings');
    await expectAccessible(admin);
  });

  it('creates a client and sets up its System Account and aliases', async () => {
    await openNav(admin, 'Clients');
    await admin.getByRole('button', { name: 'Add client' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'ID' }).fill('GLOBEX');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Globex Corporation');
    await dialog.getByRole('textbox', { name: 'E-mail' }).fill('l10n@globex.example');
    await dialog
      .getByRole('combobox', { name: 'Status' })
      .or(dialog.getByRole('textbox', { name: 'Status' }))
      .first()
      .click();
    await admin.getByRole('listbox', { name: 'Status' }).getByRole('option', { name: 'Active', exact: true }).click();
    await screenshot(admin, SUITE, '06-add-client');
    await dialog.getByRole('button', { name: 'Add client' }).click();
    await admin.getByText('Globex Corporation was added.').waitFor();
    // A new client opens in its profile.
    await admin.getByRole('tab', { name: 'Identification Data' }).waitFor();
    await screenshot(admin, SUITE, '07-identification-data');
    await expectAccessible(admin);
    await admin.getByRole('tab', { name: 'System Account' }).click();
    await admin.getByRole('checkbox', { name: 'Allow access to the Client Portal' }).check();
    await admin.getByRole('button', { name: 'Save' }).first().click();
    await admin.getByText('System Account saved.').waitFor();
    await admin.getByText('Can sign in', { exact: false }).first().waitFor();

    await admin.getByRole('button', { name: 'username in external system' }).click();
    const aliases = admin.getByRole('dialog');
    await aliases.getByRole('textbox', { name: 'Username in Trados Enterprise' }).fill('not-an-email');
    await aliases.getByText('(not met)').first().waitFor();
    await aliases.getByRole('textbox', { name: 'Username in Trados Enterprise' }).fill('');
    await aliases.getByRole('textbox', { name: 'Username in XTM Cloud' }).fill('globex.loc');
    await aliases.getByRole('button', { name: 'Add' }).first().click();
    await admin.getByText('Username in XTM Cloud added.').waitFor();
    await screenshot(admin, SUITE, '08-partner-aliases');
    await expectAccessible(admin);
    await aliases.getByRole('button', { name: 'Close' }).first().click();
    await aliases.waitFor({ state: 'hidden' });
    await screenshot(admin, SUITE, '09-system-account');
    await expectAccessible(admin);
  });

  it('sends a welcome e-mail and shows it in the Outbox', async () => {
    await admin.getByRole('button', { name: 'Send Welcome E-mail' }).click();
    await admin.getByText('Welcome e-mail kept in the Outbox').waitFor();
    await openNav(admin, 'Outbox');
    await admin.getByRole('heading', { name: 'Outbox', exact: true }).waitFor();
    await admin.getByText('Your access to Client Portal').first().waitFor();
    await admin.getByText('l10n@globex.example').first().waitFor();
    await screenshot(admin, SUITE, '10-outbox');
    await expectAccessible(admin);
  });

  it('shows "Sign in as this Partner" only while the user group holds the right', async () => {
    const supportContext = await newContext(browser);
    const support = await signIn(supportContext, SUPPORT.username, SUPPORT.password, SUPPORT.fullName);
    const clientUrl = await (async () => {
      await admin.getByRole('navigation').getByRole('link', { name: 'Clients', exact: true }).click();
      await admin
        .getByRole('link', { name: /Globex Corporation|GLOBEX/ })
        .first()
        .click();
      await admin.getByRole('tab', { name: 'System Account' }).click();
      return admin.url();
    })();
    await support.goto(clientUrl);
    await support.getByRole('heading', { name: 'Globex Corporation', exact: true }).first().waitFor();
    expect(await support.getByRole('button', { name: 'Sign in as this Partner' }).count()).toBe(0);

    const setSignInAsPartner = async (granted: boolean) => {
      await openNav(admin, 'Configuration', 'User Management', 'User Groups and Rights');
      await admin.getByRole('button', { name: 'Actions for Support' }).click();
      await admin.getByRole('menuitem', { name: 'Edit' }).click();
      const dialog = admin.getByRole('dialog');
      const box = dialog.getByRole('checkbox', { name: 'Sign in as Partner', exact: true });
      if (granted) await box.check();
      else await box.uncheck();
      if (granted) await screenshot(admin, SUITE, '11-user-group-rights');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await admin.getByText('User group Support saved.').last().waitFor();
    };

    await setSignInAsPartner(true);
    await support.reload();
    await support.getByRole('button', { name: 'Sign in as this Partner' }).waitFor();
    await support.getByRole('button', { name: 'Sign in as this Partner' }).click();
    await support.getByRole('textbox', { name: 'Reason' }).fill('Ticket 77: client cannot find the quote');
    await screenshot(support, SUITE, '12-sign-in-as-partner-dialog');
    await expectAccessible(support);
    const [portal] = await Promise.all([
      supportContext.waitForEvent('page'),
      support.getByRole('button', { name: 'Open the Client Portal' }).click(),
    ]);
    await portal.getByText(`${SUPPORT.fullName} is viewing the portal as Globex Corporation`).waitFor();

    await setSignInAsPartner(false);
    await support.reload();
    await support.getByRole('heading', { name: 'Globex Corporation', exact: true }).first().waitFor();
    expect(await support.getByRole('button', { name: 'Sign in as this Partner' }).count()).toBe(0);
    // The running session ended with the right.
    await portal.reload();
    await portal.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
  });

  it('lists the Sign in as Partner sessions and the other screens stay accessible', async () => {
    await openNav(admin, 'Configuration', 'User Management', 'Sign in as Partner log');
    await admin.getByText('Ticket 77: client cannot find the quote').waitFor();
    await screenshot(admin, SUITE, '13-sign-in-as-partner-log');
    await expectAccessible(admin);
    for (const [path, name, file] of [
      ['Users', 'Users', '14-users'],
      ['User Groups and Rights', 'User Groups and Rights', '15-user-groups'],
    ] as const) {
      await openNav(admin, 'Configuration', 'User Management', path);
      await admin.getByRole('heading', { name, exact: true }).waitFor();
      await screenshot(admin, SUITE, file);
      await expectAccessible(admin);
    }
    await openNav(admin, 'Configuration', 'Portals', 'Client Groups and Rights');
    await admin.getByRole('heading', { name: 'Client Groups and Rights', exact: true }).waitFor();
    await screenshot(admin, SUITE, '16-client-groups');
    await expectAccessible(admin);
    await openNav(admin, 'Configuration', 'Audit log');
    await admin.getByRole('heading', { name: 'Audit log', exact: true }).waitFor();
    await screenshot(admin, SUITE, '17-audit-log');
    await expectAccessible(admin);
  });

  it('keeps the clients and work pages usable on a phone', async () => {
    // On a phone the header shows the user's initials only, so wait for the page instead of the name.
    const page = await (await newContext(browser, PHONE)).newPage();
    await page.goto(`${product.url}/`);
    await page.getByRole('textbox', { name: 'Username' }).fill(ADMIN.username);
    await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Clients', exact: true }).waitFor();
    await page.getByText('Globex Corporation').first().waitFor();
    await screenshot(page, SUITE, '18-clients-phone');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);

    // The work pages too: wide tables scroll inside their own frame, the page itself never sideways.
    const api = await Api.signedIn(product.url, ADMIN.username, ADMIN.password);
    const { clients } = await api.call('{ clients(first: 1, filter: { search: "GLOBEX" }) { nodes { id } } }');
    const in10Days = new Date(Date.now() + 10 * 86_400_000).toISOString();
    await api.call('mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }', {
      input: {
        clientId: clients.nodes[0].id,
        name: 'Annual report 2026 with a rather long name',
        services: ['TRANSLATION', 'PROOFREADING'],
        sourceLanguage: 'en',
        targetLanguages: ['de-DE', 'fr-FR', 'es-ES'],
        deadline: in10Days,
        totalCost: '12345.60',
        currency: 'EUR',
      },
    });
    for (const [path, heading, name] of [
      ['/projects', 'Projects', '19-projects-phone'],
      ['/quotes', 'Quotes', '20-quotes-phone'],
      ['/requests', 'Requests', '21-requests-phone'],
      ['/feedback', 'Feedback', '22-feedback-phone'],
    ]) {
      await page.goto(`${product.url}${path}`);
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      await screenshot(page, SUITE, name);
      expect(await overflow()).toBeLessThanOrEqual(0);
    }
  });

  it("merges a conflicting save three ways: the colleague's untouched change survives", async () => {
    const api = await Api.signedIn(product.url, ADMIN.username, ADMIN.password);
    const { createClient } = await api.call('mutation($input: CreateClientInput!) { createClient(input: $input) { id } }', {
      input: { username: 'ACMEPH', name: 'Acme Pharmaceuticals GmbH', status: 'ACTIVE', email: 'office@acme-pharma.example' },
    });
    const profile = `${product.url}/clients/${createClient.id}/main-data/identification`;
    const colleague = await signIn(await newContext(browser), ADMIN.username, ADMIN.password, ADMIN.fullName);
    await admin.goto(profile);
    await colleague.goto(profile);
    await admin.getByRole('textbox', { name: 'Name' }).waitFor();
    await colleague.getByRole('textbox', { name: 'E-mail' }).fill('l10n@acme-pharma.example');
    await colleague.getByRole('button', { name: 'Save' }).click();
    await colleague.getByText('Identification Data saved.').waitFor();

    await admin.getByRole('textbox', { name: 'Name' }).fill('Acme Pharmaceuticals AG');
    const save = admin.getByRole('button', { name: 'Save' });
    await save.click();
    const refused = admin.getByRole('alert').filter({ hasText: 'Someone else saved this in the meantime' }).first();
    await refused.waitFor();
    // Announced where the user looks: the alert takes the focus and sits right above the Save button.
    expect(await refused.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))).toBe(true);
    const [alertBox, saveBox] = [await refused.boundingBox(), await save.boundingBox()];
    expect(saveBox!.y - (alertBox!.y + alertBox!.height)).toBeLessThan(120);
    await screenshot(admin, SUITE, '23-conflict-beside-save');
    await expectAccessible(admin);

    await admin.getByRole('button', { name: 'Reload and merge' }).click();
    await admin.getByText('E-mail: office@acme-pharma.example → l10n@acme-pharma.example').waitFor();
    expect(await admin.getByRole('textbox', { name: 'E-mail' }).inputValue()).toBe('l10n@acme-pharma.example');
    await screenshot(admin, SUITE, '24-conflict-merged');
    await save.click();
    await admin.getByText('Identification Data saved.').first().waitFor();
    const { client } = await api.call('query($id: ID!) { client(id: $id) { name email } }', { id: createClient.id });
    expect(client).toEqual({ name: 'Acme Pharmaceuticals AG', email: 'l10n@acme-pharma.example' });
    await colleague.context().close();
  });

  it('asks before leaving a form with unsaved changes', async () => {
    // Reached inside the app, so that the browser's Back stays inside it too.
    await admin.goto(`${product.url}/clients`);
    await admin.getByRole('link', { name: 'ACMEPH', exact: true }).click();
    await admin.getByRole('textbox', { name: 'Name' }).fill('Acme Pharmaceuticals SE');
    await admin.getByRole('navigation').getByRole('link', { name: 'Requests', exact: true }).click();
    const ask = admin.getByRole('dialog', { name: 'Leave without saving?' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Stay and keep editing' }).click();
    expect(await admin.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Acme Pharmaceuticals SE');
    // The browser's Back button asks too, and staying keeps the address and what was typed.
    const profileAddress = admin.url();
    await admin.evaluate(() => window.history.back());
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Stay and keep editing' }).click();
    await ask.waitFor({ state: 'hidden' });
    expect(admin.url()).toBe(profileAddress);
    expect(await admin.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Acme Pharmaceuticals SE');
    await admin.getByRole('button', { name: 'Discard changes', exact: true }).click();
  });

  it('finds a client by a middle word of its name and marks the match', async () => {
    // The navbar's Clients entry is already current on a client's profile: go to the list itself.
    await admin.goto(`${product.url}/clients`);
    await admin.getByRole('searchbox', { name: 'Search' }).fill('Pharmaceuticals');
    const match = admin.locator('mark', { hasText: 'Pharmaceuticals' }).first();
    await match.waitFor();
    expect(await admin.getByRole('link', { name: 'ACMEPH', exact: true }).count()).toBe(1);
    expect(await admin.getByText('Globex Corporation').count()).toBe(0);
    await screenshot(admin, SUITE, '25-search-middle-word');
  });

  it('deletes a client without work, and refuses one with work offering Inactive instead', async () => {
    await admin.getByRole('link', { name: 'ACMEPH', exact: true }).click();
    await admin.getByRole('button', { name: 'Delete client' }).click();
    const dialog = admin.getByRole('dialog', { name: /Delete Acme Pharmaceuticals/ });
    await dialog.getByText('partner aliases', { exact: false }).waitFor();
    await screenshot(admin, SUITE, '26-delete-client');
    await expectAccessible(admin);
    await dialog.getByRole('button', { name: 'Delete client' }).click();
    await admin.getByText('Acme Pharmaceuticals AG was deleted.').waitFor();
    await admin.getByRole('heading', { name: 'Clients', exact: true }).waitFor();

    // Globex has a project (added in the phone test above).
    await admin.getByRole('searchbox', { name: 'Search' }).fill('globex');
    await admin.getByRole('link', { name: 'GLOBEX', exact: true }).click();
    await admin.getByRole('button', { name: 'Delete client' }).click();
    const refused = admin.getByRole('dialog', { name: /Delete Globex/ });
    await refused.getByRole('button', { name: 'Delete client' }).click();
    await refused.getByText('so it cannot be deleted', { exact: false }).waitFor();
    await refused.getByRole('button', { name: 'Set it Inactive instead' }).waitFor();
    await screenshot(admin, SUITE, '27-delete-refused');
    await refused.getByRole('button', { name: 'Cancel' }).click();
  });

  it('shows clients as cards with status and sign-in at phone width', async () => {
    const page = await (await newContext(browser, PHONE)).newPage();
    await page.goto(`${product.url}/`);
    await page.getByRole('textbox', { name: 'Username' }).fill(ADMIN.username);
    await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const cards = page.getByRole('list', { name: 'Clients' });
    await cards.waitFor();
    const globex = cards.getByRole('listitem').filter({ hasText: 'Globex Corporation' });
    await globex.getByText('Active', { exact: true }).waitFor();
    await globex
      .getByText(/Can sign in|Cannot sign in/)
      .first()
      .waitFor();
    const box = await globex.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, SUITE, '28-clients-cards-phone');
    await expectAccessible(page);

    // Every other list too: cards with the status beside the name, the page never wider than the phone.
    for (const [path, list, record, status, file] of [
      ['/configuration/users', 'Users', ADMIN.fullName, 'Active', '29-users-cards-phone'],
      ['/configuration/client-groups', 'Client Groups and Rights', 'Active', 'Allowed', '30-client-groups-cards-phone'],
      ['/outbox', 'Letters', null, null, '31-outbox-cards-phone'],
    ] as const) {
      await page.goto(`${product.url}${path}`);
      const items = page.getByRole('list', { name: list }).getByRole('listitem');
      const card = record ? items.filter({ hasText: record }).first() : items.first();
      await card.waitFor();
      if (status) await card.getByText(status, { exact: true }).first().waitFor();
      expect(await page.getByRole('table').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await screenshot(page, SUITE, file);
    }
  });

  it('shows every column of the Sign in as Partner log on a 1366 px screen', async () => {
    const page = await signIn(await newContext(browser, { width: 1366, height: 768 }), ADMIN.username, ADMIN.password, ADMIN.fullName);
    await page.goto(`${product.url}/configuration/sign-in-as-partner-log`);
    const table = page.getByRole('table', { name: 'Sign in as Partner sessions' });
    await table.getByRole('columnheader', { name: 'From where' }).waitFor();
    const header = await table.getByRole('columnheader', { name: 'From where' }).boundingBox();
    const frame = await page.getByRole('main').boundingBox();
    expect(header!.x + header!.width).toBeLessThanOrEqual(frame!.x + frame!.width);
    await screenshot(page, SUITE, '32-sign-in-as-partner-log-1366');
  });

  it('takes a staff member whose group requires two-factor sign-in through enrolment first', async () => {
    const api = await Api.signedIn(product.url, ADMIN.username, ADMIN.password);
    const { createUserGroup } = await api.call(
      'mutation { createUserGroup(input: { name: "Auditors", rights: [{ domain: CLIENTS, actions: [BROWSE] }], specialRights: [], twoFactorRequired: true }) { id } }',
    );
    await api.call('mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { id } }', {
      input: { username: AUDITOR.username, fullName: AUDITOR.fullName, password: AUDITOR.password, groupId: createUserGroup.id },
    });
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${product.url}/`);
    await page.getByRole('textbox', { name: 'Username' }).fill(AUDITOR.username);
    await page.getByRole('textbox', { name: 'Password' }).fill(AUDITOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Right after the password: the enrolment, and nothing of the Home Portal yet.
    await page.getByText('Set up two-factor sign-in').waitFor();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    await screenshot(page, SUITE, '29-two-factor-enrolment-required');
    await expectAccessible(page);
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    await page.getByRole('textbox', { name: 'Code from the app' }).fill(totpCode(secret));
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    const codes = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText(AUDITOR.fullName).first().waitFor();
    await page.getByRole('heading', { name: 'Clients', exact: true }).waitFor();
  });
});
