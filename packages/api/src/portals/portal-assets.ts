import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import express from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Vite names every built asset after a hash of its content: a changed file is a new address, so browsers may keep one forever. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** index.html names the current assets: browsers must ask again each time (a 304 when nothing changed). */
export const INDEX_CACHE = 'no-cache';

function cacheHeaders(res: ServerResponse, file: string): void {
  const hashed = file.includes(`${path.sep}assets${path.sep}`);
  res.setHeader('Cache-Control', hashed ? HASHED_ASSET_CACHE : INDEX_CACHE);
}

/**
 * Serves a built portal at `mountPath`: each asset as the brotli or gzip file written at build time when
 * the browser accepts it (no compression work per request), hashed assets cached for a year, and
 * every other page path answered with the portal's index.html (client-side routes).
 */
export function servePortal(app: express.Express, mountPath: string, distFolder: string): void {
  const index = path.join(distFolder, 'index.html');
  if (!fs.existsSync(index)) {
    app.get(mountPath, (_req, res) => res.status(503).type('text').send(`Not built yet: run "pnpm build" to build ${distFolder}.`));
    return;
  }
  app.use(
    mountPath,
    expressStaticGzip(distFolder, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { index: false, cacheControl: false, setHeaders: cacheHeaders },
    }),
  );
  // An asset that does not exist (an old release's chunk) is a 404, never index.html served as JavaScript.
  app.use(`${mountPath === '/' ? '' : mountPath}/assets`, (_req, res) => res.status(404).type('text').send('No such asset.'));
  app.get(`${mountPath === '/' ? '' : mountPath}/{*rest}`, (_req, res) => {
    res.setHeader('Cache-Control', INDEX_CACHE);
    res.sendFile(index);
  });
}
