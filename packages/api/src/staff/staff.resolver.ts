import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { revokeAllStaffSessions } from '../auth/staff-session.service';
import { Rights } from './staff-rights';
import { CreateStaffUserInput, CreateUserGroupInput, UpdateStaffUserInput, UpdateUserGroupInput } from './staff.inputs';
import { StaffUser } from './staff-user.entity';
import * as staffUsers from './staff-user.service';
import { UserGroup } from './user-group.entity';
import * as userGroups from './user-group.service';

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
  @Mutation(() => UserGroup)
  createUserGroup(@Ctx() context: RequestContext, @Arg('input') input: CreateUserGroupInput): Promise<UserGroup> {
    return userGroups.createUserGroup(context.dataSource, input);
  }

  @Authorized(Rights.USERS_EDIT)
  @Mutation(() => UserGroup, { description: 'Saves the rights matrix and special rights (such as Sign in as Partner). Fails with CONFLICT when `version` is stale.' })
  updateUserGroup(@Ctx() context: RequestContext, @Arg('input') input: UpdateUserGroupInput): Promise<UserGroup> {
    return userGroups.updateUserGroup(context.dataSource, input);
  }

  @Authorized(Rights.USERS_DELETE)
  @Mutation(() => Boolean)
  async deleteUserGroup(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    await userGroups.deleteUserGroup(context.dataSource, id);
    return true;
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

  @Authorized(Rights.USERS_CREATE)
  @Mutation(() => StaffUser)
  createStaffUser(@Ctx() context: RequestContext, @Arg('input') input: CreateStaffUserInput): Promise<StaffUser> {
    return staffUsers.createStaffUser(context.dataSource, input);
  }

  @Authorized(Rights.USERS_EDIT)
  @Mutation(() => StaffUser, { description: 'Saves a user; deactivating ends the user\'s sessions. The last active administrator stays.' })
  updateStaffUser(@Ctx() context: RequestContext, @Arg('input') input: UpdateStaffUserInput): Promise<StaffUser> {
    return staffUsers.updateStaffUser(context.dataSource, input, context.staff!.user);
  }

  @Authorized(Rights.USERS_EDIT)
  @Mutation(() => Boolean, { description: 'Sets a user\'s password and ends all of the user\'s sessions.' })
  async setStaffUserPassword(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('password') password: string,
  ): Promise<boolean> {
    await staffUsers.setStaffUserPassword(context.dataSource, id, password);
    return true;
  }

  @Authorized(Rights.USERS_EDIT)
  @Mutation(() => Int, { description: 'Ends every session of a user (e.g. a lost laptop). Returns how many were ended.' })
  async revokeStaffUserSessions(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<number> {
    const user = await staffUsers.getStaffUser(context.dataSource, id);
    return revokeAllStaffSessions(context.dataSource, user.id);
  }

  @Authorized(Rights.USERS_DELETE)
  @Mutation(() => Boolean)
  async deleteStaffUser(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    await staffUsers.deleteStaffUser(context.dataSource, id, context.staff!.user);
    return true;
  }

  @FieldResolver(() => UserGroup)
  async group(@Root() user: StaffUser, @Ctx() context: RequestContext): Promise<UserGroup> {
    return (await context.loaders.userGroupById.load(user.groupId))!;
  }
}
