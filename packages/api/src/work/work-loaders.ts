import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../auth/context';
import type { Loaders } from '../auth/loaders';
import { Feedback } from '../feedback/feedback.entity';
import { StoredFile } from '../files/stored-file.entity';
import { HistoryRecordType, type HistoryEntry } from '../history/history-entry.entity';
import { historyLoader } from '../history/history.service';
import { Client } from '../clients/client.entity';
import { ClientRequest } from '../client-requests/client-request.entity';
import { Project } from '../projects/project.entity';
import { ProjectReview } from '../projects/project-review.entity';

function groupedBy<T extends ObjectLiteral, K extends keyof T>(
  dataSource: DataSource,
  entity: new () => T,
  key: K,
  order: Record<string, 'ASC' | 'DESC'>,
) {
  return new DataLoader<number, T[]>(async (ids) => {
    const rows: T[] = await dataSource.getRepository(entity).find({ where: { [key]: In([...ids]) } as never, order: order as never });
    return ids.map((id) => rows.filter((row) => row[key] === (id as unknown)));
  });
}

function byId<T extends ObjectLiteral & { id: number }>(
  dataSource: DataSource,
  entity: new () => T,
  select?: Partial<Record<keyof T, true>>,
) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows: T[] = await dataSource.getRepository(entity).find({ where: { id: In([...ids]) } as never, select: select as never });
    return ids.map((id) => rows.find((row) => row.id === id) ?? null);
  });
}

/** Batch loaders of the work records (projects, quotes, requests), one per request. */
export function workLoaders(loaders: Loaders, dataSource: DataSource) {
  return {
    history: (recordType: HistoryRecordType): DataLoader<number, HistoryEntry[]> =>
      loaders.memo(`history:${recordType}`, () => historyLoader(dataSource, recordType)),
    filesOfProject: () =>
      loaders.memo('files:project', () => groupedBy(dataSource, StoredFile, 'projectId', { uploadedAt: 'ASC', id: 'ASC' })),
    filesOfRequest: () =>
      loaders.memo('files:request', () => groupedBy(dataSource, StoredFile, 'requestId', { uploadedAt: 'ASC', id: 'ASC' })),
    filesOfMessage: () =>
      loaders.memo('files:message', () => groupedBy(dataSource, StoredFile, 'messageId', { uploadedAt: 'ASC', id: 'ASC' })),
    feedbackOfProject: () => loaders.memo('feedback:project', () => groupedBy(dataSource, Feedback, 'projectId', { id: 'ASC' })),
    /** Staff lists show whose record it is; one statement for the whole page. */
    clients: () => loaders.memo('clients:names', () => byId(dataSource, Client, { id: true, name: true })),
    projects: () => loaders.memo('projects:byId', () => byId(dataSource, Project)),
    requests: () => loaders.memo('requests:byId', () => byId(dataSource, ClientRequest)),
    reviewsOfProject: () =>
      loaders.memo('reviews:project', () => groupedBy(dataSource, ProjectReview, 'projectId', { createdAt: 'ASC', id: 'ASC' })),
  };
}

/** The name of the client a work record belongs to (batched across a page). */
export async function clientNameOf(context: RequestContext, clientId: number): Promise<string> {
  return (await workLoaders(context.loaders, context.dataSource).clients().load(clientId))?.name ?? '';
}
