import { Arg, Authorized, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { CurrentClient } from '../auth/current-viewer';
import { CLIENT, ClientRights, PUBLIC } from '../auth/requirements';
import type { ClientViewerContext, RequestContext } from '../auth/context';
import { ClientAreaRights } from '../client-groups/client-group.entity';
import { FormatPreferences, FormatPreferencesInput } from '../clients/format-preferences';
import { MessageLetters } from '../messages/message-letters';
import { PortalLanguage } from '../clients/portal-language';
import { ForbiddenError } from '../common/errors';
import * as clientAccounts from './client-account.service';
import { loadClientViewer } from './client-session.service';
import { signInClient } from './client-sign-in.service';
import { SignInAttempt, SignInOutcome } from './sign-in-attempt.entity';
import { SignInActivity, loadSignInActivity } from './sign-in-activity';
import { exchangeSignInAsPartnerCode } from '../sign-in-as-partner/sign-in-as-partner.service';

@ObjectType({ description: 'Who is really there when a staff member is signed in as the client.' })
export class SignInAsPartnerInfo {
  @Field({ description: 'The staff member signed in as this client.' })
  staffName: string;

  @Field()
  startedAt: Date;

  @Field({ description: 'The session ends by itself at this time.' })
  expiresAt: Date;

  @Field({ description: 'False for a read-only session: every change is refused (READ_ONLY_SESSION).' })
  allowChanges: boolean;

  @Field({ description: 'The reason the staff member stated.' })
  reason: string;
}

@ObjectType({ description: "The signed-in Client Portal user: the client's profile and effective rights." })
export class ClientViewer {
  @Field()
  username: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => PortalLanguage)
  preferredLanguage: PortalLanguage;

  @Field(() => FormatPreferences)
  formatPreferences: FormatPreferences;

  @Field(() => MessageLetters, { description: 'When the client is told by e-mail of new messages from the agency.' })
  messageLetters: MessageLetters;

  /** The client's id, for resolving fields that need the database. */
  clientId: number;

  /** Whether this is a staff member's session as the client. */
  impersonated: boolean;

  @Field(() => [ClientAreaRights], {
    description: "What the client may do in each area: the group's rights within the areas the portal offers.",
  })
  rights: ClientAreaRights[];

  @Field(() => SignInAsPartnerInfo, {
    nullable: true,
    description: 'Set when a staff member is signed in as this client ("Sign in as this Partner").',
  })
  impersonation: SignInAsPartnerInfo | null;
}

@InputType()
export class ClientPreferencesInput {
  @Field(() => PortalLanguage)
  preferredLanguage: PortalLanguage;

  @Field(() => FormatPreferencesInput)
  formatPreferences: FormatPreferencesInput;
}

export function toClientViewer(viewer: Pick<ClientViewerContext, 'client' | 'rights' | 'impersonation'>): ClientViewer {
  const { client, impersonation } = viewer;
  return {
    username: client.username,
    name: client.name,
    email: client.email,
    preferredLanguage: client.preferredLanguage,
    formatPreferences: client.formatPreferences,
    messageLetters: client.messageLetters,
    clientId: client.id,
    impersonated: impersonation !== null,
    rights: viewer.rights,
    impersonation: impersonation
      ? {
          staffName: impersonation.staffName,
          startedAt: impersonation.startedAt,
          expiresAt: impersonation.expiresAt,
          allowChanges: impersonation.allowChanges,
          reason: impersonation.reason,
        }
      : null,
  };
}

@Authorized(CLIENT)
@Resolver(() => ClientViewer)
export class ClientViewerFieldsResolver {
  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'The client\'s sign-in before the current session ("last signed in on ..."); in a staff session, the client\'s latest own sign-in.',
  })
  async previousSignInAt(@Root() viewer: ClientViewer, @Ctx() context: RequestContext): Promise<Date | null> {
    const recent = await context.dataSource.getRepository(SignInAttempt).find({
      where: { clientId: viewer.clientId, outcome: SignInOutcome.SUCCESS },
      order: { attemptedAt: 'DESC', id: 'DESC' },
      take: 2,
    });
    // The latest success is the current session itself, unless staff are viewing as the client.
    return (viewer.impersonated ? recent[0] : recent[1])?.attemptedAt ?? null;
  }
}

// Sign-in, the links from letters and "Forgot password?" must work without a session.
@Authorized(PUBLIC)
@Resolver()
export class ClientPortalAuthResolver {
  @Query(() => ClientViewer, { nullable: true, description: 'The signed-in Client Portal user, or null.' })
  clientViewer(@Ctx() context: RequestContext): ClientViewer | null {
    return context.client ? toClientViewer(context.client) : null;
  }

  @Mutation(() => ClientViewer, {
    description: 'Signs a client in to Client Portal 2.0 (username = client ID, any case). Every refusal gets the same message.',
  })
  async clientSignIn(
    @Ctx() context: RequestContext,
    @Arg('username') username: string,
    @Arg('password') password: string,
  ): Promise<ClientViewer> {
    const sessionTokenHash = await signInClient(
      context.dataSource,
      context.config,
      context.loaders.clientGroups,
      { username, password },
      context.req,
      context.res,
    );
    return toClientViewer(await viewerOfNewSession(context, sessionTokenHash));
  }

  @Mutation(() => Boolean, {
    description: 'Ends the Client Portal session; for a staff member signed in as the client, this is "End session".',
  })
  async clientSignOut(@Ctx() context: RequestContext): Promise<boolean> {
    if (context.client) await clientAccounts.signOutClient(context, context.client);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      '"Forgot password?": sends a reset link if the account exists and may sign in. Always answers true, so it reveals nothing.',
  })
  async requestPasswordReset(@Ctx() context: RequestContext, @Arg('username') username: string): Promise<boolean> {
    await clientAccounts.requestPasswordReset(context, username);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Sets the password from a welcome or reset link. The link works once; every session of the client ends.',
  })
  async setClientPassword(
    @Ctx() context: RequestContext,
    @Arg('token') token: string,
    @Arg('password') password: string,
  ): Promise<boolean> {
    await clientAccounts.setPasswordWithToken(context.dataSource, token, password);
    return true;
  }

  @Mutation(() => ClientViewer, {
    description: 'Starts the session a "Sign in as this Partner" link carries. The code works once, within a minute.',
  })
  async signInAsPartnerWithCode(@Ctx() context: RequestContext, @Arg('code') code: string): Promise<ClientViewer> {
    const sessionTokenHash = await exchangeSignInAsPartnerCode(context, code);
    return toClientViewer(await viewerOfNewSession(context, sessionTokenHash));
  }

  @Authorized(CLIENT)
  @Query(() => SignInActivity, {
    description: 'Profile → "Sign-in activity": recent own sign-ins and every time staff viewed the portal as this client.',
  })
  clientSignInActivity(@Ctx() context: RequestContext, @CurrentClient() viewer: ClientViewerContext): Promise<SignInActivity> {
    return loadSignInActivity(context.dataSource, viewer);
  }

  @Authorized(CLIENT)
  @Mutation(() => Boolean, {
    description: "Changes the signed-in client's password; needs the current one. Other sessions of the client end.",
  })
  async changeClientPassword(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
  ): Promise<boolean> {
    await clientAccounts.changePassword(context, viewer, currentPassword, newPassword);
    return true;
  }

  @Authorized(ClientRights.PROFILE_EDIT)
  @Mutation(() => ClientViewer, {
    description: "Saves the client's Preferred Language and Format Preferences (needs the Profile Edit right).",
  })
  async updateClientPreferences(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('input') input: ClientPreferencesInput,
  ): Promise<ClientViewer> {
    const client = await clientAccounts.updatePreferences(context.dataSource, viewer, input.preferredLanguage, input.formatPreferences);
    return toClientViewer({ ...viewer, client });
  }

  @Authorized(ClientRights.PROFILE_EDIT)
  @Mutation(() => ClientViewer, {
    description: 'Chooses when the client hears by e-mail of new messages: immediately, in a daily digest, or never (Profile Edit).',
  })
  async updateMyMessageLetters(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('messageLetters', () => MessageLetters) messageLetters: MessageLetters,
  ): Promise<ClientViewer> {
    const client = await clientAccounts.updateMessageLetters(
      context.dataSource,
      viewer.client.id,
      messageLetters,
      clientAccounts.actingName(viewer),
    );
    return toClientViewer({ ...viewer, client });
  }
}

export async function viewerOfNewSession(context: RequestContext, sessionTokenHash: string): Promise<ClientViewerContext> {
  const viewer = await loadClientViewer(context.dataSource, sessionTokenHash, context.loaders.clientGroups);
  if (!viewer) throw new ForbiddenError('The session could not start.');
  // From here the request acts as the new session, so the viewer's own fields (previousSignInAt) resolve.
  context.client = viewer;
  return viewer;
}
