import { pipeline } from 'node:stream/promises';
import express, { type Request, type Response, type Router } from 'express';
import { isPortalLanguageCode } from '@portico/domain';
import type { DataSource } from 'typeorm';
import { createLoaders } from '../auth/loaders';
import { readViewers } from '../auth/viewers';
import { clientMay } from '../client-auth/client-rights';
import { ClientPortalAction, ClientPortalArea } from '../client-groups/client-portal-rights';
import { getClientPortalSettings } from '../client-portal-settings/client-portal-settings.service';
import { Client } from '../clients/client.entity';
import type { PorticoConfig } from '../config';
import { FileRole, StoredFile } from '../files/stored-file.entity';
import { log } from '../ops/logger';
import { Project } from '../projects/project.entity';
import { Quote } from '../quotes/quote.entity';
import { Rights } from '../staff/staff-rights';
import { writeQuotePdf } from './quote-pdf';
import { projectZipEntries, writeProjectZip } from './project-zip';

function refuse(res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) return;
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** `attachment; filename*=…` for a name with any letters. */
function attachment(res: Response, fileName: string): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
}

/**
 * Documents to take away, over plain GET so a link downloads them:
 * - `GET /quotes/:id/pdf[?language=DE]`: the quote as a PDF in the client's language and formats
 *   (Quotes Display for the client's own quotes; staff with QUOTES:DISPLAY).
 * - `GET /projects/:id/files.zip[?role=SOURCE|TARGET|REFERENCE]`: a project's files as one zip, streamed
 *   (the rights of single files: Files Display for the client's own projects; staff with FILES:DISPLAY).
 * Someone else's record and a missing one both answer 404.
 */
export function documentsRouter(dataSource: DataSource, config: PorticoConfig): Router {
  const router = express.Router();

  router.get('/quotes/:id/pdf', async (req: Request, res: Response) => {
    const who = await readViewers(dataSource, req, createLoaders(dataSource).clientGroups);
    if (!who.staff && !who.client) return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in first.');
    const quote = await dataSource.getRepository(Quote).findOneBy({ id: Number(req.params.id) || 0 });
    const clientMayHave =
      who.client && quote?.clientId === who.client.client.id && clientMay(who.client, ClientPortalArea.QUOTES, ClientPortalAction.DISPLAY);
    const staffMay = who.staff?.rights.has(Rights.QUOTES_DISPLAY) ?? false;
    if (!quote || !(clientMayHave || staffMay)) return refuse(res, 404, 'NOT_FOUND', 'No such quote.');
    const [client, settings] = await Promise.all([
      dataSource.getRepository(Client).findOneByOrFail({ id: quote.clientId }),
      getClientPortalSettings(dataSource),
    ]);
    const asked = typeof req.query.language === 'string' ? req.query.language.toUpperCase() : '';
    const language = isPortalLanguageCode(asked) ? asked : client.preferredLanguage;
    attachment(res, `${quote.number}.pdf`);
    res.type('application/pdf');
    writeQuotePdf({ quote, client, settings, language }, res);
  });

  router.get('/projects/:id/files.zip', async (req: Request, res: Response) => {
    const who = await readViewers(dataSource, req, createLoaders(dataSource).clientGroups);
    if (!who.staff && !who.client) return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in first.');
    const rawRole = typeof req.query.role === 'string' ? req.query.role.toUpperCase() : null;
    if (rawRole !== null && !Object.values(FileRole).includes(rawRole as FileRole))
      return refuse(res, 400, 'BAD_USER_INPUT', 'role must be SOURCE, TARGET or REFERENCE.');
    const role = rawRole as FileRole | null;
    const project = await dataSource.getRepository(Project).findOneBy({ id: Number(req.params.id) || 0 });
    const clientMayHave =
      who.client && project?.clientId === who.client.client.id && clientMay(who.client, ClientPortalArea.FILES, ClientPortalAction.DISPLAY);
    const staffMay = who.staff?.rights.has(Rights.FILES_DISPLAY) ?? false;
    if (!project || !(clientMayHave || staffMay)) return refuse(res, 404, 'NOT_FOUND', 'No such project.');
    const files = await dataSource
      .getRepository(StoredFile)
      .find({ where: { projectId: project.id, ...(role ? { role } : {}) }, order: { uploadedAt: 'ASC', id: 'ASC' } });
    const entries = await projectZipEntries(config.filesDir, files, role === null);
    if (entries.length === 0) return refuse(res, 404, 'NOT_FOUND', 'The project has no such files.');
    const suffix =
      role === FileRole.SOURCE ? 'source' : role === FileRole.TARGET ? 'translation' : role === FileRole.REFERENCE ? 'reference' : 'files';
    attachment(res, `${project.number} ${suffix}.zip`);
    res.type('application/zip');
    try {
      await pipeline(writeProjectZip(entries), res);
    } catch (error) {
      // The browser went away, or a file vanished mid-way: the zip is cut short, nothing else to do.
      log().warn({ err: error, projectId: project.id }, 'project zip not completed');
    }
  });

  return router;
}
