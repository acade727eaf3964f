import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import multer from 'multer';
import type { DataSource } from 'typeorm';
import type { ClientViewerContext, StaffViewerContext } from '../auth/context';
import { createLoaders } from '../auth/loaders';
import { readViewers } from '../auth/viewers';
import { clientMay } from '../client-auth/client-rights';
import { ClientPortalAction, ClientPortalArea } from '../client-groups/client-portal-rights';
import type { PorticoConfig } from '../config';
import { clientActor, type Actor } from '../history/actor';
import { ActorKind } from '../history/history-entry.entity';
import { Client } from '../clients/client.entity';
import { Project } from '../projects/project.entity';
import { Rights } from '../staff/staff-rights';
import { FileRole, StoredFile } from './stored-file.entity';
import { claimStorage, releaseStorage, remainingStorage } from './storage-quota';

/** Who calls: a staff member, or a client (possibly a staff member signed in as one). */
interface FileCaller {
  staff: StaffViewerContext | null;
  client: ClientViewerContext | null;
}

/** Where an accepted upload goes, decided before a byte of the body is read. */
interface UploadTarget {
  clientId: number;
  projectId: number | null;
  uploadedBy: Actor;
  /** Uploads of clients count toward the client's storage quota; the agency's deliveries do not. */
  byClient: boolean;
  role: FileRole;
}

function caller(dataSource: DataSource, req: Request): Promise<FileCaller> {
  return readViewers(dataSource, req, createLoaders(dataSource).clientGroups);
}

/** A refusal with a stable code, in the same shape as GraphQL errors. */
class UploadRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function refuse(res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) return;
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** A name safe to store and to send back in Content-Disposition: no folders, no control characters. */
export function cleanFileName(raw: string): string {
  const base = path
    .basename(raw.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim();
  return (base || 'file').slice(0, 255);
}

const megabytes = (bytes: number) => Math.max(1, Math.round(bytes / 1024 / 1024));

/** Decides who may upload what, or refuses; runs before the body is read. */
async function uploadTarget(dataSource: DataSource, config: PorticoConfig, req: Request): Promise<UploadTarget> {
  // A custom header cannot be sent by a plain cross-site form: no CSRF through uploads.
  if (req.get('x-portico-upload') !== '1') throw new UploadRefusal(400, 'BAD_REQUEST', 'Send the header x-portico-upload: 1.');
  const role = (typeof req.query.role === 'string' ? req.query.role : 'SOURCE').toUpperCase() as FileRole;
  if (!Object.values(FileRole).includes(role)) throw new UploadRefusal(400, 'BAD_USER_INPUT', 'role must be SOURCE, TARGET or REFERENCE.');
  const who = await caller(dataSource, req);
  if (who.client) {
    if (who.client.impersonation && !who.client.impersonation.allowChanges)
      throw new UploadRefusal(403, 'READ_ONLY_SESSION', 'This is a read-only session; uploads are not allowed.');
    if (!clientMay(who.client, ClientPortalArea.FILES, ClientPortalAction.ADD))
      throw new UploadRefusal(403, 'FORBIDDEN', 'Your account may not upload files.');
    return { clientId: who.client.client.id, projectId: null, uploadedBy: clientActor(who.client), byClient: true, role };
  }
  if (who.staff) {
    if (!who.staff.rights.has(Rights.FILES_CREATE))
      throw new UploadRefusal(403, 'FORBIDDEN', 'Your user group lacks the right to do this (FILES:CREATE).');
    // Without a project, a file for a message to the client (`clientId`): it waits, like a client's
    // upload, until a message takes it along.
    if (!req.query.projectId && req.query.clientId) {
      const client = await dataSource.getRepository(Client).findOneBy({ id: Number(req.query.clientId) || 0 });
      if (!client) throw new UploadRefusal(400, 'BAD_USER_INPUT', 'Give the projectId or the clientId the file belongs to.');
      return {
        clientId: client.id,
        projectId: null,
        uploadedBy: { name: who.staff.user.fullName, kind: ActorKind.STAFF },
        byClient: false,
        role,
      };
    }
    const project = await dataSource.getRepository(Project).findOneBy({ id: Number(req.query.projectId) || 0 });
    if (!project) throw new UploadRefusal(400, 'BAD_USER_INPUT', 'Give the projectId the file belongs to.');
    return {
      clientId: project.clientId,
      projectId: project.id,
      uploadedBy: { name: who.staff.user.fullName, kind: ActorKind.STAFF },
      byClient: false,
      role,
    };
  }
  throw new UploadRefusal(401, 'UNAUTHENTICATED', 'Sign in first.');
}

/**
 * Reads one multipart file into FILES_DIR under a random name. multer removes a partial file and
 * reports an error for a body that is cut short, malformed or too large, so no request can leave a
 * stream without a listener (which would end the process) or a half-written file behind.
 */
function receiveFile(config: PorticoConfig, maxBytes: number, req: Request, res: Response): Promise<Express.Multer.File> {
  const upload = multer({
    storage: multer.diskStorage({
      destination: config.filesDir,
      filename: (_req, _file, done) => done(null, randomBytes(16).toString('hex')),
    }),
    limits: { files: 1, fileSize: maxBytes, fields: 5, parts: 6, headerPairs: 50, fieldSize: 1024 },
  }).single('file');
  return new Promise((resolve, reject) => {
    upload(req, res, (error: unknown) => {
      if (error instanceof multer.MulterError) {
        if (error.code === 'LIMIT_FILE_SIZE')
          reject(new UploadRefusal(413, 'PAYLOAD_TOO_LARGE', `The file is larger than ${megabytes(maxBytes)} MB.`));
        else reject(new UploadRefusal(400, 'BAD_REQUEST', 'Send one file in the multipart field "file".'));
      } else if (error) {
        reject(new UploadRefusal(400, 'BAD_REQUEST', 'The upload was cut short or is not valid multipart/form-data.'));
      } else if (!req.file) {
        reject(new UploadRefusal(400, 'BAD_USER_INPUT', 'No file was sent (field "file").'));
      } else {
        resolve(req.file);
      }
    });
  });
}

async function acceptUpload(dataSource: DataSource, config: PorticoConfig, req: Request, res: Response): Promise<void> {
  const target = await uploadTarget(dataSource, config, req);
  const quotaLeft = target.byClient ? await remainingStorage(dataSource, config, target.clientId) : Number.POSITIVE_INFINITY;
  if (quotaLeft <= 0)
    throw new UploadRefusal(
      413,
      'STORAGE_QUOTA_EXCEEDED',
      `Your storage of ${megabytes(config.maxClientStorageBytes)} MB is full; ask the agency to remove old files.`,
    );
  const maxBytes = Math.min(config.maxUploadBytes, quotaLeft);
  const file = await receiveFile(config, maxBytes, req, res);
  const stored = path.join(config.filesDir, file.filename);
  try {
    // Two uploads at once may each fit alone but not together: the database claim decides.
    if (target.byClient && !(await claimStorage(dataSource, config, target.clientId, file.size))) {
      throw new UploadRefusal(
        413,
        'STORAGE_QUOTA_EXCEEDED',
        `Your storage of ${megabytes(config.maxClientStorageBytes)} MB is full; ask the agency to remove old files.`,
      );
    }
    const repository = dataSource.getRepository(StoredFile);
    const saved = await repository
      .save(
        repository.create({
          clientId: target.clientId,
          projectId: target.projectId,
          requestId: null,
          messageId: null,
          role: target.role,
          fileName: cleanFileName(file.originalname ?? 'file'),
          contentType: (file.mimetype || 'application/octet-stream').slice(0, 100),
          sizeBytes: file.size,
          storageKey: file.filename,
          uploadedBy: target.uploadedBy.name.slice(0, 300),
          uploadedByKind: target.uploadedBy.kind,
        }),
      )
      .catch(async (error: unknown) => {
        if (target.byClient) await releaseStorage(dataSource, target.clientId, file.size);
        throw error;
      });
    res.status(201).json({ id: String(saved.id), fileName: saved.fileName, sizeBytes: saved.sizeBytes });
  } catch (error) {
    fs.rmSync(stored, { force: true });
    throw error;
  }
}

/**
 * POST /files (multipart, one field "file"; query role=SOURCE|TARGET|REFERENCE, projectId for staff, or
 * clientId for a file staff will send with a message):
 * clients upload files for a new request (Files Add), staff attach files to a project (Files Create).
 * Answers { id, fileName, sizeBytes }. GET /files/:id downloads a file the caller may see.
 */
export function filesRouter(dataSource: DataSource, config: PorticoConfig): Router {
  const router = express.Router();
  fs.mkdirSync(config.filesDir, { recursive: true });

  router.post('/files', (req: Request, res: Response, next: NextFunction) => {
    acceptUpload(dataSource, config, req, res).catch((error: unknown) => {
      if (!(error instanceof UploadRefusal)) return next(error);
      // The rest of a refused body is not worth reading; closing the connection ends it.
      if (!req.complete) res.setHeader('Connection', 'close');
      refuse(res, error.status, error.code, error.message);
    });
  });

  router.get('/files/:id', async (req, res) => {
    const file = await dataSource.getRepository(StoredFile).findOneBy({ id: Number(req.params.id) || 0 });
    const who = await caller(dataSource, req);
    const staffMay = who.staff?.rights.has(Rights.FILES_DISPLAY) ?? false;
    const clientMayHave =
      who.client && file?.clientId === who.client.client.id && clientMay(who.client, ClientPortalArea.FILES, ClientPortalAction.DISPLAY);
    if (!who.staff && !who.client) return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in first.');
    // Someone else's file and a missing file look the same.
    if (!file || !(staffMay || clientMayHave)) return refuse(res, 404, 'NOT_FOUND', 'No such file.');
    // Always a download, never a page of this site: an uploaded HTML or SVG file cannot run as one.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.type('application/octet-stream');
    res.sendFile(path.join(config.filesDir, file.storageKey), { dotfiles: 'allow' }, (error) => {
      if (error && !res.headersSent) refuse(res, 404, 'NOT_FOUND', 'The file is no longer stored.');
    });
  });
  return router;
}
