import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Actor } from './actor';
import { HistoryEntry, HistoryRecordType } from './history-entry.entity';

export async function recordHistory(
  manager: DataSource | EntityManager,
  entry: {
    recordType: HistoryRecordType;
    recordId: number;
    event: string;
    status?: string | null;
    actor: Actor;
    note?: string | null;
    /** Now, unless the record carries the moment itself (a request's submission). */
    occurredAt?: Date;
  },
): Promise<void> {
  const repository = manager.getRepository(HistoryEntry);
  await repository.save(
    repository.create({
      recordType: entry.recordType,
      recordId: entry.recordId,
      event: entry.event,
      status: entry.status ?? null,
      occurredAt: entry.occurredAt ?? new Date(),
      actorName: entry.actor.name.slice(0, 300),
      actorKind: entry.actor.kind,
      note: entry.note?.slice(0, 2000) ?? null,
    }),
  );
}

/** Batches the histories of a page of records of one type into one statement. */
export function historyLoader(dataSource: DataSource, recordType: HistoryRecordType): DataLoader<number, HistoryEntry[]> {
  return new DataLoader(async (ids) => {
    const entries = await dataSource
      .getRepository(HistoryEntry)
      .find({ where: { recordType, recordId: In([...ids]) }, order: { occurredAt: 'ASC', id: 'ASC' } });
    return ids.map((id) => entries.filter((entry) => entry.recordId === id));
  });
}
