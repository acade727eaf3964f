import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import busboy from 'busboy';
import express, { type Request, type Response, type Router } from 'express';
import type { DataSource } from 'typeorm';
import type { ClientViewerContext, StaffViewerContext } from '../auth/context';
import { createLoaders } from '../auth/loaders';
import { readStaffViewer } from '../auth/staff-session.service';
import { clientMay } from '../client-auth/client-rights';
import { readClientViewer } from '../client-auth/client-session.service';
import { ClientPortalAction, ClientPortalArea } from '../client-groups/client-portal-rights';
import type { PorticoConfig } from '../config';
import { actingName } from '../client-auth/client-account.service';
import { Project } from '../projects/project.entity';
import { Rights } from '../staff/staff-rights';
import { FileRole, StoredFile } from './stored-file.entity';

/** Who calls: a staff member, or a client (possibly a staff member signed in as one). */
interface FileCaller {
  staff: StaffViewerContext | null;
  client: ClientViewerContext | null;
}

async function caller(dataSource: DataSource, req: Request): Promise<FileCaller> {
  const loaders = createLoaders(dataSource);
  return { staff: await readStaffViewer(dataSource, req), client: await readClientViewer(dataSource, req, loaders.clientGroups) };
}

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** A name safe to store and to send back in Content-Disposition: no folders, no control characters. */
export function cleanFileName(raw: string): string {
  const base = path.basename(raw.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (base || 'file').slice(0, 255);
}

/**
 * POST /files (multipart, one field "file"; query role=SOURCE|TARGET|REFERENCE, projectId for staff):
 * clients upload files for a new request (Files Add), staff attach files to a project. Answers
 * { id, fileName, sizeBytes }. GET /files/:id downloads a file the caller may see.
 */
export function filesRouter(dataSource: DataSource, config: PorticoConfig): Router {
  const router = express.Router();
  fs.mkdirSync(config.filesDir, { recursive: true });

  router.post('/files', async (req, res) => {
    // A custom header cannot be sent by a plain cross-site form: no CSRF through uploads.
    if (req.get('x-portico-upload') !== '1') return refuse(res, 400, 'BAD_REQUEST', 'Send the header x-portico-upload: 1.');
    const who = await caller(dataSource, req);
    const role = (String(req.query.role ?? 'SOURCE').toUpperCase() as FileRole);
    if (!Object.values(FileRole).includes(role)) return refuse(res, 400, 'BAD_USER_INPUT', 'role must be SOURCE, TARGET or REFERENCE.');

    let clientId: number;
    let projectId: number | null = null;
    let uploadedBy: string;
    if (who.client) {
      if (who.client.impersonation && !who.client.impersonation.allowChanges) return refuse(res, 403, 'READ_ONLY_SESSION', 'This is a read-only session; uploads are not allowed.');
      if (!clientMay(who.client, ClientPortalArea.FILES, ClientPortalAction.ADD)) return refuse(res, 403, 'FORBIDDEN', 'Your account may not upload files.');
      clientId = who.client.client.id;
      uploadedBy = actingName(who.client);
    } else if (who.staff) {
      if (!who.staff.rights.has(Rights.PROJECTS_EDIT)) return refuse(res, 403, 'FORBIDDEN', 'Your user group lacks the right to do this (PROJECTS:EDIT).');
      const project = await dataSource.getRepository(Project).findOneBy({ id: Number(req.query.projectId) || 0 });
      if (!project) return refuse(res, 400, 'BAD_USER_INPUT', 'Give the projectId the file belongs to.');
      clientId = project.clientId;
      projectId = project.id;
      uploadedBy = who.staff.user.fullName;
    } else {
      return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in first.');
    }

    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: config.maxUploadBytes, fields: 0 } });
    } catch {
      return refuse(res, 400, 'BAD_REQUEST', 'Send the file as multipart/form-data.');
    }
    let handled = false;
    parser.on('file', (_field, stream, info) => {
      handled = true;
      const storageKey = randomBytes(16).toString('hex');
      const target = path.join(config.filesDir, storageKey);
      const out = fs.createWriteStream(target);
      let size = 0;
      let tooLarge = false;
      stream.on('data', (chunk: Buffer) => (size += chunk.length));
      stream.on('limit', () => (tooLarge = true));
      stream.pipe(out);
      out.on('finish', async () => {
        if (tooLarge) {
          fs.rmSync(target, { force: true });
          return refuse(res, 413, 'BAD_USER_INPUT', `The file is larger than ${Math.round(config.maxUploadBytes / 1024 / 1024)} MB.`);
        }
        const repository = dataSource.getRepository(StoredFile);
        const saved = await repository.save(
          repository.create({ clientId, projectId, requestId: null, role, fileName: cleanFileName(info.filename ?? "file"), contentType: (info.mimeType || 'application/octet-stream').slice(0, 100), sizeBytes: size, storageKey, uploadedBy }),
        );
        res.status(201).json({ id: String(saved.id), fileName: saved.fileName, sizeBytes: saved.sizeBytes });
      });
    });
    parser.on('finish', () => {
      if (!handled) refuse(res, 400, 'BAD_USER_INPUT', 'No file was sent (field "file").');
    });
    req.pipe(parser);
  });

  router.get('/files/:id', async (req, res) => {
    const file = await dataSource.getRepository(StoredFile).findOneBy({ id: Number(req.params.id) || 0 });
    const who = await caller(dataSource, req);
    const staffMay = who.staff && (who.staff.rights.has(Rights.PROJECTS_BROWSE) || who.staff.rights.has(Rights.REQUESTS_BROWSE));
    const clientMayHave = who.client && file?.clientId === who.client.client.id && clientMay(who.client, ClientPortalArea.FILES, ClientPortalAction.DISPLAY);
    if (!who.staff && !who.client) return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in first.');
    // Someone else's file and a missing file look the same.
    if (!file || !(staffMay || clientMayHave)) return refuse(res, 404, 'NOT_FOUND', 'No such file.');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.type(file.contentType);
    res.sendFile(path.join(config.filesDir, file.storageKey), { dotfiles: 'allow' });
  });
  return router;
}
