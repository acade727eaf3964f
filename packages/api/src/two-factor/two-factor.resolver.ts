import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { ClientViewerContext, RequestContext, StaffViewerContext } from '../auth/context';
import { CurrentClient, CurrentStaff } from '../auth/current-viewer';
import { CLIENT, PUBLIC, STAFF } from '../auth/requirements';
import { StaffViewer } from '../auth/staff-auth.resolver';
import { ClientViewer, toClientViewer, viewerOfNewSession } from '../client-auth/client-portal-auth.resolver';
import { Client } from '../clients/client.entity';
import { Rights } from '../staff/staff-rights';
import { StaffUser } from '../staff/staff-user.entity';
import type { TwoFactorAccountKind } from './two-factor.entity';
import { resetClientTwoFactor, resetStaffUserTwoFactor } from './two-factor-reset.service';
import {
  confirmClientEnrolment,
  confirmStaffEnrolment,
  refuseImpersonation,
  signInClientWithSecondFactor,
  signInStaffWithSecondFactor,
  startClientEnrolment,
  startStaffEnrolment,
} from './two-factor-sign-in.service';
import { enrolledAccountIds, removeWithCode } from './two-factor.service';

@ObjectType({ description: 'A new authenticator secret, shown once: scan the QR code or type the secret, then confirm with a code.' })
export class TwoFactorEnrolmentStart {
  @Field({ description: 'The secret in Base32, for typing into the app by hand.' })
  secret: string;

  @Field({ description: 'The otpauth:// address the QR code carries.' })
  otpauthUri: string;

  @Field({ description: 'The QR code as an SVG document.' })
  qrCodeSvg: string;
}

@ObjectType({ description: 'Two-factor sign-in is on: ten single-use recovery codes, shown this once.' })
export class StaffTwoFactorConfirmation {
  @Field(() => [String])
  recoveryCodes: string[];

  @Field(() => StaffViewer, { description: 'The signed-in user (after an enrolment the group required, the new session).' })
  viewer: StaffViewer;
}

@ObjectType({ description: 'Two-factor sign-in is on: ten single-use recovery codes, shown this once.' })
export class ClientTwoFactorConfirmation {
  @Field(() => [String])
  recoveryCodes: string[];

  @Field(() => ClientViewer, { description: 'The signed-in client (after an enrolment the group required, the new session).' })
  viewer: ClientViewer;
}

/** Whether accounts have two-factor sign-in, batched per request (one statement for a page of accounts). */
function twoFactorEnabled(context: RequestContext, kind: TwoFactorAccountKind, id: number): Promise<boolean> {
  const loader = context.loaders.memo(
    `two-factor-${kind}`,
    () =>
      new DataLoader<number, boolean>(async (ids) => {
        const enrolled = await enrolledAccountIds(context.dataSource, kind, ids);
        return ids.map((candidate) => enrolled.has(candidate));
      }),
  );
  return loader.load(Number(id));
}

// Signing in must work without a session; each mutation says what else it needs.
@Authorized(PUBLIC)
@Resolver(() => StaffViewer)
export class StaffTwoFactorResolver {
  @Authorized(STAFF)
  @FieldResolver(() => Boolean, { description: 'Whether the user has an authenticator app enrolled.' })
  twoFactorEnabled(@Root() viewer: StaffViewer, @Ctx() context: RequestContext): Promise<boolean> {
    return twoFactorEnabled(context, 'staff', viewer.id);
  }

  @Authorized(STAFF)
  @FieldResolver(() => Boolean, { description: "Whether the user's group requires two-factor sign-in." })
  twoFactorRequired(@Ctx() context: RequestContext): boolean {
    return context.staff?.group.twoFactorRequired ?? false;
  }

  @Authorized(STAFF)
  @FieldResolver(() => Boolean, { description: 'Whether this session was started with a second factor (Sign in as Partner may need it).' })
  signedInWithSecondFactor(@Ctx() context: RequestContext): boolean {
    return context.staff?.secondFactor ?? false;
  }

  @Mutation(() => StaffViewer, {
    description:
      'The second step of a Home Portal sign-in: the `challenge` signIn refused with SECOND_FACTOR_REQUIRED, and a code from the authenticator app or a recovery code. Wrong codes count toward the sign-in lock; each code works once.',
  })
  signInWithSecondFactor(
    @Ctx() context: RequestContext,
    @Arg('challenge') challenge: string,
    @Arg('code') code: string,
  ): Promise<StaffViewer> {
    return signInStaffWithSecondFactor(context, challenge, code);
  }

  @Mutation(() => TwoFactorEnrolmentStart, {
    description:
      'Starts enrolling an authenticator app for the signed-in user, or, with the `challenge` of a sign-in whose group requires two-factor sign-in, for that user.',
  })
  startTwoFactorEnrolment(
    @Ctx() context: RequestContext,
    @Arg('challenge', () => String, { nullable: true }) challenge?: string | null,
  ): Promise<TwoFactorEnrolmentStart> {
    return startStaffEnrolment(context, challenge);
  }

  @Mutation(() => StaffTwoFactorConfirmation, {
    description: 'Confirms the authenticator app with its first code; with a `challenge`, the sign-in completes too.',
  })
  async confirmTwoFactorEnrolment(
    @Ctx() context: RequestContext,
    @Arg('code') code: string,
    @Arg('challenge', () => String, { nullable: true }) challenge?: string | null,
  ): Promise<StaffTwoFactorConfirmation> {
    const { recoveryCodes, viewer } = await confirmStaffEnrolment(context, code, challenge);
    return { recoveryCodes, viewer: viewer! };
  }

  @Authorized(STAFF)
  @Mutation(() => Boolean, { description: "Removes the signed-in user's authenticator app; needs a current code or a recovery code." })
  async removeTwoFactor(
    @Ctx() context: RequestContext,
    @CurrentStaff() staff: StaffViewerContext,
    @Arg('code') code: string,
  ): Promise<boolean> {
    await removeWithCode(context.dataSource, context.config, { kind: 'staff', id: staff.user.id }, code, context.req.ip);
    return true;
  }

  @Authorized(Rights.USERS_EDIT)
  @Mutation(() => Boolean, {
    description: "Removes a colleague's authenticator app and recovery codes (audited; the colleague is told by e-mail).",
  })
  resetStaffUserTwoFactor(
    @Ctx() context: RequestContext,
    @CurrentStaff() staff: StaffViewerContext,
    @Arg('staffUserId', () => ID) staffUserId: string,
  ): Promise<boolean> {
    return resetStaffUserTwoFactor(context, staff, staffUserId);
  }
}

@Authorized(Rights.USERS_BROWSE)
@Resolver(() => StaffUser)
export class StaffUserTwoFactorResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the user has two-factor sign-in (an authenticator app).' })
  twoFactorEnabled(@Root() user: StaffUser, @Ctx() context: RequestContext): Promise<boolean> {
    return twoFactorEnabled(context, 'staff', user.id);
  }
}

@Authorized(Rights.CLIENTS_BROWSE)
@Resolver(() => Client)
export class ClientTwoFactorFieldsResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the client has two-factor sign-in (an authenticator app).' })
  twoFactorEnabled(@Root() client: Client, @Ctx() context: RequestContext): Promise<boolean> {
    return twoFactorEnabled(context, 'client', client.id);
  }

  @Authorized(Rights.CLIENTS_EDIT)
  @Mutation(() => Boolean, {
    description: "Removes a client's authenticator app and recovery codes (audited; the client is told by e-mail in its language).",
  })
  resetClientTwoFactor(
    @Ctx() context: RequestContext,
    @CurrentStaff() staff: StaffViewerContext,
    @Arg('clientId', () => ID) clientId: string,
  ): Promise<boolean> {
    return resetClientTwoFactor(context, staff, clientId);
  }
}

@Authorized(PUBLIC)
@Resolver(() => ClientViewer)
export class ClientTwoFactorResolver {
  @Authorized(CLIENT)
  @FieldResolver(() => Boolean, { description: 'Whether the client has an authenticator app enrolled.' })
  twoFactorEnabled(@Root() viewer: ClientViewer, @Ctx() context: RequestContext): Promise<boolean> {
    return twoFactorEnabled(context, 'client', viewer.clientId);
  }

  @Authorized(CLIENT)
  @FieldResolver(() => Boolean, { description: "Whether the client's group requires two-factor sign-in." })
  twoFactorRequired(@Ctx() context: RequestContext): boolean {
    return context.client?.group.twoFactorRequired ?? false;
  }

  @Mutation(() => ClientViewer, {
    description:
      'The second step of a Client Portal sign-in: the `challenge` clientSignIn refused with SECOND_FACTOR_REQUIRED, and a code from the authenticator app or a recovery code.',
  })
  async clientSignInWithSecondFactor(
    @Ctx() context: RequestContext,
    @Arg('challenge') challenge: string,
    @Arg('code') code: string,
  ): Promise<ClientViewer> {
    const sessionTokenHash = await signInClientWithSecondFactor(context, challenge, code);
    return toClientViewer(await viewerOfNewSession(context, sessionTokenHash));
  }

  @Mutation(() => TwoFactorEnrolmentStart, {
    description: 'Starts enrolling an authenticator app for the signed-in client, or for the holder of an enrolment `challenge`.',
  })
  startClientTwoFactorEnrolment(
    @Ctx() context: RequestContext,
    @Arg('challenge', () => String, { nullable: true }) challenge?: string | null,
  ): Promise<TwoFactorEnrolmentStart> {
    return startClientEnrolment(context, challenge);
  }

  @Mutation(() => ClientTwoFactorConfirmation, {
    description: 'Confirms the authenticator app with its first code; with a `challenge`, the sign-in completes too.',
  })
  async confirmClientTwoFactorEnrolment(
    @Ctx() context: RequestContext,
    @Arg('code') code: string,
    @Arg('challenge', () => String, { nullable: true }) challenge?: string | null,
  ): Promise<ClientTwoFactorConfirmation> {
    const { recoveryCodes, sessionTokenHash } = await confirmClientEnrolment(context, code, challenge);
    const viewer = sessionTokenHash ? await viewerOfNewSession(context, sessionTokenHash) : context.client!;
    return { recoveryCodes, viewer: toClientViewer(viewer) };
  }

  @Authorized(CLIENT)
  @Mutation(() => Boolean, { description: "Removes the client's authenticator app; needs a current code or a recovery code." })
  async removeClientTwoFactor(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('code') code: string,
  ): Promise<boolean> {
    refuseImpersonation(context);
    await removeWithCode(context.dataSource, context.config, { kind: 'client', id: viewer.client.id }, code, context.req.ip);
    return true;
  }
}
