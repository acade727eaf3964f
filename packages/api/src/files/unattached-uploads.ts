import fs from 'node:fs';
import path from 'node:path';
import { IsNull, LessThan, type DataSource } from 'typeorm';
import type { PorticoConfig } from '../config';
import { ActorKind } from '../history/history-entry.entity';
import { StoredFile } from './stored-file.entity';
import { releaseStorage } from './storage-quota';

/**
 * Removes uploads that were never sent with a request or a message within UNATTACHED_UPLOAD_HOURS: their rows,
 * their bytes on disk and their share of the client's quota. The conditional DELETE decides which
 * process removes a file (and which loses to a request attaching it at that moment).
 */
export async function removeUnattachedUploads(
  dataSource: DataSource,
  config: Pick<PorticoConfig, 'filesDir' | 'unattachedUploadHours'>,
  now = new Date(),
): Promise<number> {
  const before = new Date(now.getTime() - config.unattachedUploadHours * 3600_000);
  const candidates = await dataSource
    .getRepository(StoredFile)
    .find({ where: { projectId: IsNull(), requestId: IsNull(), messageId: IsNull(), uploadedAt: LessThan(before) }, take: 200 });
  let removed = 0;
  for (const file of candidates) {
    const result = await dataSource
      .getRepository(StoredFile)
      .delete({ id: file.id, projectId: IsNull(), requestId: IsNull(), messageId: IsNull() });
    if (!result.affected) continue;
    if (file.uploadedByKind !== ActorKind.STAFF) await releaseStorage(dataSource, file.clientId, file.sizeBytes);
    fs.rmSync(path.join(config.filesDir, file.storageKey), { force: true });
    removed += 1;
  }
  return removed;
}
