import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CLIENT } from '../auth/auth-checker';
import type { RequestContext } from '../auth/context';
import { requireRightForPart } from '../auth/viewer-rights';
import { requireClientRight } from '../client-auth/client-rights';
import { ClientPortalAction, ClientPortalArea } from '../client-groups/client-portal-rights';
import { parseId } from '../common/ids';
import { clientActor, staffActor } from '../history/actor';
import { HistoryEntry, HistoryRecordType } from '../history/history-entry.entity';
import { Rights } from '../staff/staff-rights';
import { clientNameOf, workLoaders } from '../work/work-loaders';
import { Quote, QuoteStatus } from './quote.entity';
import { CreateQuoteInput, UpdateQuoteInput } from './quote.inputs';
import * as quotes from './quote.service';

@Resolver(() => Quote)
export class QuoteFieldsResolver {
  @FieldResolver(() => String, { description: "The client's name." })
  clientName(@Root() record: { clientId: number }, @Ctx() context: RequestContext): Promise<string> {
    return clientNameOf(context, record.clientId);
  }

  @FieldResolver(() => [HistoryEntry], { description: 'What happened to the quote, oldest first.' })
  history(@Root() quote: Quote, @Ctx() context: RequestContext): Promise<HistoryEntry[]> {
    requireRightForPart(context, {
      staff: Rights.QUOTES_DISPLAY,
      client: { area: ClientPortalArea.QUOTES, action: ClientPortalAction.DISPLAY },
    });
    return workLoaders(context.loaders, context.dataSource).history(HistoryRecordType.QUOTE).load(quote.id);
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
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
  ): Promise<Quote[]> {
    return quotes.listQuotes(context.dataSource, { clientId: clientId ? parseId(clientId, 'clientId') : null, status, first, before });
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

@Resolver(() => Quote)
export class MyQuotesResolver {
  @Authorized(CLIENT)
  @Query(() => [Quote], { description: "The client's quotes, newest first (Quotes Browse)." })
  myQuotes(
    @Ctx() context: RequestContext,
    @Arg('status', () => QuoteStatus, { nullable: true }) status: QuoteStatus | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
  ): Promise<Quote[]> {
    requireClientRight(context.client!, ClientPortalArea.QUOTES, ClientPortalAction.BROWSE);
    return quotes.listQuotes(context.dataSource, { clientId: context.client!.client.id, status, first, before });
  }

  @Authorized(CLIENT)
  @Query(() => Quote, { description: "One of the client's quotes with its price lines (Quotes Display)." })
  myQuote(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<Quote> {
    requireClientRight(context.client!, ClientPortalArea.QUOTES, ClientPortalAction.DISPLAY);
    return quotes.getOwnQuote(context.dataSource, context.client!, id);
  }

  @Authorized(CLIENT)
  @Mutation(() => Quote, { description: 'Accepts a pending quote (Quotes Edit); it becomes a project (see `projectId`).' })
  async acceptQuote(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ): Promise<Quote> {
    requireClientRight(context.client!, ClientPortalArea.QUOTES, ClientPortalAction.EDIT);
    const quote = await quotes.getOwnQuote(context.dataSource, context.client!, id);
    return quotes.acceptQuote(context.dataSource, quote, version, clientActor(context.client!));
  }

  @Authorized(CLIENT)
  @Mutation(() => Quote, { description: 'Rejects a pending quote with a reason (Quotes Edit).' })
  async rejectQuote(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
  ): Promise<Quote> {
    requireClientRight(context.client!, ClientPortalArea.QUOTES, ClientPortalAction.EDIT);
    const quote = await quotes.getOwnQuote(context.dataSource, context.client!, id);
    return quotes.rejectQuote(context.dataSource, quote, version, reason, clientActor(context.client!));
  }
}
