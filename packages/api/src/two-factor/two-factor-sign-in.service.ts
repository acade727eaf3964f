import { ForbiddenError, UnauthenticatedError } from '../common/errors';
import type { RequestContext } from '../auth/context';
import { recordStaffSignIn, startStaffSession } from '../auth/staff-session.service';
import { toViewer, type StaffViewer } from '../auth/staff-auth.resolver';
import { Client } from '../clients/client.entity';
import { SignInOutcome } from '../client-auth/sign-in-attempt.entity';
import { completeClientSignIn, recordClientSignIn } from '../client-auth/client-sign-in.service';
import { getClientPortalSettings } from '../client-portal-settings/client-portal-settings.service';
import { Session } from '../auth/session.entity';
import { StaffUser } from '../staff/staff-user.entity';
import { ChallengePurpose, type SignInChallenge, type TwoFactorAccount, type TwoFactorAccountKind } from './two-factor.entity';
import { challengeInvalid, claimChallenge, peekChallenge, releaseChallenge, useUpChallenge } from './sign-in-challenge.service';
import { codeInvalid, confirmEnrolment, startEnrolment, verifySecondFactor, type EnrolmentStart } from './two-factor.service';

/** The issuer an authenticator app lists the Home Portal account under. */
const HOME_PORTAL_ISSUER = 'Portico Home Portal';

/**
 * Runs one step on a held challenge: on success the challenge is used up, on any failure given back
 * (a wrong code may be followed by the right one; the account's limits count the failures).
 */
async function onChallenge<T>(
  context: RequestContext,
  token: string,
  kind: TwoFactorAccountKind,
  purpose: ChallengePurpose,
  step: (challenge: SignInChallenge) => Promise<T>,
): Promise<T> {
  const challenge = await claimChallenge(context.dataSource, token, kind, purpose);
  try {
    const result = await step(challenge);
    await useUpChallenge(context.dataSource, challenge);
    return result;
  } catch (error) {
    await releaseChallenge(context.dataSource, challenge);
    throw error;
  }
}

async function activeStaffUser(context: RequestContext, id: number): Promise<StaffUser> {
  const user = await context.dataSource.getRepository(StaffUser).findOneBy({ id });
  if (!user?.active) throw challengeInvalid();
  return user;
}

async function startedStaffSession(context: RequestContext, user: StaffUser): Promise<StaffViewer> {
  await recordStaffSignIn(context.dataSource, context.req, user.id, user.username, SignInOutcome.SUCCESS);
  const [sessionTokenHash, group] = await Promise.all([
    startStaffSession(context.dataSource, context.config, user, context.req, context.res, true),
    context.loaders.userGroupById.load(user.groupId),
  ]);
  // From here the request acts as the new session, so the viewer's own fields resolve.
  context.staff = { user, group: group!, sessionTokenHash, rights: group!.grantedRights(), secondFactor: true };
  return toViewer(context.staff);
}

/** The staff code step: the challenge from `signIn` and a code from the authenticator app (or a recovery code). */
export function signInStaffWithSecondFactor(context: RequestContext, token: string, code: string): Promise<StaffViewer> {
  return onChallenge(context, token, 'staff', ChallengePurpose.CODE, async (challenge) => {
    const user = await activeStaffUser(context, challenge.accountId);
    const result = await verifySecondFactor(context.dataSource, context.config, { kind: 'staff', id: user.id }, code, context.req.ip);
    if (result.outcome !== 'MATCH') {
      await recordStaffSignIn(context.dataSource, context.req, user.id, user.username, SignInOutcome.WRONG_SECOND_FACTOR);
      throw codeInvalid();
    }
    return startedStaffSession(context, user);
  });
}

/** The account an enrolment step is for: the signed-in staff member, or the holder of an enrolment challenge. */
async function staffAccountOf(
  context: RequestContext,
  token: string | null | undefined,
): Promise<{ account: TwoFactorAccount; user: StaffUser }> {
  if (token) {
    const challenge = await peekChallenge(context.dataSource, token, 'staff', ChallengePurpose.ENROL);
    const user = await activeStaffUser(context, challenge.accountId);
    return { account: { kind: 'staff', id: user.id }, user };
  }
  if (!context.staff) throw new UnauthenticatedError();
  return { account: { kind: 'staff', id: context.staff.user.id }, user: context.staff.user };
}

export async function startStaffEnrolment(context: RequestContext, token?: string | null): Promise<EnrolmentStart> {
  const { account, user } = await staffAccountOf(context, token);
  return startEnrolment(context.dataSource, context.config, account, user.username, HOME_PORTAL_ISSUER);
}

/**
 * Confirms the staff member's authenticator app with its first code and returns the recovery codes.
 * With an enrolment challenge (the group requires two-factor sign-in) the sign-in completes too; in
 * a session, that session counts as signed in with a second factor from now on.
 */
export async function confirmStaffEnrolment(
  context: RequestContext,
  code: string,
  token?: string | null,
): Promise<{ recoveryCodes: string[]; viewer: StaffViewer | null }> {
  if (token) {
    return onChallenge(context, token, 'staff', ChallengePurpose.ENROL, async (challenge) => {
      const user = await activeStaffUser(context, challenge.accountId);
      const recoveryCodes = await confirmEnrolment(
        context.dataSource,
        context.config,
        { kind: 'staff', id: user.id },
        code,
        context.req.ip,
      );
      return { recoveryCodes, viewer: await startedStaffSession(context, user) };
    });
  }
  const { account } = await staffAccountOf(context, null);
  const recoveryCodes = await confirmEnrolment(context.dataSource, context.config, account, code, context.req.ip);
  await context.dataSource.getRepository(Session).update({ tokenHash: context.staff!.sessionTokenHash }, { secondFactor: true });
  context.staff!.secondFactor = true;
  return { recoveryCodes, viewer: toViewer(context.staff!) };
}

async function clientOf(context: RequestContext, id: number): Promise<Client> {
  const client = await context.dataSource.getRepository(Client).findOneBy({ id });
  if (!client) throw challengeInvalid();
  return client;
}

/** The client code step; returns the new session's token hash. */
export function signInClientWithSecondFactor(context: RequestContext, token: string, code: string): Promise<string> {
  return onChallenge(context, token, 'client', ChallengePurpose.CODE, async (challenge) => {
    const client = await clientOf(context, challenge.accountId);
    const result = await verifySecondFactor(context.dataSource, context.config, { kind: 'client', id: client.id }, code, context.req.ip);
    if (result.outcome !== 'MATCH') {
      await recordClientSignIn(context.dataSource, context.req, client.id, client.username, SignInOutcome.WRONG_SECOND_FACTOR);
      throw codeInvalid();
    }
    return completeClientSignIn(context.dataSource, context.config, client, context.req, context.res, true);
  });
}

/** Staff signed in as a client never touch the client's second factor. */
function refuseImpersonation(context: RequestContext): void {
  if (context.client?.impersonation)
    throw new ForbiddenError("Staff signed in as a client cannot change the client's two-factor sign-in.", {
      reason: 'IMPERSONATION_CANNOT_CHANGE_TWO_FACTOR',
    });
}

async function clientAccountOf(
  context: RequestContext,
  token: string | null | undefined,
): Promise<{ account: TwoFactorAccount; client: Client }> {
  if (token) {
    const challenge = await peekChallenge(context.dataSource, token, 'client', ChallengePurpose.ENROL);
    const client = await clientOf(context, challenge.accountId);
    return { account: { kind: 'client', id: client.id }, client };
  }
  if (!context.client) throw new UnauthenticatedError();
  refuseImpersonation(context);
  return { account: { kind: 'client', id: context.client.client.id }, client: context.client.client };
}

export async function startClientEnrolment(context: RequestContext, token?: string | null): Promise<EnrolmentStart> {
  const { account, client } = await clientAccountOf(context, token);
  const settings = await getClientPortalSettings(context.dataSource);
  return startEnrolment(context.dataSource, context.config, account, client.username, settings.portalName);
}

/** Like confirmStaffEnrolment, for a client; with a challenge, returns the new session's token hash too. */
export async function confirmClientEnrolment(
  context: RequestContext,
  code: string,
  token?: string | null,
): Promise<{ recoveryCodes: string[]; sessionTokenHash: string | null }> {
  if (token) {
    return onChallenge(context, token, 'client', ChallengePurpose.ENROL, async (challenge) => {
      const client = await clientOf(context, challenge.accountId);
      const recoveryCodes = await confirmEnrolment(
        context.dataSource,
        context.config,
        { kind: 'client', id: client.id },
        code,
        context.req.ip,
      );
      const sessionTokenHash = await completeClientSignIn(context.dataSource, context.config, client, context.req, context.res, true);
      return { recoveryCodes, sessionTokenHash };
    });
  }
  const { account } = await clientAccountOf(context, null);
  const recoveryCodes = await confirmEnrolment(context.dataSource, context.config, account, code, context.req.ip);
  await context.dataSource.getRepository(Session).update({ tokenHash: context.client!.sessionTokenHash }, { secondFactor: true });
  return { recoveryCodes, sessionTokenHash: null };
}

export { refuseImpersonation };
