import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { rawRequest } from '../test-support/raw-http';
import { startTestApp, type TestApp } from '../test-support/test-app';
import type { GraphQLTestClient } from '../test-support/graphql-client';
import { HASHED_ASSET_CACHE } from './portal-assets';
import { portalRoutes, routeSize } from './route-sizes';

const config = loadConfig({});
const distOf = { 'Home Portal': config.homePortalDist, 'Client Portal': config.clientPortalDist } as const;

/** The largest JavaScript file a built portal has (the React chunk): a hashed asset to fetch. */
function largestScript(distFolder: string): string {
  const assets = fs.readdirSync(path.join(distFolder, 'assets')).filter((file) => file.endsWith('.js'));
  return assets.sort(
    (a, b) => fs.statSync(path.join(distFolder, 'assets', b)).size - fs.statSync(path.join(distFolder, 'assets', a)).size,
  )[0];
}

describe('the size budget of each route (the built portals; run "pnpm build" first)', () => {
  it.each(portalRoutes.map((route) => [`${route.portal} ${route.name}`, route] as const))(
    '%s loads no more JavaScript than its budget',
    (_label, route) => {
      const { jsGzipBytes } = routeSize(distOf[route.portal], route);
      expect(jsGzipBytes).toBeLessThanOrEqual(route.budgetBytes);
    },
  );
});

let test: TestApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  test = await startTestApp();
  admin = await test.signedInStaff();
});
afterAll(() => test.stop());

describe('serving the portals', () => {
  it.each([
    ['Home Portal', '', config.homePortalDist],
    ['Client Portal', '/portal', config.clientPortalDist],
  ] as const)('%s: sends each asset precompressed, brotli first, and lets browsers keep it for a year', async (_portal, base, dist) => {
    const asset = `${base}/assets/${largestScript(dist)}`;
    const original = fs.statSync(path.join(dist, 'assets', largestScript(dist))).size;

    const brotli = await rawRequest(test.app.url, { method: 'GET', path: asset, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers['cache-control']).toBe(HASHED_ASSET_CACHE);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(brotli.headers['content-length'])).toBeLessThan(original / 2.5);

    const gzip = await rawRequest(test.app.url, { method: 'GET', path: asset, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(Number(gzip.headers['content-length'])).toBeLessThan(original / 2.5);

    const plain = await rawRequest(test.app.url, { method: 'GET', path: asset, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(original);
  });

  it.each([
    ['Home Portal', '/clients'],
    ['Client Portal', '/portal/projects/12'],
  ])('%s: answers a page address with index.html that browsers must ask for again', async (_portal, page) => {
    const answer = await rawRequest(test.app.url, { method: 'GET', path: page });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/text\/html/);
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.body).toContain('<div id="root">');
  });

  it('answers an asset that does not exist (an old release) with 404, not with the page', async () => {
    const answer = await rawRequest(test.app.url, { method: 'GET', path: '/portal/assets/index-gone.js' });
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).not.toMatch(/html/);
  });
});

describe('GraphQL answers', () => {
  it('are compressed when large and sent as they are when small', async () => {
    const ask = (query: string) =>
      rawRequest(test.app.url, {
        path: '/graphql',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, br', cookie: admin.cookieHeader() },
        body: JSON.stringify({ query }),
      });
    const large = await ask('{ __schema { types { name description fields { name description } } } }');
    expect(large.status).toBe(200);
    expect(large.headers['content-encoding']).toBe('br');
    const small = await ask('{ viewer { id } }');
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body)).toEqual({ data: { viewer: { id: expect.any(String) as unknown } } });
  });
});
