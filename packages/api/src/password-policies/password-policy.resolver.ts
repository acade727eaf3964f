import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { CurrentStaff } from '../auth/current-viewer';
import type { RequestContext, StaffViewerContext } from '../auth/context';
import { PUBLIC } from '../auth/requirements';
import { Rights } from '../staff/staff-rights';
import { PasswordPolicy, PasswordPortal } from './password-policy.entity';
import { UpdatePasswordPolicyInput } from './password-policy.inputs';
import * as policies from './password-policy.service';

@Authorized(Rights.PORTAL_CONFIGURATION_DISPLAY)
@Resolver(() => PasswordPolicy)
export class PasswordPolicyResolver {
  // Public on purpose: the rules are no secret, and a welcome or reset link's page shows them before anyone signs in.
  @Authorized(PUBLIC)
  @Query(() => PasswordPolicy, { description: "A portal's password rules, for the live checklist of a new-password form." })
  passwordPolicy(@Ctx() context: RequestContext, @Arg('portal', () => PasswordPortal) portal: PasswordPortal): Promise<PasswordPolicy> {
    return policies.getPasswordPolicy(context.dataSource, portal);
  }

  @Query(() => [PasswordPolicy], { description: 'Configuration → Password policies: the rules of both portals.' })
  passwordPolicies(@Ctx() context: RequestContext): Promise<PasswordPolicy[]> {
    return policies.listPasswordPolicies(context.dataSource);
  }

  @Authorized(Rights.PORTAL_CONFIGURATION_EDIT)
  @Mutation(() => PasswordPolicy, {
    description: "Changes a portal's password rules (audited). Passwords already set keep working; the rules apply to the next one set.",
  })
  updatePasswordPolicy(
    @Ctx() context: RequestContext,
    @CurrentStaff() staff: StaffViewerContext,
    @Arg('input') input: UpdatePasswordPolicyInput,
  ): Promise<PasswordPolicy> {
    return policies.updatePasswordPolicy(context.dataSource, input, staff.user, context.req);
  }
}
