import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CurrentStaff } from '../auth/current-viewer';
import { AuditAction } from '../audit/audit-event.entity';
import { recordAudit } from '../audit/audit.service';
import type { RequestContext, StaffViewerContext } from '../auth/context';
import { Client } from '../clients/client.entity';
import { getClient } from '../clients/client.service';
import { parseId } from '../common/ids';
import { LetterKind, OutboxLetter } from '../mail/outbox-letter.entity';
import { Rights } from '../staff/staff-rights';
import { sendAccountLetter } from './account-letters.service';
import { accountLockedUntil, unlockAccount } from '../rate-limits/password-guard';
import { SignInAttempt } from './sign-in-attempt.entity';

/** The Client Portal account of a client, as staff manage it from the System Account. */
@Authorized()
@Resolver(() => Client)
export class ClientAccountResolver {
  @Authorized(Rights.CLIENTS_EDIT)
  @Mutation(() => OutboxLetter, {
    description:
      '"Send Welcome E-mail": the portal link, the username and a link to set a first password. Refused (BAD_USER_INPUT with `reason`) when the client could not sign in. The letter\'s status tells whether delivery worked.',
  })
  async sendWelcomeEmail(@Ctx() context: RequestContext, @Arg('clientId', () => ID) clientId: string): Promise<OutboxLetter> {
    return this.send(context, clientId, LetterKind.WELCOME);
  }

  @Authorized(Rights.CLIENTS_EDIT)
  @Mutation(() => OutboxLetter, {
    description: '"Send Password Reset E-mail": a temporary link to choose a new password; older links stop working.',
  })
  async sendPasswordResetEmail(@Ctx() context: RequestContext, @Arg('clientId', () => ID) clientId: string): Promise<OutboxLetter> {
    return this.send(context, clientId, LetterKind.PASSWORD_RESET);
  }

  @Authorized(Rights.CLIENTS_EDIT)
  @Mutation(() => Client, { description: 'Lifts a sign-in lock caused by repeated failed attempts. Audited.' })
  async unlockClientAccount(
    @Ctx() context: RequestContext,
    @CurrentStaff() staff: StaffViewerContext,
    @Arg('clientId', () => ID) clientId: string,
  ): Promise<Client> {
    const client = await getClient(context.dataSource, clientId);
    await unlockAccount(context.dataSource, { kind: 'client', id: client.id });
    await recordAudit(context.dataSource, {
      action: AuditAction.CLIENT_ACCOUNT_UNLOCKED,
      actor: staff.user,
      clientId: client.id,
      req: context.req,
    });
    return getClient(context.dataSource, client.id);
  }

  @Authorized(Rights.CLIENTS_DISPLAY)
  @Query(() => [SignInAttempt], { description: 'Recent Client Portal sign-in attempts of a client with their real outcome, newest first.' })
  clientSignInAttempts(
    @Ctx() context: RequestContext,
    @Arg('clientId', () => ID) clientId: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ): Promise<SignInAttempt[]> {
    return context.dataSource.getRepository(SignInAttempt).find({
      where: { clientId: parseId(clientId, 'clientId') },
      order: { attemptedAt: 'DESC', id: 'DESC' },
      take: Math.min(Math.max(first, 1), 100),
    });
  }

  @FieldResolver(() => Boolean, { description: 'True while sign-in is locked after repeated failures (see lockedUntil).' })
  async isLocked(@Root() client: Client, @Ctx() context: RequestContext): Promise<boolean> {
    return (await accountLockedUntil(context, { kind: 'client', id: client.id })) !== null;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'Set when too many sign-in attempts failed; sign-in is refused until then, even with the right password. Each lock in a row lasts twice as long; a password set from an e-mailed link lifts it.',
  })
  lockedUntil(@Root() client: Client, @Ctx() context: RequestContext): Promise<Date | null> {
    return accountLockedUntil(context, { kind: 'client', id: client.id });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the client has set a Client Portal password yet.' })
  hasPassword(@Root() client: Client): boolean {
    return client.passwordHash !== null;
  }

  private async send(
    context: RequestContext,
    clientId: string,
    kind: LetterKind.WELCOME | LetterKind.PASSWORD_RESET,
  ): Promise<OutboxLetter> {
    const client = await getClient(context.dataSource, clientId);
    return sendAccountLetter(context.dataSource, context.config, context.mailer, {
      kind,
      client,
      groups: await context.loaders.clientGroups(),
      staff: context.staff!.user,
      deliverNow: true,
    });
  }
}
