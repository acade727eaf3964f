import { requireSecretsKey } from '../two-factor/secret-box';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CurrentStaff } from '../auth/current-viewer';
import type { RequestContext, StaffViewerContext } from '../auth/context';
import { parseId } from '../common/ids';
import { accountLockedUntil } from '../rate-limits/password-guard';
import { Rights } from './staff-rights';
import { CreateStaffUserInput, CreateUserGroupInput, UpdateStaffUserInput, UpdateUserGroupInput } from './staff.inputs';
import { StaffSignInAttempt } from './staff-sign-in-attempt.entity';
import { StaffUser } from './staff-user.entity';
import * as staffUsers from './staff-user.service';
import { UserGroup } from './user-group.entity';
import * as userGroups from './user-group.service';
import {
  ManagementDecision,
  evaluateGroupAssignment,
  evaluateGroupChange,
  evaluateUserAction,
  type UserAction,
} from './user-management.policy';

/** The signed-in staff member as the User Management services need them. */
function acting(context: RequestContext): staffUsers.StaffActing {
  return { viewer: context.staff!, req: context.req };
}

@Authorized()
@Resolver(() => UserGroup)
export class UserGroupResolver {
  @Authorized(Rights.USERS_BROWSE)
  @Query(() => [UserGroup], { description: 'User Groups and Rights of the Home Portal.' })
  userGroups(@Ctx() context: RequestContext): Promise<UserGroup[]> {
    return userGroups.listUserGroups(context.dataSource);
  }

  @Authorized(Rights.USERS_BROWSE)
  @Query(() => UserGroup)
  userGroup(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<UserGroup> {
    return userGroups.getUserGroup(context.dataSource, id);
  }

  @Authorized(Rights.USERS_CREATE)
  @Mutation(() => UserGroup, {
    description: 'Creates a user group. Refused (FORBIDDEN, reason RIGHTS_NOT_HELD) with rights your own group lacks.',
  })
  createUserGroup(@Ctx() context: RequestContext, @Arg('input') input: CreateUserGroupInput): Promise<UserGroup> {
    if (input.twoFactorRequired) requireSecretsKey(context.config);
    return userGroups.createUserGroup(context.dataSource, input, acting(context));
  }

  @Authorized(Rights.USERS_EDIT)
  @Mutation(() => UserGroup, {
    description:
      'Saves the rights matrix and special rights (such as Sign in as Partner). Fails with CONFLICT when `version` is stale, and with FORBIDDEN for your own group, a group holding rights you lack, or rights you lack.',
  })
  updateUserGroup(@Ctx() context: RequestContext, @Arg('input') input: UpdateUserGroupInput): Promise<UserGroup> {
    if (input.twoFactorRequired) requireSecretsKey(context.config);
    return userGroups.updateUserGroup(context.dataSource, input, acting(context));
  }

  @Authorized(Rights.USERS_DELETE)
  @Mutation(() => Boolean)
  async deleteUserGroup(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    await userGroups.deleteUserGroup(context.dataSource, id, acting(context));
    return true;
  }

  @FieldResolver(() => ManagementDecision, {
    description: 'Whether the viewer may put users into this group (Home Portal: which groups the user dialogs offer).',
  })
  assignable(@Root() group: UserGroup, @CurrentStaff() staff: StaffViewerContext): ManagementDecision {
    return evaluateGroupAssignment(staff, group, null);
  }

  @FieldResolver(() => ManagementDecision, { description: "Whether the viewer may change this group's name and rights." })
  editable(@Root() group: UserGroup, @CurrentStaff() staff: StaffViewerContext): ManagementDecision {
    return evaluateGroupChange(staff, 'EDIT', group);
  }

  @FieldResolver(() => ManagementDecision, { description: 'Whether the viewer may delete this group (it must also have no members).' })
  deletable(@Root() group: UserGroup, @CurrentStaff() staff: StaffViewerContext): ManagementDecision {
    return evaluateGroupChange(staff, 'DELETE', group);
  }
}

@Authorized()
@Resolver(() => StaffUser)
export class StaffUserResolver {
  @Authorized(Rights.USERS_BROWSE)
  @Query(() => [StaffUser], { description: 'Home Portal users, by full name.' })
  staffUsers(@Ctx() context: RequestContext): Promise<StaffUser[]> {
    return staffUsers.listStaffUsers(context.dataSource);
  }

  @Authorized(Rights.USERS_BROWSE)
  @Query(() => StaffUser)
  staffUser(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<StaffUser> {
    return staffUsers.getStaffUser(context.dataSource, id);
  }

  @Authorized(Rights.USERS_BROWSE)
  @Query(() => [StaffSignInAttempt], {
    description: 'Recent Home Portal sign-in attempts of a user with their real outcome, newest first.',
  })
  staffSignInAttempts(
    @Ctx() context: RequestContext,
    @Arg('staffUserId', () => ID) staffUserId: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ): Promise<StaffSignInAttempt[]> {
    return context.dataSource.getRepository(StaffSignInAttempt).find({
      where: { staffUserId: parseId(staffUserId, 'staffUserId') },
      order: { attemptedAt: 'DESC', id: 'DESC' },
      take: Math.min(Math.max(first, 1), 100),
    });
  }

  @Authorized(Rights.USERS_CREATE)
  @Mutation(() => StaffUser, { description: 'Creates a user in a group you may assign (see UserGroup.assignable).' })
  createStaffUser(@Ctx() context: RequestContext, @Arg('input') input: CreateStaffUserInput): Promise<StaffUser> {
    return staffUsers.createStaffUser(context.dataSource, input, acting(context));
  }

  @Authorized(Rights.USERS_EDIT)
  @Mutation(() => StaffUser, {
    description:
      "Saves a user; deactivating ends the user's sessions. The last active administrator stays. Refused for users holding rights you lack.",
  })
  updateStaffUser(@Ctx() context: RequestContext, @Arg('input') input: UpdateStaffUserInput): Promise<StaffUser> {
    return staffUsers.updateStaffUser(context.dataSource, input, acting(context));
  }

  @Authorized(Rights.USERS_EDIT)
  @Mutation(() => Boolean, {
    description:
      "Sets a user's password and ends all of the user's sessions, the one as a client included. Not for your own (changeStaffPassword).",
  })
  async setStaffUserPassword(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('password') password: string,
  ): Promise<boolean> {
    await staffUsers.setStaffUserPassword(context.dataSource, id, password, acting(context));
    return true;
  }

  @Authorized(Rights.USERS_EDIT)
  @Mutation(() => Int, {
    description: 'Ends every session of a user (e.g. a lost laptop), the one as a client included. Returns how many were ended.',
  })
  revokeStaffUserSessions(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<number> {
    return staffUsers.revokeStaffUserSessions(context.dataSource, id, acting(context));
  }

  @Authorized(Rights.USERS_EDIT)
  @Mutation(() => StaffUser, { description: 'Lifts a sign-in lock caused by repeated wrong passwords. Audited.' })
  unlockStaffUser(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<StaffUser> {
    return staffUsers.unlockStaffUser(context.dataSource, id, acting(context));
  }

  @Authorized(Rights.USERS_DELETE)
  @Mutation(() => Boolean)
  async deleteStaffUser(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    await staffUsers.deleteStaffUser(context.dataSource, id, acting(context));
    return true;
  }

  @FieldResolver(() => UserGroup)
  async group(@Root() user: StaffUser, @Ctx() context: RequestContext): Promise<UserGroup> {
    return (await context.loaders.userGroupById.load(user.groupId))!;
  }

  @FieldResolver(() => Boolean, {
    description: 'True while Home Portal sign-in is locked after repeated wrong passwords (see lockedUntil).',
  })
  async isLocked(@Root() user: StaffUser, @Ctx() context: RequestContext): Promise<boolean> {
    return (await accountLockedUntil(context, { kind: 'staff', id: user.id })) !== null;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When the sign-in lock ends by itself; each lock in a row lasts twice as long.',
  })
  lockedUntil(@Root() user: StaffUser, @Ctx() context: RequestContext): Promise<Date | null> {
    return accountLockedUntil(context, { kind: 'staff', id: user.id });
  }

  @FieldResolver(() => ManagementDecision, { description: 'Whether the viewer may edit, deactivate, unlock or sign out this user.' })
  canEdit(@Root() user: StaffUser, @Ctx() context: RequestContext): Promise<ManagementDecision> {
    return this.decide(user, context, 'EDIT');
  }

  @FieldResolver(() => ManagementDecision, { description: "Whether the viewer may set this user's password." })
  canSetPassword(@Root() user: StaffUser, @Ctx() context: RequestContext): Promise<ManagementDecision> {
    return this.decide(user, context, 'SET_PASSWORD');
  }

  @FieldResolver(() => ManagementDecision, { description: 'Whether the viewer may delete this user.' })
  canDelete(@Root() user: StaffUser, @Ctx() context: RequestContext): Promise<ManagementDecision> {
    return this.decide(user, context, 'DELETE');
  }

  private async decide(user: StaffUser, context: RequestContext, action: UserAction): Promise<ManagementDecision> {
    const group = (await context.loaders.userGroupById.load(user.groupId))!;
    return evaluateUserAction(context.staff!, action, { user, group });
  }
}
