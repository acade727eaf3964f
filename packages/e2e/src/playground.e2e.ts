import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { startProduct, type Product } from './support/product';

let product: Product;
let browser: Browser;
beforeAll(async () => {
  product = await startProduct();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

describe('the GraphQL playground', () => {
  it('is served at /graphql by the same server, without any request elsewhere (works offline)', async () => {
    const page = await (await newContext(browser)).newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(product.url) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    await page.goto(`${product.url}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    await screenshot(page, 'playground', '01-graphiql');
    expect(foreign).toEqual([]);
  });
});
