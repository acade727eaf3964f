import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral } from 'typeorm';
import type { Loaders } from '../auth/loaders';
import { Feedback } from '../feedback/feedback.entity';
import { StoredFile } from '../files/stored-file.entity';
import { HistoryRecordType, type HistoryEntry } from '../history/history-entry.entity';
import { historyLoader } from '../history/history.service';
import { ProjectReview } from '../projects/project-review.entity';

function groupedBy<T extends ObjectLiteral, K extends keyof T>(dataSource: DataSource, entity: new () => T, key: K, order: Record<string, 'ASC' | 'DESC'>) {
  return new DataLoader<number, T[]>(async (ids) => {
    const rows: T[] = await dataSource.getRepository(entity).find({ where: { [key]: In([...ids]) } as never, order: order as never });
    return ids.map((id) => rows.filter((row) => row[key] === (id as unknown)));
  });
}

/** Batch loaders of the work records (projects, quotes, requests), one per request. */
export function workLoaders(loaders: Loaders, dataSource: DataSource) {
  return {
    history: (recordType: HistoryRecordType): DataLoader<number, HistoryEntry[]> => loaders.memo(`history:${recordType}`, () => historyLoader(dataSource, recordType)),
    filesOfProject: () => loaders.memo('files:project', () => groupedBy(dataSource, StoredFile, 'projectId', { uploadedAt: 'ASC', id: 'ASC' })),
    filesOfRequest: () => loaders.memo('files:request', () => groupedBy(dataSource, StoredFile, 'requestId', { uploadedAt: 'ASC', id: 'ASC' })),
    feedbackOfProject: () => loaders.memo('feedback:project', () => groupedBy(dataSource, Feedback, 'projectId', { id: 'ASC' })),
    reviewsOfProject: () => loaders.memo('reviews:project', () => groupedBy(dataSource, ProjectReview, 'projectId', { createdAt: 'ASC', id: 'ASC' })),
  };
}
