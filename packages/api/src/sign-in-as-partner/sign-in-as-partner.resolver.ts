import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { parseId } from '../common/ids';
import { Rights } from '../staff/staff-rights';
import { SignInAsPartnerSession } from './sign-in-as-partner-session.entity';
import { listSignInAsPartnerSessions, startSignInAsPartner } from './sign-in-as-partner.service';

@ObjectType({ description: 'A single-use link that opens Client Portal 2.0 signed in as a client.' })
export class SignInAsPartnerLink {
  @Field({ description: 'Open in a new tab; the code in it works once.' })
  url: string;

  @Field()
  expiresAt: Date;
}

@Authorized()
@Resolver(() => SignInAsPartnerSession)
export class SignInAsPartnerResolver {
  // Decided by evaluateSignInAsPartner, the same function behind Client.canSignInAsPartner.
  @Mutation(() => SignInAsPartnerLink, {
    description:
      '"Sign in as this Partner": a link valid for one minute and one use. Refused unless the viewer\'s group has Sign in as Partner and the client can sign in. Read-only unless allowChanges.',
  })
  startSignInAsPartner(
    @Ctx() context: RequestContext,
    @Arg('clientId', () => ID) clientId: string,
    @Arg('reason', { description: 'Why: 5 to 500 characters, e.g. a ticket number. Stored in the Sign in as Partner log.' }) reason: string,
    @Arg('allowChanges', {
      defaultValue: false,
      description: 'Needs the "Sign in as Partner with changes" right; otherwise the session is read-only.',
    })
    allowChanges: boolean,
  ): Promise<SignInAsPartnerLink> {
    return startSignInAsPartner(context, { clientId, reason, allowChanges });
  }

  @Authorized(Rights.USERS_BROWSE, Rights.PORTAL_CONFIGURATION_DISPLAY)
  @Query(() => [SignInAsPartnerSession], {
    description: 'The Sign in as Partner log: who signed in as which client, when, from where and how it ended; newest first.',
  })
  signInAsPartnerLog(
    @Ctx() context: RequestContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => ID, { nullable: true, description: 'The id of the last session of the previous page.' }) before: string | null,
    @Arg('staffUserId', () => ID, { nullable: true }) staffUserId: string | null,
    @Arg('clientId', () => ID, { nullable: true }) clientId: string | null,
  ): Promise<SignInAsPartnerSession[]> {
    return listSignInAsPartnerSessions(context.dataSource, {
      first,
      before,
      staffUserId: staffUserId ? parseId(staffUserId, 'staffUserId') : null,
      clientId: clientId ? parseId(clientId, 'clientId') : null,
    });
  }

  @Authorized(Rights.USERS_BROWSE, Rights.PORTAL_CONFIGURATION_DISPLAY)
  @Query(() => [SignInAsPartnerSession], { deprecationReason: 'Use signInAsPartnerLog: one name for Sign in as Partner.' })
  impersonationLog(
    @Ctx() context: RequestContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('staffUserId', () => ID, { nullable: true }) staffUserId: string | null,
    @Arg('clientId', () => ID, { nullable: true }) clientId: string | null,
  ): Promise<SignInAsPartnerSession[]> {
    return this.signInAsPartnerLog(context, first, null, staffUserId, clientId);
  }
}
