import type { DataSource, EntityManager } from 'typeorm';
import { Client } from '../clients/client.entity';
import { withoutNewVersion } from '../common/optimistic-lock';
import type { PorticoConfig } from '../config';

/** How many bytes the client may still upload (MAX_CLIENT_STORAGE_MB less what its uploads use). */
export async function remainingStorage(
  dataSource: DataSource,
  config: Pick<PorticoConfig, 'maxClientStorageBytes'>,
  clientId: number,
): Promise<number> {
  const client = await dataSource.getRepository(Client).findOne({ where: { id: clientId }, select: { id: true, storageUsedBytes: true } });
  return config.maxClientStorageBytes - (client?.storageUsedBytes ?? 0);
}

/**
 * Counts an upload against the client's quota, only if it still fits. One conditional UPDATE, so
 * simultaneous uploads (on any number of processes) can never together exceed the quota.
 */
export async function claimStorage(
  dataSource: DataSource,
  config: Pick<PorticoConfig, 'maxClientStorageBytes'>,
  clientId: number,
  bytes: number,
): Promise<boolean> {
  const result = await dataSource
    .createQueryBuilder()
    .update(Client)
    .set(withoutNewVersion({ storageUsedBytes: () => 'storageUsedBytes + :bytes' }))
    .where('id = :clientId AND storageUsedBytes + :bytes <= :quota', { clientId, bytes, quota: config.maxClientStorageBytes })
    .setParameters({ bytes })
    .updateEntity(false)
    .execute();
  return (result.affected ?? 0) > 0;
}

/** Gives uploaded bytes back to the client's quota (the upload was removed). */
export async function releaseStorage(manager: DataSource | EntityManager, clientId: number, bytes: number): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(Client)
    .set(withoutNewVersion({ storageUsedBytes: () => 'CASE WHEN storageUsedBytes > :bytes THEN storageUsedBytes - :bytes ELSE 0 END' }))
    .where('id = :clientId', { clientId })
    .setParameters({ bytes })
    .updateEntity(false)
    .execute();
}
