import type { Browser, Page } from 'playwright-core';
import { newContext } from './browser';
import { Api, linkFromOutbox } from './graphql';
import { ADMIN } from './product';

export interface PortalClient {
  id: string;
  username: string;
}

/**
 * A client with Client Portal access whose password was set through its welcome letter's link, as a
 * real client's is: created and given access by `staff`, the letter taken from the outbox.
 */
export async function clientWithPassword(
  staff: Api,
  productUrl: string,
  client: { username: string; name: string; email: string; password: string },
): Promise<PortalClient> {
  const { createClient } = await staff.call(
    'mutation($input: CreateClientInput!) { createClient(input: $input) { id version username } }',
    { input: { username: client.username, name: client.name, status: 'ACTIVE', email: client.email } },
  );
  await staff.call('mutation($input: UpdateSystemAccountInput!) { updateSystemAccount(input: $input) { id } }', {
    input: {
      clientId: createClient.id,
      version: createClient.version,
      assignToStatus: true,
      portalAccessAllowed: true,
      preferredLanguage: 'EN',
      formatPreferences: {},
    },
  });
  await staff.call('mutation($id: ID!) { sendWelcomeEmail(clientId: $id) { status } }', { id: createClient.id });
  const token = new URL(await linkFromOutbox(staff, client.email)).hash.replace('#token=', '');
  await new Api(productUrl).call('mutation($t: String!, $p: String!) { setClientPassword(token: $t, password: $p) }', {
    t: token,
    p: client.password,
  });
  return { id: createClient.id, username: createClient.username };
}

/** The agency's side of the story: the administrator signed in to the Home Portal in a browser page. */
export async function staffPage(browser: Browser, productUrl: string): Promise<Page> {
  const page = await (await newContext(browser)).newPage();
  await page.goto(`${productUrl}/`);
  await page.getByRole('textbox', { name: 'Username' }).fill(ADMIN.username);
  await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(ADMIN.fullName).first().waitFor();
  return page;
}
