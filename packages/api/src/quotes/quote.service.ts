import type { DataSource } from 'typeorm';
import type { ClientViewerContext } from '../auth/context';
import { ClientRequest, RequestStatus } from '../client-requests/client-request.entity';
import { answerRequest, findOpenRequest } from '../client-requests/client-request.service';
import { getClient, whileClientExists } from '../clients/client.service';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors';
import { updateIfVersionMatches } from '../common/optimistic-lock';
import { parseId } from '../common/ids';
import { newestFirst, searchByNameOrNumber } from '../common/paging';
import type { Actor } from '../history/actor';
import { HistoryRecordType } from '../history/history-entry.entity';
import { recordHistory } from '../history/history.service';
import { ConversationRecordType } from '../messages/message.entity';
import { NotificationKind } from '../notifications/notification.entity';
import { noticeRecord, notifyClient } from '../notifications/notification.service';
import { Project, ProjectStatus } from '../projects/project.entity';
import { checkCurrency, checkLanguages, checkServices, toMinorUnits } from '../work/work-types';
import type { CreateQuoteInput, PriceLineInput, QuoteTermsInput, UpdateQuoteInput } from './quote.inputs';
import { Quote, QuoteStatus, lineAmountMinor, type StoredPriceLine } from './quote.entity';

export async function getQuote(dataSource: DataSource, rawId: string | number): Promise<Quote> {
  const id = parseId(rawId, 'id');
  const quote = await dataSource.getRepository(Quote).findOneBy({ id });
  if (!quote) throw new NotFoundError('Quote', id);
  return quote;
}

export async function getOwnQuote(dataSource: DataSource, viewer: ClientViewerContext, rawId: string | number): Promise<Quote> {
  const id = parseId(rawId, 'id');
  const quote = await dataSource.getRepository(Quote).findOneBy({ id, clientId: viewer.client.id });
  if (!quote) throw new NotFoundError('Quote', id);
  return quote;
}

export async function listQuotes(
  dataSource: DataSource,
  options: { clientId?: number | null; status?: QuoteStatus | null; search?: string | null; first: number; before?: string | null },
): Promise<Quote[]> {
  const query = newestFirst(dataSource.getRepository(Quote), 'quote', options);
  if (options.clientId) query.andWhere('quote.clientId = :clientId', { clientId: options.clientId });
  // EXPIRED is not stored: it is a pending quote whose validity has passed.
  const now = new Date();
  if (options.status === QuoteStatus.EXPIRED)
    query.andWhere('quote.storedStatus = :pending AND quote.validUntil < :now', { pending: QuoteStatus.PENDING, now });
  else if (options.status === QuoteStatus.PENDING)
    query.andWhere('quote.storedStatus = :pending AND quote.validUntil >= :now', { pending: QuoteStatus.PENDING, now });
  else if (options.status) query.andWhere('quote.storedStatus = :status', { status: options.status });
  searchByNameOrNumber(query, 'quote', 'Q', options.search);
  return query.getMany();
}

function priceLines(lines: PriceLineInput[]): StoredPriceLine[] {
  if (lines.length === 0) throw new BadUserInputError('Add at least one price line.', 'lines');
  return lines.map((line, index) => {
    if (!(line.quantity > 0) || line.quantity > 1e7)
      throw new BadUserInputError('Each quantity must be a positive number.', `lines.${index}.quantity`);
    const unitPriceMinor = toMinorUnits(line.unitPrice, `lines.${index}.unitPrice`);
    if (unitPriceMinor < 0) throw new BadUserInputError('A unit price cannot be negative.', `lines.${index}.unitPrice`);
    const description = line.description.trim();
    if (!description && !line.service)
      throw new BadUserInputError('Choose the line’s service or describe it.', `lines.${index}.description`, { reason: 'LINE_UNNAMED' });
    return { description, service: line.service ?? null, quantity: line.quantity, unit: line.unit, unitPriceMinor };
  });
}

function quoteTerms(input: QuoteTermsInput) {
  const { source, targets } = checkLanguages(input.sourceLanguage, input.targetLanguages);
  if (input.validUntil.getTime() < Date.now()) throw new BadUserInputError('The validity must end in the future.', 'validUntil');
  return {
    name: input.name.trim(),
    services: checkServices(input.services),
    sourceLanguage: source,
    targetLanguages: targets,
    priceLines: priceLines(input.lines),
    currency: checkCurrency(input.currency),
    validUntil: input.validUntil,
    proposedDeadline: input.proposedDeadline,
  };
}

/** Writes a quote for a client (staff); answering a request marks the request as quoted. */
export async function createQuote(dataSource: DataSource, input: CreateQuoteInput, actor: Actor): Promise<Quote> {
  const client = await getClient(dataSource, input.clientId);
  const terms = quoteTerms(input);
  return dataSource.transaction((manager) =>
    whileClientExists(manager, client.id, async () => {
      const request = input.requestId ? await findOpenRequest(manager, input.requestId, client.id) : null;
      const repository = manager.getRepository(Quote);
      const quote = await repository.save(
        repository.create({
          clientId: client.id,
          ...terms,
          storedStatus: QuoteStatus.PENDING,
          rejectionReason: null,
          decidedAt: null,
          requestId: request?.id ?? null,
          projectId: null,
        }),
      );
      await recordHistory(manager, {
        recordType: HistoryRecordType.QUOTE,
        recordId: quote.id,
        event: 'CREATED',
        status: QuoteStatus.PENDING,
        actor,
        // Sent when written: the list's "sent" date and the history's are one moment.
        occurredAt: quote.createdAt,
      });
      await notifyClient(manager, noticeRecord(ConversationRecordType.QUOTE, quote), NotificationKind.NEW_QUOTE);
      if (request)
        await answerRequest(
          manager,
          request,
          { status: RequestStatus.QUOTED, quoteId: quote.id },
          actor,
          quote.number,
          input.requestVersion,
        );
      return quote;
    }),
  );
}

/**
 * Staff change the terms of a quote the client has not decided yet (an expired one too, to extend
 * it).
 */
export async function updateQuote(dataSource: DataSource, input: UpdateQuoteInput, actor: Actor): Promise<Quote> {
  const quote = await getQuote(dataSource, input.id);
  if (quote.storedStatus !== QuoteStatus.PENDING)
    throw new BadUserInputError(`The client already ${quote.status.toLowerCase()} this quote; it can no longer change.`, 'id', {
      reason: 'QUOTE_DECIDED',
    });
  const terms = quoteTerms(input);
  // A decision bumps the version too, so an edit racing the client's decision gets CONFLICT.
  return dataSource.transaction(async (manager) => {
    const saved = await updateIfVersionMatches(manager, Quote, 'Quote', { id: quote.id, version: input.version }, terms);
    await recordHistory(manager, {
      recordType: HistoryRecordType.QUOTE,
      recordId: quote.id,
      event: 'UPDATED',
      status: QuoteStatus.PENDING,
      actor,
    });
    return saved;
  });
}

/** Claims a pending, still valid quote for a decision; of two simultaneous decisions only one wins. */
async function decide(manager: DataSource['manager'], quote: Quote, version: number, changes: Partial<Quote>): Promise<void> {
  if (quote.status === QuoteStatus.EXPIRED)
    throw new BadUserInputError('This quote has expired; ask the agency for a new one.', 'id', { reason: 'QUOTE_EXPIRED' });
  if (quote.status !== QuoteStatus.PENDING)
    throw new BadUserInputError(`This quote was already ${quote.status.toLowerCase()}.`, 'id', { reason: 'QUOTE_DECIDED' });
  const result = await manager
    .createQueryBuilder()
    .update(Quote)
    .set(changes)
    .where('id = :id AND version = :version AND storedStatus = :pending', { id: quote.id, version, pending: QuoteStatus.PENDING })
    .execute();
  if (!result.affected) throw new ConflictError('The quote changed after you opened it; reload it.', { currentVersion: quote.version });
}

/** Accepting a quote turns it into a project, with the quote's languages, services, price and deadline. */
export async function acceptQuote(dataSource: DataSource, quote: Quote, version: number, actor: Actor): Promise<Quote> {
  return dataSource.transaction(async (manager) => {
    await decide(manager, quote, version, { storedStatus: QuoteStatus.ACCEPTED, decidedAt: new Date() });
    const projects = manager.getRepository(Project);
    const project = await projects.save(
      projects.create({
        clientId: quote.clientId,
        name: quote.name,
        services: quote.services,
        sourceLanguage: quote.sourceLanguage,
        targetLanguages: quote.targetLanguages,
        orderedAt: new Date(),
        deadline: quote.proposedDeadline,
        deliveredAt: null,
        status: ProjectStatus.IN_PROGRESS,
        totalCostMinor: quote.priceLines.reduce((sum, line) => sum + lineAmountMinor(line), 0),
        currency: quote.currency,
        catTool: null,
        quoteId: quote.id,
        requestId: quote.requestId,
      }),
    );
    await manager.getRepository(Quote).update({ id: quote.id }, { projectId: project.id });
    await recordHistory(manager, {
      recordType: HistoryRecordType.QUOTE,
      recordId: quote.id,
      event: 'ACCEPTED',
      status: QuoteStatus.ACCEPTED,
      actor,
      note: project.number,
    });
    await recordHistory(manager, {
      recordType: HistoryRecordType.PROJECT,
      recordId: project.id,
      event: 'CREATED_FROM_QUOTE',
      status: ProjectStatus.IN_PROGRESS,
      actor,
      note: quote.number,
    });
    if (quote.requestId) {
      await manager
        .getRepository(ClientRequest)
        .update({ id: quote.requestId }, { status: RequestStatus.CONVERTED_TO_PROJECT, projectId: project.id });
      await recordHistory(manager, {
        recordType: HistoryRecordType.REQUEST,
        recordId: quote.requestId,
        event: 'CONVERTED_TO_PROJECT',
        status: RequestStatus.CONVERTED_TO_PROJECT,
        actor,
        note: project.number,
      });
    }
    return manager.getRepository(Quote).findOneByOrFail({ id: quote.id });
  });
}

export async function rejectQuote(dataSource: DataSource, quote: Quote, version: number, reason: string, actor: Actor): Promise<Quote> {
  const text = reason.trim();
  if (text.length < 3 || text.length > 1000) throw new BadUserInputError('Tell the agency why, in 3 to 1,000 characters.', 'reason');
  return dataSource.transaction(async (manager) => {
    await decide(manager, quote, version, { storedStatus: QuoteStatus.REJECTED, decidedAt: new Date(), rejectionReason: text });
    await recordHistory(manager, {
      recordType: HistoryRecordType.QUOTE,
      recordId: quote.id,
      event: 'REJECTED',
      status: QuoteStatus.REJECTED,
      actor,
      note: text,
    });
    return manager.getRepository(Quote).findOneByOrFail({ id: quote.id });
  });
}
