import { Authorized, Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { PUBLIC } from './requirements';
import { UnauthenticatedError } from '../common/errors';
import { SignInAsPartnerEndReason } from '../sign-in-as-partner/sign-in-as-partner-session.entity';
import { endSignInAsPartnerSessionsOf } from '../sign-in-as-partner/sign-in-as-partner-session.service';
import { changeOwnStaffPassword } from '../staff/staff-user.service';
import { SpecialRight } from '../staff/staff-rights';
import { CurrentStaff } from './current-viewer';
import { ChallengePurpose } from '../two-factor/two-factor.entity';
import { issueChallenge } from '../two-factor/sign-in-challenge.service';
import { secondFactorRequired } from '../two-factor/two-factor.service';
import type { RequestContext, StaffViewerContext } from './context';
import { endStaffSession, revokeAllStaffSessions, signInStaff } from './staff-session.service';

@ObjectType({ description: 'The signed-in Home Portal user and what the user may do.' })
export class StaffViewer {
  @Field(() => ID)
  id: number;

  @Field()
  username: string;

  @Field()
  fullName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => [String], { description: 'Matrix rights as DOMAIN:ACTION, e.g. CLIENTS:EDIT.' })
  rights: string[];

  @Field(() => [SpecialRight])
  specialRights: SpecialRight[];
}

export function toViewer(staff: Pick<StaffViewerContext, 'user' | 'rights'>): StaffViewer {
  const all = [...staff.rights];
  const specials = Object.values(SpecialRight) as string[];
  return {
    id: staff.user.id,
    username: staff.user.username,
    fullName: staff.user.fullName,
    email: staff.user.email,
    rights: all.filter((right) => !specials.includes(right)).sort(),
    specialRights: all.filter((right): right is SpecialRight => specials.includes(right)),
  };
}

// Open to anonymous callers: signing in has to be.
@Authorized(PUBLIC)
@Resolver()
export class StaffAuthResolver {
  @Query(() => StaffViewer, { nullable: true, description: 'The signed-in Home Portal user, or null.' })
  viewer(@Ctx() context: RequestContext): StaffViewer | null {
    return context.staff ? toViewer(context.staff) : null;
  }

  @Mutation(() => StaffViewer, {
    description:
      'Signs a Home Portal user in and sets the session cookie. One message for every failure. When a second factor is due, refuses with SECOND_FACTOR_REQUIRED carrying `challenge` (for signInWithSecondFactor, or with `enrolmentRequired` for the enrolment mutations).',
  })
  async signIn(@Ctx() context: RequestContext, @Arg('username') username: string, @Arg('password') password: string): Promise<StaffViewer> {
    const signedIn = await signInStaff(context.dataSource, context.config, username, password, context.req, context.res);
    if (!signedIn) throw new UnauthenticatedError('The username or password is incorrect, or the account is inactive.');
    const { user, group } = signedIn;
    if (signedIn.secondFactor) {
      const challenge = await issueChallenge(context.dataSource, { kind: 'staff', id: user.id }, signedIn.secondFactor);
      throw secondFactorRequired(challenge, signedIn.secondFactor === ChallengePurpose.ENROL);
    }
    // From here the request acts as the new session, so the viewer's own fields resolve.
    context.staff = { user, group, sessionTokenHash: signedIn.sessionTokenHash, rights: group.grantedRights(), secondFactor: false };
    return toViewer(context.staff);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      "Changes the signed-in user's own password; needs the current one (wrong ones count toward the sign-in lock). Every other session of the user ends.",
  })
  async changeStaffPassword(
    @Ctx() context: RequestContext,
    @CurrentStaff() staff: StaffViewerContext,
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
  ): Promise<boolean> {
    await changeOwnStaffPassword(context, staff, currentPassword, newPassword);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Ends the current session (the cookie stops working at once), and any session the user has as a client.',
  })
  async signOut(@Ctx() context: RequestContext): Promise<boolean> {
    if (!context.staff) return true;
    await endSignInAsPartnerSessionsOf(context.dataSource, context.staff.user.id, SignInAsPartnerEndReason.STAFF_SIGNED_OUT);
    await endStaffSession(context.dataSource, context.config, context.staff.sessionTokenHash, context.res);
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in user, on every device.' })
  async signOutEverywhere(@Ctx() context: RequestContext, @CurrentStaff() staff: StaffViewerContext): Promise<boolean> {
    await revokeAllStaffSessions(context.dataSource, staff.user.id, { reason: SignInAsPartnerEndReason.STAFF_SIGNED_OUT });
    await endStaffSession(context.dataSource, context.config, staff.sessionTokenHash, context.res);
    return true;
  }
}
