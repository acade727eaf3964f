import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CurrentClient } from '../auth/current-viewer';
import { CLIENT, ClientRights, VIEWER } from '../auth/requirements';
import type { ClientViewerContext, RequestContext } from '../auth/context';
import { parseId } from '../common/ids';
import { clientActor, staffActor } from '../history/actor';
import { ActorKind, HistoryEntry, HistoryRecordType } from '../history/history-entry.entity';
import { Rights } from '../staff/staff-rights';
import { clientNameOf, workLoaders } from '../work/work-loaders';
import { Quote, QuoteStatus } from './quote.entity';
import { CreateQuoteInput, UpdateQuoteInput } from './quote.inputs';
import * as quotes from './quote.service';

/**
 * A quote expires by the clock, not by a write, so no row records it; its timeline still gets the
 * step, at the end of its validity, like every other status. (Negative id: never a stored entry's.)
 */
function expiryEntry(quote: Quote): HistoryEntry {
  return Object.assign(new HistoryEntry(), {
    id: -quote.id,
    recordType: HistoryRecordType.QUOTE,
    recordId: quote.id,
    event: 'EXPIRED',
    status: QuoteStatus.EXPIRED,
    occurredAt: quote.validUntil,
    actorName: 'Portico',
    actorKind: ActorKind.SYSTEM,
    note: null,
  });
}

@Authorized(VIEWER)
@Resolver(() => Quote)
export class QuoteFieldsResolver {
  @FieldResolver(() => String, { description: "The client's name." })
  clientName(@Root() record: { clientId: number }, @Ctx() context: RequestContext): Promise<string> {
    return clientNameOf(context, record.clientId);
  }

  @Authorized(Rights.QUOTES_DISPLAY, ClientRights.QUOTES_DISPLAY)
  @FieldResolver(() => [HistoryEntry], { description: 'What happened to the quote, oldest first (Quotes Display).' })
  async history(@Root() quote: Quote, @Ctx() context: RequestContext): Promise<HistoryEntry[]> {
    const entries = await workLoaders(context.loaders, context.dataSource).history(HistoryRecordType.QUOTE).load(quote.id);
    return quote.status === QuoteStatus.EXPIRED ? [...entries, expiryEntry(quote)] : entries;
  }
}

@Authorized()
@Resolver(() => Quote)
export class QuoteResolver {
  @Authorized(Rights.QUOTES_BROWSE)
  @Query(() => [Quote], { description: 'Quotes, newest first; page with `before`.' })
  quotes(
    @Ctx() context: RequestContext,
    @Arg('clientId', () => ID, { nullable: true }) clientId: string | null,
    @Arg('status', () => QuoteStatus, { nullable: true }) status: QuoteStatus | null,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name, or the number (Q-00007).' }) search: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
  ): Promise<Quote[]> {
    return quotes.listQuotes(context.dataSource, {
      clientId: clientId ? parseId(clientId, 'clientId') : null,
      status,
      search,
      first,
      before,
    });
  }

  @Authorized(Rights.QUOTES_DISPLAY)
  @Query(() => Quote, { description: 'One quote (Quotes Display).' })
  quote(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<Quote> {
    return quotes.getQuote(context.dataSource, id);
  }

  @Authorized(Rights.QUOTES_CREATE)
  @Mutation(() => Quote, { description: 'Writes a quote for a client, optionally answering one of its requests.' })
  createQuote(@Ctx() context: RequestContext, @Arg('input') input: CreateQuoteInput): Promise<Quote> {
    return quotes.createQuote(context.dataSource, input, staffActor(context));
  }

  @Authorized(Rights.QUOTES_EDIT)
  @Mutation(() => Quote, {
    description:
      'Changes a quote the client has not decided yet. Fails with CONFLICT when `version` is stale (or the client decided meanwhile).',
  })
  updateQuote(@Ctx() context: RequestContext, @Arg('input') input: UpdateQuoteInput): Promise<Quote> {
    return quotes.updateQuote(context.dataSource, input, staffActor(context));
  }
}

@Authorized(CLIENT)
@Resolver(() => Quote)
export class MyQuotesResolver {
  @Authorized(ClientRights.QUOTES_BROWSE)
  @Query(() => [Quote], { description: "The client's quotes, newest first (Quotes Browse)." })
  myQuotes(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('status', () => QuoteStatus, { nullable: true }) status: QuoteStatus | null,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name, or the number (Q-00007).' }) search: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
  ): Promise<Quote[]> {
    return quotes.listQuotes(context.dataSource, { clientId: viewer.client.id, status, search, first, before });
  }

  @Authorized(ClientRights.QUOTES_DISPLAY)
  @Query(() => Quote, { description: "One of the client's quotes with its price lines (Quotes Display)." })
  myQuote(@Ctx() context: RequestContext, @CurrentClient() viewer: ClientViewerContext, @Arg('id', () => ID) id: string): Promise<Quote> {
    return quotes.getOwnQuote(context.dataSource, viewer, id);
  }

  @Authorized(ClientRights.QUOTES_EDIT)
  @Mutation(() => Quote, { description: 'Accepts a pending quote (Quotes Edit); it becomes a project (see `projectId`).' })
  async acceptQuote(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ): Promise<Quote> {
    const quote = await quotes.getOwnQuote(context.dataSource, viewer, id);
    return quotes.acceptQuote(context.dataSource, quote, version, clientActor(viewer));
  }

  @Authorized(ClientRights.QUOTES_EDIT)
  @Mutation(() => Quote, { description: 'Rejects a pending quote with a reason (Quotes Edit).' })
  async rejectQuote(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
  ): Promise<Quote> {
    const quote = await quotes.getOwnQuote(context.dataSource, viewer, id);
    return quotes.rejectQuote(context.dataSource, quote, version, reason, clientActor(viewer));
  }
}
