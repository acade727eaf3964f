import type { DataSource } from 'typeorm';
import type { ClientViewerContext } from '../auth/context';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors';
import { parseId } from '../common/ids';
import { newestFirst } from '../common/paging';
import type { Actor } from '../history/actor';
import { HistoryRecordType } from '../history/history-entry.entity';
import { recordHistory } from '../history/history.service';
import { ConversationRecordType } from '../messages/message.entity';
import { NotificationKind } from '../notifications/notification.entity';
import { noticeRecord, notifyClient } from '../notifications/notification.service';
import { Project, ProjectStatus } from '../projects/project.entity';
import { getOwnProject } from '../projects/project.service';
import { Feedback, type FeedbackCategory } from './feedback.entity';

export interface NewFeedback {
  projectId: string;
  score: number;
  category: FeedbackCategory;
  comment: string;
  isComplaint: boolean;
}

/** The client rates a delivered project, once. */
export async function submitFeedback(
  dataSource: DataSource,
  viewer: ClientViewerContext,
  input: NewFeedback,
  actor: Actor,
): Promise<Feedback> {
  const project = await getOwnProject(dataSource, viewer, input.projectId);
  if (![ProjectStatus.DELIVERED, ProjectStatus.CLOSED].includes(project.status)) {
    throw new BadUserInputError('Feedback is for delivered projects.', 'projectId', { reason: 'NOT_DELIVERED' });
  }
  if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5) throw new BadUserInputError('Rate from 1 to 5.', 'score');
  const comment = input.comment.trim();
  if (comment.length > 4000) throw new BadUserInputError('Keep the comment under 4,000 characters.', 'comment');
  if (input.isComplaint && comment.length < 10)
    throw new BadUserInputError('A complaint needs a comment of at least 10 characters saying what went wrong.', 'comment');
  if (await dataSource.getRepository(Feedback).existsBy({ projectId: project.id })) {
    throw new BadUserInputError('You already gave feedback on this project.', 'projectId', { reason: 'FEEDBACK_EXISTS' });
  }
  return dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(Feedback);
    const feedback = await repository.save(
      repository.create({
        clientId: viewer.client.id,
        projectId: project.id,
        score: input.score,
        category: input.category,
        comment,
        isComplaint: input.isComplaint,
        givenBy: actor.name,
        givenByKind: actor.kind,
        answer: null,
        answeredAt: null,
        answeredBy: null,
      }),
    );
    await recordHistory(manager, {
      recordType: HistoryRecordType.PROJECT,
      recordId: project.id,
      event: input.isComplaint ? 'COMPLAINT_FILED' : 'FEEDBACK_GIVEN',
      actor,
    });
    return feedback;
  });
}

export async function answerFeedback(dataSource: DataSource, rawId: string, answer: string, actor: Actor): Promise<Feedback> {
  const id = parseId(rawId, 'id');
  const feedback = await dataSource.getRepository(Feedback).findOneBy({ id });
  if (!feedback) throw new NotFoundError('Feedback', id);
  const text = answer.trim();
  if (text.length < 2 || text.length > 4000) throw new BadUserInputError('Write an answer of 2 to 4,000 characters.', 'answer');
  // Answered once: of two colleagues answering at the same moment, the second is told, not overwritten.
  return dataSource.transaction(async (manager) => {
    const result = await manager
      .createQueryBuilder()
      .update(Feedback)
      .set({ answer: text, answeredAt: new Date(), answeredBy: actor.name })
      .where('id = :id AND answeredAt IS NULL', { id })
      .execute();
    if (!result.affected) {
      const current = await manager.getRepository(Feedback).findOneByOrFail({ id });
      throw new ConflictError(`${current.answeredBy ?? 'Someone'} already answered this feedback; reload it.`, {
        reason: 'FEEDBACK_ANSWERED',
        answeredBy: current.answeredBy,
      });
    }
    await recordHistory(manager, {
      recordType: HistoryRecordType.PROJECT,
      recordId: feedback.projectId,
      event: 'FEEDBACK_ANSWERED',
      actor,
    });
    const project = await manager.getRepository(Project).findOneByOrFail({ id: feedback.projectId });
    await notifyClient(manager, noticeRecord(ConversationRecordType.PROJECT, project), NotificationKind.FEEDBACK_ANSWERED);
    return manager.getRepository(Feedback).findOneByOrFail({ id });
  });
}

export function listFeedback(
  dataSource: DataSource,
  options: { clientId?: number | null; unansweredOnly?: boolean; first: number; before?: string | null },
): Promise<Feedback[]> {
  const query = newestFirst(dataSource.getRepository(Feedback), 'feedback', options);
  if (options.clientId) query.andWhere('feedback.clientId = :clientId', { clientId: options.clientId });
  if (options.unansweredOnly) query.andWhere('feedback.answeredAt IS NULL');
  return query.getMany();
}
