import { whileClientExists } from '../clients/client.service';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { ClientViewerContext } from '../auth/context';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors';
import { parseId } from '../common/ids';
import { newestFirst, searchByNameOrNumber } from '../common/paging';
import { StoredFile } from '../files/stored-file.entity';
import type { Actor } from '../history/actor';
import { HistoryRecordType } from '../history/history-entry.entity';
import { recordHistory } from '../history/history.service';
import { checkLanguages, checkServices, type ServiceType } from '../work/work-types';
import { ClientRequest, RequestStatus, type RequestKind } from './client-request.entity';

export interface NewRequest {
  kind: RequestKind;
  name: string;
  services: ServiceType[];
  sourceLanguage: string;
  targetLanguages: string[];
  deadline: Date;
  instructions: string;
  fileIds: string[];
}

export async function getRequest(dataSource: DataSource, rawId: string | number): Promise<ClientRequest> {
  const id = parseId(rawId, 'id');
  const request = await dataSource.getRepository(ClientRequest).findOneBy({ id });
  if (!request) throw new NotFoundError('Request', id);
  return request;
}

export async function getOwnRequest(dataSource: DataSource, viewer: ClientViewerContext, rawId: string | number): Promise<ClientRequest> {
  const id = parseId(rawId, 'id');
  const request = await dataSource.getRepository(ClientRequest).findOneBy({ id, clientId: viewer.client.id });
  if (!request) throw new NotFoundError('Request', id);
  return request;
}

export function listRequests(
  dataSource: DataSource,
  options: { clientId?: number | null; status?: RequestStatus | null; search?: string | null; first: number; before?: string | null },
): Promise<ClientRequest[]> {
  const query = newestFirst(dataSource.getRepository(ClientRequest), 'request', options);
  if (options.clientId) query.andWhere('request.clientId = :clientId', { clientId: options.clientId });
  if (options.status) query.andWhere('request.status = :status', { status: options.status });
  searchByNameOrNumber(query, 'request', 'R', options.search);
  return query.getMany();
}

/** The checked, trimmed fields of a request, as the client sends them on submitting and on editing. */
function requestFields(input: Omit<NewRequest, 'kind' | 'fileIds'>) {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 200) throw new BadUserInputError('Give the request a name of 1 to 200 characters.', 'name');
  const { source, targets } = checkLanguages(input.sourceLanguage, input.targetLanguages);
  if (input.deadline.getTime() < Date.now()) throw new BadUserInputError('The deadline must be in the future.', 'deadline');
  if (input.instructions.length > 4000) throw new BadUserInputError('Keep the instructions under 4,000 characters.', 'instructions');
  return {
    name,
    services: checkServices(input.services),
    sourceLanguage: source,
    targetLanguages: targets,
    deadline: input.deadline,
    instructions: input.instructions.trim(),
  };
}

/** A client asks for a quote or a project; files it uploaded beforehand are attached to the request. */
export async function submitRequest(
  dataSource: DataSource,
  viewer: ClientViewerContext,
  input: NewRequest,
  actor: Actor,
): Promise<ClientRequest> {
  const fields = requestFields(input);
  const fileIds = [...new Set(input.fileIds.map((id) => parseId(id, 'fileIds')))];
  return dataSource.transaction((manager) =>
    whileClientExists(manager, viewer.client.id, async () => {
      if (fileIds.length) {
        const files = await manager
          .getRepository(StoredFile)
          .findBy({ id: In(fileIds), clientId: viewer.client.id, requestId: IsNull(), projectId: IsNull(), messageId: IsNull() });
        if (files.length !== fileIds.length)
          throw new BadUserInputError('Some files are not uploads of yours waiting for a request; upload them again.', 'fileIds');
      }
      const repository = manager.getRepository(ClientRequest);
      const request = await repository.save(
        repository.create({
          clientId: viewer.client.id,
          kind: input.kind,
          ...fields,
          status: RequestStatus.SUBMITTED,
          quoteId: null,
          projectId: null,
        }),
      );
      if (fileIds.length) {
        // Conditional, so an upload removed as expired a moment ago cannot be attached.
        const attached = await manager
          .getRepository(StoredFile)
          .update(
            { id: In(fileIds), clientId: viewer.client.id, requestId: IsNull(), projectId: IsNull(), messageId: IsNull() },
            { requestId: request.id },
          );
        if (attached.affected !== fileIds.length)
          throw new BadUserInputError('Some files are not uploads of yours waiting for a request; upload them again.', 'fileIds');
      }
      await recordHistory(manager, {
        recordType: HistoryRecordType.REQUEST,
        recordId: request.id,
        event: 'SUBMITTED',
        status: RequestStatus.SUBMITTED,
        actor,
        // The list's "submitted" date and the history's are one and the same moment.
        occurredAt: request.createdAt,
      });
      return request;
    }),
  );
}

/** Where a request is waiting for staff: it must be the client's own and still unanswered. */
export async function findOpenRequest(manager: EntityManager, rawId: string, clientId: number): Promise<ClientRequest> {
  const request = await manager.getRepository(ClientRequest).findOneBy({ id: parseId(rawId, 'requestId'), clientId });
  if (!request) throw new BadUserInputError('That request does not belong to this client.', 'requestId');
  if (request.status !== RequestStatus.SUBMITTED) throw alreadyAnswered(request.status);
  return request;
}

function alreadyAnswered(status: RequestStatus): ConflictError {
  if (status === RequestStatus.WITHDRAWN)
    return new ConflictError('The client withdrew this request; it needs no answer any more.', { reason: 'REQUEST_WITHDRAWN', status });
  return new ConflictError(`This request was already answered (${status.toLowerCase().replace(/_/g, ' ')}); reload it.`, {
    reason: 'REQUEST_ANSWERED',
    status,
  });
}

/**
 * Records staff's answer to a request. The status moves only from SUBMITTED, in one conditional
 * UPDATE, so of two colleagues answering at once one wins and the other's transaction rolls back.
 */
export async function answerRequest(
  manager: EntityManager,
  request: ClientRequest,
  answer: { status: RequestStatus; quoteId?: number; projectId?: number },
  actor: Actor,
  note: string,
  /** The version staff answered, when they say: an edit by the client since then gets CONFLICT too. */
  version?: number | null,
): Promise<void> {
  const { status, ...links } = answer;
  const query = manager
    .createQueryBuilder()
    .update(ClientRequest)
    .set({ status, ...links })
    .where('id = :id AND status = :submitted', { id: request.id, submitted: RequestStatus.SUBMITTED });
  if (version !== null && version !== undefined) query.andWhere('version = :version', { version });
  const result = await query.execute();
  if (!result.affected) throw await whyUnchanged(manager, request.id);
  await recordHistory(manager, { recordType: HistoryRecordType.REQUEST, recordId: request.id, event: status, status, actor, note });
}

/** Why a conditional UPDATE of a request changed nothing: answered or withdrawn meanwhile, or edited since `version`. */
async function whyUnchanged(manager: EntityManager, id: number): Promise<ConflictError> {
  // Read outside the transaction: under REPEATABLE READ its snapshot still shows the row as it was
  // before the winner committed.
  const current = await manager.connection.getRepository(ClientRequest).findOneByOrFail({ id });
  if (current.status !== RequestStatus.SUBMITTED) return alreadyAnswered(current.status);
  return new ConflictError(`The request changed after it was opened (now version ${current.version}); reload it.`, {
    reason: 'REQUEST_CHANGED',
    currentVersion: current.version,
  });
}

/** Staff decline a request with a reason the client sees in its history. */
export async function declineRequest(
  dataSource: DataSource,
  rawId: string,
  reason: string,
  actor: Actor,
  version?: number | null,
): Promise<ClientRequest> {
  const request = await getRequest(dataSource, rawId);
  const text = reason.trim();
  if (text.length < 3) throw new BadUserInputError('Tell the client why, in at least 3 characters.', 'reason');
  await dataSource.transaction((manager) => answerRequest(manager, request, { status: RequestStatus.DECLINED }, actor, text, version));
  return getRequest(dataSource, request.id);
}

/**
 * Moves the client's own request on only while the agency has not answered it and nobody changed
 * it since `version`: one conditional UPDATE, so of the client's edit or withdrawal and staff's
 * answer arriving together exactly one wins, and the other gets CONFLICT.
 */
async function changeOwnOpenRequest(
  dataSource: DataSource,
  viewer: ClientViewerContext,
  rawId: string,
  version: number,
  changes: Partial<ClientRequest>,
  history: { event: string; status: RequestStatus; actor: Actor },
): Promise<ClientRequest> {
  const request = await getOwnRequest(dataSource, viewer, rawId);
  return dataSource.transaction(async (manager) => {
    const result = await manager
      .createQueryBuilder()
      .update(ClientRequest)
      .set(changes)
      .where('id = :id AND clientId = :clientId AND status = :submitted AND version = :version', {
        id: request.id,
        clientId: viewer.client.id,
        submitted: RequestStatus.SUBMITTED,
        version,
      })
      .execute();
    if (!result.affected) throw await whyUnchanged(manager, request.id);
    await recordHistory(manager, { recordType: HistoryRecordType.REQUEST, recordId: request.id, ...history });
    return manager.getRepository(ClientRequest).findOneByOrFail({ id: request.id });
  });
}

export type RequestEdit = Omit<NewRequest, 'kind' | 'fileIds'>;

/** The client corrects its request (name, services, languages, deadline, instructions) before the agency answers it. */
export function editOwnRequest(
  dataSource: DataSource,
  viewer: ClientViewerContext,
  rawId: string,
  version: number,
  input: RequestEdit,
  actor: Actor,
): Promise<ClientRequest> {
  return changeOwnOpenRequest(dataSource, viewer, rawId, version, requestFields(input), {
    event: 'EDITED',
    status: RequestStatus.SUBMITTED,
    actor,
  });
}

/** The client takes its request back before the agency answers it; the record and its history stay. */
export function withdrawOwnRequest(
  dataSource: DataSource,
  viewer: ClientViewerContext,
  rawId: string,
  version: number,
  actor: Actor,
): Promise<ClientRequest> {
  return changeOwnOpenRequest(
    dataSource,
    viewer,
    rawId,
    version,
    { status: RequestStatus.WITHDRAWN },
    { event: 'WITHDRAWN', status: RequestStatus.WITHDRAWN, actor },
  );
}
