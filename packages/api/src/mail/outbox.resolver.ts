import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { Rights } from '../staff/staff-rights';
import { OutboxLetter } from './outbox-letter.entity';
import * as outbox from './outbox.service';

// Staff who send letters to clients may read them back; so may portal administrators.
@Authorized(Rights.CLIENTS_EDIT, Rights.PORTAL_CONFIGURATION_DISPLAY)
@Resolver(() => OutboxLetter)
export class OutboxResolver {
  @Query(() => [OutboxLetter], { description: 'Letters, newest first. Page with `before` = the last id seen.' })
  outboxLetters(
    @Ctx() context: RequestContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
    @Arg('clientId', () => ID, { nullable: true }) clientId: string | null,
  ): Promise<OutboxLetter[]> {
    return outbox.listLetters(context.dataSource, { first, before, clientId });
  }

  @Query(() => OutboxLetter)
  outboxLetter(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<OutboxLetter> {
    return outbox.getLetter(context.dataSource, id);
  }

  @Query(() => Boolean, { description: 'True when an SMTP server is configured; otherwise letters are only kept here.' })
  mailDeliveryConfigured(@Ctx() context: RequestContext): boolean {
    return context.mailer.configured;
  }

  @Mutation(() => OutboxLetter, { description: 'Tries a failed letter again.' })
  retryLetter(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<OutboxLetter> {
    return outbox.retryLetter(context.dataSource, context.mailer, id);
  }
}
