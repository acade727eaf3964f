import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { CurrentStaff } from '../auth/current-viewer';
import { AuditAction } from '../audit/audit-event.entity';
import { recordAudit } from '../audit/audit.service';
import type { RequestContext, StaffViewerContext } from '../auth/context';
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

  // Sending letters is part of editing a client's account; reading them back is not enough.
  @Authorized(Rights.CLIENTS_EDIT)
  @Mutation(() => OutboxLetter, { description: 'Tries a failed letter again (needs the right to send letters, Clients Edit).' })
  retryLetter(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<OutboxLetter> {
    return outbox.retryLetter(context.dataSource, context.mailer, id);
  }

  @Authorized(Rights.CLIENTS_EDIT)
  @Mutation(() => String, {
    description:
      "Without SMTP only: a working link of the letter, freshly minted (an earlier reveal's link stops working), to pass on to the client yourself. Needs the right to send letters; every reveal is audited. With SMTP configured links are never revealed (FORBIDDEN, reason SMTP_CONFIGURED).",
  })
  async revealLetterLink(
    @Ctx() context: RequestContext,
    @CurrentStaff() staff: StaffViewerContext,
    @Arg('id', () => ID) id: string,
  ): Promise<string> {
    const { letter, url } = await outbox.revealLetterLink(context.dataSource, context.mailer, id);
    await recordAudit(context.dataSource, {
      action: AuditAction.LETTER_LINK_REVEALED,
      actor: staff.user,
      clientId: letter.clientId,
      req: context.req,
      details: { letterId: letter.id, kind: letter.kind, recipient: letter.recipient },
    });
    return url;
  }
}
