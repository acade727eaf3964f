import type { DataSource } from 'typeorm';
import type { ClientViewerContext } from '../auth/context';
import { RequestStatus } from '../client-requests/client-request.entity';
import { answerRequest, findOpenRequest } from '../client-requests/client-request.service';
import { getClient, whileClientExists } from '../clients/client.service';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { parseId } from '../common/ids';
import { newestFirst, searchByNameOrNumber } from '../common/paging';
import { updateIfVersionMatches } from '../common/optimistic-lock';
import type { Actor } from '../history/actor';
import { HistoryRecordType } from '../history/history-entry.entity';
import { recordHistory } from '../history/history.service';
import { FileRole, StoredFile } from '../files/stored-file.entity';
import { ConversationRecordType } from '../messages/message.entity';
import { NotificationKind } from '../notifications/notification.entity';
import { noticeRecord, notifyClient } from '../notifications/notification.service';
import { CatTool } from '../partner-aliases/cat-tools';
import { checkCurrency, checkLanguages, checkServices, toMinorUnits } from '../work/work-types';
import { Project, ProjectStatus } from './project.entity';
import type { ChangeProjectStatusInput, CreateProjectInput, UpdateProjectInput } from './project.inputs';
import { ProjectReview } from './project-review.entity';

export async function getProject(dataSource: DataSource, rawId: string | number): Promise<Project> {
  const id = parseId(rawId, 'id');
  const project = await dataSource.getRepository(Project).findOneBy({ id });
  if (!project) throw new NotFoundError('Project', id);
  return project;
}

/** A project of the signed-in client; another client's project does not exist as far as it can tell. */
export async function getOwnProject(dataSource: DataSource, viewer: ClientViewerContext, rawId: string | number): Promise<Project> {
  const id = parseId(rawId, 'id');
  const project = await dataSource.getRepository(Project).findOneBy({ id, clientId: viewer.client.id });
  if (!project) throw new NotFoundError('Project', id);
  return project;
}

export async function listProjects(
  dataSource: DataSource,
  options: { clientId?: number | null; status?: ProjectStatus | null; search?: string | null; first: number; before?: string | null },
): Promise<Project[]> {
  const query = newestFirst(dataSource.getRepository(Project), 'project', options);
  if (options.clientId) query.andWhere('project.clientId = :clientId', { clientId: options.clientId });
  if (options.status) query.andWhere('project.status = :status', { status: options.status });
  searchByNameOrNumber(query, 'project', 'P', options.search);
  return query.getMany();
}

function projectFields(input: CreateProjectInput | UpdateProjectInput) {
  const { source, targets } = checkLanguages(input.sourceLanguage, input.targetLanguages);
  const totalCostMinor = toMinorUnits(input.totalCost, 'totalCost');
  if (totalCostMinor < 0) throw new BadUserInputError('The total cost cannot be negative.', 'totalCost');
  return {
    name: input.name.trim(),
    services: checkServices(input.services),
    sourceLanguage: source,
    targetLanguages: targets,
    deadline: input.deadline,
    totalCostMinor,
    currency: checkCurrency(input.currency),
    catTool: input.catTool ?? null,
  };
}

/** Creates a project for a client (staff), optionally answering one of its requests. */
export async function createProject(dataSource: DataSource, input: CreateProjectInput, actor: Actor): Promise<Project> {
  const client = await getClient(dataSource, input.clientId);
  const fields = projectFields(input);
  return dataSource.transaction((manager) =>
    whileClientExists(manager, client.id, async () => {
      const request = input.requestId ? await findOpenRequest(manager, input.requestId, client.id) : null;
      const repository = manager.getRepository(Project);
      const project = await repository.save(
        repository.create({
          ...fields,
          clientId: client.id,
          orderedAt: new Date(),
          deliveredAt: null,
          status: ProjectStatus.IN_PROGRESS,
          quoteId: null,
          requestId: request?.id ?? null,
        }),
      );
      await recordHistory(manager, {
        recordType: HistoryRecordType.PROJECT,
        recordId: project.id,
        event: 'CREATED',
        status: project.status,
        actor,
      });
      if (request)
        await answerRequest(
          manager,
          request,
          { status: RequestStatus.CONVERTED_TO_PROJECT, projectId: project.id },
          actor,
          project.number,
          input.requestVersion,
        );
      return project;
    }),
  );
}

export async function updateProject(dataSource: DataSource, input: UpdateProjectInput, actor: Actor): Promise<Project> {
  const project = await getProject(dataSource, input.id);
  return dataSource.transaction(async (manager) => {
    const saved = await updateIfVersionMatches(
      manager,
      Project,
      'Project',
      { id: project.id, version: input.version },
      projectFields(input),
    );
    await recordHistory(manager, { recordType: HistoryRecordType.PROJECT, recordId: project.id, event: 'UPDATED', actor });
    return saved;
  });
}

/** Moves a project along its status track; delivering stamps the delivery date. */
export async function changeProjectStatus(dataSource: DataSource, input: ChangeProjectStatusInput, actor: Actor): Promise<Project> {
  const project = await getProject(dataSource, input.id);
  if (project.status === input.status)
    throw new BadUserInputError(`The project is already ${input.status.toLowerCase().replace('_', ' ')}.`, 'status');
  const changes: Partial<Project> = { status: input.status };
  if (input.status === ProjectStatus.DELIVERED) {
    changes.deliveredAt = new Date();
    const translations = await dataSource.getRepository(StoredFile).countBy({ projectId: project.id, role: FileRole.TARGET });
    if (translations === 0 && !input.allowWithoutFiles)
      throw new BadUserInputError(
        'The project has no translation files to deliver. Attach them first, or confirm delivering without files.',
        'allowWithoutFiles',
        { reason: 'NO_TRANSLATION_FILES' },
      );
  }
  return dataSource.transaction(async (manager) => {
    const saved = await updateIfVersionMatches(manager, Project, 'Project', { id: project.id, version: input.version }, changes);
    await recordHistory(manager, {
      recordType: HistoryRecordType.PROJECT,
      recordId: project.id,
      event: 'STATUS_CHANGED',
      status: input.status,
      actor,
      note: input.note ?? null,
    });
    const kind = input.status === ProjectStatus.DELIVERED ? NotificationKind.PROJECT_DELIVERED : NotificationKind.PROJECT_STATUS_CHANGED;
    await notifyClient(manager, noticeRecord(ConversationRecordType.PROJECT, project), kind, input.status);
    return saved;
  });
}

export type ReviewUnavailableReason = 'NOT_DELIVERED' | 'PHRASE_INTEGRATED';

/** Review is for delivered projects, and not for Phrase-integrated ones (a known limit of Client Portal 2.0). */
export function reviewAvailability(project: Project): { available: boolean; reason: ReviewUnavailableReason | null } {
  if (project.catTool === CatTool.PHRASE) return { available: false, reason: 'PHRASE_INTEGRATED' };
  if (project.status !== ProjectStatus.DELIVERED) return { available: false, reason: 'NOT_DELIVERED' };
  return { available: true, reason: null };
}

/** The client sends a delivered translation back with review comments; the project returns to work. */
export async function sendBackForReview(dataSource: DataSource, project: Project, comments: string, actor: Actor): Promise<Project> {
  const availability = reviewAvailability(project);
  if (!availability.available) {
    const message =
      availability.reason === 'PHRASE_INTEGRATED'
        ? 'Review is not available for Phrase-integrated projects.'
        : 'Only a delivered project can be sent back for review.';
    throw new BadUserInputError(message, 'projectId', { reason: availability.reason });
  }
  const text = comments.trim();
  if (text.length < 5 || text.length > 4000) throw new BadUserInputError('Describe what to change, in 5 to 4,000 characters.', 'comments');
  return dataSource.transaction(async (manager) => {
    const result = await manager
      .createQueryBuilder()
      .update(Project)
      .set({ status: ProjectStatus.IN_PROGRESS })
      .where('id = :id AND status = :delivered', { id: project.id, delivered: ProjectStatus.DELIVERED })
      .execute();
    if (!result.affected)
      throw new BadUserInputError('The project changed meanwhile; reload it.', 'projectId', { reason: 'NOT_DELIVERED' });
    await manager
      .getRepository(ProjectReview)
      .insert({ projectId: project.id, comments: text, sentBy: actor.name, sentByKind: actor.kind });
    await recordHistory(manager, {
      recordType: HistoryRecordType.PROJECT,
      recordId: project.id,
      event: 'SENT_BACK_FOR_REVIEW',
      status: ProjectStatus.IN_PROGRESS,
      actor,
      note: text,
    });
    return manager.getRepository(Project).findOneByOrFail({ id: project.id });
  });
}
